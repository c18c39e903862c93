package discord

import (
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// Answer channels (DISCORD_ANSWER_CHANNELS): an "ask the bot" channel where
// every message is a question, without a mention. People there talk among
// themselves too, so a message nobody addressed to the bot gets a reply
// only when it is an answer or urgent-care advice — never a decline, an
// introduction or a "please wait" — and only such replies spend the
// person's rate limit (bot.Question.Unaddressed).

// answerChannelQuestion translates a message in one of the answer channels
// that questionFromMessage did not take (it does not mention the bot). It
// reports false for anything else, and for messages the bot never answers:
// its own, other bots', webhooks', system messages, blank ones.
func answerChannelQuestion(m *discordgo.Message, botID string, channels []string) (bot.Question, bool) {
	if m == nil || m.GuildID == "" || len(channels) == 0 || !slices.Contains(channels, m.ChannelID) {
		return bot.Question{}, false
	}
	if m.Author == nil || m.Author.Bot || m.Author.System || m.WebhookID != "" || botID == "" || m.Author.ID == botID {
		return bot.Question{}, false
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return bot.Question{}, false
	}
	text := stripMention(m.Content, botID)
	if strings.TrimSpace(text) == "" {
		return bot.Question{}, false
	}
	return bot.Question{Text: text, Platform: platform, User: m.Author.ID, Unaddressed: true}, true
}

// postsReply reports whether a reply to q is posted: always, unless q was
// not addressed to the bot and the reply is neither an answer nor urgent.
func postsReply(q bot.Question, r bot.Reply) bool {
	return !q.Unaddressed || r.Status == bot.StatusAnswered || r.Status == bot.StatusUrgent
}
