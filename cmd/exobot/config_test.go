package main

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// secretInMessage finds SECRET other than in a variable's name.
var secretInMessage = regexp.MustCompile(`(^|[^_])SECRET`)

// A valid Discord public key (hex), not a secret.
const testPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"

// runServeErr runs "exobot serve" with env on a context that is already
// cancelled — a configuration that unexpectedly passes serves nothing and
// returns nil — and returns the exit status and what was printed.
func runServeErr(t *testing.T, env map[string]string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := run(ctx, []string{"serve"}, mapEnv(env), strings.NewReader(""), &out, &errOut)
	code = exitCode(err, &errOut)
	return code, out.String(), errOut.String()
}

func TestServeConfig_ErrorsAreOneClearLine(t *testing.T) {
	t.Parallel()
	inUse, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inUse.Close() })

	slackHTTP := map[string]string{"SLACK_BOT_TOKEN": testSlackBot, "SLACK_SIGNING_SECRET": testSlackSigning}
	const (
		userToken = "xoxp-1-SECRETuser0token"
		badKey    = "SECRETnothex-public-key"
	)
	cases := []struct {
		name string
		env  map[string]string // over slackHTTP and EXOBOT_HTTP_ADDR=127.0.0.1:0
		bare bool              // env alone, without the valid Slack configuration
		want []string          // in the message; the first is the variable at fault
		// lines is the number of problems, one line each; 0 means 1. Then
		// want names the variable of each line, in any order.
		lines int
	}{
		// Malformed tokens and secrets.
		{name: "slack bot token is a user token", env: map[string]string{"SLACK_BOT_TOKEN": userToken},
			want: []string{"SLACK_BOT_TOKEN", "xoxb-", "user token"}},
		{name: "slack app token malformed", env: map[string]string{"SLACK_APP_TOKEN": "SECRET-not-an-app-token"},
			want: []string{"SLACK_APP_TOKEN", "xapp-"}},
		{name: "signing secret is a token", env: map[string]string{"SLACK_SIGNING_SECRET": "xoxb-SECRET-pasted-here"},
			want: []string{"SLACK_SIGNING_SECRET", "looks like a token"}},
		{name: "slack api url", env: map[string]string{"SLACK_API_URL": "ftp://SECRET@example.com"},
			want: []string{"SLACK_API_URL"}},
		{name: "discord token malformed", bare: true, env: map[string]string{"DISCORD_BOT_TOKEN": "SECRETnotatoken"},
			want: []string{"DISCORD_BOT_TOKEN", "not a bot token"}},
		{name: "discord token is a bearer token", bare: true, env: map[string]string{"DISCORD_BOT_TOKEN": "Bearer SECRETbearer"},
			want: []string{"DISCORD_BOT_TOKEN", "bearer"}},
		{name: "discord public key not hex", bare: true, env: map[string]string{"DISCORD_PUBLIC_KEY": badKey},
			want: []string{"DISCORD_PUBLIC_KEY", "not hex"}},
		{name: "discord public key short", bare: true, env: map[string]string{"DISCORD_PUBLIC_KEY": "abcdef"},
			want: []string{"DISCORD_PUBLIC_KEY", "64"}},
		{name: "discord token and key both bad", bare: true, env: map[string]string{"DISCORD_BOT_TOKEN": "SECRETnotatoken", "DISCORD_PUBLIC_KEY": badKey},
			want: []string{"DISCORD_BOT_TOKEN", "DISCORD_PUBLIC_KEY"}, lines: 2},
		{name: "discord guild id", bare: true, env: map[string]string{"DISCORD_BOT_TOKEN": testDiscordToken, "DISCORD_GUILD_ID": "my server"},
			want: []string{"DISCORD_GUILD_ID", "numeric"}},

		// Missing partner variables.
		{name: "signing secret without bot token", bare: true, env: map[string]string{"SLACK_SIGNING_SECRET": testSlackSigning},
			want: []string{"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"}},
		{name: "app token without bot token", bare: true, env: map[string]string{"SLACK_APP_TOKEN": testSlackApp},
			want: []string{"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"}},
		{name: "bot token without a mode", bare: true, env: map[string]string{"SLACK_BOT_TOKEN": testSlackBot},
			want: []string{"SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"}},
		{name: "discord shard id without count", bare: true, env: map[string]string{"DISCORD_BOT_TOKEN": testDiscordToken, "DISCORD_SHARD_ID": "1"},
			want: []string{"DISCORD_SHARD_ID", "DISCORD_SHARD_COUNT"}},
		{name: "discord guild without token or key", bare: true, env: map[string]string{"DISCORD_GUILD_ID": "123456789012345678"},
			want: []string{"DISCORD_BOT_TOKEN", "DISCORD_PUBLIC_KEY"}},

		// Unknown values.
		{name: "log level", env: map[string]string{"EXOBOT_LOG_LEVEL": "verbose"}, want: []string{"EXOBOT_LOG_LEVEL", "debug, info, warn or error"}},
		{name: "log format", env: map[string]string{"EXOBOT_LOG_FORMAT": "xml"}, want: []string{"EXOBOT_LOG_FORMAT", "auto, text or json"}},
		{name: "log questions", env: map[string]string{"EXOBOT_LOG_QUESTIONS": "sometimes"}, want: []string{"EXOBOT_LOG_QUESTIONS", "true or false"}},
		{name: "slack thread follow-ups", env: map[string]string{"SLACK_THREAD_FOLLOWUPS": "maybe"}, want: []string{"SLACK_THREAD_FOLLOWUPS", "true or false"}},
		{name: "negative rate limit", env: map[string]string{"EXOBOT_RATE_LIMIT": "-1"}, want: []string{"EXOBOT_RATE_LIMIT", "at least 0"}},
		{name: "rate limit not a number", env: map[string]string{"EXOBOT_RATE_LIMIT": "six"}, want: []string{"EXOBOT_RATE_LIMIT", "whole number"}},
		{name: "no answers in flight", env: map[string]string{"EXOBOT_MAX_IN_FLIGHT": "0"}, want: []string{"EXOBOT_MAX_IN_FLIGHT", "at least 1"}},
		{name: "reply timeout without unit", env: map[string]string{"EXOBOT_REPLY_TIMEOUT": "30"}, want: []string{"EXOBOT_REPLY_TIMEOUT", "duration such as 20s"}},
		{name: "negative reply timeout", env: map[string]string{"EXOBOT_REPLY_TIMEOUT": "-5s"}, want: []string{"EXOBOT_REPLY_TIMEOUT", "positive"}},
		{name: "shutdown timeout words", env: map[string]string{"EXOBOT_SHUTDOWN_TIMEOUT": "forever"}, want: []string{"EXOBOT_SHUTDOWN_TIMEOUT", "duration"}},
		{name: "zero shutdown timeout", env: map[string]string{"EXOBOT_SHUTDOWN_TIMEOUT": "0s"}, want: []string{"EXOBOT_SHUTDOWN_TIMEOUT", "positive"}},

		// Unusable addresses.
		{name: "address without port", env: map[string]string{"EXOBOT_HTTP_ADDR": "localhost"}, want: []string{"EXOBOT_HTTP_ADDR", "host:port"}},
		{name: "address with a path", env: map[string]string{"EXOBOT_HTTP_ADDR": "http://0.0.0.0:8080"}, want: []string{"EXOBOT_HTTP_ADDR"}},
		{name: "port out of range", env: map[string]string{"EXOBOT_HTTP_ADDR": ":70000"}, want: []string{"EXOBOT_HTTP_ADDR", "65535"}},
		{name: "port in use", env: map[string]string{"EXOBOT_HTTP_ADDR": inUse.Addr().String()}, want: []string{"EXOBOT_HTTP_ADDR", "cannot listen", "in use"}},
		{name: "address not on this machine", env: map[string]string{"EXOBOT_HTTP_ADDR": "192.0.2.1:8080"}, want: []string{"EXOBOT_HTTP_ADDR", "cannot listen"}},

		// Several problems: every one, one line each.
		{name: "three bad variables", env: map[string]string{"EXOBOT_LOG_LEVEL": "loud", "EXOBOT_RATE_LIMIT": "-3", "SLACK_BOT_TOKEN": userToken},
			want: []string{"EXOBOT_LOG_LEVEL", "EXOBOT_RATE_LIMIT", "SLACK_BOT_TOKEN"}, lines: 3},
		{name: "bad variables on both platforms and the server", bare: true, env: map[string]string{
			"EXOBOT_REPLY_TIMEOUT": "soon", "EXOBOT_METRICS_ADDR": "metrics", "SLACK_APP_TOKEN": "SECRET-not-an-app-token",
			"DISCORD_BOT_TOKEN": "SECRETnotatoken", "DISCORD_SHARD_COUNT": "many"},
			want: []string{"EXOBOT_METRICS_ADDR", "EXOBOT_REPLY_TIMEOUT", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_SHARD_COUNT", "DISCORD_BOT_TOKEN"}, lines: 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			env := map[string]string{"EXOBOT_HTTP_ADDR": "127.0.0.1:0"}
			if !c.bare {
				env = merge(env, slackHTTP)
			}
			env = merge(env, c.env)
			code, stdout, stderr := runServeErr(t, env)
			if code != 2 {
				t.Errorf("exit status %d, want 2 (stderr %q)", code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			lines := max(c.lines, 1)
			got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if len(got) != lines || !strings.HasSuffix(stderr, "\n") {
				t.Errorf("want %d lines, one a problem, got %q", lines, stderr)
			}
			for _, line := range got {
				if !strings.HasPrefix(line, "exobot: configuration: ") {
					t.Errorf("line %q does not start with \"exobot: configuration: \"", line)
				}
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("message %q does not say %q", stderr, w)
				}
			}
			if lines == 1 {
				if i := strings.Index(stderr, c.want[0]); i < 0 || i > len("exobot: configuration: ")+60 {
					t.Errorf("message %q does not start by naming %s", stderr, c.want[0])
				}
			} else {
				// Each variable named at the start of a line of its own.
				for _, w := range c.want[:lines] {
					if !slices.ContainsFunc(got, func(line string) bool {
						return strings.HasPrefix(strings.TrimPrefix(line, "exobot: configuration: "), w)
					}) {
						t.Errorf("no line starts by naming %s: %q", w, stderr)
					}
				}
			}
			// Every secret value in these tests contains SECRET; the
			// variable names (SLACK_SIGNING_SECRET) may appear.
			if secretInMessage.MatchString(stderr) {
				t.Errorf("message %q contains (part of) a secret value", stderr)
			}
			for _, bad := range []string{"goroutine ", "panic", ".go:"} {
				if strings.Contains(stderr, bad) {
					t.Errorf("message %q contains %q", stderr, bad)
				}
			}
		})
	}
}

