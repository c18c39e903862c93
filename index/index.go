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
	"cmp"
	"context"
	"fmt"
	"hash/maphash"
	"maps"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"exobot/bot"
	"exobot/internal/parallel"
	"exobot/internal/wordmemo"

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
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Field names and their query-time boosts.
const (
	fieldPhrasings = "phrasings" // the question, its alternates and tags
	fieldAnswer    = "answer"    // the answer and its quotes

	analyzerName = "exobot_en"
	fillerMap    = "exobot_filler"
	fillerFilter = "exobot_filler_stop"
)

// boosts are the fields bleve searches for candidates, with their boosts.
// Only the phrasings: the answer's words count in the evidence (partial
// credit), and searching them too cost ~15 % of an answer's time for no
// gain in quality on the held-back sets.
var boosts = []struct {
	field string
	boost float64
}{
	{fieldPhrasings, 2},
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
	describe []string // phrases that describe the topic (Options.TopicTerms), normalized
	// near are word groups that describe the topic when near each other
	// (Options.TopicNear).
	near [][2]map[string]bool
	// topicWord is the word most phrasings use for the topic ("exosomes"),
	// and topicWords every word of the phrasings that analyses to a topic
	// term ("exosome", "exosomes").
	topicWord  string
	topicWords map[string]bool
	source     map[string]bool // terms of the quotes: the article's own words
	// quoted is the words of every quote of the article, lower-case and
	// space-separated, with a space at each end: where a phrase a person
	// quotes is looked for (quotesArticle).
	quoted  string
	speller *speller
	stops   map[string]bool // the words analysis removes (stop words and filler)
	lexicon rewriter
	cues    []cue
	// cuesByFirst maps a word to the cues (indexes into cues) that start
	// with it.
	cuesByFirst map[string][]int
	numberCues  []int // cuesByFirst["#"]: the cues that start with a number
	// facts holds what the index knows of each word a search reads word
	// by word (see wordFacts).
	facts map[string]*wordFacts
	// analysed memoizes the analyzer on each word of the corpus's
	// normalized vocabulary (see analyse), with the word's wordID, and
	// newWords on other words (analyseNew).
	analysed map[string]memoWord
	newWords wordmemo.Memo[[]wordTerm]
	// salience memoizes salient on the unknown words questions use: its
	// check for everyday typos looks up dozens of variants of the word.
	salience wordmemo.Memo[bool]
	// The evidence tables: entries numbered in corpus order (entryIndex),
	// terms and plain words numbered by termID and wordID. Each term's
	// row, termCells[termStart[t]:termStart[t+1]], holds a cell for each
	// entry whose wording has the term, in corpus order; wordCells the
	// same for the plain words of the phrasings. Most of a dense table
	// (every term by every entry) would be empty, and too large to stay
	// in the processor's caches.
	entryIndex map[string]int32
	entryList  []*entryTerms
	ids        []string         // entry ids by number
	docEntry   map[string]int32 // bleve's internal document id -> entry number
	// docByNum is docEntry by the number an internal id encodes (-1 for
	// none), when every id is a small number.
	docByNum []int32
	// fieldTerms holds the terms of each searched field's dictionary, and
	// termQueries (by field, as in boosts) a term query for each, built
	// once: a query is only read by the searches that run it.
	fieldTerms  map[string]map[string]bool
	termQueries []map[string]query.Query
	// reader reads bleve's index for every search: the index never
	// changes once built (mapDocuments opens it, Close closes it).
	reader bleveindex.IndexReader
	// termQueryByID is termQueries by termID (nil where the field lacks
	// the term), when every term of the fields has a termID.
	termQueryByID [][]query.Query
	absent        []query.Query // an absentTerm by field, as in boosts
	termID        map[string]int32
	wordID        map[string]int32
	termStart     []int32
	termCells     []termCell
	wordStart     []int32
	wordCells     []wordCell
	known         []float64 // termWeight of each term by termID
	topicByID     []bool    // isTopic of each term by termID
	// sourceByID is source by termID: every term of the quotes is one of
	// an answer's, so a term without a termID is not the article's.
	sourceByID []bool
	// elsewhereByID reports, by termID, a term that only topics the article
	// does not cover use ("botox", in when exosomes may follow it): a
	// subject other than the article's.
	elsewhereByID []bool
}

// memoWord is what the analysis memo knows of a word of the corpus: its
// terms and its wordID (-1 when no phrasing uses it).
type memoWord struct {
	terms []wordTerm
	word  int32
}

// wordTerm is one term the analyzer makes of a word, with the part of the
// word it came from and its termID (-1 when the entries lack it).
type wordTerm struct {
	term, surface string
	id            int32
}

// termCell is what one term means for one entry's evidence: the phrasings
// (bit i) that contain it, and the partial credit it earns elsewhere in the
// entry.
type termCell struct {
	entry int32
	mask  uint64
	other float64
}

// wordCell is the phrasings (bit i) of an entry that use a plain word.
type wordCell struct {
	entry int32
	mask  uint64
}

// Options configure Build.
type Options struct {
	// Lexicon maps phrases people use (lower-case words joined by single
	// spaces) to the corpus's own words for the same concepts; see
	// corpus.Lexicon.Phrases.
	Lexicon map[string]string
	// TopicTerms are words and phrases that describe the corpus's subject
	// ("messengers", "skin communication"): a question that uses one is on
	// topic even when it never names it. See corpus.Lexicon.TopicTerms.
	TopicTerms []string
	// TopicNear are pairs of word groups that describe the subject when a
	// word of each comes within nearWindow words of the other ("bubbles
	// cells send out"). See corpus.Lexicon.TopicNear.
	TopicNear [][2][]string
}

// nearWindow is how close, in words, the two words of a TopicNear pair
// must be.
const nearWindow = 6

// topicPronouns refer to the subject a person is asking the bot about
// without naming it ("do they have human trials behind them?"): exosomes
// are plural, and so are these.
var topicPronouns = map[string]bool{"they": true, "them": true, "their": true, "these": true, "those": true,
	"they're": true, "theyre": true, "they've": true, "theyve": true}

// entryTerms is an entry's analysed wording, for the evidence of a hit.
// other, termMask and wordMask are only read while building the tables
// the evidence reads (Index.termCells, Index.wordCells).
type entryTerms struct {
	phrasings  []phrasing         // the question, then each alternate (at most maxPhrasings)
	other      map[string]float64 // term -> partial credit from the rest of the entry
	termMask   map[string]uint64  // term -> the phrasings (bit i) that contain it
	wordMask   map[string]uint64  // plain word -> the phrasings (bit i) that contain it
	needsTopic bool               // most phrasings name the topic
	index      int32              // the entry's number in corpus order
}

// maxPhrasings is how many phrasings of an entry the evidence weighs: one
// bit each in a mask.
const maxPhrasings = 64

// phrasing is what the evidence reads of one way of asking an entry's
// question, analysed: 16 bytes, so that the phrasings of the entries a
// search finds take few reads of memory (their terms are only needed to
// build the index, and learn keeps them).
type phrasing struct {
	weight    float64 // the terms' total weight
	words     int32   // distinct lower-case words, stop words included
	onlyTopic bool    // every term is a topic term ("my aesthetician upsold me exosomes")
}

// Credit for a question word found in the entry but not in its best
// matching phrasing.
const (
	creditOtherPhrasing = 0.7 // another phrasing or a tag
	creditAnswer        = 0.5 // the answer text or a quote
)

// Build indexes the entries in memory.
func Build(entries []bot.Entry, opts Options) (*Index, error) {
	if len(entries) == 0 {
		return nil, fmt.Errorf("build index: no entries")
	}
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	x := &Index{analyzer: m.AnalyzerNamed(analyzerName), entries: map[string]*entryTerms{}, source: map[string]bool{}, isTopic: map[string]bool{}, lexicon: newRewriter(withFillerPhrases(opts.Lexicon))}
	if x.analyzer == nil {
		return nil, fmt.Errorf("build index: analyzer %s missing", analyzerName)
	}
	var quoted strings.Builder
	for _, e := range entries {
		for _, c := range e.Citations {
			quoted.WriteString(" " + strings.Join(bot.Words(strings.ToLower(c.Quote)), " ") + " ")
		}
	}
	x.quoted = quoted.String()
	for _, t := range opts.TopicTerms {
		if w := bot.Words(t); len(w) > 0 {
			x.describe = append(x.describe, " "+strings.Join(w, " ")+" ")
		}
	}
	for _, pair := range opts.TopicNear {
		var groups [2]map[string]bool
		for i, g := range pair {
			groups[i] = map[string]bool{}
			for _, w := range g {
				for _, word := range bot.Words(w) {
					groups[i][word] = true
				}
			}
		}
		x.near = append(x.near, groups)
	}
	var texts []string
	for _, e := range entries {
		texts = append(texts, e.Question, e.Answer, strings.Join(e.Tags, " "))
		texts = append(texts, e.Alternates...)
		for _, c := range e.Citations {
			texts = append(texts, c.Quote)
		}
	}
	// The lexicon's phrases are words people use: misspellings of them are
	// corrected too ("tretinion", "goverment").
	for p := range opts.Lexicon {
		texts = append(texts, p)
	}
	// The filler words are words people use too: "acualy" is "actually",
	// to be dropped as it is, not a word the article lacks.
	for _, w := range fillerWords {
		texts = append(texts, w.(string))
	}
	// The speller asks about every word it meets: answer from a table, not
	// by running the analyzer on each.
	x.stops = map[string]bool{}
	for _, w := range stopWords() {
		x.stops[w.(string)] = true
	}
	x.speller = newSpeller(texts, x.isStopWord)
	// A lexicon word is a word people use on purpose, never a misspelling of
	// a more common corpus word ("tret" is tretinoin, not "treat").
	for p := range opts.Lexicon {
		for _, w := range bot.Words(p) {
			x.speller.leave(w, false) // known, and never corrected
		}
	}
	// A not-covered topic's cue words are words people use on purpose
	// ("dupes", "bans", "medsafe", "prescriber"): read as they are, never
	// as the nearest corpus or English word ("dudes", "bang"), which
	// would make the cue an everyday word's. They are not words to correct
	// others into: "lasered" is still "laser", not a cue's "layered".
	var cueWords []string
	for _, e := range entries {
		for _, c := range e.Cues {
			for _, w := range bot.Words(c) {
				x.speller.leave(w, true)
				cueWords = append(cueWords, w)
			}
		}
	}
	x.speller.addCues(cueWords)
	norms := make([]normEntry, len(entries))
	parallel.ForEach(len(entries), func(i int) { norms[i] = x.normalizeEntry(entries[i]) })
	// bleve indexes the documents on other goroutines while memoize and
	// learn work out the evidence tables from the same normalized text
	// (neither needs the other).
	type built struct {
		b   bleve.Index
		err error
	}
	indexed := make(chan built, 1)
	go func() {
		b, err := newBleve(m, norms)
		indexed <- built{b, err}
	}()
	x.memoize(texts, norms)
	x.learn(norms)
	x.markElsewhere(entries)
	r := <-indexed
	if r.err != nil {
		return nil, fmt.Errorf("build index: %w", r.err)
	}
	x.bleve = r.b
	if err := x.mapDocuments(); err != nil {
		x.bleve.Close()
		return nil, fmt.Errorf("build index: %w", err)
	}
	for _, e := range entries {
		for _, c := range e.Cues {
			// A cue is normalized like a question, its wildcards ("*" for
			// a few words, "#" for a number) kept.
			var ws []string
			for _, part := range strings.Split(c, "*") {
				for j, num := range strings.Split(part, "#") {
					if j > 0 {
						ws = append(ws, "#")
					}
					if n := x.normalize(num); n != "" {
						ws = append(ws, strings.Fields(n)...)
					}
				}
				ws = append(ws, "*")
			}
			ws = ws[:len(ws)-1]
			for len(ws) > 0 && ws[0] == "*" {
				ws = ws[1:]
			}
			if len(ws) > 0 {
				if x.cuesByFirst == nil {
					x.cuesByFirst = map[string][]int{}
				}
				// Keyed as cueOf looks a word up: without "'s" ("men's
				// skin" is found at "men's").
				k := strings.TrimSuffix(ws[0], "'s")
				x.cuesByFirst[k] = append(x.cuesByFirst[k], len(x.cues))
				next := ""
				if len(ws) > 1 && ws[0] != "#" && ws[1] != "*" && ws[1] != "#" {
					next = ws[1]
				}
				x.cues = append(x.cues, cue{entry: e.ID, words: ws, next: next, anywhere: e.CuesAnywhere,
					health: e.Referral == bot.ReferDoctor || e.Referral == bot.ReferPrescriber,
					around: strings.Contains(e.NotCovered, bot.AroundTreatments), trait: e.Trait})
			}
		}
	}
	x.numberCues = x.cuesByFirst["#"]
	x.buildFacts()
	return x, nil
}

// newBleve indexes the normalized entries with bleve.
func newBleve(m mapping.IndexMapping, norms []normEntry) (bleve.Index, error) {
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, map[string]any{"fieldTFRCacheThreshold": tfrCache})
	if err != nil {
		return nil, err
	}
	batch := b.NewBatch()
	for _, n := range norms {
		doc := map[string]any{
			fieldPhrasings: append(append([]string(nil), n.phrasings...), n.tags),
			fieldAnswer:    n.answer,
		}
		if err := batch.Index(n.id, doc); err != nil {
			b.Close()
			return nil, fmt.Errorf("entry %s: %w", n.id, err)
		}
	}
	if err := b.Batch(batch); err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

// tfrCache is how many of a field's term field readers (a term searcher's
// dictionary, postings list and iterator) scorch keeps for reuse once a
// search has closed them: enough for a few concurrent searches of
// maxSearchTerms terms. Searches read decoded postings (termPostings);
// scorch's readers serve a term whose postings could not be decoded, and
// bleve's own searches (the tests'). bleve's default is none, since a
// reader that seeks backwards (Advance to an earlier document) is
// replaced by a fresh one while it is recycled, so that two searchers can
// share it. find only ever calls Next on a disjunction of term searchers,
// and the index is read-only once built, so recycling is safe here
// (TestSearch_ConcurrentWithRecycledReaders, under -race).
const tfrCache = 4 * maxSearchTerms

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
	n.answer = x.normalize(e.Answer + "\n" + strings.Join(append(quotes, titles...), "\n"))
	n.source = x.normalize(strings.Join(append(quotes, titles...), "\n"))
	return n
}

// normalize rewrites text the same way for entries and questions: lower
// case words, spelling corrected, the lexicon applied.
func (x *Index) normalize(text string) string { return x.normalized(text).text }

// normText is normalized text with its words: strings.Fields(text), which
// are also bot.Words(text).
type normText struct {
	text  string
	words []string
	facts []*wordFacts // the facts of words (see wordFacts), or nil
}

// normalized is normalize, with the words.
func (x *Index) normalized(text string) normText { return x.normalizedIn(text, nil) }

// normalizedIn is normalized, its words and their facts carved from a
// search's scratch (see rewrite).
func (x *Index) normalizedIn(text string, sc *searchScratch) normText {
	var buf [32]string      // the corrected words, which the lexicon copies
	var fbuf [32]*wordFacts // and their facts
	ws, fs := x.correct(text, buf[:0], fbuf[:0], nil)
	return x.rewrite(ws, fs, sc)
}

// joined is the normalized text of a's words then b's, carved from a
// search's scratch, with their facts when both have them (or no words).
func joined(a, b normText, sc *searchScratch) normText {
	ws := append(carve(sc.strs(), len(a.words)+len(b.words))[:0], a.words...)
	n := newNormText(append(ws, b.words...))
	if (a.facts != nil || len(a.words) == 0) && (b.facts != nil || len(b.words) == 0) {
		fs := append(carve(sc.facts(), len(n.words))[:0], a.facts...)
		n.facts = append(fs, b.facts...)
	}
	return n
}

// correct is speller.correctWords, with the facts of the words it returns
// (appended to fbuf[:0]) once the index has them, handing each word to r
// when there is one (see correctFacts).
func (x *Index) correct(text string, buf []string, fbuf []*wordFacts, r *respeller) ([]string, []*wordFacts) {
	return x.speller.correctFacts(text, buf, x.facts, fbuf, r)
}

// rewrite applies the lexicon to corrected words, with their facts (or
// nil), as normalized text. Its words, and their facts, are carved from a
// search's scratch when there is one (sc); allocated, without their facts,
// when there is not.
func (x *Index) rewrite(ws []string, fs []*wordFacts, sc *searchScratch) normText {
	var out []string
	var outFacts []*wordFacts
	if sc == nil {
		out = make([]string, 0, len(ws))
	} else {
		// Room for a phrase or two that becomes more words than it has.
		out = carve(sc.strs(), len(ws)+4)
		outFacts = carve(sc.facts(), len(ws)+4)
	}
	out, outFacts = x.lexicon.wordsWith(ws, fs, out, outFacts)
	n := newNormText(out)
	n.facts = outFacts
	return n
}

func newNormText(words []string) normText {
	return normText{text: strings.Join(words, " "), words: words}
}

// Close releases the index.
func (x *Index) Close() error {
	if x.reader != nil {
		x.reader.Close()
	}
	return x.bleve.Close()
}

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
	m.DefaultField = fieldPhrasings
	return m, nil
}

