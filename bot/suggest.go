package bot

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Suggester offers the questions the bot can answer that match what a
// person has typed so far, for autocomplete. *Engine and *Swap implement
// it. Implementations must be safe for concurrent use.
type Suggester interface {
	// Suggest returns up to limit suggestions for text, best first: with
	// nothing typed, a spread of example questions across the article;
	// otherwise the answerable questions whose wording matches the words
	// typed (the last one possibly unfinished), or that the search finds
	// despite typos and other words for the same thing. It returns none
	// for a message that describes a possible emergency: that must be
	// asked, not completed into something else.
	Suggest(ctx context.Context, text string, limit int) []Suggestion
}

// suggestIndex is what Suggest matches typed words against: every
// answerable entry's phrasings as words, in corpus order, with each word's
// weight (rarer words tell more).
type suggestIndex struct {
	items    []suggestItem
	weight   map[string]float64 // word -> inverse document frequency over phrasings
	vocab    []string           // every phrasing word, sorted: prefix lookups
	id       map[string]int32   // word -> its index in vocab
	starters []Suggestion       // the no-text list: sections taken in turn
	about    About              // the source, for Engine.About
}

type suggestItem struct {
	s         Suggestion
	phrasings [][]int32 // words, as indexes into vocab
}

// Limits of Suggest.
const (
	// suggestMinScore is the share of the typed words' weight a phrasing
	// must account for to be offered.
	suggestMinScore = 0.5
	// A search hit is offered when its coverage reaches suggestSearchFloor
	// and suggestSearchRatio of the best hit's.
	suggestSearchFloor = 0.5
	suggestSearchRatio = 0.7
	// canonicalBonus ranks a match in an entry's own question above one in
	// its alternate phrasings.
	canonicalBonus = 0.02
	// suggestMaxRunes bounds the text Suggest reads.
	suggestMaxRunes = 300
)

