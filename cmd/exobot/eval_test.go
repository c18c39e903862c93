package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"exobot/corpus"
	"exobot/internal/jsonl"
)

// evalFiles are the evaluation sets TestEvaluation holds to the floor;
// EXOBOT_EVAL_FILE names one file to run instead.
func evalFiles(t *testing.T) []string {
	if f := os.Getenv("EXOBOT_EVAL_FILE"); f != "" {
		return []string{f}
	}
	files, err := filepath.Glob("testdata/eval*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no evaluation sets: %v", err)
	}
	return files
}

// evalCase is one line of testdata/eval.jsonl (see testdata/eval.md).
type evalCase struct {
	Question string   `json:"question"`
	Expect   string   `json:"expect"` // answered | declined | urgent | any
	Sections []string `json:"sections"`
	Kind     string   `json:"kind"`
}

func loadEval(t *testing.T, name string) []evalCase {
	t.Helper()
	cases, err := jsonl.Read[evalCase](name)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// evalOutcome is what the bot did with one evaluation question.
type evalOutcome struct {
	evalCase
	got      jsonReply
	ok       bool
	citation string
}

// runEval answers every evaluation question the way the held-out set is
// run — through "exobot ask --json -" — and judges each reply.
func runEval(t *testing.T, cases []evalCase) []evalOutcome {
	t.Helper()
	var in bytes.Buffer
	for _, c := range cases {
		if strings.ContainsAny(c.Question, "\r\n") {
			t.Fatalf("eval question spans lines: %q", c.Question)
		}
		in.WriteString(c.Question + "\n")
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", "-"}, func(string) string { return "" }, &in, &out, &errb); err != nil {
		t.Fatalf("ask --json -: %v\n%s", err, errb.String())
	}
	var res []evalOutcome
	dec := json.NewDecoder(&out)
	for _, c := range cases {
		var r jsonReply
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("reply to %q: %v", c.Question, err)
		}
		o := evalOutcome{evalCase: c, got: r}
		for _, ct := range r.Citations {
			o.citation += ct.Section + "; "
		}
		switch c.Expect {
		case "answered":
			o.ok = r.Status == "answered" && citesAny(r, c.Sections)
		case "declined":
			o.ok = r.Status == "no_match" || r.Status == "help"
		case "urgent":
			o.ok = r.Status == "urgent"
		case "any":
			// Truly ambiguous: any reply will do; not counted.
			o.ok = true
		default:
			t.Fatalf("eval case %q: unknown expect %q", c.Question, c.Expect)
		}
		res = append(res, o)
	}
	if dec.More() {
		t.Fatal("more replies than questions")
	}
	return res
}

func citesAny(r jsonReply, sections []string) bool {
	for _, c := range r.Citations {
		if slices.Contains(sections, c.Section) {
			return true
		}
	}
	return false
}

// TestEvaluation holds the quality floor on each evaluation set: in-scope
// questions answered citing a right section, out-of-scope ones declined,
// emergencies sent to urgent care. Run with -v to see the rates and every
// miss.
func TestEvaluation(t *testing.T) {
	for _, f := range evalFiles(t) {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".jsonl"), func(t *testing.T) { evaluate(t, f) })
	}
}

// evalFloors are the rates each set must hold: 95 % of in-scope questions
// answered citing a right section, 95 % of out-of-scope ones declined,
// every emergency sent to care.
var evalFloors = map[string]float64{"answered": 0.95, "declined": 0.95, "urgent": 1.0}

