package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"exobot/bot"
)

const urgentText = "my face is swelling and I cannot breathe"

// echo is an Answerer that answers every question and counts them.
type echo struct{ calls atomic.Int64 }

func (e *echo) Answer(_ context.Context, q bot.Question) bot.Reply {
	e.calls.Add(1)
	return bot.Reply{Status: bot.StatusAnswered, Question: q.Text, Answer: "answer to " + q.Text, EntryID: "entry-1", Disclaimer: bot.Disclaimer}
}

// recMetrics records what the middlewares report. Safe for concurrent use.
type recMetrics struct {
	mu          sync.Mutex
	questions   []string // platform/status
	latencies   []time.Duration
	rateLimited map[string]int
}

func newRecMetrics() *recMetrics { return &recMetrics{rateLimited: map[string]int{}} }

func (m *recMetrics) Question(platform string, status bot.Status, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.questions = append(m.questions, platform+"/"+string(status))
	m.latencies = append(m.latencies, d)
}
func (m *recMetrics) Feedback(string, string, bool) {}
func (m *recMetrics) APIError(string, string)       {}
func (m *recMetrics) APIRetry(string, string)       {}
func (m *recMetrics) RateLimited(platform string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.rateLimited[platform]++
}

func (m *recMetrics) limited(platform string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.rateLimited[platform]
}

func ask(a bot.Answerer, platform, user, text string) bot.Reply {
	return a.Answer(context.Background(), bot.Question{Text: text, Platform: platform, User: user})
}

// isRefusal reports whether r is the polite rate-limit reply.
func isRefusal(r bot.Reply) bool {
	return r.Status == bot.StatusRateLimited && !r.Silent && r.Answer != "" && r.Disclaimer != ""
}

func isSilent(r bot.Reply) bool {
	return r.Status == bot.StatusRateLimited && r.Silent && r.Answer == ""
}

func TestRateLimit_BurstThenOnePoliteRefusalThenSilence(t *testing.T) {
	t.Parallel()
	next, m := &echo{}, newRecMetrics()
	rl := bot.RateLimit(next, 3, m)
	for i := range 3 {
		if r := ask(rl, "slack", "U1", "what are exosomes?"); r.Status != bot.StatusAnswered {
			t.Fatalf("question %d of a burst of 3: %+v", i+1, r)
		}
	}
	if r := ask(rl, "slack", "U1", "what are exosomes?"); !isRefusal(r) {
		t.Errorf("first question over the limit: %+v, want the polite refusal", r)
	}
	for i := range 3 {
		if r := ask(rl, "slack", "U1", "what are exosomes?"); !isSilent(r) {
			t.Errorf("refused again (%d): %+v, want a silent reply", i+1, r)
		}
	}
	if n := next.calls.Load(); n != 3 {
		t.Errorf("the engine was asked %d times, want 3", n)
	}
	if n := m.limited("slack"); n != 4 {
		t.Errorf("rate-limited count %d, want 4", n)
	}

	// Per person and per platform.
	if r := ask(rl, "slack", "U2", "what are exosomes?"); r.Status != bot.StatusAnswered {
		t.Errorf("another person was limited: %+v", r)
	}
	if r := ask(rl, "discord", "U1", "what are exosomes?"); r.Status != bot.StatusAnswered {
		t.Errorf("the same id on another platform was limited: %+v", r)
	}
}

