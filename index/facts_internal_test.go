package index

import "testing"

// A word's facts hold the bit of every first word whose phrases it is the
// second word of (seconds), so that wordsWith, skipping the look-up for a
// word without the bit, skips only look-ups that find nothing.
func TestFacts_SecondsHoldEveryFirstWordsBit(t *testing.T) {
	x := buildInternal(t)
	checked := 0
	for first, ps := range x.lexicon.byFirst {
		if ps.bit != phraseBit(first) {
			t.Errorf("the phrases of %q have bit %x, want %x", first, ps.bit, phraseBit(first))
		}
		for second := range ps.bySecond {
			f := x.facts[second]
			if f == nil {
				t.Errorf("%q, second word of a phrase of %q, has no facts", second, first)
				continue
			}
			if ps.bySecondFacts[f] == nil {
				t.Errorf("the phrases of %q after %q are not found by its facts", first, second)
			}
			if f.seconds&ps.bit == 0 {
				t.Errorf("the facts of %q lack the bit of %q, whose phrases it is the second word of", second, first)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no phrase of two words or more")
	}
}
