package bot

import (
	"context"
	"sync"
	"sync/atomic"
)

// Swap is an Answerer that answers with the current one of a sequence of
// Answerers — the engine built from the Q&A on disk, then the one rebuilt
// after an edit. Replace installs the next atomically: questions already
// being answered finish on the Answerer they started with, new ones go to
// the new one. Safe for concurrent use.
type Swap struct {
	cur atomic.Pointer[generation]
}

// generation is one Answerer with the readers answering on it.
type generation struct {
	a       Answerer
	mu      sync.RWMutex // held for reading by each answer in flight
	retired bool
}

// NewSwap returns a Swap that answers with a.
func NewSwap(a Answerer) *Swap {
	s := &Swap{}
	s.cur.Store(&generation{a: a})
	return s
}

// Answer implements Answerer.
func (s *Swap) Answer(ctx context.Context, q Question) Reply {
	for {
		g := s.cur.Load()
		g.mu.RLock()
		if g.retired { // replaced between Load and RLock: take the new one
			g.mu.RUnlock()
			continue
		}
		defer g.mu.RUnlock()
		return g.a.Answer(ctx, q)
	}
}

// Replace makes a the Answerer for new questions, waits until every
// question being answered by the previous one has its reply, and returns
// the previous one (for its resources to be released).
func (s *Swap) Replace(a Answerer) Answerer {
	old := s.cur.Swap(&generation{a: a})
	old.mu.Lock()
	old.retired = true
	old.mu.Unlock()
	return old.a
}
