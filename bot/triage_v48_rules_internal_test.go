package bot

import "testing"

// TestRules_RednessRecoveredFast: a redness that went down, faded or
// calmed "super quick" is a recovery, not a redness spreading fast; a
// redness running down a part of the body fast is still tracking.
func TestRules_RednessRecoveredFast(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my cousin's flush from the peel went down super quick, now she swears by the stuff. who is it best for?", UrgencyNone},
		{"the redness faded so fast after the exosome mask, is that normal?", UrgencyNone},
		{"my redness calmed down pretty quickly after the serum", UrgencyNone},
		{"the redness is going down my arm really fast after the injection", UrgencyInfection},
		{"a red patch is spreading down my neck fast since the microneedling", UrgencyInfection},
		{"the redness round the jab spot is spreading super quick", UrgencyInfection},
	})
}

// TestRules_V48Vocabulary: the Scots "wean" is a child (not the verb
// "wean off"), and a misspelt "disappear" is still the wish to vanish.
func TestRules_V48Vocabulary(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the wean's drunk some o my toner and he's gagging", UrgencyPoisoning},
		{"my wean got into the night cream and has been sick twice", UrgencyPoisoning},
		{"best way to wean off hydroquinone without rebound?", UrgencyNone},
		{"all of them wud be happier if i just dissapeared for gud", UrgencySelfHarm},
		{"my freckles wont dissapear no matter what i use", UrgencyNone},
	})
}

// TestRules_V48ChildTastedProduct: what a child bit into told by a count
// or a pronoun after the product was named, and licks told as tastes
// taken before a child's lips went red; a habit of licking is none.
func TestRules_V48ChildTastedProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"are these serum pods toxic? my boy bit into both and keeps throwing up", UrgencyPoisoning},
		{"how strong is this capsule serum? my toddler just bit into one", UrgencyPoisoning},
		{"my lad took a few licks of the acid toner and his tongue is burning", UrgencyPoisoning},
		{"my son licks his lips all day and they're red, can he use my moisturiser?", UrgencyNone},
		{"are capsule serums better than bottled ones?", UrgencyNone},
	})
}
