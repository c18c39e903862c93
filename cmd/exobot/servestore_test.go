package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/store"
)

// testDataDir is the data directory of serve tests that set none, so that
// no test writes ./exobot-data into the package.
var testDataDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "exobot-test-data-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testDataDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// discordClick is a button click i on message msg by user.
func discordClick(i int, appID, user, customID string) discordfake.Interaction {
	in := discordAsk(i, appID, user, "")
	in.Type, in.CommandName, in.Options = discordfake.InteractionComponent, "", nil
	in.CustomID, in.MessageID = customID, "900000000000000001"
	return in
}

func reportFrom(t *testing.T, dir string) *store.Report {
	t.Helper()
	st, err := store.Open(context.Background(), store.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	r, err := st.Report(context.Background(), time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestServe_RecordsQuestionsFeedbackAndForgetsOnRequest(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	df, signer := newDiscordFake(t)
	env := merge(discordHTTPEnv(df.APIURL, signer), map[string]string{envDataDir: dir, envRecordQuestions: "redacted"})
	s := startServe(t, env, nil, nil)
	s.waitReady(t)
	c := newClient(t)
	user := "400000000000000077"
	ask := func(i int, q string) string {
		t.Helper()
		code, resp, err := sendInteraction(c, signer, s.url, discordAsk(i, df.AppID(), user, q))
		if err != nil || code != 200 {
			t.Fatalf("interaction %d: %d %v", i, code, err)
		}
		return resp.text()
	}
	ask(1, "can I email jane.doe@example.com about the exosome facial prices at her spa on tuesday")
	ask(2, "are exosomes fda approved?")
	code, _, err := sendInteraction(c, signer, s.url, discordClick(3, df.AppID(), user, "fb:n:are-exosomes-fda-approved"))
	if err != nil || code != 200 {
		t.Fatalf("feedback click: %d %v", code, err)
	}
	if help := ask(4, "hi"); !strings.Contains(help, "forget me") {
		t.Errorf("the introduction does not say how to be forgotten: %s", help)
	}
	if err := s.stop(t); err != nil {
		t.Fatalf("serve: %v", err)
	}

	r := reportFrom(t, dir)
	if r.Questions["answered"] != 1 || r.Questions["no_match"] != 1 {
		t.Errorf("questions = %v", r.Questions)
	}
	if len(r.Unanswered) != 1 || strings.Contains(r.Unanswered[0].Text, "jane") || !strings.Contains(r.Unanswered[0].Text, "[email]") {
		t.Errorf("unanswered = %+v, want the text with the address redacted", r.Unanswered)
	}
	if len(r.Feedback) != 1 || r.Feedback[0].Entry != "are-exosomes-fda-approved" || r.Feedback[0].NotHelpful != 1 {
		t.Errorf("feedback = %+v", r.Feedback)
	}

	// A restart keeps the counts; "forget me" removes the person's records.
	s = startServe(t, env, nil, nil)
	s.waitReady(t)
	if got := ask(5, "forget me"); !strings.Contains(got, "deleted everything") {
		t.Errorf("forget me: %s", got)
	}
	if err := s.stop(t); err != nil {
		t.Fatalf("serve: %v", err)
	}
	r = reportFrom(t, dir)
	if len(r.Unanswered) != 0 || r.Questions["answered"] != 0 {
		t.Errorf("after forget me: %+v", r)
	}
	if len(r.Feedback) != 1 {
		t.Errorf("anonymous feedback lost: %+v", r.Feedback)
	}
}

func TestServe_UnwritableDataDirIsAClearConfigurationError(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	df, signer := newDiscordFake(t)
	code, _, stderr := runServeErr(t, merge(discordHTTPEnv(df.APIURL, signer), map[string]string{envDataDir: filepath.Join(file, "x"), "EXOBOT_HTTP_ADDR": "127.0.0.1:0"}))
	if code != 2 || !strings.Contains(stderr, envDataDir) || !strings.Contains(stderr, "cannot create the data directory") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestStoreConfig_DefaultsValuesAndErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want storeConfig
		errs []string // each error names its variable and never a value
	}{
		{"defaults", nil, storeConfig{DataDir: "./exobot-data", Retention: 30 * 24 * time.Hour}, nil},
		{"values", map[string]string{envDataDir: "/var/lib/exobot", envDatabaseURL: "postgres://u:pw@db:5432/exobot",
			envRecordQuestions: "Redacted", envRetention: "7d"},
			storeConfig{DataDir: "/var/lib/exobot", DatabaseURL: "postgres://u:pw@db:5432/exobot", RecordText: true, Retention: 7 * 24 * time.Hour}, nil},
		{"hours", map[string]string{envRetention: "36h", envRecordQuestions: "off"}, storeConfig{DataDir: "./exobot-data", Retention: 36 * time.Hour}, nil},
		{"bad", map[string]string{envDatabaseURL: "mysql://u:hunter2@db/x", envRecordQuestions: "all", envRetention: "30m"}, storeConfig{},
			[]string{envDatabaseURL, envRecordQuestions, envRetention}},
		{"bad days", map[string]string{envRetention: "xd"}, storeConfig{}, []string{envRetention}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := loadStoreConfig(func(k string) string { return tt.env[k] })
			if len(tt.errs) == 0 && (len(errs) > 0 || got != tt.want) {
				t.Errorf("got %+v %v, want %+v", got, errs, tt.want)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %v, want %d", errs, len(tt.errs))
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tt.errs[i]) || strings.Contains(e.Error(), "hunter2") {
					t.Errorf("error %q should name %s and no value", e, tt.errs[i])
				}
			}
		})
	}
}
