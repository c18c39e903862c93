package bot

import "testing"

// TestRules_StrokeWarningPassedIsStillUrgent: a face gone slack on one
// side with speech slurred, told as better now, is a stroke's warning that
// passed and still an emergency; the same after a treatment, from a named
// cause (a drink, the dentist) or years ago is none.
func TestRules_StrokeWarningPassedIsStillUrgent(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"odd one, one side of my face went sort of floppy and my words came out slurring for a couple of minutes, it's fine now. probably nothing?", UrgencyHeartBrain},
		{"half my face went droopy and I was slurring for about five minutes, feel better now", UrgencyHeartBrain},

		{"years ago half my face drooped and my speech slurred, it was bells palsy, fine now", UrgencyNone},
		{"had a drink, slurring my words and my face felt numb from the dentist, all good now", UrgencyNone},
	})
}

// TestRules_CutABitAfterALongSpell: cutting told with no object, as the
// first time in a long while, is self-harm come back; a bit cut off the
// hair, out of a diet or shorter is none.
func TestRules_CutABitAfterALongSpell(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"not a big deal, rough few weeks and I cut a bit on friday, first time in months. can exosomes help it heal?", UrgencySelfHarm},

		{"I cut a bit off my hair last night for the first time in ages, feels great", UrgencyNone},
		{"I cut a bit of sugar out this week for the first time in years", UrgencyNone},
		{"had my fringe cut a bit last night for the first time in ages", UrgencyNone},
	})
}

// TestRules_ImDunIsDone: "dun" after "im", closing its clause, is "done"
// (no "I'm don't"), so the pills ready after it are not denied; the same
// "done" over a breakout is no sign. (Run on with no comma, "im dun pils…"
// keeps no clause to close, so only the written comma is checked.)
func TestRules_ImDunIsDone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"im dun, pils r lined up on the desk", UrgencySelfHarm},
	})
	checkRulesBothWays(t, []rulesCase{
		{"im dun, this acne wont clear, wat serum helps", UrgencyNone},
	})
}
