package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// Secrets used by the tests. Each contains "SECRET" so that a leak is easy
// to spot; none may ever appear in a log line or an error message.
const (
	testSlackBot     = "xoxb-1-SECRETbot0token"
	testSlackApp     = "xapp-1-SECRETapp0token"
	testSlackSigning = "SECRETsigning0secret0for0tests"
	testDiscordToken = "MTAwMDAwMDAwMDAwMDAwMDAx.GsEcRt.SECRETdiscord_token-for-tests"
)

var testSecrets = []string{testSlackBot, testSlackApp, testSlackSigning, testDiscordToken}

// waitLong bounds every wait for something that should happen promptly;
// it is generous because the machine is small and noisy, and -race is slow.
const waitLong = 30 * time.Second

// The bot's user id in the Slack fake, as auth.test reports it.
const slackBotUser = "UBOT"

// syncBuffer is a bytes.Buffer safe for concurrent writes and reads.
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

// logSink receives serve's JSON logs. It checks every line as it arrives
// for secrets and the forbidden strings and, when keep is set, checks that
// it is JSON and keeps the record so that a test can wait for one and
// inspect them. Load tests do not keep them, so the logs cost no memory.
type logSink struct {
	keep   bool
	forbid []string // testSecrets and more

	mu      sync.Mutex
	records []map[string]any
	tail    []string // the last lines, shown when a test fails
	lines   int
	leaks   []string
	bad     []string
	changed chan struct{}
}

func newLogSink(keep bool, forbid ...string) *logSink {
	return &logSink{keep: keep, forbid: append(slices.Clone(testSecrets), forbid...), changed: make(chan struct{})}
}

// Write takes one or more whole log lines: slog handlers write each record
// with one call.
func (l *logSink) Write(p []byte) (int, error) {
	text := string(p)
	var recs []map[string]any
	var leaks, bad []string
	for line := range strings.Lines(text) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" {
			continue
		}
		for _, s := range l.forbid {
			if strings.Contains(line, s) {
				leaks = append(leaks, fmt.Sprintf("%q in %s", s, line))
			}
		}
		if !l.keep {
			continue // load tests: only the cheap checks
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			bad = append(bad, line)
			continue
		}
		recs = append(recs, m)
	}
	l.mu.Lock()
	for line := range strings.Lines(text) {
		if len(l.tail) == tailLines {
			l.tail = append(l.tail[:0], l.tail[tailLines/2:]...)
		}
		l.tail = append(l.tail, strings.TrimSuffix(line, "\n"))
	}
	l.lines += strings.Count(text, "\n")
	l.records = append(l.records, recs...)
	l.leaks = append(l.leaks, leaks...)
	l.bad = append(l.bad, bad...)
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
	return len(p), nil
}

// tailLines is about how many of the last log lines a failing test shows.
const tailLines = 100

// logTail logs the last lines of the log, for a test that failed.
func (l *logSink) logTail(t *testing.T) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	t.Logf("the last %d of %d log lines:\n%s", len(l.tail), l.lines, strings.Join(l.tail, "\n"))
}

// check fails t for every leaked string and every line that is not JSON.
func (l *logSink) check(t *testing.T) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, s := range l.leaks {
		if i == 5 {
			t.Errorf("… and %d more leaks", len(l.leaks)-5)
			break
		}
		t.Errorf("log leaks %s", s)
	}
	for i, s := range l.bad {
		if i == 5 {
			break
		}
		t.Errorf("log line is not JSON: %s", s)
	}
}

// all returns the records kept so far.
func (l *logSink) all() []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.records)
}

// wait waits until n kept records satisfy match and returns them.
func (l *logSink) wait(t *testing.T, n int, match func(map[string]any) bool) []map[string]any {
	t.Helper()
	timer := time.NewTimer(waitLong)
	defer timer.Stop()
	for {
		l.mu.Lock()
		var got []map[string]any
		for _, r := range l.records {
			if match(r) {
				got = append(got, r)
			}
		}
		ch := l.changed
		l.mu.Unlock()
		if len(got) >= n {
			return got
		}
		select {
		case <-ch:
		case <-timer.C:
			t.Fatalf("waited %v for %d matching log records, saw %d", waitLong, n, len(got))
		}
	}
}

