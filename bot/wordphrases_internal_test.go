package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestWordFilter_PassesItsWords checks that a wordFilter passes every
// word added to it and rejects words whose first byte and length no added
// word has together.
func TestWordFilter_PassesItsWords(t *testing.T) {
	var f wordFilter
	added := []string{"buy", "dm", "eli5", "i'll", "tl", "", strings.Repeat("x", 40), "Über"}
	for _, w := range added {
		f.add(w)
	}
	for _, w := range added {
		if !f.may(w) {
			t.Errorf("%q was added but is rejected", w)
		}
	}
	for _, w := range []string{"cheap", "b", "buys", "zz", "dmx", "ab", "tll", "Ünd"} {
		if f.may(w) {
			t.Errorf("%q passes, though no added word has its first byte and length", w)
		}
	}
	if !f.may(strings.Repeat("x", 33)) {
		t.Error("a long word with a long added word's first byte is rejected")
	}
	var none wordFilter
	if none.may("") || none.may("a") {
		t.Error("an empty filter passes a word")
	}
}

// TestWordPhrases_FilterHidesNoPhrase checks that the phrase tables,
// filtered, count and place phrases in the words of every evaluation and
// triage question as looking every word up does.
func TestWordPhrases_FilterHidesNoPhrase(t *testing.T) {
	tables := []wordPhrases{askingPhrases, doubts, doubtIdioms, verdictClaims, selfFuture, motives, mockery, formatRequests, dictatedLead, selling}
	unfiltered := func(p wordPhrases, ws []string) (count, last int) {
		last = -1
		for i, w := range ws {
			for _, ph := range p.byFirst[w] {
				if len(ph) <= len(ws)-i && slices.Equal(ph, ws[i:i+len(ph)]) {
					count++
					last = i
					break
				}
			}
		}
		return count, last
	}
	for _, p := range tables {
		for w := range p.byFirst {
			if !p.firsts.may(w) {
				t.Fatalf("%q opens a phrase but its filter rejects it", w)
			}
		}
	}
	for _, s := range speedTexts(t) {
		ws := Words(s)
		for k, p := range tables {
			n, last := unfiltered(p, ws)
			if got := p.count(ws); got != n {
				t.Fatalf("table %d, %q: count %d, looking every word up %d", k, s, got, n)
			}
			if got := p.lastAt(ws); got != last {
				t.Fatalf("table %d, %q: lastAt %d, looking every word up %d", k, s, got, last)
			}
		}
	}
}
