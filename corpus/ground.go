package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// MapTerm maps a lay word or phrase (lower case, single spaces: "come
// from", "lab") to the article's own term for the same thing ("derived",
// "in-vitro"), reporting whether it knows one. The concept lexicon
// provides it; noTerms, the default, knows none.
type MapTerm func(phrase string) (term string, ok bool)

func noTerms(string) (string, bool) { return "", false }

// maxPhrase is the longest lay phrase, in words, looked up with MapTerm.
const maxPhrase = 5

// grounder checks that every answer sentence says only what its quotes
// say. It is built once per corpus from the article.
type grounder struct {
	art     Article
	mapTerm MapTerm
	// stems and stemLine are every word of article.txt in order, with the
	// line each is on, for statements about what the article does not say.
	stems    []string
	stemLine []int
	lines    []string
	// authorLines are the article's lines (1-based) in which the author
	// speaks in the first person, with the list items such a line
	// introduces ("I always look for three things…:").
	authorLines map[int]bool

	function, topic, hedge, attribution, silence, verdict, markers map[string]bool

	mu     sync.Mutex
	quotes map[citationText]quoteFacts // quote's memo
}

func newGrounder(art Article, mapTerm MapTerm) *grounder {
	if mapTerm == nil {
		mapTerm = noTerms
	}
	g := &grounder{
		art: art, mapTerm: mapTerm,
		lines:       strings.Split(strings.ReplaceAll(art.Text, "\r\n", "\n"), "\n"),
		authorLines: map[int]bool{},
		quotes:      map[citationText]quoteFacts{},
		function:    stemSet(functionWords...),
		topic:       stemSet(topicWords...),
		hedge:       stemSet(hedgeWords...),
		attribution: stemSet(attributionWords...),
		silence:     stemSet(silenceWords...),
		verdict:     map[string]bool{},
		markers:     stemSet(hedgeMarkers...),
	}
	for _, w := range verdictWords {
		g.verdict[w] = true
	}
	firstPerson := map[string]bool{}
	for _, w := range firstPersonWords {
		firstPerson[w] = true
	}
	inList := false
	for i, line := range g.lines {
		for _, st := range stems(line) {
			g.stems = append(g.stems, st)
			g.stemLine = append(g.stemLine, i+1)
		}
		line = strings.TrimSpace(line)
		author := slices.ContainsFunc(words(line), func(w word) bool { return firstPerson[w.text] })
		switch {
		case author:
			g.authorLines[i+1] = true
			inList = strings.HasSuffix(line, ":")
		case inList && line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?"):
			g.authorLines[i+1] = true // an item of the author's list
		default:
			inList = false
		}
	}
	return g
}

// allowed reports whether a word may appear in a sentence without a quote
// that has it.
func (g *grounder) allowed(w word) bool {
	return w.neg || g.function[w.stem] || g.topic[w.stem] || g.hedge[w.stem] || g.attribution[w.stem]
}

// quoteFacts is what the checks need to know of one cited quote.
type quoteFacts struct {
	id      string
	stems   map[string]bool
	neg     bool
	hedged  bool
	author  bool     // the author's first-person view
	clauses []string // its clauses, words joined by spaces, for verdicts
}

var clauseBreak = regexp.MustCompile(`[,.;:!?()“”"—–\n]+`)

// quote returns what the checks need to know of a cited quote. Entries
// cite the same quotes over and over: each quote's facts are worked out
// once, and shared (they are read-only).
func (g *grounder) quote(id string, c citationText) quoteFacts {
	g.mu.Lock()
	q, ok := g.quotes[c]
	g.mu.Unlock()
	if !ok {
		q = g.readQuote(c)
		g.mu.Lock()
		g.quotes[c] = q
		g.mu.Unlock()
	}
	q.id = id
	return q
}

// readQuote works out a quote's facts, but for its id.
func (g *grounder) readQuote(c citationText) quoteFacts {
	q := quoteFacts{stems: map[string]bool{}}
	for _, w := range words(c.quote) {
		q.stems[w.stem] = true
		q.neg = q.neg || w.neg
		q.hedged = q.hedged || g.markers[w.stem]
	}
	for _, cl := range clauseBreak.Split(c.quote, -1) {
		if t := joinTexts(words(cl)); t != "" {
			q.clauses = append(q.clauses, t)
		}
	}
	for _, l := range g.quoteLines(c) {
		q.author = q.author || g.authorLines[l]
	}
	return q
}

