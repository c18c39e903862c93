package bot

import "testing"

// TestRules_SetOffIsACause: "set off" asks what a thing causes, as
// "cause" and "trigger" do: a question whether a product could set off
// a reaction in people with allergies is no case. A reaction set off in
// someone now, or a question followed by one's own sign now, still is.
func TestRules_SetOffIsACause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"can exosome masks set off anaphylaxis in people who react to everything?", UrgencyNone},
		{"would a peptide serum set off anaphylaxis in somebody allergic to nuts?", UrgencyNone},
		{"the new balm set off anaphylaxis in my daughter, she's wheezing and blotchy", UrgencyAirway},
		{"could this toner set off anaphylaxis? my tongue is swelling up right now", UrgencyAirway},
	})
}
