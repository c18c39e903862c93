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

var englishRanks = sync.OnceValue(func() *rankTable {
	t := &rankTable{text: englishWords}
	type word struct{ off, n, rank int }
	var words []word
	seen := make(map[string]bool, 54000)
	rank, off := 0, 0
	for line := range strings.Lines(englishWords) {
		start := off
		off += len(line)
		w := strings.TrimSpace(line)
		if w == "" {
			continue
		}
		rank++
		if seen[w] {
			continue // the first, most frequent, rank counts
		}
		seen[w] = true
		words = append(words, word{off: start + strings.Index(line, w), n: len(w), rank: rank})
	}
	size := 1
	for size < 2*len(words) {
		size *= 2
	}
	t.slots, t.mask = make([]rankSlot, size), uint64(size-1)
	for _, w := range words {
		j := maphash.String(rankSeed, englishWords[w.off:w.off+w.n]) & t.mask
		for t.slots[j].n != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = rankSlot{off: uint32(w.off), n: uint32(w.n), rank: uint32(w.rank)}
	}
	return t
})

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

var rankSeed = maphash.MakeSeed()

// rank returns w's rank, or 0.
func (t *rankTable) rank(w string) int {
	for j := maphash.String(rankSeed, w) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s.n == 0 {
			return 0
		}
		if int(s.n) == len(w) && t.text[s.off:s.off+s.n] == w {
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
		if int(s.n) == len(w) && t.text[s.off:s.off+s.n] == string(w) {
			return int(s.rank)
		}
	}
}

// englishRank returns a lower-case word's frequency rank in spoken English
// (1 is the most frequent), or 0 when the word is not in the list.
func englishRank(w string) int { return englishRanks().rank(w) }
