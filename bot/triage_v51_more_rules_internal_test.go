package bot

import "testing"

// TestRules_SpeechOfANumbedMouth: words that won't come from a mouth
// numbed for dental work (the dentist, a filling, the anaesthetic) are
// the numbing, no stroke; words that won't come otherwise, or beside a
// drooping face, stay one.
func TestRules_SpeechOfANumbedMouth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"still can't get my words out after the dentist numbed half my jaw, how long till i can use my vitamin c serum?", UrgencyNone},
		{"i can barely talk since the filling anaesthetic, is it ok to put a sheet mask on tonight?", UrgencyNone},
		{"all of a sudden i can't get my words out, what is happening", UrgencyHeartBrain},
		{"my dad can't find the words and one side of his face is sagging", UrgencyHeartBrain},
	})
}
