package index

import (
	"strings"
	"testing"
)

// The checks of a question's own words read them into a buffer on their
// stack (questionWords): a lower-case question of up to questionWords
// words is read without allocating, and a longer text is read whole, as
// bot.Words reads it — what a check finds past the buffer's end still
// counts.
func TestQuestionChecks_ReadShortQuestionsWithoutAllocating(t *testing.T) {
	checks := []struct {
		name  string
		check func(string) bool
		yes   string // a short lower-case question the check holds for
	}{
		{"pointsAtTopic", pointsAtTopic, "does it actually do anything for wrinkles?"},
		{"evidenceOfIt", evidenceOfIt, "is there real research on it or just influencers hyping it?"},
		{"refersBack", refersBack, "is that normal for exosomes?"},
		{"asksOfThis", asksOfThis, "isn't this just medspas inventing a new thing to upsell"},
		{"pointsWithPronoun", pointsWithPronoun, "what are they?"},
		{"namesNoneOfTheTopic", namesNoneOfTheTopic, "everyone at work is obsessed with peptides"},
		{"pointsAway", pointsAway, "is that just doctor-speak for it doesn't work?"},
		{"pointsAway", pointsAway, "could it help folks whose skin is always flared up and irritated, like long-term?"},
		{"toldByBot", toldByBot, "that ingredient you brought up earlier, is it approved?"},
		{"pointsAtTherapy", pointsAtTherapy, "is this kind of treatment worth it"},
		{"guesses", guesses, "let me guess, no real trials in actual humans?"},
	}
	for _, c := range checks {
		if !c.check(c.yes) {
			t.Errorf("%s(%q) = false, want true", c.name, c.yes)
		}
		if n := testing.AllocsPerRun(100, func() { c.check(c.yes) }); n != 0 {
			t.Errorf("%s(%q) allocates %v times, want 0", c.name, c.yes, n)
		}
	}
}

func TestQuestionChecks_ReadTextsLongerThanTheBufferWhole(t *testing.T) {
	filler := strings.Repeat("my derm said so last week ", 8) // 48 words
	for _, c := range []struct {
		name  string
		check func(string) bool
		text  string
		want  bool
	}{
		// What decides lies past the buffer's questionWords words.
		{"pointsWithPronoun", pointsWithPronoun, filler + "what are they?", true},
		{"pointsWithPronoun", pointsWithPronoun, filler + "what are they? exosomes", false},
		{"namesNoneOfTheTopic", namesNoneOfTheTopic, filler + "and peptides", true},
		{"namesNoneOfTheTopic", namesNoneOfTheTopic, filler + "and it works", false},
		{"evidenceOfIt", evidenceOfIt, filler + "any science behind it?", true},
		{"evidenceOfIt", evidenceOfIt, filler + "any science behind peptides?", false},
		{"pointsAtTherapy", pointsAtTherapy, filler + "is this therapy legit", true},
		{"pointsAtTherapy", pointsAtTherapy, filler + "is this serum legit", false},
	} {
		if got := c.check(c.text); got != c.want {
			t.Errorf("%s(%d words…) = %v, want %v", c.name, len(strings.Fields(c.text)), got, c.want)
		}
	}
}
