package slack

import (
	"strconv"
	"strings"

	"github.com/slack-go/slack"

	"exobot/bot"
)

// Slack's Block Kit limits that the rendering respects.
const (
	maxSectionText  = 3000 // a section's text
	maxContextText  = 3000 // one text element of a context block
	maxContextElems = 10   // elements of a context block
	maxButtonText   = 75   // a button's label
	maxActionID     = 255  // a button's action_id
	maxButtonValue  = 2000 // a button's value
	maxBlocks       = 50   // blocks in one message
	maxFallbackText = 3000 // the notification text we send (Slack allows more)
	maxRelated      = 5    // suggested-question buttons we show
)

// Action ids of the buttons the adapter renders and handles. A suggested
// question's action id is actionAsk plus its position (action ids must be
// unique within a block); its value is the entry id.
const (
	actionAsk        = "exobot_ask_"
	actionHelpful    = "exobot_helpful"
	actionNotHelpful = "exobot_not_helpful"
)

// Block ids, unique within a message.
const (
	blockAnswer   = "answer"
	blockSources  = "sources"
	blockRelated  = "related_heading"
	blockAsk      = "related"
	blockFeedback = "feedback"
)

// rendered is a reply ready to post: the plain-text fallback Slack uses for
// notifications and screen readers, and the Block Kit blocks.
type rendered struct {
	Text   string        `json:"text"`
	Blocks []slack.Block `json:"blocks"`
}

// renderReply renders a reply as a Slack message. Every piece of text is
// escaped, so nothing in a reply (which may quote the person) can mention
// @channel, ping a user or inject a link, and every Slack length limit is
// respected. A silent reply renders as the zero value.
func renderReply(r bot.Reply) rendered {
	if r.Silent {
		return rendered{}
	}
	var blocks []slack.Block

	if answer := strings.TrimSpace(r.Answer); answer != "" {
		text := escape(answer)
		if r.Status == bot.StatusUrgent {
			text = ":rotating_light: " + text
		}
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn(truncate(text, maxSectionText)), nil, nil, slack.SectionBlockOptionBlockID(blockAnswer)))
	}

	var context []slack.MixedElement
	for _, c := range r.Citations {
		if len(context) == maxContextElems-1 { // keep room for the disclaimer
			break
		}
		context = append(context, mrkdwn(truncate(citationText(c), maxContextText)))
	}
	if d := strings.TrimSpace(r.Disclaimer); d != "" {
		context = append(context, mrkdwn(truncate(":information_source: "+escape(d), maxContextText)))
	}
	if len(context) > 0 {
		blocks = append(blocks, slack.NewContextBlock(blockSources, context...))
	}

	var buttons []slack.BlockElement
	for _, s := range r.Related {
		if len(buttons) == maxRelated {
			break
		}
		actionID := actionAsk + strconv.Itoa(len(buttons))
		label := strings.TrimSpace(s.Question)
		if s.ID == "" || len(s.ID) > maxButtonValue || label == "" || len(actionID) > maxActionID {
			continue
		}
		buttons = append(buttons, slack.NewButtonBlockElement(actionID, s.ID, plain(truncate(label, maxButtonText))))
	}
	if len(buttons) > 0 {
		blocks = append(blocks,
			slack.NewSectionBlock(mrkdwn("*"+escape(r.RelatedHeading())+"*"), nil, nil, slack.SectionBlockOptionBlockID(blockRelated)),
			slack.NewActionBlock(blockAsk, buttons...))
	}

	if r.Status == bot.StatusAnswered && r.EntryID != "" && len(r.EntryID) <= maxButtonValue {
		blocks = append(blocks, slack.NewActionBlock(blockFeedback,
			slack.NewButtonBlockElement(actionHelpful, r.EntryID, plain("Helpful 👍")),
			slack.NewButtonBlockElement(actionNotHelpful, r.EntryID, plain("Not helpful 👎")),
		))
	}

	if len(blocks) > maxBlocks {
		blocks = blocks[:maxBlocks]
	}
	return rendered{Text: fallbackText(r), Blocks: blocks}
}

// fallbackText is the message's plain `text`: bot.Reply.Text, escaped and
// bounded.
func fallbackText(r bot.Reply) string {
	return truncate(escape(r.Text()), maxFallbackText)
}

// citationText renders a citation for the context block: the section
// heading in bold and the quoted words, then the article.
func citationText(c bot.Citation) string {
	var b strings.Builder
	b.WriteString(":book: *")
	b.WriteString(escape(c.Section))
	b.WriteString("*: “")
	b.WriteString(escape(c.Quote))
	b.WriteString("”")
	if c.Source != "" {
		b.WriteString(" — ")
		b.WriteString(escape(c.Source))
	}
	return b.String()
}

// usageText is the reply to a slash command without a question.
func usageText(command string) string {
	if command == "" {
		command = "/exosomes"
	}
	command = escape(command)
	return "Ask me a question about exosomes in skincare, for example `" + command +
		" what are exosomes?` or `" + command + " are exosome serums safe?`"
}

// mrkdwn is a mrkdwn text object with verbatim set, so that Slack does not
// turn bare URLs, channel names or @mentions in it into links or pings.
func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

// plain is a plain_text object that renders emoji.
func plain(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, text, true, false)
}
