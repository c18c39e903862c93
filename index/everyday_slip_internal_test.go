package index

import (
	"strings"
	"testing"
)

// everydaySlipOf finds a letter left out through everydayOmissions: it
// must return the word that trying each letter at each place, in order,
// returns first.
func TestEverydaySlipOf_AsTryingEachLetter(t *testing.T) {
	words := []string{"acctually", "acutaly", "raelly", "helo", "hte", "exozomes", "medicube", "tretinoin", "a", "", "it's", "3ml", "zzzzzzzz", "cafés", "reálly", "ñactually", "thnk", "becuse", "wnt", strings.Repeat("really", 12)}
	n := 0
	for line := range strings.Lines(englishWords) {
		if n++; n > 6000 {
			break
		}
		w := strings.TrimSuffix(line, "\n")
		for i := range len(w) {
			words = append(words, w[:i]+w[i+1:]) // each letter left out
		}
		words = append(words, w+"x", w[:len(w)-1]+w[:1])
	}
	for _, w := range words {
		if got, want := everydaySlipOf(w), everydaySlipTryingLetters(w); got != want {
			t.Errorf("everydaySlipOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// everydaySlipTryingLetters is what everydaySlipOf returns, stated rune by
// rune: at each place in turn, the letter there dropped, then each letter
// from a to z put in before it, then it and the next swapped.
func everydaySlipTryingLetters(word string) string {
	rw := []rune(word)
	common := func(c string) bool { r := englishRank(c); return r != 0 && r <= everydayRank }
	for i := range rw {
		if c := string(rw[:i]) + string(rw[i+1:]); common(c) {
			return c
		}
		for l := 'a'; l <= 'z'; l++ {
			if c := string(rw[:i]) + string(l) + string(rw[i:]); common(c) {
				return c
			}
		}
		if i+1 < len(rw) {
			sw := append([]rune(nil), rw...)
			sw[i], sw[i+1] = sw[i+1], sw[i]
			if c := string(sw); common(c) {
				return c
			}
		}
	}
	return ""
}
