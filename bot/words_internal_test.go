package bot

import (
	"slices"
	"strings"
	"testing"
)

// Words takes a fast path for ASCII text: it must split exactly as the
// Unicode path does.
func TestWords_ASCIIPathAgreesWithUnicodePath(t *testing.T) {
	for _, s := range []string{
		"", " ", "'", "''", "a", "A", "`", "`a`", "don't", "'quoted'", "Rock'n'Roll", "e.g. 3.5ml",
		"EXOSOMES vs PRP?!", "tl;dr", "a--b", "x'", "''x''y''", "50% off!!", "\x7f\x00a b\tc\nd",
		"I'm 34 & my derm says `no`", "what's   the   catch", "field:answer ^2 *~",
	} {
		if got, want := Words(s), wordsUnicode(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Are exosomes FDA-approved? I'm 34 and `worried`")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsUnicode(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
		checkWordsOfWords(t, s)
	})
}

// Words of its own words changes nothing: the index splits text it has
// already split and joined (a word, or words joined by spaces) without
// calling Words again.
func TestWords_OfItsWordsAreTheSame(t *testing.T) {
	for _, s := range speedTexts(t) {
		checkWordsOfWords(t, s)
	}
}

func checkWordsOfWords(t *testing.T, s string) {
	t.Helper()
	ws := Words(s)
	for _, w := range ws {
		if got := Words(w); len(got) != 1 || got[0] != w {
			t.Errorf("Words(%q) = %q, a word of %q", w, got, s)
		}
	}
	if got := Words(strings.Join(ws, " ")); !slices.Equal(got, ws) {
		t.Errorf("Words of the words of %q joined = %q, want %q", s, got, ws)
	}
}
