package bot

import (
	"slices"
	"testing"
)

// TestWordPhrases_ShapesHideNoPhrase checks that the phrase tables,
// filtered by the shapes of their first words, count and place phrases in
// the words of every evaluation and triage question as looking every word
// up does.
func TestWordPhrases_ShapesHideNoPhrase(t *testing.T) {
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
				t.Fatalf("%q opens a phrase but lacks its table's shapes", w)
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
