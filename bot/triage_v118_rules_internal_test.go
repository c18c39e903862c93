package bot

import "testing"

// TestRules_RunOnAllThenResolution: "all" before how a past scare ended
// ("all cleared up now", "all healed up") opens that ending's clause as a
// comma would, typed with or without stops; a sign told now beside it
// stays urgent.
func TestRules_RunOnAllThenResolution(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"ran a temperature with a breast infection a few months back, all cleared up now. ok to book exosome facials again?", UrgencyNone},

		{"I've got a fever tonight and red streaks running up from the needling marks, it had all cleared up yesterday", UrgencyInfection},
	})
}

// TestRules_RunOnSortedNow: "sorted now" after a past swelling ends its
// story as a comma would; a swelling told worse now stays urgent.
func TestRules_RunOnSortedNow(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my top lip puffed up from a plumping balm once years back, sorted now. would an exosome lip treatment be any different?", UrgencyNone},

		{"my lips puffed up from a plumping balm and are swelling fast, I thought it was sorted now it's worse", UrgencyAirway},
	})
}
