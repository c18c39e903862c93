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
