package bot

import "testing"

// TestRules_DaySparedForOthers: a day picked that is put after another
// person's occasion "so I don't spoil it for them" is a plan told
// indirectly; sparing someone's day with a skin treatment, a photo or an
// outfit, or a date picked for a wedding, is none.
func TestRules_DaySparedForOthers(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've chosen the day. It'll be after my brother's graduation so I won't wreck it for him.", UrgencySelfHarm},
		{"Decided on a date. Once mum's birthday is over, so I don't spoil it for her.", UrgencySelfHarm},

		{"I'll book the peel after my sister's wedding so I don't ruin the photos for her", UrgencyNone},
		{"we picked a date for the wedding, hope it doesn't rain", UrgencyNone},
		{"I'm waiting till after her party so I don't spoil the surprise for her", UrgencyNone},
		{"I won't wear white, I don't want to ruin the day for the bride. Which serum before makeup?", UrgencyNone},
	})
}

// TestRules_GoodbyeNoteAndGone: a note that says sorry and goodbye, left
// by someone who is now gone (not here, the car gone), is a farewell told
// by whoever found it; a note that apologises for a late order, a car
// stolen or someone out at work is none.
func TestRules_GoodbyeNoteAndGone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my flatmate left a letter on the table saying sorry for everything and goodbye, and he's not home. his van is missing too", UrgencySelfHarm},
		{"found a note from my son saying he's sorry, goodbye. he's gone and so are his keys", UrgencySelfHarm},

		{"the shop left a note saying sorry my order was late, bye for now. is the serum still ok?", UrgencyNone},
		{"my car is gone, I think it was stolen overnight, ugh. anyway which exosome cream?", UrgencyNone},
		{"she's not here today, she's at work, can I book her exosome facial for tomorrow?", UrgencyNone},
		{"my sister left for uni and said goodbye, I miss her already. any serum for stress spots?", UrgencyNone},
	})
}
