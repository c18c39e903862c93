package bot_test

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
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

// answerData is the answer net's training data by source: the corpus's
// covered entries (their question for "answerable", every phrasing for
// the sections), each tuned evaluation set's answered and declined
// questions, and the training sets' (testdata/train: written by writers
// who saw only the article and the guide, to learn from and never to be
// scored) — never a held-back set (no file whose name says "holdback" is
// read).
type answerData struct {
	answerable, sections []answerExample            // from the corpus
	sets                 map[string][]answerExample // file -> its questions
	train                map[string][]answerExample // training set file -> its questions
}

func loadAnswerData(t *testing.T) answerData {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := answerData{sets: map[string][]answerExample{}, train: map[string][]answerExample{}}
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
		d.answerable = append(d.answerable, answerExample{text: en.Question, answered: true, sections: secs})
		for _, p := range append([]string{en.Question}, en.Alternates...) {
			d.sections = append(d.sections, answerExample{text: p, answered: true, sections: secs})
		}
	}
	for _, set := range bot.ReadTunedSets(t, "../cmd/exobot/testdata/eval*.jsonl") {
		name := set.Name
		for _, c := range set.Cases {
			if c.Expect == "answered" || c.Expect == "declined" {
				d.sets[name] = append(d.sets[name], answerExample{text: c.Question, answered: c.Expect == "answered", sections: c.Sections})
			}
		}
	}
	for _, set := range bot.ReadTunedSets(t, bot.TrainingSets) {
		for _, c := range set.Cases {
			if c.Expect == "answered" || c.Expect == "declined" {
				d.train[set.Name] = append(d.train[set.Name], answerExample{text: c.Question, answered: c.Expect == "answered", sections: c.Sections})
			}
		}
	}
	return d
}

