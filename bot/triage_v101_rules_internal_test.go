package bot

import "testing"

// TestRules_DecidedTonightIsTheNight: the writer's own decision that
// tonight "is the night", with nothing named for it, is a plan for when;
// a night decided for a treatment or for telling others of a move is
// none.
func TestRules_DecidedTonightIsTheNight(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I have decided tonight is the night. Just needed someone to hear it.", UrgencySelfHarm},
		{"ok so ive decided tonight is the night, sorry to dump this here", UrgencySelfHarm},

		{"decided tonight is the night for my first ever exosome facial!", UrgencyNone},
		{"I decided tonight is the night we tell the kids we're moving house", UrgencyNone},
	})
}

// TestRules_DeathWishDisownedRightAfter: a wish to die taken back right
// after it ("lol (not literally)", "haha not literally") is a figure of
// speech; taken back with more after it in the same breath, or not taken
// back at all, it stays a wish.
func TestRules_DeathWishDisownedRightAfter(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my brows came out totally uneven before the school photos, I want to die haha (not literally)", UrgencyNone},
		{"a massive whitehead on my nose the day of the wedding, wanna die lol not literally", UrgencyNone},

		{"I want to die not literally but sort of yes", UrgencySelfHarm},
		{"I want to die lol", UrgencySelfHarm},
	})
}

// TestRules_SomeoneWhoHadAScareIsFine: someone else's faint told in a
// relative clause, then said to be fine by the sentence's own verb, is
// over; the writer's own faint, a "fine" about something else, a passed
// chest pain or a "fine" with a sign after it is not.
func TestRules_SomeoneWhoHadAScareIsFine(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"The customer who passed out in our shop yesterday is completely fine, she sent us a lovely card. Anyway, do exosome masks help dull skin?", UrgencyNone},
		{"my aunt who fainted at the christening on sunday was fine by the evening", UrgencyNone},

		{"I fainted yesterday, the nurse who saw me is fine with me coming in", UrgencyHeartBrain},
		{"the client who fainted in the chair is not fine, she's still out", UrgencyHeartBrain},
		{"my dad who had crushing chest pain yesterday is fine now", UrgencyHeartBrain},
		{"my mum who fainted an hour ago is fine except she can't breathe properly", UrgencyAirway},
	})
}
