package bot

import "testing"

// TestRules_PillsReadyMisspelt: the pills got "reddy" (ready misspelt)
// are means made ready; pills from a maker of that name are none.
func TestRules_PillsReadyMisspelt(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"got all my pils reddy tonite", UrgencySelfHarm},
		{"my tablets are reddy next to the bed", UrgencySelfHarm},

		{"I buy my pills from Dr Reddy's, are they ok with an exosome serum?", UrgencyNone},
		{"are the pills reddy makes any good for acne?", UrgencyNone},
	})
}

// TestRules_PlanToEndThings: a plan to end it all or to end things, told
// of oneself or relayed, is self-harm; a plan to end things with someone,
// a deal or an argument is none.
func TestRules_PlanToEndThings(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"My daughter says she has a plan to end things because of her skin. She's locked herself in the bathroom.", UrgencySelfHarm},
		{"honestly I've made a plan to end it all, the scarring is the last straw", UrgencySelfHarm},

		{"my brother has a plan to end things with his girlfriend before Christmas, what skincare gift says sorry?", UrgencyNone},
		{"we've got a plan to end things amicably with the landlord and move out, any tips for moving-day skin?", UrgencyNone},
	})
}

// TestRules_ThanksForBeingAFriendAsGoodbye: thanks for having been a good
// friend said with sorry for everything is a farewell, relayed or told; the
// same thanks in a birthday card, or alone, is none.
func TestRules_ThanksForBeingAFriendAsGoodbye(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"My cousin messaged me at midnight: sorry for everything and thank you for being a great friend. Then nothing. She's hated her skin for ages.", UrgencySelfHarm},

		{"thanks for being a good friend, happy birthday! which exosome gift set should I get her?", UrgencyNone},
		{"she wrote thanks for being such a good mate in my birthday card, sweet. Best serum under 30 pounds?", UrgencyNone},
	})
}
