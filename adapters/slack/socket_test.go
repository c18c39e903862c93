package slack

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/google/go-cmp/cmp"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// push sends an envelope and waits for the adapter's ack. Like Slack, which
// holds an envelope until a socket is open, it first waits for one: on a
// slow host (the race detector) the client may be between a dropped socket
// and its reconnection.
func (h *harness) push(kind string, payload []byte, retry int) slackfake.Ack {
	h.t.Helper()
	if err := h.fake.WaitConnections(1, waitTimeout); err != nil {
		h.t.Fatal(err)
	}
	id, err := h.fake.Push(kind, payload, retry)
	if err != nil {
		h.t.Fatal(err)
	}
	ack, err := h.fake.WaitAck(id, waitTimeout)
	if err != nil {
		h.t.Fatal(err)
	}
	return ack
}

func TestSocket_MentionAnsweredInThreadAndAcked(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	ack := h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev1", slackfake.Mention("C1", "U1", "<@UBOT> what are exosomes?", "100.000001", "")), 0)
	if ack.Payload != nil {
		t.Errorf("event ack carries a payload: %s", ack.Payload)
	}
	p := h.posts(1)[0]
	if p.Channel != "C1" || p.ThreadTS != "100.000001" || !strings.Contains(blocksText(t, p), testDisclaimer) {
		t.Errorf("posted %+v", p)
	}
	if h.fake.Calls(slackfake.MethodConnections) < 1 {
		t.Error("apps.connections.open never called")
	}
	want := []bot.Question{{Text: "what are exosomes?", Platform: "slack", User: "U1"}}
	if diff := cmp.Diff(want, h.ans.questions()); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
}

func TestSocket_DMAndThreadFollowUp(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1")), 0)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev2", slackfake.Mention("C1", "U1", "<@UBOT> exosomes?", "2.1", "")), 0)
	h.posts(2)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev3", slackfake.ChannelMessage("C1", "U2", "and exosome toners?", "2.5", "2.1")), 0)
	posts := h.posts(3)
	byChannel := map[string]string{}
	for _, p := range posts {
		byChannel[p.Channel] += p.ThreadTS + ";"
	}
	if byChannel["D1"] != ";" || byChannel["C1"] != "2.1;2.1;" {
		t.Errorf("posts by channel and thread: %v", byChannel)
	}
}

func TestSocket_SlashCommandAckPayloadAndResponseURL(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	empty := slackfake.SlashCommand{Command: "/exosomes", UserID: "U1", ChannelID: "C1", ResponseURL: h.fake.ResponseURL("e"), TriggerID: "t1"}
	b, _ := json.Marshal(map[string]string{"command": empty.Command, "text": "", "user_id": "U1", "channel_id": "C1", "response_url": empty.ResponseURL})
	ack := h.push(slackfake.EnvelopeSlash, b, 0)
	var usage struct {
		ResponseType string `json:"response_type"`
		Text         string `json:"text"`
	}
	if err := json.Unmarshal(ack.Payload, &usage); err != nil || usage.ResponseType != "ephemeral" || !strings.Contains(usage.Text, "/exosomes what are exosomes?") {
		t.Errorf("usage ack payload %s (%v)", ack.Payload, err)
	}

	id, err := h.fake.PushSlashCommand(slackfake.SlashCommand{Command: "/exosomes", Text: "what are exosomes?", UserID: "U1", ChannelID: "C1", ResponseURL: h.fake.ResponseURL("q"), TriggerID: "t2"})
	if err != nil {
		t.Fatal(err)
	}
	if ack, err := h.fake.WaitAck(id, waitTimeout); err != nil || ack.Payload != nil {
		t.Errorf("question ack %+v, %v; want an empty ack", ack, err)
	}
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodResponseURL || p.ResponseID != "q" || p.ResponseType != "ephemeral" {
		t.Errorf("answer posted as %+v", p)
	}
}

