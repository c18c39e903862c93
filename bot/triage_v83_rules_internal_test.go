package bot

import "testing"

// TestRules_AirConditioningIsNoBreath: a throat or skin dried by the air
// conditioning at work is no breathing effort; a breath that will not come
// beside the air con is still one.
func TestRules_AirConditioningIsNoBreath(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"The air con in our office dries my throat out all day, should I use a richer moisturiser too?", UrgencyNone},
		{"my lips crack from the air conditioning at work, would an exosome balm help?", UrgencyNone},

		{"the air con broke and I can barely breathe, my throat feels like it's closing", UrgencyAirway},
		{"after the mask it's a real effort to get air in and my lips are puffing up", UrgencyAirway},
	})
}

// TestRules_SkinThatCollapsesIsNoPerson: skin or a complexion that
// "collapses" after a late night looks tired; a person who collapses
// is a faint, whatever the skin did first.
func TestRules_SkinThatCollapsesIsNoPerson(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"By the end of a double shift my skin completely collapses and looks grey, can exosomes give it some bounce?", UrgencyNone},
		{"my complexion collapses whenever I sleep badly, any serum for that?", UrgencyNone},

		{"her skin went grey and then she collapsed in the treatment room", UrgencyHeartBrain},
		{"I collapsed after my facial this morning and still feel faint", UrgencyHeartBrain},
	})
}

// TestRules_SafetyTalkRunIsTraining: a toolbox talk, safety talk or
// first-aid course the writer gives on spotting an emergency is staff
// training; someone taken ill during or at one is a case.
func TestRules_SafetyTalkRunIsTraining(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I'm giving a toolbox talk at the warehouse about recognising a heart attack. Slightly off topic, any tips?", UrgencyNone},
		{"Running a safety talk for the crew on someone having a stroke, what are the signs to mention?", UrgencyNone},

		{"a lad collapsed during the toolbox talk and he isn't waking up", UrgencyHeartBrain},
		{"someone at the safety talk is having a heart attack right now", UrgencyHeartBrain},
	})
}
