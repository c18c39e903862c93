package discord

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
)

// TestRun_GatewayUnreachableAtStartIsRetried: the gateway refuses the first
// handshakes; Run keeps trying with growing waits, each failure logged once
// and counted, says why it is not ready meanwhile, and connects.
func TestRun_GatewayUnreachableAtStartIsRetried(t *testing.T) {
	srv := discordfake.New(discordfake.Options{BotToken: testToken, HeartbeatInterval: 250 * time.Millisecond})
	t.Cleanup(srv.Close)
	srv.Gateway.RefuseConnections(3)
	log, logs := newTestLogger()
	m := newFakeMetrics()
	a, err := New(Config{BotToken: testToken, APIURL: srv.APIURL, GuildID: "300000000000000001"}, newFakeAnswerer(), Options{Logger: log, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	a.connect = connectPolicy{first: 30 * time.Millisecond, max: 100 * time.Millisecond}
	if why := a.NotReady(); why != "not started" {
		t.Errorf("NotReady before Run = %q", why)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	waitUntil(t, "a failed attempt", func() bool { return strings.Contains(a.NotReady(), "cannot open the gateway") })
	if why := a.NotReady(); !strings.Contains(why, "next in") || strings.Contains(why, testToken) {
		t.Errorf("NotReady while retrying = %q", why)
	}
	waitUntil(t, "ready", a.Ready)
	if n := strings.Count(logs.String(), "discord gateway not reachable, retrying"); n != 3 {
		t.Errorf("%d retry log lines for 3 refused handshakes, want one each:\n%s", n, logs)
	}
	if n := m.get("retry discord gateway"); n != 3 {
		t.Errorf("%d gateway retries counted, want 3", n)
	}
	if why := a.NotReady(); why != "" {
		t.Errorf("NotReady once ready = %q", why)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v after cancel, want nil", err)
		}
	case <-time.After(waitLong):
		t.Fatal("Run did not return after cancel")
	}
	if strings.Contains(logs.String(), testToken) {
		t.Error("the token reached the logs")
	}
}

// TestRun_RefusedTokenStopsRunNamingTheVariable: close 4004 is the one
// failure Run does not retry.
func TestRun_RefusedTokenStopsRunNamingTheVariable(t *testing.T) {
	srv := discordfake.New(discordfake.Options{BotToken: "MTAwMDAwMDAwMDAwMDAwMDAy.Other.another-token-entirely"})
	t.Cleanup(srv.Close)
	log, logs := newTestLogger()
	m := newFakeMetrics()
	a, err := New(Config{BotToken: testToken, APIURL: srv.APIURL}, newFakeAnswerer(), Options{Logger: log, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	a.connect = connectPolicy{first: 10 * time.Millisecond, max: 20 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), waitLong)
	defer cancel()
	err = a.Run(ctx)
	var refused *RefusedError
	if !errors.As(err, &refused) || refused.RefusedVariable() != EnvBotToken || !strings.Contains(err.Error(), "close 4004") {
		t.Fatalf("Run = %v, want a RefusedError naming %s and close 4004", err, EnvBotToken)
	}
	if ctx.Err() != nil {
		t.Fatal("Run retried a refused token until the test's deadline")
	}
	if strings.Contains(err.Error(), testToken) || strings.Contains(logs.String(), testToken) {
		t.Error("the token leaked")
	}
	if why := a.NotReady(); !strings.Contains(why, EnvBotToken) {
		t.Errorf("NotReady = %q, want it to name %s", why, EnvBotToken)
	}
	if m.get("error discord gateway") != 1 || m.get("retry discord gateway") != 0 {
		t.Errorf("metrics %v, want one gateway error and no retry", m.counts)
	}
}
