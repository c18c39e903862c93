package bot

import "testing"

// TestRules_WishOverLookLaughedOff: a death wished over a passing look
// (a spot, a zit, brows) in the same sentence, laughed off and left there,
// is a figure of speech; the same wish with no look before it, or with
// more said after the laugh, stays urgent.
func TestRules_WishOverLookLaughedOff(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"got a giant spot on my nose right before the wedding photos, i wanna die haha", UrgencyNone},
		{"my brows came out totally lopsided from the salon today, i want to die lol", UrgencyNone},

		{"i want to die lol", UrgencySelfHarm},
		{"got a giant spot on my nose right before the wedding photos, i want to die lol. honestly nothing feels worth it anymore", UrgencySelfHarm},
		{"got a giant spot on my nose again, i want to die lol i've saved up my pills", UrgencySelfHarm},
	})
}

// TestRules_ThoughtScareEndedNextSentence: a scare only thought, in the
// past ("thought she was having a stroke"), and its ending told at the
// start of the next sentence ("Turned out to be…", "the doctor checked
// her, all clear") is over; a scare thought now ("I think I'm having…"),
// or one that has come back, stays urgent.
func TestRules_ThoughtScareEndedNextSentence(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my mum thought she was having a stroke at the salon last month. Turned out to be low blood sugar, the doctor checked her, all clear. would exosome facials suit older skin?", UrgencyNone},
		{"I thought I was having a heart attack after my first microneedling session. The GP checked me over, all clear. is a second session safe?", UrgencyNone},

		{"I think I'm having a heart attack. the GP gave me the all clear last week", UrgencyHeartBrain},
		{"I thought I was having a heart attack after my facial and now my chest is crushing. the GP gave me the all clear last week", UrgencyHeartBrain},
	})
}

// TestRules_HowStaffSpotACase: how staff should recognise or spot a case
// in general ("a client whose lips…") asks for training; staff who have
// just noticed a client, or a case in the room now, stay urgent.
func TestRules_HowStaffSpotACase(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"writing our new starter notes: how would reception spot a patient whose tongue is swelling after fillers?", UrgencyNone},
		{"for the clinic checklist: how can our nurses identify a client whose lips are turning blue during a peel?", UrgencyNone},

		{"reception just spotted a client whose tongue is swelling after fillers, what do we do", UrgencyAirway},
		{"how should our nurses identify a client whose lips are turning blue? one is in the chair right now and can't breathe", UrgencyAirway},
	})
}

// TestRules_JokeDisownedInAnAside: a call for an ambulance over a spot,
// disowned in a short aside of its own ("(joke, obviously)", "only
// joking"), was the joke; a call with a sign told, or an aside that says
// it is no joke, stays urgent.
func TestRules_JokeDisownedInAnAside(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my daughter says her chin is ruined forever by one whitehead. Do I ring 999 or order the exosome serum? (joke, obviously)", UrgencyNone},
		{"my daughter says her chin is ruined forever by one whitehead. Do I ring 999 or order the exosome serum? only joking", UrgencyNone},

		{"my daughter's lips are swelling up and she's wheezing. Do I ring 999? joke?", UrgencyAirway},
		{"my daughter has collapsed and won't wake up. Do I ring 999? not a joke", UrgencyHeartBrain},
	})
}

// TestRules_ChestFeelsInAVice: a chest that feels "in a vice" or "like a
// clamp" tells crushing pain without a pain word; the same feeling at a
// price is a figure.
func TestRules_ChestFeelsInAVice(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my chest feels like it's in a vice when I see what these exosome facials cost lol", UrgencyNone},

		{"quick one about exosome toners, also my chest has felt like it's in a clamp for an hour and I'm sweaty", UrgencyHeartBrain},
		{"my chest feels like it's in a vice", UrgencyHeartBrain},
	})
}
