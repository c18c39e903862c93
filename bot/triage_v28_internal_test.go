package bot

import "testing"

// TestScreen_PillsOfADailyRoutine: "a lot of pills" taken every morning,
// every evening or daily is a regimen, not an overdose, for the rules and
// the safety net; a lot of pills taken tonight, or all at once, is one.
func TestScreen_PillsOfADailyRoutine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I take a lot of pills every morning (vitamins, iron, fish oil), does any of that clash with an exosome serum?", UrgencyNone},
		{"my mum takes a bunch of pills each evening for her heart, can she use exosome cream?", UrgencyNone},
		{"I take loads of pills daily for my thyroid and joints, is the serum ok with them", UrgencyNone},
		{"I take a handful of pills every night for my back, which night cream is best?", UrgencyNone},

		{"I took a lot of pills tonight and I feel really weird", UrgencySelfHarm},
		{"I just took a whole bunch of pills, I don't want to be here", UrgencySelfHarm},
		{"took a load of pills this morning on purpose, everything feels slow", UrgencySelfHarm},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"I take a lot of pills every morning (vitamins, iron, fish oil), does any of that clash with an exosome serum?", false},
		{"my mum takes a bunch of pills each evening for her heart, can she use exosome cream?", false},
		{"I took a lot of pills tonight and I feel really weird", true},
	})
}

// TestRules_FineForAMonth: a scare someone has "been fine for a month"
// (or a week, a year) since is over, as one fine for weeks is; fine for
// a minute, or fine for a month and back today, is not.
func TestRules_FineForAMonth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my colleague's lip went a bit white after filler, the injector dissolved it on the spot and she's been fine for a month. Are exosomes safer?", UrgencyNone},
		{"my sister's throat swelled after prawns, hospital sorted her and she's been fine for a year. Do exosome serums have shellfish in them?", UrgencyNone},
		{"my friend's nose went grey after filler, they dissolved it and she's been fine for a fortnight, is she ok to get exosomes", UrgencyNone},
		{"my cheek went white after the filler, they dissolved it straight away and I've been fine for a week, when can I use serum?", UrgencyNone},

		{"my lip went white after filler and it's been like this for a minute, it's getting darker", UrgencyInjection},
		{"she's been fine for a month but today her lip went white after the top-up filler", UrgencyInjection},
		{"my throat is swelling after the serum, I was fine for a week before this", UrgencyAirway},
	})
}

// TestRules_LettersDropped: "al" for "all", "tnite" for "tonight" and
// "anymre" for "anymore" are read as the words; "Al" the name reads as
// "all" and says nothing.
func TestRules_LettersDropped(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i cnt do this anymre im gonna take al my pils tnite", UrgencySelfHarm},
		{"gonna take al my pills tnite and not wake up", UrgencySelfHarm},
		{"cant do this anymre, im taking al my meds tonight", UrgencySelfHarm},

		{"Al said the serum is fine for sensitive skin", UrgencyNone},
		{"al my friends use exosome serum tnite before bed", UrgencyNone},
		{"i take al my vitamins in the morning, is the serum ok with them", UrgencyNone},
	})
}

// TestRules_MouthHangsWordsWontComeOut: one side of the mouth that hangs
// is a droop, and words that "would not come out right" a speech failing
// (weak: beside a droop or a weak arm); "when I was brushing my teeth"
// tonight is a moment of today, not a resolved past. A jowl that hangs
// with age, words that won't come out right in a text, and "when I was
// growing up" are none.
func TestRules_MouthHangsWordsWontComeOut(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Tonight when I was brushing my teeth I noticed my face looks different, the left side of my mouth hangs down", UrgencyHeartBrain},
		{"the right side of my mouth is hanging and my words won't come out right", UrgencyHeartBrain},
		{"my words would not come out right and my left arm is weak", UrgencyHeartBrain},
		{"this morning when she was eating breakfast her left side of her face hung down", UrgencyHeartBrain},

		{"the left side of my jaw has loose skin that hangs down with age, will exosomes tighten it", UrgencyNone},
		{"my words never come out right in texts to my crush lol, anyway is the serum good", UrgencyNone},
		{"when I was growing up my face had a droopy smile on the left side in photos, can exosomes help", UrgencyNone},
		{"the words won't come out right in my essay about exosomes, can you explain them", UrgencyNone},
	})
}

