package bot

import (
	"slices"
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
	})
}
