package slack

import (
	"testing"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// TestHTTP_ConversationsCarryThePreviousTurn: a thread follow-up and a DM
// are asked with the turn before them in their conversation; another
// conversation and a slash command are not.
func TestHTTP_ConversationsCarryThePreviousTurn(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	asked := func(text string) bot.Question {
		t.Helper()
		for _, q := range h.ans.questions() {
			if q.Text == text {
				return q
			}
		}
		t.Fatalf("%q was not asked", text)
		return bot.Question{}
	}

	h.sendEvent("EvT1", slackfake.Mention("C1", "U1", "<@UBOT> what are exosomes?", "100.000001", ""))
	h.posts(1)
	h.sendEvent("EvT2", slackfake.ChannelMessage("C1", "U2", "and what do they contain exosome-wise?", "100.000002", "100.000001"))
	h.posts(2)
	if q := asked("and what do they contain exosome-wise?"); q.Previous == nil || *q.Previous != (bot.Turn{Question: "what are exosomes?", EntryID: "what-are-exosomes"}) {
		t.Errorf("the thread follow-up was asked with previous %+v, want the thread's answered question", q.Previous)
	}
	h.sendEvent("EvT3", slackfake.Mention("C1", "U1", "<@UBOT> exosomes again?", "100.000003", ""))
	h.posts(3)
	if q := asked("exosomes again?"); q.Previous != nil {
		t.Errorf("a new thread was asked with previous %+v", q.Previous)
	}

	h.sendEvent("EvT4", slackfake.DM("D1", "U1", "do exosomes help acne?", "100.000004"))
	h.posts(4)
	h.sendEvent("EvT5", slackfake.DM("D1", "U1", "and scars, with exosomes?", "100.000005"))
	h.posts(5)
	if q := asked("and scars, with exosomes?"); q.Previous == nil || q.Previous.Question != "do exosomes help acne?" {
		t.Errorf("the DM follow-up was asked with previous %+v", q.Previous)
	}
	h.sendEvent("EvT6", slackfake.DM("D2", "U2", "exosomes for scars?", "100.000006"))
	h.posts(6)
	if q := asked("exosomes for scars?"); q.Previous != nil {
		t.Errorf("another DM was asked with previous %+v", q.Previous)
	}

	cmd := slackfake.SlashCommand{Command: "/exosomes", Text: "exosomes and retinol?", UserID: "U1", ChannelID: "D1",
		ResponseURL: h.fake.ResponseURL("c"), TriggerID: "tc"}
	h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
	h.posts(7)
	if q := asked("exosomes and retinol?"); q.Previous != nil {
		t.Errorf("a slash command was asked with previous %+v", q.Previous)
	}
}
