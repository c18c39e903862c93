package discord

import (
	"encoding/json"
	"testing"

	"github.com/bwmarrin/discordgo"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

func TestQuestionFromMessage_RepliesToTheBotAreAddressedToIt(t *testing.T) {
	me := &discordgo.User{ID: botID, Bot: true}
	other := &discordgo.User{ID: "600", Username: "bob"}
	reply := func(to *discordgo.User) *discordgo.Message {
		return &discordgo.Message{ID: "2", ChannelID: "20", GuildID: "3", Author: &discordgo.User{ID: "500"}, Content: "and is it safe?",
			Type: discordgo.MessageTypeReply, ReferencedMessage: &discordgo.Message{ID: "1", ChannelID: "20", Author: to}}
	}
	if q, ok := questionFromMessage(reply(me), botID); !ok || q.Text != "and is it safe?" || q.Unaddressed {
		t.Errorf("a reply to the bot without a ping: %+v, %v; want it answered as addressed", q, ok)
	}
	if _, ok := questionFromMessage(reply(other), botID); ok {
		t.Error("a reply to someone else was taken as a question")
	}
}

func TestTurnOfAnswer(t *testing.T) {
	answer := renderReply(answeredReply(bot.Question{})).send(nil)
	b, _ := json.Marshal(map[string]any{"id": "1", "channel_id": "2", "author": map[string]any{"id": botID, "bot": true},
		"embeds": answer.Embeds, "components": answer.Components})
	var m discordgo.Message
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if got := turnOfAnswer(&m); got == nil || *got != (bot.Turn{EntryID: entryExosomes, Question: "What are exosomes?"}) {
		t.Errorf("turnOfAnswer = %+v, want the entry and its question", got)
	}
	decline := renderReply(bot.Reply{Status: bot.StatusNoMatch, Answer: "not sure", Related: []bot.Suggestion{{ID: "x", Question: "X?"}}}).send(nil)
	b, _ = json.Marshal(map[string]any{"id": "1", "components": decline.Components, "embeds": decline.Embeds})
	m = discordgo.Message{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if got := turnOfAnswer(&m); got != nil {
		t.Errorf("turnOfAnswer(a decline) = %+v, want nil", got)
	}
}

// sentID is the id the fake gave a message exobot posted.
func sentID(t *testing.T, r discordfake.Request) string {
	t.Helper()
	var m struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(r.Response, &m); err != nil || m.ID == "" {
		t.Fatalf("no message id in %s", r.Response)
	}
	return m.ID
}

// TestGateway_ConversationsCarryThePreviousTurn: a reply to one of the
// bot's answers (no ping needed) and a DM are asked with the turn before
// them — from memory, or from the answer's own buttons when the process
// does not remember it; a new mention starts afresh.
func TestGateway_ConversationsCarryThePreviousTurn(t *testing.T) {
	e := startGateway(t)
	if _, err := e.srv.Gateway.WaitIdentify(1, waitLong); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the gateway is ready", e.a.Ready)
	botUser := e.srv.BotUser()
	const ch, guild = "260000000000000001", "3001"

	e.message(t, discordfake.Message{ID: "6001", ChannelID: ch, GuildID: guild, Content: "<@" + botUser.ID + "> what are exosomes?", Mentions: []discordfake.User{botUser}})
	if q := e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "what are exosomes?" }); q.Previous != nil {
		t.Errorf("a first mention was asked with a previous turn %+v", q.Previous)
	}
	answer := discordfake.Message{ID: sentID(t, e.replyIn(t, ch, 1)), ChannelID: ch, GuildID: guild, Author: botUser}
	// The fake records the post before exobot reads its answer: wait until
	// the turn is remembered, as a person replying would.
	waitUntil(t, "the answer's turn is remembered", func() bool { return e.a.conv.Previous(messageKey(answer.ID)) != nil })

	e.message(t, discordfake.Message{ID: "6002", ChannelID: ch, GuildID: guild, Content: "and is it safe?", ReplyTo: &answer})
	q := e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "and is it safe?" })
	if q.Previous == nil || *q.Previous != (bot.Turn{Question: "what are exosomes?", EntryID: entryExosomes}) {
		t.Errorf("the reply was asked with previous %+v, want the answered question", q.Previous)
	}

	forgotten := discordfake.Message{ID: "999999999999999999", ChannelID: ch, GuildID: guild, Author: botUser,
		EmbedTitle: "Can I use exosomes with retinol?", Buttons: []string{"fb:y:" + entryRetinol, "fb:n:" + entryRetinol}}
	e.message(t, discordfake.Message{ID: "6003", ChannelID: ch, GuildID: guild, Content: "why not?", ReplyTo: &forgotten})
	q = e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "why not?" })
	if q.Previous == nil || *q.Previous != (bot.Turn{Question: "Can I use exosomes with retinol?", EntryID: entryRetinol}) {
		t.Errorf("a reply to an answer not remembered was asked with previous %+v, want its entry", q.Previous)
	}

	e.message(t, discordfake.Message{ID: "6004", ChannelID: "dm-6000", Content: "do exosomes help acne?"})
	e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "do exosomes help acne?" })
	e.replyIn(t, "dm-6000", 1)
	waitUntil(t, "the DM's turn is remembered", func() bool { return e.a.conv.Previous(dmKey("dm-6000")) != nil })
	e.message(t, discordfake.Message{ID: "6005", ChannelID: "dm-6000", Content: "and scars?"})
	q = e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "and scars?" })
	if q.Previous == nil || q.Previous.Question != "do exosomes help acne?" {
		t.Errorf("the DM follow-up was asked with previous %+v", q.Previous)
	}
	e.message(t, discordfake.Message{ID: "6006", ChannelID: "dm-6999", Content: "and scars?"})
	q = e.ans.waitAsked(t, func(q bot.Question) bool { return q.Text == "and scars?" })
	if q.Previous != nil {
		t.Errorf("another DM was asked with previous %+v", q.Previous)
	}
}
