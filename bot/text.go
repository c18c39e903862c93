package bot

// Text renders the whole reply as a person would read it in plain text:
// the answer, its citations, suggested questions and the disclaimer. It is
// the console's rendering and the notification fallback on every platform.
// A silent reply renders as "".
func (r Reply) Text() string {
	if r.Silent {
		return ""
	}
	return string(r.AppendText(nil))
}

// AppendText appends r.Text() to dst.
func (r Reply) AppendText(dst []byte) []byte {
	if r.Silent {
		return dst
	}
	dst = append(dst, r.Answer...)
	for _, c := range r.Citations {
		dst = append(dst, "\n\nSource: "...)
		dst = appendCitationLine(dst, c)
	}
	if len(r.Related) > 0 {
		dst = append(dst, "\n\n"...)
		dst = append(dst, r.RelatedHeading()...)
		for _, s := range r.Related {
			dst = append(dst, "\n  • "...)
			dst = append(dst, s.Question...)
		}
	}
	if r.Disclaimer != "" {
		dst = append(dst, "\n\n"...)
		dst = append(dst, r.Disclaimer...)
	}
	return dst
}

// CitationLine renders a citation on one line: the article, the section
// heading and the quoted words.
func CitationLine(c Citation) string { return string(appendCitationLine(nil, c)) }

func appendCitationLine(dst []byte, c Citation) []byte {
	if c.Source != "" {
		dst = append(dst, c.Source...)
		dst = append(dst, " — "...)
	}
	dst = append(dst, c.Section...)
	dst = append(dst, ": “"...)
	dst = append(dst, c.Quote...)
	return append(dst, "”"...)
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
