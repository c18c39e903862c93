package discord

import (
	"strings"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// platform names the adapter in Questions, metrics and logs.
const platform = "discord"

// The /ask command and its option.
const (
	commandAsk     = "ask"
	optionQuestion = "question"
)

// questionFromMessage translates a gateway message into a Question. It
// reports false for messages the bot must not answer: its own, other bots',
// webhooks', system messages, and guild messages that do not mention it.
// Every direct message is a question.
func questionFromMessage(m *discordgo.Message, botID string) (bot.Question, bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.System || m.WebhookID != "" {
		return bot.Question{}, false
	}
	if botID == "" || m.Author.ID == botID {
		return bot.Question{}, false
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return bot.Question{}, false
	}
	dm := m.GuildID == ""
	if !dm && !mentions(m, botID) {
		return bot.Question{}, false
	}
	return bot.Question{Text: stripMention(m.Content, botID), Platform: platform, User: m.Author.ID}, true
}

// mentions reports whether m mentions the bot: in its mentions list (which
// also holds the author of a message replied to with a ping) or in its text.
func mentions(m *discordgo.Message, botID string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+botID+">") || strings.Contains(m.Content, "<@!"+botID+">")
}

// stripMention removes every mention of the bot (<@id> and the nickname
// form <@!id>) from content and tidies the white space left behind.
func stripMention(content, botID string) string {
	if botID != "" {
		content = strings.NewReplacer("<@"+botID+">", " ", "<@!"+botID+">", " ").Replace(content)
	}
	lines := strings.Split(content, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

type actionKind int

const (
	actUnknown      actionKind = iota
	actAsk                     // answer Question
	actFeedback                // record Helpful for EntryID
	actUnknownEntry            // a malformed suggestion button
)

// action is what an interaction asks of the bot.
type action struct {
	kind     actionKind
	question bot.Question
	entryID  string
	helpful  bool
}

// interactionUser is the id of the user behind an interaction: member.user
// in a guild, user in a DM.
func interactionUser(in *discordgo.Interaction) string {
	if in.Member != nil && in.Member.User != nil {
		return in.Member.User.ID
	}
	if in.User != nil {
		return in.User.ID
	}
	return ""
}

// actionFromInteraction translates an application command or a button
// click into an action.
func actionFromInteraction(in *discordgo.Interaction) action {
	user := interactionUser(in)
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		d, ok := in.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok || d.Name != commandAsk {
			return action{}
		}
		text := ""
		if o := d.GetOption(optionQuestion); o != nil {
			if s, ok := o.Value.(string); ok {
				text = s
			}
		}
		return action{kind: actAsk, question: bot.Question{Text: strings.TrimSpace(text), Platform: platform, User: user}}
	case discordgo.InteractionMessageComponent:
		d, ok := in.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return action{}
		}
		return actionFromCustomID(d.CustomID, user)
	}
	return action{}
}

// actionFromCustomID decodes a button's custom_id (see replyComponents).
func actionFromCustomID(id, user string) action {
	switch {
	case strings.HasPrefix(id, idAsk):
		entry := strings.TrimPrefix(id, idAsk)
		if !validEntryID(entry) {
			return action{kind: actUnknownEntry}
		}
		return action{kind: actAsk, question: bot.Question{EntryID: entry, Platform: platform, User: user}}
	case strings.HasPrefix(id, idHelpful), strings.HasPrefix(id, idNotHelpful):
		entry := id[len(idHelpful):]
		if !validEntryID(entry) {
			return action{kind: actUnknownEntry}
		}
		return action{kind: actFeedback, entryID: entry, helpful: strings.HasPrefix(id, idHelpful)}
	}
	return action{}
}