// learn precomputes what the evidence needs: each entry's analysed
// phrasings, term weights (inverse document frequency over entries) and the
// vocabulary for spelling correction.
func (x *Index) learn(entries []normEntry) {
	df := map[string]int{}
	x.entryIndex = make(map[string]int32, len(entries))
	// Each phrasing is analysed once, for its terms here and its words'
	// surfaces below.
	type analysed struct{ terms, surfaces []string }
	phrasings := make([][]analysed, len(entries))
	for k, e := range entries {
		phrasings[k] = make([]analysed, len(e.phrasings))
		for i, p := range e.phrasings {
			phrasings[k][i].terms, phrasings[k][i].surfaces = x.analyse(p)
		}
		et := &entryTerms{other: map[string]float64{}, index: int32(len(x.entryList))}
		x.entryIndex[e.id] = et.index
		x.entryList = append(x.entryList, et)
		x.ids = append(x.ids, e.id)
		seen := map[string]bool{}
		note := func(terms []string) {
			for _, t := range terms {
				if !seen[t] {
					seen[t] = true
					df[t]++
				}
			}
		}
		et.termMask, et.wordMask = map[string]uint64{}, map[string]uint64{}
		for i, p := range e.phrasings[:min(len(e.phrasings), maxPhrasings)] {
			var ph phrasing
			terms := phrasings[k][i].terms
			for _, t := range terms {
				et.termMask[t] |= 1 << i
			}
			for _, w := range bot.Words(p) {
				if et.wordMask[w]&(1<<i) == 0 {
					et.wordMask[w] |= 1 << i
					ph.words++
				}
			}
			et.phrasings = append(et.phrasings, ph)
			note(terms)
		}
		for _, t := range x.terms(e.source) {
			x.source[t] = true
		}
		restTerms := x.terms(e.answer)
		for _, t := range restTerms {
			et.other[t] = creditAnswer
		}
		for _, p := range phrasings[k][:len(et.phrasings)] {
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
	surfaces := map[string]int{}
	for _, ps := range phrasings {
		for _, p := range ps {
			for i, t := range p.terms {
				if x.isTopic[t] {
					surfaces[p.surfaces[i]]++
				}
			}
		}
	}
	x.topicWords = map[string]bool{}
	for w, c := range surfaces {
		x.topicWords[w] = true
		if c > surfaces[x.topicWord] || c == surfaces[x.topicWord] && w < x.topicWord {
			x.topicWord = w
		}
	}
	for _, et := range x.entries {
		topical := 0
		for i := range et.phrasings {
			p, terms := &et.phrasings[i], phrasings[et.index][i].terms
			p.onlyTopic = len(terms) > 0
			for _, t := range terms {
				p.weight += x.termWeight(t, t)
				p.onlyTopic = p.onlyTopic && x.isTopic[t]
			}
			if x.onTopic(terms) {
				topical++
			}
		}
		et.needsTopic = 2*topical > len(et.phrasings)
	}
	x.tabulate()
}

// tabulate numbers the terms and plain words of the entries and lays out
// the evidence tables by those numbers.
func (x *Index) tabulate() {
	terms := make([]string, 0, len(x.weight))
	for t := range x.weight {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	x.termID = make(map[string]int32, len(terms))
	for i, t := range terms {
		x.termID[t] = int32(i)
	}
	words := map[string]bool{}
	for _, et := range x.entryList {
		for w := range et.wordMask {
			words[w] = true
		}
	}
	wordList := make([]string, 0, len(words))
	for w := range words {
		wordList = append(wordList, w)
	}
	sort.Strings(wordList)
	x.wordID = make(map[string]int32, len(wordList))
	for i, w := range wordList {
		x.wordID[w] = int32(i)
	}
	termRows := make([][]termCell, len(terms))
	wordRows := make([][]wordCell, len(wordList))
	for e, et := range x.entryList {
		cells := map[int32]termCell{}
		for t, o := range et.other {
			id := x.termID[t]
			c := cells[id]
			c.other = o
			cells[id] = c
		}
		for t, m := range et.termMask {
			id := x.termID[t]
			c := cells[id]
			c.mask = m
			cells[id] = c
		}
		for id, c := range cells {
			if c.mask != 0 || c.other != 0 {
				c.entry = int32(e)
				termRows[id] = append(termRows[id], c)
			}
		}
		for w, m := range et.wordMask {
			if m != 0 {
				id := x.wordID[w]
				wordRows[id] = append(wordRows[id], wordCell{entry: int32(e), mask: m})
			}
		}
		et.other, et.termMask, et.wordMask = nil, nil, nil
	}
	x.termStart = make([]int32, 0, len(terms)+1)
	for _, row := range termRows {
		x.termStart = append(x.termStart, int32(len(x.termCells)))
		x.termCells = append(x.termCells, row...)
	}
	x.termStart = append(x.termStart, int32(len(x.termCells)))
	x.wordStart = make([]int32, 0, len(wordList)+1)
	for _, row := range wordRows {
		x.wordStart = append(x.wordStart, int32(len(x.wordCells)))
		x.wordCells = append(x.wordCells, row...)
	}
	x.wordStart = append(x.wordStart, int32(len(x.wordCells)))
	x.known = make([]float64, len(terms))
	x.topicByID = make([]bool, len(terms))
	for i, t := range terms {
		x.known[i] = x.termWeight(t, t)
		x.topicByID[i] = x.isTopic[t]
	}
	x.sourceByID = make([]bool, len(terms))
	for t := range x.source {
		id, ok := x.termID[t]
		if !ok {
			x.sourceByID = nil // a term of the article no entry has: look terms up by name
			break
		}
		x.sourceByID[id] = true
	}
	// Every plain word of the phrasings is in the analysis memo (memoize
	// adds them), so a word the memo lacks has no wordID.
	for w := range x.wordID {
		if _, ok := x.analysed[w]; !ok && plainWords(w) {
			x.analysed[w] = memoWord{terms: x.analyseWord(w)}
		}
	}
	for w, mw := range x.analysed {
		for i := range mw.terms {
			mw.terms[i].id = x.idOf(mw.terms[i].term)
		}
		mw.word = -1
		if id, ok := x.wordID[w]; ok {
			mw.word = id
		}
		x.analysed[w] = mw
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
		if x.topicTerm(t) {
			return true
		}
	}
	return false
}

// topicTerm reports whether t is a topic term or a close misspelling of
// one (onTopic).
func (x *Index) topicTerm(t string) bool {
	n := utf8.RuneCountInString(t)
	first, _ := utf8.DecodeRuneInString(t)
	for _, top := range x.topic {
		if first != top[0] {
			continue
		}
		if n == len(top) && t == string(top) {
			return true
		}
		// Within two edits only if within two letters of its length.
		if n < 5 || n > len(top)+2 || n < len(top)-2 {
			continue
		}
		if bot.EditDistance(t, string(top), 2) <= 2 {
			return true
		}
	}
	return false
}

// wordTerms returns the terms of one normalized word, as terms(w) does
// but possibly repeated: for a word of plain letters (nearly every one)
// the analysis memo's own slice, read without allocating, which the
// caller must not change. The checks that ask whether any term of a word
// is the topic, or the article's, or whether it has one at all, read it
// a word at a time for every word of a story.
func (x *Index) wordTerms(w string) []wordTerm {
	if w == "" || strings.IndexByte(w, ' ') >= 0 || !plainWords(w) {
		return x.analyseTerms(w)
	}
	if mw, ok := x.analysed[w]; ok {
		return mw.terms
	}
	return x.analyseNew(w)
}

// wordOnTopic is onTopic(x.terms(w)), without allocating (wordTerms).
func (x *Index) wordOnTopic(w string) bool {
	for _, t := range x.wordTerms(w) {
		if x.topicTerm(t.term) {
			return true
		}
	}
	return false
}

// describes reports whether normalized text uses a phrase that describes
// the topic.
func (x *Index) describes(text string) bool {
	for _, d := range x.describe {
		if containsWords(text, d) {
			return true
		}
	}
	return false
}

// containsWords reports whether " "+text+" " contains d, words between
// single spaces (" w1 w2 "), without building the padded text.
func containsWords(text, d string) bool {
	core := d[1 : len(d)-1]
	for from := 0; from+len(core) <= len(text); {
		i := strings.Index(text[from:], core)
		if i < 0 {
			return false
		}
		p := from + i
		end := p + len(core)
		if (p == 0 || text[p-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		from = p + 1
	}
	return false
}

// questionWords is how many words the checks of a question's own words
// below (pointsAtTopic, refersBack, guesses…) read into a buffer on their
// stack (questionWordsOf) rather than a slice of their own: they only look
// at the words. A longer text's words are allocated.
const questionWords = 32

// questionWordsOf is bot.Words(raw) for those checks: inlined into each,
// its buffer of questionWords words stays on the check's stack.
func questionWordsOf(raw string) []string {
	return bot.AppendWords(make([]string, 0, questionWords), raw)
}

// asksOfTopic reports whether the question, or the short question a lead
// ends with (bq.Asking), points at the topic by a pronoun (pointsAtTopic).
func asksOfTopic(bq bot.Query) bool {
	return pointsAtTopic(bq.Focus) || bq.Asking != "" && pointsAtTopic(bq.Asking)
}

// pointsAtTopic reports whether a question's own words refer to the
// subject with a pronoun: "they", "them", "these"…, "this stuff" or, in a
// short question, "it" ("does it actually do anything for wrinkles?").
func pointsAtTopic(raw string) bool {
	ws := questionWordsOf(raw)
	for i, w := range ws {
		if topicPronouns[w] {
			return true
		}
		// "this stuff", "that ingredient", "this one": what the person is
		// asking the bot about.
		if (w == "this" || w == "that") && i+1 < len(ws) && (thisWhat[ws[i+1]] || i+2 < len(ws) && (thisHow[ws[i+1]] && thisWhat[ws[i+2]] || thisKind[ws[i+2]])) {
			// ("this new thing", "this whole trend", and any one word
			// before "ingredient" or "trend": "this biotech ingredient".)
			return true
		}
		// "they claim the stuff helps your face heal": "the stuff" as the
		// subject of what is claimed, nothing after it saying what stuff.
		if w == "the" && i+1 < len(ws) && ws[i+1] == "stuff" && (i+2 == len(ws) || !stuffOf[ws[i+2]]) {
			return true
		}
		// "who is this for", "who's this aimed at": "this" as what a
		// purpose is asked of, with nothing named between.
		if w == "this" && i+1 < len(ws) && thisPurpose[ws[i+1]] {
			return true
		}
		// "should I bin my retinol for this": "this" last, after a
		// preposition, with nothing it would describe.
		if w == "this" && i > 0 && i == len(ws)-1 && thisBefore[ws[i-1]] {
			return true
		}
		// "all this" on its own ("is the research on all this still
		// early?"): everything the person is asking the bot about.
		if w == "this" && i > 0 && ws[i-1] == "all" && (i+1 == len(ws) || allThisAfter[ws[i+1]]) {
			return true
		}
		// "it" as the subject of a short question ("does it work?", "is
		// it legit", "so it may boost collagen"), not as an object ("are
		// collagen drinks worth it").
		if w == "it" && len(ws) <= shortQuestion && (i == 0 || itsAuxiliaries[ws[i-1]] || i == 1 && itsOpeners[ws[0]]) {
			return true
		}
		// "would it help my face bounce back faster after i get it zapped
		// w a laser": "it" as the subject right after the auxiliary that
		// opens the question, whatever follows, as "this" (asksOfThis).
		if w == "it" && i == 1 && len(ws) <= thisQuestion && itsAuxiliaries[ws[0]] {
			return true
		}
		// "it's" is "it" as a subject ("…if it's so amazing").
		if w == "it's" && len(ws) <= shortQuestion {
			return true
		}
	}
	return false
}

// healthTopic reports whether the not-covered topic id is the person's
// health (cue.health).
func (x *Index) healthTopic(id string) bool { c := x.topicCue(id); return c != nil && c.health }

// traitTopic reports whether the not-covered topic id is what the person
// is, not a concern (cue.trait).
func (x *Index) traitTopic(id string) bool { c := x.topicCue(id); return c != nil && c.trait }

// topicCue returns the first cue of the not-covered topic id, which holds
// what the topic is (its cues all share it), or nil.
func (x *Index) topicCue(id string) *cue {
	for i := range x.cues {
		if x.cues[i].entry == id {
			return &x.cues[i]
		}
	}
	return nil
}

// asksOwnRisk reports whether a question's words ask about the risk to
// the person: "raise my risk", "is it safe for me", "could it make mine
// worse", "interact with my meds".
func asksOwnRisk(ws []string) bool {
	own := false
	for _, w := range ws {
		if w == "my" || w == "me" || w == "i" || w == "mine" {
			own = true
		}
	}
	return own && slices.ContainsFunc(ws, func(w string) bool { return riskWords[w] })
}

// riskWords ask about a risk.
var riskWords = map[string]bool{"risk": true, "risks": true, "risky": true, "safe": true, "safer": true, "unsafe": true,
	"dangerous": true, "danger": true, "harm": true, "harmful": true, "worse": true, "worsen": true, "trigger": true,
	"interact": true, "interacts": true, "interfere": true, "recurrence": true}

// pointsAtThat reports whether "that" or "this" is the subject of a
// short question, right after the auxiliary that opens it ("is that a
// real thing or a scam?", "is this legit"): it points at what the story
// before it names.
func pointsAtThat(raw string) bool {
	ws := questionWordsOf(raw)
	return len(ws) >= 2 && len(ws) <= shortQuestion && itsAuxiliaries[ws[0]] && (ws[1] == "that" || ws[1] == "this")
}

// toldOfTopic reports whether a short story that a question saying
// nothing of its own asks about (Result.Thin: "so it 'may' boost collagen.
// MAY. cool, what does that even mean") tells of the subject the person is
// asking the bot about by a pronoun, as a short question does
// (pointsAtTopic): "it" is what may boost collagen.
func toldOfTopic(raw string) bool {
	return len(questionWordsOf(raw)) <= shortQuestion && pointsAtTopic(raw)
}

// asksEvidenceOfIt reports whether a question that asks for evidence of
// "it" or "here" (evidence: evidenceOfIt of its words), whatever its length
// ("is there real research on it or just influencers hyping it?", "any
// science behind it?", "any actual science here?"), asks it of the subject
// the person is asking the bot about: unless the message names another of
// the article's treatments (otherSubjects: "my derm offered me a laser. any
// science behind it?" asks of the laser).
func asksEvidenceOfIt(evidence bool, q *analysedQuery) bool {
	return evidence && !slices.ContainsFunc(q.terms, func(t string) bool { return otherSubjects[t] })
}

// asksProof reports whether raw's words ask whether something is proven:
// studies, trials, data, approval.
func asksProof(raw string) bool {
	return slices.ContainsFunc(questionWordsOf(raw), func(w string) bool { return proofAsked[w] })
}

// proofAsked are the words of a question about proof.
var proofAsked = map[string]bool{"proven": true, "proof": true, "evidence": true, "studies": true, "study": true,
	"research": true, "researched": true, "trial": true, "trials": true, "data": true, "peer": true, "reviewed": true,
	"tested": true, "science": true, "scientific": true, "clinically": true, "fda": true, "approved": true,
	"approval": true, "regulated": true}

// evidenceOfIt reports whether raw's words ask for evidence of "it" or
// "here" (see asksEvidenceOfIt).
func evidenceOfIt(raw string) bool {
	ws := questionWordsOf(raw)
	for i, w := range ws {
		if w == "here" && i >= 1 && itsEvidence[ws[i-1]] ||
			(w == "it" || w == "this") && i >= 2 && itsEvidence[ws[i-2]] && (ws[i-1] == "on" || ws[i-1] == "behind" || ws[i-1] == "for" || ws[i-1] == "about") {
			return true
		}
		// "is any of this actually proven", "is all of it backed by
		// research": the whole of what the person asks about, with a
		// word of proof.
		if (w == "it" || w == "this") && i >= 2 && ws[i-1] == "of" && (ws[i-2] == "any" || ws[i-2] == "all" || ws[i-2] == "none") &&
			slices.ContainsFunc(ws, func(v string) bool { return proofAsked[v] }) {
			return true
		}
		// "does the research support putting it on the face": "it" as
		// what the evidence is asked to back the use of.
		if w == "it" && i >= 2 && usingVerbs[ws[i-1]] && slices.ContainsFunc(ws[max(0, i-1-useReach):i-1], func(v string) bool { return itsEvidence[v] }) {
			return true
		}
		// "I keep seeing ads, what's the actual evidence": the evidence
		// asked for last, of nothing named, is the evidence for what the
		// person is asking the bot about.
		if itsEvidence[w] && i == len(ws)-1 && i >= 2 && (ws[i-1] == "the" || ws[i-1] == "actual" || ws[i-1] == "real") &&
			slices.ContainsFunc(ws[:i], func(v string) bool { return evidenceAsks[v] }) {
			return true
		}
		// "what does the evidence actually show", "so what do the studies
		// say": the evidence asked what it shows, of nothing named, is the
		// evidence for what the person is asking the bot about (a subject
		// named after it, "…show about retinol", is another's).
		if itsEvidence[w] && i >= 2 && ws[i-1] == "the" && slices.ContainsFunc(ws[:i-1], func(v string) bool { return evidenceAsks[v] }) {
			if j := i + 1; j < len(ws) && (evidenceShows[ws[j]] || j+1 < len(ws) && evidenceHedges[ws[j]] && evidenceShows[ws[j+1]]) {
				return true
			}
		}
		// "any decent studies on people yet?", "any clinical trials?":
		// evidence asked after, of nothing named, and nothing said after it
		// but on whom and "yet", is the evidence for what the person is
		// asking the bot about.
		if w == "any" && evidenceAfterAny(ws[i+1:]) {
			return true
		}
		// "where's the evidence it does anything", "any proof that it
		// works": "it" as the subject of what the evidence is to show.
		if w == "it" && i+1 < len(ws) && (i >= 1 && itsEvidence[ws[i-1]] || i >= 2 && ws[i-1] == "that" && itsEvidence[ws[i-2]]) {
			return true
		}
	}
	return false
}

// storyVerdicts are the terms of a question that only judges what the
// story around it tells: "…same night — ok or too much?", "is that fine?",
// "overkill?", "totally normal right?", "is this bad?", "is that a
// problem?", "am I overreacting?".
var storyVerdicts = map[string]bool{"much": true, "fine": true, "overkil": true, "total": true, "right": true,
	"bad": true, "problem": true, "overreact": true}

// asksOwn reports whether a question's terms ask something of their own:
// a term other than the topic (which a question that points back at its
// story may name: "is that normal for exosomes?") and the verdicts on a
// story (storyVerdicts).
func (x *Index) asksOwn(terms []wordTerm) bool {
	for _, t := range terms {
		if !storyVerdicts[t.term] && !x.onTopic([]string{t.term}) {
			return true
		}
	}
	return false
}

// reportedCue returns gap, the topic a cue in the focus names, unless
// the focus is a sentence that reports someone else's yes-or-no question
// ("He's asking if I like it and whether he should buy the matching eye
// cream.") and then the question the person asks directly, which asks
// something of its own and cues nothing ("Is this stuff worth that kind of
// money?"): the report is then the person's story, and only the cues of
// their situation (those that count anywhere) count in it. A question
// that asks nothing of its own ("what do I tell him?") asks what was
// reported.
func (x *Index) reportedCue(focus, gap string, m *searchMemo) string {
	last, before := lastSentence(focus)
	if before == "" || !strings.HasSuffix(last, "?") || strings.Contains(before, "?") {
		return gap
	}
	if _, earlier := lastSentence(before); earlier != "" || !strings.Contains(before, "ask") && !strings.Contains(before, "wonder") && !strings.Contains(before, "know") {
		return gap
	}
	var buf [32]string
	if !reportsQuestion(x.speller.correctWords(before, buf[:0])) {
		return gap
	}
	told := x.normalized(last)
	if x.cue(told.words, false) != "" || !x.asksOwn(m.get(x, told).terms) {
		return gap
	}
	return x.cue(x.normalized(before).words, true)
}

// lastSentence splits a story into its last sentence and the sentences
// before it ("" when it is one sentence).
func lastSentence(story string) (last, before string) {
	story = strings.TrimSpace(story)
	for i := len(story) - 2; i > 0; i-- {
		if (story[i] == '.' || story[i] == '!' || story[i] == '?') && story[i+1] == ' ' {
			return strings.TrimSpace(story[i+1:]), strings.TrimSpace(story[:i+1])
		}
	}
	return story, ""
}

// statesCovered reports whether a sentence (normalized) names the topic and says
// something of its own about it in the article's words ("exosomes are
// anti-inflammatory"), not in words only a question about another topic
// uses ("exosomes regrow it").
func (x *Index) statesCovered(sentence normText, m *searchMemo) bool {
	q := x.newQuery(x.describeTopic(sentence), normText{}, m)
	if !q.topicInFocus() {
		return false
	}
	return x.inArticleWords(&q)
}

// shops are the chains people buy skincare from, named as where they
// would buy it (boughtAtShop); the topic of particular brands and products
// cues them for questions about what a shop sells.
var shops = map[string]bool{"sephora": true, "ulta": true, "amazon": true, "costco": true, "walmart": true,
	"target": true, "boots": true, "superdrug": true, "nordstrom": true, "macys": true, "cvs": true, "walgreens": true,
	"lidl": true, "aldi": true, "tesco": true, "asda": true, "sainsburys": true, "primark": true, "tkmaxx": true,
	"watsons": true, "priceline": true, "kmart": true, "shein": true, "temu": true, "ebay": true, "aliexpress": true,
	"selfridges": true, "harrods": true, "lookfantastic": true, "dischem": true}

// shopPlaces come before a shop named as where something is bought;
// goingTo are the trips that end "to" or "into" one ("heading to ulta",
// "popping into boots").
var (
	shopPlaces = map[string]bool{"at": true, "from": true, "on": true, "in": true, "off": true}
	goingTo    = map[string]bool{"going": true, "goin": true, "gonna": true, "go": true, "went": true, "heading": true,
		"headed": true, "head": true, "off": true, "popping": true, "pop": true, "nipping": true, "nip": true,
		"running": true, "run": true, "trip": true, "dashing": true, "stopping": true, "driving": true}
)

// boughtAtShop reports whether the corrected words ws name a shop as the
// place of a purchase ("at Sephora", "off amazon", "going to sephora
// tomorrow").
func boughtAtShop(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if !shops[ws[i]] {
			continue
		}
		if shopPlaces[ws[i-1]] || i > 1 && (ws[i-1] == "to" || ws[i-1] == "into") && goingTo[ws[i-2]] {
			return true
		}
	}
	return false
}

// withoutShops returns the normalized words ws without the shops' names.
func withoutShops(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !shops[w] {
			out = append(out, w)
		}
	}
	return out
}

// withoutDecidedBooking returns the normalized words ws without the "to"
// of "to book" ("good idea to book one?"), which in a decision is the
// act decided on, not a question of how to book.
func withoutDecidedBooking(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "to" && (ws[i+1] == "book" || ws[i+1] == "booking") {
			ws = slices.Delete(slices.Clone(ws), i, i+1)
		}
	}
	return ws
}

// markElsewhere sets elsewhereByID from the entries, in the order learn
// numbered them.
func (x *Index) markElsewhere(entries []bot.Entry) {
	notCovered := make(map[string]bool, len(entries))
	for _, e := range entries {
		notCovered[e.ID] = e.NotCovered != ""
	}
	x.elsewhereByID = make([]bool, len(x.termStart)-1)
	for id := range x.elsewhereByID {
		rows := x.termCells[x.termStart[id]:x.termStart[id+1]]
		x.elsewhereByID[id] = len(rows) > 0 && !(x.sourceByID != nil && x.sourceByID[id]) &&
			!slices.ContainsFunc(rows, func(c termCell) bool { return !notCovered[x.ids[c.entry]] })
	}
}

// elsewhere reports whether the i-th term of q is one no entry has, or
// one only topics the article does not cover have (elsewhereByID).
func (x *Index) elsewhere(q *analysedQuery, i int) bool {
	id := q.termIDs[i]
	return id < 0 || x.elsewhereByID[id]
}

// articleTerm reports whether the i-th term of q is one of the article's
// own (in an answer's quotes): a rarer word only the curated phrasings use
// ("botox", asked of in a not-covered topic's) names another subject.
func (x *Index) articleTerm(q *analysedQuery, i int) bool {
	if id := q.termIDs[i]; x.sourceByID != nil {
		return id >= 0 && x.sourceByID[id]
	}
	return x.source[q.terms[i]]
}

// inArticleWords reports whether a sentence's query says something of its
// own, every word of which, but the topic, is the article's own.
func (x *Index) inArticleWords(q *analysedQuery) bool {
	if q.ownTerms() == 0 {
		return false
	}
	for i := range q.terms {
		if q.topic[i] {
			continue
		}
		if !x.articleTerm(q, i) {
			return false
		}
	}
	return true
}

// noSalientUnknown reports whether every term of q that the article, the
// curated Q&A and the lexicon never use is an everyday word that frames a
// question ("smart", "now") rather than one that says what it is about
// (salient: "stocks", "placenta").
func (x *Index) noSalientUnknown(q *analysedQuery) bool {
	for i, id := range q.termIDs {
		if id < 0 && x.salient(q.surfaces[i]) {
			return false
		}
	}
	return true
}

// refersBack reports whether a question's own words point back at what
// the person has just told: "that" or "this" as the subject of a question
// ("the smell could kill a horse. is that normal for exosomes?", "…she says
// it's FDA approved. is this true of exosomes?"). Such a question asks
// about the story, even when the topic is its only word of its own.
func refersBack(raw string) bool {
	ws := questionWordsOf(raw)
	for i, w := range ws {
		if (w == "that" || w == "this") && i > 0 && itsAuxiliaries[ws[i-1]] &&
			(i+1 == len(ws) || !thisWhat[ws[i+1]] && !strings.HasPrefix(ws[i+1], "exosome")) {
			return true
		}
		if w == "it" && i > 0 && i+1 == len(ws) && itsAuxiliaries[ws[i-1]] {
			// "…smells like a cash grab. is it?": an elliptical question
			// asks whether what was just told holds.
			return true
		}
	}
	return false
}

// namesArticle reports whether a question names the article itself
// ("summarise the article in 2 lines", "what does this article say about
// hair loss"): it asks about the article's subject, as a question that
// names exosomes does.
func namesArticle(raw string) bool {
	ws := questionWordsOf(raw)
	for i := 1; i < len(ws); i++ {
		if (ws[i] == "article" || ws[i] == "articles") && articleDeterminers[ws[i-1]] {
			return true
		}
	}
	return false
}

// articleDeterminers point at the one article exobot answers from.
var articleDeterminers = map[string]bool{"the": true, "this": true, "that": true, "your": true, "ur": true}

// quotesArticle reports whether raw quotes a phrase of the article, two to
// eight words between quotation marks that the article says word for
// word ("how is the 'post-laser recovery' evidence anything more than
// marketing?"): the person asks about what the article claims for
// exosomes, whether or not they name them.
func (x *Index) quotesArticle(raw string) bool {
	if !strings.ContainsAny(raw, "\"'“‘") {
		return false
	}
	for s := range bot.QuotedSpans(raw, maxQuoted) {
		ws := bot.Words(strings.ToLower(raw[s.Start:s.End]))
		if len(ws) >= 2 && len(ws) <= 8 && strings.Contains(x.quoted, " "+strings.Join(ws, " ")+" ") {
			return true
		}
	}
	return false
}

// maxQuoted is how many bytes a quoted phrase of the article may span.
const maxQuoted = 80

// asksOfThis reports whether a question with no story around it opens,
// after one opener at most ("so", "but"), with an auxiliary and "this" as
// its subject ("isn't this just medspas inventing a new thing to
// upsell"): with nothing told before it,
// "this" is what the person is asking the bot about, as "it" is
// (pointsAtTopic).
func asksOfThis(raw string) bool {
	ws := questionWordsOf(raw)
	if len(ws) > 0 && itsOpeners[ws[0]] {
		// "so is this a real breakthrough or mostly marketing noise
		// dressed up in lab words"
		ws = ws[1:]
	}
	return len(ws) >= 2 && len(ws) <= thisQuestion && itsAuxiliaries[ws[0]] && ws[1] == "this"
}

// thisQuestion is the most words a question that opens with an auxiliary
// and "this" has to be read as asking of the subject: longer than a short
// question, since what follows "is this" is all about the subject.
const thisQuestion = 16

// thisWhat follow "this" or "that" when they point at the subject the
// person is asking the bot about.
var thisWhat = map[string]bool{"stuff": true, "ingredient": true, "one": true, "thing": true, "trend": true}

// thisPurpose follow "this" when its purpose or audience is asked: "who
// is this for", "who's this aimed at".
var thisPurpose = map[string]bool{"for": true, "aimed": true, "meant": true, "designed": true, "intended": true,
	"targeted": true, "geared": true, "marketed": true}

// thisKind are the words of thisWhat that, after "this" and any one word
// describing it, still point at the subject: "this biotech ingredient",
// "that buzzy trend" ("this retinol stuff" names its own).
var thisKind = map[string]bool{"ingredient": true, "trend": true}

// stuffOf come after "the stuff" that they say what it is or whose it is
// ("the stuff in retinol", "the stuff my derm uses"): then "the stuff" is
// no pronoun for the topic.
var stuffOf = map[string]bool{"in": true, "of": true, "from": true, "on": true, "for": true, "with": true, "about": true,
	"my": true, "your": true, "you": true, "they": true, "that": true, "which": true, "i": true, "we": true, "he": true,
	"she": true, "she's": true, "he's": true, "they're": true, "you're": true, "i'm": true, "ive": true, "i've": true,
	"called": true, "named": true, "like": true}

// thisHow may stand between "this" and what it points at: "this new thing".
var thisHow = map[string]bool{"new": true, "whole": true, "latest": true, "trendy": true, "hyped": true, "fancy": true}

// itsOpeners open a sentence before "it" as its subject: "so it may
// boost collagen", "but it does nothing".
var itsOpeners = map[string]bool{"so": true, "but": true, "and": true, "ok": true, "okay": true, "wait": true}

// itsAuxiliaries come before "it" when it is a question's subject.
var itsAuxiliaries = map[string]bool{"is": true, "does": true, "do": true, "did": true, "will": true, "would": true,
	"can": true, "could": true, "should": true, "has": true, "was": true, "isnt": true, "doesnt": true, "won't": true,
	"isn't": true, "doesn't": true}

// pointsWithPronoun reports whether a question names the topic only by a
// pronoun ("what are they?"), never by its name.
func pointsWithPronoun(raw string) bool {
	ws := questionWordsOf(raw)
	found := false
	for _, w := range ws {
		if strings.HasPrefix(w, "exo") {
			return false
		}
		if topicPronouns[w] {
			found = true
		}
	}
	return found
}

// plantDerived is the lexicon's word for exosomes from plants, as
// normalized words.
var plantDerived = []string{"plant", "derived"}

// asksSameness reports whether normalized words ask whether one thing is
// the same as, or the real version of, another: "is this the same kind of
// exosome…", "are those the real thing?", "any different from…".
func asksSameness(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "same", "different", "difference":
			return true
		case "real":
			if i+1 < len(ws) && (ws[i+1] == "thing" || ws[i+1] == "deal" || ws[i+1] == "ones" || ws[i+1] == "one") {
				return true
			}
		}
	}
	return false
}

