package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// Texts of the replies the middlewares give, as people read them.
const (
	rateLimitedWords = "faster than I can answer"
	busyWords        = "answering a lot of questions"
	sorryWords       = "something went wrong"
)

func TestServe_HealthReadinessAndMetrics(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	df, signer := newDiscordFake(t)
	// auth.test is refused once, for 2 s: Slack is not connected meanwhile.
	sf.Fail(slackfake.MethodAuthTest, 1, slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: "2"})
	env := merge(slackHTTPEnv(sf.APIURL()), discordHTTPEnv(df.APIURL, signer), map[string]string{"EXOBOT_RATE_LIMIT": "2"})
	logs := newLogSink(true)
	s := startServe(t, env, nil, logs)

	if code, body := s.get(t, "/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("GET /healthz = %d %q, want 200 ok", code, body)
	}
	if err := sf.WaitCalls(slackfake.MethodAuthTest, 1, waitLong); err != nil {
		t.Fatal(err)
	}
	if code, body := s.get(t, "/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack") {
		t.Errorf("GET /readyz before Slack is connected = %d %q, want 503 naming slack", code, body)
	}
	s.waitReady(t)
	if n := sf.Calls(slackfake.MethodAuthTest); n != 2 {
		t.Errorf("ready after %d auth.test calls, want 2 (the refused one, then its retry)", n)
	}

	c := newClient(t)
	// Slack: UMETRICSA asks three times with a limit of two a minute; the
	// first post meets a 500 and is retried.
	sf.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{Status: http.StatusInternalServerError})
	for i := 1; i <= 3; i++ {
		if code, err := sendSlackEvent(c, s.url, fmt.Sprintf("EvM%d", i), slackMention(i, "CMETRICS", "UMETRICSA", "what are exosomes?")); code != 200 {
			t.Fatalf("event %d: %d %v", i, code, err)
		}
		if _, err := sf.WaitPosts(i, waitLong); err != nil {
			t.Fatal(err)
		}
	}
	posts := sf.Posts()
	if !strings.Contains(posts[2].Text, rateLimitedWords) {
		t.Errorf("third question answered %q, want the rate-limit reply", posts[2].Text)
	}
	// A post Slack refuses for good is counted as an API error.
	sf.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{SlackError: "channel_not_found"})
	if code, err := sendSlackEvent(c, s.url, "EvM4", slackMention(4, "CGONE", "UMETRICSB", "what are exosomes?")); code != 200 {
		t.Fatalf("event 4: %d %v", code, err)
	}
	logs.wait(t, 1, msgIs("reply not delivered"))

	// Discord: a question and a Helpful click.
	code, resp, err := sendInteraction(c, signer, s.url, discordAsk(1, df.AppID(), "400000000000000001", "should exosomes replace my retinol?"))
	if err != nil || code != 200 || resp.Type != 4 {
		t.Fatalf("discord /ask: %d %+v %v", code, resp, err)
	}
	click := discordfake.Interaction{ID: "800000000000009999", AppID: df.AppID(), Type: discordfake.InteractionComponent, Token: "tok-click",
		GuildID: "300000000000000001", ChannelID: "300000000000000002", User: discordfake.User{ID: "400000000000000001", Username: "u"},
		CustomID: "fb:y:exosomes-vs-retinol", MessageID: "500000000000000001"}
	if code, resp, err := sendInteraction(c, signer, s.url, click); err != nil || code != 200 || resp.Type != 4 {
		t.Fatalf("discord feedback click: %d %+v %v", code, resp, err)
	}

	samples, text := scrape(t, s)
	want := []struct {
		name   string
		labels []string
		value  float64
	}{
		{"exobot_questions_total", []string{"platform", "slack"}, 4},
		{"exobot_questions_total", []string{"platform", "slack", "status", "answered"}, 3},
		{"exobot_questions_total", []string{"platform", "slack", "status", "rate_limited"}, 1},
		{"exobot_questions_total", []string{"platform", "discord", "status", "answered"}, 1},
		{"exobot_answer_duration_seconds_count", []string{"platform", "slack"}, 4},
		{"exobot_answer_duration_seconds_bucket", []string{"platform", "slack", "le", "+Inf"}, 4},
		{"exobot_answer_duration_seconds_count", []string{"platform", "discord"}, 1},
		{"exobot_feedback_total", []string{"platform", "discord", "entry", "exosomes-vs-retinol", "helpful", "true"}, 1},
		{"exobot_platform_api_retries_total", []string{"platform", "slack", "op", "chat.postMessage"}, 1},
		{"exobot_platform_api_retries_total", []string{"platform", "slack", "op", "auth.test"}, 1},
		{"exobot_platform_api_errors_total", []string{"platform", "slack", "op", "chat.postMessage"}, 1},
		{"exobot_rate_limited_questions_total", []string{"platform", "slack"}, 1},
	}
	for _, w := range want {
		got, ok := metric(samples, w.name, w.labels...)
		if !ok || got != w.value {
			t.Errorf("%s%v = %v (present %t), want %v", w.name, w.labels, got, ok, w.value)
		}
	}
	buckets := 0
	for _, smp := range samples {
		if smp.name == "exobot_answer_duration_seconds_bucket" && smp.labels["platform"] == "slack" {
			buckets++
		}
	}
	if buckets < 10 {
		t.Errorf("latency histogram has %d slack buckets, want the full set", buckets)
	}
	if _, ok := metric(samples, "go_goroutines"); !ok {
		t.Error("no Go runtime metrics")
	}
	for _, private := range []string{"UMETRICSA", "CMETRICS", "what are exosomes?"} {
		if strings.Contains(text, private) {
			t.Errorf("/metrics carries %q (a user id, channel or message text)", private)
		}
	}
}

