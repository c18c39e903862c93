package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"exobot/bot"
)

// apology is posted when answering failed unexpectedly (a panic). Users
// never see an internal error's text.
const apology = "Sorry, something went wrong while answering. Please try again in a moment."

// target is where a reply goes: a conversation (and thread), a
// response_url, or a conversation with a response_url to fall back on when
// the bot may not post there (a slash command in a channel it is not in).
type target struct {
	Channel      string
	ThreadTS     string
	ResponseURL  string
	ResponseType string // slack.ResponseTypeEphemeral or slack.ResponseTypeInChannel
	// onlyIfSure posts only answers and urgent-care replies (thread
	// follow-ups that did not mention the bot).
	onlyIfSure bool
	// assistant is a thread of the assistant pane: a slow answer shows a
	// thinking status there (assistant.go).
	assistant bool
}

// dispatch runs job in its own goroutine on a context detached from ctx
// (values kept, cancellation dropped) and bounded by ReplyTimeout; Drain
// waits for it. A panic in job is recovered and logged with the event id.
func (a *Adapter) dispatch(ctx context.Context, id string, job func(ctx context.Context)) {
	k := a.inflight.Add(id)
	go func() {
		defer a.inflight.Done(k)
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.replyTimeout)
		defer cancel()
		defer func() {
			if p := recover(); p != nil {
				a.log.LogAttrs(ctx, slog.LevelError, "slack event handler panicked",
					slog.String("event_id", id), slog.String("panic", fmt.Sprint(p)), slog.String("stack", string(debug.Stack())))
			}
		}()
		job(ctx)
	}()
}

// onEventsAPI takes one Events API event (from HTTP or the socket). It
// returns at once: the answer, if any, is dispatched. retry is the delivery
// attempt Slack reports (0 for the first).
func (a *Adapter) onEventsAPI(ctx context.Context, ev slackevents.EventsAPIEvent, retry int) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if rl, limited := ev.Data.(*slackevents.EventsAPIAppRateLimited); limited {
		// Slack is dropping this app's events for a minute: say so loudly.
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack is rate limiting the app's events",
			slog.Int("minute_rate_limited", rl.MinuteRateLimited), slog.String("team_id", rl.TeamID))
		return
	}
	if !ok {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack event ignored", slog.String("type", ev.Type))
		return
	}
	self := a.self.Load()
	if self == nil { // cannot happen: events are taken after auth.test
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack event before auth.test, dropped", slog.String("event_id", cb.EventID))
		return
	}
	if cb.EventID != "" && !a.seen.Add(ctx, "event:"+cb.EventID) {
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack duplicate event ignored",
			slog.String("event_id", cb.EventID), slog.Int("retry", retry))
		return
	}
	if a.onSurfaceEvent(ctx, cb.EventID, ev.InnerEvent.Data) {
		return
	}
	var (
		in     inbound
		reason string
	)
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		in, reason = decideMention(e, *self)
	case *slackevents.MessageEvent:
		var ok bool
		if in, ok = decideAnswerChannel(e, *self, a.cfg.AnswerChannels); ok {
			break
		}
		in, reason = decideMessage(e, *self, a.cfg.ThreadFollowUps, func(channel, threadTS string) bool { return a.inThread(ctx, channel, threadTS) })
	default:
		reason = "event type " + ev.InnerEvent.Type
	}
	if reason != "" {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack event ignored",
			slog.String("event_id", cb.EventID), slog.String("type", ev.InnerEvent.Type), slog.String("reason", reason))
		return
	}
	if !a.seen.Add(ctx, "message:"+in.Channel+":"+in.TS) {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack message already answered",
			slog.String("event_id", cb.EventID), slog.String("channel", in.Channel), slog.String("ts", in.TS))
		return
	}
	attrs := []slog.Attr{slog.String("event_id", cb.EventID), slog.String("kind", in.Kind),
		slog.String("channel", in.Channel), slog.String("user", in.Question.User)}
	a.dispatch(ctx, cb.EventID, func(ctx context.Context) {
		a.answerAndPost(ctx, in.Question, target{Channel: in.Channel, ThreadTS: in.ThreadTS, onlyIfSure: in.Question.Unaddressed,
			assistant: in.Kind == "dm" && a.isAssistantThread(ctx, in.Channel, in.ThreadTS)}, attrs)
	})
}

