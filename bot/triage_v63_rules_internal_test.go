package bot

import "testing"

// TestRules_HabitInAnotherClause: a habit word ("always", "usually") told
// in one clause is no habit of a sign in another clause that its own
// clause dates now ("since yesterday's top-up", "an hour ago… and now"):
// going to the same injector always, or being always tired, does not make
// a grey patch after filler a habit. A sign told in the habit's own
// clause stays a habit.
func TestRules_HabitInAnotherClause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I usually see the same nurse, since this morning's lip filler my upper lip has gone white and cold", UrgencyInjection},
		{"always worn out lately, got my jaw injected two hours ago and now the skin there is patchy and grey", UrgencyInjection},
		{"my face always looks grey after a night shift, which exosome serum brightens?", UrgencyNone},
		{"I always go to the same clinic and my skin usually looks a bit grey in winter, is a peel worth it?", UrgencyNone},
		{"my lips always swell a little after filler, it settles in a day, is arnica ok?", UrgencyNone},
	})
}
