package bot

import "testing"

// TestRules_SomeoneElseGonnaKillMe: someone else who is "gonna kill" the
// writer ("my boss is going to kill me") is a figure of speech; the
// writer's own wish or plan to kill themself stays self-harm.
func TestRules_SomeoneElseGonnaKillMe(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my dad's gonna kill me when he spots this breakout on my chin", UrgencyNone},
		{"If my coach catches my face looking this red she's gonna kill me. What calms it fast?", UrgencyNone},
		{"my sister is gonna kill me when she sees I finished her exosome serum", UrgencyNone},

		{"I'm going to kill myself, I can't live with this skin", UrgencySelfHarm},
		{"honestly I just want to kill myself over these scars", UrgencySelfHarm},
	})
}
