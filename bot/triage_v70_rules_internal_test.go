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

// TestRules_QuickRemedyWanted: a speed word that qualifies a remedy asked
// for ("anything quick for…", "a fast fix") tells no swelling coming on
// fast; a swelling said to come on quick still does.
func TestRules_QuickRemedyWanted(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is there something quick for puffy eyes? both eyelids are swelling fast and my throat feels thick", UrgencyAirway},
		{"my lips blew up so quickly after the mask, is there a quick fix?", UrgencyAirway},
		{"my face is swelling really fast since the peel", UrgencyAirway},

		{"exam week has turned me into a zombie, something quick for puffy eyelids?", UrgencyNone},
		{"what's the fastest way to get rid of puffy under eyes in the morning?", UrgencyNone},
		{"any quick tricks for a puffy face after a salty dinner?", UrgencyNone},
	})
}
