package bot

import "testing"

// TestRules_AProductOnAChildsMouth: a product smelt on a child's breath,
// asked as "why does… smell like", foam at a child's lips as at the
// mouth, and a child's lips or mouth burnt or raw beside an acid and a
// container got into are a poisoning; sunburnt or chapped lips, a tongue
// burnt on soup, and toothpaste foam are none.
func TestRules_AProductOnAChildsMouth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how come my little boy's breath smell like my glycolic toner?", UrgencyPoisoning},
		{"there's froth at her lips and my 3 year old had the serum bottle open", UrgencyPoisoning},
		{"my daughter's mouth is blistered and raw, she got into the cupboard with the glycolic peel", UrgencyPoisoning},
		{"my son's tongue looks burned, he was playing with my salicylic acid bottle in the bathroom", UrgencyPoisoning},
		{"my son's lips are sunburnt and peeling after the beach, which lip balm with no acids?", UrgencyNone},
		{"my little girl's lips are chapped and raw from the cold, is the lactic acid cream ok for them?", UrgencyNone},
		{"my son burnt his tongue on hot soup, can I use a peel on my face while he naps? bottle's open", UrgencyNone},
		{"my toddler has toothpaste foam at his lips every night, which kids' face wash?", UrgencyNone},
	})
}
