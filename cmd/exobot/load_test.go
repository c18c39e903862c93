package main

// Load, fault and shutdown tests of "exobot serve", in-process, against the
// fake Slack and Discord on loopback.
//
// The throughput, p99 reply latency and heap figures come from
//
//	go test ./cmd/exobot -run 'TestLoad$' -v -count=1
//
// which prints them (t.Logf) and as benchmark-style lines
// (BenchmarkServeLoad/slack-N …). The same with -race is the race-checked
// run; -short runs 1,000 events a platform instead of 10,000.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/adapters/slack/slackfake"
)

// loadQuestions are asked in turn: answered, declined, greeted and urgent.
var loadQuestions = []string{
	"what are exosomes?",
	"can I use exosomes with retinol?",
	"are exosome serums safe for sensitive skin?",
	"how do exosomes work in skincare",
	"do exosomes help with acne?",
	"what is the capital of France",
	"hello",
	"how much do exosome treatments cost?",
	"my face is swelling and I cannot breathe",
}

const loadConcurrency = 200

// loadSize is the number of events per platform: 10,000, or 1,000 with -short.
func loadSize() int {
	if testing.Short() {
		return 1000
	}
	return 10_000
}

// replyTracker records, for events numbered 0…n-1, when their reply was
// recorded by a fake and how many replies there were. It is safe for
// concurrent use.
type replyTracker struct {
	count []atomic.Int32
	at    []time.Time // written once, before ch[i] is closed
	ch    []chan struct{}
	stray atomic.Int32 // replies to no known event
}

func newReplyTracker(n int) *replyTracker {
	r := &replyTracker{count: make([]atomic.Int32, n), at: make([]time.Time, n), ch: make([]chan struct{}, n)}
	for i := range r.ch {
		r.ch[i] = make(chan struct{})
	}
	return r
}

func (r *replyTracker) mark(i int, ok bool) {
	if !ok || i < 0 || i >= len(r.ch) {
		r.stray.Add(1)
		return
	}
	if r.count[i].Add(1) == 1 {
		r.at[i] = time.Now()
		close(r.ch[i])
	}
}

// wait returns when event i's reply was recorded.
func (r *replyTracker) wait(i int, timeout time.Duration) (time.Time, bool) {
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-r.ch[i]:
		return r.at[i], true
	case <-t.C:
		return time.Time{}, false
	}
}

// stampProxy stands between exobot and a fake platform and reports each
// call when the fake's answer comes back: the fakes record a call before
// answering it, so that is the moment the reply is recorded. It only adds a
// loopback hop; it changes nothing in the calls or the answers. The fake
// behind it can be replaced between two phases of a load (retarget), so
// that the records of a finished phase can be checked and then let go.
type stampProxy struct {
	srv    *httptest.Server
	target atomic.Pointer[string]
	client *http.Client
	on     func(r *http.Request, body []byte, status int, answer []byte)
}

func newStampProxy(t *testing.T, target string, on func(r *http.Request, body []byte, status int, answer []byte)) *stampProxy {
	t.Helper()
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 512
	p := &stampProxy{client: &http.Client{Transport: tr}, on: on}
	p.retarget(target)
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(func() {
		p.srv.Close()
		tr.CloseIdleConnections()
	})
	return p
}

// retarget sends the calls to come to the fake at base (scheme and host).
func (p *stampProxy) retarget(base string) {
	base = strings.TrimSuffix(base, "/")
	p.target.Store(&base)
}

