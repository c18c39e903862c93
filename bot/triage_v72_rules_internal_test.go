package bot

import "testing"

// TestRules_NoneOfWhoeverCant: the denial of "none of", "neither of" or
// "not one of" is its verb's whoever it counts — "the lads", "the girls",
// "us", "them" as well as "my boys" — so "none of us can wake him" tells
// what "we can't wake him" does; keeping a secret ("none of us can
// breathe a word") tells no breathing.
func TestRules_NoneOfWhoeverCant(t *testing.T) {
	checkRules(t, []rulesCase{
		{"none of the lads can breathe right since the spray in the tanning room", UrgencyAirway},
		{"not one of the girls can breathe properly after the fumes", UrgencyAirway},
		{"none of us can wake her up, she took something after the party", UrgencyHeartBrain},
		{"none of the family can wake her this morning", UrgencyHeartBrain},

		{"none of us can breathe a word of this to mum, which exosome set makes a good gift?", UrgencyNone},
		{"they aren't breathing a word about the new clinic opening, any news?", UrgencyNone},
		{"none of my friends can tell I had filler, is that normal?", UrgencyNone},
		{"none of the lads could swallow any of it, the tub was locked away", UrgencyNone},
	})
}

// TestRules_FaintAtAnOccasionBeforeAsked: a faint told in the simple past
// at an occasion of a kind ("at a blood test", "during a jab") and closed
// by "before", then a question about a treatment, is an earlier occasion;
// the same faint followed by a sign now, or told at a place that may be
// today's, still alarms.
func TestRules_FaintAtAnOccasionBeforeAsked(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my dad passed out at a barbecue before, he's grey and sweaty now", UrgencyHeartBrain},
		{"she collapsed in the hallway before and she's still muddled", UrgencyHeartBrain},
		{"I blacked out at a vaccination before and now my chest is tight", UrgencyHeartBrain},

		{"I passed out at a vaccination before, is microneedling safe for me?", UrgencyNone},
		{"my daughter fainted during a jab before, can she have exosome injections?", UrgencyNone},
	})
}

// TestRules_FaintInItsOtherForms: a faint told as "passes out", "blacks
// out" or "having fits" (plural of a fit) is one, as "passed out" and
// "having a fit" are, and a sign of the body that runs until a faint
// ("retching till she blacks out") is no doing wished up to a limit.
// Samples passed out, a screen that blacks out, and a scream wished till
// one passes out tell none.
func TestRules_FaintInItsOtherForms(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my nan keeps retching till she blacks out", UrgencyHeartBrain},
		{"he's been being sick until he passes out, twice now", UrgencyHeartBrain},
		{"our toddler is having fits and is really floppy", UrgencyHeartBrain},
		{"she passes out whenever she stands up since this morning", UrgencyHeartBrain},

		{"the nurse passes out samples at the clinic, are they any good?", UrgencyNone},
		{"the telly blacks out whenever a skincare advert comes on, weird. anyway which serum?", UrgencyNone},
		{"I want to shout into a pillow till I pass out, which serum for stress spots?", UrgencyNone},
		{"these jeans give me fits, any exosome cream for chafing?", UrgencyNone},
	})
}

// TestRules_HearsayEndsAtBut: "apparently" frames what it tells as heard,
// up to a "but" that turns to someone now ("apparently that's normal, but
// her tongue is swelling"); a story heard whose "but" turns to the
// writer's skin being fine, or a friend's word, is still none.
func TestRules_HearsayEndsAtBut(t *testing.T) {
	checkRules(t, []rulesCase{
		{"apparently that's normal after a peel, but his lips are swelling up fast", UrgencyAirway},
		{"apparently it's expected, but my throat feels like it's shutting", UrgencyAirway},

		{"apparently a woman at my gym had her throat close after a facial, but my skin is fine, is it safe?", UrgencyNone},
		{"apparently some people get swollen lips but my friend said it was fine, worth trying?", UrgencyNone},
	})
}

// TestRules_FitsOfLaughterAndPassingOutOfCollege: a faint word followed by
// "of" is something else — fits of laughter or giggles, a cadet who passed
// out of college (graduated) — and "has fits" or "had fits" tells a
// condition or a past, not a fit now; "having fits" is one.
func TestRules_FitsOfLaughterAndPassingOutOfCollege(t *testing.T) {
	checkRules(t, []rulesCase{
		{"we had fits of laughter at the clinic, is the exosome facial worth it?", UrgencyNone},
		{"we were having fits of giggles all through the facial", UrgencyNone},
		{"he passed out of police college last week, any exosome gift ideas?", UrgencyNone},
		{"my son had fits as a baby, he's 12 now, can he use exosome cream?", UrgencyNone},

		{"she's having fits and won't come round", UrgencyHeartBrain},
	})
}