// inThread reports whether the bot answered in the thread.
func (a *Adapter) inThread(ctx context.Context, channel, threadTS string) bool {
	return a.threads.Has(ctx, channel+":"+threadTS)
}

// onSlashCommand takes a slash command and returns the immediate response
// (the HTTP body or the socket ack payload), nil for none. Empty text gets
// the usage message; a question is answered through the response_url.
func (a *Adapter) onSlashCommand(ctx context.Context, cmd slack.SlashCommand) *slashResponse {
	text := plainText(cmd.Text, "")
	attrs := []slog.Attr{slog.String("kind", "slash"), slog.String("channel", cmd.ChannelID), slog.String("user", cmd.UserID)}
	if text == "" {
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack slash command without a question: usage sent", attrs...)
		return &slashResponse{ResponseType: slack.ResponseTypeEphemeral, Text: usageText(cmd.Command)}
	}
	responseType := slack.ResponseTypeEphemeral
	if !a.cfg.SlashEphemeral {
		responseType = slack.ResponseTypeInChannel
	}
	if cmd.ResponseURL == "" {
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack slash command without response_url ignored", attrs...)
		return nil
	}
	id := "slash:" + cmd.TriggerID
	// A signed request is valid for five minutes and Slack never sends a
	// command twice: a repeat of a trigger id is a replay (or a socket's
	// redelivery), answered once — by one replica, when they share Seen.
	if cmd.TriggerID != "" && !a.seen.Add(ctx, id) {
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack slash command repeated (same trigger_id), not answered again", attrs...)
		return nil
	}
	a.dispatch(ctx, id, func(ctx context.Context) {
		q := bot.Question{Text: text, Platform: platform, User: cmd.UserID}
		a.answerAndPost(ctx, q, target{ResponseURL: cmd.ResponseURL, ResponseType: responseType}, attrs)
	})
	if responseType == slack.ResponseTypeInChannel {
		// Shows the person's command in the channel above the answer.
		return &slashResponse{ResponseType: slack.ResponseTypeInChannel}
	}
	return nil
}

// slashResponse is the immediate answer to a slash command.
type slashResponse struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text,omitempty"`
}

// onInteraction takes a block_actions payload: a suggested question is
// answered, a feedback click recorded. Other interactions are ignored.
func (a *Adapter) onInteraction(ctx context.Context, ic slack.InteractionCallback) {
	if ic.Type == slack.InteractionTypeMessageAction {
		a.onShortcut(ctx, ic)
		return
	}
	if ic.Type != slack.InteractionTypeBlockActions {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack interaction ignored", slog.String("type", string(ic.Type)))
		return
	}
	channel := ic.Container.ChannelID
	if channel == "" {
		channel = ic.Channel.ID
	}
	for _, act := range ic.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		// Slack does not retry interactions, but a socket may redeliver.
		if !a.seen.Add(ctx, "action:"+ic.User.ID+":"+act.ActionTs+":"+act.ActionID+":"+ic.TriggerID) {
			continue
		}
		attrs := []slog.Attr{slog.String("kind", "button"), slog.String("action", act.ActionID),
			slog.String("channel", channel), slog.String("user", ic.User.ID)}
		entry := act.Value
		if entry == "" || len(entry) > maxButtonValue {
			a.log.LogAttrs(ctx, slog.LevelWarn, "slack button without a valid entry id ignored", attrs...)
			continue
		}
		switch {
		case strings.HasPrefix(act.ActionID, actionAsk):
			tgt := a.buttonTarget(ic, channel)
			q := bot.Question{EntryID: entry, Platform: platform, User: ic.User.ID}
			a.dispatch(ctx, "action:"+act.ActionTs, func(ctx context.Context) {
				a.answerAndPost(ctx, q, tgt, attrs)
			})
		case act.ActionID == actionHelpful || act.ActionID == actionNotHelpful:
			a.onFeedback(ctx, ic, channel, entry, act.ActionID == actionHelpful, attrs)
		case act.ActionID == actionShare:
			a.onShare(ctx, ic, channel, entry, attrs)
		default:
			a.log.LogAttrs(ctx, slog.LevelDebug, "slack action ignored", attrs...)
		}
	}
}

