package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"exobot/adapters/discord"
	"exobot/adapters/slack"
)

// Variables exobot reads, beside the platform ones (SLACK_*, DISCORD_*)
// that each adapter reads itself. .env.example documents them all.
const (
	envHTTPAddr        = "EXOBOT_HTTP_ADDR"
	envLogLevel        = "EXOBOT_LOG_LEVEL"
	envLogFormat       = "EXOBOT_LOG_FORMAT"
	envLogQuestions    = "EXOBOT_LOG_QUESTIONS"
	envRateLimit       = "EXOBOT_RATE_LIMIT"
	envMaxInFlight     = "EXOBOT_MAX_IN_FLIGHT"
	envReplyTimeout    = "EXOBOT_REPLY_TIMEOUT"
	envShutdownTimeout = "EXOBOT_SHUTDOWN_TIMEOUT"
	envMetricsAddr     = "EXOBOT_METRICS_ADDR"
)

// variable is one environment variable exobot reads, for "serve --help".
type variable struct {
	name, def, meaning string
}

// variables lists every variable "exobot serve" reads, in the order of
// .env.example; a test keeps it, .env.example and the deployment recipes
// in step.
var variables = []variable{
	{envHTTPAddr, ":8080", "HTTP address: the Slack and Discord routes, /healthz, /readyz and /metrics"},
	{envMetricsAddr, "", "serve /metrics, /healthz and /readyz on this address instead (e.g. :9090), off the public port"},
	{envLogLevel, "info", "debug, info, warn or error"},
	{envLogFormat, "auto", "auto (text on a terminal, JSON otherwise), text or json"},
	{envLogQuestions, "false", "true adds people's message text to the logs"},
	{envRateLimit, "6", "questions a minute per person; 0 turns the limit off"},
	{envMaxInFlight, "64", "questions answered at once"},
	{envReplyTimeout, "30s", "bound on answering and posting one reply, retries included"},
	{envShutdownTimeout, "20s", "on SIGTERM, how long the replies in flight get (at least the reply timeout and a second)"},
	{envDataDir, "./exobot-data", "directory of the embedded database serve records to (created on first start)"},
	{envDatabaseURL, "", "postgres://… : record to PostgreSQL instead, and share de-duplication, thread memory and rate limits between replicas"},
	{envRecordQuestions, "off", "redacted keeps the redacted text of questions exobot did not answer, for exobot report; off keeps none"},
	{envRetention, "30d", "records older than this are deleted"},
	{envCorpusDir, "", "serve the Q&A from this directory (laid out like ./corpus) and reload it on SIGHUP or when a file changes"},
	{slack.EnvBotToken, "", "Slack bot token, xoxb-…"},
	{slack.EnvAppToken, "", "Slack app-level token, xapp-…: Socket Mode"},
	{slack.EnvSigningSecret, "", "Slack signing secret: HTTP mode"},
	{slack.EnvAPIURL, "https://slack.com/api/", "Slack Web API base URL"},
	{slack.EnvThreadFollowUps, "true", "answer later messages in a thread the bot answered in"},
	{slack.EnvSlashEphemeral, "true", "slash command answers visible only to the asker"},
	{slack.EnvAnswerChannels, "", "channel ids where every message is a question, answered in its thread only with an answer or urgent advice"},
	{discord.EnvBotToken, "", "Discord bot token: the gateway and registering /ask"},
	{discord.EnvPublicKey, "", "Discord application public key: HTTP interactions"},
	{discord.EnvAppID, "", "Discord application id"},
	{discord.EnvGuildID, "", "register /ask to this server only"},
	{discord.EnvAPIURL, "https://discord.com/api/v10/", "Discord REST base URL"},
	{discord.EnvShardID, "", "this process's gateway shard (0-based); with DISCORD_SHARD_COUNT"},
	{discord.EnvShardCount, "", "the number of gateway shards"},
	{discord.EnvAnswerChannels, "", "channel ids where every message is a question, replied to only with an answer or urgent advice"},
	{discord.EnvAskEphemeral, "true", "/ask answers visible only to the asker; false posts them in the channel (urgent replies stay private)"},
}

// knownVariable reports whether name is one of the variables exobot reads.
func knownVariable(name string) bool {
	return slices.ContainsFunc(variables, func(v variable) bool { return v.name == name })
}

// serveHelp is the text of "exobot serve --help".
var serveHelp = func() string {
	var b strings.Builder
	b.WriteString(`Runs every adapter whose variables are set — Slack (Socket Mode and/or HTTP mode),
Discord (gateway and/or HTTP interactions) — and one HTTP server, until SIGINT or
SIGTERM; then finishes the replies in flight and exits 0. A configuration
mistake stops it at once with one line per problem and exit status 2; so does
a token the platform refuses. A platform that cannot be reached is retried.

Configuration comes from the environment, then from a .env file in the working
directory (KEY=VALUE lines; see README "Operate it").

Variables (default in brackets):
`)
	for _, v := range variables {
		def := ""
		if v.def != "" {
			def = " [" + v.def + "]"
		}
		fmt.Fprintf(&b, "  %-24s %s%s\n", v.name, v.meaning, def)
	}
	return b.String()
}()

