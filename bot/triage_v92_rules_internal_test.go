package bot

import "testing"

// TestRules_ChildHadADrinkOfAFarmChemical: "had a drink of" a farm or
// household chemical is a child's intake as a swig of it is; a drink of
// water or milk near the same chemical is not.
func TestRules_ChildHadADrinkOfAFarmChemical(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my little boy (3) wandered into the milking parlour and I reckon he had a drink of the teat dip, he's drooling loads", UrgencyPoisoning},
		{"the toddler took a drink of the sheep dip out in the shed and keeps coughing", UrgencyPoisoning},

		{"the kids had a drink of water after watching the sheep dip", UrgencyNone},
		{"my son had a drink of milk after helping me with the teat dip this morning", UrgencyNone},
	})
}
