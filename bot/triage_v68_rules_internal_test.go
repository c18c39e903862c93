package bot

import "testing"

// TestRules_EmergencyDepartmentAsWorkplace: an emergency department named
// as where someone works — a role or a stint of work in it, or its name
// before a role — is no call for one; going there, or being there now, for
// oneself or someone else still is, beside a workplace named too.
func TestRules_EmergencyDepartmentAsWorkplace(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I'm a staff nurse in A&E and the hand gel has wrecked my knuckles, would an exosome cream help?", UrgencyNone},
		{"back from four long shifts in A&E and my face looks grey with tiredness, which serum?", UrgencyNone},
		{"I work in the ER so my sleep is all over the place, does that affect how exosomes work?", UrgencyNone},
		{"as an A&E doctor I see a lot of filler complications, are exosomes any safer?", UrgencyNone},

		{"my mum's a nurse, she says I need to go to A&E now, should I?", UrgencyMedical},
		{"I'm an A&E nurse myself but I think I need to go to A&E now, my tongue feels huge", UrgencyAirway},
		{"I finished my shift and should I go to A&E? my cheek went white after the filler", UrgencyInjection},
		{"should I take him to A&E, his lips are swelling after the peel", UrgencyAirway},
	})
}

// TestRules_SortedAsResolved: "all sorted (now)", in English or in Scots
// ("aw sorted noo"), tells a past scare resolved, as "all fine now" does; a
// wish to have something sorted, a routine sorted beside a sign now, or
// farewells and belongings "all sorted" (plans made ready) do not.
func TestRules_SortedAsResolved(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my lips puffed up from a balm over Easter, ended up at A&E, all sorted now. safe to try exosomes?", UrgencyNone},
		{"the wean's face swelled up wi a new cream at the weekend, we went tae A&E, aw sorted noo. can she use exosomes?", UrgencyNone},

		{"my lips are swelling after the serum and I need it all sorted now, my throat is tight", UrgencyAirway},
		{"I've got my evening routine all sorted but tonight my tongue is swelling and I can't swallow", UrgencyAirway},
		{"given away all my clothes and written to my daughter, all sorted now", UrgencySelfHarm},
	})
}

// TestRules_FaintTellsAnEarlierOccasion: a faint told in the perfect and
// closed by "before" ("I've passed out at the dentist before") is an
// earlier occasion, not what is happening; a first time ("never …
// before"), "before" as a conjunction, a sign told before the perfect, or
// a sign in the next clause still alarm.
func TestRules_FaintTellsAnEarlierOccasion(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've fainted during injections before, would microneedling be a problem for me?", UrgencyNone},
		{"my sister has passed out at vaccinations before too, can she have an exosome facial?", UrgencyNone},

		{"I've never passed out like that before, I just collapsed in the bathroom", UrgencyHeartBrain},
		{"my throat keeps closing up and I've had hives before", UrgencyAirway},
		{"he's had a seizure before, he's shaking on the floor and won't wake up", UrgencyHeartBrain},
		{"I've fainted before, but now my face is drooping and I can't lift my arm", UrgencyHeartBrain},
	})
}

// TestRules_RecoveredTheDayBefore: a scare dated a day before today and
// told as over within minutes ("yesterday … fine in ten minutes") is its
// outcome, relayed by staff or not; the same told of this morning or an
// hour ago, one that came back, and a warning that needs a doctor even
// once it has passed (chest pain, a drooping face) still alarm.
func TestRules_RecoveredTheDayBefore(t *testing.T) {
	checkRules(t, []rulesCase{
		{"salon owner here: a client went grey and dizzy in the chair yesterday, had a biscuit, fine in five minutes. Is that from the numbing?", UrgencyNone},
		{"I went grey and shaky during my peel yesterday, fine within ten minutes of lying down, should I avoid it next time?", UrgencyNone},

		{"a client went pale and woozy an hour ago after filler, fine in five minutes but her lip is white", UrgencyInjection},
		{"my lip went white yesterday after filler, fine in ten minutes, but it's grey again today", UrgencyInjection},
		{"he had a crushing pain in his chest last night, fine in twenty minutes, should I worry?", UrgencyHeartBrain},
		{"one side of her face drooped yesterday, fine in ten minutes, is that the filler?", UrgencyHeartBrain},
	})
}
