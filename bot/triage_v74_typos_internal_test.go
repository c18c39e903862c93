package bot

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// swapTypos returns q with one typo each in up to three of its words of
// five letters or more: two neighbouring letters swapped, never the first.
// The words and the place in each are picked by a hash, so the variants are
// the same on every run.
func swapTypos(q string) []string {
	type span struct{ a, b int }
	var words []span
	for i := 0; i < len(q); {
		if !isASCIILetter(q[i]) {
			i++
			continue
		}
		j := i
		for j < len(q) && isASCIILetter(q[j]) {
			j++
		}
		if j-i >= 5 {
			words = append(words, span{i, j})
		}
		i = j
	}
	hash := func(s string, n int) uint32 {
		h := fnv.New32a()
		h.Write([]byte(s))
		h.Write([]byte{byte(n), byte(n >> 8)})
		return h.Sum32()
	}
	sort.SliceStable(words, func(x, y int) bool { return hash(q, words[x].a) < hash(q, words[y].a) })
	var out []string
	for _, w := range words[:min(3, len(words))] {
		word := q[w.a:w.b]
		// A place from the second letter to the last but one, moved on
		// past a pair of equal letters (a swap that changes nothing).
		n := len(word) - 2
		p := 1 + int(hash(word, w.a)%uint32(n))
		for k := 0; k < n && word[p] == word[p+1]; k++ {
			p = 1 + (p % n)
		}
		if word[p] == word[p+1] {
			continue
		}
		b := []byte(word)
		b[p], b[p+1] = b[p+1], b[p]
		out = append(out, q[:w.a]+string(b)+q[w.b:])
	}
	return out
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// typoMeasure counts, for the cases of files, the one-typo variants
// (swapTypos) that lose a catch or make a false alarm, by the rules alone
// and by Screen.
type typoMeasure struct {
	urgent, urgentVariants         [2]int // cases caught on the original, their variants
	recallLost, recallLostCases    [2]int
	ordinary, ordinaryVariants     [2]int // cases not alarmed on the original, their variants
	falseAlarms, falseAlarmedCases [2]int
}

func measureTypos(t *testing.T, files []string, show bool) typoMeasure {
	var m typoMeasure
	screens := [2]func(string) Screening{rulesScreen, Screen}
	names := [2]string{"rules", "screen"}
	for _, f := range files {
		for _, c := range readJSONLines[struct{ Question, Expect string }](t, f) {
			want := c.Expect == "urgent"
			variants := swapTypos(c.Question)
			for k, screen := range screens {
				if screen(c.Question).Urgent() != want {
					continue
				}
				lost := 0
				for _, v := range variants {
					if screen(v).Urgent() != want {
						lost++
						if show {
							if want {
								t.Logf("%s LOST %q (from %q) %s", names[k], v, c.Question, explain(v))
							} else {
								t.Logf("%s FALSE %q -> %+v (from %q) %s", names[k], v, screen(v), c.Question, explain(v))
							}
						}
					}
				}
				if want {
					m.urgent[k]++
					m.urgentVariants[k] += len(variants)
					m.recallLost[k] += lost
					if lost > 0 {
						m.recallLostCases[k]++
					}
				} else {
					m.ordinary[k]++
					m.ordinaryVariants[k] += len(variants)
					m.falseAlarms[k] += lost
					if lost > 0 {
						m.falseAlarmedCases[k]++
					}
				}
			}
		}
	}
	return m
}

func (m typoMeasure) log(t *testing.T, what string) {
	for k, name := range [2]string{"rules", "screen"} {
		t.Logf("%s, %s: recall lost %d/%d variants (%d/%d cases); false alarms made %d/%d variants (%d/%d cases)",
			what, name, m.recallLost[k], m.urgentVariants[k], m.recallLostCases[k], m.urgent[k],
			m.falseAlarms[k], m.ordinaryVariants[k], m.falseAlarmedCases[k], m.ordinary[k])
	}
}

// TestDevTypoSwaps measures how one typo (two neighbouring letters
// swapped) in a word of five letters or more changes the screen on the
// tuned triage sets, and on the held-back quarters as totals only.
// DEV_TYPOS=1 runs it; DEV_TYPOS_CASES=1 lists the tuned sets' cases.
func TestDevTypoSwaps(t *testing.T) {
	if os.Getenv("DEV_TYPOS") == "" {
		t.Skip("set DEV_TYPOS=1 to measure one-typo variants of the triage sets")
	}
	all, _ := filepath.Glob("testdata/triage*.jsonl")
	var tuned, held []string
	for _, f := range all {
		if strings.Contains(f, "holdback") {
			held = append(held, f)
		} else {
			tuned = append(tuned, f)
		}
	}
	measureTypos(t, tuned, os.Getenv("DEV_TYPOS_CASES") != "").log(t, "tuned")
	// Held back: totals only, never a case's text.
	measureTypos(t, held, false).log(t, "held back")
}

func TestSwapTypos_OneSwapAWord(t *testing.T) {
	q := "my daughter swallowed the retinol cream"
	vs := swapTypos(q)
	if len(vs) != 3 {
		t.Fatalf("swapTypos(%q) = %q, want 3 variants", q, vs)
	}
	for _, v := range vs {
		if len(v) != len(q) || v == q || v[0] != q[0] {
			t.Errorf("variant %q is not one swap of %q", v, q)
		}
		diff := 0
		for i := range q {
			if q[i] != v[i] {
				diff++
			}
		}
		if diff != 2 {
			t.Errorf("variant %q differs from %q in %d letters, want 2", v, q, diff)
		}
	}
	if again := swapTypos(q); strings.Join(again, "|") != strings.Join(vs, "|") {
		t.Errorf("swapTypos is not deterministic: %q then %q", vs, again)
	}
}

// TestRules_SlipInAPhraseWord: a word the tables know only inside a
// phrase ("be alive", "goodbye letters", "better off without me") is read
// through one slip of fast typing as the tables' other words are; the
// same slips in an ordinary message stay ordinary.
func TestRules_SlipInAPhraseWord(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly i just dont want to be aliev anymore", UrgencySelfHarm},
		{"i dont really wanna be alvie anymore tbh", UrgencySelfHarm},
		{"everyone would be better off wihtout me around", UrgencySelfHarm},
		{"spent last night writing goodbye lettres to my sisters", UrgencySelfHarm},

		{"my skin looks so aliev after the exosome facial!", UrgencyNone},
		{"i wrote thank you lettres to my clients, which serum do you like?", UrgencyNone},
		{"is the serum better wihtout the fragrance?", UrgencyNone},
	})
}

