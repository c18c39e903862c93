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

// TestScreen_ProductOnTheSkinOnlyIsNoPoisoning: a child who had a product
// only on the skin ("not sure how much he got on his hands") is no
// poisoning for the safety net; a child who swallowed or drank some, or
// had it in the mouth, still is.
func TestScreen_ProductOnTheSkinOnlyIsNoPoisoning(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"my toddler had my serum tube, not sure how much he got on his hands", false},
		{"my daughter loves my toner, I don't know how much she had this week, is that bad for her skin", false},
		{"my son smeared my exosome cream all over his face, is that ok for his skin", false},

		{"my toddler had my serum tube, not sure how much he swallowed, some is on his hands", true},
		{"my daughter drank some of my toner, there's some on her face too", true},
		{"my son had the retinol tube in his mouth and some on his hands", true},
	})
}
