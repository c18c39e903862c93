package bot_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"exobot/bot"
	"exobot/corpus"
)

var updateAnswerNet = flag.Bool("update-answer-net", false, "retrain the answer net and rewrite answer_net.txt and answer_net.bin")

// answerExample is one training message of the answer net: whether the
// article answers it, and from which sections when it does.
type answerExample struct {
	text     string
	answered bool
	sections []string
}

// answerTrainingSet gathers the answer net's training messages: the
// corpus's covered entries (their question for "answerable", every
// phrasing for the sections) and the answered and declined questions of
// the tuned evaluation sets — never a held-back set (no file whose name
// says "holdback" is read).
func answerTrainingSet(t *testing.T) (answerable, sections []answerExample) {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range c.Entries {
		if en.NotCovered != "" || len(en.Citations) == 0 {
			continue
		}
		var secs []string
		for _, ci := range en.Citations {
			if !slices.Contains(secs, ci.Section) {
				secs = append(secs, ci.Section)
			}
		}
		answerable = append(answerable, answerExample{text: en.Question, answered: true, sections: secs})
		for _, p := range append([]string{en.Question}, en.Alternates...) {
			sections = append(sections, answerExample{text: p, answered: true, sections: secs})
		}
	}
	files, _ := filepath.Glob("../cmd/exobot/testdata/eval*.jsonl")
	for _, f := range files {
		if strings.Contains(filepath.Base(f), "holdback") {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for n := 1; sc.Scan(); n++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c struct {
				Question, Expect string
				Sections         []string
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", f, n, err)
			}
			if c.Expect != "answered" && c.Expect != "declined" {
				continue
			}
			e := answerExample{text: c.Question, answered: c.Expect == "answered", sections: c.Sections}
			answerable = append(answerable, e)
			if e.answered {
				sections = append(sections, e)
			}
		}
		fh.Close()
	}
	if len(answerable) < 1500 || len(sections) < 1500 {
		t.Fatalf("only %d and %d training messages", len(answerable), len(sections))
	}
	return answerable, sections
}

// articleSections are the article's section headings, in order.
func articleSections(t *testing.T) []string {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, en := range c.Entries {
		for _, ci := range en.Citations {
			if !slices.Contains(out, ci.Section) {
				out = append(out, ci.Section)
			}
		}
	}
	slices.Sort(out)
	return out
}

func renderAnswerNet(t *testing.T) string {
	answerable, sections := answerTrainingSet(t)
	var b strings.Builder
	b.WriteString("# The answer net's weights (answer_net.go): written by\n#\tgo test ./bot -run TestAnswerNet_Reproduces -update-answer-net\n# from the corpus and the tuned evaluation sets. Do not edit.\n")
	write := func(name string, set []answerExample, label func(answerExample) bool) {
		var xs [][]string
		var ys []bool
		for _, e := range set {
			xs = append(xs, bot.NetFeatureNames(e.text))
			ys = append(ys, label(e))
		}
		bias, w := bot.TrainNet(xs, ys)
		fmt.Fprintf(&b, "model %s %s\n", name, strconv.FormatFloat(bias, 'g', 4, 64))
		names := make([]string, 0, len(w))
		for f, v := range w {
			if math.Abs(v) >= bot.NetMinWeight {
				names = append(names, f)
			}
		}
		slices.Sort(names)
		for _, f := range names {
			fmt.Fprintf(&b, "%s\t%s\n", f, strconv.FormatFloat(w[f], 'g', 4, 64))
		}
	}
	write("answerable", answerable, func(e answerExample) bool { return e.answered })
	for _, sec := range articleSections(t) {
		write("section:"+bot.SectionSlug(sec), sections, func(e answerExample) bool { return slices.Contains(e.sections, sec) })
	}
	return b.String()
}

// TestAnswerNet_Reproduces checks that answer_net.txt is what training on
// today's corpus and sets gives (within rounding), and answer_net.bin that
// text encoded; with -update-answer-net it rewrites both.
func TestAnswerNet_Reproduces(t *testing.T) {
	got := renderAnswerNet(t)
	if *updateAnswerNet {
		if err := os.WriteFile("answer_net.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("answer_net.bin", bot.EncodeModels(t, bot.AnswerNetMagic, got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	file, err := os.ReadFile("answer_net.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, have := bot.NetWeights(t, string(file)), bot.NetWeights(t, got)
	for k, v := range want {
		tol := 2e-3
		if have[k] == 0 {
			tol += bot.NetMinWeight
		}
		if math.Abs(have[k]-v) > tol {
			t.Errorf("%s: answer_net.txt has %g, training gives %g: run go test ./bot -run TestAnswerNet_Reproduces -update-answer-net", k, v, have[k])
		}
	}
	for k, v := range have {
		if _, ok := want[k]; !ok && math.Abs(v) > bot.NetMinWeight+2e-3 {
			t.Errorf("%s: training gives %g, answer_net.txt has none: run go test ./bot -run TestAnswerNet_Reproduces -update-answer-net", k, v)
		}
	}
	if !bytes.Equal(*bot.AnswerNetBin, bot.EncodeModels(t, bot.AnswerNetMagic, string(file))) {
		t.Error("answer_net.bin is not answer_net.txt encoded: run go test ./bot -run TestAnswerNet_Reproduces -update-answer-net")
	}
}

// The answer net changes only what its two uses allow: a question the rules
// are unsure of is answered with the first hit when the net is sure the
// article answers it; a message of several words is answered from the
// runner-up whose section the net finds likelier; a short question, a
// topic the article does not cover, and what the rules answer by their own
// evidence stay as the rules decide.
func TestAnswerNet_ChangesOnlyWhatItMay(t *testing.T) {
	e := engineForFuzz(t)
	rules := bot.WithoutAnswerNet(e)
	cases := []struct {
		name, text string
		// what the rules alone do, and what the net makes of it
		rules, net bot.Status
		changed    bool
	}{
		{"unsure decision the net is sure of", "influencer code gets me 20% off an exosome serum — worth grabbing?", bot.StatusNoMatch, bot.StatusAnswered, true},
		{"unsure comparison the net is sure of", "is it dumb to skip exosomes and just keep my boring routine", bot.StatusNoMatch, bot.StatusAnswered, true},
		{"story re-ranked to the runner-up's section", "what should i keep using while the cell-messenger stuff gets figured out", bot.StatusAnswered, bot.StatusAnswered, true},
		{"short question left to the rules", "exosomes meaning", bot.StatusAnswered, bot.StatusAnswered, false},
		{"not-covered topic stays declined", "how much is an exosome facial", bot.StatusNoMatch, bot.StatusNoMatch, false},
		{"chatter stays chatter", "lol ok thanks, that makes sense", bot.StatusNoMatch, bot.StatusNoMatch, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, after := askReal(t, rules, c.text), askReal(t, e, c.text)
			if before.Status != c.rules || after.Status != c.net {
				t.Fatalf("rules %s (%s), net %s (%s); want %s, %s", before.Status, before.Reason, after.Status, after.Reason, c.rules, c.net)
			}
			if changed := before.EntryID != after.EntryID; changed != c.changed {
				t.Fatalf("entry %q -> %q; changed %v, want %v", before.EntryID, after.EntryID, changed, c.changed)
			}
			if c.changed {
				// The net picks among the rules' own first hits.
				found := false
				for _, m := range before.Matches {
					found = found || m.ID == after.EntryID
				}
				if !found {
					t.Errorf("answered %q, not one of the rules' hits %v", after.EntryID, before.Matches)
				}
			}
		})
	}
}
