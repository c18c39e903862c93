package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"exobot/bot"
)

// appendReplyJSON writes what json.Marshal writes, on the replies to every
// evaluation question and on replies with odd strings and numbers.
func TestAppendReplyJSON_AsMarshal(t *testing.T) {
	eng, closeEngine, err := newEngine(quietLogger(func(string) string { return "" }, os.Stderr))
	if err != nil {
		t.Fatal(err)
	}
	defer closeEngine()
	files, _ := filepath.Glob("testdata/*.jsonl")
	more, _ := filepath.Glob("testdata/holdback/*.jsonl")
	var qs []string
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			var c struct{ Question string }
			if json.Unmarshal([]byte(l), &c) == nil && c.Question != "" {
				qs = append(qs, c.Question)
			}
		}
	}
	qs = append(qs, "", "hi", strings.Repeat("x", 3000), "my throat is closing", "<b>&amp;</b> \u2028\u2029 \x00\x1f\x7f \xff\xfe é")
	if len(qs) < 2000 {
		t.Fatalf("only %d questions", len(qs))
	}
	ctx := context.Background()
	for _, q := range qs {
		r := eng.Answer(ctx, bot.Question{Text: q, Platform: "cli", User: "cli"})
		compareReplyJSON(t, q, r)
	}
	odd := "<a href=\"x\">&</a>\\ \b\f\n\r\t\x01\u2028\u2029\xc3 ok ünï 🙂"
	for _, score := range []float64{0, 1, -1, 0.1, 1.0 / 3, 1e-7, 5e-324, 1e21, 1e20, -2.5e-9, 123456789.125} {
		compareReplyJSON(t, odd, bot.Reply{
			Status: bot.StatusUrgent, Reason: bot.Reason(odd), NotCovered: odd, Answer: odd, Disclaimer: odd,
			Citations: []bot.Citation{{Source: odd, Section: odd, Quote: odd}, {Version: odd}},
			Matches:   []bot.Match{{ID: odd, Question: odd, Score: score}, {}},
			Related:   []bot.Suggestion{{Question: odd}, {}}, Error: odd, Urgency: bot.Urgency(odd), Relayed: true,
		})
	}
	compareReplyJSON(t, "q", bot.Reply{Citations: []bot.Citation{}, Matches: []bot.Match{}, Related: []bot.Suggestion{}})
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		compareReplyJSON(t, "q", bot.Reply{Matches: []bot.Match{{Score: bad}}})
	}
}

func compareReplyJSON(t *testing.T, q string, r bot.Reply) {
	t.Helper()
	want, wantErr := json.Marshal(toJSON(q, r))
	got, err := appendReplyJSON([]byte("x"), r.AppendText(nil), q, r)
	var e replyEncoder
	for range 2 { // the buffers reused
		if b, encErr := e.encode(q, r); (encErr == nil) != (err == nil) || err == nil && string(b) != string(got[1:]) {
			t.Fatalf("%q: encode gives %s, %v; appendReplyJSON %s, %v", q, b, encErr, got[1:], err)
		}
	}
	if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("%q: error %v, want %v", q, err, wantErr)
	}
	if wantErr == nil && string(got) != "x"+string(want) {
		t.Fatalf("%q:\n got %s\nwant %s", q, got[1:], want)
	}
}

func FuzzAppendReplyJSON(f *testing.F) {
	f.Add("q", "text <&> \u2028", "sec\xff", 0.5)
	f.Fuzz(func(t *testing.T, q, a, s string, score float64) {
		compareReplyJSON(t, q, bot.Reply{
			Status: bot.Status(s), Answer: a, Disclaimer: s, NotCovered: q,
			Citations: []bot.Citation{{Source: s, Section: a, Quote: q, Version: s}},
			Matches:   []bot.Match{{ID: s, Question: a, Score: score}},
			Related:   []bot.Suggestion{{Question: a}},
		})
	})
}
