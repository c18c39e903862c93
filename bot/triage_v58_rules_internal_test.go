package bot

import "testing"

// TestRules_AFeedNamedAsASource: a feed or an app named as where a
// routine, a hack or a product came from ("some TikTok routine", "a hack
// off instagram") tells no story heard: the signs told after it are the
// person's own. A routine seen or read about, or one that shows what
// happened to someone ("a TikTok routine where…"), stays a story.
func TestRules_AFeedNamedAsASource(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my teen squeezed a spot with a pin after a TikTok hack, now his cheek is red and puffy, he's got a fever and is really sleepy", UrgencyInfection},
		{"my daughter followed a routine off instagram, her cheek is swollen and red, she's got a fever", UrgencyInfection},
		{"I did a youtube peel at home, my jaw is hot and swollen and I've got a fever of 39", UrgencyInfection},
		{"I saw a TikTok routine where a girl's cheek went red and swollen and she had a fever", UrgencyNone},
		{"I read about a youtube hack, a girl's cheek swelled red and she got a fever", UrgencyNone},
		{"I watched a TikTok trend of people whose lips swelled up and they couldn't breathe", UrgencyNone},
	})
}

// TestRules_ANegationStopsAtAnAndWithANewSubject: a negation before "and"
// or "but" does not reach a statement after it whose subject is named
// bare ("…and voices sound muffled", "…and lips are swelling"); a list of
// what is denied ("no X and Y numbness") stays denied.
func TestRules_ANegationStopsAtAnAndWithANewSubject(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my fingers won't hold the pen and voices sound muffled", UrgencyHeartBrain},
		{"my right hand won't grip the cup and everything sounds far away", UrgencyHeartBrain},
		{"I can't feel my tongue properly and lips are swelling since the serum", UrgencyAirway},
		{"I don't have chest pain and arm numbness, just a sore cheek from the filler", UrgencyNone},
		{"no swelling and lip numbness at all after the facial, all good", UrgencyNone},
		{"the serum doesn't sting and everything feels fine, can I layer it with retinol?", UrgencyNone},
	})
}

// TestRules_ABladeGotOutByOneWhoUsedToCut: a blade or a razor got out,
// dug out or pulled out by one who used to self-harm is a relapse, told in
// the sentence of the past it breaks ("used to … and tonight I…"); a
// blade got out to shave, for a craft or a parcel, or for a trimmer, is
// not.
func TestRules_ABladeGotOutByOneWhoUsedToCut(t *testing.T) {
	checkRules(t, []rulesCase{
		{"back in college I used to cut and this evening I dug out a blade from my drawer", UrgencySelfHarm},
		{"I used to self harm. tonight I pulled my old razor blades out of the box under my bed", UrgencySelfHarm},
		{"used to cut in my teens and I just got a blade out, it's next to me", UrgencySelfHarm},
		{"I used to cut years ago, I got a fresh blade out for dermaplaning tonight", UrgencyNone},
		{"I used to cut my own fringe and got the blade out of the trimmer", UrgencyNone},
		{"used to cut as a teen, today I dug a blade out of the craft drawer to open a parcel", UrgencyNone},
	})
}

// TestRules_ASportsTrainingIsNoStaffTraining: "training" after a sport
// ("at netball training", "after rugby training") is where the person
// was, so the signs told are a case; staff or first-aid training stays a
// scenario.
func TestRules_ASportsTrainingIsNoStaffTraining(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a bee got me at hockey training and now my throat feels like it's shutting", UrgencyAirway},
		{"my son was stung after rugby training, his eyes are swollen shut and his lips are huge", UrgencyAirway},
		{"for our staff training, what do we do if a client's throat is closing", UrgencyNone},
		{"in first aid training we practised a client whose lips swell and who can't breathe", UrgencyNone},
	})
}

// TestRules_SpeechGarbledAfterWhatAndToWhom: what one meant to say coming
// out garbled is a speech sign with what was said and to whom told
// between ("tried to say thanks to my dad on the phone and it came
// out…"); with a mouth drooping or dribbling on one side it is a stroke.
// A garbled message or a photo that "came out wrong" is not.
func TestRules_SpeechGarbledAfterWhatAndToWhom(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I went to say thanks to my dad on the phone just now and it came out as gibberish, and my tea keeps dribbling out of one side of my mouth", UrgencyHeartBrain},
		{"I said goodnight to my flatmate across the hall and it came out all jumbled and my left arm feels heavy and weak", UrgencyHeartBrain},
		{"I tried to say the name of the serum to the lady at the counter and it came out wrong, so embarrassing, which one is the hydrating one?", UrgencyNone},
		{"my mum said the photo from my facial was lovely but it came out wrong on my phone, far too dark", UrgencyNone},
	})
}

