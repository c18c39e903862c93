package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"exobot/adapters/slack/slackfake"
	"exobot/bot"
)

// testCatalog is a fixed source and example questions.
type testCatalog struct{}

func (testCatalog) About() bot.About {
	return bot.About{Title: "Exosomes in Skincare: The Next Frontier or Just Hype?", Reviewed: "2026-12-01",
		Sections: []string{"What Are Exosomes in Skincare?", "Dermatologist’s POV: Proceed With Caution", "Bottom Line"}}
}

func (testCatalog) Suggest(_ context.Context, text string, limit int) []bot.Suggestion {
	all := []bot.Suggestion{
		{ID: "what-are-exosomes", Question: "What are exosomes?"},
		{ID: "are-exosomes-fda-approved", Question: "Are exosome skincare products FDA approved?"},
		{ID: "are-exosomes-safe", Question: "Are exosomes safe to use?"},
		{ID: "who-might-benefit", Question: "Who might benefit from exosomes?"},
		{ID: "bottom-line", Question: "What's the bottom line on exosomes in skincare?"},
		{ID: "sixth", Question: "A sixth question?"},
	}
	if text != "" {
		return nil
	}
	return all[:min(limit, len(all))]
}

// goldenJSON compares v, indented, with testdata/name.golden.json.
func goldenJSON(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("%s differs (go test -run %s -update rewrites it):\n%s", path, t.Name(), buf.Bytes())
	}
}

// TestRenderSurfaces_Golden: the Home view, the private answer with its
// Share in channel button, and the shared answer — each within Block
// Kit's limits as the fake checks them.
func TestRenderSurfaces_Golden(t *testing.T) {
	c := testCatalog{}
	home := homeView(c.About(), c.Suggest(context.Background(), "", maxHomeAsk))
	blocks, _ := json.Marshal(home.Blocks)
	if why := slackfake.CheckBlocks(blocks, slackfake.MaxViewBlocks); why != "" {
		t.Errorf("home view: %s", why)
	}
	goldenJSON(t, "render_home", home)

	r := renderCases()["answered"]
	priv := renderPrivate(r)
	shared := renderShared(r, "alice <!channel>")
	for name, m := range map[string]rendered{"private": priv, "shared": shared} {
		b, _ := json.Marshal(m.Blocks)
		if why := slackfake.CheckBlocks(b, slackfake.MaxMessageBlocks); why != "" {
			t.Errorf("%s: %s", name, why)
		}
	}
	goldenJSON(t, "render_private_answered", priv)
	goldenJSON(t, "render_shared_answered", shared)
}

func TestRenderSurfaces_Content(t *testing.T) {
	c := testCatalog{}
	home, _ := json.Marshal(homeView(c.About(), c.Suggest(context.Background(), "", maxHomeAsk)))
	for _, want := range []string{"Exosomes in Skincare: The Next Frontier or Just Hype?", "2026-12-01", "Dermatologist’s POV: Proceed With Caution",
		"Bottom Line", `"value":"are-exosomes-fda-approved"`, "forget me", "never what you wrote", "not a doctor", "Ask exobot", "/exosomes"} {
		if !strings.Contains(string(home), want) {
			t.Errorf("the Home view lacks %q", want)
		}
	}
	if strings.Contains(string(home), "A sixth question?") {
		t.Error("the Home view shows more than five example questions")
	}
	if strings.Contains(string(homeViewJSON(t, bot.About{}, nil)), "Try asking") {
		t.Error("a Home view without examples still has a Try asking heading")
	}
	for name, r := range map[string]bot.Reply{"urgent": renderCases()["urgent"], "no match": renderCases()["no_match"]} {
		if b, _ := json.Marshal(renderPrivate(r)); strings.Contains(string(b), actionShare) {
			t.Errorf("%s: a private %s has a Share button", name, name)
		}
	}
	if b, _ := json.Marshal(renderShared(renderCases()["answered"], "alice <!channel>")); strings.Contains(string(b), "<!channel>") || strings.Contains(string(b), actionShare) {
		t.Errorf("shared answer %s: a raw mention, or a Share button", b)
	}
}