func TestRateLimit_Refills(t *testing.T) {
	t.Parallel()
	next := &echo{}
	rl := bot.RateLimit(next, 600, nil) // ten a second, bursts of 600
	allowed := 0
	for ; ; allowed++ {
		r := ask(rl, "slack", "U1", "q")
		if r.Status == bot.StatusRateLimited {
			if !isRefusal(r) {
				t.Fatalf("first refusal %+v, want it polite", r)
			}
			break
		}
		if allowed > 2000 {
			t.Fatal("never limited")
		}
	}
	if allowed < 600 {
		t.Errorf("limited after %d questions, want a burst of 600", allowed)
	}
	// A token comes back every 100 ms: waiting is the point here.
	deadline := time.Now().Add(10 * time.Second)
	for ask(rl, "slack", "U1", "q").Status == bot.StatusRateLimited {
		if time.Now().After(deadline) {
			t.Fatal("no question allowed 10 s after the limit")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Once allowed again, a person who hits the limit again is told again.
	for {
		r := ask(rl, "slack", "U1", "q")
		if r.Status == bot.StatusRateLimited {
			if !isRefusal(r) {
				t.Errorf("first refusal after a refill %+v, want it polite", r)
			}
			break
		}
	}
}

func TestRateLimit_UrgentAndAnonymousAreNeverLimited(t *testing.T) {
	t.Parallel()
	next, m := &echo{}, newRecMetrics()
	rl := bot.RateLimit(next, 1, m)
	ask(rl, "slack", "U1", "what are exosomes?")
	if r := ask(rl, "slack", "U1", "what are exosomes?"); r.Status != bot.StatusRateLimited {
		t.Fatalf("not limited: %+v", r)
	}
	for i := range 5 {
		if r := ask(rl, "slack", "U1", urgentText); r.Status != bot.StatusAnswered {
			t.Errorf("urgent message %d while limited: %+v, want it answered", i+1, r)
		}
	}
	for i := range 5 {
		if r := ask(rl, "cli", "", "what are exosomes?"); r.Status != bot.StatusAnswered {
			t.Errorf("question %d without a user: %+v, want it answered", i+1, r)
		}
	}
	off := bot.RateLimit(next, 0, m)
	for i := range 20 {
		if r := ask(off, "slack", "U1", "what are exosomes?"); r.Status != bot.StatusAnswered {
			t.Errorf("limit 0 (off), question %d: %+v", i+1, r)
		}
	}
	if n := m.limited("slack"); n != 1 {
		t.Errorf("rate-limited count %d, want 1", n)
	}
}

// TestRateLimit_ForgetsIdleUsers asks once for each of 200,000 people: the
// limiter must not keep a bucket for each. At a very high rate a bucket is
// full again almost at once, and a full bucket is forgotten.
func TestRateLimit_ForgetsIdleUsers(t *testing.T) {
	if testing.Short() {
		t.Skip("200,000 questions")
	}
	const people = 200_000
	rl := bot.RateLimit(&echo{}, 60_000_000, nil) // a million a second
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapInuse
	}
	before := heap()
	for i := range people {
		if r := ask(rl, "slack", fmt.Sprintf("U%08d", i), "q"); r.Status != bot.StatusAnswered {
			t.Fatalf("person %d limited: %+v", i, r)
		}
	}
	grown := int64(heap()) - int64(before)
	// A bucket per person would hold well over 10 MiB.
	if grown > 4<<20 {
		t.Errorf("heap grew %.1f MiB for %d people who asked once: idle people are not forgotten", float64(grown)/(1<<20), people)
	}
	runtime.KeepAlive(rl)
}

// gate is an Answerer that holds every question until released, and
// tracks how many it holds at once.
type gate struct {
	release chan struct{}
	entered chan string
	cur     atomic.Int32
	peak    atomic.Int32
}

func newGate() *gate { return &gate{release: make(chan struct{}), entered: make(chan string, 1000)} }

func (g *gate) Answer(_ context.Context, q bot.Question) bot.Reply {
	n := g.cur.Add(1)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			break
		}
	}
	g.entered <- q.Text
	<-g.release
	g.cur.Add(-1)
	return bot.Reply{Status: bot.StatusAnswered, Answer: "answer", Disclaimer: bot.Disclaimer}
}

func (g *gate) waitEntered(t *testing.T, n int) {
	t.Helper()
	timeout := time.After(30 * time.Second)
	for range n {
		select {
		case <-g.entered:
		case <-timeout:
			t.Fatalf("fewer than %d questions reached the engine", n)
		}
	}
}

