package discord

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// Discord's limits on a message, its embeds and components, in characters.
// Lengths are measured in UTF-16 code units (see discordLen), which is never
// less than Discord's count, so a rendered message always fits.
const (
	maxContent       = 2000
	maxTitle         = 256
	maxDescription   = 4096
	maxFieldName     = 256
	maxFieldValue    = 1024
	maxFooter        = 2048
	maxFields        = 25
	maxEmbedTotal    = 6000
	maxButtonsPerRow = 5
	maxRows          = 5
	maxLabel         = 80
	maxCustomID      = 100

	// maxCitations bounds the citation fields of one reply.
	maxCitations = 3
	// maxRelatedRows leaves the last row for the feedback buttons.
	maxRelatedRows = maxRows - 1
)

// Embed colours by status.
const (
	colorAnswered = 0x3BA55C
	colorNoMatch  = 0x99AAB5
	colorUrgent   = 0xED4245
	colorHelp     = 0x5865F2
	colorRejected = 0xFAA61A
)

// Fixed texts the adapter posts itself.
const (
	textApology      = "Sorry — something went wrong while answering. Please try again in a moment."
	textSilentAck    = "Please wait a moment before asking again."
	textFeedback     = "Thanks for the feedback!"
	textUnknown      = "Sorry, I don't know that command. Try `/ask`."
	textUnknownEntry = "Sorry, that suggestion is no longer available. Try `/ask`."
)

// custom_id prefixes of the buttons the adapter renders. A custom_id
// carries an entry id, never question text.
const (
	idAsk           = "ask:"
	idHelpful       = "fb:y:"
	idNotHelpful    = "fb:n:"
	labelHelpful    = "Helpful"
	labelNotHelpful = "Not helpful"
)

// message is a rendered reply, independent of how it is sent: as a channel
// message, an interaction response or an edit of one.
type message struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	// Ephemeral shows an interaction response to its user only.
	Ephemeral bool
}

// noMentions is the allowed_mentions of every message the adapter sends:
// {"parse":[]}, so text it echoes can never ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// textMessage is a plain message of content only.
func textMessage(content string, ephemeral bool) message {
	return message{Content: truncate(content, maxContent), Ephemeral: ephemeral}
}

func (m message) embeds() []*discordgo.MessageEmbed {
	if m.Embeds == nil {
		return []*discordgo.MessageEmbed{}
	}
	return m.Embeds
}

func (m message) components() []discordgo.MessageComponent {
	if m.Components == nil {
		return []discordgo.MessageComponent{}
	}
	return m.Components
}

// send is m as a channel message replying to ref (nil: not a reply).
func (m message) send(ref *discordgo.MessageReference) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Content:         m.Content,
		Embeds:          m.embeds(),
		Components:      m.components(),
		AllowedMentions: noMentions(),
		Reference:       ref,
		StickerIDs:      []string{},
	}
}

// response is m as an interaction response (type 4).
func (m message) response() *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{
		Content:         m.Content,
		Embeds:          m.embeds(),
		Components:      m.components(),
		AllowedMentions: noMentions(),
	}
	if m.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

// edit is m as an edit of a deferred interaction response. Ephemerality
// cannot change after deferring, so Ephemeral is ignored.
func (m message) edit() *discordgo.WebhookEdit {
	content, embeds, components := m.Content, m.embeds(), m.components()
	return &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
	}
}

// deferred is the type-5 response that buys time (up to 15 minutes) for an
// answer that may miss Discord's 3-second window; the answer then edits it.
// A private deferral keeps the answer private when it is edited in.
func deferred(private bool) *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if private {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: d}
}

// renderReply renders a reply as an embed (answer, citations, related
// questions, disclaimer) with related-question buttons and, for an answer,
// Helpful 👍 / 👎 buttons; everything within Discord's limits. A silent
// reply renders as the zero message; callers check Silent first.
func renderReply(r bot.Reply) message {
	if r.Silent {
		return message{}
	}
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: statusColor(r.Status)}
	if r.Status == bot.StatusAnswered {
		e.Title = truncate(canonicalQuestion(r), maxTitle)
	}
	var citations []*discordgo.MessageEmbedField
	for i, c := range r.Citations {
		if i == maxCitations {
			break
		}
		citations = append(citations, citationField(c))
	}
	var relatedF *discordgo.MessageEmbedField
	related := uniqueRelated(r.Related)
	if len(related) > 0 {
		relatedF = relatedField(r.RelatedHeading(), related)
	}
	if r.Disclaimer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(r.Disclaimer, maxFooter)}
	}
	answer := r.Answer
	if strings.TrimSpace(answer) == "" {
		answer = r.Text()
	}
	fitEmbed(e, answer, citations, relatedF)
	return message{Embeds: []*discordgo.MessageEmbed{e}, Components: replyComponents(r, related)}
}

// fitEmbed sets e's description to answer and its fields to the citations
// then related (nil: none), keeping the embed within the 6,000-character
// total. Parts give way in order of importance: citations after the first
// go first, then the related list, the footer and the first citation are
// shortened, and only then the answer.
func fitEmbed(e *discordgo.MessageEmbed, answer string, citations []*discordgo.MessageEmbedField, related *discordgo.MessageEmbedField) {
	e.Description = truncate(answer, maxDescription)
	assemble := func() {
		e.Fields = append([]*discordgo.MessageEmbedField(nil), citations...)
		if related != nil {
			e.Fields = append(e.Fields, related)
		}
	}
	assemble()
	over := func() bool { return embedLen(e) > maxEmbedTotal }
	for over() && len(citations) > 1 {
		citations = citations[:len(citations)-1]
		assemble()
	}
	const squeezed = 512
	if over() && related != nil {
		related.Value = truncateLines(related.Value, squeezed)
	}
	if over() && e.Footer != nil {
		e.Footer.Text = truncate(e.Footer.Text, 2*squeezed)
	}
	if over() && len(citations) > 0 {
		citations[0].Value = truncate(citations[0].Value, squeezed)
	}
	if over() {
		e.Description = truncate(e.Description, maxEmbedTotal-(embedLen(e)-discordLen(e.Description)))
	}
}

