package bot

import "testing"

// TestRules_HomeAfterAnAuthoritysCheck: "he's home" after a doctor or a
// hospital told its check done ends the scare told before it; "she's
// home" after a call only, or with no one who checked, ends nothing.
func TestRules_HomeAfterAnAuthoritysCheck(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my uncle got chest pain at the wedding, the paramedics examined him and he's home, can he use a retinol?", UrgencyNone},
		{"nan had a funny turn with pain in her chest at lunch, the GP saw her and she's home now resting", UrgencyNone},
		{"I phoned the doctor about my mum's crushing chest pain but she's home by herself", UrgencyHeartBrain},
		{"the ambulance is on its way, she's home and she can't get her breath", UrgencyAirway},
		{"my husband's chest is crushing and he's home alone", UrgencyHeartBrain},
		{"the hospital checked him yesterday and he's home but now the pain is crushing and going into his arm", UrgencyHeartBrain},
	})
}

// TestRules_HadntIsANegation: "hadn't" denies what follows, as "hasn't"
// does; an intake told after it in another clause is still an intake.
func TestRules_HadntIsANegation(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son hadn't eaten any of the gummies, the packet was still sealed", UrgencyNone},
		{"my son hadn't eaten lunch and then he drank some of my toner", UrgencyPoisoning},
		{"I hadn't even finished rinsing the peel when my throat started closing", UrgencyAirway},
	})
}

// TestRules_ATurnExplainedByNotEating: going pale or nearly fainting,
// then told as explained by a meal skipped ("turned out she hadn't
// eaten"), is over; a sign after it ("but now her lip is white") or a
// collapse merely guessed to be hunger stays an emergency.
func TestRules_ATurnExplainedByNotEating(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my colleague went white and nearly passed out after her peel, turned out she hadn't eaten all day, she's grand", UrgencyNone},
		{"I went pale and wobbly after the facial, turns out I skipped breakfast", UrgencyNone},
		{"my client went pale and nearly fainted after the filler, turned out she hadn't eaten but now her lip is going white", UrgencyInjection},
		{"my client went grey and collapsed after her facial, maybe she hadnt eaten, she's confused now", UrgencyHeartBrain},
	})
}

// TestRules_TightSkinOnTheThroat: a tightness told on the throat, as a
// surface, with the breathing said to be normal is the skin's; a
// tightness in the throat, a swelling on it, or breathing only okay-ish
// or not normal stays an airway.
func TestRules_TightSkinOnTheThroat(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the skin feels a bit tight on my throat after the laser, like after a day at the beach, breathing is fine", UrgencyNone},
		{"slight tightness on the throat where the dermapen went, my breathing is normal", UrgencyNone},
		{"my throat is tight since the serum, breathing fine for the moment", UrgencyAirway},
		{"tightness on my throat since the mask, breathing's okay-ish", UrgencyAirway},
		{"tightness on my throat since the mask and my breathing isn't normal", UrgencyAirway},
		{"what can I put on my throat, it's swollen and tight inside, breathing normal so far", UrgencyAirway},
	})
}
