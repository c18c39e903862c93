package bot

import "testing"

// TestRules_HopedOutcomeIsNoCheck: "probably nothing to worry about" with
// a hedge is the writer's hope, not what a check found: a peel or a toner
// drunk stays an emergency; the same words said by poison control or a
// doctor still settle it.
func TestRules_HopedOutcomeIsNoCheck(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"My flatmate took a small swig of my acid peel by mistake, she says she feels ok, surely nothing to worry about?", UrgencyPoisoning},
		{"my little boy had a sip of my toner, probably nothing to worry about right?", UrgencyPoisoning},

		{"my little boy had a sip of my toner, poison control said it's nothing to worry about", UrgencyNone},
		{"my little boy had a sip of my toner, the doctor said nothing to worry about and he's fine", UrgencyNone},
	})
}

// TestRules_CheckedAndFineSpelledOut: a child's intake told with what the
// doctor or the nurse line said — "no problem", "he is fine" written out in
// full — is settled; a sign after it is not.
func TestRules_CheckedAndFineSpelledOut(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"My nephew licked some of my sun cream, my sister rang the GP and she said no problem, he's running about fine. Which sun cream suits toddlers?", UrgencyNone},
		{"my daughter swallowed a bit of baby shampoo, the nurse line said she is fine and she is fine. which baby wash is mildest?", UrgencyNone},

		{"my daughter swallowed a bit of my sunscreen, the doctor said no problem but she keeps vomiting", UrgencyPoisoning},
		{"my son drank some of my toner, the nurse line said he is fine but now he's drowsy and pale", UrgencyPoisoning},
	})
}
