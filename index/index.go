// Package index is exobot's full-text search over the curated entries: the
// only package that imports bleve. Build makes an in-memory bleve index
// (scorch) from bot.Entry values; (*Index).Search implements bot.Searcher.
//
// Text is analysed in English (curly apostrophes folded, possessives,
// lower case, stop words and conversational filler removed, Porter
// stemming). A question is matched against the entry's canonical question
// (boosted most), its alternate phrasings, its tags and its answer, with
// one match query per field: user text is never parsed as query syntax, so
// characters like + - : ^ * ~ " are plain text.
//
// Raw bleve scores rank hits within one search but are not comparable
// across searches, so each hit also carries evidence that is: how much of
// the question's content (weighted by rarity in the corpus) the entry's
// best matching phrasing covers, and how much of that phrasing the question
// covers. Misspelled words are corrected against the corpus's own
// vocabulary before searching.
//
// An Index is safe for concurrent use.
package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"exobot/bot"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Field names and their query-time boosts.
const (
	fieldQuestion   = "question"
	fieldAlternates = "alternates"
	fieldTags       = "tags"
	fieldAnswer     = "answer"

	analyzerName = "exobot_en"
	fillerMap    = "exobot_filler"
	fillerFilter = "exobot_filler_stop"
)

var boosts = []struct {
	field string
	boost float64
}{
	{fieldQuestion, 3},
	{fieldAlternates, 2},
	{fieldTags, 1.5},
	{fieldAnswer, 1},
}

// Index is an in-memory search index over the curated entries.
type Index struct {
	bleve    bleve.Index
	analyzer analysis.Analyzer
	entries  map[string]*entryTerms
	weight   map[string]float64 // term -> inverse document frequency
	unknown  float64            // weight of a term the corpus never uses
	topic    [][]rune           // terms most entries share: the corpus's subject
	isTopic  map[string]bool
	source   map[string]bool // terms of the quotes: the article's own words
	speller  *speller
}

// entryTerms is an entry's analysed wording, for the evidence of a hit.
type entryTerms struct {
	phrasings []phrasing         // the question, then each alternate
	other     map[string]float64 // term -> partial credit from the rest of the entry
}

// phrasing is one way of asking an entry's question, analysed.
type phrasing struct {
	terms  []string        // unique content terms
	weight float64         // the terms' total weight
	words  map[string]bool // every lower-case word, stop words included
}

// Credit for a question word found in the entry but not in its best
// matching phrasing.
const (
	creditOtherPhrasing = 0.7 // another phrasing or a tag
	creditAnswer        = 0.5 // the answer text or a quote
)

// Build indexes the entries in memory.
func Build(entries []bot.Entry) (*Index, error) {
	if len(entries) == 0 {
		return nil, fmt.Errorf("build index: no entries")
	}
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	x := &Index{analyzer: m.AnalyzerNamed(analyzerName), entries: map[string]*entryTerms{}, source: map[string]bool{}, isTopic: map[string]bool{}}
	if x.analyzer == nil {
		return nil, fmt.Errorf("build index: analyzer %s missing", analyzerName)
	}
	// englishWords is needed by the speller: let the other core load it.
	go englishRanks()
	var texts []string
	for _, e := range entries {
		texts = append(texts, e.Question, e.Answer, strings.Join(e.Tags, " "))
		texts = append(texts, e.Alternates...)
		for _, c := range e.Citations {
			texts = append(texts, c.Quote)
		}
	}
	x.speller = newSpeller(texts, x.isStopWord)
	norms := make([]normEntry, len(entries))
	for i, e := range entries {
		norms[i] = x.normalizeEntry(e)
	}

	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	batch := b.NewBatch()
	for _, n := range norms {
		doc := map[string]any{
			fieldQuestion:   n.phrasings[0],
			fieldAlternates: n.phrasings[1:],
			fieldTags:       n.tags,
			fieldAnswer:     n.answer,
		}
		if err := batch.Index(n.id, doc); err != nil {
			b.Close()
			return nil, fmt.Errorf("build index: entry %s: %w", n.id, err)
		}
	}
	if err := b.Batch(batch); err != nil {
		b.Close()
		return nil, fmt.Errorf("build index: %w", err)
	}
	x.bleve = b
	x.learn(norms)
	return x, nil
}

// normEntry is an entry's text normalized once, for both the bleve
// document and the evidence tables.
type normEntry struct {
	id        string
	phrasings []string // the question, then each alternate
	tags      string
	answer    string // the answer and the quotes
	source    string // the quotes and the article's title: its own words
}

func (x *Index) normalizeEntry(e bot.Entry) normEntry {
	n := normEntry{id: e.ID, tags: x.normalize(strings.Join(e.Tags, " "))}
	for _, p := range append([]string{e.Question}, e.Alternates...) {
		n.phrasings = append(n.phrasings, x.normalize(p))
	}
	var quotes, titles []string
	for _, c := range e.Citations {
		quotes = append(quotes, c.Quote)
		titles = append(titles, c.Source)
	}
	n.answer = x.normalize(e.Answer + "\n" + strings.Join(quotes, "\n"))
	n.source = x.normalize(strings.Join(append(quotes, titles...), "\n"))
	return n
}

