package bot

import "testing"

// TestRules_DaySparedForOthers: a day picked that is put after another
// person's occasion "so I don't spoil it for them" is a plan told
// indirectly; sparing someone's day with a skin treatment, a photo or an
// outfit, or a date picked for a wedding, is none.
func TestRules_DaySparedForOthers(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've chosen the day. It'll be after my brother's graduation so I won't wreck it for him.", UrgencySelfHarm},
		{"Decided on a date. Once mum's birthday is over, so I don't spoil it for her.", UrgencySelfHarm},

		{"I'll book the peel after my sister's wedding so I don't ruin the photos for her", UrgencyNone},
		{"we picked a date for the wedding, hope it doesn't rain", UrgencyNone},
		{"I'm waiting till after her party so I don't spoil the surprise for her", UrgencyNone},
		{"I won't wear white, I don't want to ruin the day for the bride. Which serum before makeup?", UrgencyNone},
	})
}

// TestRules_GoodbyeNoteAndGone: a note that says sorry and goodbye, left
// by someone who is now gone (not here, the car gone), is a farewell told
// by whoever found it; a note that apologises for a late order, a car
// stolen or someone out at work is none.
func TestRules_GoodbyeNoteAndGone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my flatmate left a letter on the table saying sorry for everything and goodbye, and he's not home. his van is missing too", UrgencySelfHarm},
		{"found a note from my son saying he's sorry, goodbye. he's gone and so are his keys", UrgencySelfHarm},

		{"the shop left a note saying sorry my order was late, bye for now. is the serum still ok?", UrgencyNone},
		{"my car is gone, I think it was stolen overnight, ugh. anyway which exosome cream?", UrgencyNone},
		{"she's not here today, she's at work, can I book her exosome facial for tomorrow?", UrgencyNone},
		{"my sister left for uni and said goodbye, I miss her already. any serum for stress spots?", UrgencyNone},
	})
}

// TestRules_CallForBlemish: an emergency call made "for" a spot, a zit or
// a breakout ("this close to ringing an ambulance for it") is a hyperbole;
// a call for a person, a swelling or a reaction is none.
func TestRules_CallForBlemish(t *testing.T) {
	checkRules(t, []rulesCase{
		{"should I call an ambulance for my son? his lips are swelling after the cream", UrgencyAirway},
		{"I'm calling an ambulance for my mum, she collapsed after the peel", UrgencyHeartBrain},
		{"do I need to call an ambulance for her? she won't wake up properly", UrgencyHeartBrain},

		{"this zit on my forehead is a whole planet, nearly called an ambulance for it lol no but seriously what helps", UrgencyNone},
		{"party tomorrow and there's a spot on my nose the size of a grape, about to call an ambulance for it. exosome mask?", UrgencyNone},
		{"I was close to calling an ambulance for a pimple, it's that bad. any overnight fix?", UrgencyNone},
	})
}

// TestRules_FaqIsStaffDocument: a question written for a clinic's FAQ is a
// document for clients in general, as a leaflet or a handout is; a case
// told by the writer is still one.
func TestRules_FaqIsStaffDocument(t *testing.T) {
	checkRules(t, []rulesCase{
		{"writing our FAQ later, but right now a client's throat is closing after her filler, what do I do?", UrgencyAirway},

		{"drafting the FAQs for our website: at what point should someone go to urgent care after microneedling?", UrgencyNone},
		{"FAQ question for the salon site - when would a customer need the ER after a lip filler?", UrgencyNone},
	})
}

// TestRules_NoneOfThemDid: a subject counted out by "none of", "neither
// of" or "not one of" is denied what follows, even when the intake reaches
// over a comma to a product; one of them who did still alarms.
func TestRules_NoneOfThemDid(t *testing.T) {
	checkRules(t, []rulesCase{
		{"one of the twins drank some of my toner, neither of the others did", UrgencyPoisoning},
		{"none of the grown-ups noticed but my daughter swallowed the retinol", UrgencyPoisoning},
		{"my boy ate my face cream, none of his sisters went near it", UrgencyPoisoning},

		{"neither of my boys drank anything, my serums are locked away. do they go off at room temp?", UrgencyNone},
		{"not one of the children ate any of it, the cream was on the top shelf. is it ok after the lid was off?", UrgencyNone},
	})
}

