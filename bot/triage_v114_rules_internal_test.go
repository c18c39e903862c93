package bot

import "testing"

// TestRules_PetChewingPlantsIsNoPoisoning: a pet that chews or eats a
// plant, with a product asked about only in another sentence, took in no
// product and no person did; a child that ate a plant, a pet that ate a
// product or a pet unwell after a plant still are poisonings.
func TestRules_PetChewingPlantsIsNoPoisoning(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my neighbour's dog keeps eating the grass in our garden. separate question, is exosome toner safe daily?", UrgencyNone},
		{"the kitten has been chewing the leaves of my monstera again. anyway which exosome cream is vegan?", UrgencyNone},

		{"my toddler ate some leaves off my houseplant, do I need to call someone? also is my serum safe", UrgencyPoisoning},
		{"my dog ate my retinol cream", UrgencyPoisoning},
		{"my cat chewed my houseplants and now she's vomiting. also is exosome cream safe near pets?", UrgencyPoisoning},
	})
}
