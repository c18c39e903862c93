package index

import (
	"slices"

	"exobot/bot"
	"testing"
)

// An idiom stands for a word the corpus uses, and a filler phrase is
// dropped from a question: "is there a body of evidence" is searched as
// "is there a evidence", "in my neck of the woods" names no neck.
func TestFillerPhrases_DropIdiomsAndKeepTheirWord(t *testing.T) {
	x := buildInternal(t)
	for p, to := range idioms() {
		if !x.knownWord(to) {
			t.Errorf("idiom %q stands for %q, which the corpus never uses", p, to)
		}
	}
	for _, tt := range []struct {
		text      string
		has, lost string
	}{
		{"is there a body of evidence for exosomes", "evidence", "body"},
		{"any clinics in my neck of the woods", "clinics", "neck"},
		{"why are derms dragging their feet", "dermatologist", "feet"},
		{"what even is an exosome in the first place", "exosome", "place"},
		{"can i use it on my neck", "neck", ""},
	} {
		ws := x.lexicon.words(bot.Words(tt.text))
		if !slices.Contains(ws, tt.has) || tt.lost != "" && slices.Contains(ws, tt.lost) {
			t.Errorf("%q reads as %v: want %q kept and %q dropped", tt.text, ws, tt.has, tt.lost)
		}
	}
}
