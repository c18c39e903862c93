package slack

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	testBotToken = "xoxb-1111-2222-SECRETBOT"
	testAppToken = "xapp-1-A1-3333-SECRETAPP"
	testSecret   = "8f742231b10e8888abcd99yyyzzz85a5"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name        string
		env         map[string]string
		want        Config
		wantEnabled bool
		wantErr     string // substring; "" means no error
	}{
		{name: "nothing set", env: map[string]string{}, wantEnabled: false},
		{
			name:        "socket mode",
			env:         map[string]string{EnvBotToken: testBotToken, EnvAppToken: testAppToken},
			want:        Config{BotToken: testBotToken, AppToken: testAppToken, ThreadFollowUps: true, SlashEphemeral: true},
			wantEnabled: true,
		},
		{
			name: "http mode with options and API URL normalised",
			env: map[string]string{EnvBotToken: " " + testBotToken + " ", EnvSigningSecret: testSecret, EnvAPIURL: "http://127.0.0.1:9/api",
				EnvThreadFollowUps: "false", EnvSlashEphemeral: "0"},
			want:        Config{BotToken: testBotToken, SigningSecret: testSecret, APIURL: "http://127.0.0.1:9/api/"},
			wantEnabled: true,
		},
		{
			name:        "answer channels",
			env:         map[string]string{EnvBotToken: testBotToken, EnvAppToken: testAppToken, EnvAnswerChannels: "C0ASK00001, G0ASK00002"},
			want:        Config{BotToken: testBotToken, AppToken: testAppToken, ThreadFollowUps: true, SlashEphemeral: true, AnswerChannels: []string{"C0ASK00001", "G0ASK00002"}},
			wantEnabled: true,
		},
		{name: "answer channels by name", env: map[string]string{EnvBotToken: testBotToken, EnvAppToken: testAppToken, EnvAnswerChannels: "#ask-exobot"}, wantEnabled: true,
			wantErr: "SLACK_ANSWER_CHANNELS must be channel ids"},
		{name: "bot token alone", env: map[string]string{EnvBotToken: testBotToken}, wantEnabled: true,
			wantErr: "SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is"},
		{name: "app token without bot token", env: map[string]string{EnvAppToken: testAppToken}, wantEnabled: true,
			wantErr: "SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set"},
		{name: "signing secret without bot token", env: map[string]string{EnvSigningSecret: testSecret}, wantEnabled: true,
			wantErr: "SLACK_BOT_TOKEN is required"},
		{name: "only options: not configured", env: map[string]string{EnvSlashEphemeral: "true", EnvThreadFollowUps: "false", EnvAPIURL: "http://127.0.0.1:1/api/"}, wantEnabled: false},
		{name: "a secret without the bot token", env: map[string]string{EnvSigningSecret: testSecret}, wantEnabled: true,
			wantErr: "SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set"},
		{name: "user token as bot token", env: map[string]string{EnvBotToken: "xoxp-9999-SECRETUSER", EnvAppToken: testAppToken}, wantEnabled: true,
			wantErr: "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (the value looks like a user token)"},
		{name: "tokens swapped", env: map[string]string{EnvBotToken: testAppToken, EnvAppToken: testBotToken}, wantEnabled: true,
			wantErr: "SLACK_APP_TOKEN must be an app-level token starting with xapp- (the value looks like a bot token)"},
		{name: "garbage token", env: map[string]string{EnvBotToken: "hunter2-SECRETJUNK", EnvSigningSecret: testSecret}, wantEnabled: true,
			wantErr: "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"},
		{name: "token in the signing secret", env: map[string]string{EnvBotToken: testBotToken, EnvSigningSecret: testBotToken}, wantEnabled: true,
			wantErr: "SLACK_SIGNING_SECRET looks like a token"},
		{name: "bad boolean", env: map[string]string{EnvBotToken: testBotToken, EnvAppToken: testAppToken, EnvThreadFollowUps: "yes please"}, wantEnabled: true,
			wantErr: `SLACK_THREAD_FOLLOWUPS must be true or false, not "yes please"`},
		{name: "bad API URL", env: map[string]string{EnvBotToken: testBotToken, EnvAppToken: testAppToken, EnvAPIURL: "slack.com/api"}, wantEnabled: true,
			wantErr: "SLACK_API_URL must be an absolute http(s) URL"},
		{name: "API URL with credentials", env: map[string]string{EnvBotToken: testBotToken, EnvAppToken: testAppToken, EnvAPIURL: "https://user:SECRETPW@proxy/api/"}, wantEnabled: true,
			wantErr: "SLACK_API_URL must be an absolute http(s) URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, enabled, err := ConfigFromEnv(envOf(tt.env))
			if enabled != tt.wantEnabled {
				t.Errorf("enabled = %t, want %t", enabled, tt.wantEnabled)
			}
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if diff := cmp.Diff(tt.want, cfg); diff != "" {
					t.Errorf("config (-want +got):\n%s", diff)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.wantErr) {
				t.Errorf("error %q does not contain %q", msg, tt.wantErr)
			}
			// Several problems are joined, one a line; each names its
			// variable first.
			for _, line := range strings.Split(msg, "\n") {
				if !strings.HasPrefix(line, "SLACK_") {
					t.Errorf("problem %q does not start with the variable", line)
				}
			}
			for _, secret := range []string{"SECRETBOT", "SECRETAPP", "SECRETUSER", "SECRETJUNK", "SECRETPW", testSecret} {
				if strings.Contains(msg, secret) {
					t.Errorf("error %q reveals a secret", msg)
				}
			}
		})
	}
}

func TestConfig_PrintingRedactsSecrets(t *testing.T) {
	cfg := Config{BotToken: testBotToken, AppToken: testAppToken, SigningSecret: testSecret, APIURL: "https://slack.com/api/"}
	var logged strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("config", "cfg", cfg)
	for _, out := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), logged.String()} {
		for _, secret := range []string{testBotToken, testAppToken, testSecret} {
			if strings.Contains(out, secret) {
				t.Errorf("%q reveals a secret", out)
			}
		}
	}
	if !strings.Contains(logged.String(), "mode=socket+http") {
		t.Errorf("log %q does not name the mode", logged.String())
	}
}

func TestNew_RejectsIncompleteConfig(t *testing.T) {
	if _, err := New(Config{BotToken: testBotToken}, answererFunc(nil), Options{}); err == nil {
		t.Error("New accepted a config with no connection mode")
	}
	if _, err := New(Config{BotToken: testBotToken, AppToken: testAppToken}, nil, Options{}); err == nil {
		t.Error("New accepted a nil Answerer")
	}
	a, err := New(Config{BotToken: testBotToken, SigningSecret: testSecret, APIURL: "http://127.0.0.1:1/api"}, answererFunc(nil), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.cfg.APIURL != "http://127.0.0.1:1/api/" {
		t.Errorf("APIURL = %q, want a trailing slash", a.cfg.APIURL)
	}
}
