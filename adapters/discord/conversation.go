package discord

import (
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// Conversations with context: a reply to one of exobot's messages, and a
// DM, carry the previous turn of that conversation to the engine
// (bot.Question.Previous), so that "and is it safe?" after an answer is
// read in its light. The turns live in this process's memory for an hour
// (bot.Conversations); a reply to an answer the process does not remember
// (posted before a restart, or by another shard) takes the entry from the
// answer's own buttons.

const (
	conversationTTL = time.Hour
	conversationMax = 50_000
)

// repliesTo reports whether m replies to one of the bot's messages.
func repliesTo(m *discordgo.Message, botID string) bool {
	ref := m.ReferencedMessage
	return ref != nil && ref.Author != nil && botID != "" && ref.Author.ID == botID
}

// messageKey is the conversation of a bot's message: replies to it.
func messageKey(id string) string { return "discord:msg:" + id }

// dmKey is the conversation of a DM channel.
func dmKey(channel string) string { return "discord:dm:" + channel }

// previousTurn is the turn before m in its conversation: for a reply to
// the bot, the answer it replies to; in a DM, the DM's last turn; nil
// otherwise.
func (a *Adapter) previousTurn(m *discordgo.Message) *bot.Turn {
	if repliesTo(m, a.botUserID()) {
		if t := a.conv.Previous(messageKey(m.ReferencedMessage.ID)); t != nil {
			return t
		}
		return turnOfAnswer(m.ReferencedMessage)
	}
	if m.GuildID == "" {
		return a.conv.Previous(dmKey(m.ChannelID))
	}
	return nil
}

// rememberTurn records q and its reply as the last turn of the
// conversations it belongs to: the bot's reply message sent (replies to
// it), and the DM.
func (a *Adapter) rememberTurn(m *discordgo.Message, sent *discordgo.Message, q bot.Question, r bot.Reply) {
	if sent != nil && sent.ID != "" {
		a.conv.Record(messageKey(sent.ID), q, r)
	}
	if m.GuildID == "" {
		a.conv.Record(dmKey(m.ChannelID), q, r)
	}
}

// turnOfAnswer reads the turn an answer of the bot's stands for from the
// message itself: the entry its Helpful button carries, the question its
// embed's title states. nil when it is not an answer.
func turnOfAnswer(m *discordgo.Message) *bot.Turn {
	for _, row := range m.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			b, ok := c.(*discordgo.Button)
			if !ok {
				continue
			}
			if entry, ok := strings.CutPrefix(b.CustomID, idHelpful); ok && validEntryID(entry) {
				t := &bot.Turn{EntryID: entry}
				if len(m.Embeds) > 0 && m.Embeds[0] != nil {
					t.Question = m.Embeds[0].Title
				}
				return t
			}
		}
	}
	return nil
}
