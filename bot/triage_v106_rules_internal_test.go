package bot

import "testing"

// TestRules_FollowingTheDead: someone who says they will be joining a
// husband or a pet that just died is telling of their own death, told
// firsthand or passed on; joining someone alive somewhere is none.
func TestRules_FollowingTheDead(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my neighbour's husband died in march and this morning she said she will be joining him soon, should I be worried?", UrgencySelfHarm},
		{"since my cat was put to sleep I keep thinking I'll be with her soon", UrgencySelfHarm},

		{"my husband flew out on tuesday and I'll be joining him soon at the beach house, which sunscreen should I pack?", UrgencyNone},
		{"her dad passed last year and she's joining her mum soon for the memorial service", UrgencyNone},
		{"my sister is joining me soon at the clinic for her exosome facial", UrgencyNone},
	})
}
