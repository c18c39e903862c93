package bot

import "testing"

// TestRules_ChildHasHadAMeasureOfMine: a young child who has had a dropper,
// a capful or a mouthful "of mine", the writer's product named in the
// message, took it in; a spoonful of the writer's yoghurt is none.
func TestRules_ChildHasHadAMeasureOfMine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is retinol serum dangerous for a toddler? she's just had a whole dropper of mine", UrgencyPoisoning},
		{"my 2 year old has had a capful of mine, the glycolic toner, what do I do", UrgencyPoisoning},

		{"my 3 year old pinches my breakfast, he's just had a spoonful of mine, the yoghurt. is vitamin C serum ok for toddlers?", UrgencyNone},
	})
}

// TestRules_MeansReadyToNotWakeUp: having everything needed ready to not
// wake up or not be here is a plan; everything needed to not wake the
// baby is none.
func TestRules_MeansReadyToNotWakeUp(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I finally have everything I need to not wake up.", UrgencySelfHarm},
		{"gathered all I needed to not be here by Friday", UrgencySelfHarm},

		{"I've got everything I need to not wake up the kids when I do my night routine", UrgencyNone},
		{"got everything I need to not wake up with dry skin, which serum seals it in?", UrgencyNone},
	})
}

// TestRules_NobodyNoticesIfGoneForGood: nobody noticing if the writer
// vanished "for good" is final; gone for a week away, or a skipped gym
// class, is not.
func TestRules_NobodyNoticesIfGoneForGood(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly no one would care if I vanished for good", UrgencySelfHarm},

		{"no one would care if I vanished for a weekend at a spa retreat", UrgencyNone},
		{"nobody would notice if I missed the gym class, right?", UrgencyNone},
	})
}

// TestRules_CuttingALittleAgain: cutting taken up again "a little" or "a
// bit", played down, is self-harm; cutting back on a product, hair or
// carbs a little again is not.
func TestRules_CuttingALittleAgain(t *testing.T) {
	checkRules(t, []rulesCase{
		{"nothing major, I've been cutting a bit again lately, anyway which cream fades scars?", UrgencySelfHarm},
		{"my sister told me she started cutting a little again", UrgencySelfHarm},

		{"I've started cutting back a little again on the acids", UrgencyNone},
		{"I've been cutting a bit again, my fringe keeps growing into my eyes", UrgencyNone},
		{"started cutting a little again on carbs, does my diet affect my skin?", UrgencyNone},
	})
}

// TestRules_IfEverStartedIsSupposed: a sign that "ever started" after
// "if" is supposed for some day, asked ahead; one that started, told now
// or with a time, is a case at hand.
func TestRules_IfEverStartedIsSupposed(t *testing.T) {
	checkRules(t, []rulesCase{
		{"if my tongue ever started swelling after a peel, what would I do? asking to be prepared", UrgencyNone},
		{"in case my throat ever started tightening after microneedling, what's the plan?", UrgencyNone},

		{"my throat started closing after the facial, what should I do?", UrgencyAirway},
		{"what do I do, my tongue started swelling ten minutes ago after the peel", UrgencyAirway},
	})
}

// TestRules_NothingSinceIsResolved: a sign told once, long ago, with
// "nothing since" after, is past and over; one back since, or told now,
// is not.
func TestRules_NothingSinceIsResolved(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My tongue swelled from peanuts when I was a kid and nothing since. Is there nut oil in exosome creams?", UrgencyNone},
		{"my throat swelled up from a wasp sting as a teenager, none since, can I use bee venom masks?", UrgencyNone},

		{"my throat swelled from peanuts as a kid and it's swelling again since this morning's mask", UrgencyAirway},
	})
}

// TestRules_NoStressBeforeAPaleSpotAfterFiller: "no stress", "no panic"
// or "no fuss" before a grey or white patch where filler went, sore now,
// plays the sign down and does not deny it; a patch told gone and
// painless is no case.
func TestRules_NoStressBeforeAPaleSpotAfterFiller(t *testing.T) {
	checkRules(t, []rulesCase{
		{"no stress, just a greyish area near my nose since the filler this morning and it really aches", UrgencyInjection},
		{"no fuss please but there's a pale blotchy bit on my chin from the filler and it's throbbing", UrgencyInjection},

		{"no stress, the pale bit by my lip from the filler faded by lunch and never hurt", UrgencyNone},
		{"no stress at all since my filler, my skin looks great, which serum next?", UrgencyNone},
	})
}
