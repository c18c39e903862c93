package bot_test

import (
	"context"
	"strings"
	"testing"

	"exobot/bot"
)

// filler is ordinary text that says nothing urgent.
func filler(n int) string {
	const s = "I have been reading about exosome serums for weeks and comparing brands. "
	return strings.Repeat(s, n/len(s)+1)[:n]
}

func TestScreen_ReadsTheStartAndTheEndOfALongMessage(t *testing.T) {
	const emergency = "my throat is closing up and I can't breathe. "
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"short", emergency, true},
		{"40,000 characters opening with it", emergency + filler(40000), true},
		{"40,000 characters ending with it", filler(40000) + " " + emergency, true},
		{"40,000 characters with it in the middle only", filler(20000) + " " + emergency + filler(20000), false},
		{"3,000 characters with it in the middle", filler(1500) + " " + emergency + filler(1500), true},
		{"40,000 ordinary characters", filler(40000), false},
		{"multi-byte runes before it", strings.Repeat("é", bot.ScreenRunes-60) + " " + emergency + filler(40000), true},
		{"invalid UTF-8 around it", "\xff\xfe" + emergency + strings.Repeat("\xff", 50000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bot.Screen(tt.text).Urgent(); got != tt.want {
				t.Errorf("Screen(%d bytes).Urgent() = %v, want %v", len(tt.text), got, tt.want)
			}
		})
	}
}

func TestAnswer_OverLongMessageOpeningWithAnEmergencyGetsTheUrgentReply(t *testing.T) {
	s := &fakeSearcher{hits: []testHit{sure("fda")}}
	e := newEngine(t, s)
	r := e.Answer(context.Background(), bot.Question{Text: "my lips are swelling and I can't breathe. " + filler(40000)})
	if r.Status != bot.StatusUrgent || r.Urgency == bot.UrgencyNone || r.Disclaimer != bot.UrgentDisclaimer {
		t.Fatalf("reply = %+v, want the urgent reply", r)
	}
	if n := len([]rune(r.Question)); n > bot.MaxQuestionRunes {
		t.Errorf("the reply echoes %d characters", n)
	}
	r = e.Answer(context.Background(), bot.Question{Text: filler(20000) + " my lips are swelling and I can't breathe. " + filler(20000)})
	if r.Status != bot.StatusRejected {
		t.Fatalf("an emergency hidden in the middle of 40,000 characters: %+v, want rejected as too long", r)
	}
	if s.searched() != 0 {
		t.Error("an over-long message was searched")
	}
}

// An over-long message is either urgent for the engine and the limiter
// alike, or rejected as too long and counted against the limit like any
// other question: it cannot buy unlimited replies by looking urgent.
func TestRateLimit_OverLongMessagesCannotBypassTheLimit(t *testing.T) {
	t.Parallel()
	m := newRecMetrics()
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	chain := bot.Observe(bot.RateLimit(bot.LimitInFlight(e, 4), 3, m), bot.ObserveOptions{Metrics: m})
	hidden := filler(20000) + " my lips are swelling and I can't breathe. " + filler(20000)
	statuses := map[bot.Status]int{}
	for range 30 {
		r := ask(chain, "slack", "U1", hidden)
		statuses[r.Status]++
	}
	if statuses[bot.StatusRejected] != 3 || statuses[bot.StatusRateLimited] != 27 {
		t.Errorf("30 over-long messages from one person: %v, want 3 rejected as too long and 27 rate-limited", statuses)
	}
	// Once limited, an over-long message that opens with an emergency still
	// gets the urgent reply from the engine.
	r := ask(chain, "slack", "U1", "my lips are swelling and I can't breathe. "+filler(40000))
	if r.Status != bot.StatusUrgent {
		t.Errorf("an over-long emergency while limited: %+v, want the urgent reply", r)
	}
}

// The chain screens each question once, and the engine reuses that.
func TestMiddleware_ScreensEachQuestionOnce(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	chain := bot.Observe(bot.RateLimit(bot.LimitInFlight(e, 4), 30, nil), bot.ObserveOptions{})
	for _, text := range []string{
		"are exosomes fda approved? (screen count)",
		"my throat is closing (screen count)",
		filler(40000) + " (screen count)",
	} {
		n := bot.CountScreens(t, text, func() { ask(chain, "slack", "U9", text) })
		if n != 1 {
			t.Errorf("%.40q screened %d times through serve's chain, want once", text, n)
		}
	}
}
