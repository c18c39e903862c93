package bot

import "testing"

// TestRules_HowEasyItWouldBeAtAHeight: weighing how easy "it" would be,
// with nothing after it, while at a high window, a bridge or a ledge is
// thinking of a way to die; how easy it would be to change a product or
// to do a routine, at the same window, is not.
func TestRules_HowEasyItWouldBeAtAHeight(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Everything has fallen apart. Spent the evening at the window of my flat on the 22nd floor thinking how easy it would be. Don't know why I'm telling a chatbot.", UrgencySelfHarm},
		{"was at the edge of the car park roof earlier thinking how simple it would be", UrgencySelfHarm},

		{"sitting at my window thinking how easy it would be to swap to a cheaper serum", UrgencyNone},
		{"our office is on the 15th floor and I keep thinking how easy it would be if the clinic was in the same building", UrgencyNone},
	})
}
