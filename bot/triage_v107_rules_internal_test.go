package bot

import "testing"

// TestRules_RunOnSentenceOpensAfterMe: typed without stops, "i" right
// after a "me" that ends a clause ("…be fine without me i only came to
// ask…", "…laughing at me i have tried everything…") opens the writer's
// next sentence, as a stop would: a treatment named in that next sentence
// no longer clears the wish to be gone told before it. "told me i…",
// where the "me" takes the clause, goes on; a treatment the burden itself
// is about still clears it.
func TestRules_RunOnSentenceOpensAfterMe(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"i truly believe my children would be better off with their mum and without me. i only came on here to ask if an exosome facial is worth it before the party.", UrgencySelfHarm},
		{"my partner and my boys would be better off with their grandma and without me. i meant to ask about exosome microneedling.", UrgencySelfHarm},

		{"the salon managed fine without me, i was on holiday. is an exosome facial worth it?", UrgencyNone},
		{"my derm told me i should try an exosome facial before the party, is it worth it?", UrgencyNone},
	})
}

// TestRules_RunOnKeepThinkingOpensASentence: "i keep thinking…" after a
// story typed without stops ("…the serum did nothing i keep thinking my
// wife and son would be better off with someone else") begins a sentence
// of its own, so the product in the story before it does not clear the
// burden told in it.
func TestRules_RunOnKeepThinkingOpensASentence(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my face has been a mess since the twins came, i got a pricey exosome cream and it changed nothing. i keep thinking my wife and the twins would be better off with somebody who copes. i've been staring at the bridge on the way home. sorry, not a skin question, does it help dark patches?", UrgencySelfHarm},

		{"i got a pricey exosome cream and it changed nothing, i keep thinking i should have bought the retinol instead. does it help dark patches?", UrgencyNone},
		{"i keep thinking my clients would be better off with a cheaper exosome serum, which one do you rate?", UrgencyNone},
	})
}

// TestRules_RunOnSorryOpensASentence: an apology typed without a stop
// after a story ("…at the bridge for hours tonight sorry wrong place…") opens a
// sentence of its own; "feeling sorry for", "so sorry" go on.
func TestRules_RunOnSorryOpensASentence(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"i've been staring at the bridge on the way home for hours tonight. sorry, wrong place for this, i came about exosome cream for dark patches.", UrgencySelfHarm},

		{"i felt so sorry for my sister after her peel went wrong, does exosome cream help dark patches?", UrgencyNone},
		{"sorry for the long post, my dark patches got worse after a peel, does exosome cream help?", UrgencyNone},
	})
}