// quoteLines returns the article lines (1-based) a quote spans, found
// under its section; nil when it is not there.
func (g *grounder) quoteLines(c citationText) []int {
	sec, ok := g.art.Section(c.section)
	if !ok {
		return nil
	}
	if c.quote == sec.Heading {
		return []int{sec.Line}
	}
	at := strings.Index(sec.Body, c.quote)
	if at < 0 {
		return nil
	}
	first := sec.Line + 1 + strings.Count(sec.Body[:at], "\n")
	var out []int
	for l := first; l <= first+strings.Count(c.quote, "\n"); l++ {
		out = append(out, l)
	}
	return out
}

func joinTexts(ws []word) string {
	t := make([]string, len(ws))
	for i, w := range ws {
		t[i] = w.text
	}
	return strings.Join(t, " ")
}

// citationText is a citation as the grounder reads it.
type citationText struct{ section, quote string }

var (
	// attributed: the sentence says whose view it reports.
	attributed = regexp.MustCompile(`\b(the dermatologist who wrote|the dermatologist behind|this dermatologist|the article's author|the author|the writer)\b`)
	// generic: the sentence speaks for dermatologists in general.
	generic = regexp.MustCompile(`\b(dermatologists|derms|doctors|experts|skin doctors|most derms)\b|\ba (derm|dermatologist|skin doctor)\b`)
)

// checkSentence returns what is wrong with one sentence that names quotes
// as its support, each a message for the corpus's problems.
func (g *grounder) checkSentence(text string, quotes []quoteFacts) []string {
	var msgs []string
	ws := words(text)
	support := map[string]bool{}
	for _, q := range quotes {
		for st := range q.stems {
			support[st] = true
		}
	}

	// Every content word is in a quote, or maps to one's words through the
	// concept lexicon.
	var missing []string
	used := map[string]bool{}
	for i, w := range ws {
		if g.allowed(w) {
			continue
		}
		if support[w.stem] {
			used[w.stem] = true
			continue
		}
		if g.mapped(ws, i, support, used) {
			continue
		}
		if !slices.Contains(missing, w.text) {
			missing = append(missing, w.text)
		}
	}
	if len(missing) > 0 {
		msgs = append(msgs, fmt.Sprintf("%s not in its quotes (%s): use the article's words, or cite the quote that says it", quoteWords(missing), quoteIDs(quotes)))
	}

	// Every quote it names shares a content word with it (a bare verdict,
	// which has none, is judged below).
	for _, q := range quotes {
		if len(used) == 0 && len(missing) == 0 {
			break
		}
		shares := false
		for st := range used {
			shares = shares || q.stems[st]
		}
		if !shares {
			msgs = append(msgs, fmt.Sprintf("quote %s supports nothing in it: none of its words is the sentence's", q.id))
		}
	}

	// A verdict ("No.", "They might.") must be one the quotes give.
	if v := verdict(text, g.verdict); v != "" {
		given := false
		for _, q := range quotes {
			given = given || slices.Contains(q.clauses, v)
		}
		if !given {
			msgs = append(msgs, fmt.Sprintf("opens with the verdict %q, which its quotes do not give: say what the article says instead", v))
		}
	}

	// Polarity: a "not" needs a negative quote, and a negative quote needs
	// a "not".
	neg := slices.ContainsFunc(ws, func(w word) bool { return w.neg })
	anyNeg := slices.ContainsFunc(quotes, func(q quoteFacts) bool { return q.neg })
	if neg && !anyNeg {
		msgs = append(msgs, fmt.Sprintf("is negative, but none of its quotes (%s) is", quoteIDs(quotes)))
	}
	for _, q := range quotes {
		if q.neg && !neg {
			msgs = append(msgs, fmt.Sprintf("drops the negation of quote %s", q.id))
		}
	}

	// A reported claim ("suggest exosomes may", "touted for") stays a claim.
	hedged := slices.ContainsFunc(ws, func(w word) bool { return g.markers[w.stem] || g.hedge[w.stem] })
	for _, q := range quotes {
		if q.hedged && !hedged {
			msgs = append(msgs, fmt.Sprintf("states as fact what quote %s reports as a claim or a possibility: keep its \"may\", \"suggest\", \"touted\" or \"claiming\"", q.id))
		}
	}

	// The author's first-person view is reported as theirs.
	low := strings.ReplaceAll(strings.ToLower(text), "’", "'")
	for _, q := range quotes {
		if q.author && !attributed.MatchString(low) {
			msgs = append(msgs, fmt.Sprintf("reports the author's own view (quote %s) without saying whose it is: attribute it, e.g. \"the dermatologist who wrote the article\"", q.id))
			break
		}
	}
	msgs = append(msgs, g.checkGeneric(low)...)
	return msgs
}

