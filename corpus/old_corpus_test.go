package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// splitSentences splits an old answer paragraph at sentence ends.
func splitSentences(s string) []string {
	var out []string
	for {
		loc := sentenceEnd.FindStringIndex(s)
		if loc == nil {
			break
		}
		cut := loc[1] - 1 // start of the capital
		// back up over the space
		out = append(out, strings.TrimSpace(s[:cut]))
		s = s[cut:]
	}
	if t := strings.TrimSpace(s); t != "" {
		out = append(out, t)
	}
	return out
}

// TestGround_OldCorpusFigure runs the grounding check on a corpus in the
// format before issue 13 (answer: one paragraph, citations without ids),
// the figure the note asks for. Each sentence of an old answer is
// read against the entry's quotes that share a content word with it (all
// of them with ALLQ=1); a sentence that says the article does not say
// something is read as a statement about its silence, its words the article
// lacks as the missing ones. It logs how many sentences the check flags,
// and why. Reproduce with the corpus as it was on main before the rewrite:
//
//	mkdir -p /tmp/old && for f in 1-what-are-exosomes 2-science 3-brands 4-dermatologist-pov 5-who-might-benefit 6-bottom-line; do
//	  git show 3952978:corpus/data/$f.yaml > /tmp/old/$f.yaml; done
//	OLD_CORPUS=/tmp/old go test ./corpus -run OldCorpusFigure -v
func TestGround_OldCorpusFigure(t *testing.T) {
	dir := os.Getenv("OLD_CORPUS")
	if dir == "" {
		t.Skip("OLD_CORPUS not set: the directory of an old-format corpus's data files")
	}
	c, err := Load()
	if c == nil {
		t.Fatal(err)
	}
	g := newGrounder(c.Article, c.Lexicon.mapTerm())
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	total, flagged, silenceN := 0, 0, 0
	reasons := map[string]int{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var es []struct {
			ID        string
			Answer    string
			Citations []struct{ Section, Quote string }
		}
		if err := yaml.Unmarshal(b, &es); err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Answer == "" {
				continue
			}
			var qs []quoteFacts
			for i, ct := range e.Citations {
				qs = append(qs, g.quote(fmt.Sprintf("q%d", i+1), citationText{ct.Section, ct.Quote}))
			}
			for _, s := range splitSentences(e.Answer) {
				total++
				var msgs []string
				low := strings.ToLower(s)
				if strings.Contains(low, "doesn't") || strings.Contains(low, "does not") || strings.Contains(low, "isn't covered") || strings.Contains(low, "no specific") || strings.Contains(low, "no timeline") {
					silenceN++
					var miss []string
					inArt := map[string]bool{}
					for _, st := range g.stems {
						inArt[st] = true
					}
					for _, w := range words(s) {
						if !g.allowed(w) && !g.silence[w.stem] && !inArt[w.stem] {
							miss = append(miss, w.text)
						}
					}
					if len(miss) == 0 {
						msgs = append(msgs, "silence: names nothing the article lacks")
					} else {
						msgs = g.checkSilence(s, miss)
					}
				} else {
					// the quotes a per-sentence citation would name: those sharing a content word
					var mine []quoteFacts
					for _, q := range qs {
						for _, w := range words(s) {
							if !g.allowed(w) && q.stems[w.stem] {
								mine = append(mine, q)
								break
							}
						}
					}
					if len(mine) == 0 || os.Getenv("ALLQ") != "" {
						mine = qs
					}
					msgs = g.checkSentence(s, mine)
					// "supports nothing" is about a quote, not this sentence, when every quote is cited
					var keep []string
					for _, m := range msgs {
						if !strings.Contains(m, "supports nothing") {
							keep = append(keep, m)
						}
					}
					msgs = keep
				}
				if len(msgs) > 0 {
					flagged++
					for _, m := range msgs {
						k := m
						if i := strings.IndexAny(k, "(:"); i > 0 {
							k = k[:i]
						}
						for _, w := range []string{"is not in its quotes", "are not in its quotes", "verdict", "negative", "drops the negation", "as fact", "author's own view", "in general", "silence", "neither in the article"} {
							if strings.Contains(m, w) {
								k = w
							}
						}
						reasons[k]++
					}
					t.Logf("%s: %q\n    %s", e.ID, s, strings.Join(msgs, "\n    "))
				}
			}
		}
	}
	t.Logf("sentences %d (silence-like %d), flagged %d; reasons %v", total, silenceN, flagged, reasons)
}
