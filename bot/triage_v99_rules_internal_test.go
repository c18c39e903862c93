package bot

import "testing"

// TestRules_YorkshireGluedArticle: the Yorkshire "t'" glued to a word
// ("t'filler", "t'nurse") is "the" and the word, so every sign after it
// reads the word itself; a word that merely starts with a t, or a "can't",
// stays as it is.
func TestRules_YorkshireGluedArticle(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"My top lip's gone pale and then bluish since t'filler this morning, it's throbbing summat rotten", UrgencyInjection},
		{"Went white round t'injection then blue, lip's killing me", UrgencyInjection},

		{"Can't decide if t'serum or t'cream is better for me dry patches", UrgencyNone},
		{"Had t'filler done last month, it looks grand, what's a good aftercare balm?", UrgencyNone},
	})
}

// TestRules_ChildTookAMouthfulOfAProduct: a child who took a mouthful of
// a product — said in dialect ("a gobful o'"), or as a suck on its tube —
// swallowed it; a mouthful of milk or food, or a grown-up's sip, is none.
func TestRules_ChildTookAMouthfulOfAProduct(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Our bairn had a gobful o' my toner before I caught him, he spat some out, is he alright?", UrgencyPoisoning},
		{"my little un had a big suck on the tube of lidocaine cream and she's gone dozy", UrgencyPoisoning},
		{"the toddler took a mouthful of my cleansing oil while I was in the shower", UrgencyPoisoning},

		{"the baby had a mouthful of milk and then fell asleep, can I use the exosome serum near her?", UrgencyNone},
		{"my toddler had a gobful of porridge and spat it back out, which exosome cream is gentlest for kids?", UrgencyNone},
		{"I had a mouthful of coffee and spilled it on my serum bottle, is the serum ruined?", UrgencyNone},
	})
}

// TestRules_PhoneSlipsForThroatAndLips: a phone's autocorrect of "throat"
// and "lips" ("thread", "lisps"), beside the verb that gives it away
// ("closing", "ballooning"), is read as the part; a sewing thread or a
// thread lift, or a child's lisp, are not.
func TestRules_PhoneSlipsForThroatAndLips(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"after the new mask my thread feels like it's closing, what do I do", UrgencyAirway},
		{"my lisps are ballooning since the peptide serum and I've got hives", UrgencyAirway},

		{"my thread lift is a bit swollen on one side, is an exosome serum ok on it?", UrgencyNone},
		{"the thread keeps snapping on my sewing machine, anyway which exosome toner is best?", UrgencyNone},
		{"my son's lisp is getting better with speech therapy, what balm for his chapped lips?", UrgencyNone},
	})
}

// TestRules_CaribbeanChestPainDownTheArm: Jamaican patois "di pain go
// down mi lef' han" is pain going down the left arm, with the chest
// pressing a heart sign; the left hand hurting from a workout is not.
func TestRules_CaribbeanChestPainDownTheArm(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"Mi chest a squeeze mi an di pain go down mi lef' han, but which exosome serum good fi dark spot?", UrgencyHeartBrain},

		{"Mi lef' han sore from di gym, can mi use exosome cream pon it?", UrgencyNone},
	})
}

// TestRules_WheezeAsAVerb: a chest or a breath that wheezes, said as a
// verb, is a wheeze; a joke of a wheeze is none.
func TestRules_WheezeAsAVerb(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"since the facial my chest wheezes whenever I breathe in", UrgencyAirway},
		{"she wheezes every breath after that spray, her lips look swollen", UrgencyAirway},

		{"my bank account wheezes every time I order another serum lol", UrgencyNone},
	})
}