func TestServe_ReadyzNamesAdaptersNotConnected(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	df, signer := newDiscordFake(t)
	cfg, err := loadServeConfig(mapEnv(merge(slackHTTPEnv(sf.APIURL()), discordHTTPEnv(df.APIURL, signer))))
	if err != nil {
		t.Fatal(err)
	}
	logs := newLogSink(true)
	srv, err := newServer(cfg, slog.New(slog.NewJSONHandler(logs, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.close)
	// Before the adapters run nothing is connected; the process is alive.
	srv.mux.HandleFunc("GET /test-panic", func(http.ResponseWriter, *http.Request) { panic("handler exploded") })
	hs := httptest.NewServer(srv.handler())
	t.Cleanup(hs.Close)
	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack") || !strings.Contains(body, "discord") {
		t.Errorf("GET /readyz = %d %q, want 503 naming slack and discord", code, body)
	}
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("GET /healthz = %d", code)
	}
	// A panicking handler answers 500 and is logged without its value.
	if code, body := get("/test-panic"); code != http.StatusInternalServerError || strings.Contains(body, "exploded") || strings.Contains(body, "goroutine") {
		t.Errorf("panicking handler = %d %q, want a bare 500", code, body)
	}
	logs.wait(t, 1, msgIs("panic in HTTP handler"))
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("GET /healthz after a panic = %d", code)
	}
}

// mapEnv is a getenv over env; EXOBOT_DATA_DIR, unless env sets it, is a
// directory of the test binary's own (see TestMain), never the package's.
func mapEnv(env map[string]string) func(string) string {
	return func(k string) string {
		if v, ok := env[k]; ok || k != envDataDir {
			return v
		}
		return testDataDir
	}
}