// ratchets lower the floors of a set the engine does not yet hold at
// evalFloors; each is raised as the engine improves and removed when the
// set holds the full floors. eval-v2 and eval-v3 were written for the
// answer engine v2 (issue 9).
//
// The grounded corpus (issue 13: answers say only what the article says, in
// its words) cost eval-v2 four in-scope answers and eval-v3 three, mostly
// long stories the unknown-word veto now declines because the answers no
// longer carry everyday words; their "answered" ratchets were lowered by
// that much, to be raised again with the engine. eval-v2 holds the full
// floors again (95.6 / 100 / 100), and eval-v6 since engine2 (96.6 / 100 /
// 100). At the sixteenth session's end every ratchet below its tuned
// part's rate was raised to that rate, rounded down (0.99 for a part all
// right); the comments beside them tell each set's history before.
var ratchets = map[string]map[string]float64{
	// eval-v3, -v4, -v5, -v7 and -v8 hold the full floors since the answer net
	// (bot/answer_net.go): 96.6 / 98.8, 99.2 / 98.2, 99.1 / 100, 98.4 / 100 and
	// 99.1 / 100, urgent 100 each.
	// eval-v9 arrived with its first run at 86.8 / 94.8 / 100 (testdata/eval.md), now 100 / 100 / 100:
	// above the full floors, kept at what it holds (98.2 until the answer net was retrained with
	// eval-v12, which moved single questions either way; 97.4 until engine3's definitions with a
	// tail and decisions to buy).
	"eval-v9": {"answered": 1.0, "declined": 0.98, "urgent": 1.0},
	// eval-v10 arrived with its first run at 86.8 / 96.9 / 100 (testdata/eval.md), now 99.1 / 100 / 100.
	"eval-v10": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v11 arrived with its first run at 86.5 / 89.7 / 100 (testdata/eval.md); tuned part 98.2 / 100 / 100,
	// 99.1 since engine3's short question after a lead.
	"eval-v11": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v12 arrived with its first run at 96.5 / 96.0 / 100 (testdata/eval.md); tuned part 96.5 / 100 / 100
	// since the nets learnt its tuned part, 98.2 since engine3's definitions with a tail and decisions to buy,
	// 99.1 since engine3's cue words that only say whose or where.
	"eval-v12": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v13 arrived with its first run at 88.7 / 93.7 / 100 (testdata/eval.md); tuned part 93.0 / 100 / 100
	// once the answer net learnt it, 97.4 / 100 / 100 since engine3 (decisions on a story's choice,
	// questions pointing back at a claim, adjacent topics as not covered), 99.1 since the ninth session's engine round.
	"eval-v13": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v14 and eval-v15 were run whole and untouched at the seventh session's end (89.4 / 96.0 / 100 and
	// 95.7 / 95.2 / 100, testdata/eval.md), then split; their tuned parts 93.9 / 100 / 100 and 97.4 / 100 / 100
	// once the nets learnt them, 95.6 and 98.2 after the eighth session's engine rounds, 97.4 and 99.1 after the ninth's, 98.2 and 99.1 after the tenth's.
	"eval-v14": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	"eval-v15": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v16 arrived with its first run at 93.6 / 95.2 / 100 (testdata/eval.md); tuned part 94.7 / 97.9 / 100
	// once the nets learnt it, 99.1 / 100 / 100 after the eighth session's engine and triage rounds.
	"eval-v16": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v17 arrived with its first run at 87.9 / 99.2 / 100 (testdata/eval.md); tuned part 88.6 / 99.0 / 100
	// before the nets learnt it, 93.0 (106/114) / 100 / 100 once they did, 96.5 after the ninth session's engine round, 98.2 after the tenth's.
	"eval-v17": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v18 arrived with its first run at 95.0 / 97.6 / 100 (testdata/eval.md); tuned part 95.6 / 96.9 / 100
	// before the nets learnt it, 96.5 / 100 / 100 once they did, 100 / 100 / 100 after the ninth session's engine round.
	"eval-v18": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v19 arrived with its first run at 96.5 / 98.4 / 96.7 (testdata/eval.md); tuned part 96.5 / 99.0 / 100
	// before the nets learnt it, 97.4 / 100 / 100 once they did, 100 / 100 / 100 after the tenth session's rounds.
	"eval-v19": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v20 arrived with its first run at 92.2 / 99.2 / 100 (testdata/eval.md); tuned part 94.7 / 100 / 100
	// before the nets learnt it, 95.6 / 100 / 100 once they did, 97.4 / 100 / 100 after the tenth session's rounds,
	// 98.2 after the eleventh's.
	"eval-v20": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v21 arrived with its first run at 91.5 / 97.6 / 100 (testdata/eval.md); tuned part 93.0 (106/114) / 97.9 / 100
	// before the nets learnt it, 93.0 / 100 / 100 once they did, 99.1 after the eleventh session's rounds.
	"eval-v21": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v22 arrived with its first run at 91.5 / 98.4 / 100 (testdata/eval.md); tuned part 91.2 / 99.0 / 100
	// before the nets learnt it, 93.0 / 100 / 100 once they did, 97.4 after the eleventh session's rounds.
	"eval-v22": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v23 arrived with its first run at 92.2 / 96.8 / 96.7 (testdata/eval.md); tuned part 93.0 (106/114) / 96.9 / 100
	// before the nets learnt it (its missed emergency and one false alarm fixed at their cause first), 93.0 / 100 / 100 once they did.
	"eval-v23": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v24 arrived with its first run at 90.1 / 98.4 / 100 (testdata/eval.md); tuned part 91.2 (104/114) / 99.0 / 100
	// before the nets learnt it, 93.9 / 100 / 100 once they did.
	"eval-v24": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v25 was run whole and untouched at the twelfth session's end (92.9 / 99.2 / 100, testdata/eval.md), then
	// split; its tuned part 94.7 (108/114) / 100 / 100 before and after the nets learnt it, 96.5 after the
	// thirteenth session's rounds.
	"eval-v25": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v26 arrived with its first run at 92.9 / 99.2 / 100 (testdata/eval.md); tuned part 94.7 (108/114) / 100 / 100
	// before the nets learnt it, 96.5 / 100 / 100 once they did, 99.1 after the thirteenth session's rounds.
	"eval-v26": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v27 was run whole and untouched at the thirteenth session's end (88.7 / 99.2 / 100, testdata/eval.md), then
	// split; its tuned part 86.8 (99/114) / 100 / 100 before the nets learnt it, 92.1 once they did.
	"eval-v27": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v28 arrived with its first run at 95.0 / 100 / 100 (testdata/eval.md); tuned part 96.5 (110/114) / 100 / 100
	// before the nets learnt it, 100 once they did.
	"eval-v28": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v29 was kept whole and unread until the fourteenth session's end (its first run 95.7 / 99.2 / 100 at
	// 96d3047, testdata/eval.md), then split; its tuned part 96.5 (110/114) / 100 / 100 before the nets learnt it,
	// 97.4 once they did, 96.5 after the retrain that learnt eval-v30.
	"eval-v29": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v30 arrived with its first run at 93.6 / 99.2 / 100 at f9496a0 (testdata/eval.md); tuned part 93.0
	// (106/114) / 99.0 / 100 before the nets learnt it, 93.9 / 100 / 100 once they did.
	"eval-v30": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v32 and eval-v33 arrived in the fifteenth session with their first runs at f080c3e: 92.2 / 99.2 / 100 and
	// 93.6 / 97.6 / 100 (testdata/eval.md); tuned parts 93.0 / 99.0 / 100 and 93.0 / 96.9 / 100 before the nets learnt
	// them, 94.7 / 100 / 100 and 93.0 (106/114) / 100 / 100 once they did.
	"eval-v32": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	"eval-v33": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v31 was kept whole and unread until the fifteenth session's end (its first run 94.3 / 97.6 / 100 at
	// 8af096b, testdata/eval.md), then split; its tuned part 93.9 (107/114) / 99.0 / 100 before the nets learnt it,
	// 94.7 / 100 / 100 once they did.
	"eval-v31": {"answered": 0.97, "declined": 0.98, "urgent": 1.0},
	// eval-v34 arrived in the sixteenth session with its first run at 94.3 / 99.2 / 96.7 at 0ee6251
	// (testdata/eval.md: a child drinking nail primer, a product word the screen lacked); tuned part 95.6 (109/114)
	// / 99.0 / 95.7 before the screen knew the word and the nets learnt it.
	"eval-v34": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v35 was kept whole and unread until the sixteenth session's end (its first run 96.5 / 99.2 / 100 at
	// 13c38dd, testdata/eval.md), then split in the seventeenth; its tuned part 95.6 (109/114) / 99.0 / 100
	// before the nets learnt it, 98.2 (112/114) / 100 / 100 once they did.
	"eval-v35": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v36 arrived in the seventeenth session with its first run at 95.0 / 98.4 / 96.7 at 7daab0c
	// (testdata/eval.md); tuned part 94.7 (108/114) / 97.9 / 100 before the nets learnt it, 94.7 / 100 / 100 once
	// they did.
	"eval-v36": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v37 and eval-v38 were kept whole and unread until the seventeenth session's end (their first runs 92.9 /
	// 98.4 / 100 and 94.3 / 99.2 / 100 at c829848, testdata/eval.md), then split in the eighteenth; their tuned parts
	// 93.0 (106/114) / 97.9 / 100 and 94.7 / 100 / 100 before the nets learnt them, 93.0 / 100 / 100 and 95.6 / 100 /
	// 100 once they did (eval-v38 holds the full floors); 98.2 and 96.5 after the eighteenth session's rounds.
	"eval-v37": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	"eval-v38": {"answered": 0.96, "declined": 0.98, "urgent": 1.0},
	// eval-v39 arrived in the eighteenth session with its first run at 95.7 / 99.2 / 100 at be7b5b8
	// (testdata/eval.md); tuned part 97.4 (111/114) / 99.0 / 100 before the nets learnt it, 97.4 / 100 / 100
	// once they did, 99.1 after the eighteenth session's rounds.
	"eval-v39": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v40 was the eighteenth session's fresh set (first run 96.5 / 97.6 / 96.7 at f42191c, testdata/eval.md),
	// split in the nineteenth; its tuned part 98.2 (112/114) / 97.9 / 100 before the nets learnt it, 98.2 / 100 /
	// 100 once they did.
	"eval-v40": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v41 arrived in the nineteenth session with its first run at 97.2 / 98.4 / 100 at a8bab68
	// (testdata/eval.md); tuned part 98.2 (112/114) / 97.9 / 100 before the nets learnt it.
	"eval-v41": {"answered": 0.98, "declined": 0.97, "urgent": 1.0},
	// eval-v42 was the nineteenth session's fresh set (first run 97.9 / 92.9 / 100 at 99fa824, testdata/eval.md),
	// split in the twentieth; its tuned part 96.5 (110/114) / 94.8 (91/96) / 100 before the nets learnt it, 97.4 /
	// 100 / 100 once they did.
	"eval-v42": {"answered": 0.97, "declined": 0.98, "urgent": 1.0},
	// eval-v43 arrived in the twentieth session with its first run at 97.9 / 97.6 / 100 at 8d95852
	// (testdata/eval.md); tuned part 99.1 (113/114) / 99.0 (95/96) / 100 before the nets learnt it.
	"eval-v43": {"answered": 0.99, "declined": 0.98, "urgent": 1.0},
	// eval-v44 was the twentieth session's fresh set (first run 97.2 / 97.6 / 100 at 48998e7, testdata/eval.md),
	// split in the twenty-first; its tuned part 98.2 (112/114) / 97.9 (94/96) / 100 before the nets learnt it.
	"eval-v44": {"answered": 0.98, "declined": 0.97, "urgent": 1.0},
	// eval-v45 arrived in the twenty-first session with its first run at 96.5 / 99.2 / 100 at 7e12321
	// (testdata/eval.md); tuned part 95.6 (109/114) / 99.0 (95/96) / 100 before the nets learnt it.
	"eval-v45": {"answered": 0.95, "declined": 0.98, "urgent": 1.0},
	// eval-v46 arrived in the twenty-first session, kept unread until every other round had landed; its first
	// run at 66d4576 was 98.6 / 93.7 / 100 (testdata/eval.md); then split, its tuned part 99.1 (113/114) /
	// 93.8 (90/96) / 100, 99.1 / 97.9 / 100 once the engine read its tuned misses, before the nets learnt it.
	"eval-v46": {"answered": 0.99, "declined": 0.97, "urgent": 1.0},
	// eval-v47 arrived in the twenty-first session with its first run at 95.0 / 98.4 / 100 at 8c16373
	// (testdata/eval.md); tuned part 96.5 (110/114) / 97.9 (94/96) / 100 then, 98.2 / 100 / 100 once the
	// engine read its tuned misses, before the nets learnt it.
	"eval-v47": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v48 was the twenty-first session's fresh set (first run 97.2 / 97.6 / 96.7 at b693e96, testdata/eval.md),
	// split in the twenty-second; tuned part 98.2 (112/114) / 97.9 (94/96) / 100 then, 98.2 / 99.0 / 100 once
	// the engine read its tuned misses, before the nets learnt it.
	"eval-v48": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v49 arrived in the twenty-second session with its first run at 97.2 / 95.2 / 100 at 3d22c13
	// (testdata/eval.md); tuned part 97.4 (111/114) / 96.9 (93/96) / 100 before the nets learnt it.
	"eval-v49": {"answered": 0.97, "declined": 0.96, "urgent": 1.0},
	// eval-v50 was the twenty-second session's fresh set (first run 97.2 / 96.0 / 100 at 9b5c456,
	// testdata/eval.md), split in the twenty-third; tuned part 95.6 (109/114) / 95.8 (92/96) / 100 then,
	// 96.5 / 96.9 / 100 once the engine read its tuned misses, before the nets learnt it.
	"eval-v50": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v51 arrived in the twenty-third session with its first run at 95.0 / 96.8 / 100 at 786ca4a
	// (testdata/eval.md); tuned part 95.6 (109/114) / 96.9 (93/96) / 100 before the nets learnt it.
	"eval-v51": {"answered": 0.95, "declined": 0.98, "urgent": 1.0},
	// eval-v52 was the twenty-third session's fresh set (first run 95.7 / 97.6 / 100 at 2d5462e,
	// testdata/eval.md), split in the twenty-fourth; tuned part 97.4 (111/114) / 99.0 (95/96) / 100 before the
	// nets learnt it, 98.2 / 100 / 100 once they did and the engine read eval-v55's tuned misses.
	"eval-v52": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v53 arrived at the twenty-third session's end with its first run at 94.3 / 96.0 / 100 at f255793
	// (testdata/eval.md); tuned part 95.6 (109/114) / 96.9 (93/96) / 100 before the nets learnt it.
	"eval-v53": {"answered": 0.95, "declined": 0.98, "urgent": 1.0},
	// eval-v55 arrived in the twenty-fourth session with its first run at 93.6 / 98.4 / 100 at 97388e7
	// (testdata/eval.md); tuned part 93.9 (107/114) / 99.0 (95/96) / 100 before the nets learnt it, 97.4 /
	// 100 / 100 once they did and the engine read its tuned misses.
	"eval-v55": {"answered": 0.97, "declined": 0.98, "urgent": 1.0},
	// eval-v54 and eval-v56 were the twenty-fourth session's fresh sets (first runs 97.2 / 99.2 / 100 at
	// 97388e7 and 97.2 / 99.2 / 100 at 46e0236, testdata/eval.md), split in the twenty-fifth; tuned parts
	// 98.2 (112/114) / 99.0 (95/96) / 100 and 98.2 (112/114) / 100 / 100 then, before the nets learnt them.
	"eval-v54": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	"eval-v56": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	// eval-v58 arrived in the twenty-fifth session with its first run at 94.3 / 96.8 / 100 at f083640
	// (testdata/eval.md); tuned part 93.0 (106/114) / 97.9 (94/96) / 100 before the nets learnt it, 95.6 /
	// 100 / 100 once they did and the engine read markdown and lay words for skin conditions.
	"eval-v58": {"answered": 0.95, "declined": 0.98, "urgent": 1.0},
	// eval-v57 and eval-v59 were the twenty-fifth session's fresh sets (first runs 98.6 / 97.6 / 100 at
	// f083640 and 97.2 / 96.0 / 100 at 8366d72, testdata/eval.md), split in the twenty-sixth; tuned parts
	// 99.1 (113/114) / 96.9 (93/96) / 100 and 98.2 (112/114) / 95.8 (92/96) / 100 then, before the nets
	// learnt them.
	"eval-v57": {"answered": 0.98, "declined": 0.95, "urgent": 1.0},
	"eval-v59": {"answered": 0.98, "declined": 0.95, "urgent": 1.0},
	// eval-v60 arrived in the twenty-sixth session with its first run at 97.2 / 100 / 100 at 08ac63e
	// (testdata/eval.md); tuned part 96.5 (110/114) / 100 / 100 before the nets learnt it.
	"eval-v60": {"answered": 0.95, "declined": 0.98, "urgent": 1.0},
	// eval-v61 and eval-v62 were the twenty-sixth session's fresh sets (first runs 97.9 / 100 / 100 at
	// 08ac63e and 96.5 / 96.8 / 100 at 9e360a6, testdata/eval.md), split in the twenty-seventh; tuned
	// parts 98.2 (112/114) / 100 / 100 and 95.6 (109/114) / 95.8 (92/96) / 100 then, before the nets
	// learnt them.
	"eval-v61": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	"eval-v62": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v64 arrived in the twenty-seventh session with its first run at 93.6 / 97.6 / 96.7 at a3518d9
	// (testdata/eval.md); tuned part 93.9 (107/114) / 96.9 (93/96) / 95.7 (22/23) before the nets learnt
	// it and the rules read its missed emergency.
	"eval-v64": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v63 was the twenty-seventh session's fresh set (first run 95.0 / 99.2 / 100 at d6fc483,
	// testdata/eval.md), split in the twenty-eighth; tuned part 95.6 (109/114) / 99.0 (95/96) / 100
	// then, before the nets learnt it.
	"eval-v63": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v65 arrived in the twenty-eighth session with its first run at 97.2 / 95.2 / 100 at 95458f0
	// (testdata/eval.md); tuned part 98.2 (112/114) / 94.8 (91/96) / 100 before the nets learnt it.
	"eval-v65": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v67 and eval-v68 arrived in the twenty-eighth session with their first runs at 98.6 / 99.2 /
	// 100 and 95.7 / 96.0 / 100 at 6887d79 (testdata/eval.md); tuned parts 98.2 (112/114) / 100 / 100
	// and 95.6 (109/114) / 96.9 (93/96) / 100 before the nets learnt them.
	"eval-v67": {"answered": 0.98, "declined": 0.98, "urgent": 1.0},
	"eval-v68": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v70 and eval-v71 arrived in the twenty-ninth session with their first runs at 97.9 / 97.6 /
	// 100 and 93.6 / 100 / 100 at 060ad03 (testdata/eval.md); tuned parts 97.4 (111/114) / 99.0 (95/96)
	// / 100 and 94.7 (108/114) / 100 / 100 before the nets learnt them.
	"eval-v70": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v71": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v72 and eval-v73 were written in the twenty-ninth session and kept whole in
	// testdata/pending until the thirtieth split them; first runs 97.9 / 99.2 / 100 at f6842d6 and
	// 94.3 / 97.6 / 100 at 03af29b (testdata/eval.md); tuned parts 98.2 (112/114) / 99.0 (95/96) /
	// 100 and 96.5 (110/114) / 97.9 (94/96) / 100 at cadc038, before the nets learnt them.
	"eval-v72": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v73": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v74 and eval-v75 arrived in the thirtieth session with their first runs at 96.5 / 99.2 /
	// 100 and 97.2 / 98.4 / 100 at cadc038 (testdata/eval.md); tuned parts 97.4 (111/114) / 99.0
	// (95/96) / 100 and 98.2 (112/114) / 99.0 (95/96) / 100 before the nets learnt them.
	"eval-v74": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v75": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v76 and eval-v77 were written in the thirtieth session and kept whole in testdata/pending
	// until the thirty-first split them; first runs 96.5 / 99.2 / 100 at 0455a69 and 97.9 / 99.2 / 100
	// at 1d94d72 (testdata/eval.md); tuned parts 95.6 (109/114) / 99.0 (95/96) / 100 and 98.2 (112/114)
	// / 99.0 (95/96) / 100 at 8eca189, before the nets learnt them.
	"eval-v76": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v77": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v78 and eval-v79 arrived in the thirty-first session with their first runs at 95.7 / 97.6 /
	// 100 and 95.0 / 100 / 100 at 8eca189 (testdata/eval.md); tuned parts 96.5 (110/114) / 97.9 (94/96)
	// / 100 and 93.9 (107/114) / 100 / 100 before the nets learnt them.
	"eval-v78": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v79": {"answered": 0.93, "declined": 0.95, "urgent": 1.0},
	// eval-v80 and eval-v81 were written in the thirty-first session and kept whole in testdata/pending
	// until the thirty-second split them; first runs 96.5 / 99.2 / 100 at 58bfe50 and 97.2 / 100 / 100
	// at eab4da8 (testdata/eval.md); tuned parts 95.6 (109/114) / 99.0 (95/96) / 100 and 98.2 (112/114)
	// / 100 / 100 at 1170aee, before the nets learnt them.
	"eval-v80": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v81": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v82 arrived in the thirty-second session with its first run at 96.5 / 99.2 / 100 at 1170aee
	// (testdata/eval.md); tuned part 96.5 (110/114) / 99.0 (95/96) / 100 before the nets learnt it.
	"eval-v82": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v83 and eval-v84 were written in the thirty-second session and kept whole in testdata/pending
	// until the thirty-third split them; first runs 99.3 / 97.6 / 100 at 8a3f005 and 97.2 / 99.2 / 100
	// at 05d5319 (testdata/eval.md); tuned parts 100 (114/114) / 96.9 (93/96) / 100 and 96.5 (110/114)
	// / 100 / 100 at 0af8c36, before the nets learnt them.
	"eval-v83": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v84": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v85 arrived in the thirty-third session with its first run at 99.3 / 99.2 / 100 at 0af8c36
	// (testdata/eval.md); tuned part 99.1 (113/114) / 99.0 (95/96) / 100 before the nets learnt it.
	"eval-v85": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v86 and eval-v87 were written in the thirty-third session and kept whole in testdata/pending
	// until the thirty-fourth split them; first runs 97.2 / 98.4 / 100 at 40e13cd and 98.6 / 98.4 / 100
	// at 5660de6 (testdata/eval.md); tuned parts 99.1 (113/114) / 100 (96/96) / 100 and 98.2 (112/114)
	// / 97.9 (94/96) / 100 at f274c36, before the nets learnt them.
	"eval-v86": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v87": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v88 arrived in the thirty-fourth session with its first run at 96.5 / 98.4 / 100 at f274c36
	// (testdata/eval.md); tuned part 95.6 (109/114) / 99.0 (95/96) / 100 before the nets learnt it.
	"eval-v88": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v89 and eval-v90 were written in the thirty-fourth session and kept whole in testdata/pending
	// until the thirty-fifth split them; first runs 95.0 / 99.2 / 100 at bdb6980 and 93.6 / 99.2 / 100
	// at 08beacd (testdata/eval.md); tuned parts 97.4 (111/114) / 99.0 (95/96) / 100 and 94.7 (108/114)
	// / 100 / 100 at ef725e3, before the nets learnt them.
	"eval-v89": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v90": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v91 arrived in the thirty-fifth session with its first run at 97.2 / 98.4 / 100 at ef725e3
	// (testdata/eval.md); tuned part 97.4 (111/114) / 97.9 (94/96) / 100 before the nets learnt it.
	"eval-v91": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v92 and eval-v93 were written in the thirty-fifth session and kept whole in testdata/pending
	// until the thirty-sixth split them; first runs 98.6 / 100 / 100 at 27ee7ac and 98.6 / 99.2 / 100
	// at ceb73ef (testdata/eval.md); tuned parts 99.1 (113/114) / 100 / 100 and 98.2 (112/114) / 99.0
	// (95/96) / 100 at dfaf02f, before the nets learnt them.
	"eval-v92": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v93": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v94 arrived in the thirty-sixth session with its first run at 95.0 / 98.4 / 100 at dfaf02f
	// (testdata/eval.md); tuned part 94.7 (108/114) / 99.0 (95/96) / 100 before the nets learnt it, 98.2
	// (112/114) / 100 / 100 at the session's final build 8b6b736.
	"eval-v94": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v95 and eval-v96 were written in the thirty-sixth session and kept whole in testdata/pending
	// until the thirty-seventh split them; first runs 97.9 / 99.2 / 100 at d13c1eb and 98.6 / 100 / 100
	// at 8b6b736 (testdata/eval.md); tuned parts 99.1 (113/114) / 100 / 100 and 98.2 (112/114) / 100
	// / 100 at 92ee4fa, before the nets learnt them.
	"eval-v95": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v96": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v97 arrived in the thirty-seventh session with its first run at 98.6 / 99.2 / 100 at 92ee4fa
	// (testdata/eval.md); tuned part 98.2 (112/114) / 99.0 (95/96) / 100 before the nets learnt it.
	"eval-v97": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v98 and eval-v99 were written in the thirty-seventh session and kept whole in testdata/pending
	// until the thirty-eighth split them; first runs 97.2 / 99.2 / 100 at the mid build f8c0105 and 96.5
	// / 98.4 / 100 at the final build 81cbad1 (testdata/eval.md); tuned parts 97.4 (111/114) / 99.0
	// (95/96) / 100 and 96.5 (110/114) / 100 / 100 at 5605bcd, before the nets learnt them.
	"eval-v98": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v99": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v100 arrived in the thirty-eighth session with its first run at 95.7 / 100 / 100 at 5605bcd
	// (testdata/eval.md); tuned part 95.6 (109/114) / 100 (96/96) / 100 before the nets learnt it.
	"eval-v100": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v101 and eval-v102 were written in the thirty-eighth session and kept whole in testdata/pending
	// until the thirty-ninth split them; first runs 98.6 / 99.2 / 96.7 at the mid build 18f5a5c and 97.9
	// / 98.4 / 100 at the final build 59c276f (testdata/eval.md); tuned parts 100 (109/109) / 100 / 100
	// and 97.2 (106/109) / 98.0 (98/100) / 100 at 75634b1, before the nets learnt them.
	"eval-v101": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v102": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v103 arrived in the thirty-ninth session with its first run at 97.9 / 100 / 100 at 75634b1
	// (testdata/eval.md); tuned part 97.2 (106/109) / 100 (100/100) / 100 before the nets learnt it.
	"eval-v103": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v104 and eval-v105 were written in the thirty-ninth session and kept whole in testdata/pending
	// until the fortieth split them; first runs 98.6 / 100 / 100 at the mid build e9366e0 and 95.0 / 100
	// / 100 at the final build 5059ba0 (testdata/eval.md); tuned parts 99.1 (108/109) / 100 / 100 and
	// 94.5 (103/109) / 100 / 100 at 1b19c48, before the nets learnt them.
	"eval-v104": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v105": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v106 arrived in the fortieth session with its first run at 96.5 / 99.2 / 100 at 1b19c48
	// (testdata/eval.md); tuned part 96.3 (105/109) / 99.0 (99/100) / 100 before the nets learnt it.
	"eval-v106": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v107 and eval-v108 were written in the fortieth session and kept whole in testdata/pending
	// until the forty-first split them; first runs 97.9 / 99.2 / 100 at the mid build 0935698 and 98.6
	// / 100 / 100 at the final build 156d3a2 (testdata/eval.md); tuned parts 98.2 (107/109) / 100 / 100
	// and 99.1 (108/109) / 100 / 100 at e425449, before the nets learnt them.
	"eval-v107": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v108": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v109 arrived in the forty-first session with its first run at 96.5 / 99.2 / 100 at e425449
	// (testdata/eval.md); tuned part 95.4 (104/109) / 99.0 (99/100) / 100 before the nets learnt it.
	"eval-v109": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v110 and eval-v111 arrived in the forty-first session, kept unread until its mid build 658bd80
	// (97.9 / 99.2 / 100) and final build 097fb40 (97.2 / 99.2 / 100) (testdata/eval.md); split in the
	// forty-second, tuned parts 98.2 (107/109) / 100 / 100 and 97.2 (106/109) / 99.0 (99/100) / 100 at
	// a62c3a4, before the nets learnt them.
	"eval-v110": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v111": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v114 arrived in the forty-second session with its first run at 97.2 / 97.6 / 100 at a62c3a4
	// (testdata/eval.md); tuned part 96.3 (105/109) / 97.0 (97/100) / 100 before the nets learnt it.
	"eval-v114": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v112 and eval-v113 arrived in the forty-second session, kept unread until its mid build
	// (97.9 / 99.2 / 100) and final build 8e5707d (92.9 / 99.2 / 100) (testdata/eval.md); split in the
	// forty-third, tuned parts 98.2 (107/109) / 100 / 100 and 94.5 (103/109) / 99.0 (99/100) / 100 at
	// de3bef6, before the nets learnt them.
	"eval-v112": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v113": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v117 arrived in the forty-third session with its first run at 98.6 / 100 / 100 at de3bef6
	// (testdata/eval.md); tuned part 98.2 (107/109) / 100 / 100 before the nets learnt it.
	"eval-v117": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v115 and eval-v116 arrived in the forty-third session, kept unread until its final build
	// 5c7d948 (96.5 / 99.2 / 100) and mid build 648c42a (95.7 / 100 / 100) (testdata/eval.md); split in
	// the forty-fourth, tuned parts 96.3 (105/109) / 100 / 100 and 97.2 (106/109) / 100 / 100 at 5a359b0,
	// before the nets learnt them.
	"eval-v115": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v116": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v120 arrived in the forty-fourth session with its first run at 97.9 / 99.2 / 100 at 5a359b0
	// (testdata/eval.md); tuned part 98.2 (107/109) / 99.0 (99/100) / 100 before the nets learnt it.
	"eval-v120": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v118 and eval-v119 arrived in the forty-fourth session, kept unread until its mid build
	// c5370e5 (97.9 / 98.4 / 100) and final build 23585b1 (96.5 / 100 / 100) (testdata/eval.md); split in
	// the forty-fifth, tuned parts 98.2 (107/109) / 100 / 100 and 96.3 (105/109) / 100 / 100 at 899d17b,
	// before the nets learnt them.
	"eval-v118": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v119": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v121 arrived in the forty-fifth session with its first run at 95.7 / 98.4 / 100 at 899d17b
	// (testdata/eval.md); tuned part 95.4 (104/109) / 98.0 (98/100) / 100 before the nets learnt it.
	"eval-v121": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v122 and eval-v123 arrived in the forty-fifth session, kept unread until its mid build
	// 158adb9 (97.2 / 99.2 / 100) and final build fb9316f (98.6 / 99.2 / 96.7) (testdata/eval.md); split
	// in the forty-sixth, tuned parts 98.2 (107/109) / 100 / 100 and 99.1 (108/109) / 99.0 (99/100) / 100
	// at 2b970f0, before the nets learnt them.
	"eval-v122": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v123": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v124 arrived in the forty-sixth session with its first run at 98.6 / 100 / 100 at 2b970f0
	// (testdata/eval.md); tuned part 98.2 (107/109) / 100 / 100 before the nets learnt it.
	"eval-v124": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v125 and eval-v126 arrived in the forty-sixth session, kept unread until its final build
	// 143ba96 (97.2 / 100 / 100) and mid build ff9bcb0 (97.2 / 100 / 100) (testdata/eval.md); split in the
	// forty-seventh, tuned parts 96.3 (105/109) / 100 / 100 and 98.2 (107/109) / 100 / 100 at bd10df6,
	// before the nets learnt them.
	"eval-v125": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	"eval-v126": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
	// eval-v129 arrived in the forty-seventh session with its first run at 96.5 / 98.4 / 100 at bd10df6
	// (testdata/eval.md); tuned part 96.3 (105/109) / 98.0 (98/100) / 100 before the nets learnt it.
	"eval-v129": {"answered": 0.95, "declined": 0.95, "urgent": 1.0},
}

