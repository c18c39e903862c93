package bot

import "testing"

// TestRules_NoneOfWhoeverCant: the denial of "none of", "neither of" or
// "not one of" is its verb's whoever it counts — "the lads", "the girls",
// "us", "them" as well as "my boys" — so "none of us can wake him" tells
// what "we can't wake him" does; keeping a secret ("none of us can
// breathe a word") tells no breathing.
func TestRules_NoneOfWhoeverCant(t *testing.T) {
	checkRules(t, []rulesCase{
		{"none of the lads can breathe right since the spray in the tanning room", UrgencyAirway},
		{"not one of the girls can breathe properly after the fumes", UrgencyAirway},
		{"none of us can wake her up, she took something after the party", UrgencyHeartBrain},
		{"none of the family can wake her this morning", UrgencyHeartBrain},

		{"none of us can breathe a word of this to mum, which exosome set makes a good gift?", UrgencyNone},
		{"they aren't breathing a word about the new clinic opening, any news?", UrgencyNone},
		{"none of my friends can tell I had filler, is that normal?", UrgencyNone},
		{"none of the lads could swallow any of it, the tub was locked away", UrgencyNone},
	})
}