// normalize rewrites text the same way for entries and questions: lower
// case words, spelling corrected, synonyms applied.
func (x *Index) normalize(text string) string {
	return canonical(x.speller.correct(text))
}

// Close releases the index.
func (x *Index) Close() error { return x.bleve.Close() }

func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := m.AddCustomTokenMap(fillerMap, map[string]any{
		"type": tokenmap.Name, "tokens": stopWords(),
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomTokenFilter(fillerFilter, map[string]any{
		"type": stop.Name, "stop_token_map": fillerMap,
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name, fillerFilter, porter.Name},
	}); err != nil {
		return nil, err
	}
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range boosts {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = analyzerName
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		doc.AddFieldMappingsAt(f.field, fm)
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzerName
	m.DefaultField = fieldQuestion
	return m, nil
}

// learn precomputes what the evidence needs: each entry's analysed
// phrasings, term weights (inverse document frequency over entries) and the
// vocabulary for spelling correction.
func (x *Index) learn(entries []normEntry) {
	df := map[string]int{}
	for _, e := range entries {
		et := &entryTerms{other: map[string]float64{}}
		seen := map[string]bool{}
		note := func(terms []string) {
			for _, t := range terms {
				if !seen[t] {
					seen[t] = true
					df[t]++
				}
			}
		}
		for _, p := range e.phrasings {
			ph := phrasing{terms: x.terms(p), words: map[string]bool{}}
			for _, w := range bot.Words(p) {
				ph.words[w] = true
			}
			et.phrasings = append(et.phrasings, ph)
			note(ph.terms)
		}
		for _, t := range x.terms(e.source) {
			x.source[t] = true
		}
		restTerms := x.terms(e.answer)
		for _, t := range restTerms {
			et.other[t] = creditAnswer
		}
		for _, p := range et.phrasings {
			for _, t := range p.terms {
				et.other[t] = creditOtherPhrasing
			}
		}
		tags := x.terms(e.tags)
		for _, t := range tags {
			et.other[t] = creditOtherPhrasing
		}
		note(tags)
		note(restTerms)
		x.entries[e.id] = et
	}
	n := float64(len(entries))
	x.weight = make(map[string]float64, len(df))
	for t, d := range df {
		x.weight[t] = math.Log((n + 1) / (float64(d) + 0.5))
	}
	// A word the corpus never uses weighs as much as its rarest words: the
	// question is about something the entries do not say.
	x.unknown = math.Log((n + 1) / 1.5)
	for t, d := range df {
		if float64(d) >= topicShare*n {
			x.topic = append(x.topic, []rune(t))
			x.isTopic[t] = true
		}
	}
	for _, et := range x.entries {
		for i := range et.phrasings {
			p := &et.phrasings[i]
			for _, t := range p.terms {
				p.weight += x.termWeight(t, t)
			}
		}
	}
}

// topicShare is the share of entries a term must appear in to be the
// corpus's subject.
const topicShare = 0.9

// topicWeight is the least a topic term weighs in a question.
const topicWeight = 1.0

// onTopic reports whether one of the terms is a topic term or a close
// misspelling of one ("exozom", "exsom").
func (x *Index) onTopic(terms []string) bool {
	for _, t := range terms {
		rt := []rune(t)
		for _, top := range x.topic {
			if d := editDistance(rt, top); d == 0 || d <= 2 && len(rt) >= 5 && rt[0] == top[0] {
				return true
			}
		}
	}
	return false
}

// terms analyses normalized text into its unique content terms, in order.
func (x *Index) terms(text string) []string {
	terms, _ := x.analyse(text)
	return terms
}

// analyse returns normalized text's unique content terms, in order, each
// with the word it came from.
func (x *Index) analyse(text string) (terms, surfaces []string) {
	b := []byte(text)
	seen := map[string]int{}
	for _, tok := range x.analyzer.Analyze(b) {
		t := string(tok.Term)
		if t == "" {
			continue
		}
		if _, ok := seen[t]; ok {
			continue
		}
		surface := string(b[tok.Start:tok.End])
		seen[t] = len(terms)
		terms = append(terms, t)
		surfaces = append(surfaces, surface)
	}
	return terms, surfaces
}

// isStopWord reports whether a lower-case word analyses to nothing.
func (x *Index) isStopWord(word string) bool {
	return len(x.analyzer.Analyze([]byte(word))) == 0
}

// Search implements bot.Searcher.
func (x *Index) Search(ctx context.Context, text string, limit int) ([]bot.Hit, error) {
	if limit <= 0 {
		return nil, nil
	}
	text = x.normalize(text)
	q := x.newQuery(text)
	if q.total == 0 {
		return nil, nil
	}
	// One match query per field; bleve analyses the text with the field's
	// analyzer and never interprets query syntax.
	var qs []query.Query
	for _, f := range boosts {
		mq := bleve.NewMatchQuery(text)
		mq.SetField(f.field)
		mq.SetBoost(f.boost)
		qs = append(qs, mq)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), max(limit, candidates), 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if len(res.Hits) == 0 {
		return nil, nil
	}
	top := res.Hits[0].Score
	onTopic := x.onTopic(q.terms)
	var grounded float64
	for i, t := range q.terms {
		if x.source[t] {
			grounded += q.weights[i]
		}
	}
	grounded /= q.total
	type ranked struct {
		hit  bot.Hit
		rank float64
	}
	rs := make([]ranked, 0, len(res.Hits))
	for _, h := range res.Hits {
		et := x.entries[h.ID]
		if et == nil {
			continue
		}
		ev := x.evidence(q, et)
		rs = append(rs, ranked{
			hit:  bot.Hit{ID: h.ID, Score: h.Score, Coverage: ev.coverage, Precision: ev.precision, Terms: len(q.terms), Matched: ev.matched, OnTopic: onTopic, Grounded: grounded},
			rank: ev.coverage + 0.25*ev.precision + 0.2*ev.overlap + 0.1*h.Score/top,
		})
	}
	// The evidence first; bleve's relative score (which knows field boosts
	// and term frequencies) and the overlap of plain words break near ties.
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].rank > rs[b].rank })
	out := make([]bot.Hit, 0, min(limit, len(rs)))
	for _, r := range rs[:min(limit, len(rs))] {
		out = append(out, r.hit)
	}
	return out, nil
}

