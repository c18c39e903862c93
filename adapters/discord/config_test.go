package discord

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const testPublicKey = "8f1c3a5d2b7e9f0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    Config
		enabled bool
		errs    []string // each must appear, one per line
	}{
		{name: "nothing set", env: map[string]string{}, enabled: false},
		{name: "blank values count as unset", env: map[string]string{EnvBotToken: "  "}, enabled: false},
		{
			name:    "token only",
			env:     map[string]string{EnvBotToken: testToken},
			want:    Config{BotToken: testToken},
			enabled: true,
		},
		{
			name:    "token with Bot prefix and a trailing newline",
			env:     map[string]string{EnvBotToken: "Bot " + testToken + "\n"},
			want:    Config{BotToken: testToken},
			enabled: true,
		},
		{
			name: "everything",
			env: map[string]string{
				EnvBotToken: testToken, EnvPublicKey: testPublicKey, EnvAppID: "100000000000000001",
				EnvGuildID: "300000000000000001", EnvAPIURL: "http://127.0.0.1:9/api/v10/", EnvShardID: "1", EnvShardCount: "4",
			},
			want: Config{BotToken: testToken, PublicKey: testPublicKey, AppID: "100000000000000001", GuildID: "300000000000000001",
				APIURL: "http://127.0.0.1:9/api/v10/", ShardID: 1, ShardCount: 4},
			enabled: true,
		},
		{
			name:    "public key only (HTTP interactions)",
			env:     map[string]string{EnvPublicKey: testPublicKey},
			want:    Config{PublicKey: testPublicKey},
			enabled: true,
		},
		{
			name:    "count of one without an id",
			env:     map[string]string{EnvBotToken: testToken, EnvShardCount: "1"},
			want:    Config{BotToken: testToken, ShardCount: 1},
			enabled: true,
		},
		{name: "guild id alone", env: map[string]string{EnvGuildID: "300000000000000001"}, enabled: true,
			errs: []string{"DISCORD_BOT_TOKEN or DISCORD_PUBLIC_KEY is required"}},
		{name: "public key not hex", env: map[string]string{EnvPublicKey: "zz" + testPublicKey[2:]}, enabled: true,
			errs: []string{"DISCORD_PUBLIC_KEY: not hex"}},
		{name: "public key too short", env: map[string]string{EnvPublicKey: testPublicKey[:62]}, enabled: true,
			errs: []string{"DISCORD_PUBLIC_KEY: 62 hex characters, want 64"}},
		{name: "token not a bot token", env: map[string]string{EnvBotToken: "hunter2-secret"}, enabled: true,
			errs: []string{"DISCORD_BOT_TOKEN: not a bot token"}},
		{name: "bearer token", env: map[string]string{EnvBotToken: "Bearer abc.def.ghi"}, enabled: true,
			errs: []string{"DISCORD_BOT_TOKEN: this is an OAuth2 bearer token"}},
		{name: "token with spaces", env: map[string]string{EnvBotToken: "abc.d ef.ghi"}, enabled: true,
			errs: []string{"DISCORD_BOT_TOKEN: not a bot token"}},
		{name: "non-numeric ids", env: map[string]string{EnvBotToken: testToken, EnvAppID: "my-app", EnvGuildID: "12x"}, enabled: true,
			errs: []string{"DISCORD_APP_ID: must be the numeric application id", "DISCORD_GUILD_ID: must be a numeric server (guild) id"}},
		{name: "bad API URL", env: map[string]string{EnvBotToken: testToken, EnvAPIURL: "discord.example/api"}, enabled: true,
			errs: []string{"DISCORD_API_URL: must be an absolute http(s) URL"}},
		{name: "API URL with credentials", env: map[string]string{EnvBotToken: testToken, EnvAPIURL: "https://user:pw@proxy.example/api/v10/"}, enabled: true,
			errs: []string{"DISCORD_API_URL: must be an absolute http(s) URL"}},
		{name: "shard id without count", env: map[string]string{EnvBotToken: testToken, EnvShardID: "0"}, enabled: true,
			errs: []string{"DISCORD_SHARD_ID is set but DISCORD_SHARD_COUNT is not"}},
		{name: "shard count without id", env: map[string]string{EnvBotToken: testToken, EnvShardCount: "3"}, enabled: true,
			errs: []string{"DISCORD_SHARD_COUNT is 3 but DISCORD_SHARD_ID is not set"}},
		{name: "shard id not below count", env: map[string]string{EnvBotToken: testToken, EnvShardID: "2", EnvShardCount: "2"}, enabled: true,
			errs: []string{"DISCORD_SHARD_ID must be less than DISCORD_SHARD_COUNT"}},
		{name: "shard values not numbers", env: map[string]string{EnvBotToken: testToken, EnvShardID: "one", EnvShardCount: "0"}, enabled: true,
			errs: []string{"DISCORD_SHARD_ID: must be a whole number", "DISCORD_SHARD_COUNT: must be a whole number ≥ 1"}},
		{name: "/ask public on request", env: map[string]string{EnvBotToken: testToken, EnvAskEphemeral: "false"},
			want: Config{BotToken: testToken, AskPublic: true}, enabled: true},
		{name: "/ask private, said explicitly", env: map[string]string{EnvBotToken: testToken, EnvAskEphemeral: "TRUE"},
			want: Config{BotToken: testToken}, enabled: true},
		{name: "a behaviour switch alone does not turn Discord on", env: map[string]string{EnvAskEphemeral: "false"}, enabled: false},
		{name: "answer channels", env: map[string]string{EnvBotToken: testToken, EnvAnswerChannels: " 250000000000000001, 250000000000000002 250000000000000003"},
			want: Config{BotToken: testToken, AnswerChannels: []string{"250000000000000001", "250000000000000002", "250000000000000003"}}, enabled: true},
		{name: "answer channels by name", env: map[string]string{EnvBotToken: testToken, EnvAnswerChannels: "#ask-exobot"}, enabled: true,
			errs: []string{"DISCORD_ANSWER_CHANNELS: must be numeric channel ids"}},
		{name: "/ask ephemeral not a boolean", env: map[string]string{EnvBotToken: testToken, EnvAskEphemeral: "sometimes"}, enabled: true,
			errs: []string{"DISCORD_ASK_EPHEMERAL must be true or false"}},
		{name: "every problem at once", env: map[string]string{EnvBotToken: "nope", EnvPublicKey: "nope", EnvAppID: "x"}, enabled: true,
			errs: []string{"DISCORD_BOT_TOKEN", "DISCORD_PUBLIC_KEY", "DISCORD_APP_ID"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, enabled, err := ConfigFromEnv(env(tt.env))
			if enabled != tt.enabled {
				t.Errorf("enabled = %v, want %v", enabled, tt.enabled)
			}
			if len(tt.errs) == 0 {
				if err != nil {
					t.Fatalf("error: %v", err)
				}
				if diff := cmp.Diff(tt.want, cfg); diff != "" {
					t.Errorf("config (-want +got):\n%s", diff)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.errs)
			}
			msg := err.Error()
			lines := strings.Split(msg, "\n")
			if len(lines) != len(tt.errs) {
				t.Errorf("%d error lines, want %d:\n%s", len(lines), len(tt.errs), msg)
			}
			for _, want := range tt.errs {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
			for k, v := range tt.env {
				if (k == EnvBotToken || k == EnvPublicKey) && len(strings.TrimSpace(v)) > 3 && strings.Contains(msg, strings.TrimSpace(v)) {
					t.Errorf("error contains the value of %s", k)
				}
			}
		})
	}
}

