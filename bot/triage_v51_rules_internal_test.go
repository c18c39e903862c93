package bot

import "testing"

// TestRules_HowToTellApart: a question how one tells one thing from
// another ("how would you tell…", "how do you tell…", "how can one
// tell…") asks for knowledge, of no case at hand; the same question
// asked of a case happening now stays an emergency.
func TestRules_HowToTellApart(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do you tell anaphylaxis apart from a normal flare after a peel?", UrgencyNone},
		{"how would one tell a stroke from a migraine after botox?", UrgencyNone},
		{"how can you tell if a throat is closing or it's just anxiety after a new serum?", UrgencyNone},
		{"how do i tell if this is anaphylaxis? my throat is closing right now", UrgencyAirway},
		{"my lips are swelling and my throat is tight, how would you tell if it's anaphylaxis?", UrgencyAirway},
	})
}
