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