// TestRules_PainingIsHurting: Nigerian and Indian English "paining" is
// hurting: a chest paining into the arm is a heart sign; feet or a face
// paining after a long day or a peel is not.
func TestRules_PainingIsHurting(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my uncle's chest is paining him badly and it is going to his left arm, he is sweating", UrgencyHeartBrain},
		{"since morning my chest is paining me and it has reached my jaw", UrgencyHeartBrain},
		{"my feet are paining me after standing at the wedding all day, can I use exosome cream", UrgencyNone},
		{"my face is paining small after the peel, is that normal", UrgencyNone},
	})
}

// TestRules_AirCaughtBetweenWords: stopping between words to catch, grab
// or gulp air is breathlessness, as "to catch my breath" is; a stop
// between words to take out the air fryer is none.
func TestRules_AirCaughtBetweenWords(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my fingers and cheeks have puffed up and I keep stopping between words to catch air", UrgencyAirway},
		{"since the peel I pause between sentences to grab some air", UrgencyAirway},
		{"I have to stop between words to take the air fryer basket out, the kids keep interrupting", UrgencyNone},
	})
}

// TestRules_ColdToTheTouchBesideAnOcclusionsLook: a cold felt by touch
// ("cold when I press it", "icy to the touch"), told of a part the
// message names marbled or lacy after an injection, is an occlusion's
// pair; a product cold from the fridge is not, nor a cold touch with no
// such look.
func TestRules_ColdToTheTouchBesideAnOcclusionsLook(t *testing.T) {
	checkRules(t, []rulesCase{
		{"since my filler the top lip has gone a blotchy lace-like pattern... it's icy when I press it", UrgencyInjection},
		{"my chin has a lacy look since the filler. it feels cold to the touch", UrgencyInjection},
		{"the serum is cold to the touch since I keep it in the fridge, had filler last week", UrgencyNone},
		{"had filler on Monday, the tube of arnica is cold to the touch, should I warm it?", UrgencyNone},
	})
}

// TestRules_AnEndingPlannedForADay: ending it planned for a day ("going
// to end it on Friday", "want to end it this weekend") is a plan with its
// time; ending things with someone, a trial or a course on a day is not.
func TestRules_AnEndingPlannedForADay(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've made up my mind, I'm going to end it on Sunday and everything's in order", UrgencySelfHarm},
		{"I want to end it this weekend, then nobody has to worry about me", UrgencySelfHarm},
		{"I'm gonna end it on my birthday", UrgencySelfHarm},
		{"I'm going to end things with him on Friday, he never listens", UrgencyNone},
		{"I'm going to end my free trial on Friday, is the full-size serum worth it?", UrgencyNone},
		{"we're going to end the course on Saturday with a peel demo", UrgencyNone},
	})
}

// TestRules_APinkTrackAndABodyAche: a pink line or trail going up a limb
// (not only a red one, and with a few words between: "up the inside of
// my arm") is a track, and aching "like I've been hit by a bus" is the
// body ache of a fever: together, an infection spreading. Either alone,
// or the ache after the gym, is not.
func TestRules_APinkTrackAndABodyAche(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the dog bite on my hand has a pink line going up the back of my forearm now and I feel like I've been hit by a truck", UrgencyInfection},
		{"a pinkish trail is creeping up the inside of my leg from the ingrown hair and I'm shivery and feel really ill", UrgencyInfection},
		{"the scratch has a faint pink trail going up my arm, no other symptoms, should I put cream on it?", UrgencyNone},
		{"I feel like I've been hit by a bus after leg day, which serum helps recovery?", UrgencyNone},
	})
}

// TestRules_BetterOffWithAnotherAndMeNotHere: someone better off with
// another and the writer not here, around or alive is the writer's wish
// to be gone (the writer's own, though it names the child); the writer
// not at work or away for a trip is not.
func TestRules_BetterOffWithAnotherAndMeNotHere(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my baby would be better off with his granny bringing him up and me not around at all", UrgencySelfHarm},
		{"I think my son is better off with his dad and me not alive", UrgencySelfHarm},
		{"the team would be better off with Sarah leading and me not here for the launch week", UrgencyNone},
		{"the kids are better off with their gran this weekend and me not around while I recover from the peel", UrgencyNone},
	})
	if s := rulesScreen("my baby would be better off with his granny bringing him up and me not around at all"); s.Relayed {
		t.Errorf("the writer's own wish read as relayed: %+v", s)
	}
}

// TestRules_AccessSetAsideForTheFamily: passwords or a PIN kept, left or
// written down for the family is a bequest, weak: with letters written
// to them, a farewell. A wifi code left for a sitter, or passwords noted
// before an operation, is not.
func TestRules_AccessSetAsideForTheFamily(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've written letters to my dad and my sisters, and I've left my laptop passwords for them on the desk", UrgencySelfHarm},
		{"wrote a goodbye letter to each of my kids and saved my bank pins for my family in a note", UrgencySelfHarm},
		{"I left the wifi password for the babysitter and wrote a letter to my nan for her birthday", UrgencyNone},
		{"I texted my kids goodnight and left my passwords for my husband in case anything goes wrong in the operation tomorrow", UrgencyNone},
	})
}