func homeViewJSON(t *testing.T, a bot.About, ex []bot.Suggestion) []byte {
	t.Helper()
	b, err := json.Marshal(homeView(a, ex))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sendEventBody posts a signed Events API body.
func (h *harness) sendEventBody(body []byte) {
	h.t.Helper()
	if code, resp := h.do(slackfake.EventRequest(testSecret, h.url(PathEvents), body)); code != http.StatusOK {
		h.t.Fatalf("event: status %d %q", code, resp)
	}
}

func (h *harness) interact(payload []byte) {
	h.t.Helper()
	if code, resp := h.do(slackfake.InteractionRequest(testSecret, h.url(PathInteractivity), payload)); code != http.StatusOK {
		h.t.Fatalf("interaction: status %d %q", code, resp)
	}
}

// TestHome_PublishedWhenOpened: opening the Home tab publishes the Home
// view to that person; a tab already showing it, the Messages tab and a
// redelivery publish nothing more.
func TestHome_PublishedWhenOpened(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.ad.catalog = testCatalog{}
	h.sendEventBody(slackfake.EventCallbackOf("EvHome1", slackfake.AppHomeOpened("U5", "home", "")))
	calls, err := h.fake.WaitSurface(slackfake.MethodViewsPublish, 1, waitTimeout)
	if err != nil {
		t.Fatal(err)
	}
	v, err := calls[0].View()
	if err != nil {
		t.Fatal(err)
	}
	if calls[0].Form.Get("user_id") != "U5" || v.Type != "home" || len(v.Blocks) == 0 {
		t.Errorf("published %q to %s with %d blocks, want a home view for U5", v.Type, calls[0].Form.Get("user_id"), len(v.Blocks))
	}
	current := v.PrivateMetadata
	h.sendEventBody(slackfake.EventCallbackOf("EvHome1", slackfake.AppHomeOpened("U5", "home", ""))) // redelivered
	h.sendEventBody(slackfake.EventCallbackOf("EvHome2", slackfake.AppHomeOpened("U5", "home", current)))
	h.sendEventBody(slackfake.EventCallbackOf("EvHome3", slackfake.AppHomeOpened("U5", "messages", "")))
	h.sendEventBody(slackfake.EventCallbackOf("EvHome4", slackfake.AppHomeOpened("U6", "home", "exobot-home:stale")))
	if _, err := h.fake.WaitSurface(slackfake.MethodViewsPublish, 2, waitTimeout); err != nil {
		t.Fatal(err)
	}
	h.drain()
	calls = h.fake.Surface(slackfake.MethodViewsPublish)
	if len(calls) != 2 || calls[1].Form.Get("user_id") != "U6" {
		t.Errorf("%d publishes, want 2 (U5's first open and U6's stale tab)", len(calls))
	}
	if len(h.ans.questions()) != 0 {
		t.Error("opening the Home tab asked the answerer something")
	}
}

// TestHome_ExampleAnsweredInTheBotsDM: an example question picked on the
// Home tab is answered in the person's DM with the bot.
func TestHome_ExampleAnsweredInTheBotsDM(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.interact(slackfake.BlockActions(slackfake.Click{ActionID: actionHomeAsk + "1", BlockID: blockHomeAsk, Value: "are-exosomes-fda-approved", UserID: "U5", Home: true}))
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodPostMessage || p.Channel != "U5" || p.ThreadTS != "" {
		t.Errorf("answer posted as %s to %q thread %q, want chat.postMessage to U5 (the bot's DM)", p.Method, p.Channel, p.ThreadTS)
	}
	if diff := cmp.Diff([]bot.Question{{EntryID: "are-exosomes-fda-approved", Platform: "slack", User: "U5"}}, h.ans.questions()); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
}

// TestShortcut_AnswersTheMessagePrivately: the Ask exobot message shortcut
// answers the message's text, privately to the person who used it, with a
// Share in channel button; a message without text gets a private notice;
// other shortcuts and a redelivery are ignored.
func TestShortcut_AnswersTheMessagePrivately(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.interact(slackfake.MessageShortcut(slackfake.Shortcut{CallbackID: "ask_exobot", UserID: "U2", UserName: "bo", Channel: "C1",
		MessageTS: "100.000001", MessageUser: "U3", Text: "<@UBOT> are exosomes FDA approved??", ResponseURL: h.fake.ResponseURL("sc1"), TriggerID: "tr1"}))
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodResponseURL || p.ResponseID != "sc1" || p.ResponseType != "ephemeral" {
		t.Errorf("answer posted as %+v, want an ephemeral response_url post", p)
	}
	if !strings.Contains(string(p.Blocks), actionShare) {
		t.Errorf("the private answer has no Share button: %s", p.Blocks)
	}
	if diff := cmp.Diff([]bot.Question{{Text: "are exosomes FDA approved??", Platform: "slack", User: "U2"}}, h.ans.questions()); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}

	h.interact(slackfake.MessageShortcut(slackfake.Shortcut{CallbackID: "ask_exobot", UserID: "U2", Channel: "C1", Text: "exosomes?", ResponseURL: h.fake.ResponseURL("sc1"), TriggerID: "tr1"}))
	h.interact(slackfake.MessageShortcut(slackfake.Shortcut{CallbackID: "something_else", UserID: "U2", Channel: "C1", Text: "exosomes?", ResponseURL: h.fake.ResponseURL("sc2")}))
	h.interact(slackfake.MessageShortcut(slackfake.Shortcut{CallbackID: "ask_exobot", UserID: "U2", Channel: "C1", Text: "  ", ResponseURL: h.fake.ResponseURL("sc3")}))
	posts := h.posts(2)
	if posts[1].ResponseID != "sc3" || posts[1].Text != noText || posts[1].ResponseType != "ephemeral" {
		t.Errorf("second post %+v, want the private no-text notice", posts[1])
	}
	if len(h.ans.questions()) != 1 {
		t.Errorf("the answerer was asked %d questions, want 1", len(h.ans.questions()))
	}
}

