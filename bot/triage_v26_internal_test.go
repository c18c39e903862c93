package bot

import "testing"

// checkScreen fails for every case the whole screen (rules and net)
// screens otherwise than urgent or not as wanted.
func checkScreen(t *testing.T, cases []struct {
	text   string
	urgent bool
}) {
	t.Helper()
	for _, c := range cases {
		if got := Screen(c.text).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v\n\t%s", c.text, got, c.urgent, explain(c.text))
		}
	}
}

// TestScreen_BreathShortFromExerciseAndOver: a full breath that could not
// be taken after exercise, and is over, is no airway emergency for the
// safety net either; a breath short now, at rest, after a treatment, or
// with swelling lips or throat stays one.
func TestScreen_BreathShortFromExerciseAndOver(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"i couldn't take a full breath after my run this morning, is exosome serum ok", false},
		{"couldn't take a deep breath during spin class earlier, anyway does the serum help wrinkles", false},
		{"yesterday i couldnt take a full breath after the stairs, which exosome cream is best for dry skin", false},
		{"couldn't take a deep breath on my hike last weekend, does retinol go before or after serum?", false},

		{"i couldn't take a full breath after my run and i still can't", true},
		{"couldn't take a deep breath after my workout and now my lips are swelling", true},
		{"couldn't take a full breath after the gym, my throat feels tight and swollen", true},
		{"couldnt take a full breath after the facial", true},
		{"i can't take a full breath even sitting on the couch, it started after my run", true},
	})
}
