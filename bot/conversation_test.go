package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestConversations_RemembersTurnsToBuildOn(t *testing.T) {
	c := NewConversations(time.Hour, 100)
	q := func(text string) Question { return Question{Text: text, Platform: "slack", User: "U1"} }
	tests := []struct {
		name string
		q    Question
		r    Reply
		want *Turn // the conversation's previous turn afterwards
	}{
		{"an answer", q("are exosomes fda approved"), Reply{Status: StatusAnswered, EntryID: "fda"}, &Turn{Question: "are exosomes fda approved", EntryID: "fda"}},
		{"thanks leaves it", q("thanks!"), Reply{Status: StatusNoMatch, Reason: ReasonChatter}, &Turn{Question: "are exosomes fda approved", EntryID: "fda"}},
		{"a greeting leaves it", q("hi"), Reply{Status: StatusHelp}, &Turn{Question: "are exosomes fda approved", EntryID: "fda"}},
		{"an urgent reply leaves it", q("my throat is closing"), Reply{Status: StatusUrgent}, &Turn{Question: "are exosomes fda approved", EntryID: "fda"}},
		{"a silent refusal leaves it", q("again"), Reply{Status: StatusRateLimited, Silent: true}, &Turn{Question: "are exosomes fda approved", EntryID: "fda"}},
		{"a decline of a real question replaces it", q("what about for rosacea"), Reply{Status: StatusNoMatch, Reason: ReasonUnsure}, &Turn{Question: "what about for rosacea"}},
		{"an entry asked by id keeps its own question", Question{EntryID: "safe"}, Reply{Status: StatusAnswered, EntryID: "safe", Question: "Are exosomes safe to use?"},
			&Turn{Question: "Are exosomes safe to use?", EntryID: "safe"}},
		{"forget me forgets", q("forget me"), Reply{Status: StatusForgotten}, nil},
	}
	for _, tt := range tests {
		c.Record("conv", tt.q, tt.r)
		got := c.Previous("conv")
		if (got == nil) != (tt.want == nil) || (got != nil && *got != *tt.want) {
			t.Errorf("%s: previous %+v, want %+v", tt.name, got, tt.want)
		}
	}
	if c.Previous("other") != nil || c.Previous("") != nil {
		t.Error("another conversation has a previous turn")
	}
	var nilConv *Conversations
	nilConv.Record("k", q("x"), Reply{Status: StatusAnswered, EntryID: "e"})
	if nilConv.Previous("k") != nil {
		t.Error("a nil memory remembered")
	}
}

func TestConversations_ExpireBoundAndTrim(t *testing.T) {
	now := time.Unix(1700000000, 0)
	c := NewConversations(time.Hour, 10)
	c.now = func() time.Time { return now }
	answered := Reply{Status: StatusAnswered, EntryID: "e"}
	c.Record("old", Question{Text: "q"}, answered)
	now = now.Add(61 * time.Minute)
	if c.Previous("old") != nil {
		t.Error("a turn outlived its TTL")
	}
	for i := range 50 {
		c.Record(fmt.Sprint(i), Question{Text: "q"}, answered)
	}
	if n := c.Len(); n > 10 {
		t.Errorf("%d conversations kept, want at most 10", n)
	}
	if c.Previous("49") == nil || c.Previous("0") != nil {
		t.Error("not the newest conversations kept")
	}
	c.Record("long", Question{Text: strings.Repeat("word ", 1000)}, answered)
	if n := len([]rune(c.Previous("long").Question)); n > maxTurnRunes {
		t.Errorf("kept %d characters of a question, want at most %d", n, maxTurnRunes)
	}
}