func TestServe_RateLimitRepliesPolitelyOnceThenSilence(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	df, signer := newDiscordFake(t)
	env := merge(slackHTTPEnv(sf.APIURL()), discordHTTPEnv(df.APIURL, signer), map[string]string{"EXOBOT_RATE_LIMIT": "1"})
	logs := newLogSink(true)
	s := startServe(t, env, nil, logs)
	s.waitReady(t)
	c := newClient(t)

	// Slack: one question a minute. The second gets the polite reply, the
	// third and fourth nothing at all.
	for i := 1; i <= 4; i++ {
		if code, err := sendSlackEvent(c, s.url, fmt.Sprintf("EvR%d", i), slackMention(i, "CRATE", "URATE", "what are exosomes?")); code != 200 {
			t.Fatalf("event %d: %d %v", i, code, err)
		}
	}
	logs.wait(t, 2, msgIs("reply posted"))
	logs.wait(t, 2, msgIs("reply silent"))
	posts := sf.Posts()
	if len(posts) != 2 {
		t.Fatalf("%d posts for 4 questions over the limit, want 2 (an answer, then one refusal)", len(posts))
	}
	var answered, refused int
	for _, p := range posts {
		if strings.Contains(p.Text, rateLimitedWords) {
			refused++
		} else {
			answered++
		}
	}
	if answered != 1 || refused != 1 {
		t.Errorf("posts: %d answers and %d refusals, want one of each", answered, refused)
	}
	// Another person is not affected.
	if code, err := sendSlackEvent(c, s.url, "EvR5", slackMention(5, "CRATE", "UOTHER", "what are exosomes?")); code != 200 {
		t.Fatalf("other user: %d %v", code, err)
	}
	if posts, err := sf.WaitPosts(3, waitLong); err != nil || strings.Contains(posts[2].Text, rateLimitedWords) {
		t.Errorf("another person's question: %v, want an answer", err)
	}

	// Discord must answer every interaction: the refusal, then a private
	// "please wait" instead of silence.
	user := "400000000000000009"
	var texts []string
	for i := 1; i <= 3; i++ {
		code, resp, err := sendInteraction(c, signer, s.url, discordAsk(100+i, df.AppID(), user, "what are exosomes?"))
		if err != nil || code != 200 || resp.Type != 4 {
			t.Fatalf("interaction %d: %d %+v %v", i, code, resp, err)
		}
		texts = append(texts, resp.text())
		if i == 3 && resp.Data.Flags&64 == 0 {
			t.Errorf("the silent reply's acknowledgement is public (flags %d), want ephemeral", resp.Data.Flags)
		}
	}
	if strings.Contains(texts[0], rateLimitedWords) || !strings.Contains(texts[1], rateLimitedWords) || strings.Contains(texts[2], rateLimitedWords) {
		t.Errorf("discord replies %q, want an answer, the refusal, then a bare acknowledgement", texts)
	}

	samples, _ := scrape(t, s)
	if v, _ := metric(samples, "exobot_rate_limited_questions_total", "platform", "slack"); v != 3 {
		t.Errorf("slack rate-limited = %v, want 3", v)
	}
	if v, _ := metric(samples, "exobot_rate_limited_questions_total", "platform", "discord"); v != 2 {
		t.Errorf("discord rate-limited = %v, want 2", v)
	}
}

func TestServe_LogsCarryNoMessageTextUnlessAskedTo(t *testing.T) {
	t.Parallel()
	const marker = "zqxprivate"
	for _, optIn := range []bool{false, true} {
		t.Run(fmt.Sprintf("LogQuestions=%t", optIn), func(t *testing.T) {
			t.Parallel()
			sf := newSlackFake(t)
			df, signer := newDiscordFake(t)
			env := merge(slackHTTPEnv(sf.APIURL()), discordHTTPEnv(df.APIURL, signer), map[string]string{"EXOBOT_LOG_LEVEL": "debug"})
			if optIn {
				env["EXOBOT_LOG_QUESTIONS"] = "true"
			}
			logs := newLogSink(true)
			s := startServe(t, env, nil, logs)
			s.waitReady(t)
			c := newClient(t)
			if code, err := sendSlackEvent(c, s.url, "EvLOG1", slackMention(1, "CLOG", "ULOG", "my rash "+marker+" what are exosomes?")); code != 200 {
				t.Fatalf("slack: %d %v", code, err)
			}
			if _, err := sf.WaitPosts(1, waitLong); err != nil {
				t.Fatal(err)
			}
			if code, _, err := sendInteraction(c, signer, s.url, discordAsk(1, df.AppID(), "400000000000000002", "my rash "+marker+" exosomes with retinol?")); code != 200 {
				t.Fatalf("discord: %d %v", code, err)
			}
			logs.wait(t, 2, msgIs("reply posted"))
			if err := s.stop(t); err != nil {
				t.Fatal(err)
			}
			recs := logs.all()
			var withText, questions int
			for _, r := range recs {
				line := fmt.Sprint(r)
				if strings.Contains(line, marker) {
					withText++
				}
				if _, ok := r["status"]; ok {
					questions++
					// One set of keys, whatever the platform.
					for _, k := range []string{"platform", "user", "kind", "channel", "status", "entry", "answer_ms", "total_ms"} {
						if _, ok := r[k]; !ok {
							t.Errorf("question log %v has no %s", r, k)
						}
					}
				}
				checkLogKeys(t, r)
			}
			if questions != 2 {
				t.Errorf("%d log lines with a status, want one per question (2)", questions)
			}
			if !optIn && withText > 0 {
				t.Errorf("%d log lines carry the message text by default, want none", withText)
			}
			if optIn && withText == 0 {
				t.Error("EXOBOT_LOG_QUESTIONS=true: no log line carries the question")
			}
			if !strings.Contains(fmt.Sprint(recs), "EvLOG1") {
				t.Error("the logs do not carry the Slack event id")
			}
		})
	}
}

