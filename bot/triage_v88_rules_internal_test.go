package bot

import "testing"

// TestRules_NotHereDeniedInTheThinking: "don't think I'll be here" is the
// same not being here as "I won't be here", its denial moved onto the
// thinking; with a pet given away it is a goodbye. A day off named with it
// ("tomorrow", "for the launch") or an errand stays clear.
func TestRules_NotHereDeniedInTheThinking(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I don't think I'll be here by Friday. Gave the cat to my neighbour.", UrgencySelfHarm},
		{"don't think i'll be around much longer, my sister is taking the dog for good", UrgencySelfHarm},

		{"don't think I'll be here tomorrow, my sister is minding the dog while I'm away", UrgencyNone},
		{"I don't think I'll be here for the product launch, gave my ticket to a friend", UrgencyNone},
	})
}

// TestRules_TeachingAClassPeriod: "teaching 3rd period" is the writer in a
// class at that hour, no staff training: a reaction told then is a case.
// A lesson on reactions, or a question of what to do, stays a lesson.
func TestRules_TeachingAClassPeriod(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"teaching 5th period right now and since trying a new hand cream my throat keeps getting tighter, can I wait till the bell?", UrgencyAirway},
		{"Teaching period 2 and my tongue has swollen right up after a tester lipstick", UrgencyAirway},

		{"teaching a lesson on allergies tomorrow: what should the class do if someone's throat closes up?", UrgencyNone},
		{"teaching 4th period next week on what to do when a friend's lips swell after a bee sting", UrgencyNone},
	})
}
