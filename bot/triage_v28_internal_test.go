package bot

import "testing"

// TestScreen_PillsOfADailyRoutine: "a lot of pills" taken every morning,
// every evening or daily is a regimen, not an overdose, for the rules and
// the safety net; a lot of pills taken tonight, or all at once, is one.
func TestScreen_PillsOfADailyRoutine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I take a lot of pills every morning (vitamins, iron, fish oil), does any of that clash with an exosome serum?", UrgencyNone},
		{"my mum takes a bunch of pills each evening for her heart, can she use exosome cream?", UrgencyNone},
		{"I take loads of pills daily for my thyroid and joints, is the serum ok with them", UrgencyNone},
		{"I take a handful of pills every night for my back, which night cream is best?", UrgencyNone},

		{"I took a lot of pills tonight and I feel really weird", UrgencySelfHarm},
		{"I just took a whole bunch of pills, I don't want to be here", UrgencySelfHarm},
		{"took a load of pills this morning on purpose, everything feels slow", UrgencySelfHarm},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"I take a lot of pills every morning (vitamins, iron, fish oil), does any of that clash with an exosome serum?", false},
		{"my mum takes a bunch of pills each evening for her heart, can she use exosome cream?", false},
		{"I took a lot of pills tonight and I feel really weird", true},
	})
}

// TestRules_FineForAMonth: a scare someone has "been fine for a month"
// (or a week, a year) since is over, as one fine for weeks is; fine for
// a minute, or fine for a month and back today, is not.
func TestRules_FineForAMonth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my colleague's lip went a bit white after filler, the injector dissolved it on the spot and she's been fine for a month. Are exosomes safer?", UrgencyNone},
		{"my sister's throat swelled after prawns, hospital sorted her and she's been fine for a year. Do exosome serums have shellfish in them?", UrgencyNone},
		{"my friend's nose went grey after filler, they dissolved it and she's been fine for a fortnight, is she ok to get exosomes", UrgencyNone},
		{"my cheek went white after the filler, they dissolved it straight away and I've been fine for a week, when can I use serum?", UrgencyNone},

		{"my lip went white after filler and it's been like this for a minute, it's getting darker", UrgencyInjection},
		{"she's been fine for a month but today her lip went white after the top-up filler", UrgencyInjection},
		{"my throat is swelling after the serum, I was fine for a week before this", UrgencyAirway},
	})
}
