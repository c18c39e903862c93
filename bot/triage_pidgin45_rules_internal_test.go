package bot

import "testing"

// TestRules_PidginNoCanBreathe: Hawaiian Pidgin says "can't" as "no can":
// "I no can breathe" is shortness of breath, and with a face swelling
// after a treatment, an airway emergency; "no can stand the smell" is not.
func TestRules_PidginNoCanBreathe(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my lips stay swelling up and I no can breathe right since the facial", UrgencyAirway},
		{"auntie said her throat tight and she no can breathe after da peel", UrgencyAirway},

		{"I no can stand the smell of that new serum, any unscented exosome ones?", UrgencyNone},
	})
}
