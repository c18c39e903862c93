package corpus

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"exobot/bot"

	"gopkg.in/yaml.v3"
)

// Corpus is the article and the curated entries drawn from it. It is
// read-only after loading and safe for concurrent use.
type Corpus struct {
	Article Article
	Entries []bot.Entry
	// Lexicon maps people's words for the article's concepts to its own.
	Lexicon *Lexicon
	pos     map[string]Pos // entry id -> where it is defined
}

// Where returns the file and line that define the entry with the given id.
func (c *Corpus) Where(id string) (Pos, bool) {
	p, ok := c.pos[id]
	return p, ok
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// maxIDLen keeps ids short enough for platform button ids (Discord's
// custom_id is at most 100 characters, with a prefix).
const maxIDLen = 64

var entryFields = map[string]bool{"id": true, "question": true, "alternates": true, "answer": true, "citations": true, "tags": true, "not_covered": true, "referral": true, "cues": true, "cues_anywhere": true, "trait": true}

// parsed is an entry as read from its file, with the positions that
// validation messages point at.
type parsed struct {
	bot.Entry
	at        Pos
	cites     []Pos    // each citation's quote
	citeIDs   []string // each citation's id
	sentences []sentenceSrc
	phrases   []phrase
}

type phrase struct {
	text string
	line int
}

// parseEntries reads one data file: a YAML sequence of entries. Problems
// with the file's shape are recorded with their lines.
func parseEntries(name string, data []byte, art Article, probs *problems) []parsed {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		probs.add(name, yamlErrLine(err), "not valid YAML: %s", yamlErrMsg(err))
		return nil
	}
	if len(doc.Content) == 0 {
		probs.add(name, 1, "file is empty: expected a list of entries")
		return nil
	}
	seq := doc.Content[0]
	if seq.Kind != yaml.SequenceNode {
		probs.add(name, seq.Line, "expected a list of entries")
		return nil
	}
	var out []parsed
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			probs.add(name, n.Line, "expected an entry (a mapping with id, question, alternates, answer, citations, tags)")
			continue
		}
		out = append(out, parseEntry(name, n, art, probs))
	}
	return out
}

