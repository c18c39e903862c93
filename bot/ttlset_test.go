package bot

import (
	"fmt"
	"testing"
	"time"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestTTLSet_AddIsFirstWinsUntilExpiry(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	s := newTTLSet(time.Minute, 10, clk.now)
	if !s.Add("a") {
		t.Fatal("first Add of a = false")
	}
	if s.Add("a") {
		t.Fatal("second Add of a = true")
	}
	clk.advance(59 * time.Second)
	if !s.Has("a") || s.Add("a") {
		t.Fatal("a expired early")
	}
	clk.advance(time.Second)
	if s.Has("a") {
		t.Fatal("a outlived its TTL")
	}
	if !s.Add("a") {
		t.Fatal("Add after expiry = false")
	}
}

func TestTTLSet_BoundedOldestEvicted(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	s := newTTLSet(time.Hour, 3, clk.now)
	for i := range 5 {
		s.Add(fmt.Sprint(i))
		clk.advance(time.Second)
	}
	if s.Len() != 3 {
		t.Fatalf("Len = %d, want 3", s.Len())
	}
	for i, want := range []bool{false, false, true, true, true} {
		if got := s.Has(fmt.Sprint(i)); got != want {
			t.Errorf("Has(%d) = %t, want %t", i, got, want)
		}
	}
}

func TestTTLSet_TouchExtends(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	s := newTTLSet(time.Minute, 10, clk.now)
	s.Touch("t")
	clk.advance(50 * time.Second)
	s.Touch("t")
	clk.advance(50 * time.Second) // 100 s after the first touch
	if !s.Has("t") {
		t.Fatal("touched key expired from its first touch")
	}
	// The stale queue entry of the first touch must not evict the key.
	s.Add("other")
	if !s.Has("t") {
		t.Fatal("stale entry evicted a refreshed key")
	}
	clk.advance(11 * time.Second)
	s.Add("x")
	if s.Has("t") {
		t.Fatal("key outlived its last touch")
	}
}

func TestTTLSet_RepeatedTouchesStayBounded(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	s := newTTLSet(time.Hour, 4, clk.now)
	for range 10_000 {
		s.Touch("hot")
		clk.advance(time.Millisecond)
	}
	if !s.Has("hot") {
		t.Fatal("hot key lost")
	}
	if q := len(s.queue) - s.head; q > 2*s.max {
		t.Fatalf("queue holds %d entries, bound %d", q, 2*s.max)
	}
}
