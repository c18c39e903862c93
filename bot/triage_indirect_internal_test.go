package bot

import "testing"

// TestRules_NotAroundForWhatIsNear: not expecting to be around for
// something near (an appointment, results, the rest of a course) is a sign
// of self-harm: strong when the writer does not think or plan to be
// around, weak when only "won't be around" (with "won't need the
// follow-up", "it doesn't matter", "don't bother rebooking me" it is one);
// a reason given (a trip, a move, work, rescheduling) is no sign.
func TestRules_NotAroundForWhatIsNear(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"won't need the follow-up appointment, I won't be around by then", UrgencySelfHarm},
		{"won't be around for the results of the treatment anyway so it doesn't matter", UrgencySelfHarm},
		{"i don't think i'll be around to finish the course of treatments", UrgencySelfHarm},
		{"not being dramatic but i don't plan on being around for my next appointment so can i cancel it", UrgencySelfHarm},
		{"patient messaged: 'don't bother rebooking me, i won't be here'. she's been depressed about her scarring", UrgencySelfHarm},
		{"i don't think i'll be around to see the results honestly", UrgencySelfHarm},

		{"i won't be around for my appointment next week, can i move it?", UrgencyNone},
		{"I won't be around for the results, I'm travelling for work", UrgencyNone},
		{"i don't think i'll be around for my next appointment, i'm moving to another city", UrgencyNone},
		{"won't need the follow-up, my skin healed nicely", UrgencyNone},
		{"it doesn't matter which serum, they're all the same", UrgencyNone},
		{"i won't be around for the results so it doesn't matter, i'll be on holiday", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}
