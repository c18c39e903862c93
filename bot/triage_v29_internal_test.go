package bot

import "testing"

// TestRules_PoisonedByAFuss: poisoned "by" ads, hype or a feed (an
// ellipsis between them or not) is a figure of speech; poisoned by a
// product, or by ads with an intake told, is not.
func TestRules_PoisonedByAFuss(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've been poisoned... by TikTok skincare ads 😂 are exosomes real or just hype", UrgencyNone},
		{"honestly we've all been poisoned by the marketing, is any exosome serum legit?", UrgencyNone},
		{"I think I've been poisoned by all this instagram hype, which serum actually works", UrgencyNone},
		{"my brain has been poisoned... by the algorithm lol, are exosomes a scam", UrgencyNone},

		{"I think I've been poisoned by something, I'm throwing up and dizzy", UrgencyPoisoning},
		{"my son has been poisoned, he drank the exosome serum", UrgencyPoisoning},
		{"I've been poisoned... by the peel solution I swallowed by mistake", UrgencyPoisoning},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"I've been poisoned... by TikTok skincare ads 😂 are exosomes real or just hype", false},
		{"honestly we've all been poisoned by the marketing, is any exosome serum legit?", false},
		{"I think I've been poisoned by something, I'm throwing up and dizzy", true},
	})
}

// TestRules_HealedNow: a scare told "totally healed now" (or "completely
// healed", "fully healed now") is over, as one "fine now" is; a question
// whether it is healed now, with the sign still there, is not.
func TestRules_HealedNow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My husband's nose went a bit pale after filler, the injector dissolved it straight away and a doctor checked him next day, totally healed now. Would exosome aftercare have helped?", UrgencyNone},
		{"my nose went pale after filler, the clinic dissolved it and it's completely healed, is serum ok", UrgencyNone},
		{"my friend's lip went white after filler, they dissolved it and she's fully healed now, can she use exosomes", UrgencyNone},
		{"my cheek went grey after the filler, dissolved that day, healed now, which serum for aftercare?", UrgencyNone},

		{"my lip went white after filler an hour ago, is it healed now? it still looks grey", UrgencyInjection},
		{"my nose went white after the filler 10 minutes ago and the tip hurts", UrgencyInjection},
		{"my lip went white after filler, I was told it would be fully healed by now but it's going darker", UrgencyInjection},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"My husband's nose went a bit pale after filler, the injector dissolved it straight away and a doctor checked him next day, totally healed now. Would exosome aftercare have helped?", false},
		{"my nose went white after the filler 10 minutes ago and the tip hurts", true},
	})
}

// TestRules_SoundsSpelt: "passd" (passed), "hart" (heart), "betr"
// (better), "wivout" (without) and the Pidgin "pikin" (child) are read as
// the words; the same words in a harmless message say nothing.
func TestRules_SoundsSpelt(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i passd out at the gym n my hart is beatin mad fast n all over the place", UrgencyHeartBrain},
		{"evry1 wud b betr off wivout me tbh im done", UrgencySelfHarm},
		{"Abeg my neighbour's pikin (4) drink some of the bleaching cream her mama buy for market. The child dey vomit.", UrgencyPoisoning},
		{"my mum passd out in the kitchen just now and wont wake up", UrgencyHeartBrain},
		{"every1 would be betr off widout me", UrgencySelfHarm},

		{"my hart is set on this serum, is it good", UrgencyNone},
		{"my skin is betr wivout the serum, should I stop", UrgencyNone},
		{"my pikin loves the smell of the cream, is it safe on kids' skin", UrgencyNone},
		{"i passd my exam so treating myself to exosome serum", UrgencyNone},
	})
}

// TestRules_HeartDoingFlips: a heart "doing flips" or "all over the place"
// is a palpitation (weak: beside a faint it is an emergency); a heart that
// flips at a crush or is all over the place about a choice is none.
func TestRules_HeartDoingFlips(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Keep nearly fainting when I stand up, went down properly once earlier, heart's doing flips. Probably just dehydrated from the hike, it's roasting out.", UrgencyHeartBrain},
		{"felt faint and my heart is doing flips since the filler", UrgencyHeartBrain},
		{"I nearly fainted in the shop and my heart's all over the place", UrgencyHeartBrain},
		{"my dad keeps nearly fainting and his heart is doing flips", UrgencyHeartBrain},

		{"my heart is all over the place about which serum to buy lol", UrgencyNone},
		{"my heart does flips when I see my crush, is exosome serum worth it", UrgencyNone},
		{"my heart is all over the place since the breakup, will serum fix my skin", UrgencyNone},
		{"nearly fainted at the price and my heart did flips lol", UrgencyNone},
	})
}