func TestSocket_ButtonsAnsweredAndRecorded(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	ask := slackfake.BlockActions(slackfake.Click{ActionID: actionAsk + "0", BlockID: blockAsk, Value: "are-exosomes-safe", UserID: "U9",
		Channel: "D1", MessageTS: "7.7", ResponseURL: h.fake.ResponseURL("a")})
	fb := slackfake.BlockActions(slackfake.Click{ActionID: actionNotHelpful, BlockID: blockFeedback, Value: "are-exosomes-safe", UserID: "U9",
		Channel: "D1", MessageTS: "8.8", ResponseURL: h.fake.ResponseURL("f")})
	h.push(slackfake.EnvelopeInteractive, ask, 0)
	h.push(slackfake.EnvelopeInteractive, fb, 0)
	posts := h.posts(2)
	var answer, thanks slackfake.Post
	for _, p := range posts {
		if p.Method == slackfake.MethodPostMessage {
			answer = p
		} else {
			thanks = p
		}
	}
	if answer.Channel != "D1" || answer.ThreadTS != "" || !strings.Contains(answer.Text, "Answer for are-exosomes-safe.") {
		t.Errorf("suggested question answered as %+v (a DM answer stays at the top level)", answer)
	}
	if thanks.ResponseID != "f" || thanks.ResponseType != "ephemeral" {
		t.Errorf("feedback thanked as %+v", thanks)
	}
	feedback, _, _ := h.metrics.snapshot()
	if diff := cmp.Diff([]string{"slack/are-exosomes-safe/false"}, feedback); diff != "" {
		t.Errorf("feedback (-want +got):\n%s", diff)
	}
	if got := h.ans.questions(); len(got) != 1 || got[0] != (bot.Question{EntryID: "are-exosomes-safe", Platform: "slack", User: "U9"}) {
		t.Errorf("questions %+v", got)
	}
}

func TestSocket_RedeliveredEventAnsweredOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	cb := slackfake.EventCallback("EvDup", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	h.push(slackfake.EnvelopeEventsAPI, cb, 0)
	h.push(slackfake.EnvelopeEventsAPI, cb, 1)
	h.push(slackfake.EnvelopeEventsAPI, cb, 2)
	h.posts(1)
}

func TestSocket_IgnoresBotAndOwnMessagesButAcks(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	other := slackfake.DM("D1", "U2", "exosomes", "1.1")
	other.BotID = "B2"
	own := slackfake.DM("D1", "UBOT", "Exosomes are…", "1.2")
	own.BotID = "BBOT"
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev1", other), 0)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev2", own), 0)
	// An event type the client cannot parse is acknowledged too.
	unknown := []byte(`{"type":"event_callback","event_id":"Ev3","team_id":"T1","event":{"type":"no_such_event_type"}}`)
	h.push(slackfake.EnvelopeEventsAPI, unknown, 0)
	h.posts(0)
}

func TestSocket_ReconnectsAfterDropAndDisconnect(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	if err := h.fake.WaitConnections(1, waitTimeout); err != nil {
		t.Fatal(err)
	}

	h.fake.DropSocket()
	if err := h.fake.WaitConnections(2, waitTimeout); err != nil {
		t.Fatal(err)
	}
	h.waitFor("ready after the drop", h.ad.Ready)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1")), 0)
	h.posts(1)

	if err := h.fake.SendDisconnect(); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.WaitConnections(3, waitTimeout); err != nil {
		t.Fatal(err)
	}
	h.waitFor("ready after the disconnect", h.ad.Ready)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev2", slackfake.DM("D1", "U1", "exosomes again?", "1.2")), 0)
	h.posts(2)
	if !strings.Contains(h.logs.String(), `msg="slack socket connected" reconnects=2`) {
		t.Errorf("reconnection not logged:\n%s", h.logs.String())
	}
}

func TestSocket_ConnectionRetriedAfterServerError(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true, noStart: true})
	h.fake.Fail(slackfake.MethodConnections, 1, slackfake.Fault{Status: 500})
	h.start()
	h.waitFor("ready", h.ad.Ready)
	if n := h.fake.Calls(slackfake.MethodConnections); n != 2 {
		t.Errorf("%d apps.connections.open calls, want 2", n)
	}
	if _, _, retries := h.metrics.snapshot(); retries["slack/apps.connections.open"] != 1 {
		t.Errorf("retries %v", retries)
	}
}