func TestServeConfig_DefaultsAndValues(t *testing.T) {
	t.Parallel()
	cfg, err := loadServeConfig(mapEnv(map[string]string{
		"SLACK_BOT_TOKEN": testSlackBot, "SLACK_SIGNING_SECRET": testSlackSigning,
		"DISCORD_BOT_TOKEN": "Bot " + testDiscordToken, "DISCORD_PUBLIC_KEY": testPublicKey,
	}))
	if err != nil {
		t.Fatal(err)
	}
	want := serveConfig{HTTPAddr: ":8080", LogLevel: slog.LevelInfo, LogFormat: "auto", RateLimit: 6, MaxInFlight: 64,
		ReplyTimeout: 30 * time.Second, ShutdownTimeout: 20 * time.Second}
	got := cfg
	got.Slack, got.Discord, got.SlackEnabled, got.DiscordEnabled = want.Slack, want.Discord, false, false
	got.Store = want.Store // TestStoreConfig_DefaultsValuesAndErrors
	if !reflect.DeepEqual(got, want) {
		t.Errorf("defaults %+v, want %+v", got, want)
	}
	if !cfg.SlackEnabled || !cfg.DiscordEnabled || cfg.Discord.BotToken != testDiscordToken {
		t.Errorf("platforms: slack %t, discord %t (token without its Bot prefix: %t)", cfg.SlackEnabled, cfg.DiscordEnabled, cfg.Discord.BotToken == testDiscordToken)
	}

	cfg, err = loadServeConfig(mapEnv(map[string]string{
		"DISCORD_PUBLIC_KEY": testPublicKey, "EXOBOT_HTTP_ADDR": "127.0.0.1:9000", "EXOBOT_LOG_LEVEL": "DEBUG",
		"EXOBOT_LOG_FORMAT": "Text", "EXOBOT_LOG_QUESTIONS": "true", "EXOBOT_RATE_LIMIT": "0", "EXOBOT_MAX_IN_FLIGHT": "8",
		"EXOBOT_REPLY_TIMEOUT": "10s", "EXOBOT_SHUTDOWN_TIMEOUT": "1m",
	}))
	if err != nil {
		t.Fatal(err)
	}
	want = serveConfig{HTTPAddr: "127.0.0.1:9000", LogLevel: slog.LevelDebug, LogFormat: "text", LogQuestions: true, RateLimit: 0,
		MaxInFlight: 8, ReplyTimeout: 10 * time.Second, ShutdownTimeout: time.Minute}
	got = cfg
	got.Slack, got.Discord, got.SlackEnabled, got.DiscordEnabled = want.Slack, want.Discord, false, false
	got.Store = want.Store // TestStoreConfig_DefaultsValuesAndErrors
	if !reflect.DeepEqual(got, want) {
		t.Errorf("values %+v, want %+v", got, want)
	}
	if cfg.SlackEnabled || !cfg.DiscordEnabled {
		t.Errorf("platforms: slack %t, discord %t; want Discord only", cfg.SlackEnabled, cfg.DiscordEnabled)
	}
}

