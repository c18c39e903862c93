package bot

import "testing"

// TestRules_SwellingMovedOnToTheTongue: a swelling told in a question,
// then "now it's my tongue too", with drooling, is the airway going; a
// tongue named "too" with no swelling, or nothing else, is not.
func TestRules_SwellingMovedOnToTheTongue(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how long does lip swelling from a new balm usually take to go down? it's been getting bigger for 15 min and now it's my tongue too and I'm drooling a bit", UrgencyAirway},
		{"my lips swelled up after the mask and now it's my tongue too, I can't stop drooling", UrgencyAirway},
		{"is puffy lips normal after the serum? now its my throat too and i'm dribbling", UrgencyAirway},
		{"lips getting bigger since the peel, now it's my throat too and I'm drooling", UrgencyAirway},

		{"my lip swelling from the filler went down fine. I bit it yesterday and now its my tongue too, ouch. any serum?", UrgencyNone},
		{"my baby is drooling a lot, now it's my turn to ask about exosome serum", UrgencyNone},
		{"my lips felt dry after the balm, now it's my face too, which moisturiser?", UrgencyNone},
	})
}

// TestRules_MineIsDoingThatRightNow: a general question ("can a mask make
// your throat close?") followed by the writer's own throat doing it now is
// a case; the same question asked of a past time, or of the skin, is not.
func TestRules_MineIsDoingThatRightNow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"can an exosome mask make your throat close? asking because mine kinda feels like it's doing that right now", UrgencyAirway},
		{"can a serum make your throat swell? mine is doing that right now", UrgencyAirway},
		{"could exosomes make the throat swell up? mine feels like it's happening now", UrgencyAirway},
		{"can a peel make your throat close up? asking cos mine seems to be doing that rn", UrgencyAirway},

		{"can an exosome mask make your throat close? mine did that once years ago with peanuts", UrgencyNone},
		{"can an exosome mask make your skin feel tight? mine feels like it's doing that right now", UrgencyNone},
		{"can an exosome mask make your throat close? mine feels totally fine right now, just curious", UrgencyNone},
	})
}

// TestRules_SweatingThenFreezing: heat and chills by turns, told sweating
// first, beside a swollen treated area, is an infection; the change of
// life, a workout or a cold room are not.
func TestRules_SweatingThenFreezing(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is it normal for my chin to feel like it's on fire 5 days after microneedling? it's swollen and I keep sweating then freezing", UrgencyInfection},
		{"my cheek is swollen and hot since the filler and I'm boiling then freezing", UrgencyInfection},
		{"the peel area is red and swollen, and I'm sweating then shivering all night", UrgencyInfection},
		{"jaw swollen after the laser, sweating then freezing since lunch", UrgencyInfection},

		{"my chin is swollen from a pimple and I keep sweating then freezing with the menopause", UrgencyNone},
		{"sweating then freezing after hot yoga, which exosome cream for post-workout skin?", UrgencyNone},
		{"my lips are swollen after filler, as expected. the office aircon has me sweating then freezing all day", UrgencyNone},
	})
}

// TestRules_FlashesAfterFillerStartedJustAfter: "is it normal to see
// flashes in one eye after cheek filler? started just after" asks about
// what is happening now; a flash of a migraine, or flashes with no
// injection, are not.
func TestRules_FlashesAfterFillerStartedJustAfter(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is it normal to see little sparkly flashes and a shadow in one eye after cheek filler? started just after", UrgencyInjection},
		{"is it normal to have a shadow in my eye after nose filler? started just after the injection", UrgencyInjection},
		{"is it normal for one eye to go dim after tear trough filler? it started right after", UrgencyInjection},
		{"is it normal to see sparkles in one eye after lip filler? started just after", UrgencyInjection},

		{"is it normal to see little sparkly flashes in one eye with a migraine? not had filler yet", UrgencyNone},
		{"is it normal to see flashes in one eye after a laser facial? started just after, I had no goggles on", UrgencyNone},
		{"is it normal to see flashes in one eye after cheek filler? haven't had it yet, booking next month", UrgencyNone},
	})
}

