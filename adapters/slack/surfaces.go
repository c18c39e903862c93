package slack

import (
	"context"

	"github.com/slack-go/slack/slackevents"
)

// onSurfaceEvent handles the events of Slack's own surfaces — the Home
// tab, the assistant pane — and reports whether ev was one of them.
func (a *Adapter) onSurfaceEvent(ctx context.Context, eventID string, ev any) bool {
	switch e := ev.(type) {
	case *slackevents.AppHomeOpenedEvent:
		a.onHomeOpened(ctx, eventID, e)
		return true
	case *slackevents.AssistantThreadStartedEvent:
		a.onAssistantStarted(ctx, eventID, e)
		return true
	case *slackevents.AssistantThreadContextChangedEvent:
		// Where the person is looking does not change what exobot answers.
		return true
	}
	return false
}
