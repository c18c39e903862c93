package bot

import "testing"

// TestRules_HowToTellApart: a question how one tells one thing from
// another ("how would you tell…", "how do you tell…", "how can one
// tell…") asks for knowledge, of no case at hand; the same question
// asked of a case happening now stays an emergency.
func TestRules_HowToTellApart(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do you tell anaphylaxis apart from a normal flare after a peel?", UrgencyNone},
		{"how would one tell a stroke from a migraine after botox?", UrgencyNone},
		{"how can you tell if a throat is closing or it's just anxiety after a new serum?", UrgencyNone},
		{"how do i tell if this is anaphylaxis? my throat is closing right now", UrgencyAirway},
		{"my lips are swelling and my throat is tight, how would you tell if it's anaphylaxis?", UrgencyAirway},
	})
}

// TestRules_ChildGotNoneOut: a child who chewed or sucked a container
// (a lid, a cap, a pump) but got none of the product out has taken
// none; with the product in the mouth, or harm told after, it stays a
// poisoning.
func TestRules_ChildGotNoneOut(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my 2 year old was gnawing on the cap of my toner, he didn't get any out, is the plastic ok?", UrgencyNone},
		{"my daughter sucked on the pump of my cleanser but didn't get any out", UrgencyNone},
		{"my daughter sucked on the pump of my cleanser, i wiped her mouth but didn't get any out", UrgencyPoisoning},
		{"my son chewed the lid of my retinol and didn't get any out but now he's coughing and gagging", UrgencyPoisoning},
		{"my toddler chewed the tube of peel solution open and swallowed some", UrgencyPoisoning},
	})
}

// TestRules_OnceAnOccasion: "once" after a past verb, with the occasion
// it counts ("went tight once after prawns", "fainted once at the
// dentist"), tells a past episode; a sign counted in the case told
// ("…and was sick once"), or a once back now, stays an emergency.
func TestRules_OnceAnOccasion(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my lips puffed up once after a nut bar, is a peptide serum ok for me?", UrgencyNone},
		{"i passed out once at the dentist during a filling, can i have microneedling?", UrgencyNone},
		{"my son swallowed two of my vitamin a capsules and was sick once", UrgencyPoisoning},
		{"my throat went tight once after prawns and now it's tightening again after this mask", UrgencyAirway},
		{"all at once my throat went tight after the peel", UrgencyAirway},
	})
}

// TestRules_MouthWontShapeWords: a mouth or a tongue that won't say or
// form the words, beside a numb or weak arm, is a stroke's pair of signs
// (misspelt 'numm', 'propely' read as the words); words that won't come
// for an essay, or speech alone, are not.
func TestRules_MouthWontShapeWords(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my tongue wont make the words properly and my left arm is weak", UrgencyHeartBrain},
		{"hand gone numm and my mouth can't get the words out propely", UrgencyHeartBrain},
		{"my mouth won't say the words right in french class, any tips for dry lips?", UrgencyNone},
		{"my arm is numb from sleeping on it, which serum for puffy eyes?", UrgencyNone},
	})
}

// TestRules_JumpOfAThingOrForPlay: a thing that "wants to jump" (a bank
// account, savings, a pension) is a figure of speech, and a jump from a
// height for a dare or a swim is play; a person's jump told as meant
// stays self-harm, water or not.
func TestRules_JumpOfAThingOrForPlay(t *testing.T) {
	checkRules(t, []rulesCase{
		{"after that clinic invoice my savings want to jump off a cliff haha", UrgencyNone},
		{"my pension wants to throw itself off the balcony after this serum haul", UrgencyNone},
		{"the lads are jumping off the harbour bridge for a dare, can i swim after a peel?", UrgencyNone},
		{"we went tombstoning off the cliff yesterday, will salt water sting my new laser skin?", UrgencyNone},
		{"i want to jump off the bridge into the river tonight", UrgencySelfHarm},
		{"my flatmate is up on the balcony ledge and says she wants to jump", UrgencySelfHarm},
	})
}
