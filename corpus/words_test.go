package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The grounding check compares folded words: lower case, clitics off, a
// "n't" as a "not" of its own, hyphenated words split, Porter stems.
func TestWords_FoldForComparison(t *testing.T) {
	tests := []struct {
		in   string
		text []string
		neg  []bool
	}{
		{"They’re cell-derived", []string{"they", "cell", "derived"}, []bool{false, false, false}},
		{"Products don’t meet", []string{"products", "do", "not", "meet"}, []bool{false, false, true, false}},
		{"can't won't isn't", []string{"can", "not", "will", "not", "is", "not"}, []bool{false, true, false, true, false, true}},
		{"no FDA-approved product", []string{"no", "fda", "approved", "product"}, []bool{true, false, false, false}},
		{"the dermatologist's POV: “skin communication,”", []string{"the", "dermatologist", "pov", "skin", "communication"}, nil},
		{"without falling", []string{"without", "falling"}, []bool{true, false}},
	}
	for _, tt := range tests {
		ws := words(tt.in)
		var text []string
		var neg []bool
		for _, w := range ws {
			text = append(text, w.text)
			neg = append(neg, w.neg)
		}
		if diff := cmp.Diff(tt.text, text); diff != "" {
			t.Errorf("words(%q) (-want +got):\n%s", tt.in, diff)
		}
		if tt.neg != nil && !cmp.Equal(tt.neg, neg) {
			t.Errorf("words(%q) negations = %v, want %v", tt.in, neg, tt.neg)
		}
	}
	// Plural and verb forms share a stem.
	for _, pair := range [][2]string{{"messengers", "messenger"}, {"promotes", "promoting"}, {"studies", "study"}, {"regulated", "regulation"}} {
		if a, b := stems(pair[0]), stems(pair[1]); !cmp.Equal(a, b) {
			t.Errorf("stems %q = %v, %q = %v: want equal", pair[0], a, pair[1], b)
		}
	}
}

// A verdict is a sentence, or an opening clause, of verdict words only.
func TestVerdict_BareVerdictsOnly(t *testing.T) {
	vocab := map[string]bool{}
	for _, w := range verdictWords {
		vocab[w] = true
	}
	tests := []struct{ in, want string }{
		{"No.", "no"},
		{"Yes, they work.", "yes"},
		{"They might.", "they might"},
		{"Not yet.", "not yet"},
		{"Not necessarily — the data is early.", "not necessarily"},
		{"No FDA-approved product contains them.", ""},
		{"Not to science: they have been studied.", ""},
		{"Exosomes are tiny messengers.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := verdict(tt.in, vocab); got != tt.want {
			t.Errorf("verdict(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The author's own view: the lines where the author speaks in the first
// person, and the items of a list such a line introduces.
func TestGrounder_FindsTheAuthorsOwnLines(t *testing.T) {
	art := Article{Text: strings.Join([]string{
		"Title",
		"Heading",
		"Exosomes are tiny.",
		"As a dermatologist, I look for two things:",
		"Clear sources",
		"Honest labels",
		"Products don’t meet these standards. I’m not convinced.",
		"The research is early.",
	}, "\n")}
	g := newGrounder(art, nil)
	var got []int
	for l := 1; l <= 8; l++ {
		if g.authorLines[l] {
			got = append(got, l)
		}
	}
	if want := []int{4, 5, 6, 7}; !cmp.Equal(got, want) {
		t.Errorf("author lines = %v, want %v", got, want)
	}
}

// Lay words count as the article's when the concept lexicon maps them to
// words the quotes have; without it they do not.
func TestCheckSentence_LexiconMapsLayWords(t *testing.T) {
	art := Article{Text: "Title\nHeading\nExosomes are tiny, cell-derived messengers.\n", Sections: []Section{{Heading: "Heading", Line: 2, Body: "Exosomes are tiny, cell-derived messengers.\n"}}}
	quote := citationText{section: "Heading", quote: "Exosomes are tiny, cell-derived messengers."}
	lex := func(p string) (string, bool) {
		if p == "come from cells" {
			return "cell-derived", true
		}
		return "", false
	}
	const sentence = "Exosomes are tiny messengers that come from cells."
	for _, tt := range []struct {
		name    string
		mapTerm MapTerm
		want    int
	}{{"without a lexicon", nil, 1}, {"with one", lex, 0}} {
		g := newGrounder(art, tt.mapTerm)
		msgs := g.checkSentence(sentence, []quoteFacts{g.quote("q", quote)})
		if len(msgs) != tt.want {
			t.Errorf("%s: %d problems, want %d: %v", tt.name, len(msgs), tt.want, msgs)
		}
	}
}