// TestRules_MouthTurningToOneSide: a hand that cannot be lifted, a mouth
// turning to one side and speech no one understands are a stroke's signs,
// any two together; an arm in a sling, a smirk or a foreign accent are
// not.
func TestRules_MouthTurningToOneSide(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Good evening please. My father is 70 years, he was sitting in the parlour watching football and suddenly he could not lift his right hand and his mouth is turning to one side, when he talks we cannot understand him. My mother is saying we should rub him with balm and let him sleep. I also wanted to ask about exosome for my mother's wrinkles but first what do we do for him", UrgencyHeartBrain},
		{"my mum cannot lift her arm and her mouth is pulled to one side", UrgencyHeartBrain},
		{"grandad can't raise his left arm and when he talks we can't understand him", UrgencyHeartBrain},
		{"her face is turning to one side and when she speaks we cannot understand her", UrgencyHeartBrain},

		{"when my nephew talks on the phone we cannot understand him, the line is bad, and his smile turns to one side when he grins", UrgencyNone},
		{"my son's smile turns to one side when he's smirking in photos, can exosomes help his acne?", UrgencyNone},
		{"when my grandad talks we cannot understand him, his accent is so strong. which serum for his wrinkles?", UrgencyNone},
	})
}

// TestRules_ChildAgedAfterThePronoun: a child told by an age after "she's"
// or "he's" who licked or swallowed a product is a poisoning; "she's 3
// weeks post laser" tells no child.
func TestRules_ChildAgedAfterThePronoun(t *testing.T) {
	checkRules(t, []rulesCase{
		{"she's only 3 and just licked some of the glycolic peel off her fingers, not much I think, she's gone a bit quiet now", UrgencyPoisoning},
		{"he's 2 and he swallowed some of my retinol serum", UrgencyPoisoning},
		{"she's just 4 and drank some of the toner, she's coughing", UrgencyPoisoning},
		{"my lil one swalloed da nail remova, she coffin n cryin", UrgencyPoisoning},

		{"she's 3 weeks post peel and licked some of the serum off her lip, is that ok?", UrgencyNone},
		{"he's 30 and swallowed some water while rinsing the peel off", UrgencyNone},
		{"she's only 3 and loves watching me do my skincare, which cream is safe for her?", UrgencyNone},
	})
}

// TestRules_VeiledLastWeek: a need for skincare that ends at a day near,
// told of "someone" and shrugged off, and a last visit with "I won't be
// around", are self-harm; a move, a healing peel or a switch are not.
func TestRules_VeiledLastWeek(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what skincare would you recommend for someone who won't need it after this week anyway", UrgencySelfHarm},
		{"which serum for somebody who won't need it after friday anyway", UrgencySelfHarm},
		{"what products would you recommend for someone who won't need any of it after tomorrow anyway", UrgencySelfHarm},
		{"Receptionist at a medspa: a regular client just said on the phone 'this will be my last facial, I won't be around after this month' and laughed. Not sure how to take it", UrgencySelfHarm},
		{"this is my last facial, I won't be around after next week", UrgencySelfHarm},

		{"what skincare for someone who won't need it after this week anyway, she's moving abroad", UrgencyNone},
		{"which cream for someone who won't need it after this week anyway, the peel will have healed", UrgencyNone},
		{"this will be my last facial, I won't be around after this month because we're moving to Spain", UrgencyNone},
		{"this is my last facial for a while, it's too expensive", UrgencyNone},
	})
}

// TestRules_StockpilingSomeonesTablets: another's pills hoarded by the
// writer are a means held; a collection from a pharmacy or a parent's
// vitamins tidied are not.
func TestRules_StockpilingSomeonesTablets(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Ah I don't even know why I'm typing this into a skincare bot, I suppose cause it's half three in the morning and there's no one else awake. I came on to ask about exosomes for my acne scars cause I hate my face, but honestly I hate everything. Lost the job, Ciara's gone, and I've been stockpiling my mam's tablets for a couple of weeks. Tonight feels like the night. Sorry. Don't know what I want you to say.", UrgencySelfHarm},
		{"I've been hoarding my dad's pills for weeks", UrgencySelfHarm},
		{"been stashing my husband's tablets in my drawer", UrgencySelfHarm},

		{"I picked up my mam's tablets from the pharmacy, can I use exosome serum?", UrgencyNone},
		{"I've been stockpiling my mam's favourite serums for christmas", UrgencyNone},
		{"I've been stockpiling sheet masks for a couple of weeks, which exosome one is best?", UrgencyNone},
	})
}

