package discord

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

// privacyEnv is an HTTP-interactions adapter with /ask private (the
// default) or public (DISCORD_ASK_EPHEMERAL=false).
func privacyEnv(t *testing.T, askPublic bool) *httpEnv {
	t.Helper()
	srv := discordfake.New(discordfake.Options{})
	t.Cleanup(srv.Close)
	signer := discordfake.NewSigner([]byte(t.Name()))
	log, logs := newTestLogger()
	e := &httpEnv{srv: srv, signer: signer, ans: newFakeAnswerer(), metrics: newFakeMetrics(), logs: logs, runErr: make(chan error, 1)}
	a, err := New(Config{PublicKey: signer.PublicKeyHex(), APIURL: srv.APIURL, AskPublic: askPublic}, e.ans,
		Options{Logger: log, Metrics: e.metrics, ReplyTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	a.deferAfter = 200 * time.Millisecond
	e.a = a
	mux := http.NewServeMux()
	a.Register(mux)
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)
	e.url = hs.URL + "/discord/interactions"
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	go func() { e.runErr <- a.Run(ctx) }()
	t.Cleanup(cancel)
	waitUntil(t, "Run has started", a.Ready)
	return e
}

func ephemeral(d payload) bool {
	f, _ := d["flags"].(float64)
	return int(f)&discordfake.FlagEphemeral != 0
}

// TestInteractions_PrivateByDefaultSharedOnPurpose: health questions are
// personal. /ask answers privately unless DISCORD_ASK_EPHEMERAL=false; Ask
// exobot and suggested questions always do; an urgent reply is private
// whatever asked for it; in the bot's own DM nothing is hidden. A private
// answer carries a Share button (not an urgent reply, not in the bot's
// DM), and Share posts the entry's answer publicly naming the sharer.
func TestInteractions_PrivateByDefaultSharedOnPurpose(t *testing.T) {
	ask := func(id, question string) discordfake.Interaction {
		return discordfake.Interaction{ID: id, Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
			CommandName: "ask", Options: map[string]string{"question": question}}
	}
	inDM := func(in discordfake.Interaction) discordfake.Interaction { in.GuildID = ""; return in }
	inGroupDM := func(in discordfake.Interaction) discordfake.Interaction {
		in.GuildID, in.Context = "", discordfake.Ctx(discordfake.ContextPrivateChannel)
		return in
	}
	askMessage := func(id, content string) discordfake.Interaction {
		return discordfake.Interaction{ID: id, Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
			CommandName: "Ask exobot", CommandType: 3,
			Target: &discordfake.Message{ID: "8001", ChannelID: "2001", GuildID: "3001", Author: discordfake.User{ID: "600", Username: "bob"}, Content: content}}
	}
	button := func(id, customID string) discordfake.Interaction {
		return discordfake.Interaction{ID: id, Type: discordfake.InteractionComponent, GuildID: "3001", ChannelID: "2001",
			CustomID: customID, MessageID: "9001", MessageFlags: discordfake.FlagEphemeral, Nick: "Ali"}
	}
	tests := []struct {
		name      string
		askPublic bool
		in        discordfake.Interaction
		asked     func(bot.Question) bool
		private   bool
		share     bool   // a Share button
		content   string // a plain private notice instead of an answer
		author    string // the embed's author
	}{
		{name: "/ask in a server", in: ask("1", "what are exosomes #1"), asked: text("what are exosomes #1"), private: true, share: true},
		{name: "/ask in a server, DISCORD_ASK_EPHEMERAL=false", askPublic: true, in: ask("2", "what are exosomes #2"), asked: text("what are exosomes #2")},
		{name: "/ask urgent, DISCORD_ASK_EPHEMERAL=false", askPublic: true, in: ask("3", "urgent help #3"), asked: text("urgent help #3"), private: true},
		{name: "/ask urgent, private", in: ask("4", "urgent help #4"), asked: text("urgent help #4"), private: true},
		{name: "/ask in the bot's DM", in: inDM(ask("5", "what are exosomes #5")), asked: text("what are exosomes #5")},
		{name: "/ask urgent in the bot's DM", in: inDM(ask("6", "urgent help #6")), asked: text("urgent help #6")},
		{name: "/ask in a group DM (user install)", in: inGroupDM(ask("7", "what are exosomes #7")), asked: text("what are exosomes #7"), private: true, share: true},
		{name: "Ask exobot on a message, even with /ask public", askPublic: true, in: askMessage("8", "are exosomes FDA approved??"),
			asked: text("are exosomes FDA approved??"), private: true, share: true},
		{name: "Ask exobot on a message in a group DM", in: inGroupDM(askMessage("9", "are they safe #9")), asked: text("are they safe #9"), private: true, share: true},
		{name: "Ask exobot on a message without text", in: askMessage("10", ""), private: true, content: textNoText},
		{name: "suggested question under a private answer", in: button("11", "ask:"+entryRetinol), asked: entry(entryRetinol), private: true, share: true},
		{name: "Share posts the answer publicly, naming the sharer", in: button("12", "share:"+entryRetinol), asked: entry(entryRetinol), author: "Shared by Ali"},
		{name: "Share of an entry no longer answered", in: button("13", "share:"+entryGone), asked: entry(entryGone), private: true, content: textUnknownEntry},
	}
	envs := map[bool]*httpEnv{false: privacyEnv(t, false), true: privacyEnv(t, true)}
	now := time.Now()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := envs[tt.askPublic]
			status, p := e.post(t, e.interaction(tt.in), now)
			if status != 200 || p["type"] != float64(4) {
				t.Fatalf("→ %d %v, want 200 with type 4", status, p)
			}
			if tt.asked != nil && !e.ans.calledWith(tt.asked) {
				t.Error("the answerer was not asked the expected question")
			}
			d := p["data"].(map[string]any)
			assertNoMentions(t, tt.name, d)
			if ephemeral(d) != tt.private {
				t.Errorf("ephemeral = %v, want %v", ephemeral(d), tt.private)
			}
			if tt.content != "" {
				if d["content"] != tt.content {
					t.Errorf("content = %q, want %q", d["content"], tt.content)
				}
				return
			}
			ids := customIDs(d)
			if hasShare := slices.ContainsFunc(ids, func(id string) bool { return strings.HasPrefix(id, "share:") }); hasShare != tt.share {
				t.Errorf("buttons %v: Share button %v, want %v", ids, hasShare, tt.share)
			}
			em := firstEmbed(t, d)
			author, _ := em["author"].(map[string]any)
			if name, _ := author["name"].(string); name != tt.author {
				t.Errorf("embed author %q, want %q", name, tt.author)
			}
		})
	}
}

