package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"exobot/bot"
	"exobot/corpus"
	"exobot/store"
)

// reportFixture records a fixed week of questions and clicks in a new
// embedded store in dir and returns the store.
func reportFixture(t *testing.T, dir string) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	at := time.Date(2025, 5, 12, 9, 30, 0, 0, time.UTC)
	q := func(user string, ev bot.QuestionEvent) {
		ev.At, ev.Platform, ev.User = at, "slack", user
		st.RecordQuestion(ctx, ev)
	}
	declined := func(user, text, near string, suggested ...string) {
		q(user, bot.QuestionEvent{Status: bot.StatusNoMatch, Text: text, Confidence: 0.31,
			Candidates: []bot.Match{{ID: near, Score: 0.31}}, Suggested: suggested})
	}
	answered := func(user, entry string) {
		q(user, bot.QuestionEvent{Status: bot.StatusAnswered, EntryID: entry, Confidence: 0.9, Candidates: []bot.Match{{ID: entry, Score: 0.9}}})
	}
	answered("U1", "are-exosomes-fda-approved")
	answered("U2", "are-exosomes-fda-approved")
	answered("U3", "exosomes-inflammation")
	declined("U1", "can exosomes fade my [number] year old scars?", "exosomes-healing-after-laser", "exosomes-healing-after-laser", "do-exosomes-work")
	declined("U2", "Can exosomes fade my [number] year old scars", "exosomes-healing-after-laser")
	declined("U4", "is the glow from exosomes real or just [url] marketing", "avoid-marketing-fluff", "avoid-marketing-fluff")
	declined("U5", "", "what-are-exosomes")
	q("U6", bot.QuestionEvent{Status: bot.StatusNoMatch, NotCovered: "exosomes for hair loss", Candidates: []bot.Match{{ID: "not-covered-hair", Score: 0.8}}})
	q("U7", bot.QuestionEvent{Status: bot.StatusUrgent})
	q("U8", bot.QuestionEvent{Status: bot.StatusHelp})
	// U1 and U4 choose a suggestion.
	at = at.Add(time.Minute)
	q("U1", bot.QuestionEvent{Status: bot.StatusAnswered, EntryID: "exosomes-healing-after-laser", AskedEntry: "exosomes-healing-after-laser"})
	q("U4", bot.QuestionEvent{Status: bot.StatusAnswered, EntryID: "avoid-marketing-fluff", AskedEntry: "avoid-marketing-fluff"})
	for _, f := range []bot.FeedbackEvent{
		{EntryID: "are-exosomes-fda-approved", Helpful: true},
		{EntryID: "are-exosomes-fda-approved", Helpful: true},
		{EntryID: "exosomes-inflammation", Helpful: false},
		{EntryID: "exosomes-inflammation", Helpful: true},
	} {
		f.At, f.Platform = at, "discord"
		st.RecordFeedback(ctx, f)
	}
	if err := st.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update if intended):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestReport_GoldenTextJSONAndSuggestions(t *testing.T) {
	st := reportFixture(t, t.TempDir())
	rep, err := st.Report(context.Background(), time.Date(2025, 5, 5, 9, 30, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var text, js, yaml bytes.Buffer
	if err := writeReportText(&text, rep, "7d"); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report.txt", text.Bytes())
	if err := writeReportJSON(&js, rep); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report.json", js.Bytes())
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := writeSuggestions(&yaml, rep, c, "corpus"); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report-suggest.yaml", yaml.Bytes())

	// The JSON has the fields curators' tools read.
	var m map[string]any
	if err := json.Unmarshal(js.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"questions", "unanswered", "not_covered", "feedback", "suggested_phrasings"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
}

func TestReport_CommandReadsTheDataDirectory(t *testing.T) {
	dir := t.TempDir()
	st := reportFixture(t, dir)
	st.Close(context.Background())
	env := map[string]string{envDataDir: dir}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"report", "--since", "36500d", "--json"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb)
	if code := exitCode(err, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep store.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if rep.Questions["answered"] != 5 || len(rep.SuggestedPhrasings) != 2 {
		t.Errorf("report = %+v", rep)
	}
	// A report of the last minute (years after the fixture) is empty.
	out.Reset()
	err = run(context.Background(), []string{"report", "--since", "1m"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb)
	if code := exitCode(err, &errb); code != 0 || !strings.Contains(out.String(), "Questions: 0") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}
}

func TestReport_ClearErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none")
	tests := []struct {
		name string
		args []string
		env  map[string]string
		code int
		want string
	}{
		{"nothing recorded", []string{"report"}, map[string]string{envDataDir: missing}, 1, "nothing recorded in " + missing},
		{"bad period", []string{"report", "--since", "week"}, nil, 2, "--since wants a period"},
		{"json and suggest", []string{"report", "--json", "--suggest"}, nil, 2, "cannot be used together"},
		{"argument", []string{"report", "7d"}, nil, 2, "takes no arguments"},
		{"bad url", []string{"report"}, map[string]string{envDatabaseURL: "mysql://u:secretpw@h/db"}, 2, envDatabaseURL + " must be a PostgreSQL URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), tt.args, func(k string) string { return tt.env[k] }, strings.NewReader(""), &out, &errb)
			code := exitCode(err, &errb)
			if code != tt.code || !strings.Contains(errb.String(), tt.want) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, tt.code, errb.String(), tt.want)
			}
			if strings.Contains(errb.String(), "secretpw") {
				t.Error("stderr shows the password")
			}
			if _, err := os.Stat(missing); err == nil {
				t.Error("report created the data directory")
			}
		})
	}
}
