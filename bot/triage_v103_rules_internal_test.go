package bot

import "testing"

// TestRules_ChestPainToldAsAThing: a chest "doing a crushing thing" is
// chest pain however it is played down; a workout, the skin of the chest
// or a pet that sleeps on it is none.
func TestRules_ChestPainToldAsAThing(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"ha my chest has been doing this crushing thing for half an hour and I am all clammy, probably just work stress", UrgencyHeartBrain},

		{"my chest felt like the cat was sitting on it, she sleeps there every night lol", UrgencyNone},
		{"my chest workout was doing a crushing thing to my arms", UrgencyNone},
		{"the skin on my chest has been doing a weird peeling thing", UrgencyNone},
	})
}