func (p *stampProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	out, err := http.NewRequestWithContext(r.Context(), r.Method, *p.target.Load()+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	out.Header = r.Header.Clone()
	out.Header.Del("Accept-Encoding")
	resp, err := p.client.Do(out)
	if err != nil {
		// The fake dropped the connection: drop this one too.
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	answer, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	p.on(r, body, resp.StatusCode, answer)
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	w.Write(answer)
}

// slackPostThread returns the thread_ts of a chat.postMessage call, from
// its form or JSON body.
func slackPostThread(r *http.Request, body []byte) string {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var m struct {
			ThreadTS string `json:"thread_ts"`
		}
		json.Unmarshal(body, &m)
		return m.ThreadTS
	}
	form, _ := url.ParseQuery(string(body))
	return form.Get("thread_ts")
}

// checkOnce fails t unless each of n items was answered exactly once
// (count(i) == 1), with one summary: how many were not answered and how many
// more than once, and the first few of each.
func checkOnce(t *testing.T, what string, n int, count func(i int) int) {
	t.Helper()
	var missing, repeated []string
	for i := range n {
		switch c := count(i); {
		case c == 0:
			missing = append(missing, strconv.Itoa(i))
		case c > 1:
			repeated = append(repeated, fmt.Sprintf("%d (%d times)", i, c))
		}
	}
	sample := func(ids []string) string {
		if len(ids) > 10 {
			return strings.Join(ids[:10], ", ") + ", …"
		}
		return strings.Join(ids, ", ")
	}
	if len(missing) > 0 {
		t.Errorf("%d of %d %ss never answered: %s", len(missing), n, what, sample(missing))
	}
	if len(repeated) > 0 {
		t.Errorf("%d of %d %ss answered more than once: %s", len(repeated), n, what, sample(repeated))
	}
}

// failures collects a bounded sample of errors from many goroutines.
type failures struct {
	mu     sync.Mutex
	n      int
	sample []string
}

func (f *failures) add(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	if len(f.sample) < 10 {
		f.sample = append(f.sample, fmt.Sprintf(format, args...))
	}
}

func (f *failures) report(t *testing.T, what string) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n > 0 {
		t.Errorf("%d %s failed, for instance:\n  %s", f.n, what, strings.Join(f.sample, "\n  "))
	}
}

// letGo closes the fake *p and waits until the garbage collector has
// reclaimed it, so that a heap measurement that follows counts none of its
// records. (A closed server's last connection goroutines may hold it for a
// moment.)
func letGo[T any](t *testing.T, p **T, closeFake func()) {
	t.Helper()
	gone := make(chan struct{})
	runtime.AddCleanup(*p, func(ch chan struct{}) { close(ch) }, gone)
	closeFake()
	*p = nil
	deadline := time.Now().Add(waitLong)
	for {
		runtime.GC()
		select {
		case <-gone:
			return
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Error("a closed fake was never garbage collected")
			return
		}
	}
}

// memPoint is the heap after a full GC at a quiet moment of a load.
type memPoint struct {
	heap       uint64 // HeapInuse
	goroutines int
}

const mib = 1 << 20

func measure() memPoint {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return memPoint{heap: ms.HeapInuse, goroutines: runtime.NumGoroutine()}
}

