package slack

import (
	"testing"

	"github.com/slack-go/slack/slackevents"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

func TestDecideAnswerChannel(t *testing.T) {
	self := identity{UserID: "UBOT", BotID: "BBOT"}
	ev := func(f func(e *slackevents.MessageEvent)) *slackevents.MessageEvent {
		e := &slackevents.MessageEvent{Type: "message", Channel: "C0ASK00001", ChannelType: "channel", User: "U1", Text: "are exosomes safe?", TimeStamp: "100.000001"}
		f(e)
		return e
	}
	channels := []string{"C0ASK00001", "G0ASK00002"}
	tests := []struct {
		name string
		e    *slackevents.MessageEvent
		ok   bool
	}{
		{"a top-level message in an answer channel", ev(func(*slackevents.MessageEvent) {}), true},
		{"a private answer channel", ev(func(e *slackevents.MessageEvent) { e.Channel, e.ChannelType = "G0ASK00002", "group" }), true},
		{"a thread's parent seen again", ev(func(e *slackevents.MessageEvent) { e.ThreadTimeStamp = e.TimeStamp }), true},
		{"a thread reply (the follow-up rules)", ev(func(e *slackevents.MessageEvent) { e.ThreadTimeStamp = "99.000001" }), false},
		{"another channel", ev(func(e *slackevents.MessageEvent) { e.Channel = "C0OTHER001" }), false},
		{"a mention (its app_mention)", ev(func(e *slackevents.MessageEvent) { e.Text = "<@UBOT> are exosomes safe?" }), false},
		{"its own message", ev(func(e *slackevents.MessageEvent) { e.User = "UBOT" }), false},
		{"a bot", ev(func(e *slackevents.MessageEvent) { e.BotID = "B9" }), false},
		{"an edit", ev(func(e *slackevents.MessageEvent) { e.SubType = "message_changed" }), false},
		{"blank", ev(func(e *slackevents.MessageEvent) { e.Text = "  " }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, ok := decideAnswerChannel(tt.e, self, channels)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && (in.Question != bot.Question{Text: "are exosomes safe?", Platform: "slack", User: "U1", Unaddressed: true} || in.ThreadTS != tt.e.TimeStamp || in.Kind != "answer_channel") {
				t.Errorf("inbound %+v", in)
			}
		})
	}
	if _, ok := decideAnswerChannel(ev(func(*slackevents.MessageEvent) {}), self, nil); ok {
		t.Error("answered without answer channels")
	}
}

// TestHTTP_AnswerChannel: in an answer channel exobot answers a question
// in its thread without a mention, and stays quiet when it has no answer;
// elsewhere a message without a mention is not a question.
func TestHTTP_AnswerChannel(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.ad.cfg.AnswerChannels = []string{"C0ASK00001"}
	h.sendEvent("EvC1", slackfake.ChannelMessage("C0ASK00001", "U1", "what are exosomes?", "100.000001", ""))
	h.sendEvent("EvC2", slackfake.ChannelMessage("C0ASK00001", "U2", "anyone up for lunch", "100.000002", ""))
	h.sendEvent("EvC3", slackfake.ChannelMessage("C0OTHER001", "U1", "what are exosomes?", "100.000003", ""))
	p := h.posts(1)[0]
	if p.Channel != "C0ASK00001" || p.ThreadTS != "100.000001" {
		t.Errorf("answered in %s thread %q, want the question's thread in the answer channel", p.Channel, p.ThreadTS)
	}
	qs := h.ans.questions()
	if len(qs) != 2 || !qs[0].Unaddressed || !qs[1].Unaddressed {
		t.Errorf("questions %+v, want the two answer-channel messages, un-addressed", qs)
	}
}
