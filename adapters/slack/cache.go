package slack

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// tracker counts replies in flight so that Drain can wait for them, and
// remembers what each is, so that one given up at the shutdown timeout can
// be named.
type tracker struct {
	mu   sync.Mutex
	next uint64
	live map[uint64]string
	idle chan struct{} // closed when nothing is in flight
}

// add counts one reply in flight, described by what ("event Ev1"), and
// returns the key to pass to done.
func (t *tracker) add(what string) uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.live) == 0 {
		t.idle = make(chan struct{})
	}
	if t.live == nil {
		t.live = map[uint64]string{}
	}
	t.next++
	t.live[t.next] = what
	return t.next
}

func (t *tracker) done(k uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.live, k)
	if len(t.live) == 0 {
		close(t.idle)
	}
}

// wait returns when nothing is in flight, or, when ctx ends first, an error
// naming what still is.
func (t *tracker) wait(ctx context.Context) error {
	for {
		t.mu.Lock()
		n, idle := len(t.live), t.idle
		t.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-idle:
		case <-ctx.Done():
			return fmt.Errorf("slack drain: %d replies still in flight, given up: %s: %w", n, t.describe(), ctx.Err())
		}
	}
}

// describe lists the replies in flight, oldest first, at most 20.
func (t *tracker) describe() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	keys := slices.Sorted(maps.Keys(t.live))
	var parts []string
	for i, k := range keys {
		if i == 20 {
			parts = append(parts, fmt.Sprintf("and %d more", len(keys)-20))
			break
		}
		parts = append(parts, t.live[k])
	}
	return strings.Join(parts, ", ")
}
