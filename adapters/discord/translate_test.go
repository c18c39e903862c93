package discord

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

const botID = "100000000000000001"

func TestStripMention(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@" + botID + "> what are exosomes?", "what are exosomes?"},
		{"<@!" + botID + ">what are exosomes?", "what are exosomes?"},
		{"hey <@" + botID + ">, are they safe?", "hey , are they safe?"},
		{"<@" + botID + "> <@!" + botID + "> twice", "twice"},
		{"ask <@200000000000000002> too", "ask <@200000000000000002> too"}, // other users are kept
		{"<@&" + botID + "> role form stays", "<@&" + botID + "> role form stays"},
		{"  spaced   out\n\n<@" + botID + ">\n second line ", "spaced out\nsecond line"},
		{"<@" + botID + ">", ""},
		{"no mention", "no mention"},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, botID); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuestionFromMessage(t *testing.T) {
	human := &discordgo.User{ID: "500", Username: "alice"}
	me := &discordgo.User{ID: botID, Bot: true}
	msg := func(f func(m *discordgo.Message)) *discordgo.Message {
		m := &discordgo.Message{ID: "1", ChannelID: "2", GuildID: "3", Author: human,
			Content: "<@" + botID + "> what are exosomes?", Mentions: []*discordgo.User{me}}
		f(m)
		return m
	}
	tests := []struct {
		name string
		m    *discordgo.Message
		want bot.Question
		ok   bool
	}{
		{"mention in a guild", msg(func(*discordgo.Message) {}), bot.Question{Text: "what are exosomes?", Platform: "discord", User: "500"}, true},
		{"mention in content only", msg(func(m *discordgo.Message) { m.Mentions = nil }), bot.Question{Text: "what are exosomes?", Platform: "discord", User: "500"}, true},
		{"reply that pings the bot", msg(func(m *discordgo.Message) { m.Content = "and retinol?"; m.Type = discordgo.MessageTypeReply }),
			bot.Question{Text: "and retinol?", Platform: "discord", User: "500"}, true},
		{"direct message", msg(func(m *discordgo.Message) { m.GuildID = ""; m.Mentions = nil; m.Content = "hello" }),
			bot.Question{Text: "hello", Platform: "discord", User: "500"}, true},
		{"guild message without mention", msg(func(m *discordgo.Message) { m.Mentions = nil; m.Content = "exosomes!" }), bot.Question{}, false},
		{"another bot", msg(func(m *discordgo.Message) { m.Author = &discordgo.User{ID: "600", Bot: true} }), bot.Question{}, false},
		{"another bot in a DM", msg(func(m *discordgo.Message) { m.GuildID = ""; m.Author = &discordgo.User{ID: "600", Bot: true} }), bot.Question{}, false},
		{"its own message", msg(func(m *discordgo.Message) { m.Author = me }), bot.Question{}, false},
		{"its own message, bot flag missing", msg(func(m *discordgo.Message) { m.Author = &discordgo.User{ID: botID} }), bot.Question{}, false},
		{"webhook", msg(func(m *discordgo.Message) { m.WebhookID = "9" }), bot.Question{}, false},
		{"system user", msg(func(m *discordgo.Message) { m.Author = &discordgo.User{ID: "643945264868098049", System: true} }), bot.Question{}, false},
		{"system message type", msg(func(m *discordgo.Message) { m.Type = discordgo.MessageTypeGuildMemberJoin }), bot.Question{}, false},
		{"no author", msg(func(m *discordgo.Message) { m.Author = nil }), bot.Question{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := questionFromMessage(tt.m, botID)
			if ok != tt.ok || got != tt.want {
				t.Errorf("got %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, ok := questionFromMessage(msg(func(*discordgo.Message) {}), ""); ok {
		t.Error("answered a guild message before knowing its own id")
	}
}

// interactionFrom decodes the fake's wire format with discordgo, as the
// gateway and the HTTP endpoint do.
func interactionFrom(t *testing.T, in discordfake.Interaction) *discordgo.Interaction {
	t.Helper()
	var out discordgo.Interaction
	if err := json.Unmarshal(in.JSON(), &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

func TestActionFromInteraction(t *testing.T) {
	user := discordfake.User{ID: "500", Username: "alice"}
	cmd := func(name string, opts map[string]string, guild string) discordfake.Interaction {
		return discordfake.Interaction{ID: "1", AppID: botID, Type: discordfake.InteractionCommand, Token: "t", GuildID: guild,
			ChannelID: "2", User: user, CommandName: name, Options: opts}
	}
	inGroupDM := func(in discordfake.Interaction) discordfake.Interaction {
		in.GuildID, in.Context = "", discordfake.Ctx(discordfake.ContextPrivateChannel)
		return in
	}
	button := func(id string) discordfake.Interaction {
		return discordfake.Interaction{ID: "1", AppID: botID, Type: discordfake.InteractionComponent, Token: "t", GuildID: "3",
			ChannelID: "2", User: user, CustomID: id, MessageID: "9"}
	}
	msgCmd := func(content string, guild string) discordfake.Interaction {
		return discordfake.Interaction{ID: "1", AppID: botID, Type: discordfake.InteractionCommand, Token: "t", GuildID: guild,
			ChannelID: "2", User: user, CommandName: "Ask exobot", CommandType: 3,
			Target: &discordfake.Message{ID: "77", ChannelID: "2", Author: discordfake.User{ID: "600", Username: "bob"}, Content: content}}
	}
	ask := func(text string) bot.Question { return bot.Question{Text: text, Platform: "discord", User: "500"} }
	long := strings.Repeat("e", 96)
	tests := []struct {
		name       string
		in         discordfake.Interaction
		askPrivate bool
		want       action
	}{
		{"ask in a guild is private by default", cmd("ask", map[string]string{"question": "  what are exosomes? "}, "3"), true,
			action{kind: actAsk, source: "command", private: true, question: ask("what are exosomes?")}},
		{"ask in a guild, DISCORD_ASK_EPHEMERAL=false", cmd("ask", map[string]string{"question": "what are exosomes?"}, "3"), false,
			action{kind: actAsk, source: "command", question: ask("what are exosomes?")}},
		{"ask in the bot's DM is not hidden", cmd("ask", map[string]string{"question": "hi"}, ""), true,
			action{kind: actAsk, source: "command", question: ask("hi")}},
		{"ask in a group DM (user install) is private", inGroupDM(cmd("ask", map[string]string{"question": "hi"}, "")), true,
			action{kind: actAsk, source: "command", private: true, question: ask("hi")}},
		{"ask without the option", cmd("ask", nil, "3"), true,
			action{kind: actAsk, source: "command", private: true, question: ask("")}},
		{"another command", cmd("other", nil, "3"), true, action{kind: actUnknown}},
		{"a chat command named like the message command", cmd("Ask exobot", nil, "3"), true, action{kind: actUnknown}},
		{"Ask exobot on a message: its text, privately even when /ask is public", msgCmd("<@"+botID+"> are exosomes FDA approved??", "3"), false,
			action{kind: actAsk, source: "message_command", private: true, question: ask("are exosomes FDA approved??")}},
		{"Ask exobot in a group DM", inGroupDM(msgCmd("are they safe?", "")), true,
			action{kind: actAsk, source: "message_command", private: true, question: ask("are they safe?")}},
		{"Ask exobot on a message without text", msgCmd("  ", "3"), true, action{kind: actNoText, source: "message_command", private: true}},
		{"suggested question, privately", button("ask:" + entryRetinol), true,
			action{kind: actAsk, source: "button", private: true, question: bot.Question{EntryID: entryRetinol, Platform: "discord", User: "500"}}},
		{"share names the sharer", func() discordfake.Interaction { b := button("share:" + entryRetinol); b.Nick = "Ali"; return b }(), true,
			action{kind: actShare, source: "share", entryID: entryRetinol, sharer: "Ali", question: bot.Question{EntryID: entryRetinol, Platform: "discord", User: "500"}}},
		{"share falls back to the global name", func() discordfake.Interaction {
			b := button("share:" + entryRetinol)
			b.GlobalName = "Alice L."
			return b
		}(), true,
			action{kind: actShare, source: "share", entryID: entryRetinol, sharer: "Alice L.", question: bot.Question{EntryID: entryRetinol, Platform: "discord", User: "500"}}},
		{"helpful", button("fb:y:" + entryExosomes), true, action{kind: actFeedback, entryID: entryExosomes, helpful: true}},
		{"not helpful", button("fb:n:" + entryExosomes), true, action{kind: actFeedback, entryID: entryExosomes, helpful: false}},
		{"empty entry", button("ask:"), true, action{kind: actUnknownEntry}},
		{"empty share", button("share:"), true, action{kind: actUnknownEntry}},
		{"entry id too long for a custom_id", button("ask:" + long), true, action{kind: actUnknownEntry}},
		{"unknown button", button("something"), true, action{kind: actUnknown}},
		{"ping", discordfake.Ping("1", botID), true, action{kind: actUnknown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actionFromInteraction(interactionFrom(t, tt.in), tt.askPrivate)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(action{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCustomIDsRoundTrip(t *testing.T) {
	ids := []string{"a", entryExosomes, strings.Repeat("x", maxCustomID-len(idHelpful)), "with:colons:inside", "ünïcode"}
	for _, id := range ids {
		r := answeredReply(bot.Question{})
		r.EntryID = id
		r.Related = []bot.Suggestion{{ID: id + "-rel", Question: "Related?"}}
		if len(id)+len("-rel")+len(idAsk) > maxCustomID {
			r.Related = []bot.Suggestion{{ID: id[:len(id)-4], Question: "Related?"}}
		}
		msg := renderReply(r)
		for _, row := range msg.Components {
			for _, c := range row.(discordgo.ActionsRow).Components {
				b := c.(discordgo.Button)
				if discordLen(b.CustomID) > maxCustomID {
					t.Errorf("custom_id %q is %d long", b.CustomID, discordLen(b.CustomID))
				}
				act := actionFromCustomID(b.CustomID, "u")
				switch {
				case strings.HasPrefix(b.CustomID, idAsk):
					if act.kind != actAsk || act.question.EntryID != strings.TrimPrefix(b.CustomID, idAsk) {
						t.Errorf("%q decoded as %+v", b.CustomID, act)
					}
				default:
					if act.kind != actFeedback || act.entryID != id || act.helpful != strings.HasPrefix(b.CustomID, idHelpful) {
						t.Errorf("%q decoded as %+v", b.CustomID, act)
					}
				}
			}
		}
	}
}

func TestReplayGuard_ForgetsAfterWindowAndBoundsMemory(t *testing.T) {
	g := replayGuard{limit: 100}
	t0 := time.Unix(1700000000, 0)
	if !g.first("a", t0) || g.first("a", t0.Add(time.Minute)) {
		t.Fatal("a repeat within the window was accepted")
	}
	if !g.first("a", t0.Add(2*maxClockSkew+time.Second)) {
		t.Error("an id was remembered past the signature window")
	}
	for i := range g.limit + 10 {
		g.first(strconv.Itoa(i), t0.Add(20*time.Minute))
	}
	if len(g.ids) > g.limit || len(g.order) > g.limit {
		t.Errorf("remembers %d ids, want at most %d", len(g.ids), g.limit)
	}
	if !g.first("0", t0.Add(20*time.Minute)) {
		t.Error("the oldest id was not forgotten when the guard was full")
	}
}