// checkLogKeys fails t for a duration logged without its unit in the key
// (they once were raw nanoseconds under "took" or "latency") and for an
// error that repeats its prefix.
func checkLogKeys(t *testing.T, r map[string]any) {
	t.Helper()
	for k, v := range r {
		if k == "time" {
			continue
		}
		switch {
		case slices.Contains([]string{"took", "latency", "answer_time", "total_time", "wait", "backoff", "timeout", "duration", "retention"}, k):
			t.Errorf("log %v: %s has no unit; durations are *_ms", r, k)
		case strings.HasSuffix(k, "_ms"):
			if _, ok := v.(float64); !ok {
				t.Errorf("log %v: %s = %v is not a number of milliseconds", r, k, v)
			}
		}
		if s, ok := v.(string); ok {
			for _, p := range []string{"slack", "discord"} {
				if strings.Contains(s, p+": "+p+":") || strings.Contains(s, p+" "+p+" ") {
					t.Errorf("log %v: %s repeats its prefix: %q", r, k, s)
				}
			}
		}
	}
}

func TestServe_PanicWhileAnsweringIsRecovered(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	df, signer := newDiscordFake(t)
	wrap := func(next bot.Answerer) bot.Answerer {
		return answerFunc(func(ctx context.Context, q bot.Question) bot.Reply {
			if strings.Contains(q.Text, "kaboom") {
				panic("engine exploded on purpose")
			}
			return next.Answer(ctx, q)
		})
	}
	logs := newLogSink(true, "engine exploded")
	s := startServe(t, merge(slackHTTPEnv(sf.APIURL()), discordHTTPEnv(df.APIURL, signer)), wrap, logs)
	s.waitReady(t)
	c := newClient(t)

	if code, err := sendSlackEvent(c, s.url, "EvP1", slackMention(1, "CPANIC", "UPANIC", "kaboom")); code != 200 {
		t.Fatalf("%d %v", code, err)
	}
	if code, err := sendSlackEvent(c, s.url, "EvP2", slackMention(2, "CPANIC", "UPANIC", "what are exosomes?")); code != 200 {
		t.Fatalf("%d %v", code, err)
	}
	posts, err := sf.WaitPosts(2, waitLong)
	if err != nil {
		t.Fatal(err)
	}
	byThread := postsByThread(posts)
	if p := byThread[slackTS(1)]; len(p) != 1 || !strings.Contains(p[0].Text, sorryWords) {
		t.Errorf("the panicking question got %+v, want one apology", p)
	}
	if p := byThread[slackTS(2)]; len(p) != 1 || strings.Contains(p[0].Text, sorryWords) {
		t.Errorf("the next question got %+v, want an answer", p)
	}
	code, resp, err := sendInteraction(c, signer, s.url, discordAsk(1, df.AppID(), "400000000000000003", "kaboom"))
	if err != nil || code != 200 || resp.Type != 4 || !strings.Contains(resp.text(), sorryWords) {
		t.Errorf("discord panicking question: %d %+v %v, want an apology", code, resp, err)
	}
	logs.wait(t, 2, msgIs("panic while answering"))
	if code, _ := s.get(t, "/healthz"); code != 200 {
		t.Error("not healthy after panics")
	}
}

// answerFunc adapts a function to bot.Answerer.
type answerFunc func(context.Context, bot.Question) bot.Reply

func (f answerFunc) Answer(ctx context.Context, q bot.Question) bot.Reply { return f(ctx, q) }

