package slack

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"exobot/adapters/internal/gate"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

func TestHTTP_MentionAnsweredInThreadWithCitationAndDisclaimer(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("Ev1", slackfake.Mention("C1", "U1", "<@UBOT> what are exosomes?", "100.000001", ""))

	p := h.posts(1)[0]
	if p.Method != slackfake.MethodPostMessage || p.Channel != "C1" || p.ThreadTS != "100.000001" {
		t.Errorf("posted %s to %s thread %q, want chat.postMessage to C1 in thread 100.000001", p.Method, p.Channel, p.ThreadTS)
	}
	if p.Token != testBotToken {
		t.Errorf("posted with the wrong token")
	}
	text := blocksText(t, p)
	for _, want := range []string{"Exosomes are tiny vesicles", "*What are exosomes?*", "Exosomes are small extracellular vesicles.", testDisclaimer, actionHelpful, "are-exosomes-safe"} {
		if !strings.Contains(text, want) {
			t.Errorf("blocks lack %q:\n%s", want, text)
		}
	}
	if !strings.Contains(p.Text, "Exosomes are tiny vesicles") || !strings.Contains(p.Text, testDisclaimer) {
		t.Errorf("fallback text %q lacks the answer or disclaimer", p.Text)
	}
	want := []bot.Question{{Text: "what are exosomes?", Platform: "slack", User: "U1"}}
	if diff := cmp.Diff(want, h.ans.questions()); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
}

func TestHTTP_ThreadFollowUpAnsweredWithoutMention(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("Ev1", slackfake.Mention("C1", "U1", "<@UBOT> what are exosomes?", "100.000001", ""))
	h.posts(1)

	// A reply in that thread, without a mention, is answered in the thread;
	// one in a thread the bot never answered in is not.
	h.sendEvent("Ev2", slackfake.ChannelMessage("C1", "U2", "do exosome serums last long?", "100.000009", "100.000001"))
	h.sendEvent("Ev3", slackfake.ChannelMessage("C1", "U2", "unrelated chatter about exosomes", "200.000002", "200.000001"))
	p := h.posts(2)[1]
	if p.Channel != "C1" || p.ThreadTS != "100.000001" {
		t.Errorf("follow-up answered in %s thread %q, want C1 thread 100.000001", p.Channel, p.ThreadTS)
	}
	if got := h.ans.questions(); len(got) != 2 || got[1].Text != "do exosome serums last long?" || got[1].User != "U2" {
		t.Errorf("questions = %+v", got)
	}
}

// People talking in a thread the bot answered in are not interrupted with
// declines: an un-addressed follow-up gets a reply only when it is answered
// (or urgent).
func TestHTTP_ThreadFollowUpThatIsNotAnsweredStaysQuiet(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("Ev1", slackfake.Mention("C1", "U1", "<@UBOT> what are exosomes?", "100.000001", ""))
	h.posts(1)
	h.sendEvent("Ev2", slackfake.ChannelMessage("C1", "U2", "thanks, that helps", "100.000005", "100.000001"))
	h.waitFor("the follow-up to be answered", func() bool { return len(h.ans.questions()) == 2 })
	h.drain()
	if got := h.fake.Posts(); len(got) != 1 {
		t.Fatalf("%d posts, want only the first answer: %+v", len(got), got)
	}
	// A mention in the same thread still gets its decline.
	h.sendEvent("Ev3", slackfake.Mention("C1", "U2", "<@UBOT> what about my cat", "100.000007", "100.000001"))
	if p := h.posts(2)[1]; !strings.Contains(p.Text, "not sure") {
		t.Errorf("mention in the thread: %q", p.Text)
	}
}

func TestHTTP_ThreadFollowUpsCanBeTurnedOff(t *testing.T) {
	off := false
	h := newHarness(t, harnessOptions{http: true, followUps: &off})
	h.sendEvent("Ev1", slackfake.Mention("C1", "U1", "<@UBOT> what are exosomes?", "100.000001", ""))
	h.posts(1)
	h.sendEvent("Ev2", slackfake.ChannelMessage("C1", "U2", "do exosome serums last long?", "100.000009", "100.000001"))
	h.posts(1)
}

