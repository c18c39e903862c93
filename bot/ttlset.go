package bot

import (
	"sync"
	"time"
)

// ttlSet is a bounded set of keys that expire after a fixed TTL. It is safe
// for concurrent use. Every key has the same TTL, so insertion order is
// expiry order: a FIFO queue gives O(1) amortised expiry and eviction (the
// oldest key goes first when the set is full).
type ttlSet struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	now   func() time.Time
	m     map[string]time.Time // key → expiry
	queue []ttlEntry           // insertion order; may hold stale entries of refreshed keys
	head  int
}

type ttlEntry struct {
	key string
	exp time.Time
}

func newTTLSet(ttl time.Duration, max int, now func() time.Time) *ttlSet {
	if now == nil {
		now = time.Now
	}
	return &ttlSet{ttl: ttl, max: max, now: now, m: make(map[string]time.Time)}
}

// Add inserts key and reports whether it was absent (or expired): the first
// caller for a key gets true, every later one false until it expires.
func (s *ttlSet) Add(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	if exp, ok := s.m[key]; ok && now.Before(exp) {
		return false
	}
	s.insert(key, now)
	return true
}

// Touch inserts key or extends its life to a full TTL from now.
func (s *ttlSet) Touch(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	s.insert(key, now)
}

// Has reports whether key is present and unexpired.
func (s *ttlSet) Has(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.m[key]
	return ok && s.now().Before(exp)
}

// Len returns the number of keys held, including expired keys not yet
// dropped.
func (s *ttlSet) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

func (s *ttlSet) insert(key string, now time.Time) {
	exp := now.Add(s.ttl)
	s.m[key] = exp
	s.queue = append(s.queue, ttlEntry{key, exp})
	for len(s.m) > s.max || len(s.queue)-s.head > 2*s.max {
		s.pop()
	}
}

// expire drops the keys whose time has come.
func (s *ttlSet) expire(now time.Time) {
	for s.head < len(s.queue) && !now.Before(s.queue[s.head].exp) {
		s.pop()
	}
}

// pop removes the oldest queue entry, and its key unless the key was
// refreshed since.
func (s *ttlSet) pop() {
	e := s.queue[s.head]
	s.queue[s.head] = ttlEntry{}
	s.head++
	if exp, ok := s.m[e.key]; ok && exp.Equal(e.exp) {
		delete(s.m, e.key)
	}
	if s.head > 1024 && s.head*2 > len(s.queue) {
		n := copy(s.queue, s.queue[s.head:])
		clear(s.queue[n:])
		s.queue = s.queue[:n]
		s.head = 0
	}
}
