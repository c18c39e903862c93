package discord

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// This file answers interactions: /ask, the Ask exobot message command,
// suggested-question, Share and feedback buttons. Health questions are
// personal, so answers are private (ephemeral) by default: /ask unless
// DISCORD_ASK_EPHEMERAL=false, Ask exobot and suggested questions always,
// and an urgent reply always, whatever asked for it. A private answer
// carries a Share button that posts the same answer publicly, naming who
// shared it. In the bot's own DM nothing needs hiding.

// respondFunc sends an interaction's first response, which Discord wants
// within 3 s: through the callback endpoint (gateway) or as the HTTP
// response (HTTP interactions).
type respondFunc func(ctx context.Context, resp *discordgo.InteractionResponse) error

// handleInteraction answers an application command or a button click. A
// feedback click is recorded and acknowledged privately. A question
// answered within deferAfter is sent as the first response; a slower one
// is deferred (type 5, private when the answer will be) and then edited in
// through the interaction webhook, which needs no bot token. A reply that
// must be private behind a public deferral (an urgent one) replaces the
// placeholder with a private follow-up.
func (a *Adapter) handleInteraction(ctx context.Context, in *discordgo.Interaction, respond respondFunc) {
	if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
		a.autocomplete(ctx, in, respond)
		return
	}
	attrs := interactionAttrs(in)
	act := actionFromInteraction(in, a.cfg.askPrivate())
	switch act.kind {
	case actFeedback:
		a.metrics.Feedback(platform, act.entryID, act.helpful)
		a.log.LogAttrs(ctx, slog.LevelInfo, "discord: feedback",
			append(attrs, slog.String("entry", act.entryID), slog.Bool("helpful", act.helpful))...)
		_ = respond(ctx, textMessage(textFeedback, true).response())
		return
	case actUnknownEntry:
		_ = respond(ctx, textMessage(textUnknownEntry, true).response())
		return
	case actNoText:
		_ = respond(ctx, textMessage(textNoText, true).response())
		return
	case actUnknown:
		a.log.LogAttrs(ctx, slog.LevelWarn, "discord: unsupported interaction",
			append(attrs, slog.Int("type", int(in.Type)))...)
		_ = respond(ctx, textMessage(textUnknown, true).response())
		return
	}
	attrs = append(attrs, slog.Bool("private", act.private))

	start := time.Now()
	results := make(chan answerResult, 1)
	go func() {
		defer a.recoverPanic("interaction_id", in.ID)
		results <- a.answer(ctx, act.question, "interaction_id", in.ID)
	}()
	timer := time.NewTimer(a.deferAfter)
	defer timer.Stop()
	select {
	case res := <-results:
		if err := respond(ctx, interactionMessage(in, act, res).response()); err != nil {
			a.logReply(ctx, slog.LevelError, "reply not delivered", attrs, act.question, res, start, err)
			return
		}
		a.logReply(ctx, slog.LevelInfo, "reply posted", attrs, act.question, res, start, nil)
		return
	case <-timer.C:
	}

	if respond(ctx, deferred(act.private)) != nil {
		return
	}
	var res answerResult
	select {
	case res = <-results:
	case <-ctx.Done():
		a.log.LogAttrs(ctx, slog.LevelError, "discord: no answer before the reply timeout", attrs...)
		return
	}
	appID := a.interactionAppID(in)
	original := discordgo.EndpointInteractionResponseActions(appID, in.Token)
	msg := interactionMessage(in, act, res)
	var err error
	switch {
	case res.ok && res.reply.Silent:
		// Nothing to say: remove the "thinking…" placeholder.
		err = a.rest.tokenRequest(ctx, "interaction_delete", http.MethodDelete, original, nil, attrs)
	case msg.Ephemeral && !act.private:
		// The placeholder is public but the reply must not be: remove the
		// placeholder, then answer in a private follow-up.
		err = a.rest.tokenRequest(ctx, "interaction_delete", http.MethodDelete, original, nil, attrs)
		if err == nil {
			err = a.rest.tokenRequest(ctx, "interaction_followup", http.MethodPost,
				discordgo.EndpointFollowupMessage(appID, in.Token), msg.followup(), attrs)
		}
	default:
		err = a.rest.tokenRequest(ctx, "interaction_edit", http.MethodPatch, original, msg.edit(), attrs)
	}
	if err != nil {
		a.logReply(ctx, slog.LevelError, "reply not delivered", attrs, act.question, res, start, err)
		return
	}
	a.logReply(ctx, slog.LevelInfo, "reply posted", append(attrs, slog.Bool("deferred", true)), act.question, res, start, nil)
}

func (a *Adapter) interactionAppID(in *discordgo.Interaction) string {
	if in.AppID != "" {
		return in.AppID
	}
	if p := a.appID.Load(); p != nil {
		return *p
	}
	return ""
}

// interactionMessage renders an answer for an interaction, which must
// always be answered: a silent reply becomes a private acknowledgement and
// a panic a private apology. A private action's answer is ephemeral, and
// so is an urgent reply outside the bot's DM whatever asked for it; a
// private answer carries a Share button where there is someone to share it
// with. A Share click posts the entry's answer publicly, naming the person
// who shared it — or, when the entry can no longer be answered, says so
// privately.
func interactionMessage(in *discordgo.Interaction, act action, res answerResult) message {
	switch {
	case !res.ok:
		return textMessage(textApology, true)
	case res.reply.Silent:
		return textMessage(textSilentAck, true)
	}
	r := res.reply
	if act.kind == actShare {
		if r.Status != bot.StatusAnswered {
			return textMessage(textUnknownEntry, true)
		}
		return sharedMessage(r, act.sharer)
	}
	if act.private || (r.Status == bot.StatusUrgent && !inBotDM(in)) {
		return privateMessage(r, !inBotDM(in))
	}
	return renderReply(r)
}
