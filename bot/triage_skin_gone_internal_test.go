package bot

import "testing"

// TestScreen_SkinWorryGoneIsNoFarewell: "you won't need to worry about me
// anymore" beside a skin complaint told as over is the skin's worry
// ending, which the safety net took for a farewell; beside pills, a wish
// to die, a complaint not over or one gone only in the future, it stays
// an emergency.
func TestScreen_SkinWorryGoneIsNoFarewell(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"you won't need to worry about me anymore, the rash is gone", false},
		{"you won't have to worry about me anymore, the redness finally went away", false},
		{"my eczema has cleared up so you won't need to worry about me anymore lol", false},

		{"you won't need to worry about me anymore, I've got the pills ready and the rash is gone", true},
		{"you won't need to worry about me anymore. the pain will be gone soon", true},
		{"nobody will have to worry about me after tonight, the rash is not gone and I am done", true},
		{"you won't need to worry about me anymore, i'll be gone by the weekend", true},
		{"the rash is gone but i still want to die", true},
	})
}
