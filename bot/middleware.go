package bot

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
	"unicode/utf8"
)

// Texts of the replies the middlewares give.
const (
	rateLimitedText = "You're asking faster than I can answer well. Please wait a minute and ask again."
	busyText        = "I'm answering a lot of questions right now. Please try again in a moment."
	sorryText       = "Sorry, something went wrong on my side and I couldn't answer that. Please try again."
)

// RateLimit limits how often each person may ask: perMinute questions a
// minute, with bursts up to perMinute, per platform and user. The first
// question over the limit gets a polite reply; further ones, until the
// person may ask again, get a Silent reply, so a flood meets silence rather
// than a wall of refusals. Emergencies are never limited. Questions without
// a User are not limited. The question is screened for an emergency (see
// Screen) once, before anything else, and the screening travels with it to
// the engine. Safe for concurrent use.
func RateLimit(next Answerer, perMinute int, m Metrics) Answerer {
	if m == nil {
		m = NopMetrics{}
	}
	return &rateLimiter{next: next, rate: float64(perMinute) / 60, burst: float64(perMinute), metrics: m, users: map[string]*bucket{}, now: time.Now}
}

type rateLimiter struct {
	next    Answerer
	rate    float64 // tokens a second
	burst   float64
	metrics Metrics
	now     func() time.Time
	budget  Budget // when set, the buckets live there (RateLimitBudget)

	mu    sync.Mutex
	users map[string]*bucket
	calls int
}

type bucket struct {
	tokens float64
	last   time.Time
	told   bool // the person has been told they are limited
}

// sweepEvery is how many questions pass between sweeps of idle buckets.
const sweepEvery = 1024

func (l *rateLimiter) Answer(ctx context.Context, q Question) Reply {
	ctx, s := screened(ctx, q)
	if q.User == "" || l.rate <= 0 || s.Urgent() {
		return l.next.Answer(ctx, q)
	}
	key := q.Platform + "\x00" + q.User
	if q.Unaddressed {
		return l.unaddressed(ctx, q, key)
	}
	var allowed, tell bool
	if l.budget != nil {
		allowed, tell = l.budget.Take(ctx, key)
	} else {
		allowed, tell = l.take(key)
	}
	if allowed {
		return l.next.Answer(ctx, q)
	}
	l.metrics.RateLimited(q.Platform)
	r := Reply{Status: StatusRateLimited, Question: preview(q.Text, 200), Disclaimer: Disclaimer, Error: "rate limited"}
	if tell {
		r.Answer = rateLimitedText
	} else {
		r.Silent = true
	}
	return r
}

// unaddressed answers a message not addressed to the bot, whose reply is
// posted only when it is an answer: the quota is spent only then. Without
// a token left it is refused silently — never with the polite notice,
// which would go to a reply that is not posted.
//
// With a shared Budget, which can only take, the question is answered
// first and a token taken only for an answer; a refused one is silent.
func (l *rateLimiter) unaddressed(ctx context.Context, q Question, key string) Reply {
	refused := func() Reply {
		l.metrics.RateLimited(q.Platform)
		return Reply{Status: StatusRateLimited, Question: preview(q.Text, 200), Disclaimer: Disclaimer, Error: "rate limited", Silent: true}
	}
	if l.budget == nil && !l.spend(key, false) {
		return refused()
	}
	r := l.next.Answer(ctx, q)
	if r.Status != StatusAnswered {
		return r // not posted: costs nothing
	}
	if l.budget != nil {
		if allowed, _ := l.budget.Take(ctx, key); !allowed {
			return refused()
		}
		return r
	}
	l.spend(key, true)
	return r
}

// spend reports whether key's bucket holds a token, and takes it when take
// is set (a bucket emptied meanwhile by a concurrent question stays at
// zero).
func (l *rateLimiter) spend(key string, take bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.users[key]
	if b == nil {
		if !take {
			return l.burst >= 1
		}
		b = &bucket{tokens: l.burst, last: now}
		l.users[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	ok := b.tokens >= 1
	if take {
		b.tokens = max(0, b.tokens-1)
		b.told = false
	}
	return ok
}

// take spends a token of key's bucket. tell is true the first time a
// limited person is refused.
func (l *rateLimiter) take(key string) (allowed, tell bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.calls++
	if l.calls%sweepEvery == 0 {
		l.sweep(now)
	}
	b := l.users[key]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.users[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		b.told = false
		return true, false
	}
	tell = !b.told
	b.told = true
	return false, tell
}

// sweep forgets people whose bucket has refilled: they are as new.
func (l *rateLimiter) sweep(now time.Time) {
	for k, b := range l.users {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.users, k)
		}
	}
}

