package index

import (
	_ "embed"
	"hash/maphash"
	"strings"
	"sync"
)

// englishWords lists the most frequent words of spoken English, most
// frequent first (see english/NOTICE), one lower-case word a line, each
// line ended by a newline (TestEnglishWords_OneWordALine). The speller uses
// it so that a real English word is never "corrected" to a corpus word
// ("apple" is not a typo of "apply", "phone" not one of "prone").
//
//go:embed english/subtlex-us.txt
var englishWords string

// englishRanks reads the list into a rankTable, once. The speller needs
// it as soon as an index is built: init starts reading it on another core,
// while the program loads its corpus.
var englishRanks = sync.OnceValue(func() *rankTable {
	n := strings.Count(englishWords, "\n")
	if n >= 1<<16 {
		panic("english/subtlex-us.txt: more words than a rankTable slot holds")
	}
	size := 1
	for size < 2*n+2 {
		size *= 2
	}
	t := &rankTable{text: englishWords, slots: make([]uint16, size), starts: make([]uint32, 1, n+1), mask: uint64(size - 1)}
	// One pass over the list, no map: a word already in the table keeps
	// its first, most frequent, rank.
	for line := range strings.Lines(englishWords) {
		t.starts = append(t.starts, t.starts[len(t.starts)-1]+uint32(len(line)))
		r := uint16(len(t.starts) - 1)
		w := t.word(r)
		j := maphash.String(rankSeed, w) & t.mask
		for t.slots[j] != 0 && t.word(t.slots[j]) != w {
			j = (j + 1) & t.mask
		}
		if t.slots[j] == 0 {
			t.slots[j] = r
		}
	}
	return t
})

// init reads the list on another core, and the everyday words' omissions
// (everydaySlipOf) after it, while the program loads its corpus.
func init() { go everydayOmissions() }

// rankTable maps the words of englishWords to their ranks: an
// open-addressing hash table of ranks, with the places of the words in the
// list, and no pointers for the garbage collector to follow (a map of
// 50,000 strings is scanned at every collection).
type rankTable struct {
	text   string
	slots  []uint16 // the rank of the word in each slot (0: empty)
	starts []uint32 // where the line of rank r ends and the next begins: starts[r]
	mask   uint64
}

// word is the word of rank r: its line, without the newline.
func (t *rankTable) word(r uint16) string { return t.text[t.starts[r-1] : t.starts[r]-1] }

var rankSeed = maphash.MakeSeed()

// rank returns w's rank, or 0.
func (t *rankTable) rank(w string) int {
	for j := maphash.String(rankSeed, w) & t.mask; ; j = (j + 1) & t.mask {
		r := t.slots[j]
		if r == 0 || t.word(r) == w {
			return int(r)
		}
	}
}

// rankBytes is rank for a word in bytes, without converting it.
func (t *rankTable) rankBytes(w []byte) int {
	for j := maphash.Bytes(rankSeed, w) & t.mask; ; j = (j + 1) & t.mask {
		r := t.slots[j]
		if r == 0 || t.word(r) == string(w) {
			return int(r)
		}
	}
}

// englishRank returns a lower-case word's frequency rank in spoken English
// (1 is the most frequent), or 0 when the word is not in the list.
func englishRank(w string) int { return englishRanks().rank(w) }