// TestShare_PostsTheAnswerPubliclyNamingTheSharer: a private slash answer
// carries Share in channel; a click posts the entry's answer in the
// channel (in its thread when it was in one), headed by who shared it,
// falling back to the response_url where the bot may not post; an entry
// that can no longer be answered is said so privately.
func TestShare_PostsTheAnswerPubliclyNamingTheSharer(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	cmd := slackfake.SlashCommand{Command: "/exosomes", Text: "what are exosomes?", UserID: "U1", ChannelID: "C1",
		ResponseURL: h.fake.ResponseURL("cmd1"), TriggerID: "trig1"}
	h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
	private := h.posts(1)[0]
	if private.ResponseType != "ephemeral" || !strings.Contains(string(private.Blocks), `"action_id":"exobot_share","value":"what-are-exosomes"`) {
		t.Fatalf("slash answer %+v: want it ephemeral with Share in channel", private)
	}

	share := func(channel, thread, responseID string) {
		h.interact(slackfake.BlockActions(slackfake.Click{ActionID: actionShare, BlockID: blockFeedback, Value: "what-are-exosomes", UserID: "U1",
			UserName: "alice", Channel: channel, MessageTS: "100.000009", ThreadTS: thread, Ephemeral: true, ResponseURL: h.fake.ResponseURL(responseID)}))
	}
	share("C1", "", "share1")
	p := h.posts(2)[1]
	if p.Method != slackfake.MethodPostMessage || p.Channel != "C1" || p.ThreadTS != "" {
		t.Errorf("shared as %s to %s thread %q, want chat.postMessage in C1", p.Method, p.Channel, p.ThreadTS)
	}
	if text := blocksText(t, p); !strings.Contains(text, "Shared by *alice*") || !strings.Contains(text, "Answer for what-are-exosomes.") || strings.Contains(string(p.Blocks), actionShare) {
		t.Errorf("shared answer %s: want the answer headed by alice, without Share", p.Blocks)
	}

	share("C1", "100.000001", "share2")
	if p := h.posts(3)[2]; p.ThreadTS != "100.000001" {
		t.Errorf("shared in thread %q, want the private message's thread", p.ThreadTS)
	}

	h.fake.Fail(slackfake.MethodPostMessage, 1, slackfake.Fault{SlackError: "not_in_channel"})
	share("C9", "", "share3")
	if p := h.posts(4)[3]; p.Method != slackfake.MethodResponseURL || p.ResponseID != "share3" || p.ResponseType != "in_channel" {
		t.Errorf("shared as %+v, want the response_url in_channel where the bot may not post", p)
	}

	want := []bot.Question{{Text: "what are exosomes?", Platform: "slack", User: "U1"}}
	for range 3 {
		want = append(want, bot.Question{EntryID: "what-are-exosomes", Platform: "slack", User: "U1"})
	}
	if diff := cmp.Diff(want, h.ans.questions()); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
}