// serveConfig is everything "exobot serve" reads from the environment.
type serveConfig struct {
	HTTPAddr        string
	LogLevel        slog.Level
	LogFormat       string // "auto", "text" or "json"
	LogQuestions    bool
	RateLimit       int // questions a minute per person; 0 turns the limit off
	MaxInFlight     int
	ReplyTimeout    time.Duration
	ShutdownTimeout time.Duration
	// MetricsAddr, when set, is where /metrics, /healthz and /readyz are
	// served instead of HTTPAddr.
	MetricsAddr string

	Slack          slack.Config
	SlackEnabled   bool
	Discord        discord.Config
	DiscordEnabled bool

	// Store is where serve records and shares state (storeconfig.go).
	Store storeConfig
}

// configError lists every configuration problem, each one line naming the
// variable (or the .env line) at fault, never a secret's value.
type configError struct{ problems []error }

func (e *configError) Error() string {
	lines := make([]string, len(e.problems))
	for i, p := range e.problems {
		lines[i] = "configuration: " + p.Error()
	}
	return strings.Join(lines, "\n")
}

// configFailure is the error that stops a command on configuration
// problems: every one listed, exit status 2.
func configFailure(problems []error) error {
	return &exitError{code: 2, err: &configError{problems: problems}}
}

// loadServeConfig reads and checks the configuration. An error lists every
// problem, one line each naming the variable, never its value.
func loadServeConfig(getenv func(string) string) (serveConfig, error) {
	c := serveConfig{
		HTTPAddr:        ":8080",
		LogFormat:       "auto",
		RateLimit:       6,
		MaxInFlight:     64,
		ReplyTimeout:    30 * time.Second,
		ShutdownTimeout: 20 * time.Second,
	}
	var errs []error
	if v := getenv(envHTTPAddr); v != "" {
		c.HTTPAddr = v
	}
	if err := checkAddr(c.HTTPAddr); err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", envHTTPAddr, err))
	}
	if v := getenv(envMetricsAddr); v != "" {
		c.MetricsAddr = v
		if err := checkAddr(v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", envMetricsAddr, err))
		}
	}
	if v := getenv(envLogLevel); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			errs = append(errs, fmt.Errorf("%s must be debug, info, warn or error", envLogLevel))
		}
	}
	switch v := strings.ToLower(getenv(envLogFormat)); v {
	case "":
	case "auto", "text", "json":
		c.LogFormat = v
	default:
		errs = append(errs, fmt.Errorf("%s must be auto, text or json", envLogFormat))
	}
	if v := getenv(envLogQuestions); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s must be true or false", envLogQuestions))
		}
		c.LogQuestions = b
	}
	intVar := func(name string, dst *int, least int) {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < least {
				errs = append(errs, fmt.Errorf("%s must be a whole number, at least %d", name, least))
				return
			}
			*dst = n
		}
	}
	intVar(envRateLimit, &c.RateLimit, 0)
	intVar(envMaxInFlight, &c.MaxInFlight, 1)
	durVar := func(name string, dst *time.Duration) {
		if v := getenv(name); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil || d <= 0 {
				errs = append(errs, fmt.Errorf("%s must be a positive duration such as 20s", name))
				return
			}
			*dst = d
		}
	}
	durVar(envReplyTimeout, &c.ReplyTimeout)
	durVar(envShutdownTimeout, &c.ShutdownTimeout)

	var err error
	var storeErrs []error
	c.Store, storeErrs = loadStoreConfig(getenv)
	errs = append(errs, storeErrs...)
	c.Slack, c.SlackEnabled, err = slack.ConfigFromEnv(getenv)
	errs = append(errs, problemsOf(err)...)
	c.Discord, c.DiscordEnabled, err = discord.ConfigFromEnv(getenv)
	errs = append(errs, problemsOf(err)...)
	if len(errs) > 0 {
		return c, configFailure(errs)
	}
	return c, nil
}

// problems splits an adapter's configuration error (errors.Join of several)
// into its problems, one line each.
func problemsOf(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, problemsOf(e)...)
		}
		return out
	}
	var out []error
	for _, line := range strings.Split(err.Error(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, errors.New(line))
		}
	}
	return out
}

// checkAddr checks a listen address of the form host:port or :port.
func checkAddr(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return errors.New("want host:port or :port, such as :8080")
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 0 || n > 65535 {
		return errors.New("the port must be a number from 0 to 65535")
	}
	if strings.ContainsAny(host, " /") {
		return errors.New("the host is not a host name or IP address")
	}
	return nil
}