// LimitInFlight bounds how many questions are answered at once. A question
// that finds no free slot waits for one, then gets a polite "busy" reply:
// when its context is done or, if the context has a deadline, shortly
// before it. A quarter of the time left when the question arrived (at most
// busyReserve) is kept for delivering the busy reply, which an adapter could
// not post with a context that has already expired. Emergencies never wait.
// Safe for concurrent use.
func LimitInFlight(next Answerer, n int) Answerer {
	return &inFlight{next: next, slots: make(chan struct{}, max(1, n))}
}

// busyReserve is the most LimitInFlight keeps of a question's time for
// delivering its busy reply.
const busyReserve = 5 * time.Second

type inFlight struct {
	next  Answerer
	slots chan struct{}
}

func (f *inFlight) Answer(ctx context.Context, q Question) Reply {
	ctx, s := screened(ctx, q)
	if s.Urgent() {
		return f.next.Answer(ctx, q)
	}
	select {
	case f.slots <- struct{}{}:
	default:
		var giveUp <-chan time.Time
		if deadline, ok := ctx.Deadline(); ok {
			left := time.Until(deadline)
			t := time.NewTimer(left - min(left/4, busyReserve))
			defer t.Stop()
			giveUp = t.C
		}
		select {
		case f.slots <- struct{}{}:
		case <-giveUp:
			return busyReply(q)
		case <-ctx.Done():
			return busyReply(q)
		}
	}
	defer func() { <-f.slots }()
	return f.next.Answer(ctx, q)
}

// preview is the first n characters of s, cleaned, for echoing a refused
// question: it reads no more of s than that, whatever its length.
func preview(s string, n int) string {
	i := 0
	for k := 0; i < len(s) && k <= n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return truncateRunes(clean(s[:i]), n)
}

func busyReply(q Question) Reply {
	return Reply{Status: StatusRejected, Question: preview(q.Text, 200), Answer: busyText, Error: "busy: too many questions in flight", Disclaimer: Disclaimer}
}

// ObserveOptions configure Observe.
type ObserveOptions struct {
	Logger  *slog.Logger // receives recovered panics; nil discards
	Metrics Metrics      // nil discards
}

// Observe measures and guards every question: the question and latency
// metrics, and a recovered panic turned into an apology (and logged without
// the panic's value or the question), so one bad question never takes an
// adapter down. It logs nothing else: the adapter logs the one line a
// question gets, once it knows whether its reply was delivered. It screens
// the question for an emergency first (see Screen), so the layers inside it
// reuse that screening rather than repeat it. Safe for concurrent use.
func Observe(next Answerer, opts ObserveOptions) Answerer {
	o := &observer{next: next, log: opts.Logger, metrics: opts.Metrics}
	if o.log == nil {
		o.log = slog.New(slog.DiscardHandler)
	}
	if o.metrics == nil {
		o.metrics = NopMetrics{}
	}
	return o
}

type observer struct {
	next    Answerer
	log     *slog.Logger
	metrics Metrics
}

func (o *observer) Answer(ctx context.Context, q Question) (r Reply) {
	start := time.Now()
	defer func() {
		if p := recover(); p != nil {
			o.log.LogAttrs(ctx, slog.LevelError, "panic while answering",
				slog.String("platform", q.Platform), slog.String("user", q.User), slog.String("panic", fmt.Sprintf("%T", p)))
			r = Reply{Status: StatusNoMatch, Answer: sorryText, Disclaimer: Disclaimer, Error: "internal error"}
		}
		o.metrics.Question(q.Platform, r.Status, time.Since(start))
	}()
	ctx, _ = screened(ctx, q)
	return o.next.Answer(ctx, q)
}
