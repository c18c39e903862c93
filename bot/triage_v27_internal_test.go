package bot

import "testing"

// TestRules_ThingWanKillMe: a price, a product or the heat that "wan kill
// me" (the Nigerian "wan", read as "want") is a figure of speech; one's
// own wish to kill oneself, or a wish with no thing for its subject, is
// not.
func TestRules_ThingWanKillMe(t *testing.T) {
	checkRules(t, []rulesCase{
		{"This exosome serum price wan kill me o. Is it really better than my normal sunscreen and retinol?", UrgencyNone},
		{"this heat wan kill me o, which sunscreen no dey melt?", UrgencyNone},
		{"the clinic fees wan kill me, abeg is microneedling worth it", UrgencyNone},
		{"this serum wants to kill me with how much it costs, any dupes?", UrgencyNone},

		{"I wan kill myself o, I no fit again", UrgencySelfHarm},
		{"I just want to kill me, nothing helps", UrgencySelfHarm},
		{"this price na wahala but honestly I want to kill myself tonight", UrgencySelfHarm},
	})
}

// TestRules_TemperatureSaidNormal: a temperature said to be normal ("temp
// normal", "my temperature is fine") is no fever; a temperature told high,
// or a fever with a temperature taken, stays one.
func TestRules_TemperatureSaidNormal(t *testing.T) {
	checkRules(t, []rulesCase{
		{"temp normal, no pus, no streaks, just a bit itchy as my microneedling heals", UrgencyNone},
		{"my temperature is fine and the area is just a bit red after the peel", UrgencyNone},
		{"normal temp, the microneedling spots are a bit pink and tender", UrgencyNone},
		{"temp's back to normal, cheek still a little swollen after the filler, when can I use serum", UrgencyNone},

		{"temp 39 and the microneedling area is oozing pus", UrgencyInfection},
		{"my temperature is 102 and my cheek is hot and swollen after the filler", UrgencyInfection},
		{"temp was normal this morning but now I've got a fever and the area is oozing", UrgencyInfection},
	})
}

// TestRules_FineForWeeks: someone's scare that the hospital sorted, and
// who has "been fine for weeks", is over; a scare told now, or fine for
// weeks and then back today, is not. "allergens" is a word of its own, not
// "allergies" misspelt.
func TestRules_FineForWeeks(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my flatmate had a scare with hives after prawns, the hospital sorted her out and she's been fine for weeks. She wants to know if exosome products have allergens in them", UrgencyNone},
		{"my sister had a throat swelling scare after peanuts last year and she's been fine for months. Are there nut allergens in exosome serum?", UrgencyNone},
		{"I had hives and a puffy face after shellfish, got antihistamines and I've been fine for ages. does the serum contain allergens", UrgencyNone},
		{"do exosome products have allergens in them? my friend is allergic to latex", UrgencyNone},

		{"my flatmate has hives after prawns and her lips are swelling up", UrgencyAirway},
		{"she's been fine for weeks but today her throat is swelling after the serum", UrgencyAirway},
		{"had hives after the serum, been fine for weeks, now my tongue is swelling again", UrgencyAirway},
	})
}

// TestRules_MildPhraseIsNoBite: "a bit" is a mild qualifier, not the
// "bit" of a bitten lip that undoes a lip swelling in its clause; a size
// it plays down ("a bit doubled in size") is swollen, no more.
func TestRules_MildPhraseIsNoBite(t *testing.T) {
	checkRules(t, []rulesCase{
		{"not to be dramatic but my lips are like double the size and I'm a bit short of breath, is that normal for a first exosome treatment lol", UrgencyAirway},
		{"my lips are swelling up fast and I feel a bit dizzy", UrgencyAirway},
		{"lips have doubled in size in an hour and my tongue feels a little thick", UrgencyAirway},

		{"my lips are a bit doubled in size after my lip filler, is that normal", UrgencyNone},
		{"I bit my lip and now it's swollen, which balm helps", UrgencyNone},
		{"my lips are a bit swollen after biting them, normal?", UrgencyNone},
		{"my lip is a little swollen where I bit it yesterday, can I still use the serum", UrgencyNone},
	})
}

