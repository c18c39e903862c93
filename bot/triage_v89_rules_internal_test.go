package bot

import "testing"

// TestRules_SmileLostWithADroop: not being able to smile properly is a
// weak sign of a stroke, an emergency with one side of the face slipping;
// alone, or after Botox, a filler, the dentist or under make-up, it is not.
func TestRules_SmileLostWithADroop(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"half of my face looks like it's slipping down when I look in the mirror and I can't smile properly, it began a few minutes ago", UrgencyHeartBrain},
		{"my mouth looks like one side of it is sliding and I cant smile properly since I woke up", UrgencyHeartBrain},

		{"I can't smile properly since the botox, one side of my mouth looks like it's sliding", UrgencyNone},
		{"can't smile properly today, my lips are so chapped, which balm heals fastest?", UrgencyNone},
		{"half my foundation has slid off in this heat and I can't smile properly under it", UrgencyNone},
	})
}