func TestServe_BusyReplyIsDeliveredWithinTheReplyTimeout(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	held, release := make(chan struct{}), make(chan struct{})
	var holds atomic.Int32
	wrap := func(next bot.Answerer) bot.Answerer {
		return answerFunc(func(ctx context.Context, q bot.Question) bot.Reply {
			if strings.Contains(q.Text, "hold") && holds.Add(1) == 1 {
				close(held)
				select {
				case <-release:
				case <-ctx.Done():
				}
			}
			return next.Answer(ctx, q)
		})
	}
	env := merge(slackHTTPEnv(sf.APIURL()), map[string]string{"EXOBOT_MAX_IN_FLIGHT": "1", "EXOBOT_REPLY_TIMEOUT": "4s"})
	s := startServe(t, env, wrap, nil)
	s.waitReady(t)
	c := newClient(t)
	if code, err := sendSlackEvent(c, s.url, "EvB1", slackMention(1, "CBUSY", "UBUSY1", "hold: what are exosomes?")); code != 200 {
		t.Fatalf("%d %v", code, err)
	}
	<-held // the only slot is taken
	sent := time.Now()
	if code, err := sendSlackEvent(c, s.url, "EvB2", slackMention(2, "CBUSY", "UBUSY2", "what are exosomes?")); code != 200 {
		t.Fatalf("%d %v", code, err)
	}
	posts, err := sf.WaitPosts(1, waitLong)
	if err != nil {
		t.Fatalf("the question that found no free slot got no reply: %v", err)
	}
	if posts[0].ThreadTS != slackTS(2) || !strings.Contains(posts[0].Text, busyWords) {
		t.Errorf("first post %q in thread %s, want the busy reply to question 2", posts[0].Text, posts[0].ThreadTS)
	}
	if d := time.Since(sent); d > 4*time.Second {
		t.Errorf("busy reply after %v, want it within the 4 s reply timeout", d)
	}
	close(release)
	posts, err = sf.WaitPosts(2, waitLong)
	if err != nil {
		t.Fatal(err)
	}
	if posts[1].ThreadTS != slackTS(1) || strings.Contains(posts[1].Text, busyWords) {
		t.Errorf("second post %q in thread %s, want the held question's answer", posts[1].Text, posts[1].ThreadTS)
	}
}

func TestServe_NoPlatformSaysWhatToSet(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"serve"}, mapEnv(nil), strings.NewReader(""), &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	for _, v := range []string{"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_BOT_TOKEN", "DISCORD_PUBLIC_KEY", ".env"} {
		if !strings.Contains(stderr.String(), v) {
			t.Errorf("message does not mention %s:\n%s", v, stderr.String())
		}
	}
}

// TestServe_RefusedTokenStopsServeWithStatus2: a token the platform
// refuses is the one start-up failure serve does not retry.
func TestServe_RefusedTokenStopsServeWithStatus2(t *testing.T) {
	t.Parallel()
	// The fake accepts another bot token: auth.test answers invalid_auth.
	sf := slackfake.New(slackfake.Options{BotToken: "xoxb-some-other-token"})
	t.Cleanup(sf.Close)
	var stdout bytes.Buffer
	logs := newLogSink(false)
	env := merge(slackHTTPEnv(sf.APIURL()), map[string]string{"EXOBOT_HTTP_ADDR": "127.0.0.1:0", "EXOBOT_LOG_FORMAT": "json"})
	ctx, cancel := context.WithTimeout(context.Background(), waitLong)
	defer cancel()
	err := run(ctx, []string{"serve"}, mapEnv(env), strings.NewReader(""), &stdout, logs)
	if ctx.Err() != nil {
		t.Fatal("serve kept running with a refused token")
	}
	var stderr bytes.Buffer
	if code := exitCode(err, &stderr); code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	want := "exobot: configuration: SLACK_BOT_TOKEN was refused by Slack (auth.test: invalid_auth)"
	if msg := stderr.String(); strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, want) || strings.Contains(msg, testSlackBot) {
		t.Errorf("error %q, want one line starting %q, without the token", msg, want)
	}
	if n := sf.Calls(slackfake.MethodAuthTest); n != 1 {
		t.Errorf("%d auth.test calls, want 1: a refused token is not retried", n)
	}
	logs.check(t)
}

