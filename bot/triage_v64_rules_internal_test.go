package bot

import "testing"

// TestRules_DraughtOfADrinkIsNoProductTaken: a swig, sip, gulp or
// mouthful told of a drink ("a sip of her squash", "a mouthful of
// water") is a drink taken, not a product the same sentence names for
// another use (a sunscreen put on, a cream the writer wears). A draught
// of the product itself, or of a product a food word only describes
// ("vitamin c toner"), is still a poisoning.
func TestRules_DraughtOfADrinkIsNoProductTaken(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my three year old took a swig of the glycolic toner off the shelf, then I gave her some water", UrgencyPoisoning},
		{"my little boy had a gulp of my vitamin c serum before I could stop him", UrgencyPoisoning},
		{"the toddler had a mouthful of the peel solution, she's coughing", UrgencyPoisoning},
		{"my daughter had a gulp of apple juice while I rubbed sunscreen into her arms, does exosome lotion suit kids?", UrgencyNone},
		{"my son had a few sips of his milk and then I put my retinol cream on, is it safe to kiss him?", UrgencyNone},
		{"my 5 year old took a sip of water and I sprayed the toner on my face, is the mist ok near kids?", UrgencyNone},
	})
}
