package bot

import "testing"

// TestRules_FaceLooksLikeDeathWarmedUp: "like death warmed up" said of
// how a face or the skin looks is an idiom of tiredness, no illness, even
// beside puffy eyes; said of how the writer feels or looks as a whole,
// with a swelling, it stays a sign.
func TestRules_FaceLooksLikeDeathWarmedUp(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Up all night with the teething twins, my skin looks like death warmed over. Best exosome mask for puffy under-eyes?", UrgencyNone},
		{"Night shifts all week and my face is looking like death warmed up, puffy eyelids too, what helps?", UrgencyNone},

		{"feeling like death warmed up, face puffy and sore since the microneedling", UrgencyInfection},
		{"I look like death warmed up and my face is puffy since the microneedling", UrgencyInfection},
	})
}

// TestRules_IsThereSuchAThingAsTooMuch: "is there such a thing as too
// much…?" asks whether a thing exists at all, and a short example after it
// ("like an overdose?") is asked with it; an overdose told is an
// emergency.
func TestRules_IsThereSuchAThingAsTooMuch(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Is there any such thing as too much retinol in one night? Like an overdose?", UrgencyNone},
		{"is there even such a thing as an exosome overdose? like poisoning?", UrgencyNone},

		{"my sister took an overdose of her sleeping tablets an hour ago", UrgencySelfHarm},
	})
}

// TestRules_ChildAteALumpOfAProduct: a child who ate a lump of a salve
// or a balm and is now pale or sleepy swallowed a product; a lump of
// playdough eaten, or a dollop of balm put on a graze, is none.
func TestRules_ChildAteALumpOfAProduct(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Found my little lad with the menthol chest rub, she says he's had a big dollop and now he's really drowsy", UrgencyPoisoning},

		{"the wee one ate a chunk of playdough, silly boy, anyway does the salve help dry lips?", UrgencyNone},
		{"my son got a big dollop of balm on his graze, he was so brave, is exosome cream ok for scars?", UrgencyNone},
	})
}