// namesNoneOfTheTopic reports whether a story names neither the topic
// nor a pronoun that may stand for it ("it", "they", "them"): "everyone
// at work is obsessed with peptides", but not "every medspa in my city
// offers them".
func namesNoneOfTheTopic(raw string) bool {
	for _, w := range questionWordsOf(raw) {
		if strings.HasPrefix(w, "exo") || topicPronouns[w] || w == "it" || w == "its" || w == "it's" {
			return false
		}
	}
	return true
}

// topicModifiers returns the words just before the first mention of the
// topic in normalized words ("milk derived exosomes" -> "milk derived"):
// what qualifies which exosomes are meant. nil when the topic is not
// named.
func (x *Index) topicModifiers(ws []string) []string {
	for i, w := range ws {
		if x.wordOnTopic(w) {
			return ws[max(0, i-topicModifierWords):i]
		}
	}
	return nil
}

// namesTopic reports whether normalized words name the topic.
func (x *Index) namesTopic(ws []string) bool {
	return slices.ContainsFunc(ws, x.wordOnTopic)
}

// labelsTopic reports whether a message's story (context, its normalized
// words ws) is only a short label — a few words, no sentence of its own —
// such as people put before a dash or a colon ("exosome biotech stocks -
// good investment?").
func labelsTopic(context string, ws []string) bool {
	return len(ws) >= 2 && len(ws) <= maxLabelWords && !strings.ContainsAny(strings.TrimSpace(context), ".!?,;")
}

// maxLabelWords is the most words a label (labelsTopic) has.
const maxLabelWords = 4

// topicModifierWords is how many words before the topic may qualify it.
const topicModifierWords = 2

// comparesUnnamedSources reports whether a question weighs exosomes of one
// source against those of another, both named by words the article never
// uses: "rose exosomes vs centella exosomes", "are grape exosomes better
// than centella ones?", "is the rose exosome serum better than the
// centella one?". Each source qualifies the topic within a few words
// before it, or stands right before "one(s)" for it or before the noun
// the topic first qualifies ("the centella ones", "the centella serum",
// never "which one I get"); "than", "vs", "versus" or "or" weighs
// them. Plant against human, or pricey against cheap, which the
// article's own words (or the lexicon's for them) weigh, is not such a
// question. ws are the focus's words as the person wrote them: the lexicon
// reads "grape exosomes" as plant-derived ones, which hides the source.
func (x *Index) comparesUnnamedSources(ws []string) bool {
	if !slices.ContainsFunc(ws, func(w string) bool { return sourceComparers[w] }) {
		return false
	}
	first, head := "", ""
	for i, w := range ws {
		from := i - sourceQualifierWords
		switch {
		case x.wordOnTopic(w):
			if head == "" && i+1 < len(ws) && !sourceComparers[ws[i+1]] && len(x.wordTerms(ws[i+1])) > 0 {
				head = ws[i+1] // "the rose exosome serum": "the centella serum"
			}
		case (w == "ones" || w == "one" && i > 0 && ws[i-1] != "which") && (i < 2 || oneLeaders[ws[i-2]] || determiners[ws[i-2]] || sourceComparers[ws[i-2]]) || (first != "" && w == head):
			// "the centella one(s)", "than grape ones", never "which
			// one I get" nor "can I just grab one" (a verb before "one").
			from = i - 1
		default:
			continue
		}
		for j := max(0, from); j < i; j++ {
			if sourceComparers[ws[j]] || !x.notTheArticles(ws[j]) {
				continue
			}
			if first != "" && ws[j] != first {
				return true
			}
			first = ws[j]
			break
		}
	}
	return false
}

// notTheArticles reports whether w is a content word that neither the
// article nor the lexicon's reading of it uses, and not the topic.
func (x *Index) notTheArticles(w string) bool {
	ts := x.wordTerms(w)
	if len(ts) == 0 || x.wordOnTopic(w) {
		return false
	}
	for _, t := range ts {
		if x.source[t.term] {
			return false
		}
	}
	for _, l := range x.lexicon.words([]string{w}) {
		for _, t := range x.wordTerms(l) {
			if x.source[t.term] {
				return false
			}
		}
	}
	return true
}

// sourceQualifierWords is how many words before the topic may name its
// source ("apple stem cell exosomes").
const sourceQualifierWords = 3

var sourceComparers = map[string]bool{"than": true, "vs": true, "versus": true, "or": true}

// oneLeaders, besides a determiner or a comparer, may stand before a
// source's name and "one(s)": "which plant ones", "other grape ones".
var oneLeaders = map[string]bool{"which": true, "other": true, "what": true}

// pointsAtTherapy reports whether a question points at "this therapy"
// or "this kind of treatment": with no other subject named (namesNoOther),
// the therapy the person is asking the bot about, which the article calls
// "exosome therapy".
func pointsAtTherapy(raw string) bool {
	ws := questionWordsOf(raw)
	for i, w := range ws {
		if w != "this" && w != "that" && w != "these" {
			continue
		}
		j := i + 1
		if j+1 < len(ws) && (ws[j] == "kind" || ws[j] == "type" || ws[j] == "sort") && ws[j+1] == "of" {
			j += 2
		}
		if j < len(ws) && therapies[ws[j]] {
			return true
		}
	}
	return false
}

// toldByBot reports whether a message points at what the bot said ("that
// ingredient you brought up earlier", "the thing you mentioned"): with no
// other subject named (namesNoOther), the bot only ever speaks of the
// article's subject.
func toldByBot(raw string) bool {
	ws := questionWordsOf(raw)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "you" {
			continue
		}
		j := i + 1
		if j+1 < len(ws) && (ws[j] == "just" || ws[j] == "were" || ws[j] == "have" || ws[j] == "already") {
			j++
		}
		if botTelling[ws[j]] {
			return true
		}
	}
	return false
}

// pointsAway reports whether a question's words hold a pronoun for a
// thing ("it", "they", "these"…): when the message names no other
// subject (namesNoOther), nothing in it is what the pronoun stands for,
// and the bot has one subject — "If it ever pans out, who's the likely
// winner?", "no regulator has approved it as an active and people pay
// hundreds for it?", "could it help folks whose skin is always flared
// up…", "is that just doctor-speak for it doesn't work?", "so would an
// actual skin doc tell me to use it yet or nah" (it replaced the narrower
// checks of "it" opening a question, failing, or being used). Only the
// question is read: a pronoun in the story before it may stand for what
// the story tells ("My aunt sells skincare from home. She says it cures
// eczema. Is that true?").
func pointsAway(raw string) bool {
	return slices.ContainsFunc(questionWordsOf(raw), func(w string) bool { return topicPronouns[w] || itPronouns[w] })
}

// itPronouns are "it" and its contractions.
var itPronouns = map[string]bool{"it": true, "it's": true, "its": true}

// botTelling are the verbs of "you mentioned", "you brought up", "you were
// talking about".
var botTelling = map[string]bool{"mentioned": true, "brought": true, "talked": true, "talking": true, "described": true,
	"explained": true, "said": true, "saying": true, "quoted": true, "cited": true}

// therapies are the words for a treatment "this" may point at.
var therapies = map[string]bool{"therapy": true, "therapies": true, "treatment": true, "treatments": true}

// itsEvidence are the kinds of evidence a question asks for about "it".
// evidenceAsks ask for the evidence itself: "what's the evidence",
// "where's the data", "show me the research".
var evidenceAsks = map[string]bool{"what's": true, "whats": true, "what": true, "where's": true, "wheres": true,
	"where": true, "show": true}

