package bot

import "testing"

// TestRules_SuckOnAProductsBottle: a child who had a suck on the bottle,
// tube or dropper of a product named beside it took some in; a baby's own
// bottle, or a bottle of milk, is a feed.
func TestRules_SuckOnAProductsBottle(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my baby grabbed the self-tan drops off the side and had a suck on the bottle, she seems happy enough, that's ok isn't it?", UrgencyPoisoning},
		{"toddler pinched my retinol serum and took a suck on the dropper", UrgencyPoisoning},

		{"the baby had a suck on her bottle then nodded off", UrgencyNone},
		{"I was doing my serum while the baby had a suck on his bottle", UrgencyNone},
	})
}
