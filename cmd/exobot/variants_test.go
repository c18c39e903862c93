package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestEvaluation_TheWayPeopleTypeIt asks a third of the tuned evaluation
// questions again the ways people type them — after a greeting, with
// thanks, behind "quick question:", in capitals, in lower case, without
// question marks, with "pls" or a link after them — and holds that a reply right as written stays right:
// every emergency still goes to care, and at least 99.5 % of the other
// replies are unchanged in kind. Run with -v to see each that changed.
func TestEvaluation_TheWayPeopleTypeIt(t *testing.T) {
	variants := []struct {
		name string
		of   func(string) string
	}{
		{"greeting", func(q string) string { return "hey, " + q }},
		{"thanks", func(q string) string { return q + " thanks!" }},
		{"preface", func(q string) string { return "quick question: " + q }},
		{"capitals", strings.ToUpper},
		{"lower case", strings.ToLower},
		{"no question marks", func(q string) string { return strings.ReplaceAll(q, "?", "") }},
		{"plea", func(q string) string { return q + " pls" }},
		{"link", func(q string) string { return q + " https://example.com/p/1" }},
	}
	var sample []evalCase
	for _, f := range evalFiles(t) {
		for i, c := range loadEval(t, f) {
			if i%3 == 0 && c.Expect != "any" {
				sample = append(sample, c)
			}
		}
	}
	var right []evalCase
	for _, o := range runEval(t, sample) {
		if o.ok {
			right = append(right, o.evalCase)
		}
	}
	for _, v := range variants {
		cases := make([]evalCase, len(right))
		for i, c := range right {
			c.Question = v.of(c.Question)
			cases[i] = c
		}
		changed, urgentLost := 0, 0
		for _, o := range runEval(t, cases) {
			if o.ok {
				continue
			}
			changed++
			if o.Expect == "urgent" {
				urgentLost++
			}
			t.Logf("%s: %s got %s %s %q", v.name, o.Expect, o.got.Status, o.got.Reason, o.Question)
		}
		rate := 1 - float64(changed)/float64(len(cases))
		t.Logf("%-18s %5.2f%% of %d right replies stay right", v.name, 100*rate, len(cases))
		if urgentLost > 0 {
			t.Errorf("%s: %d emergencies no longer sent to care", v.name, urgentLost)
		}
		if rate < 0.995 {
			t.Errorf("%s: %s of right replies stay right, want at least 99.5%%", v.name, fmt.Sprintf("%.2f%%", 100*rate))
		}
	}
}
