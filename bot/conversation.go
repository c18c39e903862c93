package bot

import (
	"sync"
	"time"
)

// Conversations remembers the last turn of each conversation — a Slack
// thread or DM, a Discord DM, a reply chain — for a while, so that an
// adapter can fill Question.Previous and a follow-up such as "and is it
// safe?" is understood in its light. It lives in this process's memory
// only: never logged, never written anywhere. A conversation's turn is
// forgotten after the TTL, when the memory is full (the oldest first), or
// when the person asks to be forgotten. Safe for concurrent use.
type Conversations struct {
	mu    sync.Mutex
	now   func() time.Time
	turns ttlMap[Turn]
}

// maxTurnRunes bounds the question text a turn keeps.
const maxTurnRunes = 500

// NewConversations returns a memory of at most max conversations, each
// kept for ttl after its last turn.
func NewConversations(ttl time.Duration, max int) *Conversations {
	return &Conversations{now: time.Now, turns: newTTLMap[Turn](ttl, max)}
}

// Previous returns the last turn of the conversation key, or nil. A nil
// Conversations remembers nothing.
func (c *Conversations) Previous(key string) *Turn {
	if c == nil || key == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.turns.get(key, c.now())
	if !ok {
		return nil
	}
	return &t
}

// Record notes a question and the reply it got as the conversation's last
// turn, when the reply is a turn to build on: an answer (the entry it
// answered), or a decline of a real question (what was asked). Anything
// else — thanks, a greeting, an urgent reply, a refusal — leaves the
// previous turn in place, except that a person forgotten (StatusForgotten)
// takes the conversation's memory with them.
func (c *Conversations) Record(key string, q Question, r Reply) {
	if c == nil || key == "" {
		return
	}
	var t Turn
	switch {
	case r.Status == StatusForgotten:
		c.Forget(key)
		return
	case r.Silent:
		return
	case r.Status == StatusAnswered:
		t = Turn{Question: q.Text, EntryID: r.EntryID}
		if t.Question == "" {
			t.Question = r.Question // asked by entry id: its own question
		}
	case r.Status == StatusNoMatch && (r.Reason == "" || r.Reason == ReasonUnsure || r.Reason == ReasonNotCovered) && q.Text != "":
		t = Turn{Question: q.Text}
	default:
		return
	}
	t.Question = truncateRunes(clean(t.Question), maxTurnRunes)
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	c.turns.expire(now)
	c.turns.put(key, t, now)
}

// Forget drops the conversation key's memory.
func (c *Conversations) Forget(key string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.turns.m, key)
}

// Len is how many conversations are remembered, expired ones not yet
// dropped included.
func (c *Conversations) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.turns.m)
}
