package discord

import (
	"context"
	"testing"

	"github.com/bwmarrin/discordgo"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

func TestAnswerChannelQuestion(t *testing.T) {
	human := &discordgo.User{ID: "500", Username: "alice"}
	msg := func(f func(m *discordgo.Message)) *discordgo.Message {
		m := &discordgo.Message{ID: "1", ChannelID: "700", GuildID: "3", Author: human, Content: "are exosomes safe?"}
		f(m)
		return m
	}
	channels := []string{"700", "701"}
	tests := []struct {
		name string
		m    *discordgo.Message
		ok   bool
	}{
		{"a message in an answer channel", msg(func(*discordgo.Message) {}), true},
		{"the other answer channel", msg(func(m *discordgo.Message) { m.ChannelID = "701" }), true},
		{"a reply in an answer channel", msg(func(m *discordgo.Message) { m.Type = discordgo.MessageTypeReply }), true},
		{"another channel", msg(func(m *discordgo.Message) { m.ChannelID = "702" }), false},
		{"a DM", msg(func(m *discordgo.Message) { m.GuildID = "" }), false},
		{"its own message", msg(func(m *discordgo.Message) { m.Author = &discordgo.User{ID: botID} }), false},
		{"another bot", msg(func(m *discordgo.Message) { m.Author = &discordgo.User{ID: "9", Bot: true} }), false},
		{"a webhook", msg(func(m *discordgo.Message) { m.WebhookID = "9" }), false},
		{"a system message", msg(func(m *discordgo.Message) { m.Type = discordgo.MessageTypeGuildMemberJoin }), false},
		{"blank", msg(func(m *discordgo.Message) { m.Content = "  " }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := answerChannelQuestion(tt.m, botID, channels)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && (q != bot.Question{Text: "are exosomes safe?", Platform: "discord", User: "500", Unaddressed: true}) {
				t.Errorf("question %+v", q)
			}
		})
	}
	if _, ok := answerChannelQuestion(msg(func(*discordgo.Message) {}), botID, nil); ok {
		t.Error("answered without any answer channel configured")
	}
}

// TestGateway_AnswerChannel: in an answer channel every message is a
// question, and replied to only with an answer or urgent-care advice; a
// decline stays unposted, unless the bot was mentioned.
func TestGateway_AnswerChannel(t *testing.T) {
	const ch = "250000000000000001"
	e := startGateway(t, func(c *Config) { c.AnswerChannels = []string{ch} })
	if _, err := e.srv.Gateway.WaitIdentify(1, waitLong); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the gateway is ready", e.a.Ready)
	botUser := e.srv.BotUser()
	send := []discordfake.Message{
		{ID: "5001", ChannelID: ch, GuildID: "3001", Content: "what are exosomes?"},
		{ID: "5002", ChannelID: ch, GuildID: "3001", Content: "nonsense"},
		{ID: "5003", ChannelID: ch, GuildID: "3001", Content: "urgent: my lips are swelling"},
		{ID: "5004", ChannelID: "250000000000000009", GuildID: "3001", Content: "what are exosomes? (not an answer channel)"},
		{ID: "5005", ChannelID: ch, GuildID: "3001", Content: "<@" + botUser.ID + "> nonsense", Mentions: []discordfake.User{botUser}},
		{ID: "5006", ChannelID: ch, GuildID: "3001", Author: botUser, Content: "an answer of its own"},
	}
	for _, m := range send {
		e.message(t, m)
	}
	e.replyIn(t, ch, 3)
	if err := e.a.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	replied := map[string]bool{}
	for _, r := range e.srv.Requests() {
		if r.Route != discordfake.RouteCreateMessage {
			continue
		}
		ref, _ := decode(t, r.Body)["message_reference"].(map[string]any)
		id, _ := ref["message_id"].(string)
		replied[id] = true
	}
	for id, want := range map[string]bool{"5001": true, "5002": false, "5003": true, "5004": false, "5005": true, "5006": false} {
		if replied[id] != want {
			t.Errorf("message %s replied to: %v, want %v", id, replied[id], want)
		}
	}
	if !e.ans.calledWith(func(q bot.Question) bool { return q.Text == "nonsense" && q.Unaddressed }) {
		t.Error("the un-addressed message was not asked as Unaddressed")
	}
	if !e.ans.calledWith(func(q bot.Question) bool { return q.Text == "nonsense" && !q.Unaddressed }) {
		t.Error("the mention in the answer channel was asked as unaddressed")
	}
}
