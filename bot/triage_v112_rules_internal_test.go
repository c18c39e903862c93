package bot

import "testing"

// TestRules_FeltLikeDyingThenExplained: a feeling of dying told in the
// past and then told as only something harmless ("…but it was just the
// tingle") is a figure of speech; one followed by a sign now, or by help
// called, is not.
func TestRules_FeltLikeDyingThenExplained(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my sister reckoned she felt like she was dying in the microneedling chair but it was just the numbing wearing off, she's thrilled with her skin", UrgencyNone},
		{"I felt like I was dying at my first hydrafacial but it was only the suction, would exosomes sting less?", UrgencyNone},

		{"I felt like I was dying after the filler but it was just nerves, now my lips are swelling and I can't breathe", UrgencyAirway},
		{"my mum felt like she was dying after her laser session and the salon called an ambulance", UrgencyMedical},
	})
}

// TestRules_WillSortedAndAtPeace: a will put in order beside being at
// peace, nothing else named, is self-harm; peace with one's skin, or a
// will made for a new baby, is not.
func TestRules_WillSortedAndAtPeace(t *testing.T) {
	checkRules(t, []rulesCase{
		{"not making a fuss, I've sorted my will and I'm at peace now", UrgencySelfHarm},
		{"just so you know I made a will and I'm at peace. which cleanser do you rate?", UrgencySelfHarm},

		{"sorted out my will after the twins were born and I'm at peace now, is exosome serum ok while breastfeeding?", UrgencyNone},
		{"I'm at peace with my fine lines now, are exosomes worth it anyway?", UrgencyNone},
	})
}