// msgIs matches log records by message.
func msgIs(msg string) func(map[string]any) bool {
	return func(r map[string]any) bool { return r["msg"] == msg }
}

// served is an "exobot serve" running in-process through run.
type served struct {
	url    string // http://127.0.0.1:port
	opsURL string // EXOBOT_METRICS_ADDR's, when set
	logs   *logSink
	stdout *syncBuffer
	cancel context.CancelFunc
	done   chan error

	once    sync.Once
	err     error
	stopped time.Duration // from cancel to run's return
}

// startServe runs "exobot serve" with env (EXOBOT_HTTP_ADDR defaults to
// 127.0.0.1:0, the log format to JSON) until the test ends or stop is
// called, and returns once it listens. wrap, when not nil, wraps the answer
// engine. logs receives the logs; nil means a sink that keeps nothing but
// still checks every line.
func startServe(t *testing.T, env map[string]string, wrap func(bot.Answerer) bot.Answerer, logs *logSink) *served {
	t.Helper()
	full := map[string]string{"EXOBOT_HTTP_ADDR": "127.0.0.1:0", "EXOBOT_LOG_FORMAT": "json", "EXOBOT_DATA_DIR": t.TempDir()}
	maps.Copy(full, env)
	if logs == nil {
		logs = newLogSink(false)
	}
	addrs, opsAddrs := make(chan net.Addr, 1), make(chan net.Addr, 1)
	ctx, cancel := context.WithCancel(context.Background())
	ctx = withServeHooks(ctx, &serveHooks{listening: func(a net.Addr) { addrs <- a }, listeningOps: func(a net.Addr) { opsAddrs <- a }, wrapEngine: wrap})
	s := &served{logs: logs, stdout: &syncBuffer{}, cancel: cancel, done: make(chan error, 1)}
	go func() {
		s.done <- run(ctx, []string{"serve"}, func(k string) string { return full[k] }, strings.NewReader(""), s.stdout, logs)
	}()
	t.Cleanup(func() {
		if err := s.stop(t); err != nil {
			t.Errorf("serve returned %v", err)
		}
		logs.check(t)
		if t.Failed() {
			logs.logTail(t)
		}
	})
	select {
	case a := <-addrs:
		s.url = "http://" + a.String()
		select {
		case a := <-opsAddrs: // sent before addrs, when there is one
			s.opsURL = "http://" + a.String()
		default:
		}
	case err := <-s.done:
		s.once.Do(func() { s.err = err })
		t.Fatalf("serve ended before listening: %v", err)
	case <-time.After(waitLong):
		t.Fatal("serve did not listen")
	}
	return s
}

// stop cancels serve's context, as SIGTERM does, and returns what run
// returned. It may be called more than once.
func (s *served) stop(t *testing.T) error {
	t.Helper()
	s.once.Do(func() {
		start := time.Now()
		s.cancel()
		select {
		case s.err = <-s.done:
			s.stopped = time.Since(start)
		case <-time.After(2 * time.Minute):
			s.err = fmt.Errorf("serve did not return within 2 minutes of the cancel")
		}
	})
	return s.err
}

// get fetches path and returns the status and body.
func (s *served) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.url + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, string(b)
}