// evidenceAfterAny reports whether ws, the words after an "any", name
// evidence and end there: at most two words that qualify it ("decent
// human"), the evidence word, then only "on people" or "in humans" and
// "yet".
func evidenceAfterAny(ws []string) bool {
	i := 0
	for i < len(ws) && i < 2 && evidenceKinds[ws[i]] {
		i++
	}
	if i >= len(ws) || !itsEvidence[ws[i]] {
		return false
	}
	rest := ws[i+1:]
	if len(rest) >= 2 && (rest[0] == "on" || rest[0] == "in") && (rest[1] == "people" || rest[1] == "humans" || rest[1] == "real") {
		rest = rest[2:]
		if len(rest) > 0 && rest[0] == "people" {
			rest = rest[1:]
		}
	}
	return len(rest) == 0 || len(rest) == 1 && rest[0] == "yet"
}

// evidenceKinds qualify evidence asked after: "any decent human trials".
var evidenceKinds = map[string]bool{"decent": true, "good": true, "real": true, "proper": true, "actual": true,
	"solid": true, "human": true, "clinical": true, "big": true, "serious": true, "published": true, "new": true,
	"independent": true, "reliable": true, "legit": true, "peer": true, "reviewed": true}

// evidenceShows are what evidence is asked to do: "what does the data
// show"; evidenceHedges may stand before them ("actually show").
var evidenceShows = map[string]bool{"show": true, "shows": true, "say": true, "says": true, "suggest": true,
	"suggests": true, "tell": true, "tells": true, "support": true, "supports": true}

var evidenceHedges = map[string]bool{"actually": true, "really": true, "honestly": true, "currently": true, "even": true}

var itsEvidence = map[string]bool{"research": true, "studies": true, "study": true, "data": true, "evidence": true,
	"proof": true, "science": true, "trials": true, "trial": true, "papers": true}

// usingVerbs put "it" to use: the evidence for "putting it on the face".
var usingVerbs = map[string]bool{"putting": true, "using": true, "applying": true, "trying": true, "put": true, "use": true,
	"apply": true, "try": true}

// useReach is how many words before a using verb an evidence word may
// stand.
const useReach = 4

// shortQuestion is the most words a question may have for "it" in it to
// mean the subject the person is asking the bot about.
const shortQuestion = 12

// comparesWithinOneConcept reports whether words (spelling corrected, the
// lexicon not yet applied) weigh two things that the lexicon maps to the
// same concept of the article ("tretinoin or adapalene" are both retinoids,
// "fraxel vs co2" both lasers): a choice the article, which speaks only of
// the concept, does not make.
func (x *Index) comparesWithinOneConcept(ws []string) bool {
	// Amounts name no concept: "spf 30 vs spf 50" weighs two strengths of
	// one thing, which the article never tells apart either.
	amounts := false
	for _, w := range ws {
		if isNumber(w) {
			amounts = true
			break
		}
	}
	if amounts {
		kept := make([]string, 0, len(ws))
		for _, w := range ws {
			if !isNumber(w) {
				kept = append(kept, w)
			}
		}
		ws = kept
	}
	for i, w := range ws {
		if w != "or" && w != "vs" && w != "versus" || i == 0 || i+1 >= len(ws) {
			continue
		}
		after := x.lexicon.words(ws[i+1:])
		if len(after) == 0 || after[0] == ws[i+1] {
			continue // the word after is not a lexicon phrase
		}
		for k := min(i, 3); k >= 1; k-- {
			before := x.lexicon.words(ws[i-k : i])
			if len(before) == 1 && before[0] == after[0] && (amounts || strings.Join(ws[i-k:i], " ") != ws[i+1]) {
				return true
			}
		}
	}
	return false
}

// addressOpeners open a call on someone ("alright exosome people"), and
// followers are who is called on.
var (
	addressOpeners = map[string]bool{"alright": true, "allright": true, "ok": true, "okay": true, "hey": true,
		"hi": true, "yo": true, "so": true, "well": true, "right": true, "listen": true, "calling": true, "all": true}
	followers = map[string]bool{"people": true, "ppl": true, "folks": true, "fans": true, "crowd": true,
		"nerds": true, "gang": true, "lovers": true, "enthusiasts": true, "believers": true, "stans": true,
		"community": true, "experts": true, "pushers": true, "bros": true}
)

// addressesFans reports whether a lead only calls on the followers of the
// topic: "alright exosome people", "hey exosome fans", "ok exo nerds".
func (x *Index) addressesFans(lead string) bool {
	ws := questionWordsOf(lead)
	for len(ws) > 0 && addressOpeners[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) < 2 || !followers[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !x.onTopic(x.terms(x.normalize(w))) {
			return false
		}
	}
	return true
}

// namesTopicFirst reports whether a lead is a noun phrase naming the
// topic, as a subject set before the question that asks of it: it opens
// with a demonstrative ("those little bubbles that cells send out",
// "these exosome things") and names or describes the topic.
func (x *Index) namesTopicFirst(lead string) bool {
	ws := questionWordsOf(lead)
	if len(ws) < 2 || !demonstratives[ws[0]] {
		return false
	}
	n := x.normalized(lead)
	return x.cue(n.words, false) == "" && x.onTopic(x.terms(x.describeTopic(n).text))
}

// thisBefore may stand before a "this" that ends a question and points at
// the subject ("…for this", "…about this").
var thisBefore = map[string]bool{"for": true, "about": true, "on": true, "with": true, "into": true, "over": true}

// allThisAfter may follow "all this" when it stands alone for the subject:
// a verb or a preposition, not a noun it would describe ("all this hype").
var allThisAfter = map[string]bool{"is": true, "stuff": true, "really": true, "actually": true, "just": true,
	"worth": true, "for": true, "about": true, "in": true, "on": true, "still": true, "yet": true, "legit": true,
	"real": true}

// demonstratives open a noun phrase that points at something.
var demonstratives = map[string]bool{"those": true, "these": true, "that": true, "this": true}

// definitionOpeners, definitionBe and definitionFillers make the opening
// of a request for a definition: "what (even) are (those)", "wat r".
var (
	definitionOpeners = map[string]bool{"what": true, "wat": true, "wut": true, "wht": true}
	definitionBe      = map[string]bool{"is": true, "are": true, "r": true}
	definitionFillers = map[string]bool{"even": true, "exactly": true, "actually": true, "the": true, "those": true,
		"these": true, "this": true, "that": true, "all": true}
)

// definitionTails open a clause after the subject of a definition that
// says where the subject turns up or why it is talked about, not what is
// asked: "…and why is everyone putting them in serums", "…n y r they in
// evrythng now", "…that beauty companies keep putting in serums",
// "…everyone's suddenly putting in serums".
var definitionTails = map[string]bool{"and": true, "n": true, "&": true, "that": true, "which": true,
	"everyone": true, "everyone's": true, "everybody": true, "everybody's": true, "every1": true,
	"every1s": true, "people": true, "companies": true, "brands": true}

// definitionMaxWords is how many words (adjectives, "side effects of")
// may come between a definition's opening and the topic.
const definitionMaxWords = 3

// definitionTail splits normalized, topic-described text that opens by
// asking what the topic is ("what even are those tiny exosomes") and goes
// on with a clause about where they turn up (definitionTails) into the
// definition and that clause. When the topic was described rather than
// named, the description's other words ("tiny", "those little") are the
// subject too, and the definition is asked of the topic alone.
func (x *Index) definitionTail(n normText, described bool) (head, tail normText, ok bool) {
	ws := n.words
	i := 0
	if i >= len(ws) || !definitionOpeners[ws[i]] {
		return head, tail, false
	}
	i++
	for i < len(ws) && definitionFillers[ws[i]] {
		i++
	}
	if i >= len(ws) || !definitionBe[ws[i]] {
		return head, tail, false
	}
	i++
	for i < len(ws) && definitionFillers[ws[i]] {
		i++
	}
	subject := i
	for k := 0; i < len(ws) && !x.topicWords[ws[i]]; k++ {
		if k >= definitionMaxWords {
			return head, tail, false
		}
		i++
	}
	// A description goes on past the topic's word: "those teeny bubble
	// things cells spit out" is read as "those teeny exosomes things
	// exosomes spit out".
	for i < len(ws) && (x.topicWords[ws[i]] || described && x.describesTopic(ws[i]) && !cellsDo[ws[i]]) {
		i++
	}
	end := i // the end of the subject
	if e := sentTo(ws, end, cellsDo); e > end && e == len(ws) {
		// "what are those wee parcels cells fire off to each other?":
		// the clause of what the cells do with them ends the question,
		// which asks what they are — when the clause tells no more than
		// whom or where they go (relativeRest); "…cells release used
		// for?" asks more.
		if described {
			return newNormText(append(slices.Clone(ws[:subject]), x.topicWord)), normText{}, true
		}
		return newNormText(slices.Clip(ws[:end])), normText{}, true
	}
	if i < len(ws) && cellsDo[ws[i]] {
		// "those little packets cells send each other that brands are
		// putting in serums": what the cells do with them describes them
		// (a relative clause without its "that"), before the tail.
		for i++; i < len(ws) && i <= end+relativeMaxWords && !definitionTails[ws[i]]; i++ {
		}
	}
	if i >= len(ws) || !definitionTails[ws[i]] {
		return head, tail, false
	}
	if described {
		return newNormText(append(slices.Clone(ws[:subject]), x.topicWord)), newNormText(ws[i:]), true
	}
	return newNormText(slices.Clip(ws[:end])), newNormText(ws[i:]), true
}

// cellsSend are the verbs of cells sending exosomes out, which
// describeTopic reads as part of a description ("the bubbles cells send
// out", "the parcels cells fling to each other"); cellsDo are those and
// the rest of what cells do with them, opening a relative clause without
// its "that" right after them in a definition ("the packets cells send
// each other", "…cells make"), at most relativeMaxWords long — verbs that
// are as often the question's own ("use", "make", "give") are no part of
// a description by themselves.
var (
	cellsSend = map[string]bool{"send": true, "sends": true, "release": true, "releases": true, "shed": true, "sheds": true,
		"secrete": true, "secretes": true, "spit": true, "spits": true, "fire": true, "fires": true, "shoot": true, "shoots": true,
		"pump": true, "pumps": true, "emit": true, "emits": true, "fling": true, "flings": true, "chuck": true, "chucks": true}
	cellsDo = withWords(cellsSend, "give", "gives", "pass", "passes", "swap", "share", "use", "uses", "make", "makes",
		"produce", "produces", "ship", "ships")
)

// withWords returns a copy of set with words added.
func withWords(set map[string]bool, words ...string) map[string]bool {
	out := maps.Clone(set)
	for _, w := range words {
		out[w] = true
	}
	return out
}

// sentTo returns where the clause at ws[at] ends that tells what cells do
// with exosomes and whom they go to: a verb of verbs, then up to
// relativeMaxWords words of relativeRest ("fire off to each other"); at
// itself when ws[at] is no such verb.
func sentTo(ws []string, at int, verbs map[string]bool) int {
	if at >= len(ws) || !verbs[ws[at]] {
		return at
	}
	k := at + 1
	for k < len(ws) && k <= at+relativeMaxWords && relativeRest[ws[k]] {
		k++
	}
	return k
}

const relativeMaxWords = 4

// relativeRest are the words that may end such a clause when it ends the
// question: whom or where the cells send them ("to each other", "out",
// "off between them").
var relativeRest = map[string]bool{"to": true, "each": true, "other": true, "out": true, "off": true, "around": true,
	"between": true, "them": true, "themselves": true, "one": true, "another": true, "back": true, "and": true,
	"forth": true, "about": true, "away": true, "oot": true}

// describeTopic rewrites, in normalized text that does not name the topic,
// each pair of nearby words that describes it (TopicNear: "bubble things
// cells release", "stuff from stem cells") as the topic's own word, so
// that the description is searched as what it describes and its words do
// not count as words the corpus does not know.
func (x *Index) describeTopic(n normText) normText {
	if len(x.near) == 0 || x.topicWord == "" || n.text == "" {
		return n
	}
	for i, w := range n.words {
		if n.facts == nil && x.topicWords[w] || n.facts != nil && n.facts[i] != nil && n.facts[i].topic {
			return x.topicHeads(n)
		}
	}
	ws, fs, owned := n.words, n.facts, false // copies of n's once a word changes
	for _, g := range x.near {
		for i := range ws {
			if !g[0][ws[i]] {
				continue
			}
			pick := -1
			for j := max(0, i-nearWindow); j < min(len(ws), i+nearWindow+1); j++ {
				if j == i || !g[1][ws[j]] {
					continue
				}
				if pick < 0 {
					pick = j
				}
				if x.describesAlone(ws[j]) {
					// "products with the tiny cell messengers": a word
					// the lexicon makes of the topic's description is
					// the one the pair describes it with.
					pick = j
					break
				}
			}
			if pick >= 0 {
				if !owned {
					ws, fs, owned = slices.Clone(ws), slices.Clone(fs), true
				}
				ws[i], ws[pick] = x.topicWord, x.topicWord
				if fs != nil {
					fs[i], fs[pick] = x.facts[x.topicWord], x.facts[x.topicWord]
				}
				// "those wee bubbles cells send out": how the cells send
				// them, and whom to, is the description too, not words
				// of the question ("send" would ask for papers).
				after := max(i, pick) + 1
				clear(ws[after:sentTo(ws, after, cellsSend)])
			}
		}
	}
	if !owned {
		return n
	}
	if slices.Contains(ws, "") {
		kept, keptFacts := ws[:0], fs[:0]
		for k, w := range ws {
			if w == "" {
				continue
			}
			kept = append(kept, w)
			if fs != nil {
				keptFacts = append(keptFacts, fs[k])
			}
		}
		ws, fs = kept, keptFacts
		if len(fs) == 0 {
			fs = nil
		}
	}
	out := newNormText(ws)
	out.facts = fs
	return out
}

// topicHeads rewrites, in normalized text that names the topic, a word
// right after the topic's that describes it (TopicNear's second group)
// and that the corpus never uses as the topic's own word: "exosome
// nanoparticles", "cell-signal nanoparticles" (the lexicon has made "cell
// signal" the topic) are exosomes, not a word the article does not
// account for. A word the corpus uses ("exosome serum") keeps its
// meaning.
func (x *Index) topicHeads(n normText) normText {
	ws, fs, owned := n.words, n.facts, false
	// topic and describes read the facts of ws[i] when there are any.
	topic := func(i int) bool {
		if fs == nil {
			return x.topicWords[ws[i]]
		}
		return fs[i] != nil && fs[i].topic
	}
	describes := func(i int) bool {
		if fs == nil {
			return x.describesTopic(ws[i])
		}
		return fs[i] != nil && fs[i].describe
	}
	for i := 1; i < len(ws); i++ {
		if !topic(i-1) || topic(i) || !describes(i) || x.knownWord(ws[i]) {
			continue
		}
		if !owned {
			ws, fs, owned = slices.Clone(ws), slices.Clone(fs), true
		}
		ws[i] = x.topicWord
		if fs != nil {
			fs[i] = x.facts[x.topicWord]
		}
	}
	if !owned {
		return n
	}
	out := newNormText(ws)
	out.facts = fs
	return out
}

// describesAlone reports whether w is, alone, a word that describes the
// topic (Options.TopicTerms: "messengers").
func (x *Index) describesAlone(w string) bool {
	for _, d := range x.describe {
		if len(d) == len(w)+2 && d[1:len(d)-1] == w {
			return true
		}
	}
	return false
}

// describesTopic reports whether w is of a TopicNear pair's second group,
// the words that describe the topic ("particles", "vesicles").
func (x *Index) describesTopic(w string) bool {
	for _, g := range x.near {
		if g[1][w] {
			return true
		}
	}
	return false
}

