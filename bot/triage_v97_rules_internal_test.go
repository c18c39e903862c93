package bot

import "testing"

// TestRules_KitKeptInCaseOfAReaction: what to keep "in case of" a bad
// reaction stores something against one to come; a bad reaction that
// keeps coming back is told.
func TestRules_KitKeptInCaseOfAReaction(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I keep getting a severe allergic reaction every time I put this serum on, lips puffing up right now", UrgencyAirway},
		{"she keeps having a bad allergic reaction to the new cream and her throat feels tight", UrgencyAirway},

		{"our beauty salon is adding peels, which first aid supplies should we keep in case of a serious allergic reaction?", UrgencyNone},
		{"what meds do you keep just in case of a severe allergic reaction at the clinic?", UrgencyNone},
	})
}