func writeDotenv(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDotenv_FillsInAndTheEnvironmentWins(t *testing.T) {
	t.Parallel()
	path := writeDotenv(t, "\ufeff# exobot settings\n"+
		"EXOBOT_LOG_LEVEL=debug\n"+
		"\n"+
		"export SLACK_BOT_TOKEN=xoxb-from-dotenv\n"+
		"SLACK_SIGNING_SECRET = \"quoted # not a comment\"  \r\n"+
		"EXOBOT_RATE_LIMIT=12 # a comment\n"+
		"EXOBOT_LOG_FORMAT='json'\n"+
		"EXOBOT_HTTP_ADDR=:9999\n"+
		"EMPTY=\n")
	real := map[string]string{"EXOBOT_HTTP_ADDR": "127.0.0.1:8081"}
	getenv, err := withDotenv(mapEnv(real), path)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{
		"EXOBOT_LOG_LEVEL":     "debug",
		"SLACK_BOT_TOKEN":      "xoxb-from-dotenv",
		"SLACK_SIGNING_SECRET": "quoted # not a comment",
		"EXOBOT_RATE_LIMIT":    "12",
		"EXOBOT_LOG_FORMAT":    "json",
		"EXOBOT_HTTP_ADDR":     "127.0.0.1:8081", // the real environment wins
		"EMPTY":                "",
		"UNSET":                "",
	} {
		if got := getenv(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}

	// No .env file: the environment alone.
	getenv, err = withDotenv(mapEnv(real), filepath.Join(t.TempDir(), ".env"))
	if err != nil || getenv("EXOBOT_HTTP_ADDR") != "127.0.0.1:8081" || getenv("EXOBOT_LOG_LEVEL") != "" {
		t.Errorf("without a .env file: %v", err)
	}
}

func TestDotenv_MalformedLineIsNamedWithoutItsValue(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"SLACK_SIGNING_SECRET SECRETvalue",
		"=SECRETvalue",
		"\"SLACK_BOT_TOKEN\"=xoxb-SECRET",
		"MY KEY=SECRETvalue",
	} {
		path := writeDotenv(t, "# settings\nEXOBOT_LOG_LEVEL=info\n"+line+"\n")
		_, err := withDotenv(mapEnv(nil), path)
		if err == nil {
			t.Errorf("%q: no error", line)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, path+":3: ") || secretInMessage.MatchString(msg) || strings.Contains(msg, "\n") {
			t.Errorf("%q: error %q, want one line naming %s:3 without the value", line, msg, path)
		}
		if strings.HasPrefix(line, "SLACK_SIGNING_SECRET ") && !strings.Contains(msg, ":3: SLACK_SIGNING_SECRET: want KEY=VALUE") {
			t.Errorf("%q: error %q does not name the variable", line, msg)
		}
	}
}

// TestDotenv_ReadByRun runs the program in a directory with a .env file.
// It changes the working directory, so it does not run in parallel.
func TestDotenv_ReadByRun(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)

	// A bad value in .env is reported like one in the environment.
	os.WriteFile(".env", []byte("SLACK_BOT_TOKEN="+testSlackBot+"\nSLACK_SIGNING_SECRET="+testSlackSigning+"\nEXOBOT_RATE_LIMIT=-2\n"), 0o600)
	code, _, stderr := runServeErr(t, map[string]string{"EXOBOT_HTTP_ADDR": "127.0.0.1:0"})
	if code != 2 || !strings.Contains(stderr, "EXOBOT_RATE_LIMIT") || strings.Contains(stderr, "more configuration problems") {
		t.Errorf("bad value from .env: %d %q, want status 2 naming EXOBOT_RATE_LIMIT alone", code, stderr)
	}
	// The environment wins over the bad value: the configuration is valid
	// and serve starts (and stops at once, its context being done).
	code, _, stderr = runServeErr(t, map[string]string{"EXOBOT_HTTP_ADDR": "127.0.0.1:0", "EXOBOT_RATE_LIMIT": "5", "EXOBOT_LOG_LEVEL": "error"})
	if code != 0 {
		t.Errorf("with EXOBOT_RATE_LIMIT set in the environment: status %d %q, want 0", code, stderr)
	}

	// A malformed line stops serve, naming the line and the variable, with
	// the other problems.
	os.WriteFile(".env", []byte("# settings\n\nSLACK_BOT_TOKEN "+testSlackBot+"\nSLACK_SIGNING_SECRET="+testSlackSigning+"\nDISCORD_SHARD_ID=x\n"), 0o600)
	code, stdout, stderr := runServeErr(t, map[string]string{"EXOBOT_LOG_LEVEL": "loud", "DISCORD_PUBLIC_KEY": testPublicKey})
	want := []string{
		"exobot: configuration: .env:3: SLACK_BOT_TOKEN: want KEY=VALUE",
		"exobot: configuration: EXOBOT_LOG_LEVEL must be debug, info, warn or error",
		"exobot: configuration: SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set",
		"exobot: configuration: DISCORD_SHARD_ID: must be a whole number ≥ 0",
	}
	if code != 2 || stdout != "" || !slices.Equal(strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")[:3], want[:3]) || !strings.Contains(stderr, want[3]) {
		t.Errorf("malformed .env: status %d, stderr:\n%s\nwant status 2 and these lines first:\n%s", code, stderr, strings.Join(want, "\n"))
	}
	if secretInMessage.MatchString(stderr) {
		t.Errorf("the message carries a secret: %q", stderr)
	}
}

