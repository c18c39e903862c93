package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
)

// retryPolicy bounds how Web API calls are retried. The adapter retries
// itself rather than through slack.OptionRetryConfig so that every retry and
// every give-up is counted (bot.Metrics.APIRetry / APIError) and logged with
// the operation, and so that response_url posts get the same policy.
type retryPolicy struct {
	// Attempts is the total number of tries, the first included.
	Attempts int
	// Backoff is the first wait after a 5xx or a connection error; it
	// doubles each time, up to MaxBackoff, plus up to half again of jitter.
	Backoff    time.Duration
	MaxBackoff time.Duration
	// MaxRetryAfter caps the wait a 429's Retry-After asks for; a longer
	// request gives up. The call's context bounds every wait too.
	MaxRetryAfter time.Duration
}

var defaultRetry = retryPolicy{Attempts: 4, Backoff: 250 * time.Millisecond, MaxBackoff: 4 * time.Second, MaxRetryAfter: 30 * time.Second}

// connectRetry spaces the attempts to reach Slack at start, which go on
// until Slack answers: 1 s, doubling up to a minute, plus jitter.
var connectRetry = retryPolicy{Backoff: time.Second, MaxBackoff: time.Minute}

// call runs fn, retrying 429s after Retry-After and 5xx and connection
// errors with exponential backoff, a bounded number of times. A failure that
// gives up is logged and counted; so is each retry.
func (a *Adapter) call(ctx context.Context, op string, attrs []slog.Attr, fn func(context.Context) error) error {
	p := a.retry
	for attempt := 1; ; attempt++ {
		// Whether the request was written decides whether a transport
		// failure may be retried: a post that may have reached Slack (a
		// timeout while waiting for the answer) is not sent again, or it
		// could appear twice.
		var sent atomic.Bool
		trace := &httptrace.ClientTrace{WroteRequest: func(i httptrace.WroteRequestInfo) {
			if i.Err == nil {
				sent.Store(true)
			}
		}}
		err := fn(httptrace.WithClientTrace(ctx, trace))
		if err == nil {
			return nil
		}
		wait, retryable := p.delay(err, attempt)
		if retryable && sent.Load() && !idempotent[op] && transportError(err) {
			a.metrics.APIError(platform, op)
			a.log.LogAttrs(ctx, slog.LevelError, "slack api call failed after the request was sent: not retried, since Slack may have taken it",
				append([]slog.Attr{slog.String("op", op), slog.Int("attempts", attempt), slog.String("error", a.redact(err))}, attrs...)...)
			return &maybeDeliveredError{err: err}
		}
		var why string
		switch {
		case !retryable:
		case attempt >= p.Attempts:
			why = "retries spent"
		case !fits(ctx, wait):
			// A Retry-After (or backoff) that would end after the
			// deadline: waiting it out could not post the reply anyway,
			// and would hold up a shutdown.
			why = fmt.Sprintf("the next try, in %s, would come after the reply's deadline", wait.Round(time.Millisecond))
		}
		if retryable && why == "" {
			a.metrics.APIRetry(platform, op)
			a.log.LogAttrs(ctx, slog.LevelWarn, "slack api call failed, retrying",
				append([]slog.Attr{slog.String("op", op), slog.Int("attempt", attempt), ms("wait_ms", wait), slog.String("error", a.redact(err))}, attrs...)...)
			t := time.NewTimer(wait)
			select {
			case <-t.C:
				continue
			case <-ctx.Done():
				t.Stop()
				err = errors.Join(err, ctx.Err())
			}
		}
		a.metrics.APIError(platform, op)
		failed := []slog.Attr{slog.String("op", op), slog.Int("attempts", attempt), slog.String("error", a.redact(err))}
		if why != "" {
			failed = append(failed, slog.String("reason", why))
		}
		if fix := fixFor(err); fix != "" {
			failed = append(failed, slog.String("fix", fix))
		}
		a.log.LogAttrs(ctx, slog.LevelError, "slack api call failed, giving up", append(failed, attrs...)...)
		return err
	}
}

// fits reports whether waiting d leaves ctx alive.
func fits(ctx context.Context, d time.Duration) bool {
	if ctx.Err() != nil {
		return false
	}
	deadline, ok := ctx.Deadline()
	return !ok || time.Until(deadline) > d
}

// idempotent names the operations that may be sent twice without effect.
// A post is not: sent twice, it appears twice.
var idempotent = map[string]bool{"auth.test": true, "apps.connections.open": true}

// transportError reports whether err is a failure to get Slack's answer (a
// timeout, a dropped connection) rather than an answer (an HTTP status, an
// ok:false): after such a failure the request may or may not have been
// taken.
func transportError(err error) bool {
	if _, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return false
	}
	if _, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		return false
	}
	if _, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return false
	}
	return true
}

// maybeDeliveredError is a post that failed after it was sent: Slack may
// have posted it.
type maybeDeliveredError struct{ err error }

func (e *maybeDeliveredError) Error() string {
	return "no answer after the request was sent (Slack may have posted it; not retried): " + e.err.Error()
}

func (e *maybeDeliveredError) Unwrap() error { return e.err }

// delay classifies an error: whether another attempt may succeed, and how
// long to wait before it.
func (p retryPolicy) delay(err error, attempt int) (time.Duration, bool) {
	if errors.Is(err, context.Canceled) {
		return 0, false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		// The HTTP client's per-request timeout; call stops retrying when
		// its own context is done.
		return p.backoff(attempt), true
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		wait := max(rl.RetryAfter, time.Second)
		return wait, wait <= p.MaxRetryAfter
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests: // no Retry-After header
			return time.Second, true
		case sc.Code >= 500:
			return p.backoff(attempt), true
		}
		return 0, false
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		// ok:false answers are final (channel_not_found, invalid_auth…),
		// except Slack's own transient ones.
		switch se.Err {
		case "ratelimited":
			return time.Second, true
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return p.backoff(attempt), true
		}
		return 0, false
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return p.backoff(attempt), true
	}
	if ue, ok := errors.AsType[*url.Error](err); ok && ue.Err != nil {
		return p.backoff(attempt), true
	}
	return 0, false
}

func (p retryPolicy) backoff(attempt int) time.Duration {
	d := p.Backoff << (attempt - 1)
	if d <= 0 || d > p.MaxBackoff {
		d = p.MaxBackoff
	}
	if half := int64(d / 2); half > 0 {
		d += time.Duration(rand.Int64N(half)) // #nosec G404 -- jitter needs no crypto
	}
	return d
}

// fixFor says what an operator can do about a Web API error that will not
// go away by itself, or "" when there is nothing to say.
func fixFor(err error) string {
	if reason, refused := refusedToken(err); refused {
		return "Slack refused " + EnvBotToken + " (" + reason + "): check the token and that the app is installed"
	}
	se, ok := errors.AsType[slack.SlackErrorResponse](err)
	if !ok {
		return ""
	}
	switch se.Err {
	case "not_in_channel":
		return "invite the bot to the channel (/invite @exobot)"
	case "channel_not_found":
		return "the channel is gone, or private and the bot is not in it: invite it"
	case "missing_scope":
		return "the app lacks a scope: update it from adapters/slack/manifest-*.yaml and reinstall it"
	case "is_archived":
		return "the channel is archived"
	case "restricted_action", "ekm_access_denied":
		return "a workspace admin restricts posting in this channel"
	case "msg_too_long", "invalid_blocks":
		return "exobot sent a message Slack does not accept: please report it"
	}
	return ""
}
