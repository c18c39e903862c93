package bot

import "testing"

// TestRules_PlanOrSecretGoodbyeThenQuestion: a way of doing "it" planned,
// "it" naming nothing, or a goodbye its hearers don't know is final, told
// as the writer's own, is self-harm however ordinary the question after it;
// "it" said of a treatment, and goodbyes of a trip or a move, are none.
func TestRules_PlanOrSecretGoodbyeThenQuestion(t *testing.T) {
	// Punctuated only: run on, the question's product is in the plan's
	// sentence, and a product there is what "it" may name.
	checkRules(t, []rulesCase{
		{"I've worked out how I'll do it. separate thing, is bakuchiol gentler than retinol?", UrgencySelfHarm},
		{"planned how i'm going to do it, just so someone knows. what spf do you rate", UrgencySelfHarm},
		{"been planning how I am going to do it. Anyway which exosome serum is cheapest?", UrgencySelfHarm},
		{"gave my nan a goodbye hug, she doesn't realise it's final. any good eye creams?", UrgencySelfHarm},
		{"said bye to the lads at footy, they don't know it was goodbye. does azelaic acid help redness?", UrgencySelfHarm},

		{"I've planned how I'm going to do it, the glycolic peel at home I mean", UrgencyNone},
		{"figured out how I'll do it, the dermaplaning I mean, just need a razor", UrgencyNone},
		{"said bye to the lads at footy, they're off on holiday tomorrow", UrgencyNone},
		{"told my sister goodbye at the station, she doesn't know it's goodbye for a year, I'm moving abroad", UrgencyNone},
		{"said bye to my flatmate, she doesn't know I nicked her serum lol", UrgencyNone},
		{"said goodbye to the team today, they don't know it's goodbye yet because I haven't told them I got the new job", UrgencyNone},
	})
}