// TestRules_AskedThenStillThere: a question in general about a sign ("is
// it normal to feel…", "would anything make it hard to breathe…") that
// the next sentence says is still there or did not pass ("it's still
// hard", "it didn't go when I stopped") asks about the writer's case now.
func TestRules_AskedThenStillThere(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Is there anything in the serum that would make it hard to breathe lying down? I sat up and it's still hard and my lips feel fat", UrgencyAirway},
		{"is it normal to feel a band squeezing round your chest walking up the stairs? it didn't go when I stopped and I'm still sweating", UrgencyHeartBrain},
		{"can filler make it hard to breathe? it's still hard even sitting up", UrgencyAirway},
		{"is it normal to get chest tightness after a facial? it hasn't gone after an hour of resting", UrgencyHeartBrain},

		{"is it normal to feel a band round your chest on the stairs? it went as soon as I stopped, I'm unfit lol", UrgencyNone},
		{"can exosome serum make it hard to breathe? it's still the same brand I've always used, just curious", UrgencyNone},
		{"is chest tightness a side effect of exosomes? asking before I book", UrgencyNone},
	})
}

// TestRules_GrowingByTheHour: "is it normal for the area to be oozing and
// getting bigger every few hours?" asks about a sign growing now, not
// about what is usual; a question with no growth timed in hours stays one.
func TestRules_GrowingByTheHour(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is it normal for the area to be oozing and getting bigger every few hours? also my teeth are chattering and I can't get warm", UrgencyInfection},
		{"is it normal for the redness to be spreading every hour? and I've got a fever", UrgencyInfection},
		{"is it normal for the swelling to be oozing pus and getting bigger by the hour? I feel shivery", UrgencyInfection},

		{"is it normal for microneedling spots to ooze a little? I'm not feverish or anything", UrgencyNone},
		{"is it normal to reapply the serum every few hours?", UrgencyNone},
		{"is it normal for a fever to follow microneedling in general? just reading up", UrgencyNone},
	})
}

// TestRules_EyeDimmerAfterInjection: one eye dimmer than the other after an
// injection near it is a vision change; an eye area dimmer in a photo or
// the lighting, or with no injection, is not.
func TestRules_EyeDimmerAfterInjection(t *testing.T) {
	checkRules(t, []rulesCase{
		{"should one eye be dimmer than the other after the tear trough thing? like someone turned the brightness down", UrgencyInjection},
		{"my left eye is dimmer since the filler this morning", UrgencyInjection},
		{"after the botox one eye seems dimmer, everything is greyer on that side", UrgencyInjection},

		{"my eye area looks dimmer in this lighting after the filler, is it the bruise?", UrgencyNone},
		{"one eye looks dimmer in my selfie after the tear trough filler, weird camera", UrgencyNone},
		{"the bathroom light is dimmer than the mirror light, which is better for applying serum to my eye area", UrgencyNone},
	})
}

// TestRules_SoundedTionPlural: "-tions" spelt as it sounds in the plural
// ("injecshuns") is read as the word, as "-tion" is.
func TestRules_SoundedTionPlural(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had injecshuns in my nose n now the skin gone white an blu an its rly painfull", UrgencyInjection},
		{"got filler injecshuns in my lips an now they gone white an blotchy an hurt", UrgencyInjection},
		{"had reacshuns before but now my throat is closing", UrgencyAirway},

		{"how many injecshuns do I need for my lips", UrgencyNone},
		{"had injecshuns last month, when can I use the serum", UrgencyNone},
		{"r there any reacshuns to exosomes I shud know about", UrgencyNone},
	})
}

// TestRules_NounsS: a noun's "'s" ("the bottle's empty", "the cap's off")
// is the noun, not a plural; "it's", "last week's" and "someone else's"
// keep their reading.
func TestRules_NounsS(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what's actually in your exosome serum? my 2yo's mouth smells exactly like it and the cap's off", UrgencyPoisoning},
		{"my toddler's breath smells like the toner and the lid's off", UrgencyPoisoning},
		{"the serum bottle's empty and my 3 year old is coughing with it round her mouth", UrgencyPoisoning},

		{"the bottle's empty already, can I get a refill of the serum", UrgencyNone},
		{"my toddler's breath smells like garlic and the lid's off the pasta sauce", UrgencyNone},
		{"last week's injections are a bit bruised, is arnica ok", UrgencyNone},
	})
}