func newSuggestIndex(entries []Entry) *suggestIndex {
	x := &suggestIndex{weight: map[string]float64{}, about: aboutOf(entries)}
	df := map[string]int{}
	phrasings := 0
	var texts [][]string // every phrasing's words, item after item
	var counts []int     // phrasings per item
	counted := 0
	bySection := map[string][]Suggestion{}
	var sections []string
	for i := range entries {
		en := &entries[i]
		if en.NotCovered != "" || en.ID == "" || strings.TrimSpace(en.Question) == "" || len(en.Citations) == 0 {
			continue
		}
		it := suggestItem{s: Suggestion{ID: en.ID, Question: en.Question}}
		for _, p := range append([]string{en.Question}, en.Alternates...) {
			ws := Words(p)
			if len(ws) == 0 {
				continue
			}
			texts = append(texts, ws)
			phrasings++
			seen := map[string]bool{}
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
		x.items = append(x.items, it)
		counts = append(counts, len(texts)-counted)
		counted = len(texts)
		sec := section(en)
		if _, ok := bySection[sec]; !ok {
			sections = append(sections, sec)
		}
		bySection[sec] = append(bySection[sec], it.s)
	}
	for w, n := range df {
		x.weight[w] = math.Log(1 + float64(phrasings)/float64(n))
		x.vocab = append(x.vocab, w)
	}
	slices.Sort(x.vocab)
	x.id = make(map[string]int32, len(x.vocab))
	for i, w := range x.vocab {
		x.id[w] = int32(i)
	}
	k := 0
	for i, n := range counts {
		for _, ws := range texts[k : k+n] {
			ids := make([]int32, len(ws))
			for j, w := range ws {
				ids[j] = x.id[w]
			}
			x.items[i].phrasings = append(x.items[i].phrasings, ids)
		}
		k += n
	}
	// The starters: the first question of every section, then the second
	// of every section, and so on, so that any few of them span the
	// article.
	for round := 0; ; round++ {
		added := false
		for _, sec := range sections {
			if qs := bySection[sec]; round < len(qs) {
				x.starters = append(x.starters, qs[round])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return x
}

// Suggest implements Suggester.
func (e *Engine) Suggest(ctx context.Context, text string, limit int) []Suggestion {
	return e.suggest.suggest(ctx, e.search, text, limit)
}

func (x *suggestIndex) suggest(ctx context.Context, s Searcher, text string, limit int) []Suggestion {
	if x == nil || limit <= 0 {
		return nil
	}
	text = truncateRunes(clean(text), suggestMaxRunes)
	words := Words(text)
	if len(words) == 0 {
		return slices.Clone(x.starters[:min(limit, len(x.starters))])
	}
	if Urgent(text) {
		return nil
	}
	// The last word is still being typed unless a space or punctuation
	// follows it.
	last, _ := utf8.DecodeLastRuneInString(text)
	partial := unicode.IsLetter(last) || unicode.IsDigit(last)

	words = x.correct(words, partial)

	type scored struct {
		at    int
		score float64
	}
	weights := make([]float64, len(words))
	marks := make([][]bool, len(words))
	for i, w := range words {
		weights[i] = x.weightOf(w)
		marks[i] = x.matches(w, len(w) >= 4 || (partial && i == len(words)-1))
	}
	best := make(map[int]float64, len(x.items))
	for i, it := range x.items {
		for k, p := range it.phrasings {
			sc := match(marks, weights, p)
			if k == 0 {
				sc += canonicalBonus // the entry's own question says it best
			}
			if sc > best[i] {
				best[i] = sc
			}
		}
	}
	// The search finds what the words miss — typos, other words for the
	// same thing — and what the article does not cover: a question about
	// a gap ("… while pregnant") gets no suggestions, so that it is asked
	// as typed and declined by name.
	if s != nil && (len(words) > 1 || utf8.RuneCountInString(words[0]) >= minSearchRunes) {
		res, err := s.Search(ctx, Query{Focus: strings.Join(words, " ")}, maxSuggestHits)
		if err == nil && res.Gap != "" {
			return nil
		}
		if err == nil {
			floor := suggestSearchFloor
			for _, h := range res.Hits {
				floor = max(floor, suggestSearchRatio*h.Coverage)
			}
			for rank, h := range res.Hits {
				i := x.itemIndex(h.ID)
				if i < 0 || h.Coverage < floor {
					continue
				}
				// Ranked below a lexical match of the same strength,
				// and in the search's order.
				if sc := 0.9*h.Coverage - 0.001*float64(rank); sc > best[i] {
					best[i] = sc
				}
			}
		}
	}
	var hits []scored
	for i, sc := range best {
		if sc >= suggestMinScore {
			hits = append(hits, scored{i, sc})
		}
	}
	slices.SortFunc(hits, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	out := make([]Suggestion, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, x.items[h.at].s)
	}
	return out
}

// maxSuggestHits is how many search hits Suggest reads; a single word
// shorter than minSearchRunes is matched by its letters alone.
const (
	maxSuggestHits = 10
	minSearchRunes = 4
)

func (x *suggestIndex) itemIndex(id string) int {
	return slices.IndexFunc(x.items, func(it suggestItem) bool { return it.s.ID == id })
}

// matches marks the vocabulary words a typed word matches: itself, and
// when prefix is set the longer words it starts ("approv" → "approved").
func (x *suggestIndex) matches(w string, prefix bool) []bool {
	m := make([]bool, len(x.vocab))
	if id, ok := x.id[w]; ok {
		m[id] = true
	}
	if prefix {
		i, _ := slices.BinarySearch(x.vocab, w)
		for ; i < len(x.vocab) && strings.HasPrefix(x.vocab[i], w); i++ {
			m[i] = true
		}
	}
	return m
}

// match scores a phrasing against the typed words: the weighted share of
// the typed words it contains (marks[i] says which vocabulary words the
// i-th matches), missing ones counting double, with a small bonus when the
// phrasing starts the way the text does.
func match(marks [][]bool, weights []float64, phrasing []int32) float64 {
	var got, total float64
	start := len(marks) <= len(phrasing)
	for i, m := range marks {
		total += weights[i]
		if start && !m[phrasing[i]] {
			start = false
		}
		for _, p := range phrasing {
			if m[p] {
				got += weights[i]
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	// A word the phrasing lacks counts twice against it: a suggestion
	// should say what was typed, not most of it.
	sc := got / (2*total - got)
	if start {
		sc += 0.05
	}
	return sc
}

// weightOf is a typed word's weight: the phrasings' weight of it, or of the
// words it starts; an unknown word weighs as much as the rarest.
func (x *suggestIndex) weightOf(w string) float64 {
	if wt, ok := x.weight[w]; ok {
		return wt
	}
	i, _ := slices.BinarySearch(x.vocab, w)
	if i < len(x.vocab) && strings.HasPrefix(x.vocab[i], w) {
		return x.weight[x.vocab[i]]
	}
	return math.Log(1 + float64(len(x.items)))
}

// Suggest implements Suggester with the current Answerer, when it is one.
// Like Answer, it holds the generation it reads until it returns, so a
// Replace never releases an index under it.
func (s *Swap) Suggest(ctx context.Context, text string, limit int) []Suggestion {
	for {
		g := s.cur.Load()
		g.mu.RLock()
		if g.retired {
			g.mu.RUnlock()
			continue
		}
		defer g.mu.RUnlock()
		if sg, ok := g.a.(Suggester); ok {
			return sg.Suggest(ctx, text, limit)
		}
		return nil
	}
}

// correct replaces each typed word that no phrasing uses, nor starts, with
// the closest word the phrasings use — one edit away from four letters,
// two from seven ("exosmes" → "exosomes") — the most common on a tie. A
// word the person is still typing is left alone: it is a prefix.
func (x *suggestIndex) correct(words []string, partial bool) []string {
	var out []string
	for i, w := range words {
		if partial && i == len(words)-1 {
			break
		}
		if _, ok := x.weight[w]; ok || utf8.RuneCountInString(w) < 4 {
			continue
		}
		j, _ := slices.BinarySearch(x.vocab, w)
		if j < len(x.vocab) && strings.HasPrefix(x.vocab[j], w) {
			continue
		}
		limit := 1
		if utf8.RuneCountInString(w) >= 7 {
			limit = 2
		}
		best, bestD := "", limit+1
		for _, v := range x.vocab {
			if d := EditDistance(w, v, limit); d < bestD || (d == bestD && best != "" && x.weight[v] < x.weight[best]) {
				best, bestD = v, d
			}
		}
		if best != "" {
			if out == nil {
				out = slices.Clone(words)
			}
			out[i] = best
		}
	}
	if out == nil {
		return words
	}
	return out
}

// EditDistance is the optimal string alignment distance between a and b,
// in runes (insertions, deletions, substitutions and swaps of two
// neighbours each cost one), or limit+1 once it must exceed limit. The
// suggester and the index's speller both measure typos with it.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	// The three rows, on the stack for a word (the speller's case).
	var rows [3 * 32]int
	buf := rows[:]
	if n := 3 * (len(rb) + 1); n > len(buf) {
		buf = make([]int, n)
	}
	n := len(rb) + 1
	prev2, prev, cur := buf[:n:n], buf[n:2*n:2*n], buf[2*n:3*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit+1)
}
