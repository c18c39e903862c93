package slack

import (
	"testing"

	"exobot/adapters/slack/slackfake"
)

// TestSocket_Surfaces: over Socket Mode too, opening the Home tab
// publishes it, a new assistant thread gets its prompts, and the Ask
// exobot shortcut is answered privately — each request acknowledged.
func TestSocket_Surfaces(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.ad.catalog = testCatalog{}
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallbackOf("EvS1", slackfake.AppHomeOpened("U1", "home", "")), 0)
	if _, err := h.fake.WaitSurface(slackfake.MethodViewsPublish, 1, waitTimeout); err != nil {
		t.Fatal(err)
	}
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallbackOf("EvS2", slackfake.AssistantThreadStarted("U1", "D1", "1700000000.000100", "")), 0)
	if _, err := h.fake.WaitSurface(slackfake.MethodSetSuggestedPrompts, 1, waitTimeout); err != nil {
		t.Fatal(err)
	}
	if ack := h.push(slackfake.EnvelopeInteractive, slackfake.MessageShortcut(slackfake.Shortcut{CallbackID: shortcutAsk, UserID: "U1",
		Channel: "C1", MessageTS: "100.000001", Text: "are exosomes safe?", ResponseURL: h.fake.ResponseURL("sc")}), 0); ack.Payload != nil {
		t.Errorf("shortcut ack carries a payload: %s", ack.Payload)
	}
	if p := h.posts(1)[0]; p.ResponseID != "sc" || p.ResponseType != "ephemeral" {
		t.Errorf("shortcut answered as %+v, want privately through its response_url", p)
	}
}
