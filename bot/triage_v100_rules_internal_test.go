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
