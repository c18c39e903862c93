package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

// testToken looks like a bot token (three base64url parts) and is unique
// enough to search logs and errors for.
const testToken = "MTAwMDAwMDAwMDAwMDAwMDAx.GsEcRt.s3cr3t-T0KEN_value_for_tests_only"

const waitLong = 10 * time.Second

const (
	entryExosomes = "what-are-exosomes"
	entryRetinol  = "exosomes-with-retinol"
	// entryGone is an entry the fake answerer no longer answers (removed
	// by a reload).
	entryGone = "removed-entry"
)

// answeredReply is a typical answered reply.
func answeredReply(q bot.Question) bot.Reply {
	return bot.Reply{
		Status:   bot.StatusAnswered,
		Question: q.Text,
		Answer:   "Exosomes are tiny vesicles that cells release to carry signals to other cells.",
		EntryID:  entryExosomes,
		Citations: []bot.Citation{{
			Source: "Exosomes in skincare", Section: "What exosomes are",
			Quote: "Exosomes are nano-sized extracellular vesicles.",
		}},
		Disclaimer: "General information, not medical advice.",
		Matches:    []bot.Match{{ID: entryExosomes, Question: "What are exosomes?", Score: 0.91}},
		Related:    []bot.Suggestion{{ID: entryRetinol, Question: "Can I use exosomes with retinol?"}},
	}
}

// urgentReply is a typical urgent-care reply.
func urgentReply() bot.Reply {
	return bot.Reply{Status: bot.StatusUrgent, Urgency: "airway",
		Answer:     "Trouble breathing after a treatment can be an emergency. Call your local emergency number now.",
		Disclaimer: "This is not medical advice; emergencies need care now."}
}

// fakeAnswerer answers by the question's text:
//
//	"panic…"   panics
//	"slow…"    waits until release("slow…") (or the context ends), then
//	           answers, or is silent if the text also says "silent"
//	"silent…"  returns a silent reply
//	"urgent…"  returns an urgent reply (so does "slow…urgent…")
//	"nonsense" returns a no-match with suggestions
//	anything else (and any EntryID) an answered reply
type fakeAnswerer struct {
	mu    sync.Mutex
	calls []bot.Question
	gates map[string]chan struct{}
	asked chan bot.Question
}

func newFakeAnswerer() *fakeAnswerer {
	return &fakeAnswerer{gates: map[string]chan struct{}{}, asked: make(chan bot.Question, 1024)}
}

func (f *fakeAnswerer) gate(text string) chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.gates[text]
	if !ok {
		g = make(chan struct{})
		f.gates[text] = g
	}
	return g
}

// release lets the slow question text through.
func (f *fakeAnswerer) release(text string) { close(f.gate(text)) }

func (f *fakeAnswerer) Answer(ctx context.Context, q bot.Question) bot.Reply {
	f.mu.Lock()
	f.calls = append(f.calls, q)
	f.mu.Unlock()
	f.asked <- q
	switch {
	case strings.HasPrefix(q.Text, "panic"):
		panic("answerer exploded")
	case strings.HasPrefix(q.Text, "slow"):
		select {
		case <-f.gate(q.Text):
		case <-ctx.Done():
		}
		if strings.Contains(q.Text, "silent") {
			return bot.Reply{Status: bot.StatusRateLimited, Silent: true}
		}
		if strings.Contains(q.Text, "urgent") {
			return urgentReply()
		}
	case strings.HasPrefix(q.Text, "urgent"):
		return urgentReply()
	case strings.HasPrefix(q.Text, "silent"):
		return bot.Reply{Status: bot.StatusRateLimited, Silent: true}
	case q.Text == "nonsense":
		return bot.Reply{
			Status: bot.StatusNoMatch, Answer: "I'm not sure about that one.",
			Disclaimer: "General information, not medical advice.",
			Related:    []bot.Suggestion{{ID: entryExosomes, Question: "What are exosomes?"}},
		}
	}
	if q.EntryID == entryGone {
		return bot.Reply{Status: bot.StatusNoMatch, Answer: "I'm not sure about that one.", Disclaimer: "General information, not medical advice."}
	}
	r := answeredReply(q)
	if q.EntryID != "" {
		r.EntryID = q.EntryID
		r.Matches = []bot.Match{{ID: q.EntryID, Question: "Entry " + q.EntryID, Score: 1}}
	}
	return r
}