// buttonTarget is where the answer to a suggested-question button goes: in
// an ephemeral message, through the response_url to the same person; in a
// conversation, in the thread of the message that holds the button (or its
// own thread, at the top level of a channel), falling back to the
// response_url if the bot may not post there.
func (a *Adapter) buttonTarget(ic slack.InteractionCallback, channel string) target {
	if ic.Container.Type == "view" || ic.View.Type == slack.VTHomeTab {
		// A question picked on the Home tab is answered in the bot's DM.
		return target{Channel: ic.User.ID}
	}
	if ic.Container.IsEphemeral || channel == "" {
		return target{ResponseURL: ic.ResponseURL, ResponseType: slack.ResponseTypeEphemeral}
	}
	thread := ic.Container.ThreadTs
	if thread == "" {
		thread = ic.Message.ThreadTimestamp
	}
	if thread == "" && !isDM(channel) {
		thread = ic.Container.MessageTs
	}
	return target{Channel: channel, ThreadTS: thread, ResponseURL: ic.ResponseURL, ResponseType: slack.ResponseTypeInChannel}
}

// onFeedback records a Helpful / Not helpful click once per person and
// message, then thanks the person privately.
func (a *Adapter) onFeedback(ctx context.Context, ic slack.InteractionCallback, channel, entry string, helpful bool, attrs []slog.Attr) {
	msgTS := ic.Container.MessageTs
	if msgTS == "" {
		msgTS = ic.Message.Timestamp
	}
	attrs = append(attrs, slog.String("entry", entry), slog.Bool("helpful", helpful))
	if !a.votes.Add(ctx, ic.User.ID+":"+channel+":"+msgTS+":"+entry) {
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack feedback repeated, not counted again", attrs...)
		return
	}
	a.metrics.Feedback(platform, entry, helpful)
	a.log.LogAttrs(ctx, slog.LevelInfo, "slack feedback", attrs...)
	if ic.ResponseURL == "" {
		return
	}
	a.dispatch(ctx, "feedback:"+ic.TriggerID, func(ctx context.Context) {
		thanks := rendered{Text: "Thanks for the feedback!"}
		_ = a.post(ctx, target{ResponseURL: ic.ResponseURL, ResponseType: slack.ResponseTypeEphemeral}, thanks, attrs)
	})
}

