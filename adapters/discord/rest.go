package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// restClient is the part of *discordgo.Session's REST API the adapter uses.
type restClient interface {
	ChannelMessageSendComplex(channelID string, data *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ApplicationCommandBulkOverwrite(appID, guildID string, commands []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	RequestWithBucketID(method, urlStr string, data interface{}, bucketID string, options ...discordgo.RequestOption) ([]byte, error)
	RequestWithLockedBucket(method, urlStr, contentType string, b []byte, bucket *discordgo.Bucket, sequence int, options ...discordgo.RequestOption) ([]byte, error)
}

var _ restClient = (*discordgo.Session)(nil)

// retryPolicy bounds REST retries. discordgo on its own retries a 429
// forever; the adapter turns that off and retries here instead: 429s after
// their retry_after, 5xx and network errors with exponential backoff, at
// most attempts calls in all and never past the context's deadline.
type retryPolicy struct {
	attempts int           // calls in all, the first included
	backoff  time.Duration // first wait after a 5xx or network error; doubles
	maxWait  time.Duration // longest single wait, retry_after included
}

var defaultRetry = retryPolicy{attempts: 4, backoff: 250 * time.Millisecond, maxWait: 30 * time.Second}

// rest performs REST calls with the retry policy, counting retries and
// failures, and logging failures without secrets.
type rest struct {
	client  restClient
	policy  retryPolicy
	metrics bot.Metrics
	log     *slog.Logger
	secrets []string // redacted from every message, just in case
}

// call runs do until it succeeds, fails for good, or the policy or ctx
// says stop. do must pass the options on to the discordgo call. A failure
// that gives up is logged, counted with Metrics.APIError and returned as an
// error that carries no token or URL.
func (r *rest) call(ctx context.Context, op string, attrs []slog.Attr, do func(opts ...discordgo.RequestOption) error) error {
	opts := []discordgo.RequestOption{discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false), discordgo.WithRestRetries(0)}
	for attempt := 1; ; attempt++ {
		err := do(opts...)
		if err == nil || errors.Is(err, discordgo.ErrJSONUnmarshal) {
			// An unreadable answer to a successful call is still a success:
			// retrying could post twice.
			return nil
		}
		wait, retryable := r.policy.wait(err, attempt)
		if retryable && attempt < r.policy.attempts && fits(ctx, wait) {
			r.metrics.APIRetry(platform, op)
			r.log.LogAttrs(ctx, slog.LevelWarn, "discord API call will be retried",
				append(attrs, slog.String("op", op), slog.Int("attempt", attempt), ms("wait_ms", wait), slog.String("error", r.describe(err)))...)
			t := time.NewTimer(wait)
			select {
			case <-t.C:
				continue
			case <-ctx.Done():
				t.Stop()
				err = ctx.Err()
			}
		}
		r.metrics.APIError(platform, op)
		msg := r.describe(err)
		failed := append(slices.Clip(attrs), slog.String("op", op), slog.Int("attempts", attempt), slog.String("error", msg))
		if fix := fixFor(statusOf(err)); fix != "" {
			failed = append(failed, slog.String("fix", fix))
		}
		r.log.LogAttrs(ctx, slog.LevelError, "discord API call failed", failed...)
		return &apiError{op: op, msg: msg, status: statusOf(err)}
	}
}

// fits reports whether waiting d leaves the context alive.
func fits(ctx context.Context, d time.Duration) bool {
	if ctx.Err() != nil {
		return false
	}
	deadline, ok := ctx.Deadline()
	return !ok || time.Until(deadline) > d
}

// wait classifies err: how long to wait before the next attempt, and
// whether another attempt may help at all.
func (p retryPolicy) wait(err error, attempt int) (time.Duration, bool) {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return 0, false
	}
	backoff := p.backoff << (attempt - 1)
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.TooManyRequests != nil {
		d := rl.RetryAfter
		if d <= 0 {
			d = p.backoff
		}
		return d, d <= p.maxWait
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		if re.Response != nil && re.Response.StatusCode >= 500 {
			return min(backoff, p.maxWait), true
		}
		return 0, false
	}
	// discordgo's own 502 handling ends in a plain error once its (zero)
	// retries are spent.
	if strings.HasPrefix(err.Error(), "Exceeded Max retries") {
		return min(backoff, p.maxWait), true
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return min(backoff, p.maxWait), true
	}
	return 0, false
}

// describe renders err for logs and returned errors: status, Discord's
// error code and message, or the network error, but never a request's URL
// (interaction URLs hold the interaction's token) or a header.
func (r *rest) describe(err error) string {
	s := describeErr(err)
	for _, secret := range r.secrets {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, "[redacted]")
		}
	}
	return s
}