// waitAsked waits for the answerer to be asked a question matching match.
func (f *fakeAnswerer) waitAsked(t *testing.T, match func(bot.Question) bool) bot.Question {
	t.Helper()
	timer := time.NewTimer(waitLong)
	defer timer.Stop()
	for {
		select {
		case q := <-f.asked:
			if match(q) {
				return q
			}
		case <-timer.C:
			t.Fatalf("the answerer was not asked the expected question within %v", waitLong)
		}
	}
}

func (f *fakeAnswerer) calledWith(match func(bot.Question) bool) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, q := range f.calls {
		if match(q) {
			return true
		}
	}
	return false
}

// fakeMetrics counts events by a key such as "retry send_message".
type fakeMetrics struct {
	mu     sync.Mutex
	counts map[string]int
}

func newFakeMetrics() *fakeMetrics { return &fakeMetrics{counts: map[string]int{}} }

func (m *fakeMetrics) inc(k string) {
	m.mu.Lock()
	m.counts[k]++
	m.mu.Unlock()
}

func (m *fakeMetrics) get(k string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.counts[k]
}

func (m *fakeMetrics) Question(p string, s bot.Status, _ time.Duration) {
	m.inc("question " + p + " " + string(s))
}
func (m *fakeMetrics) Feedback(p, id string, helpful bool) {
	m.inc(fmt.Sprintf("feedback %s %s %v", p, id, helpful))
}
func (m *fakeMetrics) APIError(p, op string) { m.inc("error " + p + " " + op) }
func (m *fakeMetrics) APIRetry(p, op string) { m.inc("retry " + p + " " + op) }
func (m *fakeMetrics) RateLimited(p string)  { m.inc("ratelimited " + p) }

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newTestLogger() (*slog.Logger, *syncBuffer) {
	buf := &syncBuffer{}
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

// payload is a decoded JSON object.
type payload = map[string]any

func decode(t *testing.T, b []byte) payload {
	t.Helper()
	var p payload
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return p
}

// messageData is the message part of an outgoing payload: the body itself
// for messages and edits, "data" for interaction callbacks.
func messageData(t *testing.T, r discordfake.Request) payload {
	t.Helper()
	p := decode(t, r.Body)
	if r.Route == discordfake.RouteCallback {
		d, _ := p["data"].(map[string]any)
		return d
	}
	return p
}

// assertNoMentions checks that an outgoing message payload carries
// allowed_mentions {"parse":[]} and allows nobody.
func assertNoMentions(t *testing.T, where string, p payload) {
	t.Helper()
	am, ok := p["allowed_mentions"].(map[string]any)
	if !ok {
		t.Errorf("%s: no allowed_mentions in %v", where, p)
		return
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		t.Errorf("%s: allowed_mentions.parse = %v, want []", where, am["parse"])
	}
	for _, k := range []string{"users", "roles"} {
		if v, ok := am[k]; ok {
			if l, _ := v.([]any); len(l) > 0 {
				t.Errorf("%s: allowed_mentions.%s = %v, want none", where, k, v)
			}
		}
	}
	if am["replied_user"] == true {
		t.Errorf("%s: allowed_mentions.replied_user is true", where)
	}
}

// assertAllOutgoingHaveNoMentions checks every message-carrying request
// the fake recorded.
func assertAllOutgoingHaveNoMentions(t *testing.T, srv *discordfake.Server) int {
	t.Helper()
	n := 0
	for _, r := range srv.Requests() {
		switch r.Route {
		case discordfake.RouteCreateMessage, discordfake.RouteEditWebhookMsg, discordfake.RouteFollowup, discordfake.RouteCallback:
		default:
			continue
		}
		d := messageData(t, r)
		if d == nil {
			t.Errorf("%v: no message data", r)
			continue
		}
		assertNoMentions(t, r.String(), d)
		n++
	}
	return n
}

// firstEmbed returns a message payload's first embed.
func firstEmbed(t *testing.T, p payload) payload {
	t.Helper()
	es, _ := p["embeds"].([]any)
	if len(es) == 0 {
		t.Fatalf("no embeds in %v", p)
	}
	e, _ := es[0].(map[string]any)
	return e
}

// customIDs lists a message payload's button custom_ids, row by row.
func customIDs(p payload) []string {
	var ids []string
	rows, _ := p["components"].([]any)
	for _, row := range rows {
		r, _ := row.(map[string]any)
		cs, _ := r["components"].([]any)
		for _, c := range cs {
			b, _ := c.(map[string]any)
			if id, ok := b["custom_id"].(string); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// waitUntil polls cond every few milliseconds for state that has no event
// to wait on; it fails the test after waitLong.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLong)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}