// knownWord reports whether the corpus uses a term of w.
func (x *Index) knownWord(w string) bool {
	for _, t := range x.wordTerms(w) {
		if t.id >= 0 {
			return true
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
//
// Text of lower-case ASCII words and spaces (nearly every question) is
// analysed a word at a time from a memo of the analyzer's output for the
// corpus's words: the analyzer's tokenizer always breaks at a space and
// its filters see one token at a time, so the terms are the same as
// analysing the whole text (TestAnalyse_MemoAgreesWithAnalyzer).
func (x *Index) analyse(text string) (terms, surfaces []string) {
	for _, t := range x.analyseTerms(text) {
		terms = append(terms, t.term)
		surfaces = append(surfaces, t.surface)
	}
	return terms, surfaces
}

// analyseTerms is analyse, each term with its termID.
func (x *Index) analyseTerms(text string) []wordTerm {
	if !plainWords(text) {
		terms, surfaces := x.analyseText(text)
		out := make([]wordTerm, len(terms))
		for i, t := range terms {
			out[i] = wordTerm{term: t, surface: surfaces[i], id: x.idOf(t)}
		}
		return out
	}
	return x.analyseWords(strings.Fields(text), nil)
}

// analyseWords is analyseTerms for the words of plain text, and, when ids
// is not nil, sets ids[i] to the wordID of words[i] (-1 for none) from the
// same lookup.
func (x *Index) analyseWords(words []string, ids []int32) []wordTerm {
	if len(words) == 0 {
		return nil
	}
	// About half the words of a question are stop words: room for the
	// terms of the rest, which append grows when it is too little.
	return x.analyseWordsInto(make([]wordTerm, 0, len(words)/2+2), words, nil, ids)
}

// analyseWordsInto is analyseWords appending to out, which is empty.
// fs, when not nil, are the facts of words (in step with them), where
// each word's analysis is read.
func (x *Index) analyseWordsInto(out []wordTerm, words []string, fs []*wordFacts, ids []int32) []wordTerm {
	if len(words) == 0 {
		return nil
	}
	var seen *seenStrings // past 8 terms
	var seenBuf seenStrings
	for i, w := range words {
		var mw memoWord
		var ok bool
		if fs == nil {
			mw, ok = x.analysed[w]
		} else if f := fs[i]; f != nil {
			mw, ok = f.memo, f.analysed
		}
		toks := mw.terms
		if !ok {
			toks, mw.word = x.analyseNew(w), -1
		}
		if ids != nil {
			ids[i] = mw.word
		}
		for _, tk := range toks {
			if seen == nil && len(out) >= 8 {
				seen = &seenBuf
				for _, t := range out {
					seen.add(t.term)
				}
			}
			if seen != nil {
				if seen.has(tk.term) {
					continue
				}
				seen.add(tk.term)
			} else if containsTerm(out, tk.term) {
				continue
			}
			out = append(out, tk)
		}
	}
	return out
}

func containsTerm(ts []wordTerm, t string) bool {
	for _, x := range ts {
		if x.term == t {
			return true
		}
	}
	return false
}

// idOf returns a term's termID, or -1.
func (x *Index) idOf(t string) int32 {
	if id, ok := x.termID[t]; ok {
		return id
	}
	return -1
}

// plainWords reports whether text is lower-case ASCII letters, digits and
// apostrophes separated by spaces.
func plainWords(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || c == ' ') {
			return false
		}
	}
	return true
}

// analyseWord runs the analyzer on one word. A word of letters a to z
// alone is one token to the tokenizer, so only the token filters run.
func (x *Index) analyseWord(w string) []wordTerm {
	var toks analysis.TokenStream
	if da, ok := x.analyzer.(*analysis.DefaultAnalyzer); ok && letters(w) {
		toks = analysis.TokenStream{{Term: []byte(w), Start: 0, End: len(w), Position: 1, Type: analysis.AlphaNumeric}}
		for _, f := range da.TokenFilters {
			toks = f.Filter(toks)
		}
	} else {
		toks = x.analyzer.Analyze([]byte(w))
	}
	var out []wordTerm
	for _, tok := range toks {
		if len(tok.Term) == 0 {
			continue
		}
		t := string(tok.Term)
		out = append(out, wordTerm{term: t, surface: w[tok.Start:tok.End], id: x.idOf(t)})
	}
	return out
}

// analyseNew is analyseWord for a word the corpus does not use,
// remembered: people reuse the same words. The memo is bounded (see
// wordmemo), so odd input cannot grow it.
func (x *Index) analyseNew(w string) []wordTerm {
	if t, ok := x.newWords.Load(w); ok {
		return t
	}
	// A copy: w is part of a question, which the memo must not keep.
	w = strings.Clone(w)
	t := x.analyseWord(w)
	x.newWords.Store(w, t)
	return t
}

// letters reports whether w is one or more of the letters a to z.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// memoize fills the analysis memo with the words of the corpus's texts and
// of their normalized forms.
func (x *Index) memoize(texts []string, norms []normEntry) {
	x.analysed = map[string]memoWord{}
	addWord := func(w string) {
		if _, ok := x.analysed[w]; !ok && plainWords(w) {
			x.analysed[w] = memoWord{terms: x.analyseWord(w)}
		}
	}
	add := func(text string) {
		for w := range strings.FieldsSeq(text) {
			addWord(w)
		}
	}
	for _, t := range texts {
		for _, w := range bot.Words(t) {
			addWord(w)
		}
	}
	for _, n := range norms {
		for _, p := range n.phrasings {
			add(p)
		}
		add(n.tags)
		add(n.answer)
	}
}

// analyseText runs the analyzer on the whole text.
func (x *Index) analyseText(text string) (terms, surfaces []string) {
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

// isStopWord reports whether a lower-case word analyses to nothing. A word
// of letters a to z is one token (see analyseWord) that only the stop
// filter, which reads x.stops, can drop.
func (x *Index) isStopWord(word string) bool {
	if stop, ok := x.stops[word]; ok {
		return stop
	}
	if letters(word) {
		return false
	}
	return len(x.analyzer.Analyze([]byte(word))) == 0
}

// namedSituation returns the not-covered topic, among those whose cues
// count anywhere (the person's situation), that a cue names in the focus or
// the story, read with the lexicon applied (cueFocus, cueContext) or as
// the person typed them (focusWords, and contextNamed, read in the story's
// corrected words): "tumour research" reads as the article's cancer
// research, but the person still said "tumour". focusCues and
// contextCues read the cues of cueFocus and cueContext.
func (x *Index) namedSituation(focusWords []string, focusFacts []*wordFacts, cueFocus normText, focusCues, contextCues *cueReading, contextNamed string) string {
	if c := focusCues.cue(x, true); c != "" {
		return c
	}
	if c := contextCues.cue(x, true); c != "" {
		return c
	}
	// Words the lexicon left as they were cue what they cued above:
	// nothing.
	if !slices.Equal(focusWords, cueFocus.words) {
		f := cueFilter{anywhere: true}
		if c, _ := x.firstCues(focusWords, focusFacts, f, f); c != "" {
			return c
		}
	}
	return contextNamed
}

// normalizedNaming is normalized, and the situation topic (namedSituation)
// a cue names in the corrected words before the lexicon rewrites them —
// "" when the lexicon left them as they were: the cue of the normalized
// words, which namedSituation reads first, is then theirs. Each word of
// text is handed to r, when there is one (see correctFacts).
func (x *Index) normalizedNaming(text string, sc *searchScratch, r *respeller) (normText, string) {
	var buf [32]string      // the corrected words, which the lexicon copies
	var fbuf [32]*wordFacts // and their facts
	ws, fs := x.correct(text, buf[:0], fbuf[:0], r)
	n := x.rewrite(ws, fs, sc)
	if slices.Equal(ws, n.words) {
		return n, ""
	}
	f := cueFilter{anywhere: true}
	c, _ := x.firstCues(ws, fs, f, f)
	return n, c
}

// Search implements bot.Searcher.
func (x *Index) Search(ctx context.Context, bq bot.Query, limit int) (bot.Result, error) {
	var res bot.Result
	if limit <= 0 {
		return res, nil
	}
	// The respellings are of the focus and context as asked, gathered as
	// they are corrected below — unless one of the readings below
	// changes them first, and they are read by themselves.
	typed := newRespeller(bq.Focus, bq.Context)
	respelled, focusAsked, contextAsked := &typed, bq.Focus, bq.Context
	if bq.Lead != "" && x.addressesFans(bq.Lead) {
		// "alright exosome people, where's the catch": the lead calls
		// on the topic's followers, and what it asks is asked of the
		// topic.
		bq.Focus, bq.Lead, bq.Asking = x.topicWord+" "+bq.Asking, "", ""
	}
	if bq.Lead != "" && x.namesTopicFirst(bq.Lead) && pointsAtTopic(bq.Asking) && !x.verdictOnly(bq.Asking) {
		// "those little bubbles that cells send out to talk to each
		// other, what are they actually carrying?": the lead names the
		// subject, described, and the question asks of it by a pronoun;
		// the description's words are not what is asked (unless they cue
		// a topic the article does not cover: "those salmon ones").
		bq.Focus, bq.Lead, bq.Asking = x.topicWord+" "+bq.Asking, "", ""
	}
	if bq.Lead != "" && x.verdictOnly(bq.Asking) && !x.weighsChoice(bq.Lead) {
		// "sephora has an exosome serum for $220, worth the splurge?": the
		// verdict is the question, and the statement it opens with names
		// its object, as a story would.
		bq.Focus, bq.Context = bq.Asking, strings.TrimSpace(bq.Lead+" "+bq.Context)
	}
	if bq.Focus != focusAsked || bq.Context != contextAsked {
		res.Respelled = x.speller.respellings(nil, typed.whole())
		respelled = nil
	}
	// The focus's corrected words, before the lexicon, are kept for the
	// comparison check below; normalize is these two steps.
	var focusBuf [32]string
	var focusFactsBuf [32]*wordFacts
	focusWords, focusFacts := x.correct(bq.Focus, focusBuf[:0], focusFactsBuf[:0], respelled)
	// The cues read the person's words (the lexicon applied), before a
	// description of the topic is rewritten as the topic: "apple stem cell
	// creams" names another ingredient even though "stem cell … creams"
	// would describe exosomes.
	memo := searchMemo{sc: searchScratches.Get().(*searchScratch)}
	defer memo.sc.release()
	cueContext, contextNamed := x.normalizedNaming(bq.Context, memo.sc, respelled)
	if respelled != nil {
		res.Respelled = respelled.respelled()
	}
	cueFocus := x.rewrite(focusWords, focusFacts, memo.sc)
	// Their cues, asked for below both with anywhere and without, are
	// read once for both.
	focusCues, contextCues := cueReading{ws: cueFocus.words, fs: cueFocus.facts}, cueReading{ws: cueContext.words, fs: cueContext.facts}
	res.Named = x.namedSituation(focusWords, focusFacts, cueFocus, &focusCues, &contextCues, contextNamed)
	focus, context := x.describeTopic(cueFocus), x.describeTopic(cueContext)
	// "I'm not pregnant, are exosomes proven?": a topic set aside is not
	// searched for either.
	if t, ok := x.withoutSetAside(focus); ok {
		focus = t
	}
	if t, ok := x.withoutSetAside(context); ok {
		context = t
	}
	var situation normText // a story left out of the search
	if head, tail, ok := x.definitionTail(focus, focus.text != cueFocus.text); ok {
		// "what even are the tiny cell parcels everyone's suddenly
		// putting in serums": the definition is the question, and where
		// they turn up, or why everyone talks of them, only sets the
		// scene, as a story around a question about the subject itself
		// does (below): left out of the search, its cues still read.
		focus, cueFocus, situation = head, head, tail
		focusCues = cueReading{ws: cueFocus.words, fs: cueFocus.facts}
	}
	if context.text != "" && asksSameness(focus.words) && !bot.HasRun(focus.words, plantDerived) && bot.HasRun(context.words, plantDerived) {
		// "Ingredients: …, Plant-Derived Exosomes, … Is this the same kind
		// of exosome the medspas and studies are talking about?": what
		// "this" is, the story names — exosomes from plants, which the
		// article sets apart from human-derived ones.
		focus = newNormText(append(slices.Clip(plantDerived), focus.words...))
	}
	q := x.newQuery(focus, context, &memo)
	if context.text != "" && q.ownTerms() == 0 && q.topicInFocus() && !refersBack(bq.Focus) {
		// The focus asks about the subject itself ("anyway, what even are
		// exosomes?"): the story around it is not the question, but the
		// person's situation in a short one still is ("breastfeeding mama
		// here — are exosomes ok to use?"). A focus that points back at
		// the story ("…could kill a horse. is that normal for
		// exosomes?", refersBack) asks about the story, which stays.
		situation = cueContext
		context, cueContext = normText{}, normText{}
		contextCues = cueReading{}
		q = x.newQuery(focus, context, &memo)
	}
	asked, story := focus, context   // the question as the person split it
	askedOfTopic := q.topicInFocus() // before a thin question takes in its story
	// A story that names another treatment or a topic the article does not
	// cover, and neither exosomes (by name or by a description of them) nor
	// a pronoun that may stand for them ("everyone at work is obsessed
	// with peptides"), is what a pronoun in the question after it stands
	// for: "is it worth it?", "are they safe?" ask of the peptides.
	storyNames := -1 // namesNoneOfTheTopic(bq.Context) == false, once asked
	storyNamesNone := func() bool {
		if storyNames < 0 {
			storyNames = 0
			if !namesNoneOfTheTopic(bq.Context) {
				storyNames = 1
			}
		}
		return storyNames == 0
	}
	otherStory := ""
	if context.text != "" && !q.topicInFocus() && context.text == cueContext.text && storyNamesNone() {
		otherStory = contextCues.cue(x, false)
	}
	points := -1 // pointsAtTopic(bq.Focus), once asked
	pointsAt := func() bool {
		if points < 0 {
			points = 0
			// "the fancy particle goo my medspa slaps on after lasering,
			// does it actually make you heal quicker": the short question
			// after a lead asks of "it" as a short question does.
			if otherStory == "" && asksOfTopic(bq) {
				points = 1
			}
		}
		return points == 1
	}
	res.Verdict = context.text != "" && q.asksVerdict()
	res.Decides = q.decides() || asksToBuy(focusWords)
	if res.Verdict && x.weighsChoice(bq.Context) {
		// "Thinking of swapping my retinol for an exosome serum. Good
		// idea?": a verdict on a choice the story weighs asks about the
		// choice, as it does when both are one sentence (the lead above).
		focus, context = joined(focus, context, memo.sc), normText{}
		q = x.newQuery(focus, context, &memo)
	}
	// Whether the question's words ask for evidence of "it" or "here",
	// read once, and only for the checks below that come to it.
	var evidenceRead, evidenceAsked bool
	asksEvidence := func() bool {
		if !evidenceRead {
			evidenceRead, evidenceAsked = true, evidenceOfIt(bq.Focus) || evidenceOfIt(bq.Asking)
		}
		return evidenceAsked
	}
	judged := false // the focus only judged, before a thin focus took in its story
	if context.text != "" && q.ownTerms() <= 1 && !q.topicInFocus() && !pointsAt() && !asksEvidence() && !res.Verdict {
		// The focus says nothing of its own ("what should I tell her?",
		// "change my mind"): the story is the question.
		// A story that cues a topic of its own ("my derm wants me to try
		// PRP") is what a judgement after it judges.
		judged = q.focusOnlyJudges() && contextCues.cue(x, false) == ""
		res.Thin = true
		bare := q.ownTerms() == 0
		focus, context = joined(focus, context, memo.sc), normText{}
		if last, before := lastSentence(bq.Context); bare && before != "" && refersBack(bq.Focus) {
			// "…She keeps saying it's FDA approved. Is that even true?":
			// a question with no word of its own that points at the
			// sentence just told asks what it says, when it says it in the
			// article's own words (inArticleWords); the sentences before
			// it only set the scene, searched as context.
			told, scene := x.describeTopic(x.normalizedIn(last, memo.sc)), x.describeTopic(x.normalizedIn(before, memo.sc))
			if tq := x.newQuery(told, normText{}, &memo); x.inArticleWords(&tq) {
				focus, context = joined(asked, told, memo.sc), scene
			}
		}
		q = x.newQuery(focus, context, &memo)
	}
	res.Terms, res.FocusTerms = len(q.terms), q.focusTerms
	if q.total == 0 {
		return res, nil
	}
	// A cue in the focus marks a question about a topic the article does
	// not cover. When the focus says nothing of its own ("what do you
	// think?"), the story is where the question is.
	res.Gap = focusCues.cue(x, false)
	if res.Gap != "" {
		res.Gap = x.reportedCue(bq.Focus, res.Gap, &memo)
	}
	if res.Gap != "" && res.Decides {
		// "should I buy the $260 exosome serum at Sephora or nah": where
		// the person would buy it is no question of which brand or shop,
		// and "good idea to book one there?" none of how to book; whether
		// to buy or book it is, which the article's spending advice
		// answers. The other cues of the focus still count.
		ws := cueFocus.words
		if boughtAtShop(focusWords) {
			ws = withoutShops(ws)
		}
		if ws = withoutDecidedBooking(ws); len(ws) != len(cueFocus.words) {
			res.Gap = x.cue(ws, false)
		}
	}
	if res.Gap == "" && story.text != "" && (res.Thin || strings.Count(asked.text, " ")+1+strings.Count(story.text, " ") < shortMessage) {
		// The person's situation is part of the question when the message
		// is short or its question says nothing of its own: "trying to
		// conceive - should I stop my exosome treatments?" (but "every
		// medspa in my city offers them", or "I nearly fainted at the
		// price. Is it legit?", is not a question about clinics nearby
		// or prices). When the question has no word of its own at all
		// ("is that true?", "normal?") or only judges the story ("…same
		// night — ok or too much?"; asksOwn), it asks about the story, and
		// every topic's cues count there ("…it says results last a year.
		// is that true?"); "worth it?" still asks its own question.
		storyCues, own := cueContext.words, x.asksOwn(memo.get(x, asked).terms)
		storyReading := &contextCues // storyCues' cues
		if own && res.Thin && storyNamesNone() {
			// A story that names neither exosomes nor a pronoun that may
			// stand for them ("everyone at work is obsessed with peptides.
			// what's the catch?") is about what it does name: a judgement
			// after it judges that, and its cues count.
			own = false
		}
		if last, before := lastSentence(bq.Context); before != "" && refersBack(bq.Focus) {
			told := x.normalizedIn(last, memo.sc)
			judges := x.judgesStory(told, &memo) // "smells like a cash grab"
			if x.statesCovered(told, &memo) || judges {
				// "I get red after waxing my brows. I keep hearing exosomes
				// are anti-inflammatory. Is that what they're supposed to
				// do?": the question points at what it was just told, a claim
				// about exosomes in the article's own words, and the sentences
				// before it only set the scene. Their cues count only when
				// they are the person's health (pregnancy, a prescription),
				// which any answer about exosomes has to weigh.
				// A judgement ("smells like a scam. is it?") after
				// sentences that name neither exosomes nor a pronoun for
				// them judges what they name ("my derm offered me PRP"):
				// their cues all count.
				res.Gap = x.cueOf(x.normalized(before).words, own, !judges || !namesNoneOfTheTopic(before), false)
				storyCues = told.words
				storyReading = &cueReading{ws: told.words}
			}
		}
		if res.Gap == "" {
			if own && asksProof(bq.Focus) {
				// "sensitive skin here … are exosome products backed
				// by peer reviewed studies or not?": whether they are
				// proven is the same for everyone, so only the person's
				// health (pregnancy, a prescription) in the story still
				// names what the article does not cover.
				res.Gap = x.cueOf(storyCues, true, true, false)
			} else {
				res.Gap = storyReading.cue(x, own)
				if res.Gap != "" && own && res.Decides && x.traitTopic(res.Gap) {
					// "55, very dry skin, starting to sag. do I jump on
					// exosomes now or wait?": a skin type told in the
					// story of a decision the article makes for everyone
					// describes who decides; the topics it may still
					// name are the others ("acne's got me down. would
					// exosomes be worth trying?").
					res.Gap = x.cueWith(storyCues, cueFilter{anywhere: own, noTraits: true})
				}
			}
		}
		if res.Gap == "" && own && res.Verdict && x.namesTopic(storyCues) {
			// "chemical peel then exosomes, good idea?": a judgement of
			// exosomes together with a procedure the article never pairs
			// them with (its cues) judges the pairing, which the article
			// does not cover; "exosomes after microneedling, good idea?"
			// cues none.
			res.Gap = x.cueOf(storyCues, false, false, true)
		}
	}
	if res.Gap == "" && otherStory != "" && (asksOfTopic(bq) || asksEvidence() || pointsAtThat(bq.Focus)) {
		// "everyone at work is obsessed with peptides. is it worth it?",
		// "…LED masks. any proof behind it?", "stem cell facelift - is
		// that a real thing or a scam?": "it" or "that" is what the story
		// names (otherStory), declined by name.
		res.Gap = otherStory
	}
	if res.Gap == "" && res.Named != "" && x.healthTopic(res.Named) && asksOwnRisk(focusWords) {
		// "I had a melanoma removed 5 years ago … would exosome
		// treatments raise my risk of it coming back?": whatever the
		// story's length, a question of the risk to the person, whose
		// health the story names (a topic referred to a doctor or the
		// prescriber), asks about that health, which the article does not
		// cover.
		res.Gap = res.Named
	}
	if res.Gap == "" && situation.text != "" && strings.Count(asked.text, " ")+1+strings.Count(situation.text, " ") < shortMessage {
		res.Gap = x.cue(situation.words, true)
	}
	if res.Gap == "" && !askedOfTopic && labelsTopic(bq.Context, cueContext.words) && x.namesTopic(cueContext.words) {
		// "exosome biotech stocks - good investment rn?": a short label
		// that names exosomes and what of them the person means, before a
		// question naming nothing, is what the question asks about, and a
		// cue there names it — also when the question has no word of its
		// own but a verdict ("salmon exosomes — any good?"), which takes
		// the label in (res.Thin).
		res.Gap = contextCues.cue(x, false)
	}
	if res.Gap == "" && pointsWithPronoun(bq.Focus) {
		// "milk-derived exosomes in skincare — what are they?": "they" are
		// the exosomes the story names, and a cue that qualifies them
		// there (milk-derived) is what the question asks about.
		told := situation
		if told.text == "" {
			told = cueContext
		}
		res.Gap = x.cue(x.topicModifiers(told.words), false)
	}
	res.OnTopic = x.onTopic(q.terms) || x.describes(focus.text) || x.describes(context.text) || pointsAt() || q.onlyJudges() || x.judgesByArticle(&q) ||
		x.quotesArticle(bq.Focus) || namesArticle(bq.Focus) ||
		asksEvidenceOfIt(asksEvidence(), &q) ||
		bq.Context == "" && (asksOfThis(bq.Focus) || asksOfThis(bq.Asking)) ||
		res.Thin && otherStory == "" && toldOfTopic(bq.Context) && x.namesNoOtherThanClaims(&q) ||
		(guesses(bq.Focus) || pointsAtTherapy(bq.Focus) || pointsAway(bq.Focus) || judged || bq.Judges ||
			toldByBot(bq.Focus) || toldByBot(bq.Context)) && x.namesNoOther(&q)
	sameKind := !res.OnTopic && x.comparesWithinOneConcept(focusWords)
	var namesBuf [4]string
	names := typedNames(bq.Focus, namesBuf[:0])
	var focusTotal float64
	for i, t := range q.terms {
		if id := q.termIDs[i]; x.sourceByID != nil && id >= 0 && x.sourceByID[id] || x.sourceByID == nil && x.source[t] {
			res.Grounded += q.weights[i]
		}
		if !q.focus[i] {
			continue
		}
		focusTotal += q.weights[i]
		if known := q.termIDs[i] >= 0; !known && !res.Thin && q.weights[i] > 0 && (x.salient(q.surfaces[i]) || slices.Contains(names, q.surfaces[i])) &&
			!(res.Decides && judgements[q.surfaces[i]]) {
			res.Unknown = append(res.Unknown, q.surfaces[i])
			res.UnknownShare += q.weights[i]
		}
	}
	res.Grounded /= q.total
	if sameKind {
		// "tretinoin or adapalene", "fraxel vs co2": two things the
		// article names by one word, told apart — the article never does.
		res.Grounded = 0
	}
	if !res.OnTopic && asksEvidence() {
		// "my derm offered me a laser. any science behind it?": the
		// evidence is asked of another of the article's treatments
		// (asksEvidenceOfIt), which the article does not weigh, whatever
		// its words ("science", "derm") stand around it.
		res.Grounded = 0
	}
	if focusTotal > 0 {
		res.UnknownShare /= focusTotal
	}
	if res.Gap == "" && res.OnTopic && x.comparesUnnamedSources(focusWords) {
		// "are grape exosomes better than centella ones?": the article
		// contrasts plant-derived with human-derived exosomes only, never
		// one plant (or other source) with another; the topic of the
		// sources it does not name is what the question asks.
		res.Gap = x.cue(x.normalized("which plants").words, false)
	}
	if res.Gap == "" && res.OnTopic && (judgesProduct(bq.Focus) || judgesProduct(bq.Asking)) &&
		(x.namesProduct(bq.Focus) || x.namesProduct(bq.Context) || !res.Decides && x.productAtShop(bq.Focus)) {
		// "is the Medicube exosome ampoule any good?", "my aunt swears by
		// the Sulwhasoo exosome serum. is it legit?": the article weighs
		// exosome products as a kind, never one maker's; a verdict on a
		// product named by its maker asks what it does not cover. The
		// verdict, read in the question's few words, is asked first: the
		// names are read in the story too.
		res.Gap = x.cue(x.normalized("which brand").words, false)
	}
	if !res.OnTopic && slices.ContainsFunc(res.Unknown, func(w string) bool { return slices.Contains(names, w) || bestRank(w) == 0 }) {
		// "EGF serum for anti-aging, legit?", "is bakuchiol better for
		// wrinkles": a question that does not name exosomes and names
		// something the article never does — a word typed as a name, or
		// one no English dictionary has — is about a neighbouring
		// treatment, however many of the article's words ("anti-aging",
		// "serum") stand around it.
		res.Grounded = 0
	}
	// One term query per field and analysed term: the text was analysed
	// once, above, and user text never reaches a query parser. The topic
	// term, which nearly every entry shares, is left out unless it is all
	// the question has: it would make bleve walk every posting to rank
	// nothing.
	var foundBuf [candidates]hit
	var termsBuf [maxSearchTerms]query.Query // a term query a term (one field)
	found, err := x.find(ctx, x.candidateTerms(q, termsBuf[:0]), max(limit, candidates), foundBuf[:0])
	if err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	if len(found) == 0 && q.ownTerms() > 0 && q.topicInFocus() && x.noSalientUnknown(&q) {
		// "should I invest in exosomes?": no phrasing has the question's
		// own words, but the corpus does ("before investing"), and the
		// topic term it names, left out above, still finds the entries
		// about exosomes for the evidence to weigh. A word it never
		// uses that names what is asked ("exosome stocks") keeps the
		// search empty.
		found, err = x.find(ctx, x.candidateTermsWith(q, termsBuf[:0], true), max(limit, candidates), foundBuf[:0])
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
	}
	if len(found) == 0 {
		return res, nil
	}
	top := found[0].score
	var rsBuf [candidates]ranked
	rs := rsBuf[:0]
	if len(found) > len(rsBuf) {
		rs = make([]ranked, 0, len(found))
	}
	var evBuf [candidates]evidence
	evs := x.evidence(&q, found, evBuf[:0])
	for k, h := range found {
		et := x.entryList[h.entry]
		ev := evs[k]
		rs = append(rs, ranked{
			hit:  bot.Hit{ID: x.ids[h.entry], Score: h.score, Coverage: ev.coverage, Precision: ev.precision, Matched: ev.matched, NeedsTopic: et.needsTopic},
			rank: ev.coverage + 0.25*ev.precision + 0.2*ev.overlap + 0.1*h.score/top,
		})
	}
	// The evidence first; bleve's relative score (which knows field boosts
	// and term frequencies) and the overlap of plain words break near ties.
	res.Hits = make([]bot.Hit, 0, min(limit, len(rs)))
	if len(rs) <= stableBlock {
		// The insertion sort slices.SortStableFunc runs on so few, over
		// the hits' places instead of moving the hits themselves.
		var orderBuf [stableBlock]int8
		for _, i := range orderByRank(rs, orderBuf[:0])[:min(limit, len(rs))] {
			res.Hits = append(res.Hits, rs[i].hit)
		}
		return res, nil
	}
	slices.SortStableFunc(rs, byRank)
	for _, r := range rs[:min(limit, len(rs))] {
		res.Hits = append(res.Hits, r.hit)
	}
	return res, nil
}

// ranked is a hit and the rank Search sorts it by.
type ranked struct {
	hit  bot.Hit
	rank float64
}

// orderByRank appends to order the places of rs (stableBlock or fewer)
// in the order slices.SortStableFunc puts them, by descending rank
// (byRank), which for so few is an insertion sort: the same sort over the
// places, without moving the hits.
func orderByRank(rs []ranked, order []int8) []int8 {
	for i := range rs {
		order = append(order, int8(i))
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && rs[order[j]].rank > rs[order[j-1]].rank; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

// byRank orders ranked hits by descending rank.
func byRank(a, b ranked) int {
	switch {
	case a.rank > b.rank:
		return -1
	case b.rank > a.rank:
		return 1
	}
	return 0
}

// stableBlock is how many elements slices.SortStableFunc sorts by
// insertion alone (its blockSize): Search sorts that many hits or fewer
// the same way, over their places.
const stableBlock = 20

// everydayRank is the frequency rank in spoken English under which a word
// is everyday language ("keeping", "lucky", "wedding"): it frames a
// question more often than it names what the question is about.
const everydayRank = 4000

// clitics are the endings an apostrophe joins to a word ("nothing's",
// "nobody'd", "everyone'll").
var clitics = map[string]bool{"s": true, "d": true, "ll": true, "ve": true, "re": true}

// salient reports whether a word the corpus does not know says what a
// question is about: a rarer English word ("vegan", "placenta",
// "celebrities"), or a longer word that is not English at all (a brand, a
// place, jargon). Short unknown non-words are mostly typos and chat
// spellings ("teh", "evr", "gud"). A word with a clitic is judged by the
// word it is on: "nothing's" is as everyday as "nothing".
func salient(word string) bool {
	if i := strings.LastIndexByte(word, '\''); i > 0 && clitics[word[i+1:]] {
		word = word[:i]
	}
	n := len([]rune(word))
	if strings.ContainsAny(word, "0123456789") {
		return false // "evry1", "4u", "30ml": chat spellings and amounts
	}
	if r := bestRank(word); r != 0 {
		return r > everydayRank && n >= 4
	}
	return n >= 5 && !everydayTypo(word)
}

// typedNames appends to dst the words of text typed as names in capitals
// ("EGF", "PDRN", "PRP"), lower case: two to six ASCII letters, all upper
// case, in a message that is not itself typed in capitals. Such a word
// names a product, an ingredient or a procedure, however short; the chat
// spellings typed the same way ("LOL", "TBH") are filler words.
func typedNames(text string, dst []string) []string {
	upper, lower := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	if upper >= lower {
		return dst
	}
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z') }) {
		if len(w) < 2 || len(w) > 6 || strings.IndexFunc(w, func(r rune) bool { return 'a' <= r && r <= 'z' }) >= 0 {
			continue
		}
		dst = append(dst, strings.ToLower(w))
	}
	return dst
}

// namesProduct reports whether raw names a particular product by its
// maker: a word typed with a capital inside a sentence, which neither the
// corpus nor everyday English has, standing right before the topic or
// within topicModifierWords of it ("the Medicube exosome ampoule", "Dr.
// Barbara Sturm's exosome line", "the Medik8 exosome serum"). A word
// opening a sentence is capitalised whoever names it; one the corpus or
// its lexicon knows ("Rose exosomes", "Plant exosomes") is the article's.
func (x *Index) namesProduct(raw string) bool {
	named := -1 // how many words ago a name was typed, or -1
	start := true
	for f := range strings.FieldsSeq(raw) {
		w := strings.TrimFunc(f, func(r rune) bool {
			return !(r >= 0x80 || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
		})
		w, _ = strings.CutSuffix(w, "'s")
		w, _ = strings.CutSuffix(w, "’s")
		if w != "" {
			// Lower case only where it is read: after a name, or for a
			// word that opens with a capital.
			if named >= 0 && named < topicModifierWords && x.wordOnTopic(strings.ToLower(w)) {
				return true
			}
			if named >= 0 {
				named++
			}
			if !start && x.typedAsName(w) {
				named = 0
			}
		}
		start = strings.ContainsAny(f[len(f)-1:], ".!?:")
	}
	return false
}

// productAtShop reports whether raw text names one product by the shop
// that sells it: a word of the topic, then within shopReach words where
// it is sold ("that exosome serum they're selling in Lidl", "the exosome
// cream at Boots"). Asked whether it is any good, it is one product
// judged, as one named by its maker is (namesProduct); asked whether to
// buy it, where is no question (boughtAtShop).
func (x *Index) productAtShop(raw string) bool {
	since := -1 // words since a word of the topic, or -1
	prev := ""
	for f := range strings.FieldsSeq(raw) {
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool {
			return !(r >= 0x80 || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\'')
		}))
		if w == "" {
			continue
		}
		if since >= 0 && since <= shopReach && shops[w] && shopPlaces[prev] {
			return true
		}
		switch {
		case x.wordOnTopic(w):
			since = 0
		case since >= 0:
			since++
		}
		prev = w
	}
	return false
}

// shopReach is how many words may come between a word of the topic and
// the shop that sells it (productAtShop).
const shopReach = 5

// typedAsName reports whether w, typed inside a sentence, is a name: it
// opens with a capital letter, and neither the corpus nor everyday English
// has it.
func (x *Index) typedAsName(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lw := strings.ToLower(w)
	if x.knownWord(lw) {
		return false
	}
	r := bestRank(lw)
	return r == 0 || r > everydayRank
}

// productVerdicts are the words of a question that asks for a verdict on
// a product ("any good", "worth it", "legit", "what do you think of").
var productVerdicts = map[string]bool{"worth": true, "good": true, "legit": true, "legitimate": true, "think": true, "thoughts": true, "rate": true, "review": true, "reviews": true, "recommend": true, "better": true, "best": true, "decent": true, "opinion": true, "scam": true, "overhyped": true, "effective": true, "work": true, "works": true, "dupe": true, "buy": true, "buying": true}

// judgesProduct reports whether a question asks for a verdict on what it
// names (productVerdicts).
func judgesProduct(raw string) bool {
	if raw == "" {
		return false
	}
	for _, w := range questionWordsOf(raw) {
		if productVerdicts[w] {
			return true
		}
	}
	return false
}

// salient is the package's salient, remembered.
func (x *Index) salient(word string) bool {
	if v, ok := x.salience.Load(word); ok {
		return v
	}
	v := salient(word)
	x.salience.Store(strings.Clone(word), v)
	return v
}

// everydayTypo reports whether a word that is not English is an everyday
// English word with one letter typed twice, left out or two letters
// swapped ("acctually", "acutaly", "raelly"): a slip of the thumb, not a
// name.
func everydayTypo(word string) bool { return everydaySlipOf(word) != "" }

// everydaySlipOf returns the everyday English word that word is with one
// letter typed twice, left out or two letters swapped, or "" (everydayTypo).
func everydaySlipOf(word string) string {
	ranks := englishRanks()
	common := func(b []byte) bool { r := ranks.rankBytes(b); return r != 0 && r <= everydayRank }
	// The candidates are built in one buffer and looked up without
	// allocating.
	var arr [64]byte
	buf := arr[:0]
	if len(word) >= len(arr) {
		buf = make([]byte, 0, len(word)+1)
	}
	omitted := everydayOmissions()[word]
	for i := 0; i < len(word); {
		_, size := utf8.DecodeRuneInString(word[i:])
		if b2 := append(append(buf[:0], word[:i]...), word[i+size:]...); common(b2) {
			return string(b2) // a letter typed twice
		}
		// A letter left out: the first in the alphabet, of those an
		// everyday word has here.
		var left byte
		for _, o := range omitted {
			if o.at == i && (left == 0 || o.letter < left) {
				left = o.letter
			}
		}
		if left != 0 {
			return word[:i] + string(rune(left)) + word[i:]
		}
		if j := i + size; j < len(word) {
			_, next := utf8.DecodeRuneInString(word[j:])
			b := append(append(buf[:0], word[:i]...), word[j:j+next]...)
			b = append(append(b, word[i:j]...), word[j+next:]...)
			if common(b) {
				return string(b) // two letters swapped
			}
		}
		i += size
	}
	return ""
}

// everydayOmissions maps each word that is an everyday English word (rank
// everydayRank or better) with one letter left out to the places of the
// letters left out: everydaySlipOf reads an omission with one look-up
// instead of trying each of 26 letters at each place.
var everydayOmissions = sync.OnceValue(func() map[string][]omission {
	ranks := englishRanks()
	m := map[string][]omission{}
	r := 0
	for line := range strings.Lines(englishWords) {
		if r++; r > everydayRank {
			break
		}
		w := strings.TrimSuffix(line, "\n")
		if ranks.rank(w) != r {
			continue // a word listed twice: its first line counts
		}
		for at := 0; at < len(w); at++ {
			if c := w[at]; 'a' <= c && c <= 'z' {
				k := w[:at] + w[at+1:]
				m[k] = append(m[k], omission{at: at, letter: c})
			}
		}
	}
	return m
})

// omission is an everyday word with a letter left out: the letter, and
// where the word has it.
type omission struct {
	at     int
	letter byte
}

// rankSuffixes are the suffixes bestRank takes off.
var rankSuffixes = []string{"ing", "ed", "es", "s", "est", "er", "ly", "ness"}

// bestRank is the English frequency rank of a word or, when better, of
// its stem without a common suffix ("preventing" as "prevent",
// "strongest" as "strong"); 0 when neither is English.
func bestRank(word string) int {
	best := englishRank(word)
	ranks := englishRanks()
	var buf [64]byte
	for _, suf := range rankSuffixes {
		stem, ok := strings.CutSuffix(word, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if r := ranks.rank(stem); r != 0 && (best == 0 || r < best) {
			best = r
		}
		var r int
		if len(stem) < len(buf) {
			r = ranks.rankBytes(append(append(buf[:0], stem...), 'e')) // no allocation
		} else {
			r = ranks.rank(stem + "e")
		}
		if r != 0 && (best == 0 || r < best) {
			best = r
		}
	}
	return best
}

// candidateTerms appends to dst the term queries that find a question's
// candidates, one per field and search term (searchTerms): find runs their
// disjunction. A term its field's dictionary lacks is an absentTerm: it
// weighs in the query as bleve's term query would, without a term searcher
// looking it up in the index.
func (x *Index) candidateTerms(q analysedQuery, dst []query.Query) []query.Query {
	return x.candidateTermsWith(q, dst, false)
}

// candidateTermsWith is candidateTerms, with the topic term always among
// the terms when withTopic.
func (x *Index) candidateTermsWith(q analysedQuery, dst []query.Query, withTopic bool) []query.Query {
	var idxBuf [32]int
	terms := q.searchTerms(maxSearchTerms, idxBuf[:0])
	own := q.ownTerms() > 0 && !withTopic
	for _, k := range terms {
		t, id := q.terms[k], q.termIDs[k]
		if own && q.topic[k] {
			continue
		}
		for i, f := range boosts {
			switch {
			case x.fieldTerms == nil:
				// bleve's own term query for every term, as the tests that
				// compare find with bleve's search want.
				tq := bleve.NewTermQuery(t)
				tq.SetField(f.field)
				tq.SetBoost(f.boost)
				dst = append(dst, tq)
			case x.termQueryByID != nil && id >= 0:
				// By number: the term query, or nil when the field lacks the term.
				if tq := x.termQueryByID[i][id]; tq != nil {
					dst = append(dst, tq)
				} else {
					dst = append(dst, x.absent[i])
				}
			case !x.fieldTerms[f.field][t]:
				dst = append(dst, x.absent[i])
			default:
				dst = append(dst, x.termQueries[i][t])
			}
		}
	}
	return dst
}

// absentTerm is a term query for a term its field's dictionary lacks. Its
// searcher matches nothing, as a term searcher for the term would, and
// weighs what that searcher weighs — bleve's tf-idf query weight,
// (boost × idf)², the idf of a term in no document — so that the
// disjunction's query norm, and with it every score, is the same
// (TestFind_ScoresAsBleveSearchDoes). The index never changes once built,
// so one absentTerm a field, and its searcher, which has no state, serve
// every search (mapDocuments).
type absentTerm struct{ searcher *absentSearcher }

// newAbsentTerm is the absentTerm of a field with the boost given, in the
// index r reads.
func newAbsentTerm(r bleveindex.IndexReader, boost float64) (*absentTerm, error) {
	docTotal, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	var docTerm uint64
	idf := 1.0 + math.Log(float64(docTotal)/float64(docTerm+1.0))
	w := boost * idf
	return &absentTerm{&absentSearcher{weight: w * w}}, nil
}

func (q *absentTerm) Searcher(context.Context, bleveindex.IndexReader, mapping.IndexMapping, search.SearcherOptions) (search.Searcher, error) {
	return q.searcher, nil
}

// absentSearcher is absentTerm's searcher.
type absentSearcher struct{ weight float64 }

func (s absentSearcher) Next(*search.SearchContext) (*search.DocumentMatch, error) { return nil, nil }
func (s absentSearcher) Advance(*search.SearchContext, bleveindex.IndexInternalID) (*search.DocumentMatch, error) {
	return nil, nil
}
func (s absentSearcher) Close() error               { return nil }
func (s absentSearcher) Weight() float64            { return s.weight }
func (s absentSearcher) SetQueryNorm(float64)       {}
func (s absentSearcher) Count() uint64              { return 0 }
func (s absentSearcher) Min() int                   { return 0 }
func (s absentSearcher) Size() int                  { return 8 }
func (s absentSearcher) DocumentMatchPoolSize() int { return 0 }

// presentTerm is bleve's term query for a term its field's dictionary
// has, built once (mapDocuments). Its searcher is bleve's term searcher,
// made from the term's bytes (NewTermSearcherBytes) as a TermQuery's is,
// without what TermQuery adds for every search: the term converted to
// bytes, and the context wrapped to mark a term query for bleve's cost
// accounting, which exobot does not use — two allocations a term.
//
// The searcher reads the term's postings, decoded once (termPostings),
// when they could be: bleve's reader would look the term up in the
// field's dictionary and decode them again for every search.
type presentTerm struct {
	term     []byte // read only: every search shares it
	field    string
	boost    float64
	postings *termPostings // nil: read by bleve's reader
	idle     atomic.Pointer[keptSearcher]
}

func (q *presentTerm) Searcher(ctx context.Context, r bleveindex.IndexReader, _ mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	if q.postings != nil {
		r = q.postings
	}
	return searcher.NewTermSearcherBytes(ctx, r, q.term, q.field, q.boost, o)
}

// kept returns the term's searcher for find's disjunction: the one an
// earlier search closed, when there is one, or a new one, which is kept
// in its turn once closed (a term whose postings are read by scorch's
// reader gets a new searcher every time: scorch recycles a closed
// reader). A term searcher over decoded postings is the same for every
// search but for two things, both set again: where its reader is (back
// at the first posting once closed) and the query norm, which the
// disjunction sets before it runs. So that it can serve any search, it
// is made without the context's bleve settings: exobot sets none, and
// scores by bleve's default, tf-idf.
func (q *presentTerm) kept(ctx context.Context, r bleveindex.IndexReader) (search.Searcher, error) {
	var none search.SearcherOptions
	if q.postings == nil {
		return q.Searcher(ctx, r, nil, none)
	}
	if s := q.idle.Swap(nil); s != nil {
		return s, nil
	}
	s, err := q.Searcher(context.Background(), r, nil, none)
	if err != nil {
		return nil, err
	}
	return &keptSearcher{Searcher: s, term: q}, nil
}

// keptSearcher is bleve's term searcher for a presentTerm, kept from one
// search to the next (presentTerm.kept).
type keptSearcher struct {
	search.Searcher
	term *presentTerm
}

// Close closes the searcher, which puts its reader back at the first
// posting, and keeps it as its term's idle searcher unless another
// search has already left one there.
func (s *keptSearcher) Close() error {
	err := s.Searcher.Close()
	if err == nil {
		s.term.idle.CompareAndSwap(nil, s)
	}
	return err
}

// hit is one document bleve's searcher matched.
type hit struct {
	entry int32 // the entry's number
	score float64
}

// find runs bleve's searcher for the disjunction of the term queries qs
// over the index and returns the n best matches by bleve's score, ties in
// corpus order, in dst (which it overwrites: a caller may pass a buffer on
// its stack).
//
// It is bleve's own search (the searcher tree bleve's DisjunctionQuery of
// qs builds, and its scoring) with a collector of its own: bleve's top-n collector breaks ties in
// score by the order of documents in its segment, which follows the order
// in which a batch's documents were analysed — different in every process
// — so that the same question could find different candidates, and get a
// different answer, after a restart or on another replica. The corpus is
// small enough that every match is kept and ranked here, and the
// collector's per-search allocations (a heap, a document pool, the
// documents' external ids) are saved.
func (x *Index) find(ctx context.Context, qs []query.Query, n int, dst []hit) ([]hit, error) {
	r := x.reader
	s, err := disjunction(ctx, r, x.bleve.Mapping(), qs)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return dst[:0], ctx.Err() // no term: nothing matches
	}
	defer s.Close()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pool, _ := matchPools.Get().(*search.DocumentMatchPool)
	if pool == nil {
		pool = search.NewDocumentMatchPool(s.DocumentMatchPoolSize()+1, 0)
	}
	defer matchPools.Put(pool)
	sc := &search.SearchContext{DocumentMatchPool: pool, IndexReader: r}
	out := dst[:0]
	for {
		d, err := s.Next(sc)
		if err != nil {
			return nil, err
		}
		if d == nil {
			break
		}
		e, ok := int32(-1), false
		if id := d.IndexInternalID; len(id) == 8 && id.Value() < uint64(len(x.docByNum)) {
			e = x.docByNum[id.Value()]
			ok = e >= 0
		} else {
			e, ok = x.docEntry[string(id)]
		}
		if ok && n > 0 {
			// Kept in order, the best n only.
			h := hit{entry: e, score: d.Score}
			if len(out) < n {
				out = append(out, h)
			} else if before(h, out[n-1]) {
				out[n-1] = h
			}
			for j := len(out) - 1; j > 0 && before(out[j], out[j-1]); j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
		sc.DocumentMatchPool.Put(d)
	}
	return out, nil
}

// disjunction returns bleve's searcher for the disjunction of qs, as a
// DisjunctionQuery of them builds it: a searcher for each (a term's kept
// searcher, presentTerm.kept), then bleve's disjunction searcher over
// them. The query itself, and the context it wraps for a score breakdown
// (which find never asks for), are not made for every search. nil when
// qs is empty: nothing matches.
func disjunction(ctx context.Context, r bleveindex.IndexReader, m mapping.IndexMapping, qs []query.Query) (search.Searcher, error) {
	var opts search.SearcherOptions
	ss := make([]search.Searcher, 0, len(qs))
	for _, q := range qs {
		var s search.Searcher
		var err error
		if t, ok := q.(*presentTerm); ok {
			s, err = t.kept(ctx, r)
		} else {
			s, err = q.Searcher(ctx, r, m, opts)
		}
		if err != nil {
			for _, s := range ss {
				_ = s.Close()
			}
			return nil, err
		}
		if s != nil {
			ss = append(ss, s)
		}
	}
	if len(ss) == 0 {
		return nil, nil
	}
	return searcher.NewDisjunctionSearcher(ctx, r, ss, 0, opts)
}

// before reports whether a ranks above b: by score, ties in corpus order.
func before(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.entry < b.entry
}

// matchPools keeps bleve's pools of document matches from one search to
// the next: the searchers take their matches from it and find returns
// each to it.
var matchPools sync.Pool

// mapDocuments learns bleve's internal id of every entry's document, and
// the terms of the searched fields and their postings; it opens the
// reader every search reads the index with.
func (x *Index) mapDocuments() (err error) {
	adv, err := x.bleve.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			r.Close()
		}
	}()
	x.reader = r
	x.fieldTerms = map[string]map[string]bool{}
	for _, f := range boosts {
		d, err := r.FieldDict(f.field)
		if err != nil {
			return err
		}
		terms := map[string]bool{}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return err
			}
			if e == nil {
				break
			}
			terms[e.Term] = true
		}
		if err := d.Close(); err != nil {
			return err
		}
		x.fieldTerms[f.field] = terms
		queries := make(map[string]query.Query, len(terms))
		for t := range terms {
			p, ok, err := readPostings(r, t, f.field)
			if err != nil {
				return err
			}
			if !ok {
				p = nil
			}
			queries[t] = &presentTerm{term: []byte(t), field: f.field, boost: f.boost, postings: p}
		}
		x.termQueries = append(x.termQueries, queries)
	}
	byID := make([][]query.Query, len(boosts))
	for i, queries := range x.termQueries {
		byID[i] = make([]query.Query, len(x.termID))
		for t, tq := range queries {
			id, ok := x.termID[t]
			if !ok {
				byID = nil // a term of the field no entry's wording has: by name only
				break
			}
			byID[i][id] = tq
		}
		if byID == nil {
			break
		}
	}
	x.termQueryByID = byID
	for _, f := range boosts {
		a, err := newAbsentTerm(r, f.boost)
		if err != nil {
			return err
		}
		x.absent = append(x.absent, a)
	}
	x.docEntry = make(map[string]int32, len(x.ids))
	for e, id := range x.ids {
		in, err := r.InternalID(id)
		if err != nil {
			return fmt.Errorf("entry %s: %w", id, err)
		}
		if len(in) == 0 {
			return fmt.Errorf("entry %s: not indexed", id)
		}
		x.docEntry[string(in)] = int32(e)
	}
	// Scorch numbers its documents from 0: look them up by number.
	var most uint64
	for in := range x.docEntry {
		if len(in) != 8 {
			return nil
		}
		most = max(most, bleveindex.IndexInternalID(in).Value())
	}
	if most >= 1<<16 {
		return nil
	}
	x.docByNum = make([]int32, most+1)
	for i := range x.docByNum {
		x.docByNum[i] = -1
	}
	for in, e := range x.docEntry {
		x.docByNum[bleveindex.IndexInternalID(in).Value()] = e
	}
	return nil
}

