package index

import (
	_ "embed"
	"hash/maphash"
	"strings"
	"sync"
)

// englishWords lists the most frequent words of spoken English, most
// frequent first (see english/NOTICE). The speller uses it so that a real
// English word is never "corrected" to a corpus word ("apple" is not a
// typo of "apply", "phone" not one of "prone").
//
//go:embed english/subtlex-us.txt
var englishWords string

// englishRanks reads the list into a rankTable, once. The speller needs
// it as soon as an index is built: init starts reading it on another core,
// while the program loads its corpus.
var englishRanks = sync.OnceValue(func() *rankTable {
	// One pass over the list, no map: a word already in the table keeps
	// its first, most frequent, rank.
	size := 1
	for size < 2*strings.Count(englishWords, "\n")+2 {
		size *= 2
	}
	t := &rankTable{text: englishWords, slots: make([]rankSlot, size), mask: uint64(size - 1)}
	rank, off := 0, 0
	for line := range strings.Lines(englishWords) {
		start := off
		off += len(line)
		w := strings.TrimSpace(line)
		if w == "" {
			continue
		}
		rank++
		j := maphash.String(rankSeed, w) & t.mask
		for t.slots[j].n != 0 && t.word(t.slots[j]) != w {
			j = (j + 1) & t.mask
		}
		if t.slots[j].n == 0 {
			t.slots[j] = rankSlot{off: uint32(start + strings.Index(line, w)), n: uint32(len(w)), rank: uint32(rank)}
		}
	}
	return t
})

func init() { go englishRanks() }

// rankTable maps the words of englishWords to their ranks: an
// open-addressing hash table of places in the list, with no pointers for
// the garbage collector to follow (a map of 54,000 strings is scanned at
// every collection).
type rankTable struct {
	text  string
	slots []rankSlot
	mask  uint64
}

// rankSlot is one word of the list: where it is, its length (0 for an
// empty slot) and its rank.
type rankSlot struct{ off, n, rank uint32 }

// word is the word of slot s.
func (t *rankTable) word(s rankSlot) string { return t.text[s.off : s.off+s.n] }

var rankSeed = maphash.MakeSeed()

// rank returns w's rank, or 0.
func (t *rankTable) rank(w string) int {
	for j := maphash.String(rankSeed, w) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s.n == 0 {
			return 0
		}
		if t.word(s) == w {
			return int(s.rank)
		}
	}
}

// rankBytes is rank for a word in bytes, without converting it.
func (t *rankTable) rankBytes(w []byte) int {
	for j := maphash.Bytes(rankSeed, w) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s.n == 0 {
			return 0
		}
		if t.word(s) == string(w) {
			return int(s.rank)
		}
	}
}

// englishRank returns a lower-case word's frequency rank in spoken English
// (1 is the most frequent), or 0 when the word is not in the list.
func englishRank(w string) int { return englishRanks().rank(w) }
