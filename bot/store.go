package bot

import (
	"context"
	"time"
)

// This file declares what the bot needs from a store: a Recorder of what
// people asked and what helped (for the curators' report), and the state
// that replicas of one deployment share — KeySets for de-duplication and
// thread memory, a Budget for the per-person rate limit. The store package
// implements them on an embedded database and on PostgreSQL; this package
// has in-memory implementations for a single process.

// QuestionEvent is what a Recorder keeps of one question. It never holds the
// text of an answered or urgent question, and holds the text of an
// unanswered one only redacted (see Redact) and only when the operator
// asked for it.
type QuestionEvent struct {
	// At is when the question was answered; a store keeps it to the minute.
	At       time.Time
	Platform string
	// User is the platform's user id. A store keeps only a keyed hash of
	// Platform and User, never the id itself; "" is anonymous.
	User   string
	Status Status
	// EntryID is the answered entry (StatusAnswered), or "".
	EntryID string
	// AskedEntry is the entry a suggestion button asked for, or "".
	AskedEntry string
	// NotCovered is the topic a decline named, or "".
	NotCovered string
	// Confidence is the best candidate's score, 0 without candidates.
	Confidence float64
	// Candidates are the top candidates, best first.
	Candidates []Match
	// Suggested are the entries offered as "Did you mean…?" buttons.
	Suggested []string
	// Text is the redacted text of a question the bot did not answer, or "".
	Text string
}

// FeedbackEvent is one Helpful / Not helpful click on an answer.
type FeedbackEvent struct {
	At       time.Time
	Platform string
	EntryID  string
	Helpful  bool
}

// Recorder keeps questions and feedback for the curators. Record methods
// must not block answering for long and must not fail it: an
// implementation drops what it cannot keep and counts that itself.
// Implementations must be safe for concurrent use.
type Recorder interface {
	RecordQuestion(ctx context.Context, ev QuestionEvent)
	RecordFeedback(ctx context.Context, ev FeedbackEvent)
	// Forget deletes everything recorded about the person (platform,
	// user), and returns once it is gone.
	Forget(ctx context.Context, platform, user string) error
}

// KeySet is a set of keys that each expire a fixed time after they were
// last added: the memory of event ids already taken, or of the threads the
// bot answered in. Replicas of one deployment may share one. A KeySet that
// cannot reach its storage answers as if the key were new (Add: true, Has:
// false) and counts the failure: answering twice beats losing a message.
// Implementations must be safe for concurrent use.
type KeySet interface {
	// Add inserts key and reports whether it was absent (or expired): of
	// several callers with one key, exactly one gets true.
	Add(ctx context.Context, key string) bool
	// Touch inserts key or gives it a full lifetime again.
	Touch(ctx context.Context, key string)
	// Has reports whether key is present and unexpired.
	Has(ctx context.Context, key string) bool
}

// Budget is the per-person rate limit's accounting: a token bucket per key.
// Replicas of one deployment may share one, so that a person has one
// budget however their questions are spread. Implementations must be safe
// for concurrent use.
type Budget interface {
	// Take spends one of key's tokens. allowed reports whether there was
	// one; tell is true for the first refusal after an allowed question,
	// so that the person is told once and then met with silence.
	Take(ctx context.Context, key string) (allowed, tell bool)
}

// RateLimitBudget is RateLimit with the buckets kept by b — a store that
// replicas share, so that each person has one budget however their
// questions are spread — instead of in this process. b's keys are
// "platform\x00user". The rest is as RateLimit: one polite refusal, then
// silence; emergencies and anonymous questions never limited.
func RateLimitBudget(next Answerer, b Budget, m Metrics) Answerer {
	if m == nil {
		m = NopMetrics{}
	}
	return &rateLimiter{next: next, rate: 1, budget: b, metrics: m, now: time.Now}
}

// MemoryKeySet returns a KeySet held in this process's memory: keys expire
// ttl after they were last added, and at most max are kept (the oldest go
// first when it is full). It is what a single process uses; the store
// package provides one that replicas share.
func MemoryKeySet(ttl time.Duration, max int) KeySet {
	return &memoryKeySet{s: newTTLSet(ttl, max, nil)}
}

type memoryKeySet struct{ s *ttlSet }

func (m *memoryKeySet) Add(_ context.Context, key string) bool { return m.s.Add(key) }
func (m *memoryKeySet) Touch(_ context.Context, key string)    { m.s.Touch(key) }
func (m *memoryKeySet) Has(_ context.Context, key string) bool { return m.s.Has(key) }
