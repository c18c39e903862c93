package bot

import (
	"sync"
	"time"
)

// ttlMap is a bounded map of keys to values that expire a fixed TTL after
// they were last put. Every key has the same TTL, so insertion order is
// expiry order: a FIFO queue gives O(1) amortised expiry and eviction (the
// oldest key goes first when the map is full). It is not safe for
// concurrent use: ttlSet and Conversations hold it under their lock.
type ttlMap[V any] struct {
	ttl   time.Duration
	max   int
	m     map[string]ttlValue[V]
	queue []ttlEntry // insertion order; may hold stale entries of refreshed keys
	head  int
}

type ttlValue[V any] struct {
	v   V
	exp time.Time
}

type ttlEntry struct {
	key string
	exp time.Time
}

func newTTLMap[V any](ttl time.Duration, max int) ttlMap[V] {
	return ttlMap[V]{ttl: ttl, max: max, m: make(map[string]ttlValue[V])}
}

// get returns key's value if it is present and unexpired at now.
func (t *ttlMap[V]) get(key string, now time.Time) (V, bool) {
	e, ok := t.m[key]
	if !ok || !now.Before(e.exp) {
		var zero V
		return zero, false
	}
	return e.v, true
}

// put sets key's value, to live a full TTL from now, dropping the oldest
// keys while the map is over its bound.
func (t *ttlMap[V]) put(key string, v V, now time.Time) {
	exp := now.Add(t.ttl)
	t.m[key] = ttlValue[V]{v, exp}
	t.queue = append(t.queue, ttlEntry{key, exp})
	for len(t.m) > t.max || len(t.queue)-t.head > 2*max(t.max, 1) {
		t.pop()
	}
}

// expire drops the keys whose time has come.
func (t *ttlMap[V]) expire(now time.Time) {
	for t.head < len(t.queue) && !now.Before(t.queue[t.head].exp) {
		t.pop()
	}
}

// pop removes the oldest queue entry, and its key unless the key was
// refreshed since.
func (t *ttlMap[V]) pop() {
	e := t.queue[t.head]
	t.queue[t.head] = ttlEntry{}
	t.head++
	if v, ok := t.m[e.key]; ok && v.exp.Equal(e.exp) {
		delete(t.m, e.key)
	}
	if t.head > 1024 && t.head*2 > len(t.queue) {
		n := copy(t.queue, t.queue[t.head:])
		clear(t.queue[n:])
		t.queue = t.queue[:n]
		t.head = 0
	}
}

// ttlSet is a bounded set of keys that expire after a fixed TTL (a ttlMap
// of nothing). It is safe for concurrent use.
type ttlSet struct {
	mu  sync.Mutex
	now func() time.Time
	ttlMap[struct{}]
}

func newTTLSet(ttl time.Duration, max int, now func() time.Time) *ttlSet {
	if now == nil {
		now = time.Now
	}
	return &ttlSet{now: now, ttlMap: newTTLMap[struct{}](ttl, max)}
}

// Add inserts key and reports whether it was absent (or expired): the first
// caller for a key gets true, every later one false until it expires.
func (s *ttlSet) Add(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	if _, ok := s.get(key, now); ok {
		return false
	}
	s.put(key, struct{}{}, now)
	return true
}

// Touch inserts key or extends its life to a full TTL from now.
func (s *ttlSet) Touch(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	s.put(key, struct{}{}, now)
}

// Has reports whether key is present and unexpired.
func (s *ttlSet) Has(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.get(key, s.now())
	return ok
}

// Len returns the number of keys held, including expired keys not yet
// dropped.
func (s *ttlSet) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}
