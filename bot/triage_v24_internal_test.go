package bot

import "testing"

// TestRules_ChestSqueezeWithNumbArm: a chest pain told as a squeeze or a
// pressure beside an arm gone numb is a heart or brain emergency, however
// lightly said; a squeeze from a hug, a bra or a workout top is none.
func TestRules_ChestSqueezeWithNumbArm(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Having a bit of a squeeze in my chest, and my arm's a bit numb. Could it be the new cream?", UrgencyHeartBrain},
		{"there's a pressure in my chest and my left arm feels numb since this morning", UrgencyHeartBrain},
		{"weird squeezing in the chest and my arm's gone numb, is it the peel?", UrgencyHeartBrain},

		{"my niece gave my chest a big squeeze with her hug and my arm's numb from carrying her, which serum?", UrgencyNone},
		{"the new bra puts a squeeze on my chest, any cream for the red marks?", UrgencyNone},
		{"my workout top gives my chest a squeeze and my arms go numb at the gym, which body lotion?", UrgencyNone},
	})
}

// TestRules_CheckedAndFoundHarmless: a chest pain or a scare a doctor or
// the ER checked and put down to a harmless cause (heartburn, reflux, a
// panic attack) is over; a pain that came back after, or one only guessed
// to be heartburn, is not.
func TestRules_CheckedAndFoundHarmless(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My husband had chest pain yesterday, the ER checked him and said it was heartburn. Is the eye cream worth it?", UrgencyNone},
		{"I had chest pain last week, the doctor said it was just anxiety, which serum calms redness?", UrgencyNone},
		{"my dad had a crushing chest last night, the hospital said it was indigestion, can he use retinol?", UrgencyNone},

		{"the GP said it was reflux last month. Today my chest is crushing and my arm is numb", UrgencyHeartBrain},
		{"the ER said it was heartburn yesterday but now the chest pain is back and worse", UrgencyHeartBrain},
	})
}

// TestRules_FreshCutsHiddenOrNamed: fresh cuts hidden from parents or a
// partner, and fresh marks beside cutting named as their cause, are
// self-harm; cuts from a cat or shaving hidden from a mum, and fresh marks
// after cutting hair or a kitchen knife, are none.
func TestRules_FreshCutsHiddenOrNamed(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do i hide fresh cuts on my arms from my parents, serum or makeup?", UrgencySelfHarm},
		{"best concealer to cover new cuts on my thighs so my boyfriend doesn't find out?", UrgencySelfHarm},
		{"what's the best sunscreen for scars from cutting? fresh ones from last night", UrgencySelfHarm},
		{"does the exosome serum fade marks from cutting? there are new ones from yesterday", UrgencySelfHarm},

		{"how do i hide fresh cuts on my arms from the cat from my mum, she hates him", UrgencyNone},
		{"how do i hide new cuts on my legs from shaving from my parents?", UrgencyNone},
		{"what's the best cream for scars from cutting onions? fresh ones from the kitchen knife", UrgencyNone},
		{"I've been cutting out sugar and have new marks on my face, serum?", UrgencyNone},
		{"old scars from cutting years ago, will the exosome cream fade them?", UrgencyNone},
	})
}

// TestRules_EasierForEveryoneIfI: everyone's life told easier if the
// writer does a thing, beside a bridge or a note, is self-harm; everyone
// better off if the writer cooks or books, and a bridge on a drive, are
// none.
func TestRules_EasierForEveryoneIfI(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I keep thinking it'd be easier for everyone if I just drove off the bridge on the way home. Anyway, is the serum worth it?", UrgencySelfHarm},
		{"it would be better for everyone if I just wasn't here, I've written them all a note", UrgencySelfHarm},

		{"it'd be easier for everyone if I just cooked tonight, then we can do face masks", UrgencyNone},
		{"it'd be easier for everyone if I drive over the bridge to the pharmacy, which serum should I pick up?", UrgencyNone},
		{"it'd be easier for everyone if I just ordered the serum for the whole salon", UrgencyNone},
	})
}

// TestRules_LookingUpWhichMedsWouldDoIt: a search for which pills would
// be enough, beside a note left, is self-harm; a search for which meds
// are safe with a serum or help a headache is none.
func TestRules_LookingUpWhichMedsWouldDoIt(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've written a note for my partner and put it in my desk drawer, and I've been looking up which of my meds would do it.", UrgencySelfHarm},
		{"said my goodbyes. been googling how many of my pills would do it", UrgencySelfHarm},

		{"I've been looking up which of my meds are safe with retinol, any idea?", UrgencyNone},
		{"I've been googling which meds would help my headache after the facial", UrgencyNone},
		{"left a note for my husband about the dog and looked up which tablets interact with the serum", UrgencyNone},
	})
}

// TestRules_OverByADay: an end set by a day ("it'll be over by the
// weekend") beside goodbyes said is self-harm; a swelling, exams or a
// sale over by the weekend are none.
func TestRules_OverByADay(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My 15-year-old's messages say she's said her goodbyes and 'it'll be over by the weekend'. Should I buy her the serum?", UrgencySelfHarm},
		{"gave my things away. it'll all be over by tomorrow", UrgencySelfHarm},

		{"the swelling after my filler, will it be over by the weekend?", UrgencyNone},
		{"said goodbye to my students, exams will be over by friday, then a facial", UrgencyNone},
		{"is the exosome sale over by monday?", UrgencyNone},
	})
}

// TestRules_BreathThroughWetClothAndPatchGrowingHourly: breath drawn as
// through a wet cloth after a product is an airway sign, and a patch
// growing by the hour beside feeling fluey is an infection; a wet towel
// in a sauna or a fire drill, and a patch growing with no illness or a
// baby bump growing, are none.
func TestRules_BreathThroughWetClothAndPatchGrowingHourly(t *testing.T) {
	checkRules(t, []rulesCase{
		{"welts down my chest since the serum and it feels like I'm breathing through a wet cloth", UrgencyAirway},
		{"after the peel it's like breathing through a damp towel", UrgencyAirway},
		{"the patch by my jaw is getting bigger every hour and I feel like I've got the flu", UrgencyInfection},
		{"the red area on my cheek is growing every hour since the microneedling and I feel shivery and feverish", UrgencyInfection},

		{"in the sauna it's like breathing through a wet towel, which serum after?", UrgencyNone},
		{"the patch by my jaw is getting bigger every day, which concealer covers it?", UrgencyNone},
		{"my baby bump is getting bigger every day and I've got the flu, is the serum safe?", UrgencyNone},
	})
}

// TestRules_NotSureIllBeAroundToSee: a doubt of living to see a result
// is self-harm however lightly asked; not being around because of a move,
// a trip or a job is none.
func TestRules_NotSureIllBeAroundToSee(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Honestly not sure I'll be around to see if the serum works. Anyway, how long does it take?", UrgencySelfHarm},
		{"unsure I'll be around long enough for the results tbh", UrgencySelfHarm},

		{"not sure I'll be around to see the results, I'm moving abroad next month", UrgencyNone},
		{"not sure I'll be around to see my client's results, my contract at the salon ends friday", UrgencyNone},
		{"I'm sure I'll be around to see the results, how long does it take?", UrgencyNone},
	})
}