// TestRules_ButAuthorityCleared: "but" that turns to an authority's word
// that the thing was non-toxic clears the intake told before it; a "but"
// after that word, with a sign, still alarms.
func TestRules_ButAuthorityCleared(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my little one licked my toner but poison control said it was non-toxic, but now she keeps vomiting", UrgencyPoisoning},
		{"my son drank my cleanser, poison control said it was non toxic but he is really drowsy", UrgencyPoisoning},

		{"my 2 year old got into my night cream on Sunday but poison control told us it was non-toxic at that dose, and he's been fine since. how do I lock the cabinet?", UrgencyNone},
	})
}

// TestRules_BackToEverydayLife: someone told back at their everyday life
// ("back on the road", "back on her feet", "back to normal") after a faint
// is well now; someone "not back to normal" and confused is not.
func TestRules_BackToEverydayLife(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my husband fainted at work and still isn't back to normal, he is confused and slurring", UrgencyHeartBrain},
		{"my sister just collapsed in the kitchen and she is not waking up", UrgencyHeartBrain},

		{"a lorry driver I know blacked out in the heat last month, just needed fluids and he's back on the road. does sun age skin?", UrgencyNone},
		{"my aunt fainted at the market, turned out she hadn't eaten, she's back on her feet. which serum for dry skin?", UrgencyNone},
	})
}

// TestRules_HitByALorry: feeling "like I've been hit by a truck/lorry/bus"
// is the whole body unwell, as a flu makes it: with a hot, swollen wound,
// an infection spreading; a car hit by a lorry, or the phrase with no
// wound, is none.
func TestRules_HitByALorry(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the piercing from Tuesday is throbbing and hot to touch, and I feel like I got hit by a bus", UrgencyInfection},
		{"since the microneedling my cheek is swollen and warm, and honestly I feel like I've been hit by a train", UrgencyInfection},

		{"a lorry hit my car last week, I'm fine, any serum for stress breakouts?", UrgencyNone},
		{"first week of night shifts and I feel like I've been hit by a truck, what serum perks up tired skin?", UrgencyNone},
	})
}

// TestRules_ThingChokedAndFaintAsLimit: "choked" said of a thing in a
// simile (pores clogged "like a choked carburettor", a drain) is no
// choking; a faint told as the limit of a wished doing ("yell into a
// cushion until I black out") is none either. A person choking, and a
// faint that followed a cough, still alarm.
func TestRules_ThingChokedAndFaintAsLimit(t *testing.T) {
	checkRules(t, []rulesCase{
		{"she feels like she's choking and her lips are swelling", UrgencyAirway},
		{"my dad coughed until he blacked out after the lip filler", UrgencyHeartBrain},

		{"my nose pores are as choked as an old sink drain, best exosome toner?", UrgencyNone},
		{"these prices make me want to yell into a cushion until I black out. any budget exosome serum?", UrgencyNone},
	})
}

// TestRules_CountedOutAndLimitsKeepTheirSigns: "none of" counts out an
// intake in its own clause only ("not one of my kids is responding, they
// drank the bleach" still tells an intake), and a faint as the limit of
// what one takes ("take pills till I pass out") is a plan of harm, not a
// figure of speech.
func TestRules_CountedOutAndLimitsKeepTheirSigns(t *testing.T) {
	checkRules(t, []rulesCase{
		{"not one of my kids is answering me, they drank the drain cleaner", UrgencyPoisoning},
		{"I'm going to take pills till I pass out tonight", UrgencyHeartBrain},

		{"neither of my girls drank any of it, is the toner ok to keep in the bathroom?", UrgencyNone},
		{"this heatwave makes me want to dance till I pass out lol, is exosome serum ok in summer?", UrgencyNone},
	})
}

// TestRules_NoneCanIsEveryoneCant: a quantifier's denial is its verb's —
// "neither of the twins can breathe", "not one of them is breathing" tell
// of everyone what "can't breathe" tells of one; "none of my products are
// expired" and "nobody can tell me…" deny nothing of a sign.
func TestRules_NoneCanIsEveryoneCant(t *testing.T) {
	checkRules(t, []rulesCase{
		{"neither of my boys can breathe properly since the spray tan booth", UrgencyAirway},
		{"not one of the kids is breathing right after the fumes", UrgencyHeartBrain},

		{"none of my serums are out of date, can I mix them?", UrgencyNone},
		{"nobody can tell me whether exosomes work, can you?", UrgencyNone},
		{"neither of us could stop laughing at the exosome ad", UrgencyNone},
	})
}
