package bot

import "testing"

// TestRules_PastimeTakenUpIsNoIntake: "got into" a pastime named bare
// (skincare, makeup, k-beauty, "the whole … thing") is an interest taken
// up, not a product got at; a child who got into someone's products, a
// container or a named product, or who ate some of it, stays a poisoning.
func TestRules_PastimeTakenUpIsNoIntake(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my 15yo daughter got into skincare from tiktok and now wants exosome ampoules, are they worth it", UrgencyNone},
		{"since my boy got into makeup last year he keeps asking about exosome primers", UrgencyNone},
		{"our 13 year old got into k-beauty over the summer, is an exosome mask ok for her age?", UrgencyNone},
		{"my son got into the whole ten step routine thing, does he need exosomes at 17?", UrgencyNone},
		{"my niece is really into skin care and has gotten into makeup lately, any exosome gift ideas?", UrgencyNone},
		{"my 2 year old got into my skincare drawer and ate some of the cream", UrgencyPoisoning},
		{"the toddler got into the retinol while i was in the shower", UrgencyPoisoning},
		{"my 3yo got into skincare samples and swallowed one", UrgencyPoisoning},
		{"my 4 year old got into the makeup bag", UrgencyPoisoning},
		{"my little one got into the whole tube of numbing cream", UrgencyPoisoning},
	})
}
