package bot

import "testing"

// TestRules_RunOnWellAgainAfterCare: the person told well again just after
// who cared for a scare ("…said no harm she's fine now") ends that story,
// as it does after a comma, when the writer types no commas; a sign told
// after it, or care that sends them in, stays an emergency.
func TestRules_RunOnWellAgainAfterCare(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son sipped some of my toner poison control said no harm he's fine now", UrgencyNone},
		{"my niece swallowed a little exosome serum the nurse line said no harm she's totally fine now where should i keep it", UrgencyNone},

		{"my son sipped some of my toner poison control said to bring him in", UrgencyPoisoning},
		{"my son sipped some of my toner poison control said he'd be fine but he's vomiting now", UrgencyPoisoning},
		{"my son sipped some of my toner poison control said no harm he's fine now but he keeps throwing up", UrgencyPoisoning},
	})
}
