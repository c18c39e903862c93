package bot

import "testing"

// TestRules_WoundsGivenToOneself: burns, cuts or scratches a person gives
// themself are self-harm, told of oneself or relayed by a parent, whatever
// comes before; the same wounds got by accident, in a workshop, shaving or
// with a derma roller are not.
func TestRules_WoundsGivenToOneself(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Busy week, finally a quiet evening. my son has burns on his forearms he's been doing himself and he wants a cream to cover them", UrgencySelfHarm},
		{"I've got scratches on my thighs that I gave myself, would exosomes fade them?", UrgencySelfHarm},
		{"my daughter has cuts on her wrists she did to herself, what heals scars fastest?", UrgencySelfHarm},

		{"she got burns from the hair straightener she did herself by accident, what soothes them?", UrgencyNone},
		{"the cuts he got making the shelves himself in the workshop are healing, exosomes for scars?", UrgencyNone},
		{"tiny cuts I gave myself shaving this morning, can I still use the serum?", UrgencyNone},
	})
}