// training returns the answerable and section training messages, leaving
// out the evaluation or training set named skip.
func (d answerData) training(skip string) (answerable, sections []answerExample) {
	answerable, sections = slices.Clone(d.answerable), slices.Clone(d.sections)
	for _, sets := range []map[string][]answerExample{d.train, d.sets} {
		for _, name := range slices.Sorted(maps.Keys(sets)) {
			if name == skip {
				continue
			}
			for _, e := range sets[name] {
				answerable = append(answerable, e)
				if e.answered {
					sections = append(sections, e)
				}
			}
		}
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

// renderAnswerNet trains the answer net on d, leaving out the set named
// skip, and renders it as answer_net.txt.
func renderAnswerNet(t *testing.T, d answerData, skip string) string {
	answerable, sections := d.training(skip)
	if skip == "" && (len(answerable) < 1500 || len(sections) < 1500) {
		t.Fatalf("only %d and %d training messages", len(answerable), len(sections))
	}
	var b strings.Builder
	b.WriteString("# The answer net's weights (answer_net.go): written by\n#\tgo test ./bot -run TestAnswerNet_Reproduces -update-answer-net\n# from the corpus and the tuned evaluation sets. Do not edit.\n")
	write := func(name string, set []answerExample, label func(answerExample) bool) {
		var xs [][]string
		var ys []bool
		for _, e := range set {
			fs := bot.NetFeatureNames(e.text)
			if name == "answerable" {
				fs = answerableFeatureNames(e.text)
			}
			xs = append(xs, fs)
			ys = append(ys, label(e))
		}
		bot.RenderModel(&b, name, xs, ys)
	}
	write("answerable", answerable, func(e answerExample) bool { return e.answered })
	for _, sec := range articleSections(t) {
		write("section:"+bot.SectionSlug(sec), sections, func(e answerExample) bool { return slices.Contains(e.sections, sec) })
	}
	return b.String()
}

// answerableFeatureNames spells the answerable model's features: the
// message's, and those of the sentence it asks last, marked.
func answerableFeatureNames(text string) []string {
	fs := bot.NetFeatureNames(text)
	for _, f := range bot.NetFeatureNames(bot.AskedLast(text)) {
		fs = append(fs, bot.FocusPrefix+f)
	}
	return fs
}

// TestAnswerNet_Reproduces checks that answer_net.txt is what training on
// today's corpus and sets gives (within rounding), and answer_net.bin that
// text encoded; with -update-answer-net it rewrites both.
func TestAnswerNet_Reproduces(t *testing.T) {
	if testing.Short() && !*updateAnswerNet {
		t.Skip("-short: training the net five times over is checked by the full run (go test ./...), not repeated under -race -short")
	}
	got := renderAnswerNet(t, loadAnswerData(t), "")
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

// The answer net changes only what its uses allow: a question the rules
// are unsure of is answered with the first hit when the net is sure the
// article answers it, and one they would answer is declined when the net
// is sure it does not; a message of several words is answered from the
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
		{"unsure comparison the net is sure of", "skip exosomes and just keep my boring routine, daft or fine?", bot.StatusNoMatch, bot.StatusAnswered, true},
		{"question re-ranked to the runner-up's section", "you mentioned them earlier - do they actually have real human trials behind them or is it mostly lab dish stuff?", bot.StatusAnswered, bot.StatusAnswered, true},
		// ("are rose exosomes better than centella exosomes" is the rules'
		// own decline now: one unnamed source against another.)
		{"best-brand question the net is sure the article does not answer", "which korean exosome serum is best", bot.StatusAnswered, bot.StatusNoMatch, true},
		// (eval-v25's tuned part: the rules give an entry that needs the
		// subject no confidence for a question that never names it.)
		{"question that never names the topic the net is very sure of", "honestly vs my boring vitamin A cream and daily SPF, which should I prioritise?", bot.StatusNoMatch, bot.StatusAnswered, true},
		// (eval-v25's tuned part: "lab" ranks the study details, a topic
		// the article does not cover, first, though no cue of it is asked.)
		{"not-covered topic no cue names, overruled when the net is sure", "fair to say the lab folks are still figuring this whole cell-messenger skin thing out?", bot.StatusNoMatch, bot.StatusAnswered, true},
		{"not-covered topic a cue names stays declined", "who paid for the lab studies on exosomes?", bot.StatusNoMatch, bot.StatusNoMatch, false},
		{"another product without the topic stays declined", "what is rubbing snail slime on your face supposed to do?", bot.StatusNoMatch, bot.StatusNoMatch, false},
		{"another tool without the topic stays declined", "do jade rollers actually do anything for puffiness?", bot.StatusNoMatch, bot.StatusNoMatch, false},
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
			if c.changed && after.Status == bot.StatusAnswered {
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

// TestAnswerNet_LeaveOneSetOut measures what the answer net does for a
// set it never saw: for each tuned evaluation set, the net is trained on
// the corpus, the training sets and the other evaluation sets, and the set
// is answered by the rules alone and with that net. It prints the totals
// with -v — and how many in-scope questions each answers citing a wrong
// section, the class the sections' re-ranking works on — and fails if the
// net, on sets it never saw, answers more out-of-scope questions than it
// gains in scope. Slow-ish (a training per set): EXOBOT_ANSWER_CV=1 runs
// it with the engine's constants; EXOBOT_ANSWER_CV="0.9 0.03 0.1 6" sets
// the threshold, the unanswerable bound, the section weight and the fewest
// words to try, and several settings separated by ";" are tried on the
// same trainings ("0.9 0.03 0.1 6; 0.85 0.03 0.1 6"). With
// EXOBOT_ANSWER_CV_FOLDS=train the folds are the training sets instead:
// the rules were tuned on the evaluation sets, never on those.
//
//	EXOBOT_ANSWER_CV=1 go test ./bot -run LeaveOneSetOut -v
func TestAnswerNet_LeaveOneSetOut(t *testing.T) {
	env := os.Getenv("EXOBOT_ANSWER_CV")
	if env == "" {
		t.Skip("EXOBOT_ANSWER_CV=1 runs it")
	}
	type setting struct {
		th, below, w float64
		minWords     int
	}
	settings := []setting{{bot.AnswerableThreshold, bot.UnanswerableBelow, bot.SectionWeight, bot.RerankWords}}
	if env != "1" {
		settings = settings[:0]
		for _, f := range strings.Split(env, ";") {
			var s setting
			if _, err := fmt.Sscanf(strings.TrimSpace(f), "%g %g %g %d", &s.th, &s.below, &s.w, &s.minWords); err != nil {
				t.Fatalf("EXOBOT_ANSWER_CV %q: %v", f, err)
			}
			settings = append(settings, s)
		}
	}
	d := loadAnswerData(t)
	rules := bot.WithoutAnswerNet(engineForFuzz(t))
	folds := d.sets
	if os.Getenv("EXOBOT_ANSWER_CV_FOLDS") == "train" {
		// The training sets as the folds: questions the rules were never
		// written from, so the net's share is measured without the rules'
		// fit to the evaluation sets.
		folds = d.train
	}
	names := slices.Sorted(maps.Keys(folds))
	type tally struct{ in, out, wrong int }
	var base tally
	nets := make([]tally, len(settings))
	var inTotal, outTotal int
	for _, name := range names {
		bin := bot.EncodeModels(t, bot.AnswerNetMagic, renderAnswerNet(t, d, name))
		score := func(e *bot.Engine) (s tally) {
			for _, c := range folds[name] {
				r := askReal(t, e, c.text)
				if c.answered {
					s.in += btoi(citesOneOf(r, c.sections))
					s.wrong += btoi(r.Status == bot.StatusAnswered && !citesOneOf(r, c.sections))
				} else {
					s.out += btoi(r.Status == bot.StatusNoMatch || r.Status == bot.StatusHelp)
				}
			}
			return s
		}
		r0 := score(rules)
		base.in, base.out, base.wrong = base.in+r0.in, base.out+r0.out, base.wrong+r0.wrong
		var it, ot int
		for _, c := range folds[name] {
			it += btoi(c.answered)
			ot += btoi(!c.answered)
		}
		inTotal, outTotal = inTotal+it, outTotal+ot
		for i, s := range settings {
			e, err := bot.WithAnswerNet(rules, bin, s.th, s.below, s.w, s.minWords)
			if err != nil {
				t.Fatal(err)
			}
			r1 := score(e)
			nets[i].in, nets[i].out, nets[i].wrong = nets[i].in+r1.in, nets[i].out+r1.out, nets[i].wrong+r1.wrong
			t.Logf("%-22s %v in scope %3d -> %3d of %3d (wrong section %2d -> %2d), out of scope %3d -> %3d of %3d", name, s, r0.in, r1.in, it, r0.wrong, r1.wrong, r0.out, r1.out, ot)
		}
	}
	for i, s := range settings {
		n := nets[i]
		t.Logf("all (threshold %g, below %g, weight %g, %d words): in scope %d -> %d of %d (wrong section %d -> %d), out of scope %d -> %d of %d", s.th, s.below, s.w, s.minWords, base.in, n.in, inTotal, base.wrong, n.wrong, base.out, n.out, outTotal)
		if n.in-base.in <= base.out-n.out {
			t.Errorf("%v: on sets it never saw the net gains %d in scope and loses %d out of scope", s, n.in-base.in, base.out-n.out)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// citesOneOf reports whether r answers citing one of sections.
func citesOneOf(r bot.Reply, sections []string) bool {
	if r.Status != bot.StatusAnswered {
		return false
	}
	for _, c := range r.Citations {
		if slices.Contains(sections, c.Section) {
			return true
		}
	}
	return false
}

func TestAskedLast(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"what are exosomes", "what are exosomes"},
		{"My derm retired. The medspa pushes exosomes. Is that normal? Thanks.", "Is that normal?"},
		{"is it safe? asking for my mum", "is it safe?"},
		{"line one\nline two?\nline three", "line two?"},
		{"vitamin c. which one?", "which one?"},
		{"3.5 stars... ok", "ok"}, // "3.5" does not end a sentence, "..." before a space does
		{"", ""},
		{"  ?  ", "?"},
	} {
		if got := bot.AskedLast(c.text); got != c.want {
			t.Errorf("AskedLast(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
