package slack

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
)

// The environment variables read by ConfigFromEnv.
const (
	EnvBotToken        = "SLACK_BOT_TOKEN"
	EnvAppToken        = "SLACK_APP_TOKEN"
	EnvSigningSecret   = "SLACK_SIGNING_SECRET"
	EnvAPIURL          = "SLACK_API_URL"
	EnvThreadFollowUps = "SLACK_THREAD_FOLLOWUPS"
	EnvSlashEphemeral  = "SLACK_SLASH_EPHEMERAL"
	EnvAnswerChannels  = "SLACK_ANSWER_CHANNELS"
)

// Config is the Slack connection: tokens, mode and behaviour switches.
// Its String and LogValue methods redact the secrets, so a Config can be
// printed or logged safely.
type Config struct {
	// BotToken is the bot user OAuth token (xoxb-…), required.
	BotToken string
	// AppToken is an app-level token (xapp-…) with connections:write; when
	// set, the adapter connects in Socket Mode.
	AppToken string
	// SigningSecret is the app's signing secret; when set, Register adds the
	// HTTP endpoints and every request to them must be signed with it.
	SigningSecret string
	// APIURL overrides the Web API base URL (Slack's by default). It ends
	// with "/".
	APIURL string
	// ThreadFollowUps answers later messages in a thread the bot answered in
	// without a new mention.
	ThreadFollowUps bool
	// SlashEphemeral makes slash command answers visible only to the person
	// who asked.
	SlashEphemeral bool
	// AnswerChannels are channel ids (SLACK_ANSWER_CHANNELS) where every
	// top-level message is a question, without a mention, answered in its
	// thread only with an answer or urgent-care advice.
	AnswerChannels []string
}

// ConfigFromEnv reads the SLACK_* variables through getenv. enabled is false
// when no token and no signing secret is set: Slack is simply not
// configured, whatever the behaviour switches say. Otherwise the
// configuration is validated and err, when not nil, joins (errors.Join)
// every problem, each one line naming the variable at fault; it never
// contains a secret's value.
// SLACK_THREAD_FOLLOWUPS and SLACK_SLASH_EPHEMERAL default to true.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	get := func(name string) string { return strings.TrimSpace(getenv(name)) }
	cfg = Config{
		BotToken:        get(EnvBotToken),
		AppToken:        get(EnvAppToken),
		SigningSecret:   get(EnvSigningSecret),
		APIURL:          get(EnvAPIURL),
		ThreadFollowUps: true,
		SlashEphemeral:  true,
	}
	follow, ephemeral := get(EnvThreadFollowUps), get(EnvSlashEphemeral)
	// A token or the signing secret turns Slack on; the behaviour switches
	// and the API URL alone do not (.env.example sets the switches).
	enabled = cfg.BotToken != "" || cfg.AppToken != "" || cfg.SigningSecret != ""
	if !enabled {
		return Config{}, false, nil
	}
	var errs []error
	if follow != "" {
		if cfg.ThreadFollowUps, err = parseBool(EnvThreadFollowUps, follow); err != nil {
			errs = append(errs, err)
		}
	}
	if ephemeral != "" {
		if cfg.SlashEphemeral, err = parseBool(EnvSlashEphemeral, ephemeral); err != nil {
			errs = append(errs, err)
		}
	}
	if v := get(EnvAnswerChannels); v != "" {
		if cfg.AnswerChannels, err = parseChannels(v); err != nil {
			errs = append(errs, err)
		}
	}
	if cfg.APIURL != "" {
		if cfg.APIURL, err = normaliseAPIURL(cfg.APIURL); err != nil {
			errs = append(errs, err)
		}
	}
	if err := cfg.validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return cfg, true, errors.Join(errs...)
	}
	return cfg, true, nil
}

