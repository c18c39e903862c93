package corpus

import (
	"errors"
	"io/fs"
	"strings"

	"exobot/bot"

	"gopkg.in/yaml.v3"
)

// LexiconFile is the concept lexicon inside a corpus file system. It is
// optional: a corpus without one has an empty lexicon.
const LexiconFile = "lexicon.yaml"

// Lexicon maps the words and phrases people use for the article's concepts
// to the words the article (or the curated Q&A) uses for them: "the
// government" to "fda", "derm" to "dermatologist", "petri dish" to
// "in-vitro". The index rewrites questions and entries with it before
// searching, and the grounding check rewrites answer sentences with it
// before comparing them with their quotes. Read-only after loading.
type Lexicon struct {
	Concepts []Concept
}

// Concept is one idea of the article and the phrases that say it.
type Concept struct {
	// Term is the article's or the corpus's own word or phrase.
	Term string
	// Say lists the phrases people use for it, as written in the file.
	Say []string
	// Also lists the article's own other words for the very same concept
	// ("derm" for "dermatologist"), rewritten like Say.
	Also []string
	// Topic marks a concept that describes the article's subject itself
	// ("messengers", "skin communication"): a question that uses it is
	// about exosomes even when it never names them.
	Topic bool
	// Near, on a topic concept, lists groups of words that describe it
	// when one word of each group comes within a few words of the other
	// ("the little bubbles cells send out", "stuff from stem cells").
	Near [][]string
	// At is where the concept is defined.
	At Pos
}

// Phrases returns every phrase of the lexicon, as lower-case words joined
// by single spaces (see bot.Words), mapped to its concept's term in the
// same form.
func (l *Lexicon) Phrases() map[string]string {
	out := map[string]string{}
	if l == nil {
		return out
	}
	for _, c := range l.Concepts {
		term := strings.Join(bot.Words(c.Term), " ")
		for _, s := range append(c.Say, c.Also...) {
			out[strings.Join(bot.Words(s), " ")] = term
		}
	}
	// "a rose exosome ampoule" says what "rose exosomes" says: a phrase
	// that ends in the plural of the topic is said in the singular too,
	// where no concept says that already.
	for p, term := range out {
		if one, ok := strings.CutSuffix(p, " exosomes"); ok {
			if _, taken := out[one+" exosome"]; !taken {
				out[one+" exosome"] = term
			}
		}
	}
	return out
}

// TopicTerms returns the terms of the concepts that describe the article's
// subject, as lower-case words joined by single spaces.
func (l *Lexicon) TopicTerms() []string {
	var out []string
	if l == nil {
		return out
	}
	for _, c := range l.Concepts {
		if c.Topic {
			out = append(out, strings.Join(bot.Words(c.Term), " "))
		}
	}
	return out
}

// TopicNear returns the near groups of the topic concepts (see
// Concept.Near), each word lower case.
func (l *Lexicon) TopicNear() [][2][]string {
	var out [][2][]string
	if l == nil {
		return out
	}
	for _, c := range l.Concepts {
		if c.Topic && len(c.Near) == 2 {
			out = append(out, [2][]string{c.Near[0], c.Near[1]})
		}
	}
	return out
}

