package bot_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"exobot/bot"
)

// triageCase is one case of a triage set (testdata/triage*.jsonl), written
// by someone who had not seen the screen's code.
type triageCase struct {
	Question string `json:"question"`
	Expect   string `json:"expect"` // urgent | not_urgent
	Group    string `json:"group"`
	Kind     string `json:"kind"`
	Note     string `json:"note"`
}

func readTriageSet(t *testing.T, path string) []triageCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []triageCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c triageCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if c.Expect != "urgent" && c.Expect != "not_urgent" {
			t.Fatalf("%s:%d: expect %q", path, n, c.Expect)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestScreen_TriageSet holds the screen to the triage set: every emergency
// caught and at most 1% false alarms among the messages that only sound
// alarming. With -v it prints the rates per group and kind, and the totals
// of the holdback set (which is never looked at case by case and holds no
// floor: it says whether the fixes generalise).
//
//	go test ./bot -run TriageSet -v
func TestScreen_TriageSet(t *testing.T) {
	cases := readTriageSet(t, "testdata/triage.jsonl")
	if len(cases) < 350 {
		t.Fatalf("%d cases, want at least 350", len(cases))
	}
	type tally struct{ n, hit int }
	per := map[string]*tally{}
	var urgent, caught, calm, alarms int
	for _, c := range cases {
		s := bot.Screen(c.Question)
		key := fmt.Sprintf("%-10s %-12s %s", c.Expect, c.Group, c.Kind)
		if per[key] == nil {
			per[key] = &tally{}
		}
		per[key].n++
		switch {
		case c.Expect == "urgent":
			urgent++
			if s.Urgent() {
				caught++
				per[key].hit++
			} else {
				t.Errorf("missed [%s/%s]: %q", c.Group, c.Kind, c.Question)
			}
		default:
			calm++
			if s.Urgent() {
				alarms++
				per[key].hit++
				t.Logf("false alarm [%s] %q: %s", c.Kind, c.Question, s.Urgency)
			}
		}
	}
	keys := make([]string, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s  %d/%d", k, per[k].hit, per[k].n)
	}
	t.Logf("emergencies caught %d/%d (%.1f%%), false alarms %d/%d (%.1f%%)", caught, urgent, pct(caught, urgent), alarms, calm, pct(alarms, calm))
	if urgent < 200 || calm < 150 {
		t.Errorf("%d emergencies and %d others, want at least 200 and 150", urgent, calm)
	}
	if float64(alarms) > 0.01*float64(calm) {
		t.Errorf("false alarms %d/%d, want at most 1%%", alarms, calm)
	}

	// The holdback set: totals only.
	hold := readTriageSet(t, "testdata/triage-holdback.jsonl")
	var hu, hc, hn, ha int
	for _, c := range hold {
		s := bot.Screen(c.Question).Urgent()
		if c.Expect == "urgent" {
			hu++
			if s {
				hc++
			}
		} else {
			hn++
			if s {
				ha++
			}
		}
	}
	t.Logf("holdback (totals only): emergencies caught %d/%d (%.1f%%), false alarms %d/%d (%.1f%%)", hc, hu, pct(hc, hu), ha, hn, pct(ha, hn))
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