// validate checks the tokens and that a connection mode is chosen.
func (c Config) validate() error {
	var errs []error
	switch {
	case c.BotToken == "" && (c.AppToken != "" || c.SigningSecret != ""):
		errs = append(errs, fmt.Errorf("%s is required when %s or %s is set", EnvBotToken, EnvAppToken, EnvSigningSecret))
	case !strings.HasPrefix(c.BotToken, "xoxb-"):
		errs = append(errs, fmt.Errorf("%s must be a bot token starting with xoxb-%s", EnvBotToken, tokenHint(c.BotToken)))
	}
	if c.AppToken != "" && !strings.HasPrefix(c.AppToken, "xapp-") {
		errs = append(errs, fmt.Errorf("%s must be an app-level token starting with xapp-%s", EnvAppToken, tokenHint(c.AppToken)))
	}
	if c.SigningSecret != "" && strings.HasPrefix(c.SigningSecret, "x") && strings.Contains(c.SigningSecret, "-") {
		errs = append(errs, fmt.Errorf("%s looks like a token, not the signing secret from the app's Basic Information page", EnvSigningSecret))
	}
	if c.BotToken != "" && c.AppToken == "" && c.SigningSecret == "" {
		errs = append(errs, fmt.Errorf("%s is set but neither %s (Socket Mode) nor %s (HTTP mode) is", EnvBotToken, EnvAppToken, EnvSigningSecret))
	}
	return errors.Join(errs...)
}

// tokenHint names the kind of token that was given instead, from its
// public prefix only.
func tokenHint(v string) string {
	for _, k := range []struct{ prefix, kind string }{
		{"xoxb-", "a bot token"},
		{"xoxp-", "a user token"},
		{"xapp-", "an app-level token"},
		{"xoxe", "a refresh or configuration token"},
		{"xoxa-", "a workspace token"},
	} {
		if strings.HasPrefix(v, k.prefix) {
			return " (the value looks like " + k.kind + ")"
		}
	}
	return ""
}

func parseBool(name, v string) (bool, error) {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s must be true or false, not %q", name, v)
	}
	return b, nil
}

// normaliseAPIURL checks an API base URL and makes it end with "/".
func normaliseAPIURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return "", fmt.Errorf("%s must be an absolute http(s) URL such as https://slack.com/api/", EnvAPIURL)
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	return raw, nil
}

// mode names the connection modes in use, for logs.
func (c Config) mode() string {
	switch {
	case c.AppToken != "" && c.SigningSecret != "":
		return "socket+http"
	case c.AppToken != "":
		return "socket"
	default:
		return "http"
	}
}

func redacted(v string) string {
	if v == "" {
		return ""
	}
	return "[REDACTED]"
}

// String describes the configuration with its secrets redacted.
func (c Config) String() string {
	return fmt.Sprintf("slack.Config{BotToken:%s AppToken:%s SigningSecret:%s APIURL:%s ThreadFollowUps:%t SlashEphemeral:%t}",
		redacted(c.BotToken), redacted(c.AppToken), redacted(c.SigningSecret), c.APIURL, c.ThreadFollowUps, c.SlashEphemeral)
}

// GoString is String, so that %#v redacts too.
func (c Config) GoString() string { return c.String() }

// LogValue logs the configuration without its secrets.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("mode", c.mode()),
		slog.String("api_url", c.APIURL),
		slog.Bool("thread_followups", c.ThreadFollowUps),
		slog.Bool("slash_ephemeral", c.SlashEphemeral),
		slog.Int("answer_channels", len(c.AnswerChannels)),
	)
}

// parseChannels reads SLACK_ANSWER_CHANNELS: conversation ids (C… for
// public channels, G… for private ones) separated by commas or spaces.
func parseChannels(v string) ([]string, error) {
	var ids []string
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		ok := len(f) >= 9 && len(f) <= 20 && (f[0] == 'C' || f[0] == 'G')
		for _, r := range f {
			ok = ok && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}
		if !ok {
			return nil, fmt.Errorf("%s must be channel ids such as C0123456789, separated by commas (a channel's id is at the bottom of its About tab)", EnvAnswerChannels)
		}
		ids = append(ids, f)
	}
	return ids, nil
}
