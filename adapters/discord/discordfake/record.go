package discordfake

import (
	"fmt"
	"sync"
	"time"
)

// journal is an append-only, thread-safe list of records that callers can
// wait on. Waiting is event-driven: every append wakes the waiters, which
// scan only the records they have not seen yet, so waiting for the last of
// many thousands of records costs O(records), not O(records²).
type journal[T any] struct {
	mu      sync.Mutex
	items   []T
	changed chan struct{} // closed and replaced on every append
}

// add appends the record mk builds from its 1-based sequence number.
func (j *journal[T]) add(mk func(seq int) T) int {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.items = append(j.items, mk(len(j.items)+1))
	if j.changed != nil {
		close(j.changed)
		j.changed = nil
	}
	return len(j.items)
}

// snapshot returns the records so far. Records are never modified after
// they are appended, so the returned slice may be read without the lock.
func (j *journal[T]) snapshot() []T {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.items[:len(j.items):len(j.items)]
}

// wait returns once at least n records satisfy match (nil matches all),
// returning every matching record seen so far, or an error after timeout
// with the ones it saw. match runs without the journal's lock held.
func (j *journal[T]) wait(n int, timeout time.Duration, match func(T) bool) ([]T, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	var got []T
	scanned := 0
	for {
		j.mu.Lock()
		items := j.items[:len(j.items):len(j.items)]
		if j.changed == nil {
			j.changed = make(chan struct{})
		}
		ch := j.changed
		j.mu.Unlock()
		for ; scanned < len(items); scanned++ {
			if match == nil || match(items[scanned]) {
				got = append(got, items[scanned])
			}
		}
		if len(got) >= n {
			return got, nil
		}
		select {
		case <-ch:
		case <-timer.C:
			return got, fmt.Errorf("discordfake: waited %v for %d matching records, saw %d", timeout, n, len(got))
		}
	}
}