// foreignDotenv is a .env written for other tools: a multi-line key in
// double quotes, a JSON value in single quotes, YAML-style and shell lines
// that are not KEY=VALUE, and an unterminated quote at the end.
const foreignDotenv = `# web app settings
DATABASE_URL=postgres://app@db/app
TLS_KEY="-----BEGIN PRIVATE KEY-----
MIIEvSECRETkeymaterial0000
-----END PRIVATE KEY-----"
FEATURES='{"a": 1,
  "b": 2}'
EXOBOT_LOG_LEVEL=error
redis: localhost:6379
source ./other.sh
GREETING="hello
`

func TestDotenv_ForeignFileKeepsEveryReadableVariable(t *testing.T) {
	t.Parallel()
	vars, problems := parseDotenv(strings.NewReader(foreignDotenv), ".env")
	for k, want := range map[string]string{
		"DATABASE_URL":     "postgres://app@db/app",
		"TLS_KEY":          "-----BEGIN PRIVATE KEY-----\nMIIEvSECRETkeymaterial0000\n-----END PRIVATE KEY-----",
		"FEATURES":         "{\"a\": 1,\n  \"b\": 2}",
		"EXOBOT_LOG_LEVEL": "error",
	} {
		if got := vars[k]; got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Error())
	}
	want := []string{
		".env:9: want KEY=VALUE",
		".env:10: want KEY=VALUE",
		".env:11: GREETING: the quoted value is never closed",
	}
	if !slices.Equal(msgs, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if _, ok := vars["GREETING"]; ok {
		t.Error("the unterminated value was kept")
	}
}