func TestHTTP_DMAnsweredInTheDM(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "are exosome serums safe?", "300.000001"))
	p := h.posts(1)[0]
	if p.Channel != "D1" || p.ThreadTS != "" {
		t.Errorf("DM answered in %s thread %q, want D1 at the top level", p.Channel, p.ThreadTS)
	}
	// The bot does not start following DM "threads": a later DM is answered
	// because it is a DM.
	h.sendEvent("Ev2", slackfake.DM("D1", "U1", "something else", "300.000002"))
	if p := h.posts(2)[1]; p.Channel != "D1" || !strings.Contains(blocksText(t, p), "Did you mean…?") {
		t.Errorf("second DM answered as %+v", p)
	}
}

func TestHTTP_SlashCommand(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	cmd := slackfake.SlashCommand{Command: "/exosomes", Text: "what are exosomes?", UserID: "U1", ChannelID: "C1",
		ResponseURL: h.fake.ResponseURL("cmd1"), TriggerID: "trig1"}
	code, body := h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
	if code != http.StatusOK || body != "" {
		t.Fatalf("immediate response %d %q, want an empty 200", code, body)
	}
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodResponseURL || p.ResponseID != "cmd1" || p.ResponseType != "ephemeral" || p.ReplaceOriginal {
		t.Errorf("answer posted as %+v, want an ephemeral response_url post", p)
	}
	if !strings.Contains(blocksText(t, p), "Exosomes are tiny vesicles") {
		t.Errorf("answer blocks lack the answer: %s", p.Blocks)
	}
	if got := h.ans.questions(); len(got) != 1 || got[0] != (bot.Question{Text: "what are exosomes?", Platform: "slack", User: "U1"}) {
		t.Errorf("questions = %+v", got)
	}
}

func TestHTTP_SlashCommandWithoutTextGetsUsage(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	cmd := slackfake.SlashCommand{Command: "/skinbot", Text: "   ", UserID: "U1", ChannelID: "C1", ResponseURL: h.fake.ResponseURL("cmd1"), TriggerID: "t"}
	code, body := h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	var resp struct {
		ResponseType string `json:"response_type"`
		Text         string `json:"text"`
	}
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		t.Fatalf("immediate response %q: %v", body, err)
	}
	if resp.ResponseType != "ephemeral" || !strings.Contains(resp.Text, "/skinbot what are exosomes?") {
		t.Errorf("usage response = %+v", resp)
	}
	h.posts(0)
	if len(h.ans.questions()) != 0 {
		t.Error("the answerer was asked an empty question")
	}
}

func TestHTTP_SlashCommandInChannel(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, inChannel: true})
	cmd := slackfake.SlashCommand{Command: "/exosomes", Text: "exosomes?", UserID: "U1", ChannelID: "C1", ResponseURL: h.fake.ResponseURL("c"), TriggerID: "t"}
	code, body := h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
	if code != http.StatusOK || !strings.Contains(body, `"response_type":"in_channel"`) {
		t.Fatalf("immediate response %d %q, want in_channel", code, body)
	}
	if p := h.posts(1)[0]; p.ResponseType != "in_channel" {
		t.Errorf("answer response_type %q, want in_channel", p.ResponseType)
	}
}

func TestHTTP_SuggestedQuestionButtonAsksTheEntry(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	click := slackfake.Click{ActionID: actionAsk + "0", BlockID: blockAsk, Value: "are-exosomes-safe", UserID: "U9",
		Channel: "C1", MessageTS: "100.000005", ThreadTS: "100.000001", ResponseURL: h.fake.ResponseURL("click")}
	if code, _ := h.do(slackfake.InteractionRequest(testSecret, h.url(PathInteractivity), slackfake.BlockActions(click))); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodPostMessage || p.Channel != "C1" || p.ThreadTS != "100.000001" {
		t.Errorf("answer posted as %s to %s thread %q, want the button's thread", p.Method, p.Channel, p.ThreadTS)
	}
	want := []bot.Question{{EntryID: "are-exosomes-safe", Platform: "slack", User: "U9"}}
	if diff := cmp.Diff(want, h.ans.questions()); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
	if !strings.Contains(blocksText(t, p), "Answer for are-exosomes-safe.") {
		t.Errorf("answer blocks: %s", p.Blocks)
	}
}

