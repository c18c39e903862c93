package bot

import "testing"

// TestRules_BackToOrdinaryLife: someone else's scare told in the past and
// closed by their being back at what they do every day ("she's home now",
// "he's back at work", "back on duty") after a check is over, as "back to
// normal" is; the same return with the sign back after it, or a swallowed
// product with no one consulted, stays an emergency.
func TestRules_BackToOrdinaryLife(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son blacked out at rugby practice, the coach's medic checked him and he's back at school today. best spf for a sweaty teen?", UrgencyNone},
		{"my sister keeled over at her wedding fitting, a doctor looked at her and she's home now watching tv, does stress cause acne?", UrgencyNone},
		{"my colleague's lips swelled up from a bee, the nurse sorted him out and he's back on shift now. can stings scar?", UrgencyNone},
		{"my husband collapsed at the gym, he's home now but his speech is slurred and his face droops", UrgencyHeartBrain},
		{"my toddler drank half my toner at granny's, she's home now", UrgencyPoisoning},
		{"my son fainted at practice, he's back at school but now he's fainted again and can't stand", UrgencyHeartBrain},
	})
}

// TestRules_CauseSaidBare: a harmless cause a check found, said without
// "it was" ("ECG fine, they said reflux"), ends the scare as "they said it
// was reflux" does; chest pain still going on after it does not end.
func TestRules_CauseSaidBare(t *testing.T) {
	checkRules(t, []rulesCase{
		{"dad had chest pain on a hike, the doctor ran tests, they said indigestion. is retinol ok for old skin?", UrgencyNone},
		{"my chest hurts so bad right now and the pain goes into my left arm, last month they said anxiety", UrgencyHeartBrain},
	})
}

// TestRules_MedicsAndAClinicCheck: "medics" are paramedics, and a clinic
// that checks someone after a scare with no treatment told is a doctor's
// ("the clinic checked her, she's fine"); a clinic that checks its own
// treatment ("the clinic checked my filler and said it's fine") reassures
// about its work, and the blanching told stays an emergency.
func TestRules_MedicsAndAClinicCheck(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my uncle fainted in the queue at the bank, the clinic checked him, low sugar, he's fine. do men need moisturiser?", UrgencyNone},
		{"my lip went white and blotchy after filler, the clinic checked it and said it's fine but it's getting paler and colder", UrgencyInjection},
	})
}
