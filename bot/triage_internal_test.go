package bot

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// screenSlow screens like screenPart with quick rejection off: every
// detector runs on every text.
func screenSlow(s string) Screening {
	toks := tokenize(s)
	if len(toks) == 0 {
		return Screening{}
	}
	x := newText(toks)
	x.quick = false
	return decide(x)
}

// explain lists the signs the detectors find in s, for a failing test's
// message: kind, group, weak or strong, relayed.
func explain(s string) string {
	x := newText(tokenize(s))
	var b strings.Builder
	for i := range detectors {
		if sig, ok := x.find(&detectors[i]); ok {
			fmt.Fprintf(&b, "[%s %s weak=%v relayed=%v] ", sig.kind, sig.group, sig.weak, sig.relayed)
		}
	}
	if b.Len() == 0 {
		var keys []string
		for _, t := range x.toks {
			keys = append(keys, t.key)
		}
		return "no signs; tokens: " + strings.Join(keys, "|")
	}
	return b.String()
}

// Explain is explain for the external tests.
func Explain(s string) string { return explain(s) }

// evalQuestions returns every question of the evaluation and triage sets.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, g := range []string{"../cmd/exobot/testdata/eval*.jsonl", "testdata/triage*.jsonl"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no evaluation files")
	}
	var qs []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct{ Question string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			qs = append(qs, c.Question)
		}
		fh.Close()
	}
	return qs
}

// The fast path (a detector whose words are absent is skipped without
// looking) must never hide an emergency the detectors would find: on every
// evaluation and triage question, and on the unit tests' examples, the
// screen with and without it agree.
func TestScreen_FastPathHidesNothing(t *testing.T) {
	qs := append(evalQuestions(t), triageExamples()...)
	if len(qs) < 300 {
		t.Fatalf("only %d questions checked", len(qs))
	}
	for _, q := range qs {
		if fast, slow := screenPart(q), screenSlow(q); fast != slow {
			t.Errorf("%q: fast path %+v, every detector %+v", q, fast, slow)
		}
	}
}

// CountScreens runs f and returns how many times Screen screened text
// meanwhile. Tests that use it must not run in parallel with each other.
func CountScreens(t *testing.T, text string, f func()) int {
	t.Helper()
	var n atomic.Int64
	hook := func(s string) {
		if s == text {
			n.Add(1)
		}
	}
	screenHook.Store(&hook)
	t.Cleanup(func() { screenHook.Store(nil) })
	f()
	screenHook.Store(nil)
	return int(n.Load())
}

func TestExplain(t *testing.T) {
	s := os.Getenv("TRIAGE_EXPLAIN")
	if s == "" {
		t.Skip("set TRIAGE_EXPLAIN to a message to see the signs the screen finds in it")
	}
	for _, line := range strings.Split(s, "\n") {
		t.Logf("%q: %+v %s", line, Screen(line), explain(line))
	}
}
