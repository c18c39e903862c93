package bot

import "strings"

// About describes exobot's source for the surfaces that introduce it (the
// Slack Home tab): the article, its sections in order, and the date every
// answer was last reviewed against it.
type About struct {
	// Title is the article's title.
	Title string
	// Reviewed is the date (YYYY-MM-DD) the answers were last reviewed
	// against the article's text.
	Reviewed string
	// Sections are the article's headings its answers cite, in the
	// article's order.
	Sections []string
}

// Catalog is what the surfaces around the answers show: suggestions for
// what someone types or, with nothing typed, example questions; and what
// the source is. *Engine and *Swap implement it. Implementations must be
// safe for concurrent use.
type Catalog interface {
	Suggester
	About() About
}

// The texts that introduce exobot on a platform's own surfaces (the Slack
// Home tab): what it is, what it is not, and what it keeps.
const (
	AboutIs = "I answer questions about exosomes in skincare from one article by a board-certified dermatologist, and I quote the article in every answer."

	AboutIsNot = "I'm not a doctor and I don't give medical advice: I don't know your skin, your history or your treatments. When the article doesn't cover something, I say so and suggest who to ask. If you describe a possible emergency, I'll tell you to get care now."

	// PrivacyText says what is logged, recorded and remembered, and how to
	// be forgotten.
	PrivacyText = "The logs keep ids, statuses and timings, never what you wrote. " + ForgetMeHelp + " To follow a conversation I remember its last question for a while, in memory only."
)

// aboutOf derives About from the entries, in corpus order: the citations'
// source and version, and the sections in the order entries first cite
// them first (the curated files follow the article, one file a section),
// then any cited only further down a citation list.
func aboutOf(entries []Entry) About {
	var a About
	seen := map[string]bool{}
	add := func(sec string) {
		if sec != "" && !seen[sec] {
			seen[sec] = true
			a.Sections = append(a.Sections, sec)
		}
	}
	for i := range entries {
		add(section(&entries[i]))
		for _, c := range entries[i].Citations {
			if a.Title == "" && c.Source != "" {
				a.Title = c.Source
			}
			if a.Reviewed == "" && c.Version != "" {
				a.Reviewed, _, _ = strings.Cut(c.Version, "/")
			}
		}
	}
	for i := range entries {
		for _, c := range entries[i].Citations {
			add(c.Section)
		}
	}
	return a
}

// About implements Catalog.
func (e *Engine) About() About {
	a := e.suggest.about
	a.Sections = append([]string(nil), a.Sections...)
	return a
}

// About implements Catalog with the current Answerer, when it is one.
func (s *Swap) About() About {
	if c, ok := s.cur.Load().a.(Catalog); ok {
		return c.About()
	}
	return About{}
}

var (
	_ Catalog = (*Engine)(nil)
	_ Catalog = (*Swap)(nil)
)