func TestShare_AnEntryNoLongerAnsweredIsSaidPrivately(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	h.ad.answerer = answererFunc(func(context.Context, bot.Question) bot.Reply {
		return bot.Reply{Status: bot.StatusNoMatch, Answer: "not sure", Disclaimer: testDisclaimer}
	})
	h.interact(slackfake.BlockActions(slackfake.Click{ActionID: actionShare, BlockID: blockFeedback, Value: "gone", UserID: "U1",
		Channel: "C1", MessageTS: "100.000009", Ephemeral: true, ResponseURL: h.fake.ResponseURL("gone")}))
	p := h.posts(1)[0]
	if p.Method != slackfake.MethodResponseURL || p.ResponseType != "ephemeral" || p.Text != sharedGone {
		t.Errorf("posted %+v, want the private notice", p)
	}
}

// TestSlash_UrgentReplyStaysPrivateWhenSlashAnswersArePublic: with
// SLACK_SLASH_EPHEMERAL=false an urgent-care reply is still only for the
// person who asked.
func TestSlash_UrgentReplyStaysPrivateWhenSlashAnswersArePublic(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, inChannel: true})
	h.ad.answerer = answererFunc(func(_ context.Context, q bot.Question) bot.Reply {
		if strings.Contains(q.Text, "throat") {
			return bot.Reply{Status: bot.StatusUrgent, Answer: "Call your local emergency number now.", Disclaimer: testDisclaimer}
		}
		return answeredReply("what-are-exosomes", "Exosomes are tiny vesicles.")
	})
	for i, text := range []string{"my throat is closing", "what are exosomes"} {
		cmd := slackfake.SlashCommand{Command: "/exosomes", Text: text, UserID: "U1", ChannelID: "C1",
			ResponseURL: h.fake.ResponseURL("u" + itoa(i)), TriggerID: "tu" + itoa(i)}
		h.do(slackfake.CommandRequest(testSecret, h.url(PathCommands), cmd))
		if _, err := h.fake.WaitPosts(i+1, waitTimeout); err != nil {
			t.Fatal(err)
		}
	}
	posts := h.posts(2)
	byID := map[string]slackfake.Post{posts[0].ResponseID: posts[0], posts[1].ResponseID: posts[1]}
	if byID["u0"].ResponseType != "ephemeral" || strings.Contains(string(byID["u0"].Blocks), actionShare) {
		t.Errorf("urgent reply %+v, want it ephemeral without Share", byID["u0"])
	}
	if byID["u1"].ResponseType != "in_channel" {
		t.Errorf("ordinary answer %q, want in_channel as configured", byID["u1"].ResponseType)
	}
}
