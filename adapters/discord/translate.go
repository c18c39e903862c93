package discord

import (
	"strings"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// platform names the adapter in Questions, metrics and logs.
const platform = "discord"

// questionFromMessage translates a gateway message into a Question. It
// reports false for messages the bot must not answer: its own, other bots',
// webhooks', system messages, and guild messages that neither mention it
// nor reply to one of its messages. Every direct message is a question.
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
	if !dm && !mentions(m, botID) && !repliesTo(m, botID) {
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
	actAsk                     // answer question
	actFeedback                // record Helpful for entryID
	actUnknownEntry            // a malformed suggestion button
	actShare                   // post entryID's answer publicly, naming sharer
	actNoText                  // Ask exobot on a message without text
)

// action is what an interaction asks of the bot.
type action struct {
	kind     actionKind
	question bot.Question
	entryID  string
	helpful  bool
	// source names the interaction for logs: "command" (/ask),
	// "message_command" (Ask exobot), "button" or "share".
	source string
	// private answers ephemerally, to the person who asked only.
	private bool
	// sharer is the display name of the person sharing (actShare).
	sharer string
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

// displayName is how the person behind an interaction appears: their
// server nickname, global name or username.
func displayName(in *discordgo.Interaction) string {
	var u *discordgo.User
	if in.Member != nil {
		if in.Member.Nick != "" {
			return oneLine(in.Member.Nick)
		}
		u = in.Member.User
	}
	if u == nil {
		u = in.User
	}
	if u == nil {
		return "someone"
	}
	if u.GlobalName != "" {
		return oneLine(u.GlobalName)
	}
	return oneLine(u.Username)
}

// inBotDM reports whether an interaction comes from the DM between the
// person and the bot, where everything is private already. An interaction
// outside a server that does not say its context is taken for one.
func inBotDM(in *discordgo.Interaction) bool {
	return in.GuildID == "" && in.Context != discordgo.InteractionContextPrivateChannel
}

// actionFromInteraction translates an application command or a button
// click into an action. askPrivate is whether /ask answers privately
// (DISCORD_ASK_EPHEMERAL); Ask exobot and suggested questions always do.
// Nothing is private in the bot's own DM, where only the person reads it.
func actionFromInteraction(in *discordgo.Interaction, askPrivate bool) action {
	act := actionOf(in)
	private := !inBotDM(in)
	switch act.source {
	case "command":
		act.private = private && askPrivate
	case "message_command", "button":
		act.private = private
	}
	return act
}

func actionOf(in *discordgo.Interaction) action {
	user := interactionUser(in)
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		d, ok := in.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return action{}
		}
		switch {
		case d.CommandType == discordgo.MessageApplicationCommand && d.Name == commandAskMessage:
			text := ""
			if d.Resolved != nil {
				if m := d.Resolved.Messages[d.TargetID]; m != nil {
					text = strings.TrimSpace(stripMention(m.Content, in.AppID))
				}
			}
			if text == "" {
				return action{kind: actNoText, source: "message_command"}
			}
			return action{kind: actAsk, source: "message_command", question: bot.Question{Text: text, Platform: platform, User: user}}
		case d.CommandType != discordgo.MessageApplicationCommand && d.Name == commandAsk:
			text := ""
			if o := d.GetOption(optionQuestion); o != nil {
				if s, ok := o.Value.(string); ok {
					text = s
				}
			}
			q := bot.Question{Text: strings.TrimSpace(text), Platform: platform, User: user}
			if id, ok := strings.CutPrefix(q.Text, choiceEntry); ok && validEntryID(id) {
				// A suggested question picked from autocomplete.
				q = bot.Question{EntryID: id, Platform: platform, User: user}
			}
			return action{kind: actAsk, source: "command", question: q}
		}
		return action{}
	case discordgo.InteractionMessageComponent:
		d, ok := in.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return action{}
		}
		act := actionFromCustomID(d.CustomID, user)
		if act.kind == actShare {
			act.sharer = displayName(in)
		}
		return act
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
		return action{kind: actAsk, source: "button", question: bot.Question{EntryID: entry, Platform: platform, User: user}}
	case strings.HasPrefix(id, idShare):
		entry := strings.TrimPrefix(id, idShare)
		if !validEntryID(entry) {
			return action{kind: actUnknownEntry}
		}
		return action{kind: actShare, source: "share", entryID: entry, question: bot.Question{EntryID: entry, Platform: platform, User: user}}
	case strings.HasPrefix(id, idHelpful), strings.HasPrefix(id, idNotHelpful):
		entry := id[len(idHelpful):]
		if !validEntryID(entry) {
			return action{kind: actUnknownEntry}
		}
		return action{kind: actFeedback, entryID: entry, helpful: strings.HasPrefix(id, idHelpful)}
	}
	return action{}
}