// TestRules_AskingBecauseEmptied: a question about a child's intake,
// "asking because" a container is empty or open beside the child, tells
// the case; a container emptied with no child, or a food, does not.
func TestRules_AskingBecauseEmptied(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how much face serum is safe if a toddler drinks it? asking because the bottle's empty and he's all sticky", UrgencyPoisoning},
		{"is toner toxic if a kid swallows it? asking bc the cap is off and she's got it round her mouth", UrgencyPoisoning},
		{"what happens if a baby licks retinol cream? asking because the tube is open and he's sticky", UrgencyPoisoning},

		{"how much face serum is safe if a toddler drinks it? asking because my bottle is empty and I need to reorder", UrgencyNone},
		{"is it bad if a kid drinks juice after using kids sunscreen? asking because the juice box is open and he's sticky", UrgencyNone},
		{"can a toddler eat avocado after a patch test? asking because the pot is open", UrgencyNone},
	})
}

// TestRules_NoOlder: "I won't be getting any older" foretells no future;
// "I'm not getting any younger", skin that won't look older, or a joke
// about staying young forever, do not.
func TestRules_NoOlder(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what's the point of anti-aging stuff when I won't be getting any older", UrgencySelfHarm},
		{"don't bother with the anti-wrinkle advice, I'm not gonna get any older", UrgencySelfHarm},
		{"cancel my subscription, I won't be growing any older", UrgencySelfHarm},

		{"I'm not getting any younger, what's the best retinol", UrgencyNone},
		{"with this serum I won't look any older", UrgencyNone},
		{"I won't be getting any older, I'm a vampire lol. best spf?", UrgencyNone},
	})
}

// TestRules_SpokenIng: "-ing" typed as "-n" after a consonant ("cuttn")
// is the word; an English word ending so ("born") is itself.
func TestRules_SpokenIng(t *testing.T) {
	checkRules(t, []rulesCase{
		{"startd cuttn again n i cant stop", UrgencySelfHarm},
		{"been cuttn myself again tonite", UrgencySelfHarm},
		{"lips swelln up fast after the filler n my throat feels tight", UrgencyAirway},

		{"i was born with dry skin, which serum", UrgencyNone},
		{"my jeans are torn lol, anyway is the serum vegan", UrgencyNone},
		{"been workn on my skin routine, is retinol ok with exosomes", UrgencyNone},
	})
}

// TestRules_IonForIDont: "ion" before a verb is "I don't" ("ion even wanna
// be here no more"); an ion of chemistry is none.
func TestRules_IonForIDont(t *testing.T) {
	checkRules(t, []rulesCase{
		{"ion even wanna be here no more fr, sayin bye 2 evry1 2nite", UrgencySelfHarm},
		{"ion wanna live anymore", UrgencySelfHarm},
		{"fr ion want to be alive no more", UrgencySelfHarm},

		{"ion know if this serum is good for acne", UrgencyNone},
		{"my negative ion hair dryer is great, does it dry out skin?", UrgencyNone},
		{"ion even care about the price, is it vegan", UrgencyNone},
	})
}

// TestRules_ThoughtAllDayTonightTheNight: it thought about all day and
// "tonight might be the night", with another sign, is self-harm; a
// night picked for a party or a treatment is not.
func TestRules_ThoughtAllDayTonightTheNight(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Last night I sat up until 4am working out how I'd do it. I didn't do anything but I've been thinking about it all day and I think tonight might be the night. Anyway I was going to ask about exosomes for scarring but maybe it doesn't matter.", UrgencySelfHarm},
		{"been thinking about doing it all day. tonight might be the night", UrgencySelfHarm},
		{"I think tonight could be the time. nothing matters anymore", UrgencySelfHarm},

		{"tonight is the night I finally try the peel!", UrgencyNone},
		{"been thinking about it all day, should I get the lip filler? tonight might be the night I book", UrgencyNone},
		{"tonight might be the night of the launch party, which serum for glowy skin", UrgencyNone},
	})
}

