package bot

import "testing"

// TestRules_DenialEndsBeforeAThingDone: "not coming back" denies the
// coming back, not the giving away told after it ("sorted who gets my…");
// a denial of the giving away itself stays one. The new statement is read
// by its comma: run on without one, the denial still reaches it.
func TestRules_DenialEndsBeforeAThingDone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"that's my final video, won't be back, sorted out who gets my guitar and my games", UrgencySelfHarm},
		{"not logging on again, decided who gets my stuff, nothing helped my skin anyway", UrgencySelfHarm},

		{"haven't decided who gets my old skincare fridge yet, selling it or giving it to my sister", UrgencyNone},
		{"not coming back to this clinic, sorted out a refund for my facial", UrgencyNone},
	})
}

// TestRules_PillsPickedForTheAct: choosing which pills one would take
// "if I did it" is a method chosen, laughed off or not; choosing which
// pills to take for a headache is not.
func TestRules_PillsPickedForTheAct(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"haha don't worry, I've just been choosing which tablets I'd take if I ever do it", UrgencySelfHarm},
		{"been deciding what meds I'd use if I finally did it, morbid joke lol", UrgencySelfHarm},

		{"choosing which pills to take for my period pain, can I do it before a facial?", UrgencyNone},
		{"picked what tablets to take for hay fever, will they clash with my retinol?", UrgencyNone},
	})
}