// dotenv is what a .env file holds: its variables, and the problems of
// the lines that could not be read (which are skipped).
type dotenv struct {
	vars     map[string]string
	problems []error
}

// loadDotenv reads the .env file at path, if there is one.
func loadDotenv(path string) dotenv {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return dotenv{}
	}
	if err != nil {
		return dotenv{problems: []error{fmt.Errorf("read %s: %w", path, errors.Unwrap(err))}}
	}
	defer f.Close()
	vars, problems := parseDotenv(f, path)
	return dotenv{vars: vars, problems: problems}
}

// fallback returns a getenv that falls back to the file's variables: the
// real environment wins.
func (d dotenv) fallback(getenv func(string) string) func(string) string {
	if len(d.vars) == 0 {
		return getenv
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return d.vars[k]
	}
}

// withDotenv returns a getenv that falls back to the variables of the
// .env file at path, if there is one, or the file's problems.
func withDotenv(getenv func(string) string, path string) (func(string) string, error) {
	d := loadDotenv(path)
	if len(d.problems) > 0 {
		return nil, errors.Join(d.problems...)
	}
	return d.fallback(getenv), nil
}

// parseDotenv reads a .env file in the syntax most tools share:
//
//	# a comment, and blank lines, are skipped
//	KEY=value                  spaces around the = and the value are trimmed
//	export KEY=value           the shell's export prefix is allowed
//	KEY=value # comment        a " #" ends an unquoted value
//	KEY='literal $value'       single quotes: exactly what is between them
//	KEY="a \"b\" \n c"         double quotes: \" \\ and \n are escapes
//	KEY="line one              a quoted value may span lines
//	line two"
//
// Nothing is expanded ($VAR stays as written). A line it cannot read is a
// problem naming the file, the line and, when it can tell, the variable —
// never the value — and is skipped; the rest of the file is still read.
func parseDotenv(r io.Reader, name string) (map[string]string, []error) {
	vars := map[string]string{}
	var problems []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	next := func() (string, bool) {
		if !sc.Scan() {
			return "", false
		}
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff") // a byte order mark, as some editors save
		}
		return strings.TrimSuffix(line, "\r"), true
	}
	for {
		raw, ok := next()
		if !ok {
			break
		}
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		start := n
		line = strings.TrimPrefix(line, "export ")
		k, v, found := strings.Cut(line, "=")
		k = strings.TrimSpace(k)
		if !found || !isEnvName(k) {
			where := ""
			if first := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == ':' || r == '=' }); !found && len(first) > 0 && knownVariable(first[0]) {
				// One of exobot's variables, missing its "=". Any other
				// word is not echoed: it may be part of a secret (a line
				// of a multi-line key).
				where = first[0] + ": "
			}
			problems = append(problems, fmt.Errorf("%s:%d: %swant KEY=VALUE", name, n, where))
			continue
		}
		v = strings.TrimSpace(v)
		if v != "" && (v[0] == '"' || v[0] == '\'') {
			quote := v[0]
			body := v[1:]
			var val strings.Builder
			closed, after := false, ""
			for {
				if i := closingQuote(body, quote); i >= 0 {
					val.WriteString(body[:i])
					closed, after = true, strings.TrimSpace(body[i+1:])
					break
				}
				val.WriteString(body)
				more, ok := next()
				if !ok {
					break
				}
				val.WriteByte('\n')
				body = more
			}
			switch {
			case !closed:
				problems = append(problems, fmt.Errorf("%s:%d: %s: the quoted value is never closed", name, start, k))
				continue
			case after != "" && !strings.HasPrefix(after, "#"):
				problems = append(problems, fmt.Errorf("%s:%d: %s: unexpected text after the closing quote", name, n, k))
				continue
			}
			v = val.String()
			if quote == '"' {
				v = unescapeDouble(v)
			}
		} else if i := strings.Index(v, " #"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		vars[k] = v
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, fmt.Errorf("%s:%d: %v", name, n+1, err))
	}
	return vars, problems
}

// isEnvName reports whether k is a variable name: letters, digits, _ and
// ., not starting with a digit.
func isEnvName(k string) bool {
	if k == "" || k[0] >= '0' && k[0] <= '9' {
		return false
	}
	for _, r := range k {
		if !(r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// closingQuote returns the index of the quote that closes a value in s, or
// -1: in double quotes a backslash escapes the next character.
func closingQuote(s string, quote byte) int {
	for i := 0; i < len(s); i++ {
		switch {
		case quote == '"' && s[i] == '\\':
			i++
		case s[i] == quote:
			return i
		}
	}
	return -1
}

// unescapeDouble applies the escapes of a double-quoted value.
func unescapeDouble(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case '"', '\\':
				b.WriteByte(s[i+1])
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
