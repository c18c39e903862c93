package bot

import "testing"

// TestRules_IrishAfterPerfect: the Hiberno-English perfect "X is after
// V-ing" (X has just V-ed) tells an intake or a sign that has happened,
// for every verb the tables know in the past; a young lad, lass or one is
// a child. "After" with no subject and "be" before it, or a verb the
// tables do not know, still reads as "after".
func TestRules_IrishAfterPerfect(t *testing.T) {
	checkRules(t, []rulesCase{
		{"our young lass's after drinking half the micellar water, she's four", UrgencyPoisoning},
		{"she's after swallowing a mouthful of the glycolic toner", UrgencyPoisoning},
		{"the young one is after eating some of my retinol cream, what do I do", UrgencyPoisoning},
		{"my young fella... no, my young lad is licking the serum off his fingers right now", UrgencyPoisoning},
		{"I'm after passing out in the salon chair after the filler", UrgencyHeartBrain},
		{"my mam's after collapsing in the kitchen since her peel", UrgencyHeartBrain},

		{"she's after getting her lips done and she loves them, which aftercare serum?", UrgencyNone},
		{"my wee lad's after spilling the toner all over the rug, will it stain?", UrgencyNone},
		{"is after microneedling the best time for an exosome mask?", UrgencyNone},
		{"I'm after finishing the whole bottle of serum, worth buying again?", UrgencyNone},
		{"my young one wants to try my exosome cream on her face, is it ok for teens?", UrgencyNone},
	})
}