// parseEntry reads one entry's fields, recording every empty, missing or
// unknown one. An entry without a usable id has ID "".
func parseEntry(name string, n *yaml.Node, art Article, probs *problems) (p parsed) {
	p.at = Pos{File: name, Line: n.Line}
	fields := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !entryFields[k.Value] {
			probs.add(name, k.Line, "unknown field %q (want id, question, alternates, answer, citations, tags; or not_covered, referral, cues, cues_anywhere and trait instead of answer and citations)", k.Value)
			continue
		}
		fields[k.Value] = v
	}
	field := func(key string, kind yaml.Kind, want string) *yaml.Node {
		v := fields[key]
		switch {
		case v == nil:
			probs.add(name, n.Line, "%s is missing", key)
			return nil
		case v.Kind != kind || kind == yaml.SequenceNode && len(v.Content) == 0:
			probs.add(name, v.Line, "%s must be %s", key, want)
			return nil
		case kind == yaml.ScalarNode && strings.TrimSpace(v.Value) == "":
			probs.add(name, v.Line, "%s is empty", key)
			return nil
		}
		return v
	}
	text := func(key string) (string, int) {
		if v := field(key, yaml.ScalarNode, "text"); v != nil {
			return strings.TrimSpace(v.Value), v.Line
		}
		return "", n.Line
	}
	list := func(key string) (out []phrase) {
		v := field(key, yaml.SequenceNode, "a non-empty list")
		if v == nil {
			return nil
		}
		for _, item := range v.Content {
			s := strings.TrimSpace(item.Value)
			if item.Kind != yaml.ScalarNode || s == "" {
				probs.add(name, item.Line, "%s has an empty item", key)
				continue
			}
			out = append(out, phrase{s, item.Line})
		}
		return out
	}

	id, idLine := text("id")
	p.ID = id
	if id != "" && (!idPattern.MatchString(id) || len(id) > maxIDLen) {
		probs.add(name, idLine, "id %q must be kebab-case (a-z, 0-9, -), at most %d characters", id, maxIDLen)
		p.ID = ""
	}
	q, qLine := text("question")
	p.Question = q
	if q != "" {
		p.phrases = append(p.phrases, phrase{q, qLine})
	}
	for _, a := range list("alternates") {
		p.Alternates = append(p.Alternates, a.text)
		p.phrases = append(p.phrases, a)
	}
	for _, t := range list("tags") {
		p.Tags = append(p.Tags, t.text)
	}
	if nc := fields["not_covered"]; nc != nil {
		// A topic the article does not cover: no answer, no citations.
		p.NotCovered, _ = text("not_covered")
		if fields["referral"] == nil {
			probs.add(name, n.Line, "referral is missing: say who to ask about %q instead (one of %s)", p.NotCovered, referralList())
		} else if ref, line := text("referral"); ref != "" {
			p.Referral = bot.Referral(ref)
			if !slices.Contains(bot.Referrals, p.Referral) {
				probs.add(name, line, "referral %q is not one of %s", ref, referralList())
			}
		}
		for _, key := range []string{"answer", "citations"} {
			if v := fields[key]; v != nil {
				probs.add(name, v.Line, "%s must be absent: the entry is not_covered", key)
			}
		}
		if fields["cues"] != nil {
			for _, c := range list("cues") {
				p.Cues = append(p.Cues, c.text)
			}
		}
		if v := fields["cues_anywhere"]; v != nil {
			if v.Kind != yaml.ScalarNode || v.Decode(&p.CuesAnywhere) != nil {
				probs.add(name, v.Line, "cues_anywhere must be true or false")
			}
		}
		if v := fields["trait"]; v != nil {
			if v.Kind != yaml.ScalarNode || v.Decode(&p.Trait) != nil {
				probs.add(name, v.Line, "trait must be true or false")
			}
		}
		return p
	}
	for _, key := range []string{"cues_anywhere", "trait"} {
		if v := fields[key]; v != nil {
			probs.add(name, v.Line, "%s must be absent: only a not_covered topic has cues", key)
		}
	}
	if v := fields["cues"]; v != nil {
		probs.add(name, v.Line, "cues must be absent: only a not_covered topic has cues")
	}
	if v := fields["referral"]; v != nil {
		probs.add(name, v.Line, "referral must be absent: only a not_covered topic refers people elsewhere")
	}
	p.sentences = parseAnswer(name, cmp.Or(p.ID, "entry"), n, fields["answer"], probs)
	if v := field("citations", yaml.SequenceNode, "a non-empty list of {id, section, quote}"); v != nil {
		for _, cn := range v.Content {
			var c struct {
				ID      string `yaml:"id"`
				Section string `yaml:"section"`
				Quote   string `yaml:"quote"`
			}
			if cn.Kind != yaml.MappingNode || cn.Decode(&c) != nil {
				probs.add(name, cn.Line, "a citation must be {id, section, quote}")
				continue
			}
			for i := 0; i+1 < len(cn.Content); i += 2 {
				if k := cn.Content[i]; k.Value != "id" && k.Value != "section" && k.Value != "quote" {
					probs.add(name, k.Line, "unknown citation field %q (want id, section, quote)", k.Value)
				}
			}
			cit := bot.Citation{Source: art.Title, Section: strings.TrimSpace(c.Section), Quote: strings.TrimSpace(c.Quote), Version: art.Version()}
			id := strings.TrimSpace(c.ID)
			switch {
			case id == "":
				probs.add(name, cn.Line, "citation id is missing: name the quote so that sentences can cite it (from: [%s])", "an-id")
			case slices.Contains(p.citeIDs, id):
				probs.add(name, cn.Line, "citation id %q is repeated in the entry", id)
			}
			if cit.Section == "" {
				probs.add(name, cn.Line, "citation section is empty")
			}
			if cit.Quote == "" {
				probs.add(name, cn.Line, "citation quote is empty")
			}
			p.Citations = append(p.Citations, cit)
			p.citeIDs = append(p.citeIDs, id)
			p.cites = append(p.cites, Pos{File: name, Line: valueLine(cn, "quote")})
		}
	}
	p.linkSentences(name, probs)
	return p
}

// sentenceSrc is one answer sentence as written.
type sentenceSrc struct {
	text    string
	from    []string // citation ids
	missing []string
	line    int
}

var answerShape = "a list of sentences, each {say: a sentence, from: [ids of the quotes that support it]} or {say: a sentence about what the article does not say, missing: [the words it lacks]}"

// sentenceEnd finds a sentence ending inside a say: a full stop, question
// or exclamation mark, then a space and a capital letter or an opening
// quote.
var sentenceEnd = regexp.MustCompile(`[.!?][”"’)]?\s+[A-Z“"]`)