func TestHTTP_SuggestedQuestionInEphemeralMessageAnsweredPrivately(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	click := slackfake.Click{ActionID: actionAsk + "1", BlockID: blockAsk, Value: "what-are-exosomes", UserID: "U9",
		Channel: "C1", MessageTS: "100.000005", Ephemeral: true, ResponseURL: h.fake.ResponseURL("eph")}
	h.do(slackfake.InteractionRequest(testSecret, h.url(PathInteractivity), slackfake.BlockActions(click)))
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodResponseURL || p.ResponseType != "ephemeral" || p.ResponseID != "eph" {
		t.Errorf("answer posted as %+v, want an ephemeral response_url post", p)
	}
}

func TestHTTP_SuggestedQuestionFallsBackToResponseURLOutsideChannel(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.fake.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{SlackError: "not_in_channel"})
	click := slackfake.Click{ActionID: actionAsk + "0", BlockID: blockAsk, Value: "what-are-exosomes", UserID: "U9",
		Channel: "C7", MessageTS: "100.000005", ResponseURL: h.fake.ResponseURL("fallback")}
	h.do(slackfake.InteractionRequest(testSecret, h.url(PathInteractivity), slackfake.BlockActions(click)))
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodResponseURL || p.ResponseID != "fallback" || p.ThreadTS != "100.000005" {
		t.Errorf("answer posted as %+v, want the response_url in the message's thread", p)
	}
}

func TestHTTP_FeedbackButtonRecordedOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	click := slackfake.Click{ActionID: actionHelpful, BlockID: blockFeedback, Value: "what-are-exosomes", UserID: "U9",
		Channel: "C1", MessageTS: "100.000005", ThreadTS: "100.000001", ResponseURL: h.fake.ResponseURL("fb")}
	for range 2 { // a double click counts once
		if code, _ := h.do(slackfake.InteractionRequest(testSecret, h.url(PathInteractivity), slackfake.BlockActions(click))); code != http.StatusOK {
			t.Fatalf("status %d", code)
		}
	}
	click.ActionID, click.UserID = actionNotHelpful, "U8"
	h.do(slackfake.InteractionRequest(testSecret, h.url(PathInteractivity), slackfake.BlockActions(click)))

	posts := h.posts(2) // one private thank-you per counted vote
	for _, p := range posts {
		if p.Method != slackfake.MethodResponseURL || p.ResponseType != "ephemeral" || p.ReplaceOriginal || !strings.Contains(p.Text, "Thanks") {
			t.Errorf("thank-you posted as %+v", p)
		}
	}
	feedback, _, _ := h.metrics.snapshot()
	if diff := cmp.Diff([]string{"slack/what-are-exosomes/true", "slack/what-are-exosomes/false"}, feedback); diff != "" {
		t.Errorf("feedback metrics (-want +got):\n%s", diff)
	}
	if len(h.ans.questions()) != 0 {
		t.Error("a feedback click asked the answerer")
	}
	if !strings.Contains(h.logs.String(), `msg="slack feedback" kind=button action=exobot_helpful channel=C1 user=U9 entry=what-are-exosomes helpful=true`) {
		t.Errorf("no feedback log line:\n%s", h.logs.String())
	}
}