// candidates is how many bleve hits are re-ranked on evidence.
const candidates = 15

// shortMessage is the number of words under which a whole message is read
// for the cues of topics the article does not cover.
const shortMessage = 25

// contextWeight is how much a word of the context weighs against the same
// word in the focus.
const contextWeight = 0.35

// analysedQuery is a question's content terms with their weights, and its
// plain words.
type analysedQuery struct {
	terms      []string
	surfaces   []string // the word each term came from
	weights    []float64
	focus      []bool // the term is in the focus
	topic      []bool // the term is a topic term
	focusTerms int
	total      float64
	wordList   []string // the distinct plain words, in order
	termIDs    []int32  // each term's termID, -1 when the entries lack it
	wordIDs    []int32  // the wordIDs of the words the entries' phrasings use
}

// maxSearchTerms is how many of a question's terms, the weightiest, are
// given to bleve to find candidates: a long story's other words still
// count in the evidence, but need not each walk the index.
const maxSearchTerms = 10

// searchTerms appends to dst the places in q.terms of up to n of the
// query's terms, the weightiest first (focus terms outweigh context terms
// by their weights already) among the terms the entries have, then the
// others, or all of them in order when there are no more than n.
func (q analysedQuery) searchTerms(n int, dst []int) []int {
	for i := range q.terms {
		dst = append(dst, i)
	}
	if len(q.terms) <= n {
		return dst
	}
	slices.SortStableFunc(dst, func(a, b int) int {
		switch ka, kb := q.termIDs[a] >= 0, q.termIDs[b] >= 0; {
		case ka != kb:
			// A term no entry has finds nothing: the known terms
			// first, however rare the unknown ("wedding", "makeup").
			if ka {
				return -1
			}
			return 1
		case q.weights[a] > q.weights[b]:
			return -1
		case q.weights[b] > q.weights[a]:
			return 1
		}
		return 0
	})
	return dst[:n]
}