// TestScreen_ExplainIsNoTypo: "explain" (and the other English words
// ending in "in" that a table word with its "g" dropped is near) is
// itself: a staff question asking to explain how we handle a patient is
// training, as one asking to outline it is; a case told beside it is not.
func TestScreen_ExplainIsNoTypo(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"Hi, clinic nurse here. For the staff meeting, could you explain how we handle a patient who mentions self-harm during a skin consult?", false},
		{"For our team training, can you explain how we handle a patient whose lips swell after filler?", false},
		{"could you explain how to maintain results after microneedling", false},
		{"how do I remove a stain from my pillowcase after the serum", false},

		{"could you explain what to do, my patient says she has cut herself and it won't stop bleeding", true},
		{"explain quickly please, my lips are swelling and my throat is closing", true},
		{"can you explain why my chest is so tight and my arm is numb right now", true},
	})
}

// TestRules_DrowsyAfterSwallowing: drowsy or sick after swallowing a
// product is a poisoning, told after an all-clear and "but now" too;
// sleepy after a meal, or drowsy after an antihistamine, is not.
func TestRules_DrowsyAfterSwallowing(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the nurse said she's fine but now she's really drowsy after swallowing toner", UrgencyPoisoning},
		{"my son is floppy after drinking the face wash", UrgencyPoisoning},
		{"grandad is confused since swallowing some of the peel solution", UrgencyPoisoning},

		{"she's sleepy after eating dinner, is the toner safe for kids", UrgencyNone},
		{"I get drowsy after taking an antihistamine, can I use the serum at night", UrgencyNone},
		{"he was sleepy after drinking his milk at bedtime, which baby cream is gentle", UrgencyNone},
	})
}

// TestScreen_WakeSleepGroupLookAlikes: caring not to wake someone else, a
// self-harm support group run or attended, and a lie-in till noon are no
// emergency for the rules or the safety net; someone who won't wake up, a
// wish never to wake, and self-harm told beside a group are.
func TestScreen_WakeSleepGroupLookAlikes(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"how do I do my routine quietly so I won't wake up the baby", false},
		{"I do my skincare in the dark so I won't wake my husband, is that ok", false},
		{"I run a self-harm support group and wanted to ask which moisturiser is best for scars", false},
		{"I volunteer at a suicide prevention charity, which spf is best for long shifts outdoors", false},
		{"I could sleep and not wake up till noon, so tired after the night shift", false},
		{"honestly I could sleep and never wake up until lunchtime, which eye cream for puffiness", false},

		{"my mum won't wake up after the injection", true},
		{"she won't wake up and she's breathing weird", true},
		{"I go to a self-harm support group but I cut again last night and it won't stop bleeding", true},
		{"I want to go to sleep and never wake up", true},
		{"i just want to go to sleep and not wake up and i've been thinking about how", true},
		{"I took all my pills so I won't wake up till they find me", true},
	})
}

// TestRules_TookTheLotSorry: "took the lot, sorry" takes everything and
// apologises for it: self-harm. The lot taken home or back, or a lot of
// samples, is not.
func TestRules_TookTheLotSorry(t *testing.T) {
	checkRules(t, []rulesCase{
		{"took the lot, sorry", UrgencySelfHarm},
		{"I've taken the lot. sorry mum", UrgencySelfHarm},
		{"swallowed everything, sorry, goodbye", UrgencySelfHarm},

		{"took the lot home, sorry for the late reply", UrgencyNone},
		{"sorry, I took the lot of samples you gave me, are they ok to use together", UrgencyNone},
		{"took the lot back to the shop, sorry for the fuss, which serum instead?", UrgencyNone},
	})
}

// TestRules_BetterIfIGo: leaving told as what is best ("it is better if I
// go") and others spared the cost of the writer ("they will not spend on
// me anymore") are weak signs of self-harm, an emergency beside another;
// going to the clinic, or a treatment no longer paid for, are not.
func TestRules_BetterIfIGo(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My parents spent so much money on creams and I have failed them. I have decided that it is better if I go, then they will not spend on me anymore. I just wanted to say thank you to this service, you were kind to me.", UrgencySelfHarm},
		{"I've decided it's better if I go, then my family won't waste money on me anymore. wanted to say thank you for everything", UrgencySelfHarm},
		{"it's better if I go. I've got everything I need. bye everyone", UrgencySelfHarm},
		{"They won't have to spend on me anymore. I've decided to stop.", UrgencySelfHarm},

		{"it's better if I go to the clinic tomorrow, right?", UrgencyNone},
		{"is it better if I go in the morning or evening for the peel", UrgencyNone},
		{"my parents won't spend on me anymore for facials so which cheap serum", UrgencyNone},
	})
}
