package slack

import (
	"strings"
	"unicode/utf16"

	"github.com/slack-go/slack/slackevents"

	"exobot/bot"
)

// platform is the bot.Question.Platform value of this adapter.
const platform = "slack"

// identity is who the bot is in the workspace, learned from auth.test.
type identity struct {
	UserID string // the bot user, as in <@UBOT>
	BotID  string // the bot id carried by the bot's own messages
	TeamID string
}

// inbound is what the adapter decided to do with one message: ask Question
// and post the reply in Channel, in the thread ThreadTS ("" for the top level).
type inbound struct {
	Question bot.Question
	Channel  string
	ThreadTS string
	// TS is the message's own timestamp; Channel+TS identifies the message.
	TS string
	// Kind names the source for logs: "mention", "follow_up" or "dm".
	Kind string
}

// decideMention translates an app_mention event. It returns the reason when
// the event must be ignored.
func decideMention(ev *slackevents.AppMentionEvent, self identity) (inbound, string) {
	switch {
	case ev.Edited != nil:
		return inbound{}, "edited"
	case ev.BotID != "" || (self.BotID != "" && ev.BotID == self.BotID):
		return inbound{}, "bot message"
	case ev.User == "":
		return inbound{}, "no user"
	case ev.User == self.UserID:
		return inbound{}, "own message"
	case isDM(ev.Channel):
		// message.im answers every DM; answering the mention too would
		// race it into a second, threaded reply.
		return inbound{}, "mention in a DM (answered as a DM)"
	}
	thread := ev.ThreadTimeStamp
	if thread == "" {
		thread = ev.TimeStamp
	}
	return inbound{
		Question: bot.Question{Text: plainText(ev.Text, self.UserID), Platform: platform, User: ev.User},
		Channel:  ev.Channel,
		ThreadTS: thread,
		TS:       ev.TimeStamp,
		Kind:     "mention",
	}, ""
}

// decideMessage translates a message event (message.im, or a channel or
// group message for thread follow-ups). inThread reports whether the bot has
// answered in a thread. It returns the reason when the event must be ignored.
func decideMessage(ev *slackevents.MessageEvent, self identity, followUps bool, inThread func(channel, threadTS string) bool) (inbound, string) {
	switch {
	case ev.SubType != "":
		// Edits, deletions, bot_message, joins, file shares, broadcasts…
		return inbound{}, "subtype " + ev.SubType
	case ev.BotID != "":
		return inbound{}, "bot message"
	case ev.User == "":
		return inbound{}, "no user"
	case ev.User == self.UserID:
		return inbound{}, "own message"
	}
	q := bot.Question{Text: plainText(ev.Text, self.UserID), Platform: platform, User: ev.User}
	if ev.ChannelType == slackevents.ChannelTypeIM {
		// In a DM, answer where the person wrote: the top level, or the
		// thread they replied in.
		return inbound{Question: q, Channel: ev.Channel, ThreadTS: ev.ThreadTimeStamp, TS: ev.TimeStamp, Kind: "dm"}, ""
	}
	switch {
	case !followUps:
		return inbound{}, "thread follow-ups disabled"
	case ev.ThreadTimeStamp == "" || ev.ThreadTimeStamp == ev.TimeStamp:
		return inbound{}, "not a thread reply"
	case self.UserID != "" && mentions(ev.Text, self.UserID):
		// The app_mention event for the same message answers it.
		return inbound{}, "mentions the bot (answered as a mention)"
	case inThread == nil || !inThread(ev.Channel, ev.ThreadTimeStamp):
		return inbound{}, "thread the bot has not answered in"
	}
	// Not addressed to the bot: replied to only with an answer or urgent
	// care, and so spending the person's quota only then.
	q.Unaddressed = true
	return inbound{Question: q, Channel: ev.Channel, ThreadTS: ev.ThreadTimeStamp, TS: ev.TimeStamp, Kind: "follow_up"}, ""
}

// isDM reports whether a conversation id is a direct message. Slack gives
// IM channels ids that start with D.
func isDM(channel string) bool { return strings.HasPrefix(channel, "D") }

// mentions reports whether Slack-formatted text mentions the user.
func mentions(text, userID string) bool {
	return strings.Contains(text, "<@"+userID+">") || strings.Contains(text, "<@"+userID+"|")
}

// plainText turns Slack-formatted message text into what the person wrote:
// the bot's own mention is removed, other markup becomes its readable form
// (<@U1> → @U1, <#C1|general> → #general, <!here> → @here, <url|label> →
// label), entities are unescaped and whitespace is collapsed.
func plainText(text, selfID string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(text, '<')
		if open < 0 {
			b.WriteString(text)
			break
		}
		closing := strings.IndexByte(text[open:], '>')
		if closing < 0 {
			b.WriteString(text)
			break
		}
		b.WriteString(text[:open])
		b.WriteByte(' ')
		b.WriteString(markupText(text[open+1:open+closing], selfID))
		b.WriteByte(' ')
		text = text[open+closing+1:]
	}
	s := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(b.String())
	return strings.Join(strings.Fields(s), " ")
}

// markupText renders the inside of one <…> Slack markup.
func markupText(m, selfID string) string {
	body, label, hasLabel := strings.Cut(m, "|")
	switch {
	case strings.HasPrefix(body, "@"):
		if selfID != "" && body[1:] == selfID {
			return ""
		}
		if hasLabel && label != "" {
			return "@" + strings.TrimPrefix(label, "@")
		}
		return body
	case strings.HasPrefix(body, "#"):
		if hasLabel && label != "" {
			return "#" + label
		}
		return body
	case strings.HasPrefix(body, "!"):
		if hasLabel && label != "" {
			return label // <!subteam^S1|@team>, <!date^…|fallback>
		}
		name, _, _ := strings.Cut(body[1:], "^")
		return "@" + name // <!here>, <!channel>, <!everyone>
	default:
		if hasLabel && label != "" {
			return label
		}
		return body
	}
}

// escaper escapes the three characters Slack treats as markup.
var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes text safe to place in mrkdwn or a message's text: it cannot
// form a mention (<!channel>, <@U1>), a link or a command.
func escape(s string) string { return escaper.Replace(s) }

// textLen is the length Slack counts for a limit: UTF-16 code units, which
// is never less than the number of characters.
func textLen(s string) int {
	// Ranging over a string yields only valid runes (invalid bytes become
	// U+FFFD), so RuneLen is 1 or 2 here.
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate shortens s to at most limit (as counted by textLen), ending with
// "…" when it cut. An escaped entity (&amp; &lt; &gt;) is never cut in half.
func truncate(s string, limit int) string {
	if textLen(s) <= limit {
		return s
	}
	if limit <= 0 {
		return ""
	}
	budget := limit - 1 // room for the ellipsis
	n, end := 0, len(s)
	for i, r := range s {
		w := utf16.RuneLen(r)
		if n+w > budget {
			end = i
			break
		}
		n += w
	}
	cut := s[:end]
	if amp := strings.LastIndexByte(cut, '&'); amp >= 0 && !strings.Contains(cut[amp:], ";") {
		// cut may have ended inside "&amp;": drop the partial entity.
		if rest := s[amp:]; strings.HasPrefix(rest, "&amp;") || strings.HasPrefix(rest, "&lt;") || strings.HasPrefix(rest, "&gt;") {
			cut = cut[:amp]
		}
	}
	return strings.TrimRight(cut, " \n") + "…"
}