// readLexicon parses the lexicon file, if there is one, recording problems
// with its shape.
func readLexicon(fsys fs.FS, probs *problems) (*Lexicon, error) {
	raw, err := fs.ReadFile(fsys, LexiconFile)
	if errors.Is(err, fs.ErrNotExist) {
		return &Lexicon{}, nil
	}
	if err != nil {
		return nil, err
	}
	lex := &Lexicon{}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		probs.add(LexiconFile, yamlErrLine(err), "not valid YAML: %s", yamlErrMsg(err))
		return lex, nil
	}
	if len(doc.Content) == 0 {
		return lex, nil
	}
	seq := doc.Content[0]
	if seq.Kind != yaml.SequenceNode {
		probs.add(LexiconFile, seq.Line, "expected a list of concepts ({term, say})")
		return lex, nil
	}
	for _, n := range seq.Content {
		var c struct {
			Term  string     `yaml:"term"`
			Say   []string   `yaml:"say"`
			Also  []string   `yaml:"also"`
			Topic bool       `yaml:"topic"`
			Near  [][]string `yaml:"near"`
		}
		if n.Kind != yaml.MappingNode {
			probs.add(LexiconFile, n.Line, "expected a concept: a mapping with term and say")
			continue
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i].Value; k != "term" && k != "say" && k != "also" && k != "topic" && k != "near" {
				probs.add(LexiconFile, n.Content[i].Line, "unknown field %q (want term, say, also, topic, near)", k)
			}
		}
		if err := n.Decode(&c); err != nil {
			probs.add(LexiconFile, n.Line, "a concept must be {term: text, say: [phrases]}")
			continue
		}
		c.Term = strings.TrimSpace(c.Term)
		if c.Term == "" {
			probs.add(LexiconFile, n.Line, "term is empty")
			continue
		}
		if len(c.Say) == 0 {
			probs.add(LexiconFile, n.Line, "concept %q says nothing: say must list phrases", c.Term)
		}
		if len(c.Near) > 0 && (!c.Topic || len(c.Near) != 2) {
			probs.add(LexiconFile, n.Line, "concept %q: near must be two groups of words, on a topic concept", c.Term)
		}
		for _, g := range c.Near {
			for _, w := range g {
				if len(bot.Words(w)) != 1 {
					probs.add(LexiconFile, n.Line, "concept %q: near lists %q, which is not one word", c.Term, w)
				}
			}
		}
		lex.Concepts = append(lex.Concepts, Concept{Term: c.Term, Say: c.Say, Also: c.Also, Topic: c.Topic, Near: c.Near, At: Pos{File: LexiconFile, Line: n.Line}})
	}
	return lex, nil
}

// validateLexicon checks the lexicon against the article and the entries:
// every term is their own word or phrase; every phrase is said once, is not
// a term, not its own term again, and not the article's own words unless
// listed under also, which must be.
func validateLexicon(lex *Lexicon, art Article, entries []parsed, probs *problems) {
	articleText := " " + strings.Join(bot.Words(art.Text), " ") + " "
	var corpusText strings.Builder
	corpusText.WriteString(articleText)
	for _, e := range entries {
		for _, s := range append([]string{e.Question, e.Answer}, e.Alternates...) {
			corpusText.WriteString(strings.Join(bot.Words(s), " "))
			corpusText.WriteString(" ")
		}
	}
	used := corpusText.String()
	contains := func(text string, phrase string) bool { return strings.Contains(text, " "+phrase+" ") }

	terms := map[string]string{} // term words -> the term as written
	for _, c := range lex.Concepts {
		t := strings.Join(bot.Words(c.Term), " ")
		if prev, dup := terms[t]; dup {
			probs.add(c.At.File, c.At.Line, "term %q is repeated (as %q): give each concept one entry", c.Term, prev)
		}
		terms[t] = c.Term
		if !contains(used, t) {
			probs.add(c.At.File, c.At.Line, "term %q is not a word or phrase of the article or the Q&A", c.Term)
		}
	}
	said := map[string]string{} // phrase words -> the term that says it
	for _, c := range lex.Concepts {
		t := strings.Join(bot.Words(c.Term), " ")
		for i, s := range append(c.Say, c.Also...) {
			also := i >= len(c.Say)
			p := strings.Join(bot.Words(s), " ")
			switch {
			case p == "":
				probs.add(c.At.File, c.At.Line, "concept %q says an empty phrase %q", c.Term, s)
			case p == t:
				probs.add(c.At.File, c.At.Line, "concept %q says %q, which is the term itself", c.Term, s)
			case terms[p] != "":
				probs.add(c.At.File, c.At.Line, "concept %q says %q, which is the term of another concept: meanings would chain", c.Term, s)
			case said[p] != "" && said[p] != c.Term:
				probs.add(c.At.File, c.At.Line, "phrase %q is said for both %q and %q", s, said[p], c.Term)
			case said[p] != "":
				probs.add(c.At.File, c.At.Line, "concept %q says %q twice", c.Term, s)
			case also && !contains(articleText, p):
				probs.add(c.At.File, c.At.Line, "concept %q lists %q under also, but the article never uses it: put it under say", c.Term, s)
			case !also && contains(articleText, p):
				probs.add(c.At.File, c.At.Line, "concept %q says %q, which the article itself uses: its own words keep their meaning (list it under also only if the article uses it for this very concept)", c.Term, s)
			}
			said[p] = c.Term
		}
	}
}

// mapTerm returns the lexicon as a MapTerm for the grounding check: a lay
// word or phrase to the article's term.
func (l *Lexicon) mapTerm() MapTerm {
	phrases := l.Phrases()
	if len(phrases) == 0 {
		return noTerms
	}
	return func(phrase string) (string, bool) {
		t, ok := phrases[phrase]
		return t, ok
	}
}