// flakyProxy forwards to target, except that the first n connections are
// dropped without an answer, as a network failure would.
func flakyProxy(t *testing.T, target string, n int32) *httptest.Server {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	var seen atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if seen.Add(1) <= n {
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestServe_SlackUnreachableAtStartStaysUp: a platform that cannot be
// reached at start does not stop the process: /healthz answers 200, /readyz
// 503 naming Slack and what failed, each failure is logged once, and serve
// is ready as soon as Slack answers.
func TestServe_SlackUnreachableAtStartStaysUp(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	proxy := flakyProxy(t, sf.URL(), 2)
	logs := newLogSink(true)
	s := startServe(t, slackHTTPEnv(proxy.URL+"/api/"), nil, logs)
	logs.wait(t, 1, msgIs("slack not reachable, retrying"))
	if code, body := s.get(t, "/healthz"); code != http.StatusOK {
		t.Errorf("GET /healthz while Slack is unreachable = %d %q, want 200", code, body)
	}
	code, body := s.get(t, "/readyz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: cannot reach Slack: auth.test") || !strings.Contains(body, "next in") {
		t.Errorf("GET /readyz while Slack is unreachable = %d %q, want 503 naming slack, auth.test and the next try", code, body)
	}
	s.waitReady(t)
	retries := logs.wait(t, 2, msgIs("slack not reachable, retrying"))
	if len(retries) != 2 || retries[0]["attempt"] != 1.0 || retries[1]["attempt"] != 2.0 {
		t.Errorf("retry log lines %v, want attempts 1 and 2, once each", retries)
	}
	if w0, w1 := retries[0]["wait_ms"].(float64), retries[1]["wait_ms"].(float64); w0 < 1000 || w1 < 2000 || w1 > 3000 {
		t.Errorf("waits %v ms then %v ms, want about 1 s then about 2 s (doubling, with jitter)", w0, w1)
	}
	c := newClient(t)
	if code, err := sendSlackEvent(c, s.url, "EvUp1", slackMention(1, "CUP", "UUP", "what are exosomes?")); code != 200 {
		t.Fatalf("event once ready: %d %v", code, err)
	}
	if _, err := sf.WaitPosts(1, waitLong); err != nil {
		t.Fatal(err)
	}
}

// TestServe_EventArrivingAfterShutdownBeganGets503 holds a request open
// across the start of the shutdown with Expect: 100-continue: the handler
// is running (it asked for the body) when the context is cancelled, and the
// body arrives after. Slack gets 503 and redelivers the event elsewhere;
// nothing is posted for it.
func TestServe_EventArrivingAfterShutdownBeganGets503(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	cfg, err := loadServeConfig(mapEnv(slackHTTPEnv(sf.APIURL())))
	if err != nil {
		t.Fatal(err)
	}
	logs := newLogSink(true)
	srv, err := newServer(cfg, slog.New(slog.NewJSONHandler(logs, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.close)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- srv.serve(ctx, ln) }()
	deadline := time.Now().Add(waitLong)
	for !srv.adapters["slack"].Ready() {
		if time.Now().After(deadline) {
			t.Fatal("slack never ready")
		}
		time.Sleep(5 * time.Millisecond)
	}

	body := slackfake.EventCallback("EvLATE", slackMention(1, "CLATE", "ULATE", "what are exosomes?"))
	req := slackfake.EventRequest(testSlackSigning, "http://"+ln.Addr().String()+"/slack/events", body)
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(waitLong))
	var head strings.Builder
	fmt.Fprintf(&head, "POST /slack/events HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\nExpect: 100-continue\r\n", ln.Addr(), len(body))
	for k, vs := range req.Header {
		for _, v := range vs {
			fmt.Fprintf(&head, "%s: %s\r\n", k, v)
		}
	}
	head.WriteString("\r\n")
	if _, err := io.WriteString(conn, head.String()); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(conn)
	cont, err := http.ReadResponse(br, nil)
	if err != nil || cont.StatusCode != http.StatusContinue {
		t.Fatalf("want 100 Continue (the handler is reading the body), got %v %v", cont, err)
	}

	cancel() // SIGTERM
	for srv.adapters["slack"].Ready() {
		if time.Now().After(deadline) {
			t.Fatal("slack still ready after the cancel")
		}
		time.Sleep(time.Millisecond)
	}
	if _, err := conn.Write(body); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("event after shutdown began: %d (Retry-After %q), want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(waitLong):
		t.Fatal("serve did not return")
	}
	if n := len(sf.Posts()); n != 0 {
		t.Errorf("%d posts for an event refused with 503, want none", n)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Error("the listener still accepts after serve returned")
	}
}

// lateAdapter is an adapter that, like a socket or a gateway, may still take
// a message after Run's context is done and before Run returns (an event
// already read from the connection). It counts the work in flight as the
// real adapters do, so Drain waits for it.
type lateAdapter struct {
	drainCalled chan struct{}
	once        sync.Once
	wg          sync.WaitGroup
	answered    atomic.Bool
}

func (a *lateAdapter) Register(*http.ServeMux) {}
func (a *lateAdapter) Ready() bool             { return true }

func (a *lateAdapter) Run(ctx context.Context) error {
	<-ctx.Done()
	// The last message read before the connection closed: taken once the
	// server has started draining, or after a moment.
	select {
	case <-a.drainCalled:
	case <-time.After(200 * time.Millisecond):
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		time.Sleep(100 * time.Millisecond) // answering and posting take a while
		a.answered.Store(true)
	}()
	return nil
}

func (a *lateAdapter) Drain(ctx context.Context) error {
	a.once.Do(func() { close(a.drainCalled) })
	done := make(chan struct{})
	go func() { a.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// TestServe_DrainsWhatAdaptersTakeWhileStopping: serve must drain after the
// adapters have stopped taking messages, or a message taken in between is
// acknowledged and then lost when the process exits.
func TestServe_DrainsWhatAdaptersTakeWhileStopping(t *testing.T) {
	t.Parallel()
	a := &lateAdapter{drainCalled: make(chan struct{})}
	srv := &server{
		cfg: serveConfig{ShutdownTimeout: 10 * time.Second}, log: slog.New(slog.DiscardHandler),
		adapters: map[string]adapter{"late": a}, mux: http.NewServeMux(), close: func() {},
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := srv.serve(ctx, ln); err != nil {
		t.Fatal(err)
	}
	if !a.answered.Load() {
		t.Error("serve returned before the reply to a message its adapter took while stopping was sent")
	}
}

// TestServe_DiscordLibraryLogsGoThroughSlog: discordgo logs its own errors
// (a refused gateway connection, a failed heartbeat); they must reach the
// JSON logs through slog, not stderr through the standard library's log
// package as plain text whatever EXOBOT_LOG_LEVEL says (as they once did).
// The refused connection is retried, and serve connects. It changes the
// standard logger's output, so it does not run in parallel.
func TestServe_DiscordLibraryLogsGoThroughSlog(t *testing.T) {
	var std syncBuffer
	log.SetOutput(&std)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })

	df, _ := newDiscordFake(t)
	df.Gateway.RefuseConnections(1)
	env := map[string]string{"DISCORD_BOT_TOKEN": testDiscordToken, "DISCORD_API_URL": df.APIURL, "EXOBOT_LOG_LEVEL": "warn"}
	logs := newLogSink(true)
	s := startServe(t, env, nil, logs)
	s.waitReady(t)
	if err := s.stop(t); err != nil {
		t.Fatalf("serve: %v", err)
	}
	if s := std.String(); s != "" {
		t.Errorf("the standard logger got %q: every log line must go through slog", s)
	}
	found := false
	for _, r := range logs.all() {
		if msg, _ := r["msg"].(string); strings.HasPrefix(msg, "discordgo:") && r["level"] == "ERROR" {
			found = true
		}
		if r["level"] == "INFO" {
			t.Errorf("EXOBOT_LOG_LEVEL=warn, yet %v", r)
		}
	}
	if !found {
		t.Error("discordgo's error is not in the JSON logs")
	}
	retry := logs.wait(t, 1, msgIs("discord gateway not reachable, retrying"))[0]
	if e, _ := retry["error"].(string); strings.Contains(e, "discord: discord") || !strings.Contains(e, "refused the websocket handshake") {
		t.Errorf("retry log %v, want the refused handshake, without a repeated prefix", retry)
	}
}

// TestServe_ReplyWaitingOutRetryAfterIsPostedBeforeExit: SIGTERM comes
// while a reply waits out a 429's Retry-After that ends after the shutdown
// timeout but within the reply timeout. The event was acknowledged, so the
// drain waits for the reply (up to the reply timeout), which is posted
// before serve returns.
func TestServe_ReplyWaitingOutRetryAfterIsPostedBeforeExit(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	sf.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: "3"})
	logs := newLogSink(true)
	s := startServe(t, merge(slackHTTPEnv(sf.APIURL()), map[string]string{"EXOBOT_SHUTDOWN_TIMEOUT": "1s", "EXOBOT_REPLY_TIMEOUT": "10s"}), nil, logs)
	s.waitReady(t)
	if code, err := sendSlackEvent(newClient(t), s.url, "EvRA", slackMention(1, "CRA", "URA", "what are exosomes?")); code != 200 {
		t.Fatalf("event: %d %v", code, err)
	}
	if err := sf.WaitCalls(slackfake.MethodPostMessage, 1, waitLong); err != nil {
		t.Fatal(err)
	}
	if err := s.stop(t); err != nil {
		t.Fatal(err)
	}
	// serve has returned: the process would exit now.
	if posts := sf.Posts(); len(posts) != 1 || posts[0].ThreadTS != slackTS(1) {
		t.Errorf("posts when serve returned: %+v, want the reply to EvRA", posts)
	}
	if s.stopped < 2*time.Second || s.stopped > 10*time.Second {
		t.Errorf("serve returned %v after SIGTERM, want after the 3 s Retry-After and within the 10 s reply timeout", s.stopped)
	}
	for _, r := range logs.all() {
		if r["msg"] == "replies given up at the shutdown timeout" {
			t.Errorf("a reply was given up: %v", r)
		}
	}
}

// TestServe_RetryAfterPastTheDeadlineIsGivenUpAndNamed: a Retry-After that
// would end after the reply's deadline is not waited out (it could not
// post the reply anyway, and would hold up a shutdown); the reply is given
// up at once, and the logs name it.
func TestServe_RetryAfterPastTheDeadlineIsGivenUpAndNamed(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	sf.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: "25"})
	logs := newLogSink(true)
	s := startServe(t, merge(slackHTTPEnv(sf.APIURL()), map[string]string{"EXOBOT_REPLY_TIMEOUT": "5s"}), nil, logs)
	s.waitReady(t)
	sent := time.Now()
	if code, err := sendSlackEvent(newClient(t), s.url, "EvLONG", slackMention(1, "CLONG", "ULONG", "what are exosomes?")); code != 200 {
		t.Fatalf("event: %d %v", code, err)
	}
	given := logs.wait(t, 1, msgIs("slack api call failed, giving up"))[0]
	if d := time.Since(sent); d > 4*time.Second {
		t.Errorf("gave up after %v, want at once", d)
	}
	if given["event_id"] != "EvLONG" || !strings.Contains(fmt.Sprint(given["reason"]), "after the reply's deadline") {
		t.Errorf("give-up log %v, want the event id and the reason", given)
	}
	lost := logs.wait(t, 1, msgIs("reply not delivered"))[0]
	if lost["event_id"] != "EvLONG" || lost["channel"] != "CLONG" {
		t.Errorf("lost-reply log %v, want the event id and channel", lost)
	}
}

