package bot

import "testing"

// fuzzySearch skips the deletions of a word too short to find a table
// word of fuzzy2MinWord letters: each of fuzzyDeletes' keys is its word
// with one letter (one byte) deleted, and each of fuzzyDeletes2's with
// two, from words of fuzzy2MinWord letters or more.
func TestFuzzyDeletes_ALetterShorterThanTheirWords(t *testing.T) {
	if len(fuzzyDeletes) == 0 || len(fuzzyDeletes2) == 0 {
		t.Fatal("no fuzzy deletions")
	}
	for d, w := range fuzzyDeletes {
		if len(w) != len(d)+1 {
			t.Errorf("fuzzyDeletes[%q] = %q, not a letter longer", d, w)
		}
	}
	for d, w := range fuzzyDeletes2 {
		if len(w) != len(d)+2 || len(w) < fuzzy2MinWord {
			t.Errorf("fuzzyDeletes2[%q] = %q, not two letters longer or shorter than %d", d, w, fuzzy2MinWord)
		}
	}
}
