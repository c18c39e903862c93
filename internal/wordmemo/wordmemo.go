// Package wordmemo remembers a pure function's values on words, for the
// memos of the hot paths (the screen's readings of unknown words and its
// fuzzy spelling search, the index's analyses and corrections of words
// outside its corpus).
package wordmemo

import (
	"hash/maphash"
	"sync/atomic"
)

// Memo remembers values by word, safe for concurrent use without locks: a
// fixed table of Slots slots, each holding the last word stored to it and
// its value. A word whose slot another word has since taken is computed
// again by the caller — the function is pure, its value the same — so a
// Memo never grows past its table, however odd the input. Looking a word
// up hashes it once and reads one slot, where a sync.Map hashes it as an
// interface and walks a trie. The zero Memo is empty and ready to use.
type Memo[V any] struct {
	slots [Slots]atomic.Pointer[entry[V]]
}

type entry[V any] struct {
	word string
	v    V
}

// Slots is a power of two: a word's slot is its hash's low bits.
const Slots = 1 << 14

// seed seeds the hash of every Memo.
var seed = maphash.MakeSeed()

func (m *Memo[V]) slot(w string) *atomic.Pointer[entry[V]] {
	return &m.slots[maphash.String(seed, w)&(Slots-1)]
}

// Load returns w's value, if remembered. It keeps nothing of w.
func (m *Memo[V]) Load(w string) (V, bool) {
	if e := m.slot(w).Load(); e != nil && e.word == w {
		return e.v, true
	}
	var zero V
	return zero, false
}

// Store remembers v as w's value. The memo keeps w: it must be no part of
// a longer string (a question) that the memo would keep alive.
func (m *Memo[V]) Store(w string, v V) {
	m.slot(w).Store(&entry[V]{word: w, v: v})
}