// TestServe_ThreadChatterSpendsNoQuota: people talking in a thread the bot
// follows ("thanks!", "lol same") are not answered, and so spend nothing of
// their quota: after seven chat lines, the person's next real mention is
// answered (it once got nothing: the chatter had used the quota up, and the
// one polite notice went to a message never posted).
func TestServe_ThreadChatterSpendsNoQuota(t *testing.T) {
	t.Parallel()
	sf := newSlackFake(t)
	logs := newLogSink(true)
	s := startServe(t, merge(slackHTTPEnv(sf.APIURL()), map[string]string{"EXOBOT_RATE_LIMIT": "2"}), nil, logs)
	s.waitReady(t)
	c := newClient(t)
	send := func(id string, m slackfake.Message) {
		t.Helper()
		if code, err := sendSlackEvent(c, s.url, id, m); code != 200 {
			t.Fatalf("%s: %d %v", id, code, err)
		}
	}
	// A mention opens a thread the bot follows.
	send("EvT0", slackMention(1, "CTHR", "UCHAT", "what are exosomes?"))
	// Logged once the post returned, when the thread is followed.
	logs.wait(t, 1, msgIs("reply posted"))
	for i := range 7 {
		send(fmt.Sprintf("EvT%d", i+1), slackfake.ChannelMessage("CTHR", "UCHAT", fmt.Sprintf("haha thanks, see you at lunch %d", i), slackTS(10+i), slackTS(1)))
	}
	logs.wait(t, 7, func(r map[string]any) bool { return r["msg"] == "reply silent" && r["kind"] == "follow_up" })
	send("EvT8", slackMention(20, "CTHR", "UCHAT", "are exosome serums safe for sensitive skin?"))
	posts, err := sf.WaitPosts(2, waitLong)
	if err != nil {
		t.Fatalf("the mention after seven chat lines got no reply: %v", err)
	}
	if strings.Contains(posts[1].Text, rateLimitedWords) || posts[1].ThreadTS != slackTS(20) {
		t.Errorf("the mention after the chatter got %q in thread %s, want an answer", posts[1].Text, posts[1].ThreadTS)
	}
	samples, _ := scrape(t, s)
	if v, _ := metric(samples, "exobot_rate_limited_questions_total", "platform", "slack"); v != 0 {
		t.Errorf("%v questions rate-limited, want none", v)
	}
}
