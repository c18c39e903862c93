package index

import (
	"slices"
	"strings"
	"testing"
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
