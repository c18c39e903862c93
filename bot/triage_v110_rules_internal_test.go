package bot

import "testing"

// TestRules_PidginKeikiIsAChild: "keiki" (Hawaiian Pidgin for a child)
// who swallowed a product and is sick is a poisoned child; a keiki named
// with no product swallowed, or only wearing one, is not.
func TestRules_PidginKeikiIsAChild(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"our keiki wen get into da skin bleach and he wen eat one spoon, now stay puking", UrgencyPoisoning},
		{"my keiki got into my night cream and had a mouthful, now she keeps being sick", UrgencyPoisoning},

		{"my keiki loves the beach, which reef-safe sunscreen is gentle for her?", UrgencyNone},
		{"is exosome serum ok around keiki or should I keep it for me only?", UrgencyNone},
	})
}
