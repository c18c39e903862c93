package bot

import "testing"

// TestRules_RednessBroughtDownQuickly: a redness that something "calm(ed)
// down … quick", "soothed … fast" or "took down … quickly" is going away
// at that pace, not spreading, however the object and the pace are
// parted; a redness that spreads quick, or one the product did not calm
// while it spreads, is still a sign.
func TestRules_RednessBroughtDownQuickly(t *testing.T) {
	checkRules(t, []rulesCase{
		{"after microneedling it looked okay, then the redness spread quick over my jaw and now it's hot", UrgencyInfection},

		{"mi sister go spa an dem put exosome pon her after di peel, she seh it calm down di redness quick, it good fi me too?", UrgencyNone},
		{"my aunt got a laser facial and the exosome serum calmed the redness quickly, would it suit rosacea?", UrgencyNone},
		{"the clinic used exosomes after my needling and it took down the redness fast, is that normal?", UrgencyNone},
		{"a friend said the exosome mask soothed her redness really quick after her peel", UrgencyNone},
	})
}