func TestHTTP_IgnoresBotsOwnMessagesEditsDeletionsAndSubtypes(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	// A thread the bot answered in, so that follow-ups there would count.
	h.sendEvent("Ev0", slackfake.Mention("C1", "U1", "<@UBOT> exosomes?", "100.000001", ""))
	h.posts(1)

	otherBot := slackfake.DM("D1", "U2", "exosomes are great", "1.1")
	otherBot.BotID = "B2"
	botMessage := slackfake.DM("D1", "", "exosomes!", "1.2")
	botMessage.BotID, botMessage.SubType = "B2", "bot_message"
	own := slackfake.ChannelMessage("C1", "UBOT", "Exosomes are…", "100.000002", "100.000001")
	own.BotID = "BBOT"
	edit := slackfake.DM("D1", "U1", "exosomes? (edited)", "1.3")
	edit.SubType = "message_changed"
	deletion := slackfake.DM("D1", "U1", "", "1.4")
	deletion.SubType = "message_deleted"
	join := slackfake.ChannelMessage("C1", "U3", "<@U3> has joined", "100.000003", "100.000001")
	join.SubType = "channel_join"
	editedMention := slackfake.Mention("C1", "U1", "<@UBOT> exosomes? (edited)", "100.000004", "")
	editedMention.Edited = true
	botMention := slackfake.Mention("C1", "U2", "<@UBOT> exosomes?", "100.000005", "")
	botMention.BotID = "B2"

	for i, m := range []slackfake.Message{otherBot, botMessage, own, edit, deletion, join, editedMention, botMention} {
		h.sendEvent("EvIgnored"+string(rune('A'+i)), m)
	}
	h.posts(1)
	if n := len(h.ans.questions()); n != 1 {
		t.Errorf("answerer asked %d questions, want only the first mention", n)
	}
}

func TestHTTP_RetriedEventAnsweredOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	body := slackfake.EventCallback("EvRetry", slackfake.Mention("C1", "U1", "<@UBOT> exosomes?", "100.000001", ""))
	for i := range 3 {
		r := slackfake.EventRequest(testSecret, h.url(PathEvents), body)
		if i > 0 {
			r = slackfake.RetriedEventRequest(testSecret, h.url(PathEvents), body, i)
		}
		if code, _ := h.do(r); code != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i, code)
		}
	}
	h.posts(1)
	if n := len(h.ans.questions()); n != 1 {
		t.Errorf("answerer asked %d times, want 1", n)
	}
}

func TestHTTP_SameMessageFromMentionAndMessageEventsAnsweredOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "exosomes?", "5.5"))
	h.sendEvent("Ev2", slackfake.DM("D1", "U1", "exosomes?", "5.5")) // same message, another subscription
	h.posts(1)
}

func TestHTTP_RefusesUnsignedStaleForgedAndOversizedRequests(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	body := slackfake.EventCallback("EvBad", slackfake.Mention("C1", "U1", "<@UBOT> secret question text", "1.1", ""))

	forged := slackfake.SignedRequest("not-the-secret", h.url(PathEvents), "application/json", body, time.Now())
	stale := slackfake.SignedRequest(testSecret, h.url(PathEvents), "application/json", body, time.Now().Add(-6*time.Minute))
	future := slackfake.SignedRequest(testSecret, h.url(PathEvents), "application/json", body, time.Now().Add(6*time.Minute))
	unsigned := slackfake.EventRequest(testSecret, h.url(PathEvents), body)
	unsigned.Header.Del("X-Slack-Signature")
	tampered := slackfake.EventRequest(testSecret, h.url(PathEvents), body)
	tampered.Body = io.NopCloser(bytes.NewReader(bytes.Replace(body, []byte("secret question"), []byte("public question"), 1)))
	big := append(bytes.Repeat([]byte(" "), maxBodySize), body...)
	oversized := slackfake.EventRequest(testSecret, h.url(PathEvents), big)
	badCommand := slackfake.CommandRequest("not-the-secret", h.url(PathCommands), slackfake.SlashCommand{Command: "/x", Text: "exosomes", ResponseURL: h.fake.ResponseURL("x")})
	badClick := slackfake.InteractionRequest("not-the-secret", h.url(PathInteractivity), slackfake.BlockActions(slackfake.Click{ActionID: actionHelpful, Value: "e", UserID: "U1"}))

	for _, tt := range []struct {
		name string
		r    *http.Request
		want int
	}{
		{"forged signature", forged, http.StatusUnauthorized},
		{"stale timestamp", stale, http.StatusUnauthorized},
		{"future timestamp", future, http.StatusUnauthorized},
		{"no signature", unsigned, http.StatusUnauthorized},
		{"tampered body", tampered, http.StatusUnauthorized},
		{"body over 1 MiB", oversized, http.StatusRequestEntityTooLarge},
		{"forged command", badCommand, http.StatusUnauthorized},
		{"forged interaction", badClick, http.StatusUnauthorized},
	} {
		if code, _ := h.do(tt.r); code != tt.want {
			t.Errorf("%s: status %d, want %d", tt.name, code, tt.want)
		}
	}
	h.posts(0)
	if len(h.ans.questions()) != 0 {
		t.Error("a refused request reached the answerer")
	}
	feedback, _, _ := h.metrics.snapshot()
	if len(feedback) != 0 {
		t.Error("a forged click was counted")
	}
	logs := h.logs.String()
	if strings.Count(logs, `msg="slack request refused"`) != 8 || !strings.Contains(logs, `reason="timestamp more than 5 minutes off"`) {
		t.Errorf("refusals not logged as expected:\n%s", logs)
	}
	if strings.Contains(logs, "secret question") || strings.Contains(logs, "v0=") {
		t.Errorf("a refusal logged the body or the signature:\n%s", logs)
	}
}

