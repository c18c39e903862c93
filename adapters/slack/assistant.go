package slack

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// The assistant pane (Slack's AI-app surface, on plans that offer it): a
// thread the person opens beside their work. When one starts, exobot sets
// three or four of its example questions as suggested prompts; messages
// in it arrive as DMs in that thread and are answered there, as in a DM,
// with an "is thinking…" status while an answer is slow.

const (
	// maxPrompts is how many suggested prompts the pane shows (Slack takes
	// up to four).
	maxPrompts = 4
	// promptsTitle heads the suggested prompts.
	promptsTitle = "Try asking"
	// thinkingStatus is shown under the thread while an answer is slow.
	thinkingStatus = "is thinking…"
	// assistantTTL is how long a started assistant thread is remembered.
	assistantTTL = 24 * time.Hour
	assistantMax = 10_000
)

// defaultThinkingAfter is how long an answer may take before the status
// shows.
const defaultThinkingAfter = 700 * time.Millisecond

// onAssistantStarted sets the new thread's suggested prompts and
// remembers the thread, so that its messages get a thinking status.
func (a *Adapter) onAssistantStarted(ctx context.Context, eventID string, ev *slackevents.AssistantThreadStartedEvent) {
	th := ev.AssistantThread
	attrs := []slog.Attr{slog.String("event_id", eventID), slog.String("kind", "assistant"), slog.String("channel", th.ChannelID), slog.String("user", th.UserID)}
	if th.ChannelID == "" || th.ThreadTimeStamp == "" {
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack assistant_thread_started without a thread, ignored", attrs...)
		return
	}
	a.assistant.Touch(ctx, th.ChannelID+":"+th.ThreadTimeStamp)
	var prompts []slack.AssistantThreadsPrompt
	if a.catalog != nil {
		for _, s := range a.catalog.Suggest(ctx, "", maxPrompts) {
			if q := strings.TrimSpace(s.Question); q != "" {
				prompts = append(prompts, slack.AssistantThreadsPrompt{Title: q, Message: q})
			}
		}
	}
	if len(prompts) == 0 {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack assistant thread started; no prompts to suggest", attrs...)
		return
	}
	params := slack.AssistantThreadsSetSuggestedPromptsParameters{Title: promptsTitle, ChannelID: th.ChannelID, ThreadTS: th.ThreadTimeStamp, Prompts: prompts}
	a.dispatch(ctx, "assistant:"+eventID, func(ctx context.Context) {
		err := a.call(ctx, "assistant.threads.setSuggestedPrompts", attrs, func(ctx context.Context) error {
			return a.api.SetAssistantThreadsSuggestedPromptsContext(ctx, params)
		})
		if err == nil {
			a.log.LogAttrs(ctx, slog.LevelInfo, "slack assistant prompts suggested", append(attrs, slog.Int("prompts", len(prompts)))...)
		}
	})
}

// isAssistantThread reports whether a DM thread is an assistant thread
// exobot saw start.
func (a *Adapter) isAssistantThread(ctx context.Context, channel, threadTS string) bool {
	return threadTS != "" && isDM(channel) && a.assistant.Has(ctx, channel+":"+threadTS)
}

// thinker shows the assistant pane's thinking status while an answer is
// slow: once thinkingAfter has passed, unless stopped first.
type thinker struct {
	a     *Adapter
	tgt   target
	attrs []slog.Attr
	timer *time.Timer

	mu      sync.Mutex // held while the status is being set
	stopped bool
	shown   bool
}

// think starts the thinking status's clock for a reply to tgt; nil (which
// does nothing) outside assistant threads.
func (a *Adapter) think(ctx context.Context, tgt target, attrs []slog.Attr) *thinker {
	if !tgt.assistant {
		return nil
	}
	t := &thinker{a: a, tgt: tgt, attrs: attrs}
	t.timer = time.AfterFunc(a.thinkingAfter, func() { t.show(ctx) })
	return t
}

func (t *thinker) show(ctx context.Context) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	err := t.a.call(ctx, "assistant.threads.setStatus", t.attrs, func(ctx context.Context) error {
		return t.a.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: t.tgt.Channel, ThreadTS: t.tgt.ThreadTS, Status: thinkingStatus})
	})
	t.shown = err == nil
}

// stop ends the clock once the answer is ready, waiting for a status being
// set, so that the reply is posted after it (posting clears it).
func (t *thinker) stop() {
	if t == nil {
		return
	}
	t.timer.Stop()
	t.mu.Lock()
	t.stopped = true
	t.mu.Unlock()
}

// clear removes a status that was shown when no reply follows to clear it.
func (t *thinker) clear(ctx context.Context) {
	if t == nil || !t.shown {
		return
	}
	_ = t.a.call(ctx, "assistant.threads.setStatus", t.attrs, func(ctx context.Context) error {
		return t.a.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: t.tgt.Channel, ThreadTS: t.tgt.ThreadTS, Status: ""})
	})
}
