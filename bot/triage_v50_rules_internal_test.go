package bot

import "testing"

// TestRules_OtherPersonRecovered: someone else's scare told with its end
// ("…and she's good", "was seen and discharged", "carries an EpiPen now")
// is over; the same scare told as happening stays an emergency.
func TestRules_OtherPersonRecovered(t *testing.T) {
	checkRules(t, []rulesCase{
		// "and she's good" is "and she's fine".
		{"my nan passed out at the salon last week, they had her checked and she's good. do peels cause that?", UrgencyNone},
		{"my nan passed out at the salon and she's not waking up", UrgencyHeartBrain},
		// Treated and sent home: a hospital's discharge ends the scare.
		{"a client went wheezy after the mask last month, paramedics came and she was discharged that evening. which mask is safer?", UrgencyNone},
		{"my mate's lips swelled after a filler top-up, he got discharged fine the same day. is that common?", UrgencyNone},
		{"a client went wheezy after the mask and is still struggling to breathe, paramedics on the way", UrgencyAirway},
		{"the spot on my cheek is discharging pus and i've got a fever", UrgencyInfection},
		// An EpiPen carried, kept or prescribed is a precaution.
		{"my brother reacted badly to a wasp once, he's grand and keeps an epipen on him now. are bee venom masks risky?", UrgencyNone},
		{"she carries an EpiPen these days after her peanut scare, is propolis ok in a serum?", UrgencyNone},
		{"her throat is closing, where is her epipen? need it now", UrgencyAirway},
		{"he's wheezing after the bee venom mask, giving him his epipen now", UrgencyAirway},
	})
}
