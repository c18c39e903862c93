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

// TestRules_FaintThenBefore: "before" after a faint as a conjunction with
// its subject after it tells the faint came first; a seizure had before
// and "this one" going on now (won't stop, lasting longer, worse) is one
// now. An earlier occasion alone, a first time, a sleep in before a time,
// or "this one"/"this time" naming no occasion going on do not alarm.
func TestRules_FaintThenBefore(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my dad collapsed before we could get him to the car, he'd just had the peel", UrgencyHeartBrain},
		{"she blacked out before anyone could catch her", UrgencyHeartBrain},
		{"my brother's had seizures before, but this one won't stop", UrgencyHeartBrain},
		{"she has had a seizure before but this one is lasting much longer", UrgencyHeartBrain},

		{"I've blacked out at the dentist before but this one is only a facial, should I warn them?", UrgencyNone},
		{"I fainted before, is microneedling ok for me?", UrgencyNone},
		{"I've fainted during needles before, this time I'd rather lie down, can I ask the clinic?", UrgencyNone},
		{"honestly I could sleep and not wake up before lunch after a night shift, which eye cream?", UrgencyNone},
	})
}
