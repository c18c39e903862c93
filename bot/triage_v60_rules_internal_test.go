package bot

import "testing"

// TestRules_AProductOnAChildsMouth: a product smelt on a child's breath,
// asked as "why does… smell like", foam at a child's lips as at the
// mouth, and a child's lips or mouth burnt or raw beside an acid and a
// container got into are a poisoning; sunburnt or chapped lips, a tongue
// burnt on soup, and toothpaste foam are none.
func TestRules_AProductOnAChildsMouth(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how come my little boy's breath smell like my glycolic toner?", UrgencyPoisoning},
		{"there's froth at her lips and my 3 year old had the serum bottle open", UrgencyPoisoning},
		{"my daughter's mouth is blistered and raw, she got into the cupboard with the glycolic peel", UrgencyPoisoning},
		{"my son's tongue looks burned, he was playing with my salicylic acid bottle in the bathroom", UrgencyPoisoning},
		{"my son's lips are sunburnt and peeling after the beach, which lip balm with no acids?", UrgencyNone},
		{"my little girl's lips are chapped and raw from the cold, is the lactic acid cream ok for them?", UrgencyNone},
		{"my son burnt his tongue on hot soup, can I use a peel on my face while he naps? bottle's open", UrgencyNone},
		{"my toddler has toothpaste foam at his lips every night, which kids' face wash?", UrgencyNone},
	})
}

// TestRules_AChestPainThatMoves: a chest pain told moved into the
// shoulder, the jaw or an arm ("now it's in my jaw"), and a heaviness "in
// the middle of me", are a chest's sign that with another is a heart's;
// a rash that spread to the neck is the rash's, and a sore shoulder from a
// massage with the chest fine is none.
func TestRules_AChestPainThatMoves(t *testing.T) {
	checkRules(t, []rulesCase{
		{"probably silly but I had a squeeze in my chest at the spa and now it's gone into my jaw", UrgencyHeartBrain},
		{"had a tightness in my chest at the salon, now it's going into my left arm", UrgencyHeartBrain},
		{"there's a heavy pressing thing in the middle of me and my left arm aches", UrgencyHeartBrain},
		{"chest feels fine, now my shoulder and neck ache from the massage table", UrgencyNone},
		{"the hives on my chest are itchy and now in my neck too, which exosome cream calms them?", UrgencyNone},
	})
}

// TestRules_HeldToAKitchenHeat: an arm held to a grill, a griddle, a flat
// top or an oven on purpose is self-harm as a stove or an iron is, and
// marks on the arms or thighs told fresh again are as cuts or scars are;
// an arm burnt on one at work by accident, or a cat's scratches, are not.
func TestRules_HeldToAKitchenHeat(t *testing.T) {
	checkRules(t, []rulesCase{
		{"after my shift I press my hand on the griddle on purpose, it's the only thing that helps", UrgencySelfHarm},
		{"I held my arm against the oven deliberately last night", UrgencySelfHarm},
		{"I caught my arm on the grill at work, what helps a burn heal without a scar?", UrgencyNone},
		{"the marks on my thighs are fresh again, I couldn't stop myself", UrgencySelfHarm},
		{"what cream for the marks on my arms from the cat, they look fresh", UrgencyNone},
	})
}

// TestRules_SmallBurnsAskedAbout: burns on the forearms or wrists called
// small or minor, or given a kitchen's or a barbecue's cause, asked about
// for first aid, are no self-harm; burns there told fresh, new, again or
// made by oneself, or only told as one's own, still are.
func TestRules_SmallBurnsAskedAbout(t *testing.T) {
	checkRules(t, []rulesCase{
		{"any tips for little fryer burns on my forearms? I work in a kitchen", UrgencyNone},
		{"got a few minor burns on my forearm from the bbq, aloe or exosome gel?", UrgencyNone},
		{"small burns on my wrists again, what heals them fastest?", UrgencySelfHarm},
		{"there are new burns on my forearms, I did them with a lighter", UrgencySelfHarm},
		{"I have burns on my thighs and nobody knows", UrgencySelfHarm},
	})
}