// TestRules_LowFeverWithACold: a low or slight fever beside a cold or the
// flu is an everyday illness; a fever beside a treated area red, hot or
// oozing, or a high one, stays an infection.
func TestRules_LowFeverWithACold(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've got a fever and the microneedling area is red and hot and oozing", UrgencyInfection},
		{"got a cold and a fever of 39.5 and my cheek is swollen and hot since the filler", UrgencyInfection},
		{"low fever since the peel and the skin is spreading red with pus", UrgencyInfection},

		{"got a bit of a cold and a low fever today, should I move my exosome facial next week or will I be fine by then?", UrgencyNone},
		{"I caught a cold and have a slight temperature, can I still get my filler on friday?", UrgencyNone},
		{"kids gave me a bug, mild fever since yesterday, is it ok to do my exosome facial at home?", UrgencyNone},
	})
}

// TestRules_CouldItBringOn: "could it bring on chest pain?" asks what a
// product may cause, in general; chest pain told now stays an emergency.
func TestRules_CouldItBringOn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I have crushing chest pain since the serum, what do I do", UrgencyHeartBrain},
		{"could it be the serum? I've got chest pain and my left arm is numb", UrgencyHeartBrain},
		{"my dad has chest pain right now after his facial, could it bring on a heart attack?", UrgencyHeartBrain},

		{"would exosome serum be risky for someone with a heart condition, like could it bring on chest pain?", UrgencyNone},
		{"can exosome injections bring on an allergic reaction or swelling of the throat?", UrgencyNone},
		{"does microneedling bring on chest pain in people with heart problems?", UrgencyNone},
	})
}

// TestRules_SwallowedClaims: claims, marketing or hype "swallowed" are a
// figure of speech; a product swallowed stays a poisoning.
func TestRules_SwallowedClaims(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son swallowed some of the exosome serum", UrgencyPoisoning},
		{"I swallowed the peel solution by mistake, my throat burns", UrgencyPoisoning},
		{"my toddler swallowed a capsule of retinol, she's drowsy", UrgencyPoisoning},

		{"I've swallowed so many influencer claims about exosomes I'm basically poisoned with marketing lol", UrgencyNone},
		{"my mum swallowed all the marketing about that exosome serum", UrgencyNone},
		{"I swallowed the hype about the retinol cream and it did nothing", UrgencyNone},
	})
}

// TestRules_PoisonControlSaidNonToxic: an intake an authority called
// non-toxic, the child fine, is over; one still harming, or called toxic,
// is not.
func TestRules_PoisonControlSaidNonToxic(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son swallowed some of my retinol serum, I rang poison control and they said it's toxic, what do I do", UrgencyPoisoning},
		{"my daughter drank some toner, poison control said it's non-toxic but now she's vomiting", UrgencyPoisoning},
		{"my toddler swallowed a bit of the peel solution, I'm calling poison control now", UrgencyPoisoning},

		{"my son swallowed a bit of my moisturiser yesterday, I rang poison control and they said it's non-toxic, he's fine. which creams should I lock away?", UrgencyNone},
		{"my toddler ate some sunscreen, the doctor said it was harmless. how do I store my skincare safely?", UrgencyNone},
		{"my daughter licked my face cream this morning, poison control told us it's nontoxic. any child-safe exosome creams?", UrgencyNone},
	})
}

// TestRules_CheckedPinkAndHealthy: a blanching an authority checked and
// found healthy, told of another, is past; a blanching now stays an
// injection emergency.
func TestRules_CheckedPinkAndHealthy(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my lip went white after filler 10 minutes ago and it hurts", UrgencyInjection},
		{"my sister's lip went white after filler, the hospital checked her but it's still white now", UrgencyInjection},
		{"her cheek went white and blotchy right after the filler, what do we do", UrgencyInjection},

		{"my sister's lip went white after filler, the injector dissolved it straight away and the hospital checked her, it's pink and healthy now. how do I avoid that happening to me?", UrgencyNone},
		{"my friend's nose went white after filler, the doctor checked her and it's healthy now. which injector should I choose?", UrgencyNone},
		{"my mum's lip went pale after filler last year, the nurse checked her and it was healthy. is it safe for me?", UrgencyNone},
	})
}

