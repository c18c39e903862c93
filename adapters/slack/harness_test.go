package slack

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// waitTimeout bounds every wait in these tests; they normally take
// milliseconds.
const waitTimeout = 5 * time.Second

type answererFunc func(ctx context.Context, q bot.Question) bot.Reply

func (f answererFunc) Answer(ctx context.Context, q bot.Question) bot.Reply { return f(ctx, q) }

// cannedAnswerer returns canned replies and records the questions asked.
// "boom" panics, "quiet" gets a silent reply, a question mentioning
// exosomes or naming an entry is answered, anything else is a no-match.
type cannedAnswerer struct {
	gate    chan struct{} // when set, Answer waits for it to close
	started chan struct{} // when set, receives one value per Answer call

	mu    sync.Mutex
	asked []bot.Question
}

func (c *cannedAnswerer) Answer(ctx context.Context, q bot.Question) bot.Reply {
	c.mu.Lock()
	c.asked = append(c.asked, q)
	c.mu.Unlock()
	if c.started != nil {
		c.started <- struct{}{}
	}
	if c.gate != nil {
		select {
		case <-c.gate:
		case <-ctx.Done():
		}
	}
	switch {
	case q.Text == "boom":
		panic("answerer exploded")
	case q.Text == "quiet":
		return bot.Reply{Status: bot.StatusRateLimited, Silent: true}
	case q.EntryID != "":
		return answeredReply(q.EntryID, "Answer for "+q.EntryID+".")
	case strings.Contains(strings.ToLower(q.Text), "exosome"):
		return answeredReply("what-are-exosomes", "Exosomes are tiny vesicles that cells release.")
	default:
		return bot.Reply{Status: bot.StatusNoMatch, Question: q.Text, Answer: "I'm not sure about “" + q.Text + "”.", Disclaimer: testDisclaimer,
			Related: []bot.Suggestion{{ID: "what-are-exosomes", Question: "What are exosomes?"}}}
	}
}

func (c *cannedAnswerer) questions() []bot.Question {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]bot.Question(nil), c.asked...)
}

func answeredReply(entry, answer string) bot.Reply {
	return bot.Reply{
		Status: bot.StatusAnswered, Answer: answer, EntryID: entry,
		Citations:  []bot.Citation{{Source: testSource, Section: "What are exosomes?", Quote: "Exosomes are small extracellular vesicles."}},
		Disclaimer: testDisclaimer,
		Related:    []bot.Suggestion{{ID: "are-exosomes-safe", Question: "Are exosome serums safe?"}},
	}
}

// metricsRecorder records the adapter's metrics.
type metricsRecorder struct {
	mu         sync.Mutex
	feedback   []string
	apiErrors  map[string]int
	apiRetries map[string]int
}

func newMetricsRecorder() *metricsRecorder {
	return &metricsRecorder{apiErrors: map[string]int{}, apiRetries: map[string]int{}}
}

func (m *metricsRecorder) Question(string, bot.Status, time.Duration) {}
func (m *metricsRecorder) RateLimited(string)                         {}
func (m *metricsRecorder) Feedback(platform, entryID string, helpful bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.feedback = append(m.feedback, fmt.Sprintf("%s/%s/%t", platform, entryID, helpful))
}
func (m *metricsRecorder) APIError(platform, op string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.apiErrors[platform+"/"+op]++
}
func (m *metricsRecorder) APIRetry(platform, op string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.apiRetries[platform+"/"+op]++
}

