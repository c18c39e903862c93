package bot

import "testing"

// TestRules_PupilOfTheFirstSecondaryYearsIsAChild: a pupil named by a
// school year up to year 9 is a child, so a product drunk or swallowed by
// one is a poisoning, relayed by a teacher or not; the same pupils asking
// about a product or learning about it are no case.
func TestRules_PupilOfTheFirstSecondaryYearsIsAChild(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"A year 8 student gulped a bottle of cleansing water and a bit of her mate's spot toner for a bet at break, now she's queasy and lightheaded.", UrgencyPoisoning},
		{"one year 7 student drank a bottle of micellar water at lunch and now feels dizzy", UrgencyPoisoning},
		{"year 9 student drank a whole bottle of face mist before PE and is dizzy", UrgencyPoisoning},

		{"a year 9 student asked if toner is safe for teenage skin", UrgencyNone},
		{"a year 8 pupil wants to know which cleanser suits oily skin", UrgencyNone},
	})
}