// answerAndPost asks the answerer and posts the reply (nothing for a
// silent one), then logs the one line the question gets: its ids, the
// status and entry, the time to answer and in all, and what became of the
// reply.
func (a *Adapter) answerAndPost(ctx context.Context, q bot.Question, tgt target, attrs []slog.Attr) {
	start := time.Now()
	conv := tgt.conversation()
	if q.Previous == nil && q.EntryID == "" {
		q.Previous = a.conv.Previous(conv)
	}
	thinking := a.think(ctx, tgt, attrs)
	reply, ok := a.answer(ctx, q, attrs)
	thinking.stop()
	answered := time.Since(start)
	var msg rendered
	switch {
	case !ok && !tgt.onlyIfSure:
		msg = rendered{Text: apology}
	case !ok, reply.Silent, tgt.onlyIfSure && reply.Status != bot.StatusAnswered && reply.Status != bot.StatusUrgent:
		// A thread follow-up nobody addressed to the bot ("thanks!",
		// people talking among themselves) gets an answer or an urgent-care
		// reply, never a decline or an introduction.
		thinking.clear(ctx)
		a.logQuestion(ctx, slog.LevelInfo, "reply silent", attrs, q, reply, answered, start, nil)
		return
	default:
		tgt = privateIfUrgent(reply, tgt)
		msg = renderFor(reply, tgt)
	}
	if err := a.post(ctx, tgt, msg, attrs); err != nil {
		a.logQuestion(ctx, slog.LevelError, "reply not delivered", attrs, q, reply, answered, start, err)
		return
	}
	if ok {
		a.conv.Record(conv, q, reply)
	}
	a.logQuestion(ctx, slog.LevelInfo, "reply posted", attrs, q, reply, answered, start, nil)
}

// logQuestion logs a question's one line, with the same keys whatever
// became of it: attrs (event_id, kind, channel, user), status, entry and
// asked_entry when there is one, answer_ms, total_ms, the question's text
// only when the operator opted in, and the error of a reply not delivered.
func (a *Adapter) logQuestion(ctx context.Context, level slog.Level, msg string, attrs []slog.Attr, q bot.Question, r bot.Reply, answered time.Duration, start time.Time, err error) {
	attrs = append(slices.Clip(attrs), slog.String("status", string(r.Status)))
	attrs = append(attrs, slog.String("entry", r.EntryID)) // "" when not answered
	if q.EntryID != "" {
		attrs = append(attrs, slog.String("asked_entry", q.EntryID))
	}
	attrs = append(attrs, ms("answer_ms", answered), ms("total_ms", time.Since(start)))
	if a.logQuestions {
		attrs = append(attrs, slog.String("question", q.Text))
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", a.redact(err)))
	}
	a.log.LogAttrs(ctx, level, msg, attrs...)
}

// answer calls the answerer, turning a panic into ok=false.
func (a *Adapter) answer(ctx context.Context, q bot.Question, attrs []slog.Attr) (r bot.Reply, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			a.log.LogAttrs(ctx, slog.LevelError, "slack answerer panicked",
				append(attrs, slog.String("panic", fmt.Sprint(p)), slog.String("stack", string(debug.Stack())))...)
			ok = false
		}
	}()
	return a.answerer.Answer(ctx, q), true
}

// post delivers a message to its target, with retries. A reply posted in a
// channel thread marks the thread as one the bot answered in.
func (a *Adapter) post(ctx context.Context, tgt target, msg rendered, attrs []slog.Attr) error {
	opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false), slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl()}
	if len(msg.Blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(msg.Blocks...))
	}
	if tgt.ThreadTS != "" {
		opts = append(opts, slack.MsgOptionTS(tgt.ThreadTS))
	}
	if tgt.Channel != "" {
		err := a.call(ctx, "chat.postMessage", attrs, func(ctx context.Context) error {
			_, _, err := a.api.PostMessageContext(ctx, tgt.Channel, opts...)
			return err
		})
		if err == nil {
			if tgt.ThreadTS != "" && !isDM(tgt.Channel) {
				a.threads.Touch(ctx, tgt.Channel+":"+tgt.ThreadTS)
			}
			return nil
		}
		se, ok := errors.AsType[slack.SlackErrorResponse](err)
		if tgt.ResponseURL == "" || !ok || (se.Err != "not_in_channel" && se.Err != "channel_not_found") {
			return err
		}
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack cannot post in the channel, answering through the response_url", attrs...)
	}
	if tgt.ResponseURL == "" {
		return errors.New("slack: no channel or response_url to reply to")
	}
	opts = append(opts, slack.MsgOptionResponseURL(tgt.ResponseURL, tgt.ResponseType))
	return a.call(ctx, "response_url", attrs, func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, "", opts...)
		return err
	})
}