func describeErr(err error) string {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.TooManyRequests != nil {
		return "HTTP 429 rate limited, retry after " + rl.RetryAfter.String()
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		s := "HTTP " + re.Response.Status
		if re.Message != nil && (re.Message.Code != 0 || re.Message.Message != "") {
			s += fmt.Sprintf(" (Discord code %d: %s)", re.Message.Code, re.Message.Message)
		}
		return s
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return strings.ToUpper(ue.Op) + " " + safeURL(ue.URL) + ": " + describeErr(ue.Err)
	}
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// safeURL renders a request's URL for a message: scheme, host and path,
// without the query, and without the token of an interaction or webhook
// URL (anyone holding it may answer for the bot).
func safeURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(a Discord URL)"
	}
	path := u.Path
	for _, seg := range []string{"/webhooks/", "/interactions/"} {
		if i := strings.Index(path, seg); i >= 0 {
			path = path[:i+len(seg)] + "…"
		}
	}
	return u.Scheme + "://" + u.Host + path
}

// fixFor says what an operator can do about a REST status that will not go
// away by itself, or "" when there is nothing to say.
func fixFor(status int) string {
	switch status {
	case http.StatusUnauthorized:
		return "Discord refused " + EnvBotToken + ": copy the token again from the developer portal's Bot page"
	case http.StatusForbidden:
		return "the bot lacks a permission in this channel (View Channels, Send Messages, Embed Links, Read Message History, Send Messages in Threads): check the channel's overrides"
	case http.StatusNotFound:
		return "the channel, message or interaction is gone (or DISCORD_APP_ID is wrong)"
	}
	return ""
}

func statusOf(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		return http.StatusTooManyRequests
	}
	return 0
}

// apiError is a REST failure, stripped of the request (which holds the
// Authorization header) and of URLs.
type apiError struct {
	op     string
	status int
	msg    string
}

func (e *apiError) Error() string { return "discord " + e.op + ": " + e.msg }

// tokenRequest calls an interaction-token endpoint (callback, edit or
// delete of the original response): they need no bot token. Each call gets
// a throwaway rate-limit bucket: discordgo keys these buckets by URL, and
// an interaction token is in the URL, so its shared limiter would keep one
// bucket per interaction forever (or, for edits, serialise every edit in
// the process behind one lock).
func (r *rest) tokenRequest(ctx context.Context, op, method, endpoint string, data any, attrs []slog.Attr) error {
	var body []byte
	if data != nil {
		b, err := json.Marshal(data)
		if err != nil {
			return fmt.Errorf("discord %s: encode: %w", op, err)
		}
		body = b
	}
	return r.call(ctx, op, attrs, func(opts ...discordgo.RequestOption) error {
		bucket := discordgo.NewRatelimiter().LockBucket(op)
		_, err := r.client.RequestWithLockedBucket(method, endpoint, "application/json", body, bucket, 0, opts...)
		return err
	})
}

// rewriteTransport sends discordgo's REST calls, which always address
// discordgo.EndpointAPI (https://discord.com/api/v9/), to the configured
// base URL instead, leaving discordgo's package variables alone. It also
// caps the rate-limit reset a response may impose, because discordgo waits
// for a bucket's reset without a context.
type rewriteTransport struct {
	base     http.RoundTripper
	from     *url.URL // discordgo.EndpointAPI
	to       *url.URL // Config.APIURL or DefaultAPIURL
	maxReset time.Duration
}

func newRewriteTransport(base http.RoundTripper, apiURL string, maxReset time.Duration) (*rewriteTransport, error) {
	if base == nil {
		base = http.DefaultTransport
	}
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/"
	}
	to, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", EnvAPIURL, err)
	}
	from, err := url.Parse(discordgo.EndpointAPI)
	if err != nil {
		return nil, err
	}
	return &rewriteTransport{base: base, from: from, to: to, maxReset: maxReset}, nil
}

// RoundTrip implements http.RoundTripper.
func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	u := req.URL
	if u.Scheme == t.from.Scheme && u.Host == t.from.Host && strings.HasPrefix(u.Path, t.from.Path) {
		req = req.Clone(req.Context())
		nu := *u
		nu.Scheme, nu.Host = t.to.Scheme, t.to.Host
		nu.Path = t.to.Path + strings.TrimPrefix(u.Path, t.from.Path)
		nu.RawPath = ""
		req.URL, req.Host = &nu, t.to.Host
	}
	resp, err := t.base.RoundTrip(req)
	if err != nil || t.maxReset <= 0 {
		return resp, err
	}
	if s := resp.Header.Get("X-RateLimit-Reset-After"); s != "" {
		if f, perr := strconv.ParseFloat(s, 64); perr == nil && time.Duration(f*float64(time.Second)) > t.maxReset {
			resp.Header.Set("X-RateLimit-Reset-After", strconv.FormatFloat(t.maxReset.Seconds(), 'f', 3, 64))
		}
	}
	return resp, nil
}
