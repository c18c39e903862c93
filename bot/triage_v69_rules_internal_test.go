package bot

import "testing"

// TestRules_ApparentlyClosingItsClause: an "apparently" that closes its
// clause hedges what it closes (a fact about the product), not the signs
// told after it; one that opens a story heard still frames what follows.
func TestRules_ApparentlyClosingItsClause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the lotion she used has growth factors in it apparently, now her throat is swelling and she can't get air in", UrgencyAirway},
		{"my cousin used the toner (it's vegan apparently), her lips are swelling and she can't breathe", UrgencyAirway},

		{"apparently exosome creams can make your throat close up, is that true?", UrgencyNone},
		{"apparently, some people's lips swell up after exosome masks, should I patch test?", UrgencyNone},
	})
}

// TestRules_WeeBitIsMild: the Scots "a wee bit" qualifies a sign as "a
// tiny bit" does — it neither hides the sign nor makes "wee" anything else.
func TestRules_WeeBitIsMild(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my chest has gone a wee bit tight since the peel", UrgencyHeartBrain},
		{"hives all over my arms after the sheet mask and my chest feels a wee bit tight", UrgencyAirway},

		{"my skin feels a wee bit tight after the serum, which moisturiser?", UrgencyNone},
		{"my wee one has a wee bit of dry skin on her cheeks, is exosome lotion ok for kids?", UrgencyNone},
	})
}