func TestHTTP_URLVerificationAnsweredEvenBeforeRun(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, noStart: true})
	code, body := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), slackfake.URLVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")))
	if code != http.StatusOK || body != `{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}` {
		t.Errorf("url_verification answered %d %q", code, body)
	}
	// Forged verification is refused like anything else.
	forged := slackfake.SignedRequest("wrong", h.url(PathEvents), "application/json", slackfake.URLVerification("x"), time.Now())
	if code, _ := h.do(forged); code != http.StatusUnauthorized {
		t.Errorf("forged url_verification: status %d", code)
	}
}

func TestHTTP_EventsRefusedWith503BeforeRunAndAfterCancel(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, noStart: true})
	body := slackfake.EventCallback("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	if code, _ := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), body)); code != http.StatusServiceUnavailable {
		t.Errorf("before Run: status %d, want 503", code)
	}
	h.start()
	h.waitFor("ready", h.ad.Ready)
	// The 503 did not consume the event id: Slack's retry is answered.
	h.do(slackfake.RetriedEventRequest(testSecret, h.url(PathEvents), body, 1))
	h.posts(1)
	if err := h.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if h.ad.Ready() {
		t.Error("Ready after Run returned")
	}
	for _, r := range []*http.Request{
		slackfake.EventRequest(testSecret, h.url(PathEvents), slackfake.EventCallback("Ev2", slackfake.DM("D1", "U1", "exosomes?", "1.2"))),
		slackfake.CommandRequest(testSecret, h.url(PathCommands), slackfake.SlashCommand{Command: "/x", Text: "exosomes", ResponseURL: h.fake.ResponseURL("x")}),
	} {
		if code, _ := h.do(r); code != http.StatusServiceUnavailable {
			t.Errorf("after cancel: status %d, want 503", code)
		}
	}
	h.posts(1)
}

func TestHTTP_RateLimitedPostRetriedAfterRetryAfter(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.fake.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: "1"})
	start := time.Now()
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	h.posts(1)
	if waited := time.Since(start); waited < time.Second {
		t.Errorf("reply posted after %s, before Retry-After", waited)
	}
	if n := h.fake.Calls(slackfake.MethodPostMessage); n != 2 {
		t.Errorf("%d chat.postMessage calls, want 2", n)
	}
	_, errs, retries := h.metrics.snapshot()
	if retries["slack/chat.postMessage"] != 1 || len(errs) != 0 {
		t.Errorf("retries %v errors %v, want one retry and no error", retries, errs)
	}
}

func TestHTTP_ServerErrorRetriedWithBackoff(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.fake.Fail(slackfake.MethodPostMessage, 2, slackfake.Fault{Status: http.StatusInternalServerError})
	h.fake.Fail(slackfake.MethodResponseURL, 1, slackfake.Fault{Status: http.StatusBadGateway})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), slackfake.SlashCommand{Command: "/x", Text: "exosomes", UserID: "U1", ResponseURL: h.fake.ResponseURL("x"), TriggerID: "t"}))
	h.posts(2)
	_, errs, retries := h.metrics.snapshot()
	if retries["slack/chat.postMessage"] != 2 || retries["slack/response_url"] != 1 || len(errs) != 0 {
		t.Errorf("retries %v errors %v", retries, errs)
	}
}