// topicInFocus reports whether the focus names the topic.
func (q analysedQuery) topicInFocus() bool {
	for i := range q.terms {
		if q.focus[i] && q.topic[i] {
			return true
		}
	}
	return false
}

// verdictTerms are the terms of a question that asks for a verdict on
// something ("worth it?", "do I say yes", "do I trust her"): the concepts
// the lexicon gathers people's ways of asking it into.
var verdictTerms = map[string]bool{"worth": true, "trust": true}

// moneyTerms may come with a verdict without changing what it asks
// ("worth the splurge?", "worth the money?").
var moneyTerms = map[string]bool{"spend": true, "cost": true}

// asksVerdict reports whether the focus's own terms are all a request for
// a verdict: the focus asks what to decide, and the story around it only
// names what the decision is about ("my esthetician is upselling me an
// exosome kit for $400. should I just say yes?"). Such a focus is not
// thin: the decision is the question, the kit or the price its object.
func (q analysedQuery) asksVerdict() bool {
	n := 0
	for i, t := range q.terms {
		if !q.focus[i] || q.topic[i] {
			continue
		}
		if verdictTerms[t] {
			n++
		} else if !moneyTerms[t] {
			return false
		}
	}
	return n > 0
}

// decides reports whether the focus asks for a verdict (verdictTerms)
// among its own terms: whether to buy or try what it names.
func (q analysedQuery) decides() bool {
	for i, t := range q.terms {
		if q.focus[i] && t == "worth" {
			return true
		}
	}
	return false
}

// buyModals and buyVerbs make a question whether to buy: "should she buy
// the exosome kit", "shld i get one", "should she spend $500 on the
// exosome kit" (whether to spend the money, not what it costs).
var (
	buyModals = map[string]bool{"should": true, "shld": true, "shud": true, "shall": true}
	buyVerbs  = map[string]bool{"buy": true, "purchase": true, "order": true, "get": true, "spend": true, "splurge": true, "grab": true, "cop": true, "book": true}
	// askedYou after "would" asks what the bot would do in the asker's
	// place: "would you book an exosome facial for my mum's 60th".
	askedYou = map[string]bool{"you": true, "u": true, "ya": true}
)

// judgements are the words a decision is judged in ("wise or daft?",
// "smart or stupid?"): in a focus that asks whether to buy or try, they are
// the decision's own words, not something the article leaves out.
var judgements = map[string]bool{"daft": true, "dumb": true, "stupid": true, "silly": true, "foolish": true, "wise": true,
	"sensible": true, "smart": true, "crazy": true, "mad": true, "nuts": true, "bonkers": true, "reckless": true,
	"ridiculous": true, "clever": true, "insane": true, "idiotic": true, "pointless": true}

// judgedAct reports whether the words after a judgement ("daft", "mad")
// say it judges wanting, buying or trying: "for wanting", "to book".
func judgedAct(after []string) bool {
	return len(after) == 2 && (after[0] == "for" || after[0] == "to") && judgedActs[after[1]]
}

var judgedActs = map[string]bool{"want": true, "wanting": true, "buy": true, "buying": true, "get": true, "getting": true,
	"spend": true, "spending": true, "splurge": true, "splurging": true, "book": true, "booking": true, "try": true, "trying": true}

// asksToBuy reports whether words ask whether someone should buy
// something: a modal of advice ("should", or "would you" asking what one
// would do in the asker's place) with a verb of buying at most two words
// after it, or a verb of buying with "or not" after its object.
func asksToBuy(ws []string) bool {
	for i, w := range ws {
		if judgements[w] && judgedAct(ws[i+1:min(len(ws), i+3)]) {
			// "hubby says I'm daft for wanting exosome cream", "am I
			// mad to book it": a judgement of the wish to buy.
			return true
		}
		if buyVerbs[w] && orNot(ws[i+1:min(len(ws), i+buyOrNotSpan)]) {
			// "do i buy the exosome kit or not"
			return true
		}
		if !buyModals[w] && !(w == "would" && i+1 < len(ws) && askedYou[ws[i+1]]) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if buyVerbs[ws[j]] {
				return true
			}
		}
	}
	return false
}

// buyOrNotSpan is how many words after a verb of buying "or not" may
// come, the verb's object between them ("buy the exosome kit or not").
const buyOrNotSpan = 7

// orNot reports whether ws hold "or not" (or "or nah", "or no").
func orNot(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "or" && (ws[i+1] == "not" || ws[i+1] == "nah" || ws[i+1] == "no" || ws[i+1] == "nope") {
			return true
		}
	}
	return false
}

// judgementTerms are the article's words for judging its subject: a
// question made of nothing else ("so final verdict: hype or legit?",
// "scam or not?", "what's the catch?") names no other subject, so it asks about the one the
// person is asking the bot about.
var judgementTerms = map[string]bool{"worth": true, "trust": true, "hype": true, "legitim": true, "snake": true,
	"oil": true, "bottom": true, "line": true, "magic": true, "caution": true}

// onlyJudges reports whether every term of the question is a judgement
// (judgementTerms), and it has some.
func (q analysedQuery) onlyJudges() bool {
	for _, t := range q.terms {
		if !judgementTerms[t] {
			return false
		}
	}
	return len(q.terms) > 0
}

// focusOnlyJudges is onlyJudges for the focus's terms: "ok what's the
// catch. there's always a catch" judges, whatever the story around it
// repeats.
func (q analysedQuery) focusOnlyJudges() bool {
	n := 0
	for i, t := range q.terms {
		if !q.focus[i] {
			continue
		}
		if !judgementTerms[t] {
			return false
		}
		n++
	}
	return n > 0
}

// articleJudgements are the terms of the article's own words for judging
// its subject, which people quote back at it: "snake oil", "marketing
// fluff", "rewind the clock", "in-vitro", "hype".
var articleJudgements = map[string]bool{"snake": true, "fluff": true, "rewind": true, "vitro": true, "hype": true}

// otherSubjects are the terms of the article's other treatments and
// ingredients: a judgement of one of them ("is microneedling a scam", "is
// retinol overhyped") is about it, not about exosomes.
var otherSubjects = map[string]bool{"microneedl": true, "laser": true, "retinoid": true, "antioxid": true,
	"sunscreen": true, "stem": true, "collagen": true, "elastin": true}

// guessOpeners may come before a sarcastic guess ("ok let me guess", "lol
// let me guess").
var guessOpeners = map[string]bool{"ok": true, "okay": true, "so": true, "oh": true, "lol": true, "and": true, "right": true, "yeah": true}

// guesses reports whether raw opens with a sarcastic guess: "let me guess,
// no real trials in actual humans?", "let me guess, 'clinically proven'
// means one mouse study". A guess is what the person suspects of the
// subject they are asking the bot about, even when it never names it.
// The guess may be slipped ("let me gues", "let me guesss").
func guesses(raw string) bool {
	ws := questionWordsOf(raw)
	for len(ws) > 0 && guessOpeners[ws[0]] {
		ws = ws[1:]
	}
	return len(ws) > 3 && ws[0] == "let" && ws[1] == "me" && (ws[2] == "guess" || bot.OneSlip(ws[2], "guess"))
}