// parseAnswer reads an entry's answer: a list of sentences.
func parseAnswer(name, id string, entry, v *yaml.Node, probs *problems) []sentenceSrc {
	switch {
	case v == nil:
		probs.add(name, entry.Line, "answer is missing")
		return nil
	case v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) == "":
		probs.add(name, v.Line, "answer is empty")
		return nil
	case v.Kind != yaml.SequenceNode || len(v.Content) == 0:
		probs.add(name, v.Line, "%s: answer must be %s", id, answerShape)
		return nil
	}
	var out []sentenceSrc
	for _, sn := range v.Content {
		if sn.Kind != yaml.MappingNode {
			probs.add(name, sn.Line, "%s: an answer sentence must be {say, from} or {say, missing}", id)
			continue
		}
		s := sentenceSrc{line: sn.Line}
		var hasFrom, hasMissing bool
		for i := 0; i+1 < len(sn.Content); i += 2 {
			k, val := sn.Content[i], sn.Content[i+1]
			switch k.Value {
			case "say":
				s.text, s.line = strings.TrimSpace(val.Value), val.Line
				if val.Kind != yaml.ScalarNode || s.text == "" {
					probs.add(name, val.Line, "%s: say is empty", id)
				}
			case "from", "missing":
				list := scalarList(val)
				if list == nil {
					probs.add(name, val.Line, "%s: %s must be a non-empty list", id, k.Value)
				}
				if k.Value == "from" {
					s.from, hasFrom = list, true
				} else {
					s.missing, hasMissing = list, true
				}
			default:
				probs.add(name, k.Line, "%s: unknown sentence field %q (want say, and from or missing)", id, k.Value)
			}
		}
		switch {
		case hasFrom && hasMissing:
			probs.add(name, sn.Line, "%s: a sentence has from (the quotes that support it) or missing (what the article does not say), not both", id)
		case !hasFrom && !hasMissing:
			probs.add(name, sn.Line, "%s: sentence has neither from (the quotes that support it) nor missing (what the article does not say)", id)
		}
		if loc := sentenceEnd.FindStringIndex(s.text); loc != nil {
			probs.add(name, s.line, "%s: say holds more than one sentence (%q…): give each its own item", id, s.text[:loc[0]+1])
		}
		out = append(out, s)
	}
	return out
}

// scalarList reads a YAML list of non-empty scalars; nil if it is not one.
func scalarList(v *yaml.Node) []string {
	if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
		return nil
	}
	var out []string
	for _, it := range v.Content {
		t := strings.TrimSpace(it.Value)
		if it.Kind != yaml.ScalarNode || t == "" {
			return nil
		}
		out = append(out, t)
	}
	return out
}

// linkSentences resolves the sentences' quote ids, orders the citations by
// first use (unused ones last, for the grounding check to report), and
// fills the entry's Sentences and Answer.
func (p *parsed) linkSentences(name string, probs *problems) {
	order := make([]int, 0, len(p.Citations))
	seen := make([]bool, len(p.Citations))
	for _, s := range p.sentences {
		for _, id := range s.from {
			i := slices.Index(p.citeIDs, id)
			if i < 0 {
				probs.add(name, s.line, "%s: sentence cites %q, which is not one of the entry's citation ids (%s)", cmp.Or(p.ID, "entry"), id, strings.Join(slices.DeleteFunc(slices.Clone(p.citeIDs), func(s string) bool { return s == "" }), ", "))
				continue
			}
			if !seen[i] {
				seen[i] = true
				order = append(order, i)
			}
		}
	}
	for i := range p.Citations {
		if !seen[i] {
			order = append(order, i)
		}
	}
	cits, ids, at := make([]bot.Citation, len(order)), make([]string, len(order)), make([]Pos, len(order))
	for to, from := range order {
		cits[to], ids[to], at[to] = p.Citations[from], p.citeIDs[from], p.cites[from]
	}
	p.Citations, p.citeIDs, p.cites = cits, ids, at
	texts := make([]string, 0, len(p.sentences))
	for _, s := range p.sentences {
		bs := bot.Sentence{Text: s.text, Missing: s.missing}
		for _, id := range s.from {
			if i := slices.Index(p.citeIDs, id); i >= 0 && !slices.Contains(bs.Quotes, i) {
				bs.Quotes = append(bs.Quotes, i)
			}
		}
		p.Sentences = append(p.Sentences, bs)
		texts = append(texts, s.text)
	}
	p.Answer = strings.Join(texts, " ")
}

// referralList names the referrals a not-covered topic can carry.
func referralList() string {
	q := make([]string, len(bot.Referrals))
	for i, r := range bot.Referrals {
		q[i] = string(r)
	}
	return strings.Join(q, ", ")
}

// valueLine is the line of key's value in mapping n, or n's own line.
func valueLine(n *yaml.Node, key string) int {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1].Line
		}
	}
	return n.Line
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlErrLine digs the line number out of a yaml.v3 syntax error.
func yamlErrLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return n
	}
	return 1
}

// yamlErrMsg drops yaml.v3's "yaml: line N: " prefix.
func yamlErrMsg(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "line ") {
		msg = msg[i+2:]
	}
	return msg
}