func evaluate(t *testing.T, file string) {
	cases := loadEval(t, file)
	res := runEval(t, cases)
	floors := evalFloors
	if r, ok := ratchets[strings.TrimSuffix(filepath.Base(file), ".jsonl")]; ok {
		floors = r
	}
	total := map[string]int{}
	good := map[string]int{}
	byKind := map[string][2]int{}
	var misses []string
	for _, o := range res {
		if o.Expect == "any" {
			continue
		}
		total[o.Expect]++
		k := byKind[o.Expect+"/"+o.Kind]
		k[1]++
		if o.ok {
			good[o.Expect]++
			k[0]++
		} else {
			top := ""
			if len(o.got.Matches) > 0 {
				top = fmt.Sprintf(" top=%s %.3f", o.got.Matches[0].ID, o.got.Matches[0].Score)
			}
			misses = append(misses, fmt.Sprintf("%-8s got %-8s%s cites[%s] %q", o.Expect, o.got.Status, top, o.citation, o.Question))
		}
		byKind[o.Expect+"/"+o.Kind] = k
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("  %-28s %3d/%-3d", k, byKind[k][0], byKind[k][1])
	}
	for _, m := range misses {
		t.Logf("miss: %s", m)
	}
	for _, exp := range []string{"answered", "declined", "urgent"} {
		rate := float64(good[exp]) / float64(total[exp])
		label := map[string]string{"answered": "in-scope cite a right section", "declined": "out-of-scope declined", "urgent": "urgent sent to care"}[exp]
		t.Logf("%-32s %5.1f%% (%d/%d), floor %.0f%%", label, 100*rate, good[exp], total[exp], 100*floors[exp])
		if rate < floors[exp] {
			t.Errorf("%s: %.1f%% is below the floor of %.0f%%", label, 100*rate, 100*floors[exp])
		}
	}
	if total["answered"] < 60 || total["declined"] < 30 || total["urgent"] < 10 {
		t.Errorf("evaluation set too small: %v", total)
	}
}