func text(s string) func(bot.Question) bool {
	return func(q bot.Question) bool { return q.Text == s && q.User == alice.ID }
}

func entry(id string) func(bot.Question) bool {
	return func(q bot.Question) bool { return q.EntryID == id && q.Text == "" && q.User == alice.ID }
}

// TestInteractions_SlowPrivateAnswersStayPrivate: a slow answer is
// deferred privately when it will be private; and an urgent reply behind a
// public deferral (/ask public) never appears in the channel: the
// placeholder is deleted and the reply sent as a private follow-up.
func TestInteractions_SlowPrivateAnswersStayPrivate(t *testing.T) {
	now := time.Now()
	t.Run("private /ask deferred privately, then edited", func(t *testing.T) {
		e := privacyEnv(t, false)
		status, p := e.post(t, e.interaction(discordfake.Interaction{ID: "21", Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
			CommandName: "ask", Options: map[string]string{"question": "slow one"}}), now)
		if status != 200 || p["type"] != float64(5) || !ephemeral(p["data"].(map[string]any)) {
			t.Fatalf("→ %d %v, want a private deferral (type 5, flags 64)", status, p)
		}
		e.ans.release("slow one")
		reqs, err := e.srv.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteEditWebhookMsg))
		if err != nil {
			t.Fatal(err)
		}
		if ids := customIDs(decode(t, reqs[0].Body)); !slices.Contains(ids, "share:"+entryExosomes) {
			t.Errorf("edited answer's buttons %v, want a Share button", ids)
		}
	})
	t.Run("urgent behind a public deferral becomes a private follow-up", func(t *testing.T) {
		e := privacyEnv(t, true)
		status, p := e.post(t, e.interaction(discordfake.Interaction{ID: "22", Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
			CommandName: "ask", Options: map[string]string{"question": "slow and urgent"}}), now)
		if status != 200 || p["type"] != float64(5) || ephemeral(p["data"].(map[string]any)) {
			t.Fatalf("→ %d %v, want a public deferral", status, p)
		}
		e.ans.release("slow and urgent")
		reqs, err := e.srv.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteFollowup))
		if err != nil {
			t.Fatal(err)
		}
		d := decode(t, reqs[0].Body)
		if !ephemeral(d) || !strings.Contains(firstEmbed(t, d)["description"].(string), "emergency") {
			t.Errorf("follow-up %v, want the urgent reply, ephemeral", d)
		}
		var deleted, edited bool
		for _, r := range e.srv.Requests() {
			switch {
			case r.Route == discordfake.RouteDeleteWebhookMsg && r.Params["token"] == "htoken-22" && r.Params["message"] == "@original":
				deleted = true
				if r.Seq > reqs[0].Seq {
					t.Error("the placeholder was deleted after the follow-up was sent")
				}
			case r.Route == discordfake.RouteEditWebhookMsg:
				edited = true
			}
		}
		if !deleted || edited {
			t.Errorf("placeholder deleted %v, edited %v: want it deleted, never edited with the urgent reply", deleted, edited)
		}
	})
}
