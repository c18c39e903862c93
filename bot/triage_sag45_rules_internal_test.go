package bot

import "testing"

// TestRules_ASaggingFaceIsAgeingUnlessOneSided: a sagging face, cheeks or
// jowls are how skin ages, asked about as a concern; a sag is a stroke's
// droop when it is on one side, or of the mouth or smile.
func TestRules_ASaggingFaceIsAgeingUnlessOneSided(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"would exosome cream help a tired, sagging face at 62?", UrgencyNone},
		{"For an older sagging face, is the research on exosomes any good yet?", UrgencyNone},
		{"my face started sagging in my forties, is it worth trying exosome facials?", UrgencyNone},

		{"my dad's face is sagging on the left side and he can't smile properly", UrgencyHeartBrain},
		{"her mouth is sagging at one corner and her speech sounds slurred", UrgencyHeartBrain},
	})
}
