package index

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"exobot/bot"
	"exobot/corpus"

	"github.com/blevesearch/bleve/v2"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// evalQuestions are the questions of the evaluation sets.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../cmd/exobot/testdata/eval*.jsonl")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			var c struct{ Question string }
			if json.Unmarshal([]byte(line), &c) == nil && c.Question != "" {
				out = append(out, c.Question)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no evaluation questions")
	}
	return out
}

func buildInternal(t *testing.T) *Index {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := Build(c.Entries, Options{Lexicon: c.Lexicon.Phrases(), TopicTerms: c.Lexicon.TopicTerms(), TopicNear: c.Lexicon.TopicNear()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

// find is bleve's searcher with a collector of its own, given a query in
// which the terms the index lacks match nothing without looking: every
// match must score exactly as bleve's own search of the terms scores it,
// in the same order but for ties, which find breaks in corpus order.
func TestFind_ScoresAsBleveSearchDoes(t *testing.T) {
	x := buildInternal(t)
	all := len(x.ids)
	for _, question := range evalQuestions(t) {
		q := x.newQuery(x.describeTopic(x.normalized(question)), normText{}, &searchMemo{})
		if q.total == 0 {
			continue
		}
		got, err := x.find(context.Background(), x.candidateTerms(q, nil), all, nil)
		if err != nil {
			t.Fatal(err)
		}
		// The best few, kept as they come, are the first of all.
		top, err := x.find(context.Background(), x.candidateTerms(q, nil), candidates, make([]hit, 3))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(top, got[:min(candidates, len(got))]) {
			t.Fatalf("%q: find's best %d are %v, not the first of %v", question, candidates, top, got)
		}
		// bleve's own search, every term a term query.
		fields := x.fieldTerms
		x.fieldTerms = nil
		cq := bleve.NewDisjunctionQuery(x.candidateTerms(q, nil)...)
		x.fieldTerms = fields
		want, err := x.bleve.SearchInContext(context.Background(), bleve.NewSearchRequestOptions(cq, all, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want.Hits) {
			t.Fatalf("%q: find matched %d entries, bleve %d", question, len(got), len(want.Hits))
		}
		scores := map[string]float64{}
		for _, h := range want.Hits {
			scores[h.ID] = h.Score
		}
		for i, h := range got {
			if s, ok := scores[x.ids[h.entry]]; !ok || s != h.score || want.Hits[i].Score != h.score {
				t.Fatalf("%q: find's hit %d is %s at %v; bleve has it at %v (and %v there)", question, i, x.ids[h.entry], h.score, s, want.Hits[i].Score)
			}
		}
	}
}

// The memo of analysed words gives the analyzer's own terms.
func TestAnalyse_MemoAgreesWithAnalyzer(t *testing.T) {
	x := buildInternal(t)
	var texts []string
	for _, q := range evalQuestions(t) {
		texts = append(texts, x.normalize(q))
	}
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Entries {
		n := x.normalizeEntry(e)
		texts = append(texts, n.tags, n.answer, n.source)
		texts = append(texts, n.phrasings...)
	}
	for _, n := range texts {
		a, as := x.analyse(n)
		b, bs := x.analyseText(n)
		if strings.Join(a, "|") != strings.Join(b, "|") || strings.Join(as, "|") != strings.Join(bs, "|") {
			t.Errorf("analyse(%q) = %q %q, the analyzer %q %q", n, a, as, b, bs)
		}
	}
}

// A word of letters a to z skips the tokenizer: its terms must be the
// analyzer's, for every word of the English list.
func TestAnalyseWord_LettersSkipTheTokenizerAlike(t *testing.T) {
	x := buildInternal(t)
	for _, w := range letterWords(t) {
		got := x.analyseWord(w)
		terms, surfaces := x.analyseText(w)
		if len(got) != len(terms) {
			t.Fatalf("analyseWord(%q) = %v, the analyzer %q", w, got, terms)
		}
		for i := range got {
			if got[i].term != terms[i] || got[i].surface != surfaces[i] {
				t.Fatalf("analyseWord(%q) = %v, the analyzer %q %q", w, got, terms, surfaces)
			}
		}
	}
}

// letterWords are the words of the English list made of letters a to z
// only; the test fails if the list holds too few to say anything.
func letterWords(t *testing.T) []string {
	t.Helper()
	var out []string
	for line := range strings.Lines(englishWords) {
		if w := strings.TrimSpace(line); letters(w) {
			out = append(out, w)
		}
	}
	if len(out) < 1000 {
		t.Fatalf("only %d words of letters in the English list", len(out))
	}
	return out
}

// isStopWord answers a word of letters without the analyzer: as the
// analyzer does, for every word of the English list.
func TestIsStopWord_LettersAsTheAnalyzer(t *testing.T) {
	x := buildInternal(t)
	for _, w := range letterWords(t) {
		if got, want := x.isStopWord(w), len(x.analyzer.Analyze([]byte(w))) == 0; got != want {
			t.Fatalf("isStopWord(%q) = %v, the analyzer %v", w, got, want)
		}
	}
}

// everydayTypo builds its candidates in place, byte by byte: it must agree
// with the plain rune-by-rune statement of what it checks.
func TestEverydayTypo_AgreesWithRunes(t *testing.T) {
	words := []string{"acctually", "acutaly", "raelly", "exozomes", "medicube", "tretinoin", "a", "", "it's", "3ml", "zzzzzzzz", "cafés", "reálly", "ñactually", strings.Repeat("really", 12)}
	for line := range strings.Lines(englishWords) {
		w := strings.TrimSpace(line)
		if len(words) > 3000 {
			break
		}
		if len(w) > 3 {
			words = append(words, w+"x", w[1:], w[:len(w)-1]+w[:1])
		}
	}
	for _, w := range words {
		if got, want := everydayTypo(w), everydayTypoRunes(w); got != want {
			t.Errorf("everydayTypo(%q) = %v, want %v", w, got, want)
		}
	}
}

// containsWords is strings.Contains(" "+text+" ", d) without the padding.
func TestContainsWords_AsPaddedContains(t *testing.T) {
	texts := []string{"", "a", "skin cells", "skin cells talk", "my skin cells", "skin cellsx", "xskin cells", "skin skin cells", "cells skin", "skin  cells"}
	for _, d := range []string{" skin cells ", " a ", " cells ", " skin "} {
		for _, text := range texts {
			if got, want := containsWords(text, d), strings.Contains(" "+text+" ", d); got != want {
				t.Errorf("containsWords(%q, %q) = %v, want %v", text, d, got, want)
			}
		}
	}
}

// everydayTypoRunes is what everydayTypo checks, stated rune by rune.
func everydayTypoRunes(word string) bool {
	rw := []rune(word)
	common := func(c string) bool { r := englishRank(c); return r != 0 && r <= everydayRank }
	for i := range rw {
		if common(string(rw[:i]) + string(rw[i+1:])) {
			return true
		}
		for c := 'a'; c <= 'z'; c++ {
			if common(string(rw[:i]) + string(c) + string(rw[i:])) {
				return true
			}
		}
		if i+1 < len(rw) {
			sw := append([]rune(nil), rw...)
			sw[i], sw[i+1] = sw[i+1], sw[i]
			if common(string(sw)) {
				return true
			}
		}
	}
	return false
}

// "this stuff" and "that ingredient" point at what the bot is about, as
// "they" does, and so do "ingredient" and "trend" after one word that
// describes them ("this biotech ingredient"); "this serum" alone does not
// say which.
func TestPointsAtTopic_ThisStuff(t *testing.T) {
	for q, want := range map[string]bool{
		"did anyone test this stuff on actual humans":      true,
		"is that ingredient legit":                         true,
		"is this new thing better than retinol":            true,
		"is this biotech ingredient legit":                 true,
		"that buzzy trend, worth it?":                      true,
		"is this retinol serum good":                       false,
		"is this new serum any good":                       false,
		"are they legit":                                   true,
		"what is this":                                     false,
		"are collagen drinks worth it or a waste of money": false,
		"i love it": false,
	} {
		if got := pointsAtTopic(q); got != want {
			t.Errorf("pointsAtTopic(%q) = %v, want %v", q, got, want)
		}
	}
}

// "you mentioned", "you brought up", "you were talking about" point at
// what the bot said, which is only ever the article's subject.
func TestToldByBot(t *testing.T) {
	for q, want := range map[string]bool{
		"ok so that ingredient you brought up earlier - is it approved?": true,
		"the thing you just mentioned, does it work?":                    true,
		"that stuff you were talking about, is it safe?":                 true,
		"my derm brought up lasers, are they worth it?":                  false,
		"can you explain what exosomes are?":                             false,
		"you are a bot right?":                                           false,
	} {
		if got := toldByBot(q); got != want {
			t.Errorf("toldByBot(%q) = %v, want %v", q, got, want)
		}
	}
}

// Evidence asked of "it" or "here" is asked of the subject the person is
// asking the bot about, unless the message names another of the article's
// treatments: then it is asked of that one.
func TestAsksEvidenceOfIt_AnotherTreatmentNamed(t *testing.T) {
	x := buildInternal(t)
	for _, tt := range []struct {
		story, focus string
		want         bool
	}{
		{"", "any science behind it?", true},
		{"", "is there real research on it or just influencers hyping it?", true},
		{"", "any actual science here?", true},
		{"", "is the science on this ready?", true},
		{"", "does the research support putting it on the face?", true},
		{"", "does the research support it?", false}, // "it" after no using verb and no "on": not read here
		{"my derm offered me a laser.", "does the research support putting it on the face?", false},
		{"my derm offered me a laser.", "any science behind it?", false},
		{"my derm offered me a laser.", "any science here?", false},
		{"my derm offered me microneedling.", "is there any proof for it?", false},
		{"", "my derm offered me a laser, any science behind it?", false},
		{"", "what are exosomes", false}, // asks no evidence
	} {
		var memo searchMemo
		q := x.newQuery(x.normalized(tt.focus), x.normalized(tt.story), &memo)
		if got := asksEvidenceOfIt(evidenceOfIt(tt.focus), &q); got != tt.want {
			t.Errorf("asksEvidenceOfIt(%q after %q) = %v, want %v", tt.focus, tt.story, got, tt.want)
		}
	}
}

// A word typed in capitals is an acronym, not a corpus word typed without
// its vowels.
func TestSpeller_CapitalsAreAcronyms(t *testing.T) {
	x := buildInternal(t)
	for in, want := range map[string]string{
		"is HGH in exosomes":  "is hgh in exosomes",
		"does CRP go down":    "does crp go down",
		"do they wrk on skn":  "do they work on skin",
		"DO THEY WRK ON SKIN": "do they wrk on skin",
	} {
		if got := x.speller.correct(in); got != want {
			t.Errorf("correct(%q) = %q, want %q", in, got, want)
		}
	}
}

// A phrasing that names only the topic, its other words framing ("my
// aesthetician upsold me exosomes"), is no evidence for a question that
// asks something of its own: it does not make its entry a precise match.
func TestEvidence_TopicOnlyPhrasingIsNoPrecision(t *testing.T) {
	x := buildInternal(t)
	et := x.entries["medspa-exosome-add-on"]
	only := false
	for _, p := range et.phrasings {
		only = only || p.onlyTopic
	}
	if !only {
		t.Skip("medspa-exosome-add-on no longer has a phrasing that names only the topic")
	}
	var memo searchMemo
	q := x.newQuery(x.normalized("am i wrong about exosomes"), normText{}, &memo)
	if ev := x.evidence(&q, []hit{{entry: et.index}}, nil)[0]; ev.precision >= 0.99 {
		t.Errorf("precision %.2f from a phrasing that names only exosomes", ev.precision)
	}
}

// Searches running at once share scorch's recycled term field readers
// (tfrCache): each must still find exactly what it finds alone. Run with
// -race.
func TestSearch_ConcurrentWithRecycledReaders(t *testing.T) {
	x := buildInternal(t)
	qs := evalQuestions(t)
	if len(qs) > 400 {
		qs = qs[:400]
	}
	want := make([]bot.Result, len(qs))
	for i, q := range qs {
		r, err := x.Search(context.Background(), bot.Query{Focus: q}, 6)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 2 * len(qs) {
				i := (k*7 + g*131) % len(qs)
				got, err := x.Search(context.Background(), bot.Query{Focus: qs[i]}, 6)
				if err != nil {
					t.Error(err)
					return
				}
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%q: searched concurrently, %+v; alone, %+v", qs[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// evidence reads the rows of the question's terms into the tallies of the
// entries found, and skips the phrasings a question does not touch but the
// first: it must measure, for every entry, what weighing every phrasing of
// that entry alone, term by term, measures — found all together, and found
// a few at a time.
func TestEvidence_AgreesWithEveryPhrasing(t *testing.T) {
	x := buildInternal(t)
	all := make([]hit, len(x.entryList))
	for e := range all {
		all[e] = hit{entry: int32(e)}
	}
	n := 0
	// Every question against every entry is some 1.7 million comparisons:
	// under -short (the race detector's run in CI) every fourth question.
	step := 1
	if testing.Short() {
		step = 4
	}
	for qi, question := range evalQuestions(t) {
		if qi%step != 0 {
			continue
		}
		q := x.newQuery(x.describeTopic(x.normalized(question)), normText{}, &searchMemo{})
		if q.total == 0 {
			continue
		}
		// All the entries at once, then a few, in another order.
		some := make([]hit, 0, candidates)
		for k := range candidates {
			some = append(some, all[(qi*7+k*11)%len(all)])
		}
		for _, found := range [][]hit{all, some} {
			got := x.evidence(&q, found, nil)
			for k, h := range found {
				et := x.entryList[h.entry]
				if want := evidenceEveryPhrasing(x, &q, et); got[k] != want {
					t.Fatalf("%q, entry %s: evidence %+v, weighing every phrasing %+v", question, x.ids[et.index], got[k], want)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d measures compared", n)
	}
}

// evidenceEveryPhrasing is evidence as it was first written, over a dense
// table of cells.
func evidenceEveryPhrasing(x *Index, q *analysedQuery, et *entryTerms) evidence {
	best := evidence{coverage: -1}
	bestKey := -1.0
	for j := range et.phrasings {
		var base, got, shared float64
		matched, inter := 0, 0
		for i, id := range q.termIDs {
			if id < 0 {
				continue
			}
			var c termCell
			for _, r := range x.termCells[x.termStart[id]:x.termStart[id+1]] {
				if r.entry == et.index {
					c = r
				}
			}
			w := q.weights[i]
			base += w * c.other
			if c.mask&(1<<j) != 0 {
				got += w - w*c.other
				shared += w
				matched++
			}
		}
		for _, id := range q.wordIDs {
			var m uint64
			for _, r := range x.wordCells[x.wordStart[id]:x.wordStart[id+1]] {
				if r.entry == et.index {
					m = r.mask
				}
			}
			if m&(1<<j) != 0 {
				inter++
			}
		}
		p := &et.phrasings[j]
		ev := evidence{coverage: min(1, (base+got)/q.total), matched: matched}
		if p.weight > 0 && !(p.onlyTopic && q.ownTerms() > 0) {
			ev.precision = min(1, shared/p.weight)
		}
		if union := len(q.wordList) + int(p.words) - inter; union > 0 {
			ev.overlap = float64(inter) / float64(union)
		}
		if key := ev.coverage + 0.25*ev.precision + 0.2*ev.overlap; key > bestKey {
			best, bestKey = ev, key
		}
	}
	return best
}

// Search carries normalized text with its words instead of splitting the
// text again: the words must be what splitting would give.
func TestNormalized_WordsAsSplit(t *testing.T) {
	x := buildInternal(t)
	texts := append(evalQuestions(t), "", "snakeoil antiaging", "exozomes 4 acen", "café crème exosomes", "bubble things cells release")
	for _, text := range texts {
		if got, want := x.speller.correctWords(text, nil), bot.Words(x.speller.correct(text)); !slices.Equal(got, want) {
			t.Fatalf("correctWords(%q) = %q, want %q", text, got, want)
		}
		for _, n := range []normText{x.normalized(text), x.describeTopic(x.normalized(text))} {
			if !slices.Equal(n.words, strings.Fields(n.text)) || !slices.Equal(n.words, bot.Words(n.text)) {
				t.Fatalf("%q: normalized words %q, text %q", text, n.words, n.text)
			}
		}
		if got, want := x.normalize(text), strings.Join(x.lexicon.words(bot.Words(x.speller.correct(text))), " "); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", text, got, want)
		}
	}
}

// find and the candidate query look documents and term queries up by
// number: the tables must be built, and agree with the maps they stand for.
func TestBuild_LookupsByNumber(t *testing.T) {
	x := buildInternal(t)
	if x.termQueryByID == nil || len(x.docByNum) == 0 {
		t.Fatalf("term queries by id: %v, documents by number: %d", x.termQueryByID != nil, len(x.docByNum))
	}
	for i, f := range boosts {
		for term, id := range x.termID {
			if has := x.termQueryByID[i][id] != nil; has != x.fieldTerms[f.field][term] || has && x.termQueryByID[i][id] != x.termQueries[i][term] {
				t.Errorf("field %s, term %q: by id %v, in the dictionary %v", f.field, term, has, x.fieldTerms[f.field][term])
			}
		}
	}
	for in, e := range x.docEntry {
		if got := x.docByNum[bleveindex.IndexInternalID(in).Value()]; got != e {
			t.Errorf("document %x: entry %d by number, %d by id", in, got, e)
		}
	}
}

// englishWords is one lower-case word a line, each line ended by a
// newline, as the rank table reads it.
func TestEnglishWords_OneWordALine(t *testing.T) {
	if !strings.HasSuffix(englishWords, "\n") {
		t.Fatal("the list does not end with a newline")
	}
	for i, line := range strings.Split(strings.TrimSuffix(englishWords, "\n"), "\n") {
		if line == "" || strings.TrimSpace(line) != line || strings.ToLower(line) != line {
			t.Fatalf("line %d is %q, not a lower-case word", i+1, line)
		}
	}
}

// The rank table answers as the map of the list it replaced.
func TestRankTable_AsMap(t *testing.T) {
	m := map[string]int{}
	rank := 0
	for line := range strings.Lines(englishWords) {
		if w := strings.TrimSpace(line); w != "" {
			rank++
			if _, dup := m[w]; !dup {
				m[w] = rank
			}
		}
	}
	ranks := englishRanks()
	check := func(w string, want int) {
		if got := ranks.rank(w); got != want {
			t.Fatalf("rank(%q) = %d, want %d", w, got, want)
		}
		if got := ranks.rankBytes([]byte(w)); got != want {
			t.Fatalf("rankBytes(%q) = %d, want %d", w, got, want)
		}
	}
	for w, r := range m {
		check(w, r)
		check(w+"x", m[w+"x"])
		check(w[1:], m[w[1:]])
	}
	for _, w := range []string{"", " ", "exosomes", "the ", "\n", "zzzzzz", "café"} {
		check(w, m[w])
	}
}

// add indexes a word under the hashes of exactly the strings deletions(w, 1)
// lists, in its order, without making them.
func TestDeleteIndex_AddHashesDeletions(t *testing.T) {
	x := buildInternal(t)
	words := append([]string{"book", "aaa", "a", "café", "naïve", "ééé", "bookkeeper", "mississippi"}, x.speller.deletes.words...)
	for _, w := range words {
		var d deleteIndex
		d.add(w)
		var want []uint64
		for _, del := range deletions(w, 1) {
			want = append(want, maphash.String(deleteSeed, del))
		}
		if !slices.Equal(d.hashes, want) {
			t.Errorf("add(%q) hashes %v, deletions %q hash to %v", w, d.hashes, deletions(w, 1), want)
		}
	}
}

// The speller's index of deletions finds, under every deletion of every
// vocabulary word and of words near them, exactly the words a map of the
// deletions lists.
func TestDeleteIndex_AsMap(t *testing.T) {
	x := buildInternal(t)
	s := x.speller
	m := map[string][]string{}
	for _, w := range s.deletes.words {
		for _, d := range deletions(w, 1) {
			m[d] = append(m[d], w)
		}
	}
	probes := map[string]bool{}
	for _, w := range s.deletes.words {
		for _, d := range deletions(w, 2) {
			probes[d] = true
		}
		probes[w+"s"], probes["x"+w] = true, true
	}
	for _, q := range evalQuestions(t)[:200] {
		for _, w := range bot.Words(q) {
			for _, d := range deletions(w, 1) {
				probes[d] = true
			}
		}
	}
	for d := range probes {
		var got []string
		s.deletes.each(d, func(w string) { got = append(got, w) })
		want := slices.Clone(m[d])
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("under %q: %q, the map %q", d, got, want)
		}
	}
	if len(probes) < 10000 {
		t.Fatalf("only %d probes", len(probes))
	}
}

// A search reads each word's terms and wordID from one lookup in the
// analysis memo: the ids must be the wordID table's.
func TestAnalyseWords_IDsAsWordID(t *testing.T) {
	x := buildInternal(t)
	n := 0
	for _, q := range append(evalQuestions(t), "the exosome's exosomes plant-derived 30ml don't") {
		nt := x.describeTopic(x.normalized(q))
		if !plainWords(nt.text) {
			continue
		}
		ids := make([]int32, len(nt.words))
		x.analyseWords(nt.words, ids)
		for i, w := range nt.words {
			want, ok := x.wordID[w]
			if !ok {
				want = -1
			}
			if ids[i] != want {
				t.Fatalf("%q: word %q has id %d, wordID %d", q, w, ids[i], want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d words", n)
	}
}

// The article's terms are found by number.
func TestSource_ByNumber(t *testing.T) {
	x := buildInternal(t)
	if x.sourceByID == nil {
		t.Fatal("the article's terms are not all numbered")
	}
	for term, id := range x.termID {
		if x.sourceByID[id] != x.source[term] {
			t.Errorf("term %q: source %v by number, %v by name", term, x.sourceByID[id], x.source[term])
		}
	}
	for term := range x.source {
		if _, ok := x.termID[term]; !ok {
			t.Errorf("article term %q has no number", term)
		}
	}
}

// A story splits at its last sentence end followed by a space.
func TestLastSentence(t *testing.T) {
	tests := []struct{ story, last, before string }{
		{"one sentence only.", "one sentence only.", ""},
		{"First. Second one!", "Second one!", "First."},
		{"a? b. c", "c", "a? b."},
		{"3.5 ml. ok", "ok", "3.5 ml."},
	}
	for _, tt := range tests {
		if l, b := lastSentence(tt.story); l != tt.last || b != tt.before {
			t.Errorf("lastSentence(%q) = %q, %q; want %q, %q", tt.story, l, b, tt.last, tt.before)
		}
	}
}

// cueOf reads further only the words some cue starts with, and asks
// whether a word describes something else or gives a reason only of a
// cue that matches there: it finds the cue that reading every word for a
// duration, a reason and a cue finds,
// on every evaluation question, in the focus and anywhere, for every
// topic and for health only.
func TestCueOf_AgreesWithEveryWord(t *testing.T) {
	x := buildInternal(t)
	n := 0
	for _, question := range evalQuestions(t) {
		ws := x.normalized(question).words
		for _, anywhere := range []bool{false, true} {
			for _, health := range []bool{false, true} {
				for _, around := range []bool{false, true} {
					got, want := x.cueOf(ws, anywhere, health, around), cueOfEveryWord(x, ws, anywhere, health, around)
					if got != want {
						t.Fatalf("%q (anywhere %v, health %v, around %v): cue %q, reading every word %q", question, anywhere, health, around, got, want)
					}
					if got != "" {
						n++
					}
				}
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d cues found", n)
	}
}

// cueOfEveryWord is cueOf as it was first written.
func cueOfEveryWord(x *Index, ws []string, anywhere, health, around bool) string {
	if len(x.cues) == 0 || len(ws) == 0 {
		return ""
	}
	best, at := -1, -1
	tried := func(c, i int) bool {
		return (best < 0 || c < best || at == i && len(x.cues[c].words) > len(x.cues[best].words)) && (!anywhere || x.cues[c].anywhere) && (!health || x.cues[c].health) && (!around || x.cues[c].around)
	}
	for i, w := range ws {
		if describesOtherwise(ws, i) {
			continue
		}
		reason := givesReason(ws, i)
		for _, c := range x.cuesByFirst[strings.TrimSuffix(w, "'s")] {
			if tried(c, i) && (!reason || x.cues[c].health) && matchAt(x.cues[c].words, ws[i:]) && !namesPlace(x.cues[c].words, ws, i) && !x.endsOtherwise(x.cues[c].words, ws, i) {
				best, at = c, i
			}
		}
		if isNumber(w) {
			for _, c := range x.cuesByFirst["#"] {
				if tried(c, i) && matchAt(x.cues[c].words, ws[i:]) {
					best, at = c, i
				}
			}
		}
	}
	if best < 0 {
		return ""
	}
	return x.cues[best].entry
}

// orderByRank puts hits where slices.SortStableFunc by rank puts them, ties
// and ranks that compare with nothing (NaN) included, for every count of
// hits up to stableBlock.
func TestOrderByRank_AsSortStableFunc(t *testing.T) {
	values := []float64{0, 0.25, 0.5, 0.5, 1, math.NaN(), -1}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n <= stableBlock; n++ {
		for range 200 {
			rs := make([]ranked, n)
			for i := range rs {
				rs[i] = ranked{hit: bot.Hit{ID: fmt.Sprint(i)}, rank: values[rng.IntN(len(values))]}
			}
			want := slices.Clone(rs)
			slices.SortStableFunc(want, byRank)
			for k, i := range orderByRank(rs, nil) {
				if rs[i].hit.ID != want[k].hit.ID {
					t.Fatalf("%d hits: place %d holds hit %s, SortStableFunc puts %s there", n, k, rs[i].hit.ID, want[k].hit.ID)
				}
			}
		}
	}
}

// A long message's search takes the weightiest of the terms the entries
// have before any they lack: a rare word no entry uses ("wedding",
// "makeup") finds nothing, and must not crowd out the ones that do.
func TestSearchTerms_KnownTermsBeforeUnknown(t *testing.T) {
	var q analysedQuery
	add := func(term string, w float64, id int32) {
		q.terms = append(q.terms, term)
		q.weights = append(q.weights, w)
		q.termIDs = append(q.termIDs, id)
	}
	add("wedding", 4.1, -1)
	add("retinol", 2.5, 10)
	add("makeup", 4.1, -1)
	add("serum", 1.5, 11)
	add("glass", 4.0, -1)
	add("vitamin", 2.2, 12)
	add("exosom", 1.0, 13)
	selected := map[string]bool{}
	for _, k := range q.searchTerms(4, nil) {
		selected[q.terms[k]] = true
	}
	for _, want := range []string{"retinol", "vitamin", "serum", "exosom"} {
		if !selected[want] {
			t.Errorf("%q not searched; searched %v", want, selected)
		}
	}
	all := q.searchTerms(len(q.terms), nil)
	if len(all) != len(q.terms) || all[0] != 0 {
		t.Errorf("with room for every term, all are searched in order: %v", all)
	}
}
