package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// DefaultAPIURL is Discord's REST base URL used when Config.APIURL is empty.
const DefaultAPIURL = "https://discord.com/api/v10/"

// Config is the adapter's configuration, usually read by ConfigFromEnv.
type Config struct {
	// BotToken (DISCORD_BOT_TOKEN) authenticates the gateway and command
	// registration. It is stored without a "Bot " prefix.
	BotToken string
	// PublicKey (DISCORD_PUBLIC_KEY) is the application's hex Ed25519 key;
	// setting it enables the HTTP interactions endpoint.
	PublicKey string
	// AppID (DISCORD_APP_ID) is the application id. Optional with a bot
	// token: it is learnt from READY or GET /oauth2/applications/@me.
	AppID string
	// GuildID (DISCORD_GUILD_ID) registers /ask to one guild, where it
	// appears at once, instead of globally.
	GuildID string
	// APIURL (DISCORD_API_URL) overrides the REST base URL (DefaultAPIURL).
	// It is applied by the HTTP client's transport, so it also redirects
	// the discovery of the gateway's address.
	APIURL string
	// ShardID and ShardCount (DISCORD_SHARD_ID, DISCORD_SHARD_COUNT) select
	// this process's shard of the gateway; ShardCount 0 or 1 means unsharded.
	ShardID, ShardCount int
	// AskPublic (DISCORD_ASK_EPHEMERAL=false) posts /ask answers in the
	// channel for everyone to see. By default they are private to the
	// person who asked, as Ask exobot's and urgent replies always are.
	AskPublic bool
	// AnswerChannels (DISCORD_ANSWER_CHANNELS) are channel ids where every
	// message is a question, without a mention: exobot replies there only
	// with an answer or urgent-care advice.
	AnswerChannels []string
}

// askPrivate reports whether /ask answers privately.
func (c Config) askPrivate() bool { return !c.AskPublic }

// The environment variables ConfigFromEnv reads.
const (
	EnvBotToken   = "DISCORD_BOT_TOKEN"
	EnvPublicKey  = "DISCORD_PUBLIC_KEY"
	EnvAppID      = "DISCORD_APP_ID"
	EnvGuildID    = "DISCORD_GUILD_ID"
	EnvAPIURL     = "DISCORD_API_URL"
	EnvShardID    = "DISCORD_SHARD_ID"
	EnvShardCount = "DISCORD_SHARD_COUNT"
	// EnvAskEphemeral ("true" by default) answers /ask privately; "false"
	// posts the answers in the channel.
	EnvAskEphemeral = "DISCORD_ASK_EPHEMERAL"
	// EnvAnswerChannels lists answer channels: ids separated by commas or
	// spaces.
	EnvAnswerChannels = "DISCORD_ANSWER_CHANNELS"
)

// envVars turn the adapter on when set; the behaviour switches
// (DISCORD_ASK_EPHEMERAL) alone do not.
var envVars = []string{EnvBotToken, EnvPublicKey, EnvAppID, EnvGuildID, EnvAPIURL, EnvShardID, EnvShardCount}

