package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// socketAcker is the part of *socketmode.Client the event loop calls.
type socketAcker interface {
	AckCtx(ctx context.Context, envelopeID string, payload any) error
}

var _ socketAcker = (*socketmode.Client)(nil)

// runSocket holds a Socket Mode connection until ctx is done. slack-go's
// client reconnects by itself when the socket drops, Slack asks it to
// (disconnect) or pings stop; it gives up only when Slack refuses the app
// token, which is returned as an error.
func (a *Adapter) runSocket(ctx context.Context) error {
	smc := socketmode.New(a.sdk, socketmode.OptionLog(discardLogger{}))
	done := make(chan error, 1)
	go func() { done <- smc.RunContext(ctx) }()
	for {
		select {
		case err := <-done:
			a.ready.Store(false)
			if ctx.Err() != nil {
				return nil
			}
			// RunContext gives up only when Slack refuses the app token
			// (invalid_auth, or a 404 for an app without Socket Mode).
			a.metrics.APIError(platform, "apps.connections.open")
			a.setNotReady("Slack refused " + EnvAppToken)
			return &RefusedError{Variable: EnvAppToken, Reason: "apps.connections.open: " + a.redact(err)}
		case evt := <-smc.Events:
			a.onSocketEvent(ctx, smc, evt)
		}
	}
}

// onSocketEvent handles one event from the Socket Mode client. Requests
// from Slack are taken (the answer dispatched) and then acknowledged, so a
// recorded ack means the work is already counted by Drain.
func (a *Adapter) onSocketEvent(ctx context.Context, ack socketAcker, evt socketmode.Event) {
	if evt.Request != nil && evt.Request.EnvelopeID != "" && ctx.Err() != nil {
		// Shutting down: leave the request unacknowledged, and Slack
		// delivers it again, to another connection or after the restart.
		a.log.LogAttrs(context.WithoutCancel(ctx), slog.LevelInfo, "slack socket request left for redelivery: shutting down",
			slog.String("envelope_id", evt.Request.EnvelopeID), slog.String("type", string(evt.Type)))
		return
	}
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.ready.Store(false)
	case socketmode.EventTypeConnected:
		if ctx.Err() == nil {
			a.setNotReady("")
			a.ready.Store(true)
		}
		count := 0
		if ce, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			count = ce.ConnectionCount
		}
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack socket connected", slog.Int("reconnects", count))
	case socketmode.EventTypeConnectionError:
		a.ready.Store(false)
		attrs := []slog.Attr{}
		if ce, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			msg := a.redact(ce.ErrorObj)
			attrs = append(attrs, slog.Int("attempt", ce.Attempt), ms("wait_ms", ce.Backoff), slog.String("error", msg))
			a.setNotReady(fmt.Sprintf("cannot open the Socket Mode socket: %s (attempt %d, next in %s)", msg, ce.Attempt, ce.Backoff.Round(100*time.Millisecond)))
		}
		a.metrics.APIRetry(platform, "apps.connections.open")
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack socket connection failed, retrying", attrs...)
	case socketmode.EventTypeInvalidAuth:
		a.ready.Store(false)
		a.log.LogAttrs(ctx, slog.LevelError, "slack socket: app token refused")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack socket error", slog.String("type", string(evt.Type)), slog.String("error", a.redact(socketErr(evt.Data))))
	case socketmode.EventTypeErrorBadMessage:
		// A request the client could not parse (an unknown event type):
		// acknowledge it so that Slack does not redeliver it.
		bm, _ := evt.Data.(*socketmode.ErrorBadMessage)
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack socket message not understood", slog.String("error", a.redact(socketErr(evt.Data))))
		if bm != nil {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bm.Message, &env) == nil && env.EnvelopeID != "" {
				a.ack(ctx, ack, env.EnvelopeID, nil)
			}
		}
	case socketmode.EventTypeEventsAPI:
		if ev, ok := evt.Data.(slackevents.EventsAPIEvent); ok {
			retry := 0
			if evt.Request != nil {
				retry = evt.Request.RetryAttempt
			}
			a.onEventsAPI(ctx, ev, retry)
		}
		a.ackRequest(ctx, ack, evt.Request, nil)
	case socketmode.EventTypeSlashCommand:
		var resp any
		if cmd, ok := evt.Data.(slack.SlashCommand); ok {
			if r := a.onSlashCommand(ctx, cmd); r != nil {
				resp = r
			}
		}
		a.ackRequest(ctx, ack, evt.Request, resp)
	case socketmode.EventTypeInteractive:
		if ic, ok := evt.Data.(slack.InteractionCallback); ok {
			a.onInteraction(ctx, ic)
		}
		a.ackRequest(ctx, ack, evt.Request, nil)
	case socketmode.EventTypeHello, socketmode.EventTypeDisconnect:
	default:
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack socket event ignored", slog.String("type", string(evt.Type)))
	}
}

func (a *Adapter) ackRequest(ctx context.Context, ack socketAcker, req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	a.ack(ctx, ack, req.EnvelopeID, payload)
}

// ack acknowledges a request that was taken. It runs on a context detached
// from Run's: once taken, a request must be acknowledged even if shutdown
// begins meanwhile, or Slack would deliver it again and it would be answered
// twice.
func (a *Adapter) ack(ctx context.Context, ack socketAcker, envelopeID string, payload any) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.ackTimeout)
	defer cancel()
	if err := ack.AckCtx(ctx, envelopeID, payload); err != nil {
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack socket ack failed", slog.String("envelope_id", envelopeID), slog.String("error", a.redact(err)))
	}
}

// socketErr extracts the error carried by a socket error event.
func socketErr(data any) error {
	switch d := data.(type) {
	case *slack.IncomingEventError:
		return d.ErrorObj
	case *socketmode.ErrorWriteFailed:
		return d.Cause
	case *socketmode.ErrorBadMessage:
		return d.Cause
	case error:
		return d
	}
	return fmt.Errorf("%T", data)
}
