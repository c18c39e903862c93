package discord

import (
	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// The Share button under a private answer, and its custom_id prefix
// (followed by the entry id: never the person's question).
const (
	idShare    = "share:"
	labelShare = "Share"
	// textShared prefixes the sharer's name on a shared answer.
	textShared = "Shared by "
	// textNoText answers Ask exobot on a message without text (an image,
	// an embed).
	textNoText = "That message has no text I can answer. Try `/ask` with your question."
)

// privateMessage renders r for the person who asked only (ephemeral). An
// answer gets a Share button beside its feedback buttons when shareable:
// there are others in the conversation to share it with.
func privateMessage(r bot.Reply, shareable bool) message {
	m := renderReply(r)
	m.Ephemeral = true
	if !shareable || r.Status != bot.StatusAnswered || !validEntryID(r.EntryID) {
		return m
	}
	share := discordgo.Button{Label: labelShare, Emoji: &discordgo.ComponentEmoji{Name: "📣"}, Style: discordgo.PrimaryButton, CustomID: idShare + r.EntryID}
	if n := len(m.Components); n > 0 {
		if row, ok := m.Components[n-1].(discordgo.ActionsRow); ok && len(row.Components) < maxButtonsPerRow && isFeedbackRow(row) {
			row.Components = append(row.Components, share)
			m.Components[n-1] = row
			return m
		}
	}
	if len(m.Components) < maxRows {
		m.Components = append(m.Components, discordgo.ActionsRow{Components: []discordgo.MessageComponent{share}})
	}
	return m
}

// isFeedbackRow reports whether row holds the Helpful / Not helpful
// buttons.
func isFeedbackRow(row discordgo.ActionsRow) bool {
	for _, c := range row.Components {
		if b, ok := c.(discordgo.Button); ok && len(b.CustomID) >= len(idHelpful) && (b.CustomID[:len(idHelpful)] == idHelpful || b.CustomID[:len(idNotHelpful)] == idNotHelpful) {
			return true
		}
	}
	return false
}

// sharedMessage renders an answer someone shared from a private one: the
// same embed, public, with the sharer named as its author. The name is
// text in the embed, so it can never ping anyone.
func sharedMessage(r bot.Reply, sharer string) message {
	m := renderReply(r)
	if len(m.Embeds) > 0 {
		e := m.Embeds[0]
		e.Author = &discordgo.MessageEmbedAuthor{Name: truncate(textShared+sharer, maxAuthorName)}
		if embedLen(e) > maxEmbedTotal {
			e.Description = truncate(e.Description, maxEmbedTotal-(embedLen(e)-discordLen(e.Description)))
		}
	}
	return m
}

// maxAuthorName is Discord's limit on an embed author's name.
const maxAuthorName = 256

// followup is m as a follow-up message of an interaction (POST
// webhooks/{app}/{token}), private when m is ephemeral.
func (m message) followup() *discordgo.WebhookParams {
	p := &discordgo.WebhookParams{
		Content:         m.Content,
		Embeds:          m.embeds(),
		Components:      m.components(),
		AllowedMentions: noMentions(),
	}
	if m.Ephemeral {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	return p
}
