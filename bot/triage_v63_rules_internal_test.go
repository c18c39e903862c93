package bot

import "testing"

// TestRules_HabitInAnotherClause: a habit word ("always", "usually") told
// in one clause is no habit of a sign in another clause that its own
// clause dates now ("since yesterday's top-up", "an hour ago… and now"):
// going to the same injector always, or being always tired, does not make
// a grey patch after filler a habit. A sign told in the habit's own
// clause stays a habit.
func TestRules_HabitInAnotherClause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I usually see the same nurse, since this morning's lip filler my upper lip has gone white and cold", UrgencyInjection},
		{"always worn out lately, got my jaw injected two hours ago and now the skin there is patchy and grey", UrgencyInjection},
		{"my face always looks grey after a night shift, which exosome serum brightens?", UrgencyNone},
		{"I always go to the same clinic and my skin usually looks a bit grey in winter, is a peel worth it?", UrgencyNone},
		{"my lips always swell a little after filler, it settles in a day, is arnica ok?", UrgencyNone},
	})
}

// TestRules_BoilingToTouchAndASmellOffAWound: "boiling" is a heat the skin
// has to the touch as "hot" is ("the calf is boiling to the touch"), and a
// smell coming off a wound is a smell coming from it: with feeling ill
// they are an infection. Boiling weather, a kettle, or a skin that is
// only tight to the touch are none.
func TestRules_BoilingToTouchAndASmellOffAWound(t *testing.T) {
	checkRules(t, []rulesCase{
		{"grazed my ankle on a rock at the weekend, now the calf is red up to the knee and boiling to the touch, and I feel awful and keep being sick", UrgencyInfection},
		{"the cut on my shin has a smell coming off it now, and I can't keep anything down today", UrgencyInfection},
		{"it is boiling outside today and my skin feels tight to the touch, which moisturiser?", UrgencyNone},
		{"my kettle was boiling and I touched the spout, skin is fine, which serum?", UrgencyNone},
		{"my candle has a lovely smell coming off it, does exosome serum have a scent?", UrgencyNone},
	})
}

// TestRules_MorePillsThanMeantOnPurpose: more of one's pills than one
// should take, told done on purpose or deliberately anywhere in its
// sentence, is an overdose, however small it is played ("not many");
// more than the dose told without a purpose or a heap stays none.
func TestRules_MorePillsThanMeantOnPurpose(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Rough week. Swallowed a couple more of my pills than the label says tonight, deliberately, not many, I will be fine", UrgencySelfHarm},
		{"had a few extra of my sleeping tablets than I'm meant to, on purpose, it's fine I'll just sleep", UrgencySelfHarm},
		{"took one more of my antibiotics than the leaflet says by mistake, is my serum ok with that?", UrgencyNone},
		{"I took more of my iron tablets than I should have yesterday, can I still use vitamin C serum?", UrgencyNone},
	})
}

// TestRules_ThroatSqueezedAndAnItchAllOver: a throat felt as if a hand
// were round it ("feels like there's a hand round my neck") is a throat
// closing, and an itch from head to toe is the hives' itch: together they
// are an allergic reaction. A hand really put round the neck to apply a
// cream, or a wool jumper's itch, is none.
func TestRules_ThroatSqueezedAndAnItchAllOver(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a wasp got me by the bins and now it feels like someone's hands are round my throat and I'm itchy from head to toe", UrgencyAirway},
		{"I like to put my hands around my neck when I apply the serum, is that ok?", UrgencyNone},
		{"my new wool jumper has me itchy head to toe, which moisturiser?", UrgencyNone},
		{"got stung by a bee and I'm itchy head to toe, can I put exosome cream on it?", UrgencyNone},
	})
}

// TestRules_GreyingOutOnStanding: the sight greying out is a faint coming
// on, "the room spins" is a dizziness, and "keep" told before signs
// joined by "and" makes the "every time I stand up" after them a sign
// that comes back now, no habit: with a heart that flutters, a heart
// case. A button greyed out on a site, hair greying, or a habit kept of
// something else is none.
func TestRules_GreyingOutOnStanding(t *testing.T) {
	checkRules(t, []rulesCase{
		{"since the microneedling I keep greying out and the room spins each time I stand up, and my heart is fluttering", UrgencyHeartBrain},
		{"my hair keeps greying out at the temples, will exosome scalp serum help?", UrgencyNone},
		{"I keep my serum in the fridge and my face tingles every time I get up, is that normal?", UrgencyNone},
		{"the room spins a bit when I've had too much wine, does alcohol age the skin?", UrgencyNone},
	})
}

// TestRules_WhyDoesItLookLikeOnMine: "why does it look like …" told of a
// part of the writer's own named later in its clause ("…on my chin") is a
// report put as a question, as "why does my chin look…" is; asked of
// other people's faces it stays a question about people in general.
func TestRules_WhyDoesItLookLikeOnMine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Why does it look like someone painted a purple lace pattern on my chin? I had filler there at lunch and it really hurts", UrgencyInjection},
		{"why does it look like people's lips go purple and lacy after filler in those before and after photos?", UrgencyNone},
	})
}

// TestRules_ChildDrankFromASprayer: a sprayer holds a farm or garden
// chemical, and a drink named as what it was mistaken for ("thinking it
// was water") is no drink had: a child who drank from a sprayer is a
// poisoning. A drink had for what it is stays none.
func TestRules_ChildDrankFromASprayer(t *testing.T) {
	checkRules(t, []rulesCase{
		{"on the allotment my neighbour's boy, 6, gulped from the knapsack sprayer thinking it was water, he's drooling and twitching", UrgencyPoisoning},
		{"my 3 year old drank out of the weed sprayer thinking it was juice", UrgencyPoisoning},
		{"my son gulped his sister's water thinking it was his, he's fine, anything for his chapped lips?", UrgencyNone},
	})
}

// TestRules_LessStressedIfIWasntAroundAndAWayFound: others told calmer,
// less stressed or happier were the writer not around is a burden, and
// "I've worked out how" with nothing after it a way found: together a
// self-harm case, however it is played down. Not around for a weekend, or
// a way worked out to do something named, is none.
func TestRules_LessStressedIfIWasntAroundAndAWayFound(t *testing.T) {
	checkRules(t, []rulesCase{
		{"no drama, but honestly my partner would be calmer if I wasn't around, and I've worked out how. I'm ok, just worn out.", UrgencySelfHarm},
		{"not a big thing, my flatmates would worry less if I wasn't here, and I've worked out how. I'm fine.", UrgencySelfHarm},
		{"my kids would be calmer if I wasn't around at the weekend, thinking of a spa break", UrgencyNone},
		{"I finally worked out how to layer the serum under my sunscreen", UrgencyNone},
		{"my mum would be less stressed if I wasn't here every weekend, which gift set should I bring her?", UrgencyNone},
	})
}

// A screen's control greyed out is no sight gone grey; a sight greyed
// out after an injection still is.
func TestRules_GreyedOutOnAScreen(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the button is greyed out on the booking page, how do I book?", UrgencyNone},
		{"the saturday slots are all greyed out on the app, are exosome facials that popular?", UrgencyNone},
		{"an hour after the filler my vision greyed out on one side", UrgencyInjection},
		{"my vision keeps going grey and greyed out completely on the left for a minute", UrgencyHeartBrain},
	})
}
