package bot

import "testing"

// TestRules_LongStandingGreyBeforeATreatment: a grey or pale complexion
// told as the look it has had for long (night shifts, years, always,
// tired) while a treatment is only offered or weighed is no colour change
// after a treatment; a grey skin or patch dated now ("since the filler
// yesterday", "this morning", "today") or after a treatment told had
// stays one, whatever long-standing thing is told beside it.
func TestRules_LongStandingGreyBeforeATreatment(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the filler went in yesterday and since then the skin beside my nostril looks grey", UrgencyInjection},
		{"had the booster injected this morning and now the patch on my cheek is going grey", UrgencyInjection},
		{"years of night shifts, and after my filler today my skin looks grey", UrgencyInjection},
		{"had botox last week and my skin is grey, years of smoking", UrgencyInjection},
		{"years of night shifts and my skin looks grey, a salon near me is offering a laser facial at a discount, worth it?", UrgencyNone},
		{"my face has always looked pale, should I try exosome microneedling?", UrgencyNone},
		{"I'm tired all the time and my skin is grey, I'm thinking about booking a peel", UrgencyNone},
		{"I bartend until 4am most nights so my skin looks grey, would a hydrafacial help or is it a waste?", UrgencyNone},
		{"my complexion is naturally pale, my friend offered me her leftover botox, should I?", UrgencyNone},
	})
}