// TestScreen_V33PastAndFigures: the safety net stays quiet too on an
// intake called non-toxic, a blanching found healthy, a low fever with a
// cold, a question of what a serum may bring on and claims swallowed.
func TestScreen_V33PastAndFigures(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"my son swallowed a bit of my moisturiser yesterday, I rang poison control and they said it's non-toxic, he's fine. which creams should I lock away?", false},
		{"my sister's lip went white after filler, the injector dissolved it straight away and the hospital checked her, it's pink and healthy now. how do I avoid that happening to me?", false},
		{"got a bit of a cold and a low fever today, should I move my exosome facial next week or will I be fine by then?", false},
		{"would exosome serum be risky for someone with a heart condition, like could it bring on chest pain?", false},
		{"I've swallowed so many influencer claims about exosomes I'm basically poisoned with marketing lol", false},
		{"my daughter drank some toner, poison control said it's non-toxic but now she's vomiting", true},
		{"my sister's lip went white after filler, the hospital checked her but it's still white now", true},
	})
}

// TestRules_AGreyArea: "a grey area" said of a law or a rule is a figure
// of speech; a grey patch on the skin after an injection stays one.
func TestRules_AGreyArea(t *testing.T) {
	checkRules(t, []rulesCase{
		{"there's a grey area on my cheek since the filler this morning and it hurts", UrgencyInjection},
		{"my lip has gone grey after the filler, a grey area in my lip that's spreading", UrgencyInjection},
		{"after my nose filler the tip went grey, a grey patch that's cold and painful", UrgencyInjection},

		{"Our clinic is in Toronto and we're thinking of offering exosome treatments next year. I know it's a grey area in the US. Does Health Canada allow them?", UrgencyNone},
		{"exosome injections are still a grey area legally, right? is my injector allowed to use them?", UrgencyNone},
		{"selling exosome serum online seems to be a grey area for clinics, what do the rules say after filler training?", UrgencyNone},
	})
}

// TestRules_TooOutOfItToAsk: "I was too out of it to ask" tells a past
// moment's fog; feeling out of it now, beside a swelling, stays a sign.
func TestRules_TooOutOfItToAsk(t *testing.T) {
	checkRules(t, []rulesCase{
		{"face swollen and hot since the laser and I feel really out of it and shaky now", UrgencyInfection},
		{"my jaw is swollen after the peel, I feel awful and out of it", UrgencyInfection},
		{"swollen cheek after microneedling and I'm so out of it today", UrgencyInfection},

		{"Had fractional laser Tuesday, face still angry and a bit swollen along the jaw. The clinic mentioned exosomes in passing but I was too out of it to ask. Is this the kind of situation they're supposed to be for?", UrgencyNone},
		{"my lips are a bit swollen after filler, the nurse explained aftercare but I was too out of it to remember, what should I do?", UrgencyNone},
		{"cheek a little swollen after the laser, I was so out of it to notice the serum they used, was it exosomes?", UrgencyNone},
	})
}

// TestRules_ToddlerSipOfWine: alcohol a young child drank, with a sign
// after, is a poisoning, the child's age told after the pronoun ("she is
// 2"); water with teething, a measure of weeks, or the writer's own wine
// are none.
func TestRules_ToddlerSipOfWine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"she had a sip of wine from my glass and now she's very sleepy, she is 2", UrgencyPoisoning},
		{"my toddler drank some beer from the bottle and he's wobbly and sleepy", UrgencyPoisoning},
		{"he took a swig of my vodka and now he's floppy, he's 3", UrgencyPoisoning},
		{"my son is 2 and he had a sip of gin, he's gone very pale and quiet", UrgencyPoisoning},

		{"my toddler had a sip of water and went very quiet, teething", UrgencyNone},
		{"she is 2 weeks post laser and had a glass of wine last night, she's sleepy today, is exosome serum ok?", UrgencyNone},
		{"my daughter is 2 and I had a sip of wine after she went to sleep, now I'm sleepy, is that normal?", UrgencyNone},
		{"she had a sip of grape juice and now she's sleepy, she is 2, it's nap time", UrgencyNone},
	})
}

// TestScreen_V33Questions: the screen, net and all, stays quiet on a grey
// area of the law, a fog told of a past visit and a toddler's sip of water
// while teething, and alarms on a two-year-old's sip of wine.
func TestScreen_V33Questions(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"Our clinic is in Toronto and we're thinking of offering exosome treatments next year. I know it's a grey area in the US. Does Health Canada allow them?", false},
		{"Had fractional laser Tuesday, face still angry and a bit swollen along the jaw. The clinic mentioned exosomes in passing but I was too out of it to ask. Is this the kind of situation they're supposed to be for?", false},
		{"my toddler had a sip of water and went very quiet, teething", false},
		{"she had a sip of wine from my glass and now she's very sleepy, she is 2", true},
	})
}
