package corpus_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"exobot/corpus"
)

// lexiconFixture is the valid test corpus with the given lexicon file.
func lexiconFixture(t *testing.T, lexicon string) fstest.MapFS {
	t.Helper()
	fsys := fixture(t, "valid.yaml")
	b, err := os.ReadFile("testdata/lexicon/" + lexicon)
	if err != nil {
		t.Fatal(err)
	}
	fsys[corpus.LexiconFile] = &fstest.MapFile{Data: b}
	return fsys
}

func TestLexicon_Phrases(t *testing.T) {
	c, err := corpus.LoadFS(lexiconFixture(t, "valid.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	got := c.Lexicon.Phrases()
	want := map[string]string{"first letter": "alpha", "a1": "alpha", "fourth letter": "delta", "epsilon": "delta"}
	if len(got) != len(want) {
		t.Errorf("Phrases() = %v, want %v", got, want)
	}
	for p, term := range want {
		if got[p] != term {
			t.Errorf("Phrases()[%q] = %q, want %q", p, got[p], term)
		}
	}
}

func TestLexicon_IsOptional(t *testing.T) {
	c, err := corpus.LoadFS(fixture(t, "valid.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Lexicon.Phrases()); n != 0 {
		t.Errorf("a corpus without a lexicon has %d phrases", n)
	}
}

// Each lexicon fixture exhibits one failure mode, reported with its line.
func TestLexicon_ReportsEachProblemWithFileAndLine(t *testing.T) {
	tests := []struct{ fixture, want string }{
		{"term-not-used.yaml", `lexicon.yaml:1: term "omega" is not a word or phrase of the article or the Q&A`},
		{"says-its-term.yaml", `lexicon.yaml:1: concept "alpha" says "Alpha", which is the term itself`},
		{"says-another-term.yaml", `lexicon.yaml:1: concept "alpha" says "delta", which is the term of another concept`},
		{"said-twice.yaml", `lexicon.yaml:3: phrase "First-Letter" is said for both "alpha" and "delta"`},
		{"says-article-word.yaml", `lexicon.yaml:1: concept "alpha" says "gamma", which the article itself uses`},
		{"also-not-article-word.yaml", `lexicon.yaml:1: concept "alpha" lists "zeta" under also, but the article never uses it`},
		{"unknown-field.yaml", `lexicon.yaml:2: unknown field "says"`},
		{"repeated-term.yaml", `lexicon.yaml:3: term "Alpha" is repeated`},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.fixture, ".yaml"), func(t *testing.T) {
			_, err := corpus.LoadFS(lexiconFixture(t, tt.fixture))
			var got []string
			for _, p := range corpus.Problems(err) {
				got = append(got, p.Error())
			}
			found := false
			for _, g := range got {
				found = found || strings.HasPrefix(g, tt.want)
			}
			if !found {
				t.Errorf("problems:\n%s\nwant one starting %q", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// A phrase ending in "exosomes" is said in the singular too ("a rose
// exosome serum"), unless a concept already says the singular itself.
func TestLexicon_PluralTopicPhrasesAreSaidInTheSingular(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	ps := c.Lexicon.Phrases()
	for p, term := range ps {
		one, ok := strings.CutSuffix(p, " exosomes")
		if !ok {
			continue
		}
		if got, ok := ps[one+" exosome"]; !ok {
			t.Errorf("%q is said, %q is not", p, one+" exosome")
		} else if got != term && sayer(c, one+" exosome") == "" {
			t.Errorf("%q means %q, its singular %q means %q", p, term, one+" exosome", got)
		}
	}
	if ps["rose exosome"] != "plant derived exosomes" {
		t.Errorf("rose exosome = %q", ps["rose exosome"])
	}
}

// sayer is the term of the concept that says phrase in the lexicon itself,
// "" when none does.
func sayer(c *corpus.Corpus, phrase string) string {
	for _, k := range c.Lexicon.Concepts {
		for _, s := range append(k.Say, k.Also...) {
			if strings.EqualFold(s, phrase) {
				return k.Term
			}
		}
	}
	return ""
}