func (m *metricsRecorder) snapshot() (feedback []string, errs, retries map[string]int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	errs, retries = map[string]int{}, map[string]int{}
	for k, v := range m.apiErrors {
		errs[k] = v
	}
	for k, v := range m.apiRetries {
		retries[k] = v
	}
	return append([]string(nil), m.feedback...), errs, retries
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// harness is an adapter wired to a fake Slack on loopback.
type harness struct {
	t       *testing.T
	fake    *slackfake.Server
	ad      *Adapter
	ans     *cannedAnswerer
	metrics *metricsRecorder
	logs    *syncBuffer
	srv     *httptest.Server

	cancel  context.CancelFunc
	runErr  chan error
	stopped atomic.Bool
}

type harnessOptions struct {
	socket       bool // Socket Mode (with HTTP endpoints too when http is set)
	http         bool
	followUps    *bool
	inChannel    bool // SLACK_SLASH_EPHEMERAL=false
	fake         slackfake.Options
	appToken     string // overrides the app token given to the adapter
	noStart      bool
	logQuestions bool
	httpTimeout  time.Duration // the Web API client's timeout; 0 means waitTimeout
	answerer     *cannedAnswerer
}

func newHarness(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	if o.fake.BotToken == "" {
		o.fake.BotToken = testBotToken
	}
	if o.fake.AppToken == "" {
		o.fake.AppToken = testAppToken
	}
	if o.fake.PingInterval == 0 {
		o.fake.PingInterval = 200 * time.Millisecond
	}
	h := &harness{t: t, fake: slackfake.New(o.fake), ans: o.answerer, metrics: newMetricsRecorder(), logs: &syncBuffer{}, runErr: make(chan error, 1)}
	if h.ans == nil {
		h.ans = &cannedAnswerer{}
	}
	cfg := Config{BotToken: testBotToken, APIURL: h.fake.APIURL(), ThreadFollowUps: true, SlashEphemeral: !o.inChannel}
	if o.followUps != nil {
		cfg.ThreadFollowUps = *o.followUps
	}
	if o.socket {
		cfg.AppToken = testAppToken
		if o.appToken != "" {
			cfg.AppToken = o.appToken
		}
	}
	if o.http || !o.socket {
		cfg.SigningSecret = testSecret
	}
	logger := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if o.httpTimeout == 0 {
		o.httpTimeout = waitTimeout
	}
	ad, err := New(cfg, h.ans, Options{Logger: logger, Metrics: h.metrics, HTTPClient: &http.Client{Timeout: o.httpTimeout},
		ReplyTimeout: 10 * time.Second, LogQuestions: o.logQuestions})
	if err != nil {
		t.Fatal(err)
	}
	ad.retry = retryPolicy{Attempts: 4, Backoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond, MaxRetryAfter: 5 * time.Second}
	ad.connect = retryPolicy{Backoff: 10 * time.Millisecond, MaxBackoff: 40 * time.Millisecond}
	h.ad = ad
	mux := http.NewServeMux()
	ad.Register(mux)
	h.srv = httptest.NewServer(mux)
	t.Cleanup(func() { h.close(o.logQuestions) })
	if !o.noStart {
		h.start()
		h.waitFor("adapter ready", ad.Ready)
	}
	return h
}

// start runs the adapter until the test ends.
func (h *harness) start() {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.runErr <- h.ad.Run(ctx) }()
}

// stop cancels Run and returns its result.
func (h *harness) stop() error {
	h.t.Helper()
	if h.cancel == nil || !h.stopped.CompareAndSwap(false, true) {
		return nil
	}
	h.cancel()
	select {
	case err := <-h.runErr:
		return err
	case <-time.After(waitTimeout):
		h.t.Fatal("Run did not return after its context was cancelled")
		return nil
	}
}

func (h *harness) close(logQuestions bool) {
	if err := h.stop(); err != nil {
		h.t.Errorf("Run returned %v after cancel, want nil", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	if err := h.ad.Drain(ctx); err != nil {
		h.t.Errorf("Drain: %v", err)
	}
	h.srv.Close()
	h.fake.Close()
	// Whatever the test did, no secret reached the logs, and no message
	// text either unless the operator opted in.
	logs := h.logs.String()
	for _, secret := range []string{testBotToken, testAppToken, testSecret} {
		if strings.Contains(logs, secret) {
			h.t.Errorf("logs reveal a secret:\n%s", logs)
		}
	}
	if !logQuestions {
		for _, q := range h.ans.questions() {
			// Multi-word questions only: a single word may well be an id.
			if strings.Contains(q.Text, " ") && strings.Contains(logs, q.Text) {
				h.t.Errorf("logs carry the question %q:\n%s", q.Text, logs)
			}
		}
	}
	if h.t.Failed() {
		h.t.Logf("adapter logs:\n%s", logs)
	}
}

// waitFor polls a condition that has no event to wait on (Ready).
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// do sends a request to the adapter's HTTP endpoints.
func (h *harness) do(r *http.Request) (int, string) {
	h.t.Helper()
	resp, err := h.srv.Client().Do(r)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func (h *harness) url(path string) string { return h.srv.URL + path }

// sendEvent posts a signed Events API callback and expects 200.
func (h *harness) sendEvent(eventID string, m slackfake.Message) {
	h.t.Helper()
	if code, body := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), slackfake.EventCallback(eventID, m))); code != http.StatusOK {
		h.t.Fatalf("event %s: status %d %q", eventID, code, body)
	}
}

// drain waits for every accepted reply.
func (h *harness) drain() {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	if err := h.ad.Drain(ctx); err != nil {
		h.t.Fatal(err)
	}
}

// posts waits for exactly n posts: at least n arrive, and none more once
// every accepted reply is done.
func (h *harness) posts(n int) []slackfake.Post {
	h.t.Helper()
	if _, err := h.fake.WaitPosts(n, waitTimeout); err != nil {
		h.t.Fatal(err)
	}
	h.drain()
	got := h.fake.Posts()
	if len(got) != n {
		h.t.Fatalf("%d posts, want %d: %+v", len(got), n, got)
	}
	return got
}

// blocksText is the concatenated text of a post's blocks.
func blocksText(t *testing.T, p slackfake.Post) string {
	t.Helper()
	blocks, err := p.BlockList()
	if err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var b strings.Builder
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && (k == "text" || k == "value" || k == "action_id") {
					b.WriteString(s)
					b.WriteString("\n")
				} else {
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, blk := range blocks {
		walk(blk)
	}
	return b.String()
}
