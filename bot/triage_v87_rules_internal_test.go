package bot

import "testing"

// TestRules_CallNearlyMadeOnOneself: a call to 999 or 911 one nearly made
// "on" oneself, at one's own reflection, is a joke about one's looks; a call
// for oneself, or one made, with a sign, stays an emergency.
func TestRules_CallNearlyMadeOnOneself(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"caught sight of myself in the shop window and almost called 911 on me, any serum for dull skin?", UrgencyNone},
		{"saw my reflection in the lift and nearly called 999 on myself. best eye cream for puffiness?", UrgencyNone},

		{"I almost called 999 for myself, my throat is closing up after the peel", UrgencyAirway},
		{"nearly called 999 on myself, my tongue is swelling and I can't swallow", UrgencyAirway},
	})
}

// TestRules_MakingOfAPartDenied: "didn't make my lips swell" denies the
// swelling; the part after the denied making is no new subject. A making
// that is not denied, or a sign told after the denial, stays.
func TestRules_MakingOfAPartDenied(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"the new balm didn't make my lips swell at all, they just feel a bit tight", UrgencyNone},
		{"that sheet mask did not cause my lips to swell, only some redness", UrgencyNone},

		{"the balm didn't help, it made my lips swell up huge and now I can't breathe", UrgencyAirway},
		{"the mask didn't make my lips swell but my throat is closing", UrgencyAirway},
	})
}

// TestRules_SomeoneElseGrandAfter: "he's grand" (Irish English for "he's
// fine") ends someone else's scare told before it, as "and he's fine"
// does; a sign told after it, or growing, stays.
func TestRules_SomeoneElseGrandAfter(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my brother's lip filler went wrong and the skin went white, the nurse dissolved it straight away and he's grand, is that common?", UrgencyNone},
		{"my cousin's cheek went white after her filler, it was dissolved on the spot and she's grand, should I worry about mine?", UrgencyNone},

		{"my brother's filler went wrong and the skin went white and he's grand he says but the white patch is spreading", UrgencyInjection},
	})
}
