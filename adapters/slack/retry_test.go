package slack

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

func TestRetryPolicy_Delay(t *testing.T) {
	p := retryPolicy{Attempts: 4, Backoff: 100 * time.Millisecond, MaxBackoff: time.Second, MaxRetryAfter: 10 * time.Second}
	tests := []struct {
		name      string
		err       error
		retryable bool
		min, max  time.Duration
	}{
		{"429 with Retry-After", &slack.RateLimitedError{RetryAfter: 2 * time.Second}, true, 2 * time.Second, 2 * time.Second},
		{"429 with Retry-After 0", &slack.RateLimitedError{}, true, time.Second, time.Second},
		{"429 asking too long", &slack.RateLimitedError{RetryAfter: time.Minute}, false, 0, time.Hour},
		{"429 without header", slack.StatusCodeError{Code: 429}, true, time.Second, time.Second},
		{"500", slack.StatusCodeError{Code: 500}, true, 100 * time.Millisecond, 150 * time.Millisecond},
		{"503", slack.StatusCodeError{Code: 503}, true, 100 * time.Millisecond, 150 * time.Millisecond},
		{"404", slack.StatusCodeError{Code: 404}, false, 0, 0},
		{"ok:false channel_not_found", slack.SlackErrorResponse{Err: "channel_not_found"}, false, 0, 0},
		{"ok:false ratelimited", slack.SlackErrorResponse{Err: "ratelimited"}, true, time.Second, time.Second},
		{"ok:false internal_error", slack.SlackErrorResponse{Err: "internal_error"}, true, 100 * time.Millisecond, 150 * time.Millisecond},
		{"connection refused", &url.Error{Op: "Post", URL: "http://x", Err: &net.OpError{Op: "dial", Err: errors.New("connection refused")}}, true, 100 * time.Millisecond, 150 * time.Millisecond},
		{"context cancelled", fmt.Errorf("post: %w", context.Canceled), false, 0, 0},
		{"request timeout", &url.Error{Op: "Post", URL: "http://x", Err: context.DeadlineExceeded}, true, 100 * time.Millisecond, 150 * time.Millisecond},
		{"other", errors.New("weird"), false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wait, retryable := p.delay(tt.err, 1)
			if retryable != tt.retryable {
				t.Fatalf("retryable = %t, want %t", retryable, tt.retryable)
			}
			if retryable && (wait < tt.min || wait > tt.max) {
				t.Errorf("wait = %s, want in [%s, %s]", wait, tt.min, tt.max)
			}
		})
	}
	if w := p.backoff(10); w < time.Second || w > 1500*time.Millisecond {
		t.Errorf("backoff(10) = %s, want capped near 1s", w)
	}
}

func TestRedact_RemovesSecrets(t *testing.T) {
	a, err := New(Config{BotToken: testBotToken, SigningSecret: testSecret}, answererFunc(nil), Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = fmt.Errorf("post: %w", &url.Error{Op: "Post", URL: "https://hooks.slack.com/commands/T1/123/SECRETHOOK",
		Err: fmt.Errorf("token %s secret %s other xoxp-123-SECRETUSER dial wss://wss.slack.com/link/?ticket=SECRETTICKET&app_id=A1", testBotToken, testSecret)})
	got := a.redact(err)
	for _, secret := range []string{testBotToken, testSecret, "SECRETHOOK", "SECRETUSER", "SECRETTICKET"} {
		if strings.Contains(got, secret) {
			t.Errorf("redact left %q in %q", secret, got)
		}
	}
	if !strings.Contains(got, "app_id=A1") || !strings.Contains(got, "Post") {
		t.Errorf("redact removed too much: %q", got)
	}
	// A response_url on any host, in any case.
	for _, u := range []string{
		"https://HOOKS.SLACK.COM/commands/T1/123/SECRETHOOK",
		"https://hooks.slack-gov.com/actions/T1/123/SECRETHOOK",
		"https://Hooks.Slack.com/commands/T1/123/SECRETHOOK",
		"https://example.com/some/SECRETHOOK?x=1",
		"hooks.slack.com/commands/T1/123/SECRETHOOK",
	} {
		got := a.redact(&url.Error{Op: "Post", URL: u, Err: errors.New("connection reset")})
		if strings.Contains(got, "SECRETHOOK") || !strings.Contains(got, "connection reset") {
			t.Errorf("redact(%s) = %q", u, got)
		}
	}
	// The Web API's URLs stay: they carry no secret and say which call.
	if got := a.redact(&url.Error{Op: "Post", URL: "https://slack.com/api/chat.postMessage", Err: errors.New("EOF")}); !strings.Contains(got, "https://slack.com/api/chat.postMessage") {
		t.Errorf("redact removed the API URL: %q", got)
	}
	if a.redact(nil) != "" {
		t.Error("redact(nil) not empty")
	}
}

func TestFixFor_NamesWhatToDo(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string // in the fix; "" for no fix
	}{
		{slack.SlackErrorResponse{Err: "invalid_auth"}, "SLACK_BOT_TOKEN"},
		{slack.SlackErrorResponse{Err: "not_in_channel"}, "/invite @exobot"},
		{slack.SlackErrorResponse{Err: "missing_scope"}, "manifest"},
		{slack.SlackErrorResponse{Err: "ratelimited"}, ""},
		{slack.StatusCodeError{Code: 500, Status: "500"}, ""},
		{slack.StatusCodeError{Code: 401, Status: "401"}, "SLACK_BOT_TOKEN"},
	} {
		got := fixFor(tt.err)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("fixFor(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
