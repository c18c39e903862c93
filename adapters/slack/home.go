package slack

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"exobot/bot"
)

// The Home tab: what exobot is and is not, its source, example questions
// that answer in the bot's DM, how to get a private answer, and what it
// keeps. It is published (views.publish) when a person opens the tab,
// unless what they see is already the current one.

// Limits of a Home view.
const (
	maxViewBlocks  = 100
	maxHeaderText  = 150
	maxHomeAsk     = 5 // example-question buttons
	homeSlashUsage = "/exosomes"
)

// homeView renders the Home tab for about and the example questions. Its
// private_metadata is a digest of the blocks, so that a tab already showing
// them is not published again.
func homeView(about bot.About, examples []bot.Suggestion) slack.HomeTabViewRequest {
	var blocks []slack.Block
	header := func(text string) {
		blocks = append(blocks, slack.NewHeaderBlock(plain(truncate(text, maxHeaderText))))
	}
	section := func(id, text string) {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn(truncate(text, maxSectionText)), nil, nil, slack.SectionBlockOptionBlockID(id)))
	}
	header("exobot")
	section("is", escape(bot.AboutIs))
	section("is_not", escape(bot.AboutIsNot))
	blocks = append(blocks, slack.NewDividerBlock())

	header("The source")
	src := "*" + escape(orDefault(about.Title, "One article on exosomes in skincare")) + "*\nWritten by a board-certified dermatologist."
	if about.Reviewed != "" {
		src += " Every answer was last reviewed against it on " + escape(about.Reviewed) + "."
	}
	section("source", src)
	if len(about.Sections) > 0 {
		var b strings.Builder
		b.WriteString("*Its sections*")
		for _, s := range about.Sections {
			b.WriteString("\n• ")
			b.WriteString(escape(s))
		}
		section("sections", b.String())
	}
	blocks = append(blocks, slack.NewDividerBlock())

	var buttons []slack.BlockElement
	for _, s := range examples {
		if len(buttons) == maxHomeAsk {
			break
		}
		label := strings.TrimSpace(s.Question)
		if s.ID == "" || len(s.ID) > maxButtonValue || label == "" {
			continue
		}
		buttons = append(buttons, slack.NewButtonBlockElement(actionHomeAsk+itoa(len(buttons)), s.ID, plain(truncate(label, maxButtonText))))
	}
	if len(buttons) > 0 {
		header("Try asking")
		section("try", "Pick a question and I'll answer it in our DM, under *Messages*.")
		blocks = append(blocks, slack.NewActionBlock(blockHomeAsk, buttons...))
		blocks = append(blocks, slack.NewDividerBlock())
	}

	header("Private answers")
	section("private", "• Write to me under *Messages*: only you see our conversation.\n"+
		"• `"+homeSlashUsage+" your question` answers privately, wherever you are. *Share in channel* posts the answer for everyone, saying you shared it.\n"+
		"• On any message, choose *More actions (⋯) → Ask exobot*: I answer that message, privately.\n"+
		"• In a workspace with the AI assistant pane, open me there for a conversation beside your work.\n"+
		"• Mention me in a channel and I answer in the message's thread, for everyone there. Urgent-care advice is always for you alone when you asked privately.")
	blocks = append(blocks, slack.NewDividerBlock())

	header("Privacy")
	section("privacy", escape(bot.PrivacyText))
	blocks = append(blocks, slack.NewContextBlock("disclaimer", mrkdwn(":information_source: "+escape(bot.Disclaimer))))

	if len(blocks) > maxViewBlocks {
		blocks = blocks[:maxViewBlocks]
	}
	v := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
	b, _ := json.Marshal(v.Blocks)
	sum := sha256.Sum256(b)
	v.PrivateMetadata = "exobot-home:" + hex.EncodeToString(sum[:8])
	return v
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// onHomeOpened publishes the Home tab to the person who opened it, unless
// it already shows the current view. The Messages tab is ignored.
func (a *Adapter) onHomeOpened(ctx context.Context, eventID string, ev *slackevents.AppHomeOpenedEvent) {
	attrs := []slog.Attr{slog.String("event_id", eventID), slog.String("kind", "home"), slog.String("user", ev.User)}
	if ev.Tab != "home" || ev.User == "" {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack app_home_opened ignored", append(attrs, slog.String("tab", ev.Tab))...)
		return
	}
	about, examples := a.homeContent(ctx)
	view := homeView(about, examples)
	if ev.View != nil && ev.View.PrivateMetadata == view.PrivateMetadata {
		a.log.LogAttrs(ctx, slog.LevelDebug, "slack home already current", attrs...)
		return
	}
	a.dispatch(ctx, "home:"+eventID, func(ctx context.Context) {
		err := a.call(ctx, "views.publish", attrs, func(ctx context.Context) error {
			_, err := a.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: ev.User, View: view})
			return err
		})
		if err != nil {
			return // logged and counted by call
		}
		a.log.LogAttrs(ctx, slog.LevelInfo, "slack home published", attrs...)
	})
}

// homeContent is what the Home tab shows from the catalog: the source and
// the example questions.
func (a *Adapter) homeContent(ctx context.Context) (bot.About, []bot.Suggestion) {
	if a.catalog == nil {
		return bot.About{}, nil
	}
	return a.catalog.About(), a.catalog.Suggest(ctx, "", maxHomeAsk)
}
