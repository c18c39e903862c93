package bot

import "testing"

// TestRules_NumbedMouthWeakArm: a weak or heavy arm beside a face or mouth
// gone numb is a stroke's sign whatever numbed the mouth (a dentist's or
// any anaesthetic reaches no arm); a numbing of the arm itself, or a
// numbed mouth alone, or an arm only sore, is none.
func TestRules_NumbedMouthWeakArm(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had two fillings this afternoon, the dentist numbed my mouth and now my left arm is heavy as well", UrgencyHeartBrain},
		{"my cheek is still numb from the anaesthetic and my right hand feels weak and useless", UrgencyHeartBrain},
		{"my mouth went numb out of nowhere and my arm is weak", UrgencyHeartBrain},
		{"my gums are still numb from the dentist, how long till i can eat?", UrgencyNone},
		{"put numbing cream on my arm for laser, my arm is heavy and numb, is that normal?", UrgencyNone},
		{"numbing cream on my face before microneedling so my face is numb, my arm is sore from the gym too", UrgencyNone},
	})
}

// TestRules_TiredOfBeingTreated: "tired of being" followed by how one is
// treated or what one is made to feel (a participle: "disappointed",
// "let down", "ignored") is tired of that, not of living; tired of being
// itself ("here", "alive", "me") stays an emergency.
func TestRules_TiredOfBeingTreated(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly so tired of being disappointed by expensive serums, is this one any different?", UrgencyNone},
		{"sick of being let down by brands that promise glass skin", UrgencyNone},
		{"i'm tired of being overcharged at the med spa, where's cheaper?", UrgencyNone},
		{"done with being judged for my acne, what actually clears it?", UrgencyNone},
		{"i'm just tired of being here, nothing works for my skin anyway", UrgencySelfHarm},
		{"so tired of being alive", UrgencySelfHarm},
		{"sick of being me", UrgencySelfHarm},
	})
}
