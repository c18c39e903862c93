package bot

import "testing"

// TestRules_RunOnWoundsSomeoneGivesThemselves: wounds told, then run on
// "he's/she's doing himself/herself" (the run-on opens a new sentence at
// "she's"), are someone's self-harm; "doing herself a favour", a task done
// herself, and wounds of an accident are none.
func TestRules_RunOnWoundsSomeoneGivesThemselves(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my 15 year old son has cuts on his legs hes doing himself and wants a scar cream", UrgencySelfHarm},
		{"found scratches all over her thighs shes giving herself. what serum helps them heal", UrgencySelfHarm},

		{"she has cuts on her hands from gardening shes doing herself a favour and resting", UrgencyNone},
		{"my daughter has burns from the curling iron shes doing herself now, which cream helps", UrgencyNone},
		{"she got little cuts from the rose bush and shes doing her nails herself tonight", UrgencyNone},
	})
}
