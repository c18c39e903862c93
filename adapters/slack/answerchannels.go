package slack

import (
	"slices"
	"strings"

	"github.com/slack-go/slack/slackevents"

	"exobot/bot"
)

// decideAnswerChannel takes a top-level message in one of the answer
// channels (SLACK_ANSWER_CHANNELS): an "ask the bot" channel where every
// message is a question, without a mention. People there talk among
// themselves too, so it is un-addressed — answered, in the message's
// thread, only with an answer or urgent-care advice, and spending the
// person's rate limit only then. A message that mentions the bot is left
// to its app_mention; thread replies to the follow-up rules.
func decideAnswerChannel(ev *slackevents.MessageEvent, self identity, channels []string) (inbound, bool) {
	switch {
	case len(channels) == 0 || !slices.Contains(channels, ev.Channel),
		ev.ChannelType == slackevents.ChannelTypeIM,
		ev.SubType != "", ev.BotID != "", ev.User == "", ev.User == self.UserID,
		ev.ThreadTimeStamp != "" && ev.ThreadTimeStamp != ev.TimeStamp,
		self.UserID != "" && mentions(ev.Text, self.UserID):
		return inbound{}, false
	}
	text := plainText(ev.Text, self.UserID)
	if strings.TrimSpace(text) == "" {
		return inbound{}, false
	}
	q := bot.Question{Text: text, Platform: platform, User: ev.User, Unaddressed: true}
	return inbound{Question: q, Channel: ev.Channel, ThreadTS: ev.TimeStamp, TS: ev.TimeStamp, Kind: "answer_channel"}, true
}
