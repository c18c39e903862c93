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

// TestRules_DrowningInDemandsIsAFigure: drowning or choking beside the
// demands that swamp someone (questions, emails, bookings) is being
// overwhelmed; drowning beside a breath that will not come stays an
// airway.
func TestRules_DrowningInDemandsIsAFigure(t *testing.T) {
	checkRules(t, []rulesCase{
		{"everyone at the salon keeps asking me about exosome facials and honestly I'm drowning, what do I tell them", UrgencyNone},
		{"three hundred emails about the new serum launch and I feel like I'm drowning, which brand is legit?", UrgencyNone},
		{"since the filler I feel like I'm drowning and I can't get a breath in", UrgencyAirway},
		// Someone asking after the person, or a busy day, is no demand.
		{"I'm choking, my partner keeps asking if I'm ok", UrgencyAirway},
		{"feel like im drowning, my boyfriend keeps asking whats wrong", UrgencyAirway},
		{"the salon is busy and I feel like I'm choking", UrgencyAirway},
	})
}

// TestRules_BodyPartWantingToDieIsAFigure: skin, a face or hair that
// "wants to die" is a figure for how it looks; a person who wants to die
// stays self-harm.
func TestRules_BodyPartWantingToDieIsAFigure(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my face wants to die after a week of festival camping, what should I put on it", UrgencyNone},
		{"my poor hands want to die after all this hand washing, is exosome cream any good", UrgencyNone},
		{"i want to die, nothing helps my skin and i can't do this anymore", UrgencySelfHarm},
		// …unless the writer joins it.
		{"my skin wants to die and so do I", UrgencySelfHarm},
		{"my face wants to die, and tbh I do too", UrgencySelfHarm},
		{"my hair wants to die after the bleach, me too honestly", UrgencySelfHarm},
	})
}

// TestRules_FeverThresholdAskedIsNoFever: asking what temperature counts
// as a fever (for a leaflet, for clients) names no fever had; a
// temperature measured stays one.
func TestRules_FeverThresholdAskedIsNoFever(t *testing.T) {
	checkRules(t, []rulesCase{
		{"writing our clinic's after-peel leaflet: what temp is classed as a fever for clients?", UrgencyNone},
		{"which temperature counts as a fever after microneedling, so I know for later", UrgencyNone},
		{"my temperature is 39.4 and the microneedled area is hot, red and spreading", UrgencyInfection},
	})
}

// TestRules_WellAndBackHomeSettlesAFaint: someone who fainted and is
// then "fine and home now" is well again; a faint with a sign after it
// stays urgent.
func TestRules_WellAndBackHomeSettlesAFaint(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my sister passed out during her peel yesterday, came round straight away, she's ok and back home now", UrgencyNone},
		{"my mum fainted at her facial, she's fine and home now but her face is drooping on one side", UrgencyHeartBrain},
	})
}

// TestRules_SpatStraightOutIsNoIntake: a product that went in a child's
// mouth and was spat straight out, with no sign after, was not
// swallowed; one also swallowed, or followed by a burning mouth, stays a
// poisoning.
func TestRules_SpatStraightOutIsNoIntake(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son got a dab of moisturiser in his mouth and spat it out straight away, he's playing happily", UrgencyNone},
		{"my toddler put some serum in her mouth and spat it out, now her lips are red and burning", UrgencyPoisoning},
		{"my 2 year old had toner in his mouth, spat some out but drank the rest", UrgencyPoisoning},
	})
}
