package slack

import "time"

// Conversations with context: a thread (a mention's, a follow-up's, an
// assistant-pane thread) and a DM carry the previous turn of that
// conversation to the engine (bot.Question.Previous), so that "and is it
// safe?" after an answer is read in its light. The turns live in this
// process's memory for an hour (bot.Conversations): with several
// replicas, a follow-up that reaches another one is read on its own.
// Private answers (slash commands, the shortcut) are one-off questions.

const (
	conversationTTL = time.Hour
	conversationMax = 50_000
)

// conversation is the key of the conversation a reply goes to: the
// channel's thread, or the DM (its top level or a thread in it); "" for a
// private answer through a response_url.
func (t target) conversation() string {
	if t.Channel == "" {
		return ""
	}
	return "slack:" + t.Channel + ":" + t.ThreadTS
}
