package bot

import "testing"

// TestRules_PlansMadeBesideGoodbyesSaid: plans made beside goodbyes said are
// self-harm whatever occasion the plans name ("plans for the weekend"), and
// with a question after them; goodbyes said for a journey, or plans alone,
// are none.
func TestRules_PlansMadeBesideGoodbyesSaid(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Made my plans for the weekend and said my goodbyes already. Not after a lecture, just wondering if exosomes are hype before I go.", UrgencySelfHarm},
		{"said my goodbyes and made my plans, it's sorted", UrgencySelfHarm},
		{"I've got my plans sorted and said goodbye to everyone", UrgencySelfHarm},
		{"made my plans for friday and I'm saying my goodbyes this week", UrgencySelfHarm},

		{"made my plans for the weekend, is the exosome facial worth it?", UrgencyNone},
		{"made my plans and said my goodbyes before the flight to Spain", UrgencyNone},
		{"said my goodbyes to everyone at the airport, plans are made for the move", UrgencyNone},
		{"got my holiday plans sorted and said my goodbyes at work, any serum for the plane?", UrgencyNone},
	})
}
