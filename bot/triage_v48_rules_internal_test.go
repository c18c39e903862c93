package bot

import "testing"

// TestRules_RednessRecoveredFast: a redness that went down, faded or
// calmed "super quick" is a recovery, not a redness spreading fast; a
// redness running down a part of the body fast is still tracking.
func TestRules_RednessRecoveredFast(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my cousin's flush from the peel went down super quick, now she swears by the stuff. who is it best for?", UrgencyNone},
		{"the redness faded so fast after the exosome mask, is that normal?", UrgencyNone},
		{"my redness calmed down pretty quickly after the serum", UrgencyNone},
		{"the redness is going down my arm really fast after the injection", UrgencyInfection},
		{"a red patch is spreading down my neck fast since the microneedling", UrgencyInfection},
		{"the redness round the jab spot is spreading super quick", UrgencyInfection},
	})
}