func TestLimitInFlight_BoundHeldUnderConcurrency(t *testing.T) {
	t.Parallel()
	g := newGate()
	lim := bot.LimitInFlight(g, 3)
	var wg sync.WaitGroup
	replies := make([]bot.Reply, 30)
	for i := range replies {
		wg.Go(func() { replies[i] = ask(lim, "slack", fmt.Sprint("U", i), "what are exosomes?") })
	}
	g.waitEntered(t, 3) // the slots are full; the other 27 wait
	close(g.release)
	wg.Wait()
	if p := g.peak.Load(); p != 3 {
		t.Errorf("at most %d questions answered at once, want 3", p)
	}
	for i, r := range replies {
		if r.Status != bot.StatusAnswered {
			t.Errorf("question %d: %+v, want it answered once a slot was free", i, r)
		}
	}
}

func TestLimitInFlight_BusyReply(t *testing.T) {
	t.Parallel()
	g := newGate()
	lim := bot.LimitInFlight(g, 1)
	held := make(chan bot.Reply)
	go func() { held <- ask(lim, "slack", "U1", "what are exosomes?") }()
	g.waitEntered(t, 1)

	t.Run("ContextDone", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		r := lim.Answer(ctx, bot.Question{Text: "what are exosomes?", Platform: "slack", User: "U2"})
		if r.Status != bot.StatusRejected || r.Answer == "" || !strings.Contains(r.Error, "busy") || r.Disclaimer == "" {
			t.Errorf("no slot and the context done: %+v, want the busy reply", r)
		}
	})
	t.Run("BeforeTheDeadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 800*time.Millisecond)
		defer cancel()
		r := lim.Answer(ctx, bot.Question{Text: "what are exosomes?", Platform: "slack", User: "U3"})
		if r.Status != bot.StatusRejected || r.Answer == "" {
			t.Errorf("no slot until the deadline: %+v, want the busy reply", r)
		}
		if ctx.Err() != nil {
			t.Error("the busy reply came when the context had expired: it could not be posted any more")
		}
	})
	// An urgent question reaches the engine although the only slot is
	// taken.
	urgent := make(chan bot.Reply)
	go func() { urgent <- ask(lim, "slack", "U4", urgentText) }()
	g.waitEntered(t, 1)
	if p := g.peak.Load(); p != 2 {
		t.Errorf("%d questions in the engine, want the held one and the urgent one", p)
	}
	close(g.release)
	for _, ch := range []chan bot.Reply{held, urgent} {
		if r := <-ch; r.Status != bot.StatusAnswered {
			t.Errorf("reply %+v", r)
		}
	}
}

func TestLimitInFlight_WaitsForAFreeSlot(t *testing.T) {
	t.Parallel()
	g := newGate()
	lim := bot.LimitInFlight(g, 1)
	first := make(chan bot.Reply)
	go func() { first <- ask(lim, "slack", "U1", "one") }()
	g.waitEntered(t, 1)
	second := make(chan bot.Reply)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		second <- lim.Answer(ctx, bot.Question{Text: "two", Platform: "slack", User: "U2"})
	}()
	close(g.release) // the first finishes; the second takes its slot
	if r := <-first; r.Status != bot.StatusAnswered {
		t.Errorf("first: %+v", r)
	}
	if r := <-second; r.Status != bot.StatusAnswered {
		t.Errorf("second: %+v, want it answered once the slot was free", r)
	}
}

type panicker struct{}

func (panicker) Answer(context.Context, bot.Question) bot.Reply {
	panic("secret detail of the failure")
}