func TestSocket_RefusedAppTokenIsAnError(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true, noStart: true, appToken: "xapp-1-A1-9999-WRONGAPP"})
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	err := h.ad.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
		t.Fatalf("Run = %v, want an invalid_auth error", err)
	}
	if strings.Contains(err.Error(), "WRONGAPP") || strings.Contains(h.logs.String(), "WRONGAPP") {
		t.Errorf("the app token leaked: %v\n%s", err, h.logs.String())
	}
	if _, errs, _ := h.metrics.snapshot(); errs["slack/apps.connections.open"] != 1 {
		t.Errorf("errors %v", errs)
	}
}

func TestSocket_PanicRecoveredAndNextEventAnswered(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("EvBoom", slackfake.DM("D1", "U1", "boom", "1.1")), 0)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("EvOK", slackfake.DM("D1", "U1", "exosomes?", "1.2")), 0)
	posts := h.posts(2)
	texts := posts[0].Text + "|" + posts[1].Text
	if !strings.Contains(texts, apology) || !strings.Contains(texts, "Exosomes are tiny vesicles") {
		t.Errorf("posts %q", texts)
	}
}

func TestSocket_ReadyFalseAfterCancel(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	if !h.ad.Ready() {
		t.Fatal("not ready")
	}
	start := time.Now()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if h.ad.Ready() {
		t.Error("Ready after Run returned")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Run took %s to return after cancel", d)
	}
}

func TestSocket_ScheduledDropMidStreamLosesNothing(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.DropSocketAfterAcks(2)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1")), 0)
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev2", slackfake.DM("D1", "U1", "exosomes!", "1.2")), 0)
	if err := h.fake.WaitConnections(2, waitTimeout); err != nil {
		t.Fatal(err)
	}
	h.push(slackfake.EnvelopeEventsAPI, slackfake.EventCallback("Ev3", slackfake.DM("D1", "U1", "exosomes.", "1.3")), 0)
	h.posts(3)
}

// recordingAcker records acknowledgements.
type recordingAcker struct {
	mu   sync.Mutex
	acks []string
}

func (r *recordingAcker) AckCtx(_ context.Context, id string, _ any) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.acks = append(r.acks, id)
	return nil
}

// Once shutdown has begun, a request from the socket is neither taken nor
// acknowledged: Slack delivers it again elsewhere, so it is answered once.
func TestSocket_RequestAfterShutdownIsLeftForRedelivery(t *testing.T) {
	ans := &cannedAnswerer{}
	ad, err := New(Config{BotToken: testBotToken, AppToken: testAppToken, ThreadFollowUps: true, SlashEphemeral: true}, ans, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	acker := &recordingAcker{}
	ad.onSocketEvent(ctx, acker, socketmode.Event{
		Type:    socketmode.EventTypeSlashCommand,
		Data:    slack.SlashCommand{Command: "/exosomes", Text: "what are exosomes", UserID: "U1", ResponseURL: "http://127.0.0.1:1/r"},
		Request: &socketmode.Request{EnvelopeID: "env-late", Type: "slash_commands"},
	})
	if len(acker.acks) != 0 || len(ans.questions()) != 0 {
		t.Fatalf("acks %v, questions %v: a request after shutdown was taken", acker.acks, ans.questions())
	}
	// Before shutdown the same request is taken and acknowledged, even when
	// the acknowledgement happens as shutdown begins.
	live, stop := context.WithCancel(context.Background())
	defer stop()
	ad.onSocketEvent(live, acker, socketmode.Event{
		Type:    socketmode.EventTypeSlashCommand,
		Data:    slack.SlashCommand{Command: "/exosomes", Text: "", UserID: "U1", ResponseURL: "http://127.0.0.1:1/r"},
		Request: &socketmode.Request{EnvelopeID: "env-live", Type: "slash_commands"},
	})
	if len(acker.acks) != 1 || acker.acks[0] != "env-live" {
		t.Fatalf("acks %v, want env-live", acker.acks)
	}
}
