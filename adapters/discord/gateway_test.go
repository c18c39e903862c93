package discord

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

var alice = discordfake.User{ID: "500000000000000001", Username: "alice"}

// gatewayEnv is one adapter with a gateway session against the fake.
// discordgo's Close sleeps a second, so the gateway behaviours share one
// session and run in order as subtests.
type gatewayEnv struct {
	srv     *discordfake.Server
	a       *Adapter
	ans     *fakeAnswerer
	metrics *fakeMetrics
	logs    *syncBuffer
	cancel  context.CancelFunc
	runErr  chan error
}

func startGateway(t *testing.T, configure ...func(*Config)) *gatewayEnv {
	t.Helper()
	srv := discordfake.New(discordfake.Options{BotToken: testToken, HeartbeatInterval: 250 * time.Millisecond})
	t.Cleanup(srv.Close)
	log, logs := newTestLogger()
	e := &gatewayEnv{srv: srv, ans: newFakeAnswerer(), metrics: newFakeMetrics(), logs: logs, runErr: make(chan error, 1)}
	cfg := Config{BotToken: testToken, APIURL: srv.APIURL, GuildID: "300000000000000001"}
	for _, f := range configure {
		f(&cfg)
	}
	a, err := New(cfg, e.ans, Options{Logger: log, Metrics: e.metrics, ReplyTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	a.deferAfter = 300 * time.Millisecond
	a.rest.policy = retryPolicy{attempts: 4, backoff: 10 * time.Millisecond, maxWait: time.Second}
	e.a = a
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	go func() { e.runErr <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-e.runErr:
		case <-time.After(waitLong):
			t.Error("Run did not return after cancel")
		}
	})
	return e
}

// replyIn waits for the n-th successful message posted to channel.
func (e *gatewayEnv) replyIn(t *testing.T, channel string, n int) discordfake.Request {
	t.Helper()
	reqs, err := e.srv.Wait(n, waitLong, func(r discordfake.Request) bool {
		return r.Route == discordfake.RouteCreateMessage && r.Params["channel"] == channel && r.Status == 200
	})
	if err != nil {
		t.Fatalf("reply in channel %s: %v", channel, err)
	}
	return reqs[n-1]
}

// callback waits for the interaction callback of interaction id.
func (e *gatewayEnv) callback(t *testing.T, id string) payload {
	t.Helper()
	reqs, err := e.srv.Wait(1, waitLong, func(r discordfake.Request) bool {
		return r.Route == discordfake.RouteCallback && r.Params["interaction"] == id && r.Status == 204
	})
	if err != nil {
		t.Fatalf("callback for %s: %v", id, err)
	}
	return decode(t, reqs[0].Body)
}

func (e *gatewayEnv) message(t *testing.T, m discordfake.Message) {
	t.Helper()
	if m.Type == 0 && m.Author.ID == "" {
		m.Author = alice
	}
	if _, err := e.srv.Gateway.DispatchMessage(m); err != nil {
		t.Fatalf("dispatch %s: %v", m.ID, err)
	}
}

func (e *gatewayEnv) interaction(t *testing.T, in discordfake.Interaction) {
	t.Helper()
	in.AppID = e.srv.AppID()
	if in.User.ID == "" {
		in.User = alice
	}
	if in.Token == "" {
		in.Token = "itoken-" + in.ID
	}
	if _, err := e.srv.Gateway.DispatchInteraction(in); err != nil {
		t.Fatalf("dispatch interaction %s: %v", in.ID, err)
	}
}

