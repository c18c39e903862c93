package bot

import "testing"

// TestRules_SpeechOfANumbedMouth: words that won't come from a mouth
// numbed for dental work (the dentist, a filling, the anaesthetic) are
// the numbing, no stroke; words that won't come otherwise, or beside a
// drooping face, stay one.
func TestRules_SpeechOfANumbedMouth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"still can't get my words out after the dentist numbed half my jaw, how long till i can use my vitamin c serum?", UrgencyNone},
		{"i can barely talk since the filling anaesthetic, is it ok to put a sheet mask on tonight?", UrgencyNone},
		{"all of a sudden i can't get my words out, what is happening", UrgencyHeartBrain},
		{"my dad can't find the words and one side of his face is sagging", UrgencyHeartBrain},
		// Beside a stroke's other sign the numbed mouth's speech still counts.
		{"the dentist numbed my mouth and I can't get my words out. my left arm feels heavy and weak too", UrgencyHeartBrain},
	})
}

// TestRules_InjectableAreaDoneAndSightThroughMist: a face's injectable
// area "done" (temples, cheeks, jawline) names an injection, and sight as
// through fog or mist with no article is clouded sight; after hair or
// nails done, or through a steamed-up sauna, neither is.
func TestRules_InjectableAreaDoneAndSightThroughMist(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had my cheeks done at lunch and now my left eye is like seeing through mist", UrgencyInjection},
		{"since getting my jawline done my right eye has gone blurry", UrgencyInjection},
		{"got my nails done and the salon was like looking through fog from all the acetone, which cuticle oil?", UrgencyNone},
		{"at the sauna it was like seeing through mist, can i use retinol after?", UrgencyNone},
	})
}

// TestRules_MarbledAndColderThanTheOtherSide: a face part that looks
// marbled or white and feels colder than the other side after a
// procedure are an occlusion's two signs; cold hands, a cold worktop, or
// a cheek cooled by an ice roller are not.
func TestRules_MarbledAndColderThanTheOtherSide(t *testing.T) {
	checkRules(t, []rulesCase{
		{"why does one side of my chin look marbled and feel colder than the rest? had the filler this morning", UrgencyInjection},
		{"my nose tip looks white and it's cold compared to my cheeks since the filler", UrgencyInjection},
		{"my cheek is pale and a bit cool compared to the other one after the ice roller", UrgencyNone},
		{"my hands feel cold compared to my partner's after the facial, is that my circulation?", UrgencyNone},
		{"why does one side of a face droop in bell's palsy?", UrgencyNone},
	})
}