// TestRules_SelfHarmInOtherWords: a return to the razor, a near jump from a
// bridge, being "found", others better off soon or spared the writer's
// keep, "the end for me" with everything ready, and a plan to "be gone
// by" a date beside things given away are self-harm; their look-alikes
// (back to shaving, a bike that nearly went over, found a job, better off
// once a loan comes, the end for a product, everything ready for a
// party, gone by the end of the month on a move) are not.
func TestRules_SelfHarmInOtherWords(t *testing.T) {
	checkRules(t, []rulesCase{
		{"bit of a rough night, went back to the razor. it's fine, just a few. not as bad as last time", UrgencySelfHarm},
		{"went back to the blade last night, only a couple", UrgencySelfHarm},
		{"stood on the bridge for an hour, nearly went over", UrgencySelfHarm},
		{"was up on the roof of the multistorey last night and almost stepped off the edge", UrgencySelfHarm},
		{"what happens to your skin after you die? i want to know how i'll look when they find me", UrgencySelfHarm},
		{"my family will be better off soon, they won't have to pay for my stuff anymore", UrgencySelfHarm},
		{"everyone will be better off soon. they won't have to spend on me anymore", UrgencySelfHarm},
		{"I've decided this weekend is the end for me, I've got everything ready. Also do exosome serums do anything for acne scars?", UrgencySelfHarm},
		{"Our esthetician says a client told her during the facial that she's 'planning to be gone by the end of the month' and has been giving her things away. She laughed it off. What should we do?", UrgencySelfHarm},

		{"went back to the razor after laser didn't work on my legs, any serum for razor bumps?", UrgencyNone},
		{"nearly went over the handlebars on my bike by the bridge, grazed my chin, which serum helps healing", UrgencyNone},
		{"when they find me a cheaper clinic I'll book exosomes", UrgencyNone},
		{"my family will be better off soon once my new job starts, can I afford exosomes then?", UrgencyNone},
		{"this serum is the end for me, I'm done with exosomes", UrgencyNone},
		{"I've got everything ready for the party tonight, which serum gives the best glow?", UrgencyNone},
		{"my client is planning to be gone by the end of the month because she's moving abroad, she's giving her things away. Can she do one more facial?", UrgencyNone},
	})
}

// TestRules_AskedThenNow: a question in general ("is it ok to nap if your
// chest hurts…", "do you need a doctor if you passed out…", "what happens
// if a kid drinks…") that the message says is the case now ("been like
// this since dinner", "still racing an hour later", "just now") asks
// about the writer's case; the same questions with no such word, or with
// it denied, stay questions.
func TestRules_AskedThenNow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is it ok to have a nap if your chest hurts and your left arm is numb? been like this since dinner", UrgencyHeartBrain},
		{"should you lie down if your chest feels tight and heavy? been like that for an hour", UrgencyHeartBrain},
		{"do you need to see a doctor if you passed out for a minute and your heart is still racing an hour later?", UrgencyHeartBrain},
		{"is it bad if your chest hurts and it's still hurting two hours later?", UrgencyHeartBrain},
		{"what happens if a kid drinks micellar water? like half a bottle, she's 3, just now", UrgencyPoisoning},
		{"what happens if a toddler drinks toner? he had a gulp of it just now", UrgencyPoisoning},

		{"is it ok to have a nap if your chest hurts after the gym?", UrgencyNone},
		{"do you need to see a doctor if you passed out for a minute after giving blood?", UrgencyNone},
		{"what happens if a kid drinks micellar water? asking for the safety leaflet", UrgencyNone},
		{"what happens if a kid drinks half a bottle of micellar water?", UrgencyNone},
		{"is it ok to nap if your chest hurts? hasn't been like this since my last cold, just curious", UrgencyNone},
		{"my skin has been like this since puberty, can exosomes cause allergic reactions like throat swelling?", UrgencyNone},
		{"is chest pain a side effect of exosomes? my skin's been like that for years", UrgencyNone},
		{"what happens if a kid drinks toner? i saw a post about it just now", UrgencyNone},
		{"do you need a doctor if your heart is still racing an hour later after coffee?", UrgencyNone},
	})
}