func TestDotenv_Escapes(t *testing.T) {
	t.Parallel()
	vars, problems := parseDotenv(strings.NewReader(`A="say \"hi\"\nback\\slash \t"
B='no \n escapes "here"'
C="ends" # comment
D="ends" trailing
E=C:\path\n
`), "x")
	for k, want := range map[string]string{"A": "say \"hi\"\nback\\slash \\t", "B": `no \n escapes "here"`, "C": "ends", "E": `C:\path\n`} {
		if vars[k] != want {
			t.Errorf("%s = %q, want %q", k, vars[k], want)
		}
	}
	if len(problems) != 1 || problems[0].Error() != "x:4: D: unexpected text after the closing quote" {
		t.Errorf("problems %v, want one on line 4 about D", problems)
	}
}

// TestDotenv_ForeignFileAskAnswersServeNamesTheLines: a .env written for
// another tool never stops ask or chat; serve lists the lines it cannot
// read, with the variable when it knows it, never a value. It changes the
// working directory, so it does not run in parallel.
func TestDotenv_ForeignFileAskAnswersServeNamesTheLines(t *testing.T) {
	t.Chdir(t.TempDir())
	os.WriteFile(".env", []byte(foreignDotenv+"\n"), 0o600)

	out, errOut, code := runExobot(t, "", "ask", "are", "exosomes", "fda", "approved?")
	if code != 0 || errOut != "" || !strings.Contains(out, "FDA") {
		t.Errorf("ask with a foreign .env: exit %d, stderr %q, stdout %.80q; want an answer", code, errOut, out)
	}
	out, _, code = runExobot(t, "what are exosomes\nquit\n", "chat")
	if code != 0 || !strings.Contains(out, "Bye") {
		t.Errorf("chat with a foreign .env: exit %d, %.80q", code, out)
	}

	code, stdout, stderr := runServeErr(t, map[string]string{"DISCORD_PUBLIC_KEY": testPublicKey, "EXOBOT_HTTP_ADDR": "127.0.0.1:0"})
	want := "exobot: configuration: .env:9: want KEY=VALUE\n" +
		"exobot: configuration: .env:10: want KEY=VALUE\n" +
		"exobot: configuration: .env:11: GREETING: the quoted value is never closed\n"
	if code != 2 || stdout != "" || stderr != want {
		t.Errorf("serve with a foreign .env: status %d, stderr:\n%s\nwant status 2 and:\n%s", code, stderr, want)
	}
	if strings.Contains(stderr, "SECRET") {
		t.Errorf("serve's message carries a value: %q", stderr)
	}
}