func TestGateway(t *testing.T) {
	e := startGateway(t)
	srv := e.srv
	botUser := srv.BotUser()
	mention := "<@" + botUser.ID + ">"

	ids, err := srv.Gateway.WaitIdentify(1, waitLong)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("IdentifiesWithTokenAndIntents", func(t *testing.T) {
		id := ids[0]
		if id.Token != "Bot "+testToken {
			t.Errorf("IDENTIFY token is not the configured bot token")
		}
		want := int(discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent)
		if id.Intents != want {
			t.Errorf("intents = %d, want %d (guild messages, direct messages, message content)", id.Intents, want)
		}
		if id.Shard != nil {
			t.Errorf("shard = %v, want none when unsharded", *id.Shard)
		}
	})

	t.Run("RegistersAskToGuildAtStart", func(t *testing.T) {
		reqs, err := srv.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteGuildCommands))
		if err != nil {
			t.Fatal(err)
		}
		r := reqs[0]
		if r.Params["app"] != srv.AppID() || r.Params["guild"] != "300000000000000001" {
			t.Errorf("registered to %v, want app %s guild 300000000000000001", r.Params, srv.AppID())
		}
		var cmds []struct {
			Name    string `json:"name"`
			Type    int    `json:"type"`
			Options []struct {
				Name     string `json:"name"`
				Type     int    `json:"type"`
				Required bool   `json:"required"`
			} `json:"options"`
		}
		if err := r.Decode(&cmds); err != nil {
			t.Fatal(err)
		}
		if len(cmds) != 2 || cmds[0].Name != "ask" || cmds[0].Type != 1 || len(cmds[0].Options) != 1 ||
			cmds[0].Options[0].Name != "question" || cmds[0].Options[0].Type != 3 || !cmds[0].Options[0].Required ||
			cmds[1].Name != "Ask exobot" || cmds[1].Type != 3 {
			t.Errorf("commands = %+v, want /ask with one required string option \"question\" and the Ask exobot message command", cmds)
		}
		for _, r := range srv.Requests() {
			if r.Route == discordfake.RouteCurrentApp {
				t.Errorf("looked the application id up although READY carried it")
			}
		}
	})

	t.Run("ReadyAfterHeartbeats", func(t *testing.T) {
		// discordgo marks the session ready after its first heartbeat; the
		// second proves the first was sent.
		if _, err := srv.Gateway.WaitFrames(2, waitLong, discordfake.Op(discordfake.OpHeartbeat)); err != nil {
			t.Fatal(err)
		}
		if !e.a.Ready() {
			t.Error("Ready() = false with a connected gateway")
		}
	})

	t.Run("MentionAnsweredAsReplyWithCitationAndDisclaimer", func(t *testing.T) {
		e.message(t, discordfake.Message{ID: "1001", ChannelID: "2001", GuildID: "3001",
			Content: mention + "  what are exosomes?", Mentions: []discordfake.User{botUser}})
		q := e.ans.waitAsked(t, func(q bot.Question) bool { return q.User == alice.ID && strings.Contains(q.Text, "exosomes") })
		if q.Text != "what are exosomes?" || q.Platform != "discord" || q.EntryID != "" {
			t.Errorf("question = %+v, want the mention stripped, platform discord", q)
		}
		p := decode(t, e.replyIn(t, "2001", 1).Body)
		ref, _ := p["message_reference"].(map[string]any)
		if ref["message_id"] != "1001" || ref["channel_id"] != "2001" {
			t.Errorf("message_reference = %v, want a reply to 1001 in 2001", ref)
		}
		em := firstEmbed(t, p)
		if !strings.Contains(em["description"].(string), "tiny vesicles") {
			t.Errorf("description = %q, want the answer", em["description"])
		}
		fields, _ := em["fields"].([]any)
		if len(fields) == 0 {
			t.Fatalf("no fields in %v", em)
		}
		f0 := fields[0].(map[string]any)
		if !strings.Contains(f0["name"].(string), "What exosomes are") || !strings.Contains(f0["value"].(string), "nano-sized extracellular vesicles") {
			t.Errorf("citation field = %v, want the section heading and the quoted words", f0)
		}
		if footer, _ := em["footer"].(map[string]any); footer["text"] != "General information, not medical advice." {
			t.Errorf("footer = %v, want the disclaimer", em["footer"])
		}
		got := customIDs(p)
		want := []string{"ask:" + entryRetinol, "fb:y:" + entryExosomes, "fb:n:" + entryExosomes}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("buttons = %v, want %v", got, want)
		}
	})

	t.Run("NicknameMentionInThreadAnsweredInThread", func(t *testing.T) {
		e.message(t, discordfake.Message{ID: "1002", ChannelID: "thread-2002", GuildID: "3001",
			Content: "<@!" + botUser.ID + "> is it safe?", Mentions: []discordfake.User{botUser}})
		q := e.ans.waitAsked(t, func(q bot.Question) bool { return strings.Contains(q.Text, "safe") })
		if q.Text != "is it safe?" {
			t.Errorf("question text = %q, want the <@!id> mention stripped", q.Text)
		}
		p := decode(t, e.replyIn(t, "thread-2002", 1).Body)
		if ref, _ := p["message_reference"].(map[string]any); ref["message_id"] != "1002" {
			t.Errorf("message_reference = %v, want a reply to 1002", ref)
		}
	})

	t.Run("DirectMessageAnsweredWithoutMention", func(t *testing.T) {
		e.message(t, discordfake.Message{ID: "1003", ChannelID: "dm-2003", Content: "do exosomes help acne?"})
		q := e.ans.waitAsked(t, func(q bot.Question) bool { return strings.Contains(q.Text, "acne") })
		if q.Text != "do exosomes help acne?" {
			t.Errorf("question text = %q", q.Text)
		}
		e.replyIn(t, "dm-2003", 1)
	})

	t.Run("BotsOwnWebhookSystemAndUnmentionedMessagesIgnored", func(t *testing.T) {
		other := discordfake.User{ID: "600000000000000001", Username: "otherbot", Bot: true}
		ignored := []discordfake.Message{
			{ID: "1101", ChannelID: "2100", GuildID: "3001", Author: other, Content: mention + " what are exosomes?", Mentions: []discordfake.User{botUser}},
			{ID: "1102", ChannelID: "2100", GuildID: "3001", Author: botUser, Content: mention + " echo"},
			{ID: "1103", ChannelID: "2100", GuildID: "3001", Author: alice, WebhookID: "777", Content: mention + " hook", Mentions: []discordfake.User{botUser}},
			{ID: "1104", ChannelID: "2100", GuildID: "3001", Author: alice, Type: discordfake.MessageTypeGuildJoin, Content: ""},
			{ID: "1105", ChannelID: "2100", GuildID: "3001", Author: alice, Content: "chatting about exosomes, no mention"},
			{ID: "1106", ChannelID: "dm-2100", Author: other, Content: "bot in a DM"},
		}
		for _, m := range ignored {
			e.message(t, m)
		}
		// Events are handled in order, so once the sentinel is answered the
		// messages before it have been decided.
		e.message(t, discordfake.Message{ID: "1199", ChannelID: "2100", GuildID: "3001", Content: mention + " sentinel", Mentions: []discordfake.User{botUser}})
		p := decode(t, e.replyIn(t, "2100", 1).Body)
		if ref, _ := p["message_reference"].(map[string]any); ref["message_id"] != "1199" {
			t.Errorf("first reply in the channel is to %v, want the sentinel 1199", ref)
		}
		for _, r := range srv.Requests() {
			if r.Route != discordfake.RouteCreateMessage {
				continue
			}
			ref, _ := decode(t, r.Body)["message_reference"].(map[string]any)
			if id, _ := ref["message_id"].(string); id >= "1101" && id <= "1106" {
				t.Errorf("replied to ignored message %s", id)
			}
		}
		if e.ans.calledWith(func(q bot.Question) bool {
			return q.User == other.ID || q.Text == "echo" || q.Text == "hook" || strings.Contains(q.Text, "no mention")
		}) {
			t.Error("the answerer was asked an ignored message")
		}
	})

	t.Run("AskCommandAnsweredDirectly", func(t *testing.T) {
		e.interaction(t, discordfake.Interaction{ID: "4001", Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
			CommandName: "ask", Options: map[string]string{"question": "  what are exosomes  "}})
		q := e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "what are exosomes" })
		if q.User != alice.ID || q.Platform != "discord" {
			t.Errorf("question = %+v, want alice on discord", q)
		}
		p := e.callback(t, "4001")
		if p["type"] != float64(4) {
			t.Fatalf("callback type = %v, want 4 (message)", p["type"])
		}
		d := p["data"].(map[string]any)
		if em := firstEmbed(t, d); !strings.Contains(em["description"].(string), "tiny vesicles") {
			t.Errorf("embed = %v", em)
		}
		if flags, _ := d["flags"].(float64); int(flags)&64 == 0 {
			t.Error("the answer to /ask in a server is public; want it private (ephemeral) by default")
		}
		if ids := customIDs(d); !slices.Contains(ids, "share:"+entryExosomes) {
			t.Errorf("buttons %v: the private answer has no Share button", ids)
		}
	})

	t.Run("SlowAskDeferredThenEdited", func(t *testing.T) {
		e.interaction(t, discordfake.Interaction{ID: "4002", Type: discordfake.InteractionCommand, ChannelID: "dm-2003",
			CommandName: "ask", Options: map[string]string{"question": "slow question"}})
		p := e.callback(t, "4002")
		if p["type"] != float64(5) {
			t.Fatalf("callback type = %v, want 5 (deferred) for a slow answer", p["type"])
		}
		e.ans.release("slow question")
		reqs, err := srv.Wait(1, waitLong, func(r discordfake.Request) bool {
			return r.Route == discordfake.RouteEditWebhookMsg && r.Params["token"] == "itoken-4002"
		})
		if err != nil {
			t.Fatal(err)
		}
		r := reqs[0]
		if r.Params["app"] != srv.AppID() || r.Params["message"] != "@original" {
			t.Errorf("edit %s, want webhooks/%s/<token>/messages/@original", r.Path, srv.AppID())
		}
		if em := firstEmbed(t, decode(t, r.Body)); !strings.Contains(em["description"].(string), "tiny vesicles") {
			t.Errorf("edited embed = %v", em)
		}
	})

	t.Run("SuggestedQuestionButtonAsksByEntryID", func(t *testing.T) {
		e.interaction(t, discordfake.Interaction{ID: "4003", Type: discordfake.InteractionComponent, GuildID: "3001", ChannelID: "2001",
			CustomID: "ask:" + entryRetinol, MessageID: "9001"})
		q := e.ans.waitAsked(t, func(q bot.Question) bool { return q.EntryID == entryRetinol })
		if q.Text != "" || q.User != alice.ID || q.Platform != "discord" {
			t.Errorf("question = %+v, want EntryID only, from alice", q)
		}
		p := e.callback(t, "4003")
		d := p["data"].(map[string]any)
		if p["type"] != float64(4) || !strings.Contains(firstEmbed(t, d)["title"].(string), entryRetinol) {
			t.Errorf("callback = %v, want the entry's answer", p)
		}
	})

	t.Run("FeedbackButtonRecordedAndAcknowledged", func(t *testing.T) {
		e.interaction(t, discordfake.Interaction{ID: "4004", Type: discordfake.InteractionComponent, GuildID: "3001", ChannelID: "2001",
			CustomID: "fb:n:" + entryExosomes, MessageID: "9001"})
		p := e.callback(t, "4004")
		d := p["data"].(map[string]any)
		if p["type"] != float64(4) || d["content"] != textFeedback || int(d["flags"].(float64))&64 == 0 {
			t.Errorf("callback = %v, want an ephemeral thank-you", p)
		}
		if n := e.metrics.get("feedback discord " + entryExosomes + " false"); n != 1 {
			t.Errorf("feedback metric = %d, want 1", n)
		}
		if !strings.Contains(e.logs.String(), "discord: feedback") {
			t.Error("no feedback log line")
		}
	})

	t.Run("RateLimitedTwiceThenReplyArrives", func(t *testing.T) {
		srv.AddFault(discordfake.Fault{Route: discordfake.RouteCreateMessage, Times: 2, Status: 429, RetryAfter: 30 * time.Millisecond})
		e.message(t, discordfake.Message{ID: "1201", ChannelID: "2201", GuildID: "3001", Content: mention + " rate me", Mentions: []discordfake.User{botUser}})
		e.replyIn(t, "2201", 1)
		limited := 0
		for _, r := range srv.Requests() {
			if r.Route == discordfake.RouteCreateMessage && r.Params["channel"] == "2201" && r.Status == 429 {
				limited++
			}
		}
		if limited != 2 {
			t.Errorf("429s answered = %d, want 2", limited)
		}
		if n := e.metrics.get("retry discord send_message"); n != 2 {
			t.Errorf("retry metric = %d, want 2", n)
		}
	})

	t.Run("PanicInAnswererRecoveredAndSessionKeepsWorking", func(t *testing.T) {
		e.message(t, discordfake.Message{ID: "1301", ChannelID: "2301", GuildID: "3001", Content: mention + " panic now", Mentions: []discordfake.User{botUser}})
		p := decode(t, e.replyIn(t, "2301", 1).Body)
		if p["content"] != textApology {
			t.Errorf("reply after a panic = %v, want the apology", p["content"])
		}
		if logs := e.logs.String(); !strings.Contains(logs, "panic while answering") || !strings.Contains(logs, "message_id=1301") {
			t.Error("the panic was not logged with the message id")
		}
		e.message(t, discordfake.Message{ID: "1302", ChannelID: "2301", GuildID: "3001", Content: mention + " still there?", Mentions: []discordfake.User{botUser}})
		p = decode(t, e.replyIn(t, "2301", 2).Body)
		if ref, _ := p["message_reference"].(map[string]any); ref["message_id"] != "1302" {
			t.Errorf("second reply = %v, want the answer to 1302", ref)
		}
	})

	t.Run("SilentReplyPostsNothing", func(t *testing.T) {
		e.message(t, discordfake.Message{ID: "1401", ChannelID: "2401", GuildID: "3001", Content: mention + " silent please", Mentions: []discordfake.User{botUser}})
		e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "silent please" })
		e.message(t, discordfake.Message{ID: "1402", ChannelID: "2401", GuildID: "3001", Content: mention + " after", Mentions: []discordfake.User{botUser}})
		p := decode(t, e.replyIn(t, "2401", 1).Body)
		if ref, _ := p["message_reference"].(map[string]any); ref["message_id"] != "1402" {
			t.Errorf("first reply in the channel answers %v, want 1402 (the silent one posts nothing)", ref)
		}
	})

	t.Run("DrainWaitsForInFlightReply", func(t *testing.T) {
		e.message(t, discordfake.Message{ID: "1501", ChannelID: "2501", GuildID: "3001", Content: mention + " slow drain", Mentions: []discordfake.User{botUser}})
		e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "slow drain" })
		short, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		if err := e.a.Drain(short); err == nil {
			t.Fatal("Drain returned nil with a reply in flight")
		}
		drained := make(chan error, 1)
		go func() { drained <- e.a.Drain(context.Background()) }()
		e.ans.release("slow drain")
		select {
		case err := <-drained:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(waitLong):
			t.Fatal("Drain did not return after the reply was sent")
		}
		// No waiting: Drain returned, so the reply must already be recorded.
		found := false
		for _, r := range srv.Requests() {
			if r.Route == discordfake.RouteCreateMessage && r.Params["channel"] == "2501" && r.Status == 200 {
				found = true
			}
		}
		if !found {
			t.Error("Drain returned before the in-flight reply was sent")
		}
	})

	t.Run("DroppedConnectionResumesAndAnswersAgain", func(t *testing.T) {
		sessionID := srv.Gateway.SessionID()
		if !srv.Gateway.Drop() {
			t.Fatal("no connection to drop")
		}
		// Sent while disconnected: Discord (and the fake) replay it on RESUME.
		if _, err := srv.Gateway.DispatchMessage(discordfake.Message{ID: "1601", ChannelID: "2601", GuildID: "3001", Author: alice,
			Content: mention + " missed while away", Mentions: []discordfake.User{botUser}}); err != discordfake.ErrNotConnected {
			t.Fatalf("dispatch while dropped: err = %v, want ErrNotConnected", err)
		}
		rs, err := srv.Gateway.WaitResume(1, waitLong)
		if err != nil {
			t.Fatal(err)
		}
		if rs[0].SessionID != sessionID || rs[0].Token != "Bot "+testToken || rs[0].Seq <= 0 {
			t.Errorf("RESUME = session %q seq %d, want session %q and the last sequence number", rs[0].SessionID, rs[0].Seq, sessionID)
		}
		e.replyIn(t, "2601", 1)
		e.message(t, discordfake.Message{ID: "1602", ChannelID: "2602", GuildID: "3001", Content: mention + " after resume", Mentions: []discordfake.User{botUser}})
		e.replyIn(t, "2602", 1)
		if n := len(srv.Gateway.Frames()); n == 0 {
			t.Fatal("no frames")
		}
		identifies := 0
		for _, f := range srv.Gateway.Frames() {
			if f.Op == discordfake.OpIdentify {
				identifies++
			}
		}
		if identifies != 1 {
			t.Errorf("IDENTIFY sent %d times, want 1 (a resume, not a new session)", identifies)
		}
	})

	t.Run("ShutdownClosesGateway", func(t *testing.T) {
		e.cancel()
		select {
		case err := <-e.runErr:
			if err != nil {
				t.Errorf("Run returned %v after cancel, want nil", err)
			}
			e.runErr <- nil // for the cleanup
		case <-time.After(waitLong):
			t.Fatal("Run did not return after cancel")
		}
		if e.a.Ready() {
			t.Error("Ready() = true after shutdown")
		}
	})

	t.Run("AllowedMentionsEmptyEverywhere", func(t *testing.T) {
		if n := assertAllOutgoingHaveNoMentions(t, srv); n < 10 {
			t.Errorf("checked %d outgoing payloads, expected at least 10", n)
		}
	})

	t.Run("LogsCarryNoTextOrToken", func(t *testing.T) {
		logs := e.logs.String()
		for _, secret := range []string{testToken, "what are exosomes", "is it safe", "acne", "itoken-"} {
			if strings.Contains(logs, secret) {
				t.Errorf("logs contain %q", secret)
			}
		}
		if !strings.Contains(logs, "reply posted") {
			t.Error("no reply log lines at all")
		}
	})
}
