// Package gate bounds how many request bodies the platform adapters read
// at once before a request's signature can be checked, so that slow or
// forged senders cannot make exobot hold more than its slots × the largest
// body it reads. It is shared by the Slack and Discord adapters' HTTP
// endpoints.
package gate

import (
	"context"
	"time"
)

// Default bounds: 64 bodies at once (64 MiB at most with 1 MiB bodies), a
// request waiting up to two seconds for a slot.
const (
	DefaultSlots = 64
	DefaultWait  = 2 * time.Second
)

// Gate hands out a fixed number of slots. It is safe for concurrent use.
type Gate struct {
	slots chan struct{}
	wait  time.Duration
}

// New returns a gate of n slots (at least one) whose Enter waits up to
// wait for one.
func New(n int, wait time.Duration) *Gate {
	return &Gate{slots: make(chan struct{}, max(1, n)), wait: wait}
}

// Enter takes a slot, waiting up to the gate's wait or until ctx is done;
// false means none came (the caller answers 503). A true Enter must be
// followed by Leave.
func (g *Gate) Enter(ctx context.Context) bool {
	select {
	case g.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

// Leave gives a slot back.
func (g *Gate) Leave() { <-g.slots }

// InUse reports how many slots are taken.
func (g *Gate) InUse() int { return len(g.slots) }
