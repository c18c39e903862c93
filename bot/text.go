package bot

import "strings"

// Text renders the whole reply as a person would read it in plain text:
// the answer, its citations, suggested questions and the disclaimer. It is
// the console's rendering and the notification fallback on every platform.
// A silent reply renders as "".
func (r Reply) Text() string {
	if r.Silent {
		return ""
	}
	var b strings.Builder
	b.WriteString(r.Answer)
	for _, c := range r.Citations {
		b.WriteString("\n\nSource: ")
		b.WriteString(CitationLine(c))
	}
	if len(r.Related) > 0 {
		b.WriteString("\n\n")
		b.WriteString(r.RelatedHeading())
		for _, s := range r.Related {
			b.WriteString("\n  • ")
			b.WriteString(s.Question)
		}
	}
	if r.Disclaimer != "" {
		b.WriteString("\n\n")
		b.WriteString(r.Disclaimer)
	}
	return b.String()
}

// CitationLine renders a citation on one line: the article, the section
// heading and the quoted words.
func CitationLine(c Citation) string {
	var b strings.Builder
	if c.Source != "" {
		b.WriteString(c.Source)
		b.WriteString(" — ")
	}
	b.WriteString(c.Section)
	b.WriteString(": “")
	b.WriteString(c.Quote)
	b.WriteString("”")
	return b.String()
}

// RelatedHeading is the heading under which adapters list Related: "Did
// you mean…?" when the bot declined, "Related questions:" otherwise.
func (r Reply) RelatedHeading() string {
	switch {
	case r.Status == StatusNoMatch && r.Reason == ReasonNotCovered:
		return "What the article does answer:"
	case r.Status == StatusNoMatch && (r.Reason == "" || r.Reason == ReasonUnsure):
		return "Did you mean…?"
	case r.Status == StatusNoMatch:
		return "Try asking:"
	case r.Status == StatusHelp:
		return "Try asking:"
	default:
		return "Related questions:"
	}
}
