package bot

import "testing"

// TestRules_NervousLaughAfterSign: a laugh after a real breathing sign,
// with another body sign told after it, is nervousness, not a joke; a
// laugh at a price, a workout or a joke frame stays one.
func TestRules_NervousLaughAfterSign(t *testing.T) {
	checkRules(t, []rulesCase{
		{"cant catch my breath lol and my lips feel huge", UrgencyAirway},
		{"cant catch my breath lol and my throat feels weird", UrgencyAirway},
		{"I'm short of breath lol and my tongue feels thick after the serum", UrgencyAirway},
		{"cant breathe lol and my face is puffing up", UrgencyAirway},
		{"can't catch my breath haha and my lips are tingling", UrgencyAirway},

		{"this price has me short of breath lol", UrgencyNone},
		{"the price of this serum has me short of breath lol and my wallet is crying", UrgencyNone},
		{"ran for the bus and cant catch my breath lol, anyway which serum for oily skin", UrgencyNone},
		{"that glow up left me breathless lol my jaw dropped", UrgencyNone},
	})
}

// TestRules_SeverePainAfterInjection: pain "like hell" after an injection or
// filler is severe pain at an injection site; a question in general about
// pain, or a wallet that hurts, is none.
func TestRules_SeverePainAfterInjection(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my face hurts like hell after the exosome injections", UrgencyInjection},
		{"my cheek hurts like hell since the filler this morning", UrgencyInjection},
		{"lips hurt like crazy after the filler yesterday and it's getting worse", UrgencyInjection},
		{"the injection site hurts like hell and it's gone pale", UrgencyInjection},

		{"does microneedling hurt like hell?", UrgencyNone},
		{"my wallet hurts like hell after the exosome injections lol", UrgencyNone},
		{"do filler injections hurt like hell or is it fine?", UrgencyNone},
		{"my bank account hurts like hell after buying the serum", UrgencyNone},
	})
}

// TestRules_PhraseYieldsNothingLost: a phrase yields its last word to the
// phrase after it only when the words that phrase swallows say nothing by
// themselves: "one side of my face" keeps "my face".
func TestRules_PhraseYieldsNothingLost(t *testing.T) {
	checkRules(t, []rulesCase{
		{"one side of my face just dropped and my right hand wont grip the serum bottle", UrgencyHeartBrain},
		{"my arm hurts like hell and my chest is crushing", UrgencyHeartBrain},
	})
}

// TestRules_TwoBurdenSigns: two different weak self-harm signs of one kind,
// told in different sentences by the same person, are an alarm together;
// a burden lifted by a trip, one of another's, or the writer's beside what
// someone else says, is none.
func TestRules_TwoBurdenSigns(t *testing.T) {
	checkRules(t, []rulesCase{
		{"they will be better off without me. everyone will finally be rid of me", UrgencySelfHarm},
		{"it is better if I go. they will not spend on me anymore", UrgencySelfHarm},
		{"I'm just a burden to them. it would be easier for everyone if I was gone", UrgencySelfHarm},

		{"my family would be happier without him, he's so rude. they're finally rid of him", UrgencyNone},
		{"my mum needs a break from me this weekend, she'll be free of me while I'm at camp", UrgencyNone},
		{"I feel like a burden asking so many questions, sorry! which serum is best?", UrgencyNone},
		{"I feel like such a burden to my mum. she's always paying for my skincare, she says she won't pay for me anymore lol", UrgencyNone},
	})
}