func TestHTTP_GivesUpAfterBoundedRetriesLoggedAndCounted(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.fake.Fail(slackfake.MethodPostMessage, 100, slackfake.Fault{Status: http.StatusServiceUnavailable})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	h.posts(0)
	if n := h.fake.Calls(slackfake.MethodPostMessage); n != h.ad.retry.Attempts {
		t.Errorf("%d attempts, want %d", n, h.ad.retry.Attempts)
	}
	_, errs, retries := h.metrics.snapshot()
	if errs["slack/chat.postMessage"] != 1 || retries["slack/chat.postMessage"] != h.ad.retry.Attempts-1 {
		t.Errorf("errors %v retries %v", errs, retries)
	}
	logs := h.logs.String()
	if !strings.Contains(logs, `msg="slack api call failed, giving up" op=chat.postMessage attempts=4`) ||
		!strings.Contains(logs, `msg="reply not delivered"`) || !strings.Contains(logs, "event_id=Ev1") {
		t.Errorf("give-up not logged:\n%s", logs)
	}
}

func TestHTTP_NonRetryableErrorNotRetried(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.fake.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{SlackError: "channel_not_found"})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	h.posts(0)
	if n := h.fake.Calls(slackfake.MethodPostMessage); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
	if _, errs, _ := h.metrics.snapshot(); errs["slack/chat.postMessage"] != 1 {
		t.Errorf("errors %v", errs)
	}
}

func TestHTTP_PanicInAnswererRecoveredAndAdapterKeepsWorking(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("EvBoom", slackfake.DM("D1", "U1", "boom", "1.1"))
	if p := h.posts(1)[0]; p.Text != apology || p.Channel != "D1" {
		t.Errorf("after a panic posted %+v, want the apology in D1", p)
	}
	h.sendEvent("EvNext", slackfake.DM("D1", "U1", "exosomes?", "1.2"))
	if p := h.posts(2)[1]; !strings.Contains(p.Text, "Exosomes are tiny vesicles") {
		t.Errorf("after recovery posted %q", p.Text)
	}
	logs := h.logs.String()
	if !strings.Contains(logs, `msg="slack answerer panicked" event_id=EvBoom`) || !strings.Contains(logs, "answerer exploded") {
		t.Errorf("panic not logged with its event id:\n%s", logs)
	}
}

func TestHTTP_SilentReplyPostsNothing(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "quiet", "1.1"))
	h.posts(0)
	if len(h.ans.questions()) != 1 {
		t.Error("the answerer was not asked")
	}
}

func TestHTTP_UserTextCannotPingOrInjectLinks(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	// The no-match reply echoes the question, which the person wrote with
	// Slack's escaping: the adapter unescapes it for the engine and escapes
	// it again on the way out.
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "hi &lt;!channel&gt; see &lt;https://evil.example|here&gt;", "1.1"))
	p := h.posts(1)[0]
	if q := h.ans.questions()[0].Text; q != "hi <!channel> see <https://evil.example|here>" {
		t.Errorf("question text %q", q)
	}
	for _, s := range []string{p.Text, string(p.Blocks)} {
		if strings.Contains(s, "<!channel>") || strings.Contains(s, "<https://") {
			t.Errorf("raw markup reached Slack: %s", s)
		}
	}
}

func TestHTTP_LogQuestionsOptIn(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, logQuestions: true})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "what about exosome toner?", "1.1"))
	h.posts(1)
	if !strings.Contains(h.logs.String(), `question="what about exosome toner?"`) {
		t.Errorf("question not logged with LogQuestions:\n%s", h.logs.String())
	}
}