func TestNew_RejectsInvalidConfig(t *testing.T) {
	if _, err := New(Config{}, newFakeAnswerer(), Options{}); err == nil {
		t.Error("New with neither token nor key succeeded")
	}
	if _, err := New(Config{BotToken: testToken}, nil, Options{}); err == nil {
		t.Error("New with a nil Answerer succeeded")
	}
	_, err := New(Config{BotToken: testToken, ShardID: 3, ShardCount: 2}, newFakeAnswerer(), Options{})
	if err == nil || strings.Contains(err.Error(), testToken) {
		t.Errorf("New with shard 3 of 2: err = %v", err)
	}
}

func TestNew_ShardsPassedToDiscordgo(t *testing.T) {
	a, err := New(Config{BotToken: testToken, ShardID: 2, ShardCount: 5}, newFakeAnswerer(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.sess.ShardID != 2 || a.sess.ShardCount != 5 {
		t.Errorf("session shard %d/%d, want 2/5", a.sess.ShardID, a.sess.ShardCount)
	}
	if a.sess.ShouldRetryOnRateLimit {
		t.Error("discordgo's unbounded 429 retry is on")
	}
}

func TestNew_AcceptsTokenWithBotPrefix(t *testing.T) {
	a, err := New(Config{BotToken: "Bot " + testToken}, newFakeAnswerer(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.sess.Token != "Bot "+testToken {
		t.Error("the session's token is not \"Bot \" + the token")
	}
}
