package bot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevEval lists the misses and false alarms of the screen on a set
// (DEV_EVAL=glob, relative to bot/), for development. DEV_TOTALS=1 prints
// only the totals (the only way to run a holdback set); DEV_RULES=1 screens
// by the rules alone, without the safety net, to see what they catch.
func TestDevEval(t *testing.T) {
	pat := os.Getenv("DEV_EVAL")
	if pat == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(pat)
	for _, f := range files {
		// The glob is checked file by file: "testdata/triage*.jsonl" takes
		// in the held-back quarters too.
		if strings.Contains(f, "holdback") && os.Getenv("DEV_TOTALS") == "" {
			t.Fatalf("%s is held back: read as totals only (DEV_TOTALS=1)", f)
		}
	}
	miss, fa, nu, nn := 0, 0, 0, 0
	for _, f := range files {
		for _, c := range readJSONLines[struct{ Question, Expect, Group, Kind string }](t, f) {
			s := Screen(c.Question)
			if os.Getenv("DEV_RULES") != "" {
				s = rulesScreen(c.Question)
			}
			want := c.Expect == "urgent"
			if want {
				nu++
			} else {
				nn++
			}
			if s.Urgent() != want && os.Getenv("DEV_TOTALS") != "" {
				if want {
					miss++
				} else {
					fa++
				}
				continue
			}
			if s.Urgent() != want {
				if want {
					miss++
					t.Logf("MISS [%s/%s] %q  %s", c.Group, c.Kind, c.Question, explain(c.Question))
				} else {
					fa++
					t.Logf("FALSE [%s] %q -> %+v %s", c.Kind, c.Question, s, explain(c.Question))
				}
			} else if want && os.Getenv("DEV_GROUPS") != "" {
				t.Logf("ok [%s/%s] %q -> %+v", c.Group, c.Kind, c.Question, s)
			}
		}
	}
	t.Logf("urgent caught %d/%d, false alarms %d/%d", nu-miss, nu, fa, nn)
}