// ConfigFromEnv reads the DISCORD_* variables through getenv. enabled is
// false when none of them is set. Every problem is reported at once, one
// line each naming the variable; no error ever contains a secret's value.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	v := make(map[string]string, len(envVars))
	for _, name := range envVars {
		if s := strings.TrimSpace(getenv(name)); s != "" {
			v[name] = s
			enabled = true
		}
	}
	if !enabled {
		return Config{}, false, nil
	}
	cfg = Config{
		BotToken:  strings.TrimPrefix(v[EnvBotToken], "Bot "),
		PublicKey: v[EnvPublicKey],
		AppID:     v[EnvAppID],
		GuildID:   v[EnvGuildID],
		APIURL:    v[EnvAPIURL],
	}
	var errs []error
	if s := strings.TrimSpace(getenv(EnvAskEphemeral)); s != "" {
		b, perr := strconv.ParseBool(s)
		if perr != nil {
			errs = append(errs, fmt.Errorf("%s must be true or false", EnvAskEphemeral))
		}
		cfg.AskPublic = perr == nil && !b
	}
	if s := strings.TrimSpace(getenv(EnvAnswerChannels)); s != "" {
		ids, perr := parseChannelList(s)
		if perr != nil {
			errs = append(errs, perr)
		}
		cfg.AnswerChannels = ids
	}
	if s, ok := v[EnvShardID]; ok {
		n, perr := strconv.Atoi(s)
		if perr != nil || n < 0 {
			errs = append(errs, fmt.Errorf("%s: must be a whole number ≥ 0", EnvShardID))
		}
		cfg.ShardID = n
	}
	if s, ok := v[EnvShardCount]; ok {
		n, perr := strconv.Atoi(s)
		if perr != nil || n < 1 {
			errs = append(errs, fmt.Errorf("%s: must be a whole number ≥ 1", EnvShardCount))
		}
		cfg.ShardCount = n
	}
	_, hasID := v[EnvShardID]
	_, hasCount := v[EnvShardCount]
	switch {
	case hasID && !hasCount:
		errs = append(errs, fmt.Errorf("%s is set but %s is not: set both, or neither", EnvShardID, EnvShardCount))
	case hasCount && !hasID && cfg.ShardCount > 1:
		errs = append(errs, fmt.Errorf("%s is %d but %s is not set: each process needs its own shard id", EnvShardCount, cfg.ShardCount, EnvShardID))
	case len(errs) == 0:
		if err := cfg.validateShards(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := cfg.validateCore(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return cfg, true, errors.Join(errs...)
	}
	return cfg, true, nil
}

// validate checks cfg, naming the environment variable behind each field.
// Secrets are never echoed.
func (c Config) validate() error {
	return errors.Join(c.validateCore(), c.validateShards())
}

func (c Config) validateShards() error {
	switch {
	case c.ShardID < 0 || c.ShardCount < 0:
		return fmt.Errorf("%s and %s must not be negative", EnvShardID, EnvShardCount)
	case c.ShardCount > 0 && c.ShardID >= c.ShardCount:
		return fmt.Errorf("%s must be less than %s (shard ids count from 0)", EnvShardID, EnvShardCount)
	case c.ShardCount == 0 && c.ShardID > 0:
		return fmt.Errorf("%s is set but %s is not", EnvShardID, EnvShardCount)
	}
	return nil
}

func (c Config) validateCore() error {
	var errs []error
	if c.BotToken == "" && c.PublicKey == "" {
		errs = append(errs, fmt.Errorf("%s or %s is required to run in Discord", EnvBotToken, EnvPublicKey))
	}
	if c.BotToken != "" {
		if err := checkBotToken(c.BotToken); err != nil {
			errs = append(errs, err)
		}
	}
	if c.PublicKey != "" {
		if _, err := parsePublicKey(c.PublicKey); err != nil {
			errs = append(errs, err)
		}
	}
	if c.AppID != "" && !isSnowflake(c.AppID) {
		errs = append(errs, fmt.Errorf("%s: must be the numeric application id (copy it from the developer portal's General Information page)", EnvAppID))
	}
	if c.GuildID != "" && !isSnowflake(c.GuildID) {
		errs = append(errs, fmt.Errorf("%s: must be a numeric server (guild) id (enable Developer Mode, then right-click the server → Copy Server ID)", EnvGuildID))
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
			errs = append(errs, fmt.Errorf("%s: must be an absolute http(s) URL without credentials or query, such as %s", EnvAPIURL, DefaultAPIURL))
		}
	}
	return errors.Join(errs...)
}

// checkBotToken rejects what cannot be a bot token: Discord's bot tokens
// are three dot-separated base64url parts (the first encodes the bot's
// user id). The message never includes the value.
func checkBotToken(tok string) error {
	if strings.HasPrefix(tok, "Bearer ") {
		return fmt.Errorf("%s: this is an OAuth2 bearer token, not a bot token (copy the token from the developer portal's Bot page)", EnvBotToken)
	}
	parts := strings.Split(tok, ".")
	ok := len(parts) == 3
	for _, p := range parts {
		if p == "" || strings.IndexFunc(p, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
		}) >= 0 {
			ok = false
		}
	}
	if !ok {
		return fmt.Errorf("%s: not a bot token (expected three dot-separated base64url parts, %d characters given; copy it from the developer portal's Bot page, with or without a \"Bot \" prefix)", EnvBotToken, len(tok))
	}
	return nil
}

func parsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%s: not hex (expected the 64 hex characters of the application's public key from the developer portal's General Information page)", EnvPublicKey)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%s: %d hex characters, want %d (an Ed25519 public key)", EnvPublicKey, len(s), 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// isSnowflake reports whether s is a Discord id: a decimal uint64.
func isSnowflake(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil && s[0] != '+'
}

// parseChannelList reads DISCORD_ANSWER_CHANNELS: channel ids separated by
// commas or white space.
func parseChannelList(s string) ([]string, error) {
	var ids []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		if !isSnowflake(f) {
			return nil, fmt.Errorf("%s: must be numeric channel ids separated by commas (enable Developer Mode, then right-click the channel → Copy Channel ID)", EnvAnswerChannels)
		}
		ids = append(ids, f)
	}
	return ids, nil
}
