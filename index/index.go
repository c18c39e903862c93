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
	"sort"
	"strings"

	"exobot/bot"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/regexp"
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
	quoteFolder  = "exobot_fold_quotes"
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
	speller  *speller
}

// entryTerms is an entry's analysed wording, for the evidence of a hit.
type entryTerms struct {
	phrasings [][]string         // the question, then each alternate: unique terms
	other     map[string]float64 // term -> partial credit from the rest of the entry
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
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	batch := b.NewBatch()
	for _, e := range entries {
		var quotes []string
		for _, c := range e.Citations {
			quotes = append(quotes, c.Quote)
		}
		doc := map[string]any{
			fieldQuestion:   e.Question,
			fieldAlternates: e.Alternates,
			fieldTags:       strings.Join(e.Tags, " "),
			fieldAnswer:     e.Answer + "\n" + strings.Join(quotes, "\n"),
		}
		if err := batch.Index(e.ID, doc); err != nil {
			b.Close()
			return nil, fmt.Errorf("build index: entry %s: %w", e.ID, err)
		}
	}
	if err := b.Batch(batch); err != nil {
		b.Close()
		return nil, fmt.Errorf("build index: %w", err)
	}
	x := &Index{bleve: b, analyzer: m.AnalyzerNamed(analyzerName), entries: map[string]*entryTerms{}}
	if x.analyzer == nil {
		b.Close()
		return nil, fmt.Errorf("build index: analyzer %s missing", analyzerName)
	}
	x.learn(entries)
	return x, nil
}

// Close releases the index.
func (x *Index) Close() error { return x.bleve.Close() }

func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := m.AddCustomCharFilter(quoteFolder, map[string]any{
		"type": regexp.Name, "regexp": `[’‘＇]`, "replace": "'",
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomTokenMap(fillerMap, map[string]any{
		"type": tokenmap.Name, "tokens": fillerWords,
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
		"char_filters":  []string{quoteFolder},
		"tokenizer":     unicode.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name, en.StopName, fillerFilter, porter.Name},
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
func (x *Index) learn(entries []bot.Entry) {
	df := map[string]int{}
	var vocab []string
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
		for _, p := range append([]string{e.Question}, e.Alternates...) {
			terms := x.terms(p)
			et.phrasings = append(et.phrasings, terms)
			note(terms)
			vocab = append(vocab, p)
		}
		var rest []string
		for _, c := range e.Citations {
			rest = append(rest, c.Quote)
		}
		rest = append(rest, e.Answer)
		for _, t := range x.terms(strings.Join(rest, " ")) {
			et.other[t] = creditAnswer
		}
		for _, p := range et.phrasings {
			for _, t := range p {
				et.other[t] = creditOtherPhrasing
			}
		}
		tags := x.terms(strings.Join(e.Tags, " "))
		for _, t := range tags {
			et.other[t] = creditOtherPhrasing
		}
		note(tags)
		note(x.terms(strings.Join(rest, " ")))
		vocab = append(vocab, e.Answer, strings.Join(e.Tags, " "))
		vocab = append(vocab, rest...)
		x.entries[e.ID] = et
	}
	n := float64(len(entries))
	x.weight = make(map[string]float64, len(df))
	for t, d := range df {
		x.weight[t] = math.Log((n + 1) / (float64(d) + 0.5))
	}
	// A word the corpus never uses weighs as much as its rarest words: the
	// question is about something the entries do not say.
	x.unknown = math.Log((n + 1) / 1.5)
	x.speller = newSpeller(vocab, x.isStopWord)
}

// terms analyses text into its unique content terms, in order.
func (x *Index) terms(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, tok := range x.analyzer.Analyze([]byte(text)) {
		t := string(tok.Term)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
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
	text = x.speller.correct(text)
	terms := x.terms(text)
	if len(terms) == 0 {
		return nil, nil
	}
	// One match query per field; bleve analyses the text with the field's
	// analyzer and never interprets query syntax.
	var qs []query.Query
	for _, f := range boosts {
		q := bleve.NewMatchQuery(text)
		q.SetField(f.field)
		q.SetBoost(f.boost)
		qs = append(qs, q)
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
	hits := make([]bot.Hit, 0, len(res.Hits))
	ranks := make([]float64, 0, len(res.Hits))
	for _, h := range res.Hits {
		et := x.entries[h.ID]
		if et == nil {
			continue
		}
		cov, prec := x.evidence(terms, et)
		hits = append(hits, bot.Hit{ID: h.ID, Score: h.Score, Coverage: cov, Precision: prec, Terms: len(terms)})
		ranks = append(ranks, rank(cov, prec, h.Score/top))
	}
	order := make([]int, len(hits))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ranks[order[a]] > ranks[order[b]] })
	out := make([]bot.Hit, 0, min(limit, len(hits)))
	for _, i := range order[:min(limit, len(order))] {
		out = append(out, hits[i])
	}
	return out, nil
}

// candidates is how many bleve hits are re-ranked on evidence.
const candidates = 10

// rank orders the candidates: the evidence first, bleve's relative score
// (which knows field boosts and term frequencies) to break near ties.
func rank(coverage, precision, relScore float64) float64 {
	return coverage + 0.25*precision + 0.2*relScore
}

// evidence measures how well an entry's wording covers the question's terms
// (coverage) and how much of its best phrasing the question covers
// (precision), both weighted by term rarity.
func (x *Index) evidence(terms []string, et *entryTerms) (coverage, precision float64) {
	var total float64
	ws := make([]float64, len(terms))
	for i, t := range terms {
		w, ok := x.weight[t]
		if !ok {
			w = x.unknown
		}
		ws[i] = w
		total += w
	}
	if total == 0 {
		return 0, 0
	}
	best, bestPrec := -1.0, 0.0
	for _, p := range et.phrasings {
		var got, pw, shared float64
		for i, t := range terms {
			if contains(p, t) {
				got += ws[i]
				shared += ws[i]
			} else {
				got += ws[i] * et.other[t]
			}
		}
		for _, t := range p {
			pw += x.weight[t]
		}
		prec := 0.0
		if pw > 0 {
			prec = shared / pw
		}
		if c := got / total; c > best || c == best && prec > bestPrec {
			best, bestPrec = c, prec
		}
	}
	return best, bestPrec
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
