// Package inflight counts the replies a platform adapter has accepted and
// not yet delivered, so that a shutdown can wait for them (Drain), and
// remembers what each is, so that the ones given up at the shutdown timeout
// can be named in the logs. It is shared by the Slack and Discord adapters.
package inflight

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Tracker counts replies in flight. The zero value is ready; it is safe for
// concurrent use.
type Tracker struct {
	mu   sync.Mutex
	next uint64
	live map[uint64]string
	idle chan struct{} // closed when live empties; nil while it is empty
}

// Add counts one reply in flight, described by what ("message 123", "event
// Ev1"), and returns the key to pass to Done.
func (t *Tracker) Add(what string) uint64 {
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

// Done counts the reply of key k delivered or given up.
func (t *Tracker) Done(k uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.live[k]; !ok {
		return
	}
	delete(t.live, k)
	if len(t.live) == 0 && t.idle != nil {
		close(t.idle)
		t.idle = nil
	}
}

// Wait returns when nothing is in flight or, when ctx ends first, an error
// naming what still is (the oldest 20) and wrapping ctx's error.
func (t *Tracker) Wait(ctx context.Context) error {
	for {
		t.mu.Lock()
		idle := t.idle
		t.mu.Unlock()
		if idle == nil {
			return nil
		}
		select {
		case <-idle:
		case <-ctx.Done():
			n, what := t.describe()
			return fmt.Errorf("%d replies still in flight, given up: %s: %w", n, what, ctx.Err())
		}
	}
}

// describe counts the replies in flight and lists them, oldest first, at
// most 20.
func (t *Tracker) describe() (int, string) {
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
	return len(keys), strings.Join(parts, ", ")
}
