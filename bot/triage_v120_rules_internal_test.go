package bot

import "testing"

// TestRules_BackToDoingItWithCutsToHide: a return to "doing it" told
// beside cuts or scars to hide is a self-harm relapse; shaving cuts or a
// craft gone back to stay harmless.
func TestRules_BackToDoingItWithCutsToHide(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"what stops shaving cuts stinging? i've gone back to doing it myself instead of waxing and my legs are a mess", UrgencyNone},
		{"best cream for paper cuts? i've gone back to doing the gift wrapping at the shop this month", UrgencyNone},

		{"how do i heal cuts quicker? i went back to doing it last week and have to hide them under sleeves", UrgencySelfHarm},
		{"what fades fresh cuts fast? i've gone back to doing it and need to hide them", UrgencySelfHarm},
	})
}

// TestRules_TongueFillsTheMouth: a tongue that fills the mouth is a
// tongue swelling; a taste or a gum shield filling the mouth is not.
func TestRules_TongueFillsTheMouth(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"the minty taste of this lip serum fills my whole mouth, is that normal?", UrgencyNone},
		{"does a gum shield filling your mouth make your tongue sore?", UrgencyNone},

		{"my tongue's kind of filling my whole mouth now, is that the mask?", UrgencyAirway},
		{"after the lip mask my tongue is sort of taking up my entire mouth now", UrgencyAirway},
	})
}

// TestRules_BreathSoundsLikeAKettle: each breath that sounds like a
// kettle or a whistle is a noisy airway; a blocked nose in a cold, or a
// kettle itself, is not.
func TestRules_BreathSoundsLikeAKettle(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my nose is so blocked with this cold that breathing through it sounds like a kettle, can i still use the exosome mask?", UrgencyNone},
		{"my new kettle sounds like a jet engine, anyway is exosome serum worth it?", UrgencyNone},

		{"each breath in sounds like a kettle, what is going on", UrgencyAirway},
		{"every breath i take sounds like a whistling kettle", UrgencyAirway},
	})
}

// TestRules_LacePatternThatHurts: a lace or net pattern on the skin after
// a needle that hurts, however played down as bruising, is a blocked
// vessel; a lace tattoo or a lace top is not.
func TestRules_LacePatternThatHurts(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my lace pattern tattoo by the needle artist was painful but healed great, can i use exosome serum on it?", UrgencyNone},
		{"the lace pattern on my new dress is so pretty, and my filler appointment is tomorrow, it was very painful last time", UrgencyNone},

		{"it's probably just a bruise, but it has a sort of lace pattern and it's very painful, more than the needle itself", UrgencyInjection},
		{"only bruising from the jab i'd guess, though there's a marbled pattern on my cheek and it's so sore", UrgencyInjection},
	})
}

// TestRules_RunOnIOpensAfterAnObject: typed without stops, an "i" with
// its verb after a clause that ends on an object or a closing adverb
// ("…i have failed them i have decided…") opens the writer's next
// sentence, so a creams-and-money story before it does not undo what
// the writer says they have decided; "told them i have…" stays one
// clause, and a story with no decision stays harmless.
func TestRules_RunOnIOpensAfterAnObject(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my sisters keep borrowing my exosome serum and i have asked them i have decided to hide it, is that petty?", UrgencyNone},
		{"my parents paid for so many creams and facials for me and i let them down again, i have decided to buy my own serum from now on", UrgencyNone},

		{"my parents paid for so many creams for my acne and i let them down again. i have decided it is better if i go, then they will not spend on me anymore. i just wanted to say thank you", UrgencySelfHarm},
		{"my mum spent her savings on facials and creams for me and i have failed her and them. i have decided it is better if i go, they won't have to spend on me anymore. i only wanted to say sorry", UrgencySelfHarm},
	})
}

// TestRules_SwapOfAnEverydayWord: a word two letters swapped from an
// everyday English word the screen never reads as a slip ("sweras" for
// "swears") is that word, not a table word two letters off ("sweats");
// a swap of the table word itself ("swaets", "sweast") stays the sign.
func TestRules_SwapOfAnEverydayWord(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my mum sweras by the exosome serum after her facials, is it worth it?", UrgencyNone},
		{"he sweras he is fine after his filler, should i believe him?", UrgencyNone},

		{"i have night swaets and a fever since the microneedling", UrgencyInfection},
		{"since the peel i get night sweast with a temperature", UrgencyInfection},
	})
}

// TestRules_RunOnHonestlyOpensASentence: typed without stops, "honestly"
// (or "tbh") followed by "i" or "ive" after a story opens the writer's
// own sentence, so the story's workplace or clinic no longer undoes the
// wish told after it; "and honestly" or "was honestly" carries the
// clause on, and a frank opinion of a product stays harmless.
func TestRules_RunOnHonestlyOpensASentence(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"the clinic sold me a pricey exosome serum and everyone at work says my skin looks better. honestly i've been thinking it was worth every penny, should i buy another?", UrgencyNone},
		{"my face is still red after the laser and my coworkers keep asking. tbh i've been thinking of skipping the gym for a week, is that wise?", UrgencyNone},

		{"my face is still red after the laser and people at work keep staring. honestly i've been thinking everyone would be happier if i just disappeared, and i've worked out how", UrgencySelfHarm},
		{"my skin is still bumpy after the peel and people at work keep whispering. tbh i've been thinking everybody would be happier if i vanished and i know how i'd do it", UrgencySelfHarm},
	})
}

// TestRules_SingleQuotedMessageOpensAClause: a message someone sent,
// quoted in single quotes a sentence long ("posted 'thanks for
// everything…'"), is its own clause, so the salon or spa it was sent to
// does not undo the goodbye in it; a word or two in scare quotes ("a bit
// 'off'") stays in its clause, and a quoted review stays harmless.
func TestRules_SingleQuotedMessageOpensAClause(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"a client left the salon a review saying 'thanks for everything, the exosome facial was amazing, see you next month' so sweet", UrgencyNone},
		{"my skin looks a bit 'off' since the facial at the spa, is that normal", UrgencyNone},

		{"a client messaged the salon page saying 'thanks for everything, this is my last visit, you won't see me again'. she has been so low lately", UrgencySelfHarm},
		{"a regular dm'd the spa instagram saying 'thank you for everything, this is my last appointment, you won't see me again'. she's been really down", UrgencySelfHarm},
	})
}
