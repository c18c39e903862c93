package bot

import "testing"

// TestRules_SpanishEmergencyWords: a few Spanish words for the parts and
// signs of an emergency (nose, face, lips, purple, patches, drooping,
// swollen) read as their English in a mixed message; the same words in
// a harmless message say nothing.
func TestRules_SpanishEmergencyWords(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my cousin had filler done at a party, now her nariz is morada with manchas and it hurts", UrgencyInjection},
		{"mi papá suddenly has la cara caída on the left and is confused", UrgencyHeartBrain},
		{"after the lip injections sus labios están hinchados and she can't breathe", UrgencyAirway},
		{"la piel went blanca y morada after my filler and me duele mucho", UrgencyInjection},

		{"is exosome serum good for la cara? my skin is dull", UrgencyNone},
		{"my friend Cara recommended an exosome mask, worth it?", UrgencyNone},
		{"what's good for manchas on la cara from the sun", UrgencyNone},
	})
}

// TestRules_AirNotGoingIn: breath told as air that will not go in ("air
// is not going inside properly") is an airway; air that will not go
// into a tyre, a room or a bottle is not.
func TestRules_AirNotGoingIn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"since the face pack my air is not going in properly and my lips are big", UrgencyAirway},
		{"feels like the breath isn't getting in, my throat feels weird after the serum", UrgencyAirway},
		{"the air isn't going into the tyre, anyway which exosome serum is best", UrgencyNone},
		{"fresh air is not getting into the treatment room, is that bad for the peel", UrgencyNone},
	})
}

// TestRules_PartTwiceItsSize: a hand or a finger grown to twice its size
// is a swelling: with shakes or a fever, an infection; muscles grown at
// the gym, or a part twice the size with no other sign, are not.
func TestRules_PartTwiceItsSize(t *testing.T) {
	checkRules(t, []rulesCase{
		{"cut my finger gardening monday, it's twice the size now and I've got the shakes", UrgencyInfection},
		{"my knee is double the size since I grazed it and I'm running a fever", UrgencyInfection},
		{"my arms are twice the size since I started the gym and I'm sweating a lot, exosomes for stretch marks?", UrgencyNone},
		{"my pores look twice the size in this light, any serum?", UrgencyNone},
	})
}

// TestRules_MoreTabletsThanTheDose: more tablets than one is supposed to
// take, by a handful or a heap, is an overdose; one more than the dose,
// or a child's, is not this sign.
func TestRules_MoreTabletsThanTheDose(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I took way more of my sleeping pills than I should, like a handful, everything is fuzzy", UrgencySelfHarm},
		{"had a few more of my meds than i'm meant to, a whole load of them, feel weird", UrgencySelfHarm},
		{"I took one more tablet than the leaflet says, is that bad with exosome cream", UrgencyNone},
		{"do I need more tablets than my friend to clear acne? she takes a lot", UrgencyNone},
	})
}

// TestRules_GlueAndSachetsAreProducts: nail or lash glue, a sachet or a
// hydroquinone cream a child swallows is a poisoning; glue on a lash
// strip, or a sachet used on the face, is not.
func TestRules_GlueAndSachetsAreProducts(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my toddler swallowed some of the lash glue and keeps coughing", UrgencyPoisoning},
		{"my 3 year old ate one of my sheet mask sachets", UrgencyPoisoning},
		{"my daughter swallowed some hydroquinone cream", UrgencyPoisoning},
		{"which lash glue is best for sensitive eyes?", UrgencyNone},
		{"I used a sachet of exosome serum on my face last night, how long till results", UrgencyNone},
	})
}

// TestRules_WokeUpOnTheFloor: coming to on a floor (a salon's, a
// bathroom's) with a heart that skips is an emergency; waking on the
// floor after a sleepover or a night out is not.
func TestRules_WokeUpOnTheFloor(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I woke up on the bathroom floor after my facial and my heart keeps fluttering", UrgencyHeartBrain},
		{"woke up on the clinic floor, heart racing and sweaty", UrgencyHeartBrain},
		{"woke up on the living room floor after the sleepover, my heart is racing from the coffee lol", UrgencyNone},
		{"woke up on the floor after too much wine and my skin is dull, any serum?", UrgencyNone},
	})
}

// TestRules_PossibleInTheoryAsks: "is it possible in theory" for a
// treatment to cause a sign asks about it; a sign told now, after such a
// question, stays urgent.
func TestRules_PossibleInTheoryAsks(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is it possible in theory for filler to make your face droop? booking soon", UrgencyNone},
		{"would it be possible in theory for a peel to make your mouth droop on one side?", UrgencyNone},
		{"is it possible in theory to react to exosomes? because my lips are swelling fast and I can't breathe", UrgencyAirway},
		{"possible in theory that my face is drooping from the botox? it dropped on one side an hour ago and my arm is weak", UrgencyHeartBrain},
	})
}

// TestRules_AScenarioEndsAtATurn: a sentence that opens as a scenario
// ("theoretically", "hypothetically", "in theory") supposes only up to a
// turn ("but", "yet", "though"): what follows it is told, and a sign there
// is an emergency; a scenario with no turn stays supposed.
func TestRules_AScenarioEndsAtATurn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"theoretically I should be fine, but I can't breathe", UrgencyAirway},
		{"hypothetically it's nothing, yet my throat is closing up", UrgencyAirway},
		{"in theory it's just a reaction but my lips are swelling fast", UrgencyAirway},
		{"hypothetically, if someone's throat closed after a peel, what should staff do first?", UrgencyNone},
		{"in theory could exosome serum make my lips swell?", UrgencyNone},
	})
}
