package slack

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"exobot/adapters/slack/slackfake"
)

// TestRun_SlackUnreachableAtStartIsRetriedUntilItAnswers: auth.test fails
// (500s, then a 429) and the adapter keeps trying, with growing waits,
// logging each failure once and saying why it is not ready; once Slack
// answers it serves.
func TestRun_SlackUnreachableAtStartIsRetriedUntilItAnswers(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, noStart: true})
	h.ad.connect = retryPolicy{Backoff: 20 * time.Millisecond, MaxBackoff: 80 * time.Millisecond}
	h.fake.Fail(slackfake.MethodAuthTest, 3, slackfake.Fault{Status: http.StatusInternalServerError})
	h.fake.Fail(slackfake.MethodAuthTest, 1, slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: "1"})
	if why := h.ad.NotReady(); why != "not started" {
		t.Errorf("NotReady before Run = %q", why)
	}
	start := time.Now()
	h.start()
	h.waitFor("a failed auth.test", func() bool { return strings.Contains(h.ad.NotReady(), "auth.test") })
	if why := h.ad.NotReady(); !strings.Contains(why, "cannot reach Slack") || !strings.Contains(why, "next in") {
		t.Errorf("NotReady while retrying = %q, want what failed and when the next try is", why)
	}
	if code, _ := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), slackfake.EventCallback("Ev0", slackfake.DM("D1", "U1", "hi", "1.0")))); code != http.StatusServiceUnavailable {
		t.Errorf("an event before auth.test passed got %d, want 503 (Slack retries it)", code)
	}
	h.waitFor("ready", h.ad.Ready)
	if d := time.Since(start); d < time.Second {
		t.Errorf("ready after %v: the 429's Retry-After (1 s) was not waited out", d)
	}
	if n := h.fake.Calls(slackfake.MethodAuthTest); n != 5 {
		t.Errorf("%d auth.test calls, want 5 (four failures, then success)", n)
	}
	if why := h.ad.NotReady(); why != "" {
		t.Errorf("NotReady once ready = %q", why)
	}
	if n := strings.Count(h.logs.String(), `msg="slack not reachable, retrying"`); n != 4 {
		t.Errorf("%d retry log lines for 4 failures, want one each", n)
	}
	if _, errs, retries := h.metrics.snapshot(); retries["slack/auth.test"] != 4 || errs["slack/auth.test"] != 0 {
		t.Errorf("retries %v, errors %v; want 4 auth.test retries, no error", retries, errs)
	}
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "what are exosomes?", "1.1"))
	h.posts(1)
}

// TestRun_NoSlackAtAllKeepsTryingUntilCancelled: nothing listens at the API
// URL; Run keeps trying (never returning an error) until its context ends.
func TestRun_NoSlackAtAllKeepsTryingUntilCancelled(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // connections are refused
	logs := &syncBuffer{}
	ad, err := New(Config{BotToken: testBotToken, SigningSecret: testSecret, APIURL: "http://" + addr + "/api/"}, &cannedAnswerer{}, Options{Logger: newTextLogger(logs)})
	if err != nil {
		t.Fatal(err)
	}
	ad.connect = retryPolicy{Backoff: 10 * time.Millisecond, MaxBackoff: 40 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ad.Run(ctx) }()
	deadline := time.Now().Add(waitTimeout)
	for strings.Count(logs.String(), "slack not reachable, retrying") < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("fewer than 3 attempts in %v:\n%s", waitTimeout, logs)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if why := ad.NotReady(); ad.Ready() || !strings.Contains(why, "connection refused") {
		t.Errorf("Ready %t, NotReady %q; want not ready, naming the refused connection", ad.Ready(), why)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v after cancel, want nil", err)
		}
	case <-time.After(waitTimeout):
		t.Fatal("Run did not return after cancel")
	}
}

// TestRun_RefusedTokensNameTheirVariable: only a refused token stops Run, as
// a *RefusedError naming the variable to fix.
func TestRun_RefusedTokensNameTheirVariable(t *testing.T) {
	for _, tt := range []struct {
		name    string
		opts    harnessOptions
		varName string
		reason  string
	}{
		{"bot token", harnessOptions{http: true, noStart: true, fake: slackfake.Options{BotToken: "xoxb-the-real-one"}}, EnvBotToken, "auth.test: invalid_auth"},
		{"app token", harnessOptions{socket: true, noStart: true, appToken: "xapp-1-A1-9999-WRONGAPP"}, EnvAppToken, "apps.connections.open: invalid_auth"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.opts)
			ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
			defer cancel()
			err := h.ad.Run(ctx)
			var refused *RefusedError
			if !errors.As(err, &refused) || refused.RefusedVariable() != tt.varName || refused.Reason != tt.reason {
				t.Fatalf("Run = %#v, want a RefusedError naming %s (%s)", err, tt.varName, tt.reason)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, tt.varName+" was refused by Slack ("+tt.reason+")") || strings.Contains(msg, "WRONGAPP") {
				t.Errorf("message %q", msg)
			}
			if why := h.ad.NotReady(); !strings.Contains(why, tt.varName) {
				t.Errorf("NotReady = %q, want it to name %s", why, tt.varName)
			}
		})
	}
}

func newTextLogger(w *syncBuffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
