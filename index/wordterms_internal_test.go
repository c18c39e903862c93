package index

import (
	"slices"
	"testing"
)

// The checks that read a story a word at a time (topicModifiers,
// namesTopic, comparesUnnamedSources, notTheArticles) read each word's
// terms from the analysis memo (wordTerms) instead of analysing the word
// into slices of its own: they decide as terms(w) does, for words the
// corpus uses, words it never does, stop words, misspellings of the topic
// and words terms reads through the whole analyzer.
func TestWordTerms_DecideAsTermsOfTheWord(t *testing.T) {
	x := buildInternal(t)
	for _, c := range []struct {
		w       string
		onTopic bool
	}{
		{"exosomes", true},
		{"exosome", true},
		{"exozomes", true}, // a misspelling of the topic
		{"serum", false},
		{"the", false},           // a stop word: no terms
		{"centella", false},      // a word the corpus never uses
		{"zzqxv", false},         // nor any dictionary
		{"don't", false},         // an apostrophe
		{"Exosomes", true},       // not plain: the whole analyzer
		{"exosomes serum", true}, // two words: the whole analyzer
		{"", false},
	} {
		terms := x.terms(c.w)
		if got, want := x.wordOnTopic(c.w), x.onTopic(terms); got != want || got != c.onTopic {
			t.Errorf("wordOnTopic(%q) = %v, onTopic(terms) = %v, want %v", c.w, got, want, c.onTopic)
		}
		var got []string
		for _, wt := range x.wordTerms(c.w) {
			if !slices.Contains(got, wt.term) {
				got = append(got, wt.term)
			}
		}
		if !slices.Equal(got, terms) {
			t.Errorf("wordTerms(%q) = %q, want the terms %q", c.w, got, terms)
		}
	}
}

func TestWordTerms_ReadAStoryWithoutAllocating(t *testing.T) {
	x := buildInternal(t)
	story := x.normalized("my friend swears by this rose serum and says it changed her skin so i bought the milk derived exosomes one").words
	if got := x.topicModifiers(story); !slices.Equal(got, []string{"milk", "derived"}) {
		t.Fatalf("topicModifiers = %q, want the two words before the topic", got)
	}
	x.namesTopic(story) // analyse any new word once
	if n := testing.AllocsPerRun(100, func() { x.topicModifiers(story); x.namesTopic(story) }); n != 0 {
		t.Errorf("topicModifiers and namesTopic allocate %v times, want 0", n)
	}
	if x.notTheArticles("exosomes") || x.notTheArticles("serum") || !x.notTheArticles("centella") {
		t.Error("notTheArticles: want only centella, a content word the article never uses")
	}
}
