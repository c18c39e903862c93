package index

import (
	"slices"
	"strings"
	"testing"

	"exobot/bot"
	"exobot/corpus"
)

// Every cue of a not-covered topic is found in a question that says it:
// a cue the lexicon rewrites only in part, or one keyed otherwise than
// it is looked up, would never fire.
func TestCues_EveryCueFindsItsTopicInAQuestionThatSaysIt(t *testing.T) {
	x := buildInternal(t)
	for _, c := range x.cues {
		if slices.Contains(c.words, "*") || slices.Contains(c.words, "#") {
			continue
		}
		text := "is it true that " + strings.Join(c.words, " ") + " with exosomes?"
		ws := newNormText(x.lexicon.words(x.speller.correctWords(text, nil))).words
		if x.cue(ws, false) == "" {
			t.Errorf("cue %q of %s is never found (%q reads as %v)", strings.Join(c.words, " "), c.entry, text, ws)
		}
	}
}

// A cue's words are read as written, never corrected into another word
// first: the speller once read "dupes" as "dudes", "bans" as "bang" and
// "medsafe" as "med safe", which made every "hey dudes" or "bang for the
// buck" cue the topic. (The lexicon may still rewrite a cue's words into
// the article's own terms, as it rewrites a question's.)
func TestCues_WordsAreNotCorrectedIntoOtherWords(t *testing.T) {
	x := buildInternal(t)
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range c.Entries {
		for _, cue := range e.Cues {
			for _, w := range bot.Words(strings.ToLower(cue)) {
				if len(w) < 2 {
					continue // "*", "#", and a letter read as chat ("y o": "why o")
				}
				n++
				if got := x.speller.correctWords(w, nil); len(got) != 1 || got[0] != w {
					t.Errorf("%s: cue word %q of %q reads as %v", e.ID, w, cue, got)
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d cue words", n)
	}
}
