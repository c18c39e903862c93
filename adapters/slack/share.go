package slack

import (
	"context"
	"log/slog"
	"strconv"
	"strings"

	"github.com/slack-go/slack"

	"exobot/bot"
)

// Private answers and sharing them: an answer only its asker sees (an
// ephemeral slash command answer, the Ask exobot shortcut's) carries a
// Share in channel button; a click posts the entry's answer — never what
// was asked — in the conversation, saying who shared it. Urgent-care
// replies are never shared and never made public.

// Action ids and block ids of the private and shared renderings.
const (
	actionShare   = "exobot_share"
	actionHomeAsk = actionAsk + "home_"
	blockHomeAsk  = "home_ask"
	blockShared   = "shared"
	// shortcutAsk is the callback id of the Ask exobot message shortcut.
	shortcutAsk = "ask_exobot"
	// noText answers the shortcut on a message without text.
	noText = "That message has no text I can answer. Try `/exosomes` with your question."
	// sharedGone answers Share when the answer can no longer be given.
	sharedGone = "Sorry, that answer is no longer available to share. Ask me again with `/exosomes`."
)

func itoa(n int) string { return strconv.Itoa(n) }

// isPrivate reports whether a target shows the reply to its asker only.
func (t target) isPrivate() bool {
	return t.Channel == "" && t.ResponseURL != "" && t.ResponseType == slack.ResponseTypeEphemeral
}

// renderPrivate renders r for its asker only: an answer gets a Share in
// channel button beside its feedback buttons.
func renderPrivate(r bot.Reply) rendered {
	m := renderReply(r)
	if r.Status != bot.StatusAnswered || r.EntryID == "" || len(r.EntryID) > maxButtonValue {
		return m
	}
	share := slack.NewButtonBlockElement(actionShare, r.EntryID, plain("Share in channel"))
	share.Style = slack.StylePrimary
	for _, b := range m.Blocks {
		if ab, ok := b.(*slack.ActionBlock); ok && ab.BlockID == blockFeedback {
			ab.Elements.ElementSet = append(ab.Elements.ElementSet, share)
			return m
		}
	}
	if len(m.Blocks) < maxBlocks {
		m.Blocks = append(m.Blocks, slack.NewActionBlock(blockFeedback, share))
	}
	return m
}

// renderShared renders an answer someone shared: the same message, headed
// by who shared it (their name as text: it pings nobody).
func renderShared(r bot.Reply, sharer string) rendered {
	m := renderReply(r)
	by := slack.NewContextBlock(blockShared, mrkdwn(truncate(":mega: Shared by *"+escape(orDefault(sharer, "someone"))+"*", maxContextText)))
	m.Blocks = append([]slack.Block{by}, m.Blocks...)
	if len(m.Blocks) > maxBlocks {
		m.Blocks = m.Blocks[:maxBlocks]
	}
	m.Text = truncate(escape("Shared by "+orDefault(sharer, "someone")+": ")+m.Text, maxFallbackText)
	return m
}

// renderFor renders a reply for where it goes: privately (with Share) or
// in a conversation.
func renderFor(r bot.Reply, tgt target) rendered {
	if tgt.isPrivate() {
		return renderPrivate(r)
	}
	return renderReply(r)
}

// privateIfUrgent keeps an urgent-care reply to a slash command private
// even where the workspace posts slash answers in the channel
// (SLACK_SLASH_EPHEMERAL=false): it is for the person who asked.
func privateIfUrgent(r bot.Reply, tgt target) target {
	if r.Status == bot.StatusUrgent && tgt.Channel == "" && tgt.ResponseURL != "" {
		tgt.ResponseType = slack.ResponseTypeEphemeral
	}
	return tgt
}

// onShare posts an entry's answer in the conversation of the private
// message whose Share button was clicked — in its thread, if it was in
// one — through chat.postMessage, or the response_url where the bot may
// not post. An answer that can no longer be given is said so privately.
func (a *Adapter) onShare(ctx context.Context, ic slack.InteractionCallback, channel, entry string, attrs []slog.Attr) {
	sharer := ic.User.Name
	if sharer == "" {
		sharer = ic.User.Profile.DisplayName
	}
	q := bot.Question{EntryID: entry, Platform: platform, User: ic.User.ID}
	tgt := target{Channel: channel, ThreadTS: ic.Container.ThreadTs, ResponseURL: ic.ResponseURL, ResponseType: slack.ResponseTypeInChannel}
	a.dispatch(ctx, "share:"+ic.TriggerID, func(ctx context.Context) {
		reply, ok := a.answer(ctx, q, attrs)
		if !ok || reply.Silent || reply.Status != bot.StatusAnswered || (channel == "" && ic.ResponseURL == "") {
			if ic.ResponseURL != "" {
				_ = a.post(ctx, target{ResponseURL: ic.ResponseURL, ResponseType: slack.ResponseTypeEphemeral}, rendered{Text: sharedGone}, attrs)
			}
			a.log.LogAttrs(ctx, slog.LevelInfo, "slack share not posted", append(attrs, slog.String("entry", entry), slog.String("status", string(reply.Status)))...)
			return
		}
		if err := a.post(ctx, tgt, renderShared(reply, sharer), attrs); err != nil {
			a.log.LogAttrs(ctx, slog.LevelError, "slack share not delivered", append(attrs, slog.String("entry", entry), slog.String("error", a.redact(err)))...)
			return
		}
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack answer shared", append(attrs, slog.String("entry", entry))...)
	})
}

// onShortcut answers the Ask exobot message shortcut: the message's text,
// privately to the person who used it, through the shortcut's
// response_url. Other shortcuts are ignored.
func (a *Adapter) onShortcut(ctx context.Context, ic slack.InteractionCallback) {
	channel := ic.Channel.ID
	attrs := []slog.Attr{slog.String("kind", "shortcut"), slog.String("channel", channel), slog.String("user", ic.User.ID)}
	if ic.CallbackID != shortcutAsk {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack shortcut ignored", append(attrs, slog.String("callback_id", ic.CallbackID))...)
		return
	}
	if ic.ResponseURL == "" {
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack shortcut without response_url ignored", attrs...)
		return
	}
	// A socket may redeliver; a trigger id is used once.
	if ic.TriggerID != "" && !a.seen.Add(ctx, "shortcut:"+ic.TriggerID) {
		return
	}
	self := a.self.Load()
	selfID := ""
	if self != nil {
		selfID = self.UserID
	}
	text := plainText(ic.Message.Text, selfID)
	tgt := target{ResponseURL: ic.ResponseURL, ResponseType: slack.ResponseTypeEphemeral}
	a.dispatch(ctx, "shortcut:"+ic.TriggerID, func(ctx context.Context) {
		if strings.TrimSpace(text) == "" {
			_ = a.post(ctx, tgt, rendered{Text: noText}, attrs)
			return
		}
		a.answerAndPost(ctx, bot.Question{Text: text, Platform: platform, User: ic.User.ID}, tgt, attrs)
	})
}