// candidates is how many bleve hits are re-ranked on evidence.
const candidates = 10

// analysedQuery is a question's content terms with their weights, and its
// plain words.
type analysedQuery struct {
	terms    []string
	weights  []float64
	total    float64
	words    map[string]bool
	wordList []string // the keys of words
}

func (x *Index) newQuery(text string) analysedQuery {
	terms, surfaces := x.analyse(text)
	q := analysedQuery{terms: terms, words: map[string]bool{}}
	for _, w := range bot.Words(text) {
		if !q.words[w] {
			q.words[w] = true
			q.wordList = append(q.wordList, w)
		}
	}
	q.weights = make([]float64, len(q.terms))
	for i, t := range q.terms {
		q.weights[i] = x.termWeight(t, surfaces[i])
		q.total += q.weights[i]
	}
	return q
}

// termWeight is a term's inverse document frequency over the entries. A
// term the corpus never uses weighs as much as its rarest ones — the
// question is about something the entries do not say — except numbers
// (prices, ages, days), which weigh nothing, and words of three letters or
// fewer, often chat noise or abbreviations, which weigh half.
func (x *Index) termWeight(term, surface string) float64 {
	if w, ok := x.weight[term]; ok {
		if x.isTopic[term] {
			// Shared by nearly every entry, the topic term tells entries
			// apart poorly, but it is what puts a question in scope.
			return max(w, topicWeight)
		}
		return w
	}
	if strings.IndexFunc(term, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		return 0
	}
	if len([]rune(surface)) <= 3 {
		return x.unknown / 2
	}
	return x.unknown
}

// evidence of one entry for one question.
type evidence struct {
	coverage  float64 // weighted share of the question's terms the entry accounts for
	precision float64 // weighted share of the best phrasing's terms in the question
	overlap   float64 // Jaccard similarity of plain words with the best phrasing
	matched   int     // question terms found in the best phrasing
}

// evidence measures an entry against a question, at the entry's best
// matching phrasing.
func (x *Index) evidence(q analysedQuery, et *entryTerms) evidence {
	best := evidence{coverage: -1}
	bestKey := -1.0
	// Partial credit from the rest of the entry, once per question term.
	other := make([]float64, len(q.terms))
	for i, t := range q.terms {
		other[i] = q.weights[i] * et.other[t]
	}
	for _, p := range et.phrasings {
		var got, shared float64
		matched := 0
		for i, t := range q.terms {
			if slices.Contains(p.terms, t) {
				got += q.weights[i]
				shared += q.weights[i]
				matched++
			} else {
				got += other[i]
			}
		}
		ev := evidence{coverage: got / q.total, matched: matched}
		if p.weight > 0 {
			ev.precision = shared / p.weight
		}
		inter := 0
		for _, w := range q.wordList {
			if p.words[w] {
				inter++
			}
		}
		if union := len(q.words) + len(p.words) - inter; union > 0 {
			ev.overlap = float64(inter) / float64(union)
		}
		if key := ev.coverage + 0.25*ev.precision + 0.2*ev.overlap; key > bestKey {
			best, bestKey = ev, key
		}
	}
	return best
}
