package bot

import "testing"

// TestRules_LastWeekChosen: a last week or night one has decided on or
// is planning for is a plan to die, asked beside a product or not; a last
// week at a job, of a course or before moving is none.
func TestRules_LastWeekChosen(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"should I even bother with the night cream now that I have decided this is my last week", UrgencySelfHarm},
		{"does it matter which moisturiser I buy when I am planning for this to be my last week", UrgencySelfHarm},
		{"what toner is best if I have decided today is my last week", UrgencySelfHarm},

		{"I decided this is my last week at the salon so any cheap serum tips before I lose my discount?", UrgencyNone},
		{"planning for this to be my last week of retinol before the peel, is that enough?", UrgencyNone},
		{"we decided this is my last week before moving abroad, which sunscreen travels well?", UrgencyNone},
		{"was that serum my last week's purchase or the one before?", UrgencyNone},
	})
}

// TestRules_RashTakingOverTheBody: bumps that spread from one spot to a
// whole chest or body, beside a cough, are an allergy reaching the
// airway; acne that moved over months, or a rash with no other sign, is
// none.
func TestRules_RashTakingOverTheBody(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"the bumps went from my neck to my whole tummy in like five minutes and I keep coughing", UrgencyAirway},
		{"the red blotches went from her face to her whole chest within minutes and she won't stop coughing", UrgencyAirway},

		{"my bumps went from my forehead to my whole back over the past months, do exosomes help acne?", UrgencyNone},
		{"the bumps went from my neck to my whole back in a few minutes", UrgencyNone},
		{"I keep coughing since my cold and my skin is dry", UrgencyNone},
	})
}
