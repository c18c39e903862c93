package bot

import "testing"

// TestRules_ChildSmellBesideAProduct: a child who smells of a product,
// beside its container emptied or opened, an intake or another sign, and a
// product's smell named on a child's breath, are a poisoning; a child's
// breath that smells of food or milk, a child who smells of play or of a
// hug, and a breath that smells funny, are none.
func TestRules_ChildSmellBesideAProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my daughter got into the cabinet, the remover is empty and she smells like it", UrgencyPoisoning},
		{"my 2yo smells of acetone and is really drowsy", UrgencyPoisoning},
		{"the lid is off my retinol and my son smells of it", UrgencyPoisoning},
		{"the baby smells like my serum and the bottle is open", UrgencyPoisoning},
		{"my toddler's breath smells like my toner", UrgencyPoisoning},
		{"found the cap off the serum and my 2 year old's mouth smells like it, bottle is half empty", UrgencyPoisoning},

		{"my toddler's breath smells of garlic after dinner lol", UrgencyNone},
		{"the baby's breath smells like milk", UrgencyNone},
		{"the baby's breath smells like milk after her bottle, which lotion is safe for babies?", UrgencyNone},
		{"my toddler smells like dirt after playing outside, which body wash?", UrgencyNone},
		{"my son smells like my perfume lol he keeps hugging me, which serum is best?", UrgencyNone},
		{"my toddler's breath smells funny after his bottle, is the serum I use near him safe?", UrgencyNone},
		{"my daughter's breath smells like strawberries from her yogurt, the serum bottle is open on the counter", UrgencyNone},
	})
}

// TestRules_PatchySightSaidOfTheVision: sight gone patchy, spotty or
// changed, said of the vision in its clause, is a sign; a tan, a
// foundation or a face gone patchy beside a vision said to be fine, in
// another clause or with the other thing named between, is none.
func TestRules_PatchySightSaidOfTheVision(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my vision is patchy after the filler", UrgencyInjection},
		{"had filler this morning and now there's patchy vision in my left eye", UrgencyInjection},
		{"my vision went patchy an hour after the injection", UrgencyInjection},
		{"after the tox my vision in the right eye has gone spotty", UrgencyInjection},
		{"since the filler my vision is all wavy and distorted", UrgencyInjection},
		{"my tan is patchy and my vision is blurry after the filler", UrgencyInjection},

		{"my fake tan is patchy, my vision is fine", UrgencyNone},
		{"my spray tan went patchy and my eyes are fine", UrgencyNone},
		{"my vision is fine and my face is patchy", UrgencyNone},
		{"vision ok and face patchy after the peel", UrgencyNone},
		{"my vision is fine but my tan is patchy", UrgencyNone},
		{"my vision is perfect, my tan went spotty", UrgencyNone},
		{"vision's fine, foundation went patchy by lunch", UrgencyNone},
		{"my fake tan is patchy; vision is fine", UrgencyNone},
		{"the foundation looks patchy, vision is normal", UrgencyNone},
	})
}