func TestObserve_PanicBecomesAnApology(t *testing.T) {
	t.Parallel()
	var logs bytes.Buffer
	m := newRecMetrics()
	o := bot.Observe(panicker{}, bot.ObserveOptions{Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Metrics: m})
	r := ask(o, "slack", "U1", "my private question")
	if r.Answer == "" || r.Disclaimer == "" || r.Silent || r.Error == "" || strings.Contains(r.Answer, "secret detail") {
		t.Errorf("reply after a panic: %+v, want an apology without the panic's text", r)
	}
	if len(m.questions) != 1 || m.questions[0] != "slack/"+string(r.Status) {
		t.Errorf("metrics %v, want one question for slack", m.questions)
	}
	text := logs.String()
	if !strings.Contains(text, "panic while answering") || strings.Contains(text, "secret detail") || strings.Contains(text, "my private question") {
		t.Errorf("logs %s: want the panic logged, without its value or the question", text)
	}
}

// TestObserve_MeasuresEveryQuestionAndLogsNone: the adapters log the one
// line each question gets (with its delivery); Observe only measures.
func TestObserve_MeasuresEveryQuestionAndLogsNone(t *testing.T) {
	t.Parallel()
	{
		var logs bytes.Buffer
		m := newRecMetrics()
		o := bot.Observe(&echo{}, bot.ObserveOptions{Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Metrics: m})
		ask(o, "discord", "U7", "my private question")
		o.Answer(context.Background(), bot.Question{EntryID: "entry-9", Platform: "slack", User: "U8"})
		if logs.Len() != 0 {
			t.Errorf("Observe logged %q, want nothing: the adapter logs each question once", logs.String())
		}
		if len(m.questions) != 2 || m.questions[0] != "discord/answered" || m.latencies[0] <= 0 {
			t.Errorf("metrics %v %v, want both questions with their latency", m.questions, m.latencies)
		}
	}
	// Without a logger or metrics it still answers.
	if r := ask(bot.Observe(&echo{}, bot.ObserveOptions{}), "cli", "", "q"); r.Status != bot.StatusAnswered {
		t.Errorf("zero options: %+v", r)
	}
}

// TestMiddleware_ChainUnderConcurrency runs serve's chain from many
// goroutines (go test -race): every question gets exactly one reply and
// one metric, and what was not answered was rate-limited.
func TestMiddleware_ChainUnderConcurrency(t *testing.T) {
	t.Parallel()
	next, m := &echo{}, newRecMetrics()
	chain := bot.Observe(bot.RateLimit(bot.LimitInFlight(next, 4), 30, m), bot.ObserveOptions{Metrics: m})
	const workers, each = 20, 50
	var answered, limited atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				r := ask(chain, "slack", fmt.Sprint("U", (w*each+i)%10), "what are exosomes?")
				switch r.Status {
				case bot.StatusAnswered:
					answered.Add(1)
				case bot.StatusRateLimited:
					limited.Add(1)
				default:
					t.Errorf("reply %+v", r)
				}
			}
		})
	}
	wg.Wait()
	if answered.Load()+limited.Load() != workers*each || next.calls.Load() != answered.Load() {
		t.Errorf("%d answered + %d limited for %d questions; engine asked %d times", answered.Load(), limited.Load(), workers*each, next.calls.Load())
	}
	// Ten people, bursts of 30: 300 answered at most (a few more if the
	// buckets refilled meanwhile).
	if a := answered.Load(); a < 300 || a > 330 {
		t.Errorf("%d answered, want about 300", a)
	}
	if len(m.questions) != workers*each || int64(m.limited("slack")) != limited.Load() {
		t.Errorf("metrics: %d questions, %d limited", len(m.questions), m.limited("slack"))
	}
}

// byText answers "what are exosomes?" and declines anything else, as the
// engine would thread chatter ("thanks!", "lol same").
type byText struct{ calls atomic.Int64 }

func (b *byText) Answer(_ context.Context, q bot.Question) bot.Reply {
	b.calls.Add(1)
	if strings.Contains(q.Text, "exosomes") {
		return bot.Reply{Status: bot.StatusAnswered, Answer: "answer", EntryID: "e", Disclaimer: bot.Disclaimer}
	}
	return bot.Reply{Status: bot.StatusNoMatch, Answer: "I'm not sure", Disclaimer: bot.Disclaimer}
}

