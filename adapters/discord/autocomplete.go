package discord

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// Discord's limits on an autocomplete answer.
const (
	maxChoices     = 25
	maxChoiceName  = 100
	maxChoiceValue = 100
)

// choiceEntry prefixes the value of a suggested question too long to be
// its own value: the entry id follows, and /ask asks that entry.
const choiceEntry = "exobot:entry:"

// autocomplete answers /ask's autocomplete (interaction type 4) at once,
// with no deferral possible: up to 25 choices (type 8). It is not a
// question — nothing is answered, recorded or rate-limited — and its log
// line, at debug level, carries no text.
func (a *Adapter) autocomplete(ctx context.Context, in *discordgo.Interaction, respond respondFunc) {
	start := time.Now()
	typed := ""
	if d, ok := in.Data.(discordgo.ApplicationCommandInteractionData); ok && d.Name == commandAsk {
		for _, o := range d.Options {
			if o != nil && o.Name == optionQuestion {
				typed, _ = o.Value.(string)
			}
		}
	}
	var sugg []bot.Suggestion
	if a.suggester != nil {
		sugg = a.suggester.Suggest(ctx, typed, maxChoices)
	}
	choices := autocompleteChoices(typed, sugg)
	err := respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	attrs := append(interactionAttrs(in), slog.Int("choices", len(choices)), ms("took_ms", time.Since(start)))
	if err != nil {
		a.log.LogAttrs(ctx, slog.LevelWarn, "discord: autocomplete not answered", append(attrs, slog.String("error", a.rest.describe(err)))...)
		return
	}
	a.log.LogAttrs(ctx, slog.LevelDebug, "discord: autocomplete", attrs...)
}

// autocompleteChoices turns what was typed and the suggestions for it into
// /ask's choices, within Discord's limits (25 choices, names and values of
// at most 100 characters). What the person typed comes first, as typed, so
// that Enter asks their own question — an emergency must never be
// completed into something else; text too long to be a choice gives no
// choices at all, so that it is sent whole. Suggested questions follow:
// each named by its question and valued by it (the engine answers its own
// question with its entry directly), or by choiceEntry and the id when the
// question is too long to be a value.
func autocompleteChoices(typed string, sugg []bot.Suggestion) []*discordgo.ApplicationCommandOptionChoice {
	typed = oneLine(typed)
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if discordLen(typed) > maxChoiceValue {
		return choices
	}
	seen := map[string]bool{}
	if typed != "" {
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: typed, Value: typed})
		seen[strings.ToLower(typed)] = true
	}
	for _, s := range sugg {
		if len(choices) == maxChoices {
			break
		}
		q := oneLine(s.Question)
		if q == "" || seen[strings.ToLower(q)] {
			continue
		}
		value := q
		if discordLen(q) > maxChoiceValue {
			value = choiceEntry + s.ID
			if !validEntryID(s.ID) || discordLen(value) > maxChoiceValue {
				continue
			}
		}
		seen[strings.ToLower(q)] = true
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(q, maxChoiceName), Value: value})
	}
	return choices
}