// namesNoOther reports whether a question names no other subject than
// the one the person is asking the bot about: none of the article's other
// treatments (otherSubjects) and no rarer word the corpus does not know,
// or knows only from topics the article does not cover (elsewhere: "booked
// botox for tomorrow. worth it?").
func (x *Index) namesNoOther(q *analysedQuery) bool {
	for i, t := range q.terms {
		if otherSubjects[t] || x.elsewhere(q, i) && x.salient(q.surfaces[i]) {
			return false
		}
	}
	return true
}

// claimedOfTopic are the otherSubjects that are also what the article says
// exosomes may do: "so it may boost collagen" tells of exosomes, while "is
// collagen overhyped" asks of collagen.
var claimedOfTopic = map[string]bool{"collagen": true, "elastin": true}

// namesNoOtherThanClaims is namesNoOther for a story that tells what "it"
// does: the article's claims for exosomes (claimedOfTopic) are no other
// subject there ("so it may boost collagen"), while another treatment is
// ("so it's basically a laser").
func (x *Index) namesNoOtherThanClaims(q *analysedQuery) bool {
	for i, t := range q.terms {
		if otherSubjects[t] && !claimedOfTopic[t] || q.termIDs[i] < 0 && x.salient(q.surfaces[i]) {
			return false
		}
	}
	return true
}

// judgesByArticle reports whether the question quotes one of the
// article's judgements of its subject (articleJudgements) and names no
// other subject: none of the article's other treatments (otherSubjects)
// and no rarer word the corpus does not know. "so it's basically snake oil
// in a lab coat", "let me guess, 'studies show' = cells in a petri dish"
// judge the subject the person is asking the bot about.
func (x *Index) judgesByArticle(q *analysedQuery) bool {
	n := 0
	for i, t := range q.terms {
		switch {
		case articleJudgements[t]:
			n++
		case otherSubjects[t]:
			return false
		case q.termIDs[i] < 0 && x.salient(q.surfaces[i]):
			return false
		}
	}
	return n > 0
}

// judgesStory reports whether a sentence (normalized) only judges, in the
// article's words of judgement and naming no other subject: "smells like a
// cash grab", which a question after it ("is it?") asks to settle.
func (x *Index) judgesStory(sentence normText, m *searchMemo) bool {
	q := x.newQuery(sentence, normText{}, m)
	return x.judgesByArticle(&q)
}

// choiceTerms are the article's words for weighing one thing against
// another: a lead that uses one ("thinking of ditching my retinol for an
// exosome serum, good move?") is the question itself, which the verdict
// after it only asks to settle.
var choiceTerms = map[string]bool{"replac": true, "vs": true, "better": true}

// weighsChoice reports whether text uses a choiceTerms word.
func (x *Index) weighsChoice(text string) bool {
	n := x.normalized(text)
	for _, t := range x.analyseTerms(n.text) {
		if choiceTerms[t.term] {
			return true
		}
	}
	return false
}

// verdictOnly reports whether text asks only for a verdict (asksVerdict).
// Its query is carved from a pooled scratch, as a search's is, not
// allocated slice by slice; nothing of it outlives the call.
func (x *Index) verdictOnly(text string) bool {
	memo := searchMemo{sc: searchScratches.Get().(*searchScratch)}
	defer memo.sc.release()
	n := x.describeTopic(x.normalizedIn(text, memo.sc))
	return x.newQuery(n, normText{}, &memo).asksVerdict()
}

// ownTerms counts the focus's terms other than the topic's.
func (q analysedQuery) ownTerms() int {
	n := 0
	for i := range q.terms {
		if q.focus[i] && !q.topic[i] {
			n++
		}
	}
	return n
}

// newQuery analyses a question's normalized focus and context: the terms
// of both, the context's weighing less.
func (x *Index) newQuery(focus, context normText, m *searchMemo) analysedQuery {
	f, c := m.get(x, focus), m.get(x, context)
	nt, nw := len(f.terms)+len(c.terms), len(f.words)+len(c.words)
	// The slices of one kind share an allocation, each capped at its
	// length so that none can grow into the next.
	strs := carve(m.sc.strs(), 2*nt+nw)
	flags := carve(m.sc.flags(), 2*nt)
	ids := carve(m.sc.ids(), nt+nw)
	q := analysedQuery{
		terms:    strs[:0:nt],
		surfaces: strs[nt : nt : 2*nt],
		weights:  carve(m.sc.floats(), nt)[:0],
		focus:    flags[:0:nt],
		topic:    flags[nt : nt : 2*nt],
		termIDs:  ids[:0:nt],
		wordList: strs[2*nt : 2*nt : 2*nt+nw],
		wordIDs:  ids[nt : nt : nt+nw],
	}
	// What is already in the query: the corpus's terms and words by their
	// numbers, others by name.
	var termBits, wordBits bitset
	var seenTerms, seenWords seenStrings
	add := func(a readText, inFocus bool) {
		for _, tk := range a.terms {
			t := tk.term
			if tk.id >= 0 {
				if termBits.has(tk.id) {
					continue
				}
				termBits.add(tk.id)
			} else {
				if seenTerms.has(t) {
					continue
				}
				seenTerms.add(t)
			}
			var w float64
			if tk.id >= 0 {
				w = x.known[tk.id]
			} else {
				w = x.termWeight(t, tk.surface)
			}
			if inFocus {
				q.focusTerms++
			} else {
				w *= contextWeight
			}
			q.terms = append(q.terms, t)
			q.surfaces = append(q.surfaces, tk.surface)
			q.weights = append(q.weights, w)
			q.focus = append(q.focus, inFocus)
			q.topic = append(q.topic, tk.id >= 0 && x.topicByID[tk.id])
			q.termIDs = append(q.termIDs, tk.id)
			q.total += w
		}
		for i, w := range a.words {
			id := a.wordIDs[i]
			if id >= 0 {
				if wordBits.has(id) {
					continue
				}
				wordBits.add(id)
				q.wordIDs = append(q.wordIDs, id)
			} else {
				if seenWords.has(w) {
					continue
				}
				seenWords.add(w)
			}
			q.wordList = append(q.wordList, w)
		}
	}
	add(f, true)
	add(c, false)
	return q
}

// seenStrings is a set of strings: the first 32 in a small hash table
// (open addressing) that needs no allocation, the rest in a map.
type seenStrings struct {
	keys [32]string
	slot [64]uint8 // 1 + the place in keys of a string, by its hash; 0 for none
	n    int
	m    map[string]bool
}

func (s *seenStrings) has(w string) bool {
	if s.m != nil {
		return s.m[w]
	}
	for j := maphash.String(seenSeed, w) & 63; s.slot[j] != 0; j = (j + 1) & 63 {
		if s.keys[s.slot[j]-1] == w {
			return true
		}
	}
	return false
}

func (s *seenStrings) add(w string) {
	if s.m == nil && s.n == len(s.keys) {
		s.m = make(map[string]bool, 2*s.n)
		for _, k := range s.keys {
			s.m[k] = true
		}
	}
	if s.m != nil {
		s.m[w] = true
		return
	}
	j := maphash.String(seenSeed, w) & 63
	for s.slot[j] != 0 {
		j = (j + 1) & 63
	}
	s.keys[s.n] = w
	s.n++
	s.slot[j] = uint8(s.n)
}

var seenSeed = maphash.MakeSeed()

// bitset is a set of small numbers.
type bitset struct {
	small [32]uint64 // numbers under 2048, without allocating
	more  []uint64
}

func (b *bitset) has(n int32) bool {
	i, bit := int(n)/64, uint64(1)<<(n%64)
	if i < len(b.small) {
		return b.small[i]&bit != 0
	}
	i -= len(b.small)
	return i < len(b.more) && b.more[i]&bit != 0
}

func (b *bitset) add(n int32) {
	i, bit := int(n)/64, uint64(1)<<(n%64)
	if i < len(b.small) {
		b.small[i] |= bit
		return
	}
	i -= len(b.small)
	for len(b.more) <= i {
		b.more = append(b.more, 0)
	}
	b.more[i] |= bit
}

// searchMemo keeps what one search has analysed, by text: a search that
// re-splits its focus and context reads the same texts again.
type searchMemo struct {
	sc *searchScratch // where its slices are carved from; nil: allocated
	// The few texts a search reads (focus, context, the two together,
	// none) fit in the arrays; more go to the slices.
	n         int
	texts     [4]string
	read      [4]readText
	moreTexts []string
	moreRead  []readText
}

// readText is one text's analysed terms and plain words, each word with
// its wordID (-1 when the phrasings lack it).
type readText struct {
	terms   []wordTerm
	words   []string
	wordIDs []int32
}

func (m *searchMemo) get(x *Index, n normText) readText {
	text := n.text
	for i, t := range m.texts[:m.n] {
		if t == text {
			return m.read[i]
		}
	}
	for i, t := range m.moreTexts {
		if t == text {
			return m.moreRead[i]
		}
	}
	r := readText{words: n.words, wordIDs: carve(m.sc.ids(), len(n.words))}
	if plainWords(text) {
		r.terms = x.analyseWordsInto(carve(m.sc.terms(), len(n.words)/2+2)[:0], n.words, n.facts, r.wordIDs)
	} else {
		r.terms = x.analyseTerms(text)
		for i, w := range r.words {
			id, ok := x.wordID[w]
			if !ok {
				id = -1
			}
			r.wordIDs[i] = id
		}
	}
	if m.n < len(m.texts) {
		m.texts[m.n], m.read[m.n] = text, r
		m.n++
	} else {
		m.moreTexts = append(m.moreTexts, text)
		m.moreRead = append(m.moreRead, r)
	}
	return r
}

// searchScratch is the memory a search carves its queries' and analysed
// texts' slices from (carve), kept from one search to the next
// (searchScratches): a search hands out each part of it once, and release
// takes it all back when the search is over, when nothing of its result
// points into it (a result's strings are the question's, or the index's).
type searchScratch struct {
	s   []string
	b   []bool
	i   []int32
	f   []float64
	wt  []wordTerm
	fs  []*wordFacts
	off [6]int // what of each is handed out
}

var searchScratches = sync.Pool{New: func() any { return new(searchScratch) }}

// The scratch's buffers, each with what of it is handed out; a nil scratch
// has none, and carve allocates.
func (sc *searchScratch) strs() *carving[string] {
	if sc == nil {
		return nil
	}
	return &carving[string]{&sc.s, &sc.off[0]}
}

func (sc *searchScratch) flags() *carving[bool] {
	if sc == nil {
		return nil
	}
	return &carving[bool]{&sc.b, &sc.off[1]}
}

func (sc *searchScratch) ids() *carving[int32] {
	if sc == nil {
		return nil
	}
	return &carving[int32]{&sc.i, &sc.off[2]}
}

func (sc *searchScratch) floats() *carving[float64] {
	if sc == nil {
		return nil
	}
	return &carving[float64]{&sc.f, &sc.off[3]}
}

func (sc *searchScratch) terms() *carving[wordTerm] {
	if sc == nil {
		return nil
	}
	return &carving[wordTerm]{&sc.wt, &sc.off[4]}
}

func (sc *searchScratch) facts() *carving[*wordFacts] {
	if sc == nil {
		return nil
	}
	return &carving[*wordFacts]{&sc.fs, &sc.off[5]}
}

// carving is a buffer of a scratch and the length of it handed out.
type carving[T any] struct {
	buf *[]T
	off *int
}

// carve returns n elements (of any value: the callers overwrite them
// before they read them) that no other carve of the same search returns,
// capped at n, from c's buffer when it has room; from a new buffer
// otherwise, which c then keeps (the parts handed out of the old one stay
// where they are).
func carve[T any](c *carving[T], n int) []T {
	if c == nil {
		return make([]T, n)
	}
	buf, off := *c.buf, *c.off
	if len(buf)-off < n {
		buf, off = make([]T, max(2*len(buf), n, 64)), 0
		*c.buf = buf
	}
	*c.off = off + n
	return buf[off : off+n : off+n]
}

// release clears what the search put in the scratch that points elsewhere
// (the question's strings) and returns the scratch to the pool.
func (sc *searchScratch) release() {
	clear(sc.s[:sc.off[0]])
	clear(sc.wt[:sc.off[4]])
	clear(sc.fs[:sc.off[5]])
	sc.off = [6]int{}
	searchScratches.Put(sc)
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

// evidence measures each entry found against a question, at the entry's
// best matching phrasing, and appends what it measures to dst in the
// order found.
//
// It reads the rows of the question's terms and words, once each, into
// tallies for the phrasings of the entries found: the question's terms
// in order, so that each entry's sums add the same numbers in the same
// order as a term-by-term reading of that entry alone would
// (TestEvidence_AgreesWithEveryPhrasing).
func (x *Index) evidence(q *analysedQuery, found []hit, dst []evidence) []evidence {
	sc := evidenceScratches.Get().(*evidenceScratch)
	nc := len(found)
	// slot[e] is the place of entry e among those found, or -1; tallies
	// start[k]… are the tallies of the phrasings of the k-th. A scratch's
	// slots are all -1 but while a search uses it: only the slots of the
	// entries found are set, and set back before it is put back.
	if n := len(x.entryList); len(sc.slot) < n {
		old := len(sc.slot)
		sc.slot = slices.Grow(sc.slot, n-old)[:n]
		for i := old; i < n; i++ {
			sc.slot[i] = -1
		}
	}
	defer func() {
		for _, h := range found {
			sc.slot[h.entry] = -1
		}
		evidenceScratches.Put(sc)
	}()
	sc.start, sc.sorted = sc.start[:0], sc.sorted[:0]
	total := 0
	for k, h := range found {
		sc.slot[h.entry] = int32(k)
		sc.start = append(sc.start, int32(total))
		total += len(x.entryList[h.entry].phrasings)
		sc.sorted = append(sc.sorted, h.entry)
	}
	slices.Sort(sc.sorted)
	sc.sorted = slices.Compact(sc.sorted) // an entry's cell counts once
	// A row much longer than the entries found (a term nearly every entry
	// has) is searched for them rather than read through: its cells are in
	// corpus order, as sorted is. Either way each entry found meets its
	// cell of the row, the rows in the same order.
	seek := seekRow * len(found)
	sc.tally = slices.Grow(sc.tally[:0], total)[:total]
	clear(sc.tally)
	sc.base = slices.Grow(sc.base[:0], nc)[:nc]
	clear(sc.base)
	sc.touched = slices.Grow(sc.touched[:0], nc)[:nc]
	clear(sc.touched)
	// A question term counts fully for the phrasings that contain it and in
	// part (other) for the rest. An entry without the term adds nothing (w
	// × 0 to base).
	for i, id := range q.termIDs {
		if id < 0 {
			continue // in no entry
		}
		w := q.weights[i]
		foundCells(x.termCells[x.termStart[id]:x.termStart[id+1]], sc.sorted, seek, func(cs []termCell) { sc.addTerms(cs, w) })
	}
	for _, id := range q.wordIDs {
		foundCells(x.wordCells[x.wordStart[id]:x.wordStart[id+1]], sc.sorted, seek, sc.addWords)
	}
	own := q.ownTerms() > 0
	for k, h := range found {
		et := x.entryList[h.entry]
		n := len(et.phrasings)
		t := sc.tally[sc.start[k] : int(sc.start[k])+n]
		base := sc.base[k]
		best := evidence{coverage: -1}
		bestKey := -1.0
		// The phrasings the question does not touch all have the same
		// evidence (base's coverage, nothing else): only the first of them
		// can be the best, so the rest are skipped.
		untouched := ^sc.touched[k]
		if n < maxPhrasings {
			untouched &= 1<<n - 1
		}
		if untouched != 0 {
			untouched &= untouched - 1 // all but the first
		}
		for j := range t {
			if untouched&(1<<j) != 0 {
				continue
			}
			p := &et.phrasings[j]
			tj := &t[j]
			ev := evidence{coverage: min(1, (base+tj.got)/q.total), matched: tj.matched}
			if p.weight > 0 && !(p.onlyTopic && own) {
				// A phrasing that names only the topic (its other words
				// are framing: "my aesthetician upsold me exosomes") is
				// wholly contained in every question about exosomes; it
				// is no evidence for one that asks something of its own.
				ev.precision = min(1, tj.shared/p.weight)
			}
			if union := len(q.wordList) + int(p.words) - tj.inter; union > 0 {
				ev.overlap = float64(tj.inter) / float64(union)
			}
			if key := ev.coverage + 0.25*ev.precision + 0.2*ev.overlap; key > bestKey {
				best, bestKey = ev, key
			}
		}
		dst = append(dst, best)
	}
	return dst
}

// evidenceScratch is the working memory of evidence, kept from one search
// to the next (evidenceScratches).
type evidenceScratch struct {
	slot, start []int32
	sorted      []int32 // the entries found, in corpus order
	tally       []phrasingTally
	base        []float64
	touched     []uint64
}

var evidenceScratches = sync.Pool{New: func() any { return new(evidenceScratch) }}

// seekRow is how many cells a row of the evidence tables has, for each
// entry found, before evidence searches it for those entries instead of
// reading it through.
const seekRow = 16

// entryCell is a cell of an evidence row: termCell or wordCell.
type entryCell interface {
	termCell | wordCell
	entryOf() int32
}

// foundCells hands add the cells of row (in corpus order) that belong to
// the entries found (sorted, in corpus order): the whole row when it is no
// longer than seek cells, for add to skip the others; else each found
// entry's cell, searched for.
func foundCells[C entryCell](row []C, sorted []int32, seek int, add func([]C)) {
	if len(row) <= seek {
		add(row)
		return
	}
	for _, e := range sorted {
		j, ok := slices.BinarySearchFunc(row, e, func(c C, e int32) int { return cmp.Compare(c.entryOf(), e) })
		row = row[j:]
		if ok {
			add(row[:1])
		}
	}
}

func (c termCell) entryOf() int32 { return c.entry }
func (c wordCell) entryOf() int32 { return c.entry }

// addTerms counts a question term of weight w, by the cells of its row,
// in the tallies of the entries found.
func (sc *evidenceScratch) addTerms(row []termCell, w float64) {
	for _, c := range row {
		k := sc.slot[c.entry]
		if k < 0 {
			continue
		}
		o := w * c.other
		sc.base[k] += o
		sc.touched[k] |= c.mask
		t := sc.tally[sc.start[k]:]
		for m := c.mask; m != 0; m &= m - 1 {
			p := &t[bits.TrailingZeros64(m)]
			p.got += w - o
			p.shared += w
			p.matched++
		}
	}
}

// addWords counts a plain word of the question, by the cells of its row,
// in the tallies of the entries found.
func (sc *evidenceScratch) addWords(row []wordCell) {
	for _, c := range row {
		k := sc.slot[c.entry]
		if k < 0 {
			continue
		}
		sc.touched[k] |= c.mask
		t := sc.tally[sc.start[k]:]
		for m := c.mask; m != 0; m &= m - 1 {
			t[bits.TrailingZeros64(m)].inter++
		}
	}
}

// phrasingTally is what evidence counts for one phrasing of an entry.
type phrasingTally struct {
	got, shared    float64
	matched, inter int
}