// TestRules_BecauseToldAsItIs: a reason after "if" told in the present
// ("if they can't really talk because their tongue is swelling") is told
// as it is, not supposed; a reason that would follow ("because my throat
// would swell") and "what if" stay suppositions.
func TestRules_BecauseToldAsItIs(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do i get someone to hospital fastest at 2am if they can't really talk because their tongue is swelling", UrgencyAirway},
		{"what do I do if she can barely talk because her tongue is swelling up", UrgencyAirway},
		{"which hospital is closest if he can't speak because his lips are swelling so fast", UrgencyAirway},

		{"can I still get exosomes if I get headaches because my sinuses are blocking up?", UrgencyNone},
		{"what if I can't talk because my tongue is swelling, would the serum cause that?", UrgencyNone},
		{"should I avoid exosomes if my tongue would swell because my skin is sensitive?", UrgencyNone},
	})
}

// TestRules_ChildFoundWithPills: a child found with pills or a product,
// the container open or some unaccounted for, is a poisoning however
// calm the child seems; one found with a bottle still sealed, or an
// adult found with their own tablets, is not.
func TestRules_ChildFoundWithPills(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Grandson is staying with me for half term, he's nearly 2. I've just found him in my bedroom with my heart tablets, the bottle was open and there are a few on the floor, I don't know how many were in it. He seems happy enough playing.", UrgencyPoisoning},
		{"my toddler, found her with my blood pressure pills, lid off, some missing", UrgencyPoisoning},
		{"just found him in the bathroom with my retinol serum, cap off, my toddler is 2", UrgencyPoisoning},

		{"found him in my bag with my tablets but the bottle was still sealed, he's 2. which serum for dry skin?", UrgencyNone},
		{"my dad is 80, found him with his heart tablets open on the table as usual, can he use exosome cream?", UrgencyNone},
		{"my toddler found my serum bottles in the bag, they're childproof and closed, is exosome ok for kids", UrgencyNone},
	})
}

// TestScreen_ExertionSoreness: muscles sore from a workout, a sport or a
// move, told with a figure ("hurt like hell", "killing me", "in agony"),
// are ordinary soreness for the rules and the safety net; severe pain
// after an injection or a procedure, a chest or a head that hurts like
// hell after the gym, stay alarms.
func TestScreen_ExertionSoreness(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my legs hurt like hell after the gym", UrgencyNone},
		{"my whole body hurts like hell after my first crossfit class", UrgencyNone},
		{"my back hurts like hell after moving house, can I still get my facial?", UrgencyNone},
		{"my thighs are killing me after leg day lol", UrgencyNone},
		{"my shoulders are in agony after the workout, is exosome serum ok on my face", UrgencyNone},

		{"my face hurts like hell after the exosome injections", UrgencyInjection},
		{"my lips hurt like hell after the filler this morning", UrgencyInjection},
		{"my legs hurt like hell after the injections", UrgencyInjection},
		{"my chest hurts like hell after the gym", UrgencyHeartBrain},
		{"my head hurts like hell after the gym, worst headache of my life", UrgencyHeartBrain},
		{"my head hurts like hell after the gym", UrgencyMedical},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"my legs hurt like hell after the gym", false},
		{"my whole body hurts like hell after my first crossfit class", false},
		{"my thighs are killing me after leg day lol", false},
		{"my calves hurt like hell since the marathon, which serum for dry skin?", false},

		{"my face hurts like hell after the exosome injections", true},
		{"my chest hurts like hell after the gym", true},
		{"my head hurts like hell after the gym", true},
	})
}
