package bot

import "testing"

// TestCountWords checks that countWords counts the words Words makes, on
// odd pieces and on every question of the evaluation sets and its halves.
func TestCountWords(t *testing.T) {
	texts := []string{"", " ", "'", "``", "a", "'a'", "`a`", "a`b", "''  ``  x", "it's", "don`t ok", "Naïve café", "’’ ‘x’", "a-b c_d",
		"\xff\xfe", "x\xffy", "HELLO World", "123 45", "' ' ' '", "日本語 text"}
	texts = append(texts, evalQuestions(t)...)
	for _, s := range texts {
		for _, p := range []string{s, s[:len(s)/2], s[len(s)/2:]} {
			if got, want := countWords(p), len(Words(p)); got != want {
				t.Errorf("countWords(%q) = %d, Words has %d", p, got, want)
			}
		}
	}
}

// FuzzCountWords checks countWords against Words on any text.
func FuzzCountWords(f *testing.F) {
	f.Add("it's a `test` ''")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), len(Words(s)); got != want {
			t.Errorf("countWords(%q) = %d, Words has %d", s, got, want)
		}
	})
}
