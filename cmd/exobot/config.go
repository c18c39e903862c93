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
)

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

	Slack          slack.Config
	SlackEnabled   bool
	Discord        discord.Config
	DiscordEnabled bool
}

// loadServeConfig reads and checks the configuration. An error is one line
// that names the variable and never contains its value.
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
	if c.Slack, c.SlackEnabled, err = slack.ConfigFromEnv(getenv); err != nil {
		errs = append(errs, problems(err)...)
	}
	if c.Discord, c.DiscordEnabled, err = discord.ConfigFromEnv(getenv); err != nil {
		errs = append(errs, problems(err)...)
	}
	if len(errs) > 0 {
		// One clear line: the first problem, and how many more there are.
		msg := errs[0].Error()
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (and %d more configuration problems)", len(errs)-1)
		}
		return c, &exitError{code: 2, err: errors.New("configuration: " + msg)}
	}
	return c, nil
}

// problems splits an adapter's configuration error into its problems, so
// that the message stays on one line: the Discord adapter joins several
// with errors.Join, which puts one on each line.
func problems(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, problems(e)...)
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

// withDotenv returns a getenv that falls back to the variables of the
// .env file at path, if there is one: the real environment wins. A
// malformed file is an error naming the line, never its value.
func withDotenv(getenv func(string) string, path string) (func(string) string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return getenv, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	vars, err := parseDotenv(f, path)
	if err != nil {
		return nil, err
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vars[k]
	}, nil
}

// parseDotenv reads KEY=VALUE lines: blank lines and # comments are
// skipped, an optional "export " prefix is allowed, and a value may be
// wrapped in single or double quotes.
func parseDotenv(r io.Reader, name string) (map[string]string, error) {
	vars := map[string]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff") // a byte order mark, as some editors save
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \t\"'") {
			return nil, fmt.Errorf("%s:%d: want KEY=VALUE", name, n)
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		} else if i := strings.Index(v, " #"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		vars[k] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return vars, nil
}
