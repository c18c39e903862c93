package bot

import "testing"

// TestRules_FaintLaughedOffAsLowSugar: a faint with a racing heart, its
// laugh a hedged guess at low blood sugar or thirst, is played down, not
// a joke; the same laugh at a price is still a figure.
func TestRules_FaintLaughedOffAsLowSugar(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"passed out in the kitchen earlier, still woozy and dizzy, heart pounding away, probably just low sugar haha", UrgencyHeartBrain},
		{"blacked out on the bus, still dizzy with my heart racing, prob just dehydrated lol", UrgencyHeartBrain},

		{"saw the price of that serum and nearly fainted lol", UrgencyNone},
		{"low blood sugar makes me a bit shaky lol, can I still do a peel?", UrgencyNone},
	})
}

// TestRules_NotBetterDeniesOnlyTheImprovement: "not better" denies the
// getting better, not the fever or chills listed after it; a fever
// itself denied stays denied.
func TestRules_NotBetterDeniesOnlyTheImprovement(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"two days after microneedling the swelling is no better, crusting, fever and shivers", UrgencyInfection},
		{"cheek still swollen and not improving, temperature of 39 and I'm shaking with chills", UrgencyInfection},

		{"swelling's not better yet but no fever, no pus, just puffy", UrgencyNone},
		{"my acne is not better after a month of the serum, what next?", UrgencyNone},
	})
}

// TestRules_AskingWhetherItUsuallySettles: asking if a sign "usually
// settles" asks about its course, not a habit of the writer's; a habit
// told of oneself stays a habit.
func TestRules_AskingWhetherItUsuallySettles(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"after the peel my chest is whistling every time I breathe out and I have to lean forward to get air, will it usually pass?", UrgencyAirway},
		{"since the mask I'm wheezing every time I breathe and I keep sitting up to get air, does it usually settle?", UrgencyAirway},

		{"I always get a little wheezy in pollen season, does that usually settle with a facial?", UrgencyNone},
		{"my skin usually settles a day after a peel, does redness usually fade by then?", UrgencyNone},
	})
}

// TestRules_ByeToFamilyRelayedFromAChat: someone said bye to his family
// on his last night, posted in a chat, is a farewell; a goodbye to family
// before a trip is not.
func TestRules_ByeToFamilyRelayedFromAChat(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"someone in our group chat wrote that she's said bye to her kids and tonight is her last night", UrgencySelfHarm},
		{"my mate messaged on the server that he's saying bye to his parents, it's his last night", UrgencySelfHarm},

		{"said bye to my family at the airport, last night before my trip, any tips for skin on a long flight?", UrgencyNone},
		{"my son said bye to his dad this morning, how do I treat his eczema?", UrgencyNone},
	})
}
