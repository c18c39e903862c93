package bot

import "testing"

// TestRules_DeathWishedAtAnothersHand: wishing someone would kill the
// writer is a wish to die, however it is put; someone to kill a spider, a
// character killed off in a story, or the same words said in a laugh are
// not.
func TestRules_DeathWishedAtAnothersHand(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I want someone to kill me", UrgencySelfHarm},
		{"tbh i just want somebody to kill me, every day is the same grey", UrgencySelfHarm},
		{"I wish someone would kill me at this point", UrgencySelfHarm},

		{"I need someone to kill the wasp in my kitchen for me", UrgencyNone},
		{"i need someone to kill me off in chapter three of my story, any ideas", UrgencyNone},
		{"I want someone to kill me if I buy one more serum lol", UrgencyNone},
	})
}