func TestDrain_WaitsForInFlightReplies(t *testing.T) {
	ans := &cannedAnswerer{gate: make(chan struct{}), started: make(chan struct{}, 4)}
	h := newHarness(t, harnessOptions{http: true, answerer: ans})
	h.sendEvent("Ev1", slackfake.DM("D1", "U1", "exosomes?", "1.1"))
	select {
	case <-ans.started:
	case <-time.After(waitTimeout):
		t.Fatal("answering did not start")
	}
	// Shut down: Run returns, new events are refused, the accepted one is
	// still in flight.
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if code, _ := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), slackfake.EventCallback("Ev2", slackfake.DM("D1", "U1", "x", "1.2")))); code != http.StatusServiceUnavailable {
		t.Errorf("event after shutdown: status %d, want 503", code)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := h.ad.Drain(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Drain with a reply in flight = %v, want deadline exceeded", err)
	}
	if n := len(h.fake.Posts()); n != 0 {
		t.Fatalf("%d posts before the answer was released", n)
	}
	close(ans.gate)
	h.drain()
	// Drain returned only after the reply was posted: no waiting needed.
	if posts := h.fake.Posts(); len(posts) != 1 || posts[0].Channel != "D1" {
		t.Fatalf("posts after Drain: %+v", posts)
	}
}

func TestRun_RefusedBotTokenIsAnError(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, noStart: true, fake: slackfake.Options{BotToken: "xoxb-the-real-one"}})
	err := h.ad.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
		t.Fatalf("Run = %v, want an invalid_auth error", err)
	}
	if strings.Contains(err.Error(), testBotToken) {
		t.Errorf("error %q reveals the token", err)
	}
	if h.ad.Ready() {
		t.Error("Ready after a refused token")
	}
}

// TestHTTP_ManyConcurrentEventsEachAnsweredOnce delivers 300 events from 30
// senders, each event twice (a retry racing the original), and expects
// exactly one reply per event.
func TestHTTP_ManyConcurrentEventsEachAnsweredOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	const events, senders = 300, 30
	work := make(chan int)
	var wg sync.WaitGroup
	client := h.srv.Client()
	for range senders {
		wg.Go(func() {
			for i := range work {
				id := fmt.Sprintf("EvLoad%d", i/2)
				body := slackfake.EventCallback(id, slackfake.DM("D1", fmt.Sprintf("U%d", i/2), "exosomes?", fmt.Sprintf("9.%06d", i/2)))
				r := slackfake.EventRequest(testSecret, h.url(PathEvents), body)
				if i%2 == 1 {
					r = slackfake.RetriedEventRequest(testSecret, h.url(PathEvents), body, 1)
				}
				resp, err := client.Do(r)
				if err != nil {
					t.Error(err)
					continue
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Errorf("%s: status %d", id, resp.StatusCode)
				}
			}
		})
	}
	for i := range 2 * events {
		work <- i
	}
	close(work)
	wg.Wait()
	h.posts(events)
	if n := len(h.ans.questions()); n != events {
		t.Errorf("answerer asked %d times, want %d", n, events)
	}
}

func TestHTTP_AppRateLimitedNoticeLogged(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	body := []byte(`{"token":"x","type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820,"api_app_id":"A1"}`)
	if code, _ := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), body)); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if !strings.Contains(h.logs.String(), `level=WARN msg="slack is rate limiting the app's events" minute_rate_limited=1518467820`) {
		t.Errorf("rate-limit notice not logged:\n%s", h.logs.String())
	}
	h.posts(0)
}

// TestHTTP_PostAnsweredAfterTheTimeoutIsNotPostedTwice: Slack records a
// chat.postMessage but answers after the client's timeout. The request
// reached Slack, so retrying it would post the reply twice: it is not
// retried, and the failure says why.
func TestHTTP_PostAnsweredAfterTheTimeoutIsNotPostedTwice(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, httpTimeout: 300 * time.Millisecond})
	h.fake.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{Delay: time.Second})
	h.sendEvent("EvSlow", slackfake.DM("D1", "U1", "what are exosomes?", "5.1"))
	h.drain()
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want 1: the late post was sent again", n)
	}
	if n := h.fake.Calls(slackfake.MethodPostMessage); n != 1 {
		t.Errorf("%d chat.postMessage calls, want 1", n)
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "not retried, since Slack may have taken it") || !strings.Contains(logs, `msg="reply not delivered"`) {
		t.Errorf("logs do not say why the post was not retried:\n%s", logs)
	}
	if _, errs, retries := h.metrics.snapshot(); errs["slack/chat.postMessage"] != 1 || retries["slack/chat.postMessage"] != 0 {
		t.Errorf("errors %v, retries %v; want one error, no retry", errs, retries)
	}

	// A post that fails before an answer for another reason (a 500) is
	// still retried.
	h.fake.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{Status: http.StatusInternalServerError})
	h.sendEvent("Ev500", slackfake.DM("D1", "U1", "what are exosomes?", "5.2"))
	h.drain()
	if n := len(h.fake.Posts()); n != 2 {
		t.Errorf("%d posts, want 2: the 500 was not retried", n)
	}
}