// checkGeneric flags a sentence that speaks for dermatologists in general:
// the article gives one dermatologist's view.
func (g *grounder) checkGeneric(low string) []string {
	if m := generic.FindString(low); m != "" {
		return []string{fmt.Sprintf("speaks of %q in general, but the article gives one dermatologist's view: say \"the dermatologist who wrote the article\"", m)}
	}
	return nil
}

// mapped reports whether the word at i, alone or in a phrase of up to
// maxPhrase words around it, maps through the concept lexicon to a term
// whose words the quotes (or the allowed words) have. The quote words it
// maps to are added to used.
func (g *grounder) mapped(ws []word, i int, support, used map[string]bool) bool {
	for n := maxPhrase; n >= 1; n-- {
		for start := max(0, i-n+1); start <= i && start+n <= len(ws); start++ {
			term, ok := g.mapTerm(joinTexts(ws[start : start+n]))
			if !ok {
				continue
			}
			tw := words(term)
			if len(tw) == 0 {
				continue
			}
			all := true
			for _, t := range tw {
				all = all && (support[t.stem] || g.allowed(t))
			}
			if all {
				for _, t := range tw {
					if support[t.stem] {
						used[t.stem] = true
					}
				}
				return true
			}
		}
	}
	return false
}

// verdict returns the bare verdict a sentence is or opens with — the words
// of its first clause, when they are all verdict words — or "".
func verdict(text string, vocab map[string]bool) string {
	first := clauseBreak.Split(strings.TrimSpace(text), 2)[0]
	ws := words(first)
	if len(ws) == 0 {
		return ""
	}
	for _, w := range ws {
		if !vocab[w.text] {
			return ""
		}
	}
	return joinTexts(ws)
}

// checkSilence returns what is wrong with a statement about the article's
// silence: it must say so ("The article doesn't…"), name what is missing
// in its own words, and be true — none of the missing words or phrases is
// in the article. Its other words are the article's or allowed ones. (It
// may speak of dermatologists in general: to say the article does not.)
func (g *grounder) checkSilence(text string, missing []string) []string {
	var msgs []string
	ws := words(text)
	if !slices.ContainsFunc(ws, func(w word) bool { return w.text == "article" }) || !slices.ContainsFunc(ws, func(w word) bool { return w.neg }) {
		msgs = append(msgs, "a statement about the article's silence must say so: \"The article doesn't …\"")
	}
	sentStems := make([]string, len(ws))
	for i, w := range ws {
		sentStems[i] = w.stem
	}
	declared := map[string]bool{}
	for _, m := range missing {
		ms := stems(m)
		for _, st := range ms {
			declared[st] = true
		}
		if indexSeq(sentStems, ms) < 0 {
			msgs = append(msgs, fmt.Sprintf("missing %q is not said in the sentence: name what the article lacks in the sentence's own words", m))
			continue
		}
		if at := indexSeq(g.stems, ms); at >= 0 {
			l := g.stemLine[at]
			msgs = append(msgs, fmt.Sprintf("says the article lacks %q, but it is there: %s:%d %q", m, ArticleFile, l, strings.TrimSpace(g.lines[l-1])))
		}
	}
	inArticle := map[string]bool{}
	for _, st := range g.stems {
		inArticle[st] = true
	}
	var unknown []string
	for _, w := range ws {
		if g.allowed(w) || g.silence[w.stem] || declared[w.stem] || inArticle[w.stem] || slices.Contains(unknown, w.text) {
			continue
		}
		unknown = append(unknown, w.text)
	}
	if len(unknown) > 0 {
		msgs = append(msgs, fmt.Sprintf("%s neither in the article nor listed as missing", quoteWords(unknown)))
	}
	return msgs
}

func quoteWords(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = fmt.Sprintf("%q", w)
	}
	if len(q) == 1 {
		return q[0] + " is"
	}
	return strings.Join(q, ", ") + " are"
}

func quoteIDs(qs []quoteFacts) string {
	ids := make([]string, len(qs))
	for i, q := range qs {
		ids[i] = q.id
	}
	return strings.Join(ids, ", ")
}
