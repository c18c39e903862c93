package bot

import "testing"

// TestScreen_FeelingLikeMyselfAgainIsRecovery: a recovery told as being
// oneself again ("I beat breast cancer three years ago and I am finally
// feeling like myself again") is no disclosure for the safety net; a wish
// to be gone, or pills, beside it still alarm.
func TestScreen_FeelingLikeMyselfAgainIsRecovery(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"I beat breast cancer three years ago and I am finally feeling like myself again.", false},
		{"I beat breast cancer three years ago and I am finally feeling like myself again. My daughter bought me an exosome facial voucher. Would it be risky for me to go?", false},
		{"after a rough year with my skin I'm back to my old self, what serum should I try next", false},
		{"finally feel like myself again after the chemo, are exosome facials a good treat", false},

		{"I don't feel like myself again, I just want to die", true},
		{"I will never feel like myself again so I took all my pills", true},
		{"i feel like myself again now that i've decided to end it tonight", true},
	})
}