// waitReady waits for GET /readyz to answer 200. Readiness is a state with
// no event to wait on, so this polls, briefly and bounded.
func (s *served) waitReady(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(waitLong)
	for {
		code, body := s.get(t, "/readyz")
		if code == http.StatusOK {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready after %v: %d %s", waitLong, code, body)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func merge(envs ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, e := range envs {
		maps.Copy(out, e)
	}
	return out
}

// newSlackFake starts a fake Slack that accepts only the test tokens.
func newSlackFake(t *testing.T) *slackfake.Server {
	t.Helper()
	s := slackfake.New(slackfake.Options{BotToken: testSlackBot, AppToken: testSlackApp, BotUserID: slackBotUser})
	t.Cleanup(s.Close)
	return s
}

// slackHTTPEnv configures Slack in HTTP mode against apiURL.
func slackHTTPEnv(apiURL string) map[string]string {
	return map[string]string{"SLACK_BOT_TOKEN": testSlackBot, "SLACK_SIGNING_SECRET": testSlackSigning, "SLACK_API_URL": apiURL}
}

// newDiscordFake starts a fake Discord that accepts only the test token,
// and a signer for HTTP interactions.
func newDiscordFake(t *testing.T) (*discordfake.Server, *discordfake.Signer) {
	t.Helper()
	s := discordfake.New(discordfake.Options{BotToken: testDiscordToken})
	t.Cleanup(s.Close)
	return s, discordfake.NewSigner(nil)
}

// discordHTTPEnv configures Discord for HTTP interactions only, against
// apiURL (where deferred answers are edited in).
func discordHTTPEnv(apiURL string, signer *discordfake.Signer) map[string]string {
	return map[string]string{"DISCORD_PUBLIC_KEY": signer.PublicKeyHex(), "DISCORD_API_URL": apiURL}
}

// newClient returns an HTTP client for many concurrent requests to one host.
func newClient(t *testing.T) *http.Client {
	t.Helper()
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 512
	tr.MaxIdleConns = 1024
	c := &http.Client{Transport: tr, Timeout: time.Minute}
	t.Cleanup(c.CloseIdleConnections)
	return c
}

// slackTS is the Slack timestamp of test message i; replies in its thread
// carry it as thread_ts, which tsIndex maps back to i.
func slackTS(i int) string { return fmt.Sprintf("1700000000.%06d", i) }

func tsIndex(ts string) (int, bool) {
	_, frac, ok := strings.Cut(ts, ".")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(frac)
	return n, err == nil
}

// slackMention is message i: a mention of the bot in channel by user.
func slackMention(i int, channel, user, text string) slackfake.Message {
	return slackfake.Mention(channel, user, "<@"+slackBotUser+"> "+text, slackTS(i), "")
}

// sendSlackEvent POSTs a signed Events API callback and returns the status,
// or 0 and the error when the request failed.
func sendSlackEvent(c *http.Client, baseURL, eventID string, m slackfake.Message) (int, error) {
	return deliverSlackEvent(c, baseURL, eventID, m, 0)
}

// deliverSlackEvent is sendSlackEvent for delivery number retry+1: a
// redelivery (retry > 0) carries Slack's retry headers, as Slack sends one
// when a delivery got no answer.
func deliverSlackEvent(c *http.Client, baseURL, eventID string, m slackfake.Message, retry int) (int, error) {
	target, body := baseURL+"/slack/events", slackfake.EventCallback(eventID, m)
	req := slackfake.EventRequest(testSlackSigning, target, body)
	if retry > 0 {
		req = slackfake.RetriedEventRequest(testSlackSigning, target, body, retry)
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// postsByThread groups Slack posts by thread_ts.
func postsByThread(posts []slackfake.Post) map[string][]slackfake.Post {
	out := map[string][]slackfake.Post{}
	for _, p := range posts {
		out[p.ThreadTS] = append(out[p.ThreadTS], p)
	}
	return out
}

// discordAsk builds the /ask interaction i by user.
func discordAsk(i int, appID, user, question string) discordfake.Interaction {
	id := strconv.Itoa(800000000000000000 + i)
	return discordfake.Interaction{
		ID: id, AppID: appID, Type: discordfake.InteractionCommand, Token: "tok-" + strconv.Itoa(i),
		GuildID: "300000000000000001", ChannelID: "300000000000000002",
		User:        discordfake.User{ID: user, Username: "user-" + user},
		CommandName: "ask", Options: map[string]string{"question": question},
	}
}

// tokenIndex maps an interaction token built by discordAsk back to i.
func tokenIndex(token string) (int, bool) {
	s, ok := strings.CutPrefix(token, "tok-")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// interactionResponse is the part of an interaction response the tests read.
type interactionResponse struct {
	Type int `json:"type"`
	Data struct {
		Content string            `json:"content"`
		Flags   int               `json:"flags"`
		Embeds  []json.RawMessage `json:"embeds"`
	} `json:"data"`
}

// text is everything a person would read in the response.
func (r interactionResponse) text() string {
	var b strings.Builder
	b.WriteString(r.Data.Content)
	for _, e := range r.Data.Embeds {
		b.Write(e)
	}
	return b.String()
}

// sendInteraction POSTs a signed interaction and decodes a 200 response.
func sendInteraction(c *http.Client, signer *discordfake.Signer, baseURL string, in discordfake.Interaction) (int, interactionResponse, error) {
	var out interactionResponse
	req, err := signer.NewRequest(baseURL+"/discord/interactions", in.JSON(), time.Now())
	if err != nil {
		return 0, out, err
	}
	// The interaction's ID as an idempotency key lets the client resend
	// it on a kept-alive connection the server had already closed before
	// reading it (net/http replays only such a request, never one the
	// server answered): CI on a loaded host once lost one of 1,000
	// interactions to that race ("Post …: EOF", the server never saw it).
	// Every interaction must still be answered exactly once.
	req.Header.Set("Idempotency-Key", in.ID)
	resp, err := c.Do(req)
	if err != nil {
		return 0, out, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, out, err
	}
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(body, &out); err != nil {
			return resp.StatusCode, out, fmt.Errorf("decode %q: %w", body, err)
		}
	}
	return resp.StatusCode, out, nil
}

// sample is one line of the Prometheus text format.
type sample struct {
	name   string
	labels map[string]string
	value  float64
}

// scrape fetches /metrics and parses it.
func scrape(t *testing.T, s *served) ([]sample, string) {
	t.Helper()
	resp, err := http.Get(s.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
		t.Fatalf("GET /metrics: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var out []sample
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		smp, err := parseSample(line)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out = append(out, smp)
	}
	return out, string(body)
}

func parseSample(line string) (sample, error) {
	s := sample{labels: map[string]string{}}
	rest := line
	if i := strings.IndexAny(line, "{ "); i >= 0 && line[i] == '{' {
		s.name = line[:i]
		j := strings.LastIndex(line, "}")
		if j < i {
			return s, fmt.Errorf("unbalanced braces")
		}
		for _, pair := range splitLabels(line[i+1 : j]) {
			k, v, ok := strings.Cut(pair, "=")
			if !ok {
				return s, fmt.Errorf("label %q", pair)
			}
			uq, err := strconv.Unquote(v)
			if err != nil {
				return s, fmt.Errorf("label %q: %v", pair, err)
			}
			s.labels[k] = uq
		}
		rest = line[j+1:]
	} else {
		name, r, _ := strings.Cut(line, " ")
		s.name, rest = name, " "+r
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return s, fmt.Errorf("no value")
	}
	v, err := strconv.ParseFloat(fields[0], 64)
	s.value = v
	return s, err
}

// splitLabels splits a="x",b="y" at the commas outside quotes.
func splitLabels(s string) []string {
	var out []string
	inQuote, start := false, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			inQuote = !inQuote
		case ',':
			if !inQuote {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// metric sums the samples named name whose labels include the given
// label pairs ("platform", "slack", …).
func metric(samples []sample, name string, labels ...string) (float64, bool) {
	var sum float64
	found := false
next:
	for _, s := range samples {
		if s.name != name {
			continue
		}
		for i := 0; i+1 < len(labels); i += 2 {
			if s.labels[labels[i]] != labels[i+1] {
				continue next
			}
		}
		sum += s.value
		found = true
	}
	return sum, found
}
