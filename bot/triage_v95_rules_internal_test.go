package bot

import "testing"

// TestRules_ChildKeepsBeingSickAfterAnIntake: a child told as "she" or
// "he" who keeps being sick after swallowing a product is poisoned, even
// after a nurse's reassurance; a child sick with a bug, no product taken,
// is not.
func TestRules_ChildKeepsBeingSickAfterAnIntake(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my little girl swallowed a mouthful of face wash, 111 said not to worry but she's being sick again and again", UrgencyPoisoning},
		{"my toddler licked the inside of the toner cap, the nurse line said no worries but he keeps being sick", UrgencyPoisoning},

		{"my son keeps being sick with a tummy bug, can he still use his eczema cream?", UrgencyNone},
		{"she was being sick on the car journey, any tips for her chapped lips?", UrgencyNone},
	})
}