// TestRateLimit_UnaddressedChatterSpendsNoQuota: messages not addressed to
// the bot (a thread it follows) are posted only when answered, so only
// those spend the quota; chatter, however much of it, leaves the person's
// next real question its answer — and its one polite refusal for later.
func TestRateLimit_UnaddressedChatterSpendsNoQuota(t *testing.T) {
	t.Parallel()
	next, m := &byText{}, newRecMetrics()
	rl := bot.RateLimit(next, 2, m)
	chat := func(text string) bot.Reply {
		return rl.Answer(context.Background(), bot.Question{Text: text, Platform: "slack", User: "U1", Unaddressed: true})
	}
	for i := range 20 {
		if r := chat(fmt.Sprintf("lol same %d", i)); r.Status != bot.StatusNoMatch {
			t.Fatalf("chatter %d: %+v, want it answered (as a decline, which the adapter does not post)", i, r)
		}
	}
	// The quota is whole: two questions, then the polite refusal.
	for i := range 2 {
		if r := ask(rl, "slack", "U1", "what are exosomes?"); r.Status != bot.StatusAnswered {
			t.Fatalf("question %d after chatter: %+v, want an answer", i+1, r)
		}
	}
	if r := ask(rl, "slack", "U1", "what are exosomes?"); !isRefusal(r) {
		t.Errorf("third question: %+v, want the polite refusal", r)
	}

	// An unaddressed message that is answered does spend a token; with none
	// left it is refused silently, never with the notice.
	next2 := &byText{}
	rl2 := bot.RateLimit(next2, 1, nil)
	unaddressed := bot.Question{Text: "do exosomes help acne", Platform: "slack", User: "U2", Unaddressed: true}
	if r := rl2.Answer(context.Background(), unaddressed); r.Status != bot.StatusAnswered {
		t.Fatalf("answerable follow-up: %+v", r)
	}
	if r := rl2.Answer(context.Background(), unaddressed); !isSilent(r) {
		t.Errorf("answerable follow-up with no token left: %+v, want a silent refusal", r)
	}
	if r := ask(rl2, "slack", "U2", "what are exosomes?"); !isRefusal(r) {
		t.Errorf("the next addressed question: %+v, want the polite refusal (the silent one did not use it up)", r)
	}
	if n := next2.calls.Load(); n != 1 {
		t.Errorf("the engine was asked %d times, want once", n)
	}
}

// countBudget is a shared budget of n tokens that counts its takes.
type countBudget struct {
	mu    sync.Mutex
	left  int
	takes int
}

func (b *countBudget) Take(context.Context, string) (bool, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.takes++
	if b.left > 0 {
		b.left--
		return true, false
	}
	return false, true
}

// TestRateLimitBudget_UnaddressedChatterSpendsNoQuota: with a shared
// budget too, only an answer to an unaddressed message takes a token.
func TestRateLimitBudget_UnaddressedChatterSpendsNoQuota(t *testing.T) {
	t.Parallel()
	b := &countBudget{left: 1}
	rl := bot.RateLimitBudget(&byText{}, b, nil)
	chat := func(text string) bot.Reply {
		return rl.Answer(context.Background(), bot.Question{Text: text, Platform: "slack", User: "U1", Unaddressed: true})
	}
	for range 5 {
		chat("see you at lunch")
	}
	if b.takes != 0 {
		t.Errorf("chatter took %d tokens, want none", b.takes)
	}
	if r := chat("do exosomes help acne"); r.Status != bot.StatusAnswered || b.takes != 1 {
		t.Errorf("answerable follow-up: %+v after %d takes, want an answer and one take", r, b.takes)
	}
	if r := chat("do exosomes help acne"); !isSilent(r) {
		t.Errorf("answerable follow-up with no token left: %+v, want a silent refusal", r)
	}
}