// truncateLines shortens a list of lines to max, dropping whole lines when
// it can.
func truncateLines(s string, max int) string {
	if discordLen(s) <= max {
		return s
	}
	lines := strings.Split(s, "\n")
	for len(lines) > 1 && discordLen(strings.Join(lines, "\n")) > max {
		lines = lines[:len(lines)-1]
	}
	return truncate(strings.Join(lines, "\n"), max)
}

func statusColor(s bot.Status) int {
	switch s {
	case bot.StatusAnswered:
		return colorAnswered
	case bot.StatusUrgent:
		return colorUrgent
	case bot.StatusHelp:
		return colorHelp
	case bot.StatusRejected, bot.StatusRateLimited:
		return colorRejected
	default:
		return colorNoMatch
	}
}

// canonicalQuestion is the answered entry's own question, from the match
// with its id; it never echoes what the person typed.
func canonicalQuestion(r bot.Reply) string {
	for _, m := range r.Matches {
		if m.ID == r.EntryID && r.EntryID != "" {
			return m.Question
		}
	}
	return ""
}

func citationField(c bot.Citation) *discordgo.MessageEmbedField {
	name := "Source"
	if c.Section != "" {
		name = "Source: " + c.Section
	}
	suffix := "”"
	if c.Source != "" {
		suffix = "”\n— " + c.Source
	}
	suffix = truncate(suffix, maxFieldValue/2)
	quote := truncate(c.Quote, maxFieldValue-discordLen("“")-discordLen(suffix))
	return &discordgo.MessageEmbedField{Name: truncate(name, maxFieldName), Value: "“" + quote + suffix}
}

func relatedField(heading string, related []bot.Suggestion) *discordgo.MessageEmbedField {
	var b strings.Builder
	n := 0
	for i, s := range related {
		line := strconv.Itoa(i+1) + ". " + s.Question
		if i > 0 {
			line = "\n" + line
		}
		if n+discordLen(line) > maxFieldValue {
			if i == 0 {
				b.WriteString(truncate(line, maxFieldValue))
			}
			break
		}
		b.WriteString(line)
		n += discordLen(line)
	}
	return &discordgo.MessageEmbedField{Name: truncate(heading, maxFieldName), Value: b.String()}
}

// uniqueRelated drops suggestions without a question or with an id that
// cannot travel in a custom_id, and repeats (custom_ids must be unique
// within a message), keeping at most what the button rows can show.
func uniqueRelated(in []bot.Suggestion) []bot.Suggestion {
	seen := make(map[string]bool, len(in))
	var out []bot.Suggestion
	for _, s := range in {
		if len(out) == maxRelatedRows*maxButtonsPerRow {
			break
		}
		if strings.TrimSpace(s.Question) == "" || !validEntryID(s.ID) || seen[s.ID] {
			continue
		}
		seen[s.ID] = true
		out = append(out, s)
	}
	return out
}

// validEntryID reports whether id fits every custom_id the adapter builds
// (the longest prefix is idShare's).
func validEntryID(id string) bool {
	return id != "" && utf8.ValidString(id) && len(idShare)+discordLen(id) <= maxCustomID &&
		strings.IndexFunc(id, unicode.IsControl) < 0
}

func replyComponents(r bot.Reply, related []bot.Suggestion) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	for start := 0; start < len(related); start += maxButtonsPerRow {
		end := min(start+maxButtonsPerRow, len(related))
		row := discordgo.ActionsRow{}
		for _, s := range related[start:end] {
			row.Components = append(row.Components, discordgo.Button{
				Label:    truncate(oneLine(s.Question), maxLabel),
				Style:    discordgo.SecondaryButton,
				CustomID: idAsk + s.ID,
			})
		}
		rows = append(rows, row)
	}
	if r.Status == bot.StatusAnswered && validEntryID(r.EntryID) {
		rows = append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: labelHelpful, Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: idHelpful + r.EntryID},
			discordgo.Button{Label: labelNotHelpful, Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: idNotHelpful + r.EntryID},
		}})
	}
	return rows
}

// oneLine collapses runs of white space, newlines included, to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// discordLen is s's length in UTF-16 code units: the strictest way Discord
// may count characters (a character outside the BMP, such as most emoji,
// counts twice).
func discordLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// truncate shortens s to at most max UTF-16 code units, cutting at a word
// boundary when one is near the end and marking the cut with "…".
func truncate(s string, max int) string {
	if discordLen(s) <= max {
		return s
	}
	if max <= 0 {
		return ""
	}
	n, cut := 0, 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max-1 { // room for the ellipsis
			cut = i
			break
		}
		n += w
	}
	head := s[:cut]
	if sp := strings.LastIndexFunc(head, unicode.IsSpace); sp > 0 && sp >= len(head)*4/5 {
		head = head[:sp]
	}
	return strings.TrimRightFunc(head, unicode.IsSpace) + "…"
}

// embedLen is the length Discord counts toward an embed's 6,000-character
// total: title, description, field names and values, footer and author.
func embedLen(e *discordgo.MessageEmbed) int {
	n := discordLen(e.Title) + discordLen(e.Description)
	for _, f := range e.Fields {
		n += discordLen(f.Name) + discordLen(f.Value)
	}
	if e.Footer != nil {
		n += discordLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += discordLen(e.Author.Name)
	}
	return n
}