// TestRules_SlipInAFramingWord: the small words that frame a case as past,
// asked in general or hypothetical ("would", "how common", "totally
// fine", "never") are read through one slip too, so a typo in
// them does not turn a question or a settled story into an alarm; a case
// happening now still alarms when they are typed right beside it.
func TestRules_SlipInAFramingWord(t *testing.T) {
	checkRules(t, []rulesCase{
		{"woudl red streaks spreading from a microneedling spot be a bad sign? nothing going on, just asking", UrgencyNone},
		{"how cmomon is anaphylaxis from skincare, realistically?", UrgencyNone},
		{"I've nevre fainted but I get nervous around needles, is microneedling ok?", UrgencyNone},
		{"back when my son was a toddler he ate some lip balm, ttoally fine. are serum bottles childproof?", UrgencyNone},

		{"my throat is swelling up after the face cream right now", UrgencyAirway},
		{"my daughter just ate some of my retinol cream", UrgencyPoisoning},
	})
}

// TestRules_SlipInADetectorWord: a word only a detector names ("drill",
// "inhaler", "sleep", "fresh") is read through one slip too, though never
// in place of a word of the word lists one slip away ("aagin" is "again",
// not "aging" with its g dropped); a case happening now still alarms.
func TestRules_SlipInADetectorWord(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly i'd love to go to slepe and never wake up", UrgencySelfHarm},
		{"she says she's takne the whole packet of pills and wants to be left alone", UrgencySelfHarm},
		{"my inhlaer isn't working and the hives from the serum are spreading up my neck", UrgencyAirway},
		{"i started cutting aagin last night and it won't stop bleeding", UrgencySelfHarm},

		{"fire dirll at the clinic tomorrow: a client collapses in the chair, what do we do first?", UrgencyNone},
		{"quick drlil for the new receptionist: someone's speech goes slurred after a peel, who do we call?", UrgencyNone},
	})
}

// TestScreen_SlipOfAWordSharingOnlyItsStart: a slip of an English word that
// shares its first four letters with a word of the tables but is no form
// of it ("think" and "thing", "missing" and "mission", "throw" and
// "throat") is read as the English word; a slip of a form of a table
// word still reads as that word.
func TestScreen_SlipOfAWordSharingOnlyItsStart(t *testing.T) {
	screenReady()
	for _, c := range []struct{ typed, want string }{
		{"thikn", "think"},
		{"missign", "missing"},
		{"thrwo", "throw"},

		{"bleedign", "bleeding"},
	} {
		if got, _ := lookup(c.typed); got != c.want {
			t.Errorf("%q reads as %q, want %q", c.typed, got, c.want)
		}
	}
}
