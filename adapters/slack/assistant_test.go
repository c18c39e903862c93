package slack

import (
	"context"
	"testing"
	"time"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// TestAssistant_SuggestedPromptsWhenAThreadStarts: opening a thread in the
// assistant pane sets four of the example questions as its suggested
// prompts, once however often the event is delivered.
func TestAssistant_SuggestedPromptsWhenAThreadStarts(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.ad.catalog = testCatalog{}
	ev := slackfake.EventCallbackOf("EvA1", slackfake.AssistantThreadStarted("U1", "D1", "1700000000.000100", "C5"))
	h.sendEventBody(ev)
	h.sendEventBody(ev)
	calls, err := h.fake.WaitSurface(slackfake.MethodSetSuggestedPrompts, 1, waitTimeout)
	if err != nil {
		t.Fatal(err)
	}
	h.drain()
	if n := len(h.fake.Surface(slackfake.MethodSetSuggestedPrompts)); n != 1 {
		t.Errorf("%d setSuggestedPrompts calls, want 1", n)
	}
	c := calls[0]
	prompts, err := c.Prompts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Form.Get("channel_id") != "D1" || c.Form.Get("thread_ts") != "1700000000.000100" || c.Form.Get("title") != promptsTitle {
		t.Errorf("prompts set on %v", c.Form)
	}
	if len(prompts) != 4 || prompts[0].Title != "What are exosomes?" || prompts[0].Message != "What are exosomes?" {
		t.Errorf("prompts %+v, want the first four example questions", prompts)
	}
	if len(h.ans.questions()) != 0 {
		t.Error("starting a thread asked the answerer something")
	}
}

func TestAssistant_NoCatalogNoPrompts(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEventBody(slackfake.EventCallbackOf("EvA2", slackfake.AssistantThreadStarted("U1", "D1", "1700000000.000100", "")))
	h.drain()
	if n := len(h.fake.Surface(slackfake.MethodSetSuggestedPrompts)); n != 0 {
		t.Errorf("%d prompts calls without a catalog", n)
	}
}

// TestAssistant_MessagesAnsweredInTheThreadWithThinkingStatus: a message
// in an assistant thread is answered in that thread as in a DM; a slow
// answer shows "is thinking…" first (posting the reply clears it), a quick
// one shows nothing, a DM thread that is not the pane's never gets a
// status, and a status shown for a reply that stays silent is cleared.
func TestAssistant_MessagesAnsweredInTheThreadWithThinkingStatus(t *testing.T) {
	gate := make(chan struct{})
	ans := &cannedAnswerer{gate: gate}
	h := newHarness(t, harnessOptions{http: true, answerer: ans})
	h.ad.thinkingAfter = 250 * time.Millisecond // a quick answer is well under it, even on a busy host
	h.ad.catalog = testCatalog{}
	const thread = "1700000000.000100"
	h.sendEventBody(slackfake.EventCallbackOf("EvA3", slackfake.AssistantThreadStarted("U1", "D1", thread, "")))
	if _, err := h.fake.WaitSurface(slackfake.MethodSetSuggestedPrompts, 1, waitTimeout); err != nil {
		t.Fatal(err)
	}

	// Slow: the status is set while the answer is still being found.
	dm := slackfake.DM("D1", "U1", "what are exosomes?", "1700000000.000200")
	dm.ThreadTS = thread
	h.sendEvent("EvA4", dm)
	calls, err := h.fake.WaitSurface(slackfake.MethodSetStatus, 1, waitTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if f := calls[0].Form; f.Get("channel_id") != "D1" || f.Get("thread_ts") != thread || f.Get("status") != thinkingStatus {
		t.Errorf("status set with %v", f)
	}
	if len(h.fake.Posts()) != 0 {
		t.Error("the reply was posted before the status")
	}
	close(gate)
	p := h.posts(1)[0]
	if p.Channel != "D1" || p.ThreadTS != thread {
		t.Errorf("reply in %s thread %q, want the assistant thread", p.Channel, p.ThreadTS)
	}

	// Quick: no status.
	ans.gate = nil
	dm2 := slackfake.DM("D1", "U1", "are exosomes safe?", "1700000000.000300")
	dm2.ThreadTS = thread
	h.sendEvent("EvA5", dm2)
	h.posts(2)
	// A DM thread that is not the pane's: no status however slow.
	slow := make(chan struct{})
	ans.gate = slow
	dm3 := slackfake.DM("D2", "U2", "exosomes?", "1700000000.000400")
	dm3.ThreadTS = "1700000000.000350"
	h.sendEvent("EvA6", dm3)
	time.Sleep(350 * time.Millisecond) // past thinkingAfter
	close(slow)
	h.posts(3)
	if n := len(h.fake.Surface(slackfake.MethodSetStatus)); n != 1 {
		t.Errorf("%d setStatus calls, want only the slow answer's", n)
	}
}

func TestAssistant_StatusClearedWhenTheReplyIsSilent(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.ad.thinkingAfter = 10 * time.Millisecond
	release := make(chan struct{})
	h.ad.answerer = answererFunc(func(ctx context.Context, q bot.Question) bot.Reply {
		<-release
		return bot.Reply{Status: bot.StatusRateLimited, Silent: true}
	})
	const thread = "1700000000.000100"
	h.sendEventBody(slackfake.EventCallbackOf("EvA7", slackfake.AssistantThreadStarted("U1", "D1", thread, "")))
	dm := slackfake.DM("D1", "U1", "again and again", "1700000000.000200")
	dm.ThreadTS = thread
	h.sendEvent("EvA8", dm)
	if _, err := h.fake.WaitSurface(slackfake.MethodSetStatus, 1, waitTimeout); err != nil {
		t.Fatal(err)
	}
	close(release)
	calls, err := h.fake.WaitSurface(slackfake.MethodSetStatus, 2, waitTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if calls[1].Form.Get("status") != "" {
		t.Errorf("second status %q, want it cleared", calls[1].Form.Get("status"))
	}
	h.posts(0)
}
