package bot

import "testing"

// TestRules_PuffyFromCryingBeforeALaugh: eyes puffy from a cry told before
// a laugh ("…lol puffy eyes all over") are explained by it, typed with or
// without stops, as they are after a comma; a swelling told after the
// laugh with no crying, or a face swelling shut after a treatment, stays
// an emergency.
func TestRules_PuffyFromCryingBeforeALaugh(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"had a proper sob over the ex last night and my face is a disaster lol, puffy eyes everywhere, help?", UrgencyNone},
		{"spent sunday bawling at sad films haha. puffy eyes all over the place. what fixes that?", UrgencyNone},

		{"my face is a disaster lol, puffy eyes everywhere after the filler, help?", UrgencyAirway},
		{"cried at a film lol, now my eyes are swelling shut after the new serum", UrgencyAirway},
	})
}

// TestRules_HealingFastIsNoSpread: how fast skin heals is no speed of a
// redness; a redness told spreading fast still is one.
func TestRules_HealingFastIsNoSpread(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my brother's skin settled down really soon after the laser and they'd put exosomes on it. was the redness helped by them, or does he just heal fast?", UrgencyNone},
		{"the pink patches after my peel faded in two days, did the exosome mask do that or do i just heal quickly?", UrgencyNone},

		{"the redness round my filler spot is spreading fast and it's hot to touch", UrgencyInfection},
		{"red area on my cheek growing quickly since the microneedling, and it won't heal", UrgencyInfection},
	})
}