// The evaluation sets measure how exobot does on new wordings, so none of
// their questions may be one of the corpus's own phrasings.
//
// coincidences are the exceptions: questions an independent writer, who saw
// only the article, happened to word exactly as a phrasing the corpus had
// long had (all by 2026-12-01, before eval-v4 to eval-v13 were
// written).
// They stay in the set, as written; an entry here must name a phrasing older
// than its set.
var coincidences = map[string]bool{
	"eval-v4.jsonl: what's the bottom line on exosomes in skincare":                                    true,
	"eval-v4.jsonl: who are exosomes for":                                                              true,
	"eval-v4.jsonl: so whats the verdict on exosomes":                                                  true,
	"eval-v5.jsonl: why are exosome serums so pricey":                                                  true,
	"eval-v6.jsonl: are exosome skincare products fda approved":                                        true,
	"eval-v6.jsonl: are exosomes the future of skincare":                                               true,
	"eval-v6.jsonl: are exosome products tested on animals":                                            true,
	"eval-v7.jsonl: what are exosomes":                                                                 true,
	"eval-v7.jsonl: do exosomes work for skin":                                                         true,
	"eval-v7.jsonl: what kinds of products contain exosomes":                                           true,
	"eval-v8.jsonl: are exosome skincare products fda approved":                                        true,
	"eval-v9.jsonl: are exosome skincare products fda approved":                                        true,
	"eval-v10.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v10.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v10.jsonl: which brands are using exosomes":                                                  true,
	"eval-v12.jsonl: what are exosomes":                                                                true,
	"eval-v12.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v13.jsonl: do exosomes help skin heal after a laser treatment":                               true,
	"eval-v13.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v15.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v15.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v17.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v17.jsonl: what does a dermatologist look for before recommending a new skincare ingredient": true,
	"eval-v18.jsonl: are exosome products tested on animals":                                           true,
	"eval-v19.jsonl: should i hold off on exosomes until there's more research":                        true,
	"eval-v19.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v19.jsonl: how often should i get exosome treatments":                                        true,
	"eval-v19.jsonl: is exosome treatment covered by insurance":                                        true,
	"eval-v22.jsonl: give me the short version on exosomes":                                            true,
	"eval-v26.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v26.jsonl: are exosome products tested on animals":                                           true,
	"eval-v27.jsonl: are exosome products tested on animals":                                           true,
	"eval-v28.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v28.jsonl: is exosome serum safe":                                                            true,
	"eval-v29.jsonl: are exosome products tested on animals":                                           true,
	"eval-v34.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v35.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v39.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v39.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v40.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v40.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v41.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v42.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v43.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v43.jsonl: exosomes for rosacea":                                                             true,
	"eval-v44.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v44.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v45.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v45.jsonl: who are exosomes actually meant for":                                              true,
	"eval-v45.jsonl: exosomes for acne scars":                                                          true,
	"eval-v46.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v47.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v48.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v49.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v50.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v51.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v52.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v52.jsonl: are exosome products tested on animals":                                           true,
	"eval-v53.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v54.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v54.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v56.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v58.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v58.jsonl: who are exosomes for":                                                             true,
	"eval-v58.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v57.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v57.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v59.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v59.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v60.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v60.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v61.jsonl: can an exosome serum replace my retinol":                                          true,
	"eval-v62.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v62.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v64.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v63.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v68.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v68.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v70.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v71.jsonl: do exosomes help skin heal after a laser treatment":                               true,
	"eval-v72.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v74.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v75.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v75.jsonl: who might benefit from exosomes":                                                  true,
	"eval-v76.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v77.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v78.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v78.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v80.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v80.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v80.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v81.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v81.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v82.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v83.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v83.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v84.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v84.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v85.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v85.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v86.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v87.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v87.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v89.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v90.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v91.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v91.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v92.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v92.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v92.jsonl: are exosome products tested on animals":                                           true,
	"eval-v93.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v93.jsonl: should i hold off on exosomes until there's more research":                        true,
	"eval-v95.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v95.jsonl: are exosome products tested on animals":                                           true,
	"eval-v96.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v96.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v98.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v99.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v99.jsonl: are exosome skincare products fda approved":                                       true,
	"eval-v99.jsonl: what's the bottom line on exosomes in skincare":                                   true,
	"eval-v100.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v101.jsonl: do exosomes actually work in skincare":                                           true,
	"eval-v101.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v104.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v105.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v107.jsonl: how often should i get exosome treatments":                                       true,
	"eval-v108.jsonl: do exosomes actually work in skincare":                                           true,
	"eval-v108.jsonl: are exosome skincare products fda approved":                                      true,
	"eval-v108.jsonl: who are exosomes actually meant for":                                             true,
	"eval-v111.jsonl: do exosomes actually work in skincare":                                           true,
	"eval-v112.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v114.jsonl: are exosome skincare products fda approved":                                      true,
	"eval-v120.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v119.jsonl: do exosomes actually work in skincare":                                           true,
	"eval-v119.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v121.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v123.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v125.jsonl: are exosome skincare products fda approved":                                      true,
	"eval-v129.jsonl: what's the bottom line on exosomes in skincare":                                  true,
	"eval-v129.jsonl: are exosomes safe to use":                                                        true,
	"eval-v114.jsonl: are exosomes magic":                                                              true,
	"eval-v97.jsonl: do exosomes actually work in skincare":                                            true,
	"eval-v97.jsonl: what's the bottom line on exosomes in skincare":                                   true,
}

