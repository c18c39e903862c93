package bot

import "testing"

// TestScreen_GoodbyeOrPlanWithItsReasonIsClear: a goodbye whose sentence
// names the journey it is for ("…they're flying back on sunday") or a plan
// to do "it" whose sentence names the everyday task it is ("…I'll do her
// hair first") is no sign of self-harm, and the safety net is not to alarm
// on it alone; a goodbye or a plan beside a way of dying, a wish to die or
// a secret farewell still is.
func TestScreen_GoodbyeOrPlanWithItsReasonIsClear(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"said my goodbyes to the grandkids, they're flying back to perth on sunday. is vitamin c ok with exosomes?", UrgencyNone},
		{"hugged my brother goodbye, he flies out to dubai tonight. which sunscreen lasts longest?", UrgencyNone},
		{"worked out how I'm going to do it, she does my lashes and I'll do her eyebrows. can exosomes thicken lashes?", UrgencyNone},
		{"figured out how I'm going to do it, my cousin does my makeup and I do her hair. best primer for oily skin?", UrgencyNone},

		{"said goodbye to everyone today, they fly home tomorrow and I won't be here when they land. I want to die", UrgencySelfHarm},
		{"figured out how I'm going to do it, I've got the pills saved up. she does my nails on friday", UrgencySelfHarm},
		{"I want to kill myself, I've said goodbye to mum before her flight", UrgencySelfHarm},
	} {
		if got := Screen(c.text); got.Urgency != c.want {
			t.Errorf("%q: screen says %q, want %q (rules %q)\n\t%s", c.text, got.Urgency, c.want, rulesScreen(c.text).Urgency, explain(c.text))
		}
	}
}