// TestDotenvExample_ListsEveryVariable keeps .env.example complete: it
// parses as a .env file and names every variable serve reads.
func TestDotenvExample_ListsEveryVariable(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseDotenv(bytes.NewReader(b), ".env.example"); err != nil {
		t.Fatalf(".env.example does not parse: %v", err)
	}
	for _, v := range variables {
		if !regexp.MustCompile(`(?m)^#?\s*` + v.name + `=`).Match(b) {
			t.Errorf(".env.example does not list %s", v.name)
		}
	}
}

// TestVariables_EveryVariableReadIsListed: the variables table (serve
// --help, .env.example, the deployment recipes' check) names exactly what
// serve reads. A recording getenv sees every name asked for.
func TestVariables_EveryVariableReadIsListed(t *testing.T) {
	t.Parallel()
	read := map[string]bool{}
	getenv := func(k string) string {
		read[k] = true
		return map[string]string{"SLACK_BOT_TOKEN": testSlackBot, "SLACK_SIGNING_SECRET": testSlackSigning, "DISCORD_PUBLIC_KEY": testPublicKey}[k]
	}
	if _, err := loadServeConfig(getenv); err != nil {
		t.Fatal(err)
	}
	for k := range read {
		if !knownVariable(k) {
			t.Errorf("serve reads %s, which the variables table does not list", k)
		}
	}
	for _, v := range variables {
		if !read[v.name] {
			t.Errorf("the variables table lists %s, which serve does not read", v.name)
		}
	}
}

// TestDotenvExample_CopiedAsIsConfiguresNoPlatform: an operator copies
// .env.example to .env and fills in Discord only. .env.example sets
// SLACK_THREAD_FOLLOWUPS=true and SLACK_SLASH_EPHEMERAL=true; those
// behaviour switches alone must not turn Slack on (they once did, and then
// SLACK_BOT_TOKEN was required — and a bare "exobot" served and failed
// instead of starting the console chat).
func TestDotenvExample_CopiedAsIsConfiguresNoPlatform(t *testing.T) {
	t.Parallel()
	getenv, err := withDotenv(mapEnv(map[string]string{"DISCORD_PUBLIC_KEY": testPublicKey}), "../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := loadServeConfig(getenv)
	if err != nil {
		t.Fatalf(".env.example copied as is, Discord filled in: %v", err)
	}
	if cfg.SlackEnabled || !cfg.DiscordEnabled {
		t.Errorf("slack %t, discord %t; want Discord only", cfg.SlackEnabled, cfg.DiscordEnabled)
	}
}