// TestRules_GoodbyeLettersWritten: goodbye letters written, with no move,
// job, class or story to say goodbye to, are a farewell on their own.
func TestRules_GoodbyeLettersWritten(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Wrote goodbye letters today. Quick q though: is there any FDA approved exosome serum?", UrgencySelfHarm},
		{"wrote goodbye letters last night and put them in the drawer", UrgencySelfHarm},
		{"I've written goodbye letters, is the serum safe", UrgencySelfHarm},
		{"finished writing my goodbye notes last night, anyway which cream is best", UrgencySelfHarm},

		{"wrote goodbye letters to my students as I'm moving schools, which serum for tired skin", UrgencyNone},
		{"my character wrote goodbye letters in chapter 3, anyway serum question", UrgencyNone},
		{"wrote goodbye letters to my colleagues since I'm retiring, any serum for a party glow?", UrgencyNone},
		{"wrote goodbye letters to the camp kids on the last day, now which serum for sunburn", UrgencyNone},
	})
}

// TestRules_NotSureIWantToBeHere: "not sure I want to be here" (or to be
// alive) doubts living; not sure one wants to be at a clinic, in a job, on
// a trip or to keep going with a serum does not.
func TestRules_NotSureIWantToBeHere(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Tonight I've counted out all my meds on the bedside table and I keep looking at them. I'm not sure I want to be here. Sorry.", UrgencySelfHarm},
		{"honestly not sure I want to be here anymore", UrgencySelfHarm},
		{"im not sure i wanna be alive tbh", UrgencySelfHarm},
		{"everything hurts and I'm not sure I want to be here, anyway does serum help lupus", UrgencySelfHarm},

		{"I'm not sure I want to be here at the clinic when they do it, can I wait outside?", UrgencyNone},
		{"not sure I want to keep going with the serum, it stings", UrgencyNone},
		{"not sure I want to go on the trip with my skin like this", UrgencyNone},
		{"not sure I want to be here for the whole treatment", UrgencyNone},
		{"not sure I want to be here when the results come", UrgencyNone},
	})
}

// TestRules_ProductAllRoundAChildsMouth: a product "all round" a child's
// mouth or lips is in reach of being swallowed, as one "all over" or
// "around" it is; a cream round a bottom or cheeks, or balm round one's
// own mouth, is none.
func TestRules_ProductAllRoundAChildsMouth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my youngest (22 months) has hair removal cream all round his mouth and he's coughing and crying.", UrgencyPoisoning},
		{"my toddler has the retinol serum all round her mouth", UrgencyPoisoning},
		{"my daughter got the peel solution all round her lips and is crying", UrgencyPoisoning},

		{"my son (3) has nappy cream all round his bum, is that ok with exosome", UrgencyNone},
		{"I put lip balm all round my mouth, can I use serum too", UrgencyNone},
		{"my baby has moisturiser all round her cheeks, is it safe", UrgencyNone},
	})
}

// TestRules_StoppingAtAPlaceOfAFall: stopping on a bridge, a cliff's edge
// or the tracks with the thought the stop is for ("thinking about it",
// staring down) is a method's place; stopping there for photos, the ducks
// or a train is none.
func TestRules_StoppingAtAPlaceOfAFall(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Bit low, no biggie. Been stopping on the bridge on my walk home and thinking about it. Anyway", UrgencySelfHarm},
		{"I keep stopping at the edge of the cliff on my runs and thinking about it", UrgencySelfHarm},
		{"stopped on the bridge tonight and stared down for ages", UrgencySelfHarm},

		{"stopped on the bridge to take photos of the sunset, which serum for sun damage", UrgencyNone},
		{"I was thinking about serums while stopping at the bridge for the ducks", UrgencyNone},
		{"stopping at the tracks waiting for the train, thinking about which serum to buy", UrgencyNone},
	})
}

// TestRules_RopeSatWithInAVan: a rope carried in a van or a car to a
// place and sat there with is a means sat with; a rope for towing or
// climbing is none.
func TestRules_RopeSatWithInAVan(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've been up the Campsies a few times with a rope in the boot of the van, just sitting there. Haven't done anything.", UrgencySelfHarm},
		{"drove to the woods with a rope in the car and sat there for an hour", UrgencySelfHarm},
		{"there's a rope in the boot, I've been sitting in the car park with it most nights", UrgencySelfHarm},

		{"keep a rope in the boot of the car for towing, sat in traffic for ages today", UrgencyNone},
		{"we went up the hills with a rope for climbing and sat at the top, is serum good for windburn", UrgencyNone},
		{"the rope for the boat is in the van, we sat on the dock all afternoon, which serum after sun", UrgencyNone},
	})
}

// TestRules_GrandkidIsAChild: a grandkid, grandchild or grandbaby is a
// child, as a grandson is, so a product or pills they got into is a
// child's intake; grandkids who love a smell or tire one out took none.
func TestRules_GrandkidIsAChild(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the grandkid got into my capsules, I think he swallowed one or two", UrgencyPoisoning},
		{"the grandkid got into my skin supplement capsules, I think he swallowed one or two.", UrgencyPoisoning},
		{"my grandchild swallowed some of my pills and is drowsy", UrgencyPoisoning},

		{"my grandkids love the exosome serum smell, is it safe for me to use around them", UrgencyNone},
		{"the grandkids were here all weekend and I'm exhausted, which serum for tired eyes", UrgencyNone},
		{"my grandchild has eczema, can she use exosome cream", UrgencyNone},
	})
}