func TestEvaluationSetsAreIndependentOfTheCorpus(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "’", "'")), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
		}), " ")
	}
	phrasings := map[string]string{}
	for _, e := range c.Entries {
		for _, p := range append([]string{e.Question}, e.Alternates...) {
			phrasings[norm(p)] = e.ID
		}
	}
	files, _ := filepath.Glob("testdata/eval*.jsonl")
	for _, f := range files {
		for _, ec := range loadEval(t, f) {
			if id, ok := phrasings[norm(ec.Question)]; ok && !coincidences[filepath.Base(f)+": "+norm(ec.Question)] {
				t.Errorf("%s: %q is a phrasing of corpus entry %s", filepath.Base(f), ec.Question, id)
			}
		}
	}
}

// TestEvaluationHoldback runs the held-back sets (testdata/holdback) as a
// figure only: rates per category and overall, never the questions, so
// that nobody tunes the engine to them. Fixes made on the other sets either
// generalise to these or they do not. Emergencies must all be caught.
//
// The fresh sets (testdata/fresh) run the same way: whole sets written by
// new writers, run untouched once (their first runs are in
// testdata/eval.md) and not yet split into a tuned part and a held-back
// quarter, nor learnt by the nets.
func TestEvaluationHoldback(t *testing.T) {
	files, _ := filepath.Glob("testdata/holdback/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no held-back sets")
	}
	fresh, _ := filepath.Glob("testdata/fresh/*.jsonl")
	for _, f := range append(files, fresh...) {
		res := runEval(t, loadEval(t, f))
		good, total := map[string]int{}, map[string]int{}
		for _, o := range res {
			if o.Expect == "any" {
				continue
			}
			total[o.Expect]++
			if o.ok {
				good[o.Expect]++
			}
		}
		for _, exp := range []string{"answered", "declined", "urgent"} {
			t.Logf("%s: %-9s %5.1f%% (%d/%d)", filepath.Base(f), exp, 100*float64(good[exp])/float64(max(1, total[exp])), good[exp], total[exp])
		}
		if good["urgent"] < total["urgent"] {
			t.Errorf("%s: %d of %d emergencies not sent to care", filepath.Base(f), total["urgent"]-good["urgent"], total["urgent"])
		}
	}
}
