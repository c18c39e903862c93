package bot

import "testing"

// TestRules_PlanningHowToGoDespiteWorkWords: planning how one would go,
// down to the place, is a plan to die even when the writer's job or a
// wedding is named in another sentence; planning how to get to an event,
// the route or transport named beside it, is not.
func TestRules_PlanningHowToGoDespiteWorkWords(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I organise weddings for a living. Lately I've been planning how I'd go, which spot, what night, all of it. Will exosomes calm my stress spots?", UrgencySelfHarm},
		{"Called off the wedding in spring. I'm planning how I'd go now, which cliff even. Any serum for dull skin?", UrgencySelfHarm},

		{"My cousin's wedding is in Leeds. I'm planning how I'd go, train or drive? Also which exosome serum travels well?", UrgencyNone},
		{"planning how i'd go to the clinic by bus, is the exosome facial worth the trip?", UrgencyNone},
	})
}

// TestRules_LookingUpWaysLeftUnsaid: having looked up "ways", the ways
// left unsaid, beside a thought that nobody would miss one, is a search
// for a means; looking up ways to do a named thing is not.
func TestRules_LookingUpWaysLeftUnsaid(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Just a phase maybe but I keep feeling folks wouldn't miss me at all and I've been googling ways. Anyway.", UrgencySelfHarm},
		{"nobody would really miss me, and i've been researching ways. never mind.", UrgencySelfHarm},

		{"My team wouldn't miss me at the offsite, so I've been looking up ways to skip it politely.", UrgencyNone},
		{"I miss my old skin so I've been researching ways to fade acne marks, are exosomes one?", UrgencyNone},
	})
}

// TestRules_GoingToAPlaceAndNotComingBack: going out to a quarry, a
// bridge or a cliff and not coming back is a plan to die; a trip abroad
// one would like not to come back from, or someone else gone, is not.
func TestRules_GoingToAPlaceAndNotComingBack(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Everything's too much. Been thinking of driving up to the old bridge after dark and just never coming back. Does exosome serum help eye bags?", UrgencySelfHarm},
		{"gonna walk out to the quarry later and just not come back. whatever. is retinol ok with exosomes?", UrgencySelfHarm},

		{"Off to Lisbon next week, honestly tempted to just not come back lol. Which exosome serum is TSA-friendly?", UrgencyNone},
		{"we walked over the bridge to the spa and came back glowing, is their exosome facial worth it?", UrgencyNone},
	})
}