// TestHTTP_ReplayedSlashCommandAnsweredOnce: the same signed request
// delivered five times (a replay within the signature's five minutes, or a
// redelivery) is answered once: the trigger id keys it.
func TestHTTP_ReplayedSlashCommandAnsweredOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	cmd := slackfake.SlashCommand{Command: "/exosomes", Text: "what are exosomes?", UserID: "U1", ChannelID: "C1",
		ResponseURL: h.fake.ResponseURL("cmd1"), TriggerID: "trig-replayed"}
	req := slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd)
	body, _ := io.ReadAll(req.Body)
	for i := range 5 {
		r := slackfake.SignedRequest(testSecret, h.url(PathCommands), "application/x-www-form-urlencoded", body, time.Now())
		if code, _ := h.do(r); code != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i+1, code)
		}
	}
	h.posts(1)
	if n := len(h.ans.questions()); n != 1 {
		t.Errorf("asked %d times, want once", n)
	}
	// Another command (another trigger id) is answered.
	cmd.TriggerID = "trig-other"
	h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
	h.posts(2)
}

// TestHTTP_BodiesReadAtOnceAreBounded: bodies are read only after the
// signature headers are checked, and only so many at once; a request that
// finds no slot in time gets 503, and the slots free up as reads finish.
func TestHTTP_BodiesReadAtOnceAreBounded(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.ad.bodies = gate.New(2, 200*time.Millisecond)
	addr := strings.TrimPrefix(h.srv.URL, "http://")

	// No signature: refused at once, though the body never comes.
	conn := dialRaw(t, addr)
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n", PathEvents)
	if code := readStatus(t, conn); code != http.StatusUnauthorized {
		t.Errorf("unsigned request with its body pending: %d, want 401 before the body", code)
	}

	// Two slow senders with fresh (forged) signature headers take the two
	// slots; a third request waits, then gets 503.
	head := fmt.Sprintf("POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"+
		"X-Slack-Request-Timestamp: %d\r\nX-Slack-Signature: v0=%064x\r\n\r\n", PathEvents, time.Now().Unix(), 0)
	var slow []net.Conn
	for range 2 {
		c := dialRaw(t, addr)
		io.WriteString(c, head+"{")
		slow = append(slow, c)
	}
	h.waitFor("both slow senders to hold a slot", func() bool { return h.ad.bodies.InUse() == 2 })
	ev := slackfake.EventRequest(testSecret, h.url(PathEvents), slackfake.EventCallback("EvGate", slackfake.DM("D1", "U1", "what are exosomes?", "7.1")))
	evBody, _ := io.ReadAll(ev.Body)
	mk := func() *http.Request {
		return slackfake.SignedRequest(testSecret, h.url(PathEvents), "application/json", evBody, time.Now())
	}
	if code, _ := h.do(mk()); code != http.StatusServiceUnavailable {
		t.Errorf("a request while every slot is held: %d, want 503", code)
	}
	for _, c := range slow {
		c.Close()
	}
	h.waitFor("the slots to free up", func() bool { return h.ad.bodies.InUse() == 0 })
	if code, _ := h.do(mk()); code != http.StatusOK {
		t.Errorf("a request once the slow senders left: %d, want 200", code)
	}
	h.posts(1)
}

func dialRaw(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(waitTimeout))
	t.Cleanup(func() { c.Close() })
	return c
}

func readStatus(t *testing.T, c net.Conn) int {
	t.Helper()
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("reading the response: %v", err)
	}
	resp.Body.Close()
	return resp.StatusCode
}