// loadReport is what a load run measured.
type loadReport struct {
	platform   string
	n          int
	elapsed    time.Duration // sending to last reply, pauses for measuring excluded
	lat        []time.Duration
	at20, done memPoint
	deferred   int
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func (r loadReport) log(t *testing.T) {
	t.Helper()
	lat := slices.Clone(r.lat)
	slices.Sort(lat)
	p50, p99, worst := percentile(lat, .50), percentile(lat, .99), percentile(lat, 1)
	rate := float64(r.n) / r.elapsed.Seconds()
	t.Logf("%s: %d events, %d at a time, in %v: %.0f events/s; reply latency p50 %v, p99 %v, max %v; "+
		"heap in use after GC %.1f MiB at 20%% and %.1f MiB at 100%%; goroutines %d and %d; %d deferred",
		r.platform, r.n, loadConcurrency, r.elapsed.Round(time.Millisecond), rate,
		p50.Round(10*time.Microsecond), p99.Round(10*time.Microsecond), worst.Round(10*time.Microsecond),
		float64(r.at20.heap)/mib, float64(r.done.heap)/mib, r.at20.goroutines, r.done.goroutines, r.deferred)
	fmt.Printf("BenchmarkServeLoad/%s-%d\t%d\t%d ns/op\t%.0f events/s\t%.2f p50-ms\t%.2f p99-ms\t%.1f heap20-MiB\t%.1f heap100-MiB\n",
		r.platform, runtime.GOMAXPROCS(0), r.n, r.elapsed.Nanoseconds()/int64(r.n), rate,
		float64(p50)/float64(time.Millisecond), float64(p99)/float64(time.Millisecond),
		float64(r.at20.heap)/mib, float64(r.done.heap)/mib)
}

// checkFlat fails t when the heap grew more than 2x + 8 MiB from 20% to
// 100% of a load, or goroutines piled up. Kept-alive connections come and
// go with the timing (three or four goroutines each, across the client,
// exobot, the proxy and the fake), so the goroutines may vary by that
// much; one left behind by each event would be thousands.
func (r loadReport) checkFlat(t *testing.T) {
	t.Helper()
	if r.done.heap > 2*r.at20.heap+8*mib {
		t.Errorf("%s: heap grew from %.1f MiB at 20%% to %.1f MiB at 100%%: not flat",
			r.platform, float64(r.at20.heap)/mib, float64(r.done.heap)/mib)
	}
	if r.done.goroutines > r.at20.goroutines+4*loadConcurrency {
		t.Errorf("%s: goroutines grew from %d at 20%% to %d at 100%%", r.platform, r.at20.goroutines, r.done.goroutines)
	}
}

// runPhases runs job(i) for i in [0, n) with loadConcurrency workers, in
// two phases (the first 20%, then the rest). Each phase starts with
// begin(from, to) and ends, once nothing is in flight, with end(from, to);
// then the heap is measured.
func runPhases(n int, job func(i int), begin, end func(from, to int)) (elapsed time.Duration, at20, done memPoint) {
	phase := func(from, to int) time.Duration {
		begin(from, to)
		start := time.Now()
		jobs := make(chan int)
		var wg sync.WaitGroup
		for range loadConcurrency {
			wg.Go(func() {
				for i := range jobs {
					job(i)
				}
			})
		}
		for i := from; i < to; i++ {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		d := time.Since(start)
		end(from, to)
		return d
	}
	// The first measure comes after 20% of the events, and after at least
	// two per sender, so that every connection is open by then.
	cut := max(n/5, min(2*loadConcurrency, n/2))
	elapsed = phase(0, cut)
	at20 = measure()
	elapsed += phase(cut, n)
	done = measure()
	return elapsed, at20, done
}

// TestLoad sends 10,000 signed Slack events and then 10,000 signed Discord
// interactions, 200 at a time, to one "exobot serve" in HTTP mode. Each
// sender waits for its event's reply — recorded by the fake Slack, or the
// interaction's HTTP response (or the fake Discord's record of the edit of a
// deferred one) — before it sends the next. Every event must be answered
// exactly once, and the heap must stay flat.
//
// The fakes keep every call they receive, which is not exobot's memory: each
// phase of a load (the first 20%, then the rest) gets fresh fakes behind the
// proxies, whose records are checked at the end of the phase and then let
// go before the heap is measured.
func TestLoad(t *testing.T) {
	n := loadSize()
	sf := newSlackFake(t) // answers auth.test at start
	_, signer := newDiscordFake(t)
	slackReplies, discordEdits := newReplyTracker(n), newReplyTracker(n)
	var slackCalls, discordCalls atomic.Int32
	sp := newStampProxy(t, sf.URL(), func(r *http.Request, body []byte, status int, answer []byte) {
		if r.URL.Path != "/api/"+slackfake.MethodPostMessage {
			return
		}
		slackCalls.Add(1)
		if status == http.StatusOK && bytes.Contains(answer, []byte(`"ok":true`)) {
			slackReplies.mark(tsIndex(slackPostThread(r, body)))
		}
	})
	dp := newStampProxy(t, "http://127.0.0.1:1", func(r *http.Request, _ []byte, status int, _ []byte) {
		discordCalls.Add(1)
		// PATCH /api/v10/webhooks/{app}/{token}/messages/@original
		parts := strings.Split(r.URL.Path, "/")
		if r.Method == http.MethodPatch && len(parts) == 8 && parts[3] == "webhooks" && status == http.StatusOK {
			discordEdits.mark(tokenIndex(parts[5]))
		}
	})
	env := merge(slackHTTPEnv(sp.srv.URL+"/api/"), discordHTTPEnv(dp.srv.URL+"/api/v10/", signer),
		map[string]string{"EXOBOT_RATE_LIMIT": "600"}) // 1,000 people ask 10 questions each: never limited
	s := startServe(t, env, nil, newLogSink(false, loadQuestions[0], loadQuestions[1]))
	s.waitReady(t)
	c := newClient(t)

	t.Run("slack", func(t *testing.T) {
		channel := func(i int) string { return fmt.Sprintf("CL%02d", i%20) }
		lat := make([]time.Duration, n)
		var fail failures
		job := func(i int) {
			m := slackMention(i, channel(i), fmt.Sprintf("UL%04d", i%1000), loadQuestions[i%len(loadQuestions)])
			sent := time.Now()
			code, err := sendSlackEvent(c, s.url, fmt.Sprintf("EvL%06d", i), m)
			if err != nil {
				// The delivery failed in transport (on a host this loaded,
				// a connection can drop): Slack redelivers an event it got
				// no answer to, with its retry headers, and exobot must
				// still answer it exactly once.
				code, err = deliverSlackEvent(c, s.url, fmt.Sprintf("EvL%06d", i), m, 1)
			}
			if code != http.StatusOK {
				fail.add("event %d: %d %v", i, code, err)
				return
			}
			at, ok := slackReplies.wait(i, waitLong)
			if !ok {
				fail.add("event %d: no reply within %v", i, waitLong)
				return
			}
			lat[i] = at.Sub(sent)
		}
		var fake *slackfake.Server
		begin := func(from, to int) {
			fake = slackfake.New(slackfake.Options{BotToken: testSlackBot, BotUserID: slackBotUser})
			sp.retarget(fake.URL())
		}
		end := func(from, to int) {
			defer letGo(t, &fake, func() { fake.Close() })
			posts, err := fake.WaitPosts(to-from, waitLong)
			if err != nil {
				t.Error(err)
			}
			byThread := postsByThread(posts)
			for i := from; i < to; i++ {
				p := byThread[slackTS(i)]
				switch {
				case len(p) != 1:
					t.Errorf("event %d answered %d times, want once", i, len(p))
				case p[0].Channel != channel(i) || p[0].Method != slackfake.MethodPostMessage || p[0].Text == "":
					t.Errorf("event %d answered with %s %q in %s", i, p[0].Method, p[0].Text, p[0].Channel)
				}
			}
			if len(posts) != to-from {
				t.Errorf("%d posts for events %d…%d", len(posts), from, to-1)
			}
		}
		elapsed, at20, done := runPhases(n, job, begin, end)
		fail.report(t, "events")
		rep := loadReport{platform: "slack", n: n, elapsed: elapsed, lat: lat, at20: at20, done: done}
		rep.log(t)
		rep.checkFlat(t)
	})

	t.Run("discord", func(t *testing.T) {
		lat := make([]time.Duration, n)
		var fail failures
		var deferred atomic.Int32
		inline := make([]atomic.Int32, n)
		job := func(i int) {
			in := discordAsk(i, "100000000000000001", fmt.Sprint(400000000000000000+i%1000), loadQuestions[i%len(loadQuestions)])
			sent := time.Now()
			code, resp, err := sendInteraction(c, signer, s.url, in)
			switch {
			case err != nil || code != http.StatusOK:
				fail.add("interaction %d: %d %v", i, code, err)
			case resp.Type == 4 && resp.text() != "":
				lat[i] = time.Since(sent)
				inline[i].Add(1)
			case resp.Type == 5:
				deferred.Add(1)
				at, ok := discordEdits.wait(i, waitLong)
				if !ok {
					fail.add("interaction %d: deferred, and never edited in", i)
					return
				}
				lat[i] = at.Sub(sent)
			default:
				fail.add("interaction %d: response %+v", i, resp)
			}
		}
		var fake *discordfake.Server
		begin := func(from, to int) {
			fake = discordfake.New(discordfake.Options{BotToken: testDiscordToken})
			dp.retarget(strings.TrimSuffix(fake.APIURL, "/api/v10/"))
		}
		end := func(from, to int) {
			defer letGo(t, &fake, func() { fake.Close() })
			// In HTTP mode the only REST calls are the edits of deferred
			// answers, one each.
			edits := map[string]int{}
			for _, r := range fake.Requests() {
				if r.Route != discordfake.RouteEditWebhookMsg || r.Status != http.StatusOK {
					t.Errorf("unexpected REST call %v", r)
					continue
				}
				edits[r.Params["token"]]++
			}
			for i := from; i < to; i++ {
				e := edits[fmt.Sprint("tok-", i)]
				if got := int(inline[i].Load()) + e; got != 1 {
					t.Errorf("interaction %d answered %d times (%d in the response, %d edits)", i, got, inline[i].Load(), e)
				}
			}
		}
		elapsed, at20, done := runPhases(n, job, begin, end)
		fail.report(t, "interactions")
		rep := loadReport{platform: "discord", n: n, elapsed: elapsed, lat: lat, at20: at20, done: done, deferred: int(deferred.Load())}
		rep.log(t)
		rep.checkFlat(t)
	})

	samples, _ := scrape(t, s)
	for _, p := range []string{"slack", "discord"} {
		if v, _ := metric(samples, "exobot_questions_total", "platform", p); int(v) != n {
			t.Errorf("%s questions counted: %v, want %d", p, v, n)
		}
		if v, _ := metric(samples, "exobot_rate_limited_questions_total", "platform", p); v != 0 {
			t.Errorf("%s: %v questions rate-limited, want none", p, v)
		}
	}
	if err := s.stop(t); err != nil {
		t.Fatal(err)
	}
	// Once drained, nothing more was sent: one post an event, one edit a
	// deferred interaction.
	for i := range n {
		if got := slackReplies.count[i].Load(); got != 1 {
			t.Errorf("Slack event %d: %d replies", i, got)
		}
	}
	if slackReplies.stray.Load() != 0 || discordEdits.stray.Load() != 0 {
		t.Errorf("%d Slack replies and %d Discord edits to no known event", slackReplies.stray.Load(), discordEdits.stray.Load())
	}
	if got := int(slackCalls.Load()); got != n {
		t.Errorf("%d chat.postMessage calls for %d events", got, n)
	}
	t.Logf("%d REST calls to Discord", discordCalls.Load())
}

// TestFaults_EveryAcceptedMessageIsAnsweredOnce runs Slack in Socket Mode
// and Discord over the gateway while the fakes fail on a schedule: Web API
// and REST calls answered 429 (with Retry-After / retry_after), 500 or
// ok:false ratelimited, REST connections dropped, the socket and the
// gateway dropped. Slack redelivers an envelope that was not acknowledged,
// as Slack does; Discord replays missed dispatches on RESUME, as Discord
// does. Every accepted message must be answered exactly once. The faults
// are spaced so that no single call meets more of them in a row than its
// retry budget (four attempts).
func TestFaults_EveryAcceptedMessageIsAnsweredOnce(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	sf := newSlackFake(t)
	df, _ := newDiscordFake(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN": testSlackBot, "SLACK_APP_TOKEN": testSlackApp, "SLACK_API_URL": sf.APIURL(),
		"DISCORD_BOT_TOKEN": testDiscordToken, "DISCORD_API_URL": df.APIURL,
		"EXOBOT_RATE_LIMIT": "600",
		// What is proved is that every message is answered once through the
		// faults, not how fast: a starved CPU must not turn slowness into
		// lost replies.
		"EXOBOT_REPLY_TIMEOUT": "2m",
	}
	s := startServe(t, env, nil, nil)
	s.waitReady(t)

	t.Run("slack", func(t *testing.T) {
		t.Parallel()
		// Faults on chat.postMessage: one every 40 posts, in turn a 429, a
		// 500 and an ok:false ratelimited.
		go func() {
			faults := []slackfake.Fault{
				{Status: http.StatusTooManyRequests, RetryAfter: "1"},
				{Status: http.StatusInternalServerError},
				{SlackError: "ratelimited"},
			}
			for k := 1; 40*(k+1) < n; k++ {
				if _, err := sf.WaitPosts(40*k, waitLong); err != nil {
					return
				}
				sf.Fail(slackfake.MethodPostMessage, 1, faults[k%len(faults)])
			}
		}()
		// Three socket drops, each right after an acknowledgement.
		go func() {
			for d := 1; d <= 3; d++ {
				sf.DropSocketAfterAcks(n / 5)
				if err := sf.WaitConnections(d+1, 2*waitLong); err != nil {
					return
				}
			}
		}()
		var fail failures
		var redelivered atomic.Int32
		jobs := make(chan int)
		var wg sync.WaitGroup
		for range 50 {
			wg.Go(func() {
				for i := range jobs {
					body := slackfake.EventCallback(fmt.Sprintf("EvF%06d", i), slackMention(i, "CFAULT", fmt.Sprintf("UF%03d", i%500), loadQuestions[i%len(loadQuestions)]))
					var last error
					for attempt := 0; ; attempt++ {
						if attempt == 20 {
							fail.add("event %d not acknowledged after 20 deliveries (%d sockets so far; last: %v)", i, sf.Connections(), last)
							break
						}
						if attempt > 0 {
							redelivered.Add(1)
						}
						envID, err := sf.Push(slackfake.EnvelopeEventsAPI, body, attempt)
						if err != nil { // no socket right now: wait for one
							last = err
							if err := sf.WaitConnections(1, waitLong); err != nil {
								fail.add("event %d: %v", i, err)
								break
							}
							continue
						}
						if _, last = sf.WaitAck(envID, 2*time.Second); last == nil {
							break
						}
					}
				}
			})
		}
		for i := range n {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		fail.report(t, "deliveries")
		posts, err := sf.WaitPosts(n, 2*waitLong)
		if err != nil {
			t.Error(err) // and say which
		}
		t.Logf("slack: %d events, %d redeliveries, %d sockets, %d chat.postMessage calls for %d posts",
			n, redelivered.Load(), sf.Connections(), sf.Calls(slackfake.MethodPostMessage), len(posts))
		byThread := postsByThread(posts)
		checkOnce(t, "Slack event", n, func(i int) int { return len(byThread[slackTS(i)]) })
		if len(posts) != n {
			t.Errorf("%d posts for %d events", len(posts), n)
		}
		if sf.Connections() < 4 {
			t.Errorf("%d socket connections, want 4 (three drops)", sf.Connections())
		}
		if sf.Calls(slackfake.MethodPostMessage) <= n {
			t.Error("no post was refused: the faults were not injected")
		}
	})

	t.Run("discord", func(t *testing.T) {
		t.Parallel()
		// REST faults on replies, in turn a 429, a 500 and a dropped
		// connection, each after 40 calls that go through.
		for k := 0; 40*(k+1) < n; k++ {
			f := discordfake.Fault{Route: discordfake.RouteCreateMessage, Skip: 40}
			switch k % 3 {
			case 0:
				f.Status, f.RetryAfter = http.StatusTooManyRequests, time.Second
			case 1:
				f.Status = http.StatusInternalServerError
			case 2:
				f.Drop = true
			}
			df.AddFault(f)
		}
		bot := df.BotUser()
		sessions := func() int {
			return len(slices.DeleteFunc(df.Gateway.Frames(), func(f discordfake.Frame) bool {
				return f.Op != discordfake.OpIdentify && f.Op != discordfake.OpResume
			}))
		}
		var dispatchErr error
		for i := range n {
			if i > 0 && i%(n/4) == 0 {
				df.Gateway.Drop()
			}
			before := sessions()
			// Twenty channels: discordgo sends the replies to one channel
			// one after another (its rate-limit bucket is per channel), so
			// a thousand replies queued in one channel behind 429s could
			// outlast the reply timeout on a starved CPU — no real channel
			// gets a thousand questions in a few seconds.
			_, err := df.Gateway.DispatchMessage(discordfake.Message{
				ID: fmt.Sprint(700000000000000000 + i), ChannelID: fmt.Sprint(500000000000000100 + i%20), GuildID: "500000000000000002",
				Author:  discordfake.User{ID: fmt.Sprint(600000000000000000 + i%500), Username: "someone"},
				Content: "<@" + bot.ID + "> " + loadQuestions[i%len(loadQuestions)], Mentions: []discordfake.User{bot},
			})
			if err != nil {
				// No live connection (ErrNotConnected), or it broke under
				// the write: the fake keeps the event for the RESUME replay,
				// as Discord does. Wait for the client to be back.
				if _, err := df.Gateway.WaitFrames(before+1, waitLong, func(f discordfake.Frame) bool {
					return f.Op == discordfake.OpIdentify || f.Op == discordfake.OpResume
				}); err != nil {
					dispatchErr = err
					break
				}
			}
		}
		if dispatchErr != nil {
			t.Fatal(dispatchErr)
		}
		reqs, err := df.Wait(n, 2*waitLong, discordfake.Succeeded(discordfake.RouteCreateMessage))
		if err != nil {
			t.Error(err) // and say which
		}
		replies := map[string]int{}
		for _, r := range reqs {
			var m struct {
				Ref struct {
					MessageID string `json:"message_id"`
				} `json:"message_reference"`
			}
			if err := r.Decode(&m); err != nil {
				t.Fatal(err)
			}
			replies[m.Ref.MessageID]++
		}
		checkOnce(t, "Discord message", n, func(i int) int { return replies[fmt.Sprint(700000000000000000+i)] })
		var faulted, identifies, resumes int
		for _, r := range df.Requests() {
			if r.Fault {
				faulted++
			}
		}
		for _, f := range df.Gateway.Frames() {
			switch f.Op {
			case discordfake.OpIdentify:
				identifies++
			case discordfake.OpResume:
				resumes++
			}
		}
		t.Logf("discord: %d messages, %d REST faults, %d identifies, %d resumes, %d replies", n, faulted, identifies, resumes, len(reqs))
		if faulted == 0 || identifies+resumes < 4 {
			t.Errorf("%d REST faults and %d gateway sessions: the faults were not injected", faulted, identifies+resumes)
		}
	})
}

// TestShutdown_MidLoadLosesNoAcceptedMessage cancels serve's context, as
// SIGTERM does, while Slack events (HTTP and Socket Mode) and Discord
// interactions are in flight. Every event acknowledged (HTTP 200, socket
// ack) must have been answered by the time serve returns — the process
// exits then — and serve must return nil within the shutdown timeout. An
// event refused (503, or a closed connection) must not be answered: Slack
// delivers it again to another replica.
func TestShutdown_MidLoadLosesNoAcceptedMessage(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 600
	}
	sf := newSlackFake(t)
	df, signer := newDiscordFake(t)
	env := merge(slackHTTPEnv(sf.APIURL()), discordHTTPEnv(df.APIURL, signer), map[string]string{
		"SLACK_APP_TOKEN": testSlackApp, "EXOBOT_RATE_LIMIT": "600", "EXOBOT_SHUTDOWN_TIMEOUT": "15s",
	})
	s := startServe(t, env, nil, nil)
	s.waitReady(t)
	c := newClient(t)

	var (
		acks        atomic.Int64
		trigger     = make(chan struct{})
		triggerOnce sync.Once
		stopped     = make(chan struct{})
		stopErr     error
		snapPosts   []slackfake.Post
		snapReqs    []discordfake.Request
	)
	go func() {
		<-trigger
		stopErr = s.stop(t)
		// The process exits when run returns: what is not recorded now is lost.
		snapPosts, snapReqs = sf.Posts(), df.Requests()
		close(stopped)
	}()

	httpStatus := make([]int, n)
	discordStatus := make([]int, n)
	discordResp := make([]interactionResponse, n)
	socketAcked := make([]bool, n)
	var wg sync.WaitGroup
	work := func(workers int, job func(i int)) {
		jobs := make(chan int)
		wg.Go(func() {
			for i := range n {
				jobs <- i
			}
			close(jobs)
		})
		for range workers {
			wg.Go(func() {
				for i := range jobs {
					job(i)
				}
			})
		}
	}
	// Slack HTTP: events 0…n-1.
	work(100, func(i int) {
		code, _ := sendSlackEvent(c, s.url, fmt.Sprintf("EvH%06d", i), slackMention(i, "CSHUT", fmt.Sprintf("US%03d", i%500), loadQuestions[i%len(loadQuestions)]))
		httpStatus[i] = code
		if code == http.StatusOK && acks.Add(1) == int64(n/3) {
			triggerOnce.Do(func() { close(trigger) })
		}
	})
	// Slack Socket Mode: events n…2n-1.
	work(20, func(i int) {
		body := slackfake.EventCallback(fmt.Sprintf("EvS%06d", i), slackMention(n+i, "CSOCK", fmt.Sprintf("US%03d", i%500), loadQuestions[i%len(loadQuestions)]))
		envID, err := sf.Push(slackfake.EnvelopeEventsAPI, body, 0)
		if err != nil {
			return
		}
		if _, err := sf.WaitAck(envID, 2*time.Second); err == nil {
			socketAcked[i] = true
		}
	})
	// Discord HTTP interactions.
	work(100, func(i int) {
		code, resp, _ := sendInteraction(c, signer, s.url, discordAsk(i, df.AppID(), fmt.Sprint(400000000000000000+i%500), loadQuestions[i%len(loadQuestions)]))
		discordStatus[i], discordResp[i] = code, resp
	})
	wg.Wait()
	triggerOnce.Do(func() { close(trigger) })
	<-stopped

	if stopErr != nil {
		t.Fatalf("serve returned %v, want nil", stopErr)
	}
	if s.stopped > 15*time.Second {
		t.Errorf("serve took %v to return, more than the 15 s shutdown timeout", s.stopped)
	}
	snap := postsByThread(snapPosts)
	final := postsByThread(sf.Posts())
	var ok200, refused503, dropped, socketOK int
	for i := range n {
		switch httpStatus[i] {
		case http.StatusOK:
			ok200++
			if p := snap[slackTS(i)]; len(p) != 1 {
				t.Errorf("Slack HTTP event %d was acknowledged and answered %d times before serve returned, want once", i, len(p))
			}
		case http.StatusServiceUnavailable:
			refused503++
			if p := final[slackTS(i)]; len(p) != 0 {
				t.Errorf("Slack HTTP event %d was refused with 503 and answered anyway", i)
			}
		case 0:
			dropped++
		default:
			t.Errorf("Slack HTTP event %d: status %d", i, httpStatus[i])
		}
		if socketAcked[i] {
			socketOK++
			if p := snap[slackTS(n+i)]; len(p) != 1 {
				t.Errorf("Slack socket event %d was acknowledged and answered %d times before serve returned, want once", i, len(p))
			}
		}
	}
	edits := map[string]int{}
	for _, r := range snapReqs {
		if r.Route == discordfake.RouteEditWebhookMsg && r.Status == http.StatusOK {
			edits[r.Params["token"]]++
		}
	}
	var dOK, dRefused int
	for i := range n {
		switch {
		case discordStatus[i] == http.StatusOK && discordResp[i].Type == 4:
			dOK++
		case discordStatus[i] == http.StatusOK && discordResp[i].Type == 5:
			dOK++
			if edits[fmt.Sprint("tok-", i)] != 1 {
				t.Errorf("Discord interaction %d was deferred and not edited in before serve returned", i)
			}
		case discordStatus[i] == http.StatusOK:
			t.Errorf("Discord interaction %d: response %+v", i, discordResp[i])
		default:
			dRefused++
		}
	}
	t.Logf("shutdown after %d acknowledged events took %v; Slack HTTP: %d acknowledged, %d refused with 503, %d connections refused or closed; "+
		"Slack socket: %d acknowledged; Discord: %d answered, %d refused",
		n/3, s.stopped.Round(time.Millisecond), ok200, refused503, dropped, socketOK, dOK, dRefused)
	if ok200 < n/3 || refused503+dropped == 0 {
		t.Errorf("the cancel did not fall in the middle of the load (%d acknowledged, %d refused)", ok200, refused503+dropped)
	}
}
