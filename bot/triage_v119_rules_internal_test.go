package bot

import "testing"

// TestRules_WishOverLookLaughedOff: a death wished over a passing look
// (a spot, a zit, brows) in the same sentence, laughed off and left there,
// is a figure of speech; the same wish with no look before it, or with
// more said after the laugh, stays urgent.
func TestRules_WishOverLookLaughedOff(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"got a giant spot on my nose right before the wedding photos, i wanna die haha", UrgencyNone},
		{"my brows came out totally lopsided from the salon today, i want to die lol", UrgencyNone},

		{"i want to die lol", UrgencySelfHarm},
		{"got a giant spot on my nose right before the wedding photos, i want to die lol. honestly nothing feels worth it anymore", UrgencySelfHarm},
		{"got a giant spot on my nose again, i want to die lol i've saved up my pills", UrgencySelfHarm},
	})
}
