package index

import (
	"hash/maphash"
	"strings"
)

// wordFacts is everything the stages of a search read of one word, word
// by word: its spelling (the speller's), the lexicon phrases that start
// with it, whether it is a hedge inside a phrase, the cues that start
// with it and its analysis. Search looks each word of a question up once,
// in Index.facts, and hands the pointer from stage to stage alongside the
// word (a nil pointer: the index knows nothing of the word), instead of
// each stage looking the word up again in a map of its own: those
// string-keyed look-ups were about a tenth of a search. Built once, with
// the index, and read-only after.
type wordFacts struct {
	spell    spelling      // speller.words[w]
	phrases  *firstPhrases // rewriter.byFirst[w]; nil when no phrase starts with w
	hedge    bool          // inPhraseHedges[w]
	softens  bool          // hedges[w], which a cue reads through
	seconds  uint64        // the bits (phraseBit) of the first words of the phrases w is the second word of
	cues     []int         // Index.cuesByFirst[w without "'s"]
	memo     memoWord      // Index.analysed[w], when analysed
	analysed bool
	topic    bool // Index.topicWords[w]
	describe bool // Index.describesTopic(w)
}

// buildFacts fills x.facts with every word that one of the maps a
// wordFacts caches has (so that a word missing from x.facts is missing
// from all of them), and points the lexicon's phrases at the facts of
// the words they become.
func (x *Index) buildFacts() {
	x.facts = map[string]*wordFacts{}
	get := func(w string) *wordFacts {
		f := x.facts[w]
		if f == nil {
			f = &wordFacts{}
			x.facts[w] = f
		}
		return f
	}
	for w, sp := range x.speller.words {
		get(w).spell = sp
	}
	for w, ps := range x.lexicon.byFirst {
		get(w).phrases = ps
	}
	for w := range inPhraseHedges {
		get(w).hedge = true
	}
	for w := range hedges {
		get(w).softens = true
	}
	for w, cs := range x.cuesByFirst {
		// A word is looked up with its "'s" trimmed ("men's skin" is
		// found at "men's").
		get(w).cues = cs
		get(w + "'s").cues = cs
	}
	for w, mw := range x.analysed {
		f := get(w)
		f.memo, f.analysed = mw, true
	}
	for w := range x.topicWords {
		get(w).topic = true
	}
	for _, g := range x.near {
		for w := range g[1] {
			get(w).describe = true
		}
	}
	for _, ps := range x.lexicon.byFirst {
		for w := range ps.bySecond {
			get(w) // so that its phrases can be found by its facts
		}
	}
	for w, f := range x.facts {
		// Only the keys above are words that end in "'s" and whose cues
		// count: one that was added for another reason reads its stem's.
		if b, ok := strings.CutSuffix(w, "'s"); ok && f.cues == nil {
			f.cues = x.cuesByFirst[b]
		}
	}
	x.lexicon.facts = x.facts
	for first, ps := range x.lexicon.byFirst {
		ps.bit = phraseBit(first)
		for _, list := range [][]phrase{ps.all, ps.singles} {
			for i := range list {
				list[i].toFacts = x.factsOf(list[i].to, nil)
			}
		}
		if ps.bySecond != nil {
			ps.bySecondFacts = make(map[*wordFacts][]phrase, len(ps.bySecond))
		}
		for w, list := range ps.bySecond {
			for i := range list {
				list[i].toFacts = x.factsOf(list[i].to, nil)
			}
			f := x.facts[w]
			ps.bySecondFacts[f] = list
			f.seconds |= ps.bit
		}
	}
}

// phraseBit is the bit of a phrase's first word among a second word's
// seconds (wordFacts): one of 64, by the word's hash, shared by many
// first words, so that a bit set tells a word may be the second word of
// the first word's phrases, and a bit unset that it is not.
func phraseBit(first string) uint64 {
	return 1 << (maphash.String(phraseSeed, first) % 64)
}

var phraseSeed = maphash.MakeSeed()

// factsOf appends to dst the facts of each of ws (nil for a word the
// index does not know).
func (x *Index) factsOf(ws []string, dst []*wordFacts) []*wordFacts {
	for _, w := range ws {
		dst = append(dst, x.facts[w])
	}
	return dst
}
