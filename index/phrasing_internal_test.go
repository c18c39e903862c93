package index

import (
	"testing"
	"unsafe"
)

// What the evidence reads of a phrasing is 16 bytes (its weight, its
// words, whether it names only the topic), four to a cache line: the
// phrasings of the entries a search finds are read one after another, and
// their terms, which only building the index needs, are not in the way.
func TestPhrasing_SixteenBytesForTheEvidence(t *testing.T) {
	if n := unsafe.Sizeof(phrasing{}); n != 16 {
		t.Errorf("a phrasing is %d bytes, want 16", n)
	}
	// The weights and word counts are still the phrasings' own: an entry
	// whose phrasings all name something has a weight for each.
	x := buildInternal(t)
	for _, et := range x.entryList {
		for j, p := range et.phrasings {
			if p.words <= 0 {
				t.Fatalf("entry %d phrasing %d has %d words", et.index, j, p.words)
			}
			if p.weight < 0 || p.onlyTopic && p.weight == 0 {
				t.Fatalf("entry %d phrasing %d: weight %g, only the topic %v", et.index, j, p.weight, p.onlyTopic)
			}
		}
	}
}
