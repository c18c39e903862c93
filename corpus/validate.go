package corpus

import (
	"cmp"
	"slices"
	"strings"

	"exobot/internal/parallel"
)

// validate checks the entries against the article and each other, and
// records every problem; first holds where each id is first defined. Every
// entry's citations and phrasings are checked, repeated or not.
func validate(art Article, all []parsed, first map[string]Pos, mapTerm MapTerm, probs *problems) {
	g := newGrounder(art, mapTerm)
	headings := make([]string, len(art.Sections))
	for i, s := range art.Sections {
		headings[i] = s.Heading
	}
	// The grounding checks, the slow part, run on every core at once, each
	// entry's into its own problems, added in order below.
	grounded := make([]problems, len(all))
	parallel.ForEach(len(all), func(i int) {
		if all[i].NotCovered == "" {
			ground(g, all[i], &grounded[i])
		}
	})
	cited := map[string]bool{}
	firstPhrase := map[string]string{} // normalised phrasing -> "id (file:line)"
	for i, p := range all {
		// An entry without an id was reported while parsing; its citations
		// are still checked.
		if prev := first[p.ID]; p.ID != "" && prev != p.at {
			probs.add(p.at.File, p.at.Line, "id %q is repeated: first defined at %s", p.ID, prev)
		}

		for i, c := range p.Citations {
			at := p.cites[i]
			if c.Section == "" || c.Quote == "" {
				continue // already reported as empty
			}
			sec, ok := art.Section(c.Section)
			if !ok {
				probs.add(at.File, at.Line, "unknown section %q: the article's headings are %s", c.Section, quoteList(headings))
				continue
			}
			cited[sec.Heading] = true
			if c.Quote == sec.Heading || strings.Contains(sec.Body, c.Quote) {
				continue
			}
			switch where := sectionHolding(art, c.Quote); {
			case where != "":
				probs.add(at.File, at.Line, "quote is under %q, not %q: %q", where, c.Section, c.Quote)
			case strings.Contains(foldPunct(sec.Body), foldPunct(c.Quote)):
				probs.add(at.File, at.Line, "quote differs from the article only in punctuation (the article uses ’ “ ” —): %q", c.Quote)
			default:
				probs.add(at.File, at.Line, "quote not found verbatim under %q: %q", c.Section, c.Quote)
			}
		}

		*probs = append(*probs, grounded[i]...)

		for _, ph := range p.phrases {
			key := normPhrase(ph.text)
			where := cmp.Or(p.ID, "an entry") + " (" + Pos{File: p.at.File, Line: ph.line}.String() + ")"
			if prev, dup := firstPhrase[key]; dup {
				probs.add(p.at.File, ph.line, "phrasing %q repeats one in %s: each phrasing must point at one entry", ph.text, prev)
				continue
			}
			firstPhrase[key] = where
		}
	}
	for _, s := range art.Sections {
		if !cited[s.Heading] {
			probs.add(ArticleFile, s.Line, "section %q is cited by no entry", s.Heading)
		}
	}
}

// sectionHolding returns the heading of the section whose body contains
// quote, or "".
func sectionHolding(art Article, quote string) string {
	for _, s := range art.Sections {
		if strings.Contains(s.Body, quote) {
			return s.Heading
		}
	}
	return ""
}

var punctFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "-", "–", "-")

// foldPunct maps typographic punctuation to ASCII, to tell a near miss.
func foldPunct(s string) string { return punctFolder.Replace(s) }

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = `"` + s + `"`
	}
	return strings.Join(q, ", ")
}

// ground checks that every sentence of an entry's answer says only what
// the quotes it names say (or, for a statement about the article's
// silence, that the article is silent), and that every quote supports a
// sentence.
func ground(g *grounder, p parsed, probs *problems) {
	who := cmp.Or(p.ID, "entry")
	facts := make([]quoteFacts, len(p.Citations))
	for i, c := range p.Citations {
		facts[i] = g.quote(p.citeIDs[i], citationText{section: c.Section, quote: c.Quote})
	}
	used := make([]bool, len(p.Citations))
	for n, s := range p.sentences {
		if s.text == "" {
			continue
		}
		var msgs []string
		if s.missing != nil {
			msgs = g.checkSilence(s.text, s.missing)
		} else if s.from != nil {
			var qs []quoteFacts
			for _, id := range s.from {
				if i := slices.Index(p.citeIDs, id); i >= 0 {
					used[i] = true
					qs = append(qs, facts[i])
				}
			}
			if len(qs) == 0 {
				continue // its ids are reported already
			}
			msgs = g.checkSentence(s.text, qs)
		}
		for _, m := range msgs {
			probs.add(p.at.File, s.line, "%s, sentence %d %q: %s", who, n+1, shorten(s.text, 60), m)
		}
	}
	if len(p.sentences) == 0 {
		return
	}
	for i, u := range used {
		if !u && p.citeIDs[i] != "" {
			probs.add(p.cites[i].File, p.cites[i].Line, "%s: quote %s supports no sentence: name it in a sentence's from, or remove it", who, p.citeIDs[i])
		}
	}
}

// shorten cuts s to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
