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

// entry is a word and its value. A word of up to inlineBytes bytes is
// kept in the entry itself (inline, n bytes), where comparing it reads no
// other memory than the entry's: the words of the hot paths are short,
// and a memo looked up cold misses the cache once less for each. A longer
// word is kept as the string stored (long).
type entry[V any] struct {
	n      int
	inline [inlineBytes]byte
	long   string
	v      V
}

// inlineBytes is the longest word an entry holds inline.
const inlineBytes = 24

// is reports whether e is w's entry.
func (e *entry[V]) is(w string) bool {
	if e.n != len(w) {
		return false
	}
	if e.n <= inlineBytes {
		return string(e.inline[:e.n]) == w
	}
	return e.long == w
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
	if e := m.slot(w).Load(); e != nil && e.is(w) {
		return e.v, true
	}
	var zero V
	return zero, false
}

// Store remembers v as w's value. The memo keeps a word longer than
// inlineBytes: it must be no part of a longer string (a question) that the
// memo would keep alive.
func (m *Memo[V]) Store(w string, v V) {
	e := &entry[V]{n: len(w), v: v}
	if len(w) <= inlineBytes {
		copy(e.inline[:], w)
	} else {
		e.long = w
	}
	m.slot(w).Store(e)
}
