package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// The trigger prefilter must never hide an emergency the patterns would
// find: on every evaluation question, triage with and without it agree.
func TestTriage_PrefilterHidesNothing(t *testing.T) {
	files, _ := filepath.Glob("../cmd/exobot/testdata/eval*.jsonl")
	if len(files) == 0 {
		t.Fatal("no evaluation files")
	}
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var c struct{ Question string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			norm := normalize(clean(c.Question))
			full := anyMatch(selfHarmPatterns, norm) || anyMatch(medicalPatterns, norm)
			if full && !mayBeUrgent(norm) {
				t.Errorf("%s: the prefilter hides an emergency: %q", filepath.Base(f), c.Question)
			}
			n++
		}
		fh.Close()
	}
	if n < 100 {
		t.Fatalf("only %d questions checked", n)
	}
}

func BenchmarkTriage(b *testing.B) {
	qs := []string{
		"what are exosomes",
		"I had CO2 laser last week and the medspa is upselling an exosome serum for $400, is it worth it or should I stick with my regular stuff",
		"my throat is closing up after the serum",
		"a patient is asking if our exosome add-on is FDA approved, what should I tell them",
	}
	for i := 0; i < b.N; i++ {
		triage(normalize(qs[i%len(qs)]))
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
