package bot

import "testing"

// TestRules_OtherPersonRecovered: someone else's scare told with its end
// ("…and she's good", "was seen and discharged", "carries an EpiPen now")
// is over; the same scare told as happening stays an emergency.
func TestRules_OtherPersonRecovered(t *testing.T) {
	checkRules(t, []rulesCase{
		// "and she's good" is "and she's fine".
		{"my nan passed out at the salon last week, they had her checked and she's good. do peels cause that?", UrgencyNone},
		{"my nan passed out at the salon and she's not waking up", UrgencyHeartBrain},
		// Treated and sent home: a hospital's discharge ends the scare.
		{"a client went wheezy after the mask last month, paramedics came and she was discharged that evening. which mask is safer?", UrgencyNone},
		{"my mate's lips swelled after a filler top-up, he got discharged fine the same day. is that common?", UrgencyNone},
		{"a client went wheezy after the mask and is still struggling to breathe, paramedics on the way", UrgencyAirway},
		{"the spot on my cheek is discharging pus and i've got a fever", UrgencyInfection},
		// An EpiPen carried, kept or prescribed is a precaution.
		{"my brother reacted badly to a wasp once, he's grand and keeps an epipen on him now. are bee venom masks risky?", UrgencyNone},
		{"she carries an EpiPen these days after her peanut scare, is propolis ok in a serum?", UrgencyNone},
		{"her throat is closing, where is her epipen? need it now", UrgencyAirway},
		{"he's wheezing after the bee venom mask, giving him his epipen now", UrgencyAirway},
	})
}

// TestRules_ChildBitFood: a child who bit into food has bitten no
// poison, whatever products the message names; a child who bit into a
// product (a pod, a tube, a capsule) has.
func TestRules_ChildBitFood(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my girl bit into a pear and her gum bled a little, can i put my serum near her mouth?", UrgencyNone},
		{"the twins were playing near my serums and he bit into one of their biscuits, now his lip looks a bit red", UrgencyNone},
		{"my toddler bit into a laundry capsule and he's coughing", UrgencyPoisoning},
		{"my son bit into the tube of retinol cream and it's in his mouth", UrgencyPoisoning},
		{"are these vitamin c capsules dangerous? my little one bit into two", UrgencyPoisoning},
	})
}

// TestRules_ChestAcheAfterExercise: a chest that aches after exercise,
// asked about a treatment, is sore muscle; a chest pain with
// breathlessness, sweating, an arm, a pressure, or during the exercise
// stays an emergency.
func TestRules_ChestAcheAfterExercise(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my chest is achy from bench press yesterday, fine to get a facial today?", UrgencyNone},
		{"achy chest after my workout, can i still use retinol tonight?", UrgencyNone},
		{"achy chest after my workout and i'm sweating a lot, can i still use retinol tonight?", UrgencyHeartBrain},
		{"achy chest after my workout and it's going down my left arm, is the facial still on?", UrgencyHeartBrain},
		{"achy chest after my workout and i can't catch my breath, should i skip the peel?", UrgencyAirway},
		{"tight pressure in my chest after the gym, is it ok to do a peel?", UrgencyHeartBrain},
		{"my chest started aching during my run, is a peel ok later?", UrgencyHeartBrain},
	})
}

// TestRules_V50Misses: a battery misspelt, and a jump
// said to be meant while the height is named; with the ordinary messages
// beside them.
func TestRules_V50Misses(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my nephew swalowed a coin batery off the side, seems fine though", UrgencyPoisoning},
		{"my toothbrush batery keeps dying, any serum that helps gums?", UrgencyNone},
		{"a customer is stood on the multi-storey roof ledge threatening to jump, i'm on reception", UrgencySelfHarm},
		{"my brother is on the balcony again saying he wants to jump", UrgencySelfHarm},
		{"the bridge of my nose is peeling, going to jump on the exosome trend", UrgencyNone},
		{"on the cliff path with my sister, she's going to jump into the sea for a swim, is salt water ok after a peel?", UrgencyNone},
	})
}
