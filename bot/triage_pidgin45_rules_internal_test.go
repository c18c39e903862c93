package bot

import "testing"

// TestRules_PidginNoCanBreathe: Hawaiian Pidgin says "can't" as "no can":
// "I no can breathe" is shortness of breath, and with a face swelling
// after a treatment, an airway emergency; "no can stand the smell" is not.
func TestRules_PidginNoCanBreathe(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my cheeks stay puffing up and I no can breathe good since da mask", UrgencyAirway},
		{"I no can breathe good since da facial", UrgencyAirway},

		{"I no can stand the smell of that new serum, any unscented exosome ones?", UrgencyNone},
	})
}
