package bot

import "testing"

// TestRules_FaintAtTheSightOfIsAWay: a faint told in the present simple
// "at the sight of" or "at the thought of" something is the way one
// reacts whenever it comes, not a faint now; the same faint told in the
// past, or with a faint now beside it, still alarms.
func TestRules_FaintAtTheSightOfIsAWay(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I blacked out at the sight of the blood on my pillow after the peel this morning", UrgencyHeartBrain},
		{"my son passes out at the sight of blood and he just did, now he's not waking up", UrgencyHeartBrain},

		{"my husband passes out at the sight of a syringe, could he still try exosome injections?", UrgencyNone},
		{"I faint at the sight of my own blood, is a microneedling pen too much for me?", UrgencyNone},
		{"she blacks out at the thought of needles, what can she use instead of a facial with jabs?", UrgencyNone},
	})
}

// TestRules_FaintAtTheDentistBeforeAsked: a faint at an appointment of a
// kind ("at the dentist", "at the doctors") closed by "before" and followed
// by a question is an earlier occasion, as "at a blood test before" is; a
// sign told after it, or a place of today's, still alarms.
func TestRules_FaintAtTheDentistBeforeAsked(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I collapsed at the dentist before and my chest has been tight since", UrgencyHeartBrain},
		{"my nan blacked out at the salon before, should we ring someone?", UrgencyHeartBrain},

		{"I passed out at the dentist before, will exosome microneedling be ok for me?", UrgencyNone},
		{"my teenager fainted at the doctors before, can she have a facial with injections?", UrgencyNone},
	})
}

// TestRules_BeHearIsBeHere: "hear" typed for "here" after "be", where no
// hearing can stand, is "be here": "I don't want to be hear anymore" is a
// wish not to live, and "she'll be hear at ten" a time of arrival.
func TestRules_BeHearIsBeHere(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly i dont want to be hear anymore, nothing helps my acne", UrgencySelfHarm},
		{"i just dont wanna b hear anymore, so tired of my face", UrgencySelfHarm},

		{"the courier will be hear at ten with my exosome order, can I use it tonight?", UrgencyNone},
		{"I want to be heard by my derm, she never listens about my rosacea", UrgencyNone},
	})
}

// TestRules_ChildTookWhatTurnedOutAProduct: a child who drank or ate
// something the writer names a clause later as a product or pills ("…and
// it was my toner") took the product; "it was my serum night" or "my
// serum day" is a time.
func TestRules_ChildTookWhatTurnedOutAProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"our toddler drank the lemonade he found upstairs and it was my micellar water", UrgencyPoisoning},
		{"my nephew drank the juice he spotted by the bath, it was my mum's toner", UrgencyPoisoning},

		{"my son ate his tea and it was my serum night so I skipped the routine, is that ok?", UrgencyNone},
		{"my daughter drank her juice, it was my niacinamide serum day so I waited, which is better?", UrgencyNone},
	})
}

// TestRules_MightBeNothingThenTold: "might be nothing" or "could be silly"
// with its subject dropped plays down what the writer then tells; it asks
// nothing of the sign after it. A question after the play-down still asks.
func TestRules_MightBeNothingThenTold(t *testing.T) {
	checkRules(t, []rulesCase{
		{"could be nothing, a grey patch beside the filler spot on my chin", UrgencyInjection},
		{"might be silly, one eye blurry since the filler this morning", UrgencyInjection},

		{"could be nothing, can filler ever cause a white patch?", UrgencyNone},
		{"might be fine to use exosomes after filler, does a blotchy patch mean anything?", UrgencyNone},
	})
}

// TestRules_CutsDoneWhenHatingOneself: cuts named, then told done "when I
// hate how I look" or "whenever I'm numb", are self-harm however played
// down ("only small ones, nothing serious"); cuts from a needling roller
// or the kitchen, and a skincare step done when low, are none.
func TestRules_CutsDoneWhenHatingOneself(t *testing.T) {
	checkRules(t, []rulesCase{
		{"they're only tiny cuts, honestly not a big deal, I do it when I hate my reflection", UrgencySelfHarm},
		{"just some scratches on my legs, I do them whenever I feel worthless. will exosome cream hide them?", UrgencySelfHarm},

		{"tiny cuts from the dermaroller, I do it when I'm stressed as it's calming, safe with exosomes?", UrgencyNone},
		{"a few marks on my chin, I do my full routine when I'm low, which exosome serum?", UrgencyNone},
	})
}

// TestRules_PlanningHowIdGo: planning how one would "go", with nothing
// after the "go", is a way of dying planned, however hedged; how one
// would go about a routine, or go somewhere by train, is none.
func TestRules_PlanningHowIdGo(t *testing.T) {
	checkRules(t, []rulesCase{
		{"it's silly really, but lately I keep planning how I'd go", UrgencySelfHarm},
		{"not a big thing, I've just been plotting how I would go. anyway, best serum for dullness?", UrgencySelfHarm},

		{"I'm planning how I'd go about layering exosomes with retinol, any tips?", UrgencyNone},
		{"still planning how I'd go, bus or train, to my facial in town on Friday", UrgencyNone},
	})
}

// TestRules_WhatMadeMySignAfterAnEvent: "what would make my eye go
// blurry" told with an event of the writer's own ("straight after they
// injected", "since I had") asks the cause of a sign at hand, as "why is
// my eye blurry" does; without one it may ask what to avoid.
func TestRules_WhatMadeMySignAfterAnEvent(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what would make my vision go patchy in one eye right after they injected filler into my nose?", UrgencyInjection},

		{"what would make my vision go blurry? I'd like to know what to avoid before booking filler", UrgencyNone},
		{"what could make my lips swell after filler, generally speaking?", UrgencyNone},
	})
}

// TestRules_SupposedThenSignNow: a question put as a supposition ("is it
// dangerous if my son had a mouthful?") followed by a sign told of someone
// now ("he's drooling now") is about the case at hand; a state that is
// no sign ("he's asleep now") leaves the supposition a question.
func TestRules_SupposedThenSignNow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is the peel solution toxic if my toddler licked some? he's drooling now", UrgencyPoisoning},
		{"is nail varnish remover harmful if my daughter had a sip of it? she's coughing now", UrgencyPoisoning},

		{"what happens if my boy drinks toner? he's asleep now so I can't ask him", UrgencyNone},
		{"what happens if a toddler licks retinol cream? she's napping now, just planning ahead", UrgencyNone},
	})
}
