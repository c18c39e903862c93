package bot

import "testing"

// TestRules_RunOnQuestionAboutAProductOpensAClause: a wish to be gone
// told without stops, then a question about a product ("…disappear for
// good what serum…", "…if i just vanished sorry random do plant exosomes
// work"), is read in its own clause: the product's name in the question
// does not make the wish a product's. A product the wish itself is about
// still does.
func TestRules_RunOnQuestionAboutAProductOpensAClause(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"ever since the layoff i feel i should just vanish for good. what cream would hide how tired i look?", UrgencySelfHarm},
		{"honestly everyone would be calmer if i just disappeared. sorry, off topic, do human exosomes work better?", UrgencySelfHarm},

		{"i want my dark spots to just disappear for good what serum works best", UrgencyNone},
		{"my redness would be calmer if it just disappeared do plant exosomes help with that", UrgencyNone},
	})
}
