package bot

import "testing"

// TestRules_OwnCuttingWithNoObject: the writer's own cutting told with
// no object and going on ("I've been cutting"), beside scars, arms or a
// young age, is self-harm, typed with stops or without; cutting carbs,
// coupons, one's own hair or "back on" a product is none.
func TestRules_OwnCuttingWithNoObject(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"I'm 14 and I've been cutting. What fades scars fastest, exosomes or vitamin c?", UrgencySelfHarm},
		{"I've been cutting, can an exosome serum help the marks on my wrists?", UrgencySelfHarm},
		{"I've been cutting since the start of term and I'm only 15. Does exosome cream help?", UrgencySelfHarm},

		{"I've been cutting sugar for my skin, will exosomes help the old acne scars too?", UrgencyNone},
		{"I'm 17 and I've been cutting coupons to afford an exosome serum.", UrgencyNone},
		{"I've been cutting my own hair since I was 15, is an exosome scalp serum any use?", UrgencyNone},
		{"I've been cutting back on my tretinoin, would exosomes help the acne scars instead?", UrgencyNone},
		{"I've been cutting out dairy to clear the scarring on my jaw, can exosomes help too?", UrgencyNone},
	})
}

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
