package bot

import "testing"

// The rules alone, without the safety net, catch classes only the net used
// to catch: a blanching or dusky face after a treatment told without the
// word injection ("where they put the stuff in", "the liquid nose job"), a
// client's pale, painful spot, a patchy cold skin after filler, a child
// who ate a whole bottle. Their lookalikes stay quiet.
func TestRules_CatchUnnamedTreatmentClientPaleSpotColdPatchWholeBottle(t *testing.T) {
	for _, c := range []struct {
		msg    string
		urgent bool
	}{
		{"the corner of my mouth where they put the stuff in went white as paper then kinda dusky blue and it's burning like crazy", true},
		{"my nose tip looks dusky blue after the liquid nose job and it hurts", true},
		{"client just texted that her lip is white in one spot and the pain is getting worse, she's at home", true},
		{"client says her nose has a grey patch and the pain is really bad", true},
		{"the pain from the chin filler is spreading across my jaw and the skin is going patchy and cold", true},
		{"my kid ate a couple of my hair-skin-nail gummies... well the whole bottle actually. she's acting normal", true},
		{"my toddler swallowed some of my vitamins, the whole bottle i think", true},

		{"where they put the stuff in is a bit red, is that normal?", false},
		{"client has a cold sore, her lip is white in one spot and it hurts", false},
		{"client asked if exosomes help with a white spot on her cheek", false},
		{"the skin on my chin is going patchy and cold from the ice pack after filler", false},
		{"can my kid have the whole bottle of gummies over a month?", false},
		{"my kid finished the whole bottle of juice", false},
		{"my kid used the whole tube of toothpaste this week", false},
		{"is a liquid nose job safe with exosomes?", false},
	} {
		if got := rulesScreen(c.msg).Urgent(); got != c.urgent {
			t.Errorf("%q: rules urgent %v, want %v  %s", c.msg, got, c.urgent, explain(c.msg))
		}
	}
}

// "take all my pills" with travel words is a trip's supply ("…with me on
// vacation, can i fly with them"), not an overdose; the same words without
// a trip, or with the pills taken with a drink or to a place of a means,
// stay urgent (the whole screen).
func TestScreen_AllMyPillsPackedForATripAreNoOverdose(t *testing.T) {
	for _, c := range []struct {
		msg    string
		urgent bool
	}{
		{"going to take all my pills tonight", true},
		{"take all my pills tonight", true},
		{"im going to take all my pills when i get home from my trip", true},
		{"im going to take all my pills with vodka", true},
		{"gonna take all my pills with me to the bridge", true},

		{"going to take all my pills with me on vacation, can i fly with them", false},
		{"taking all my pills on the plane in my carry on, is that allowed", false},
		{"i'll take all my meds along on the trip, do exosome serums need a fridge too?", false},
	} {
		if got := Screen(c.msg).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v  %s", c.msg, got, c.urgent, explain(c.msg))
		}
	}
}

// A shiver told with its cold cause ("shaking with cold after the ice
// facial") is no fever sign; chills with a temperature, or since a
// treatment with no cold cause, still are (the whole screen).
func TestScreen_ShiverWithItsColdCauseIsNoFever(t *testing.T) {
	for _, c := range []struct {
		msg    string
		urgent bool
	}{
		{"chills and shaking after the ice facial, temp 39", true},
		{"shaking and chills since the facial yesterday", true},
		{"my face is hot and red and spreading and i have chills after the cryo facial", true},

		{"went stiff and shaking with cold after the ice facial", false},
		{"shivering after the cryo facial, is exosome serum ok to put on after?", false},
	} {
		if got := Screen(c.msg).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v  %s", c.msg, got, c.urgent, explain(c.msg))
		}
	}
}
