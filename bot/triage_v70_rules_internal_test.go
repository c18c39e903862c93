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

// TestRules_TukIsTook: "tuk" is a chat spelling of "took", as "passd" is
// of "passed".
func TestRules_TukIsTook(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i tuk every one of my sleeping tablets about 20 mins ago", UrgencySelfHarm},

		{"tuk my niece to the cinema then did a clay mask, lovely evening", UrgencyNone},
	})
}

// TestRules_GreyShadowAfterFiller: a grey, white or dusky shadow on the
// skin after an injection is a colour change, as a grey patch is; shadows
// under the eyes, stubble or a lighting's are none.
func TestRules_GreyShadowAfterFiller(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a dusky shadow has crept along my top lip since the lip filler and it feels cold", UrgencyInjection},
		{"there's a pale shadow on my nose tip that won't pink up, had filler there at lunch", UrgencyInjection},

		{"grey shadows under my eyes since the laser, which eye cream helps?", UrgencyNone},
		{"the grey shadow on my chin after the jaw filler is only my stubble coming through", UrgencyNone},
	})
}

// TestRules_ChestPressingAndPainGoing: a chest that presses (its own
// verb) and a pain that goes to the arm in any form of "go", in a message
// of the chest, are the heart's; a pain gone to the arm after sleeping on
// it, with no chest, and pressing a serum into the chest are none.
func TestRules_ChestPressingAndPainGoing(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my dad says his chest keep pressing hard since the facial", UrgencyHeartBrain},
		{"my chest feels odd, the pain went into my left arm a minute ago", UrgencyHeartBrain},

		{"the pain went to my arm after I slept on it badly, any exosome cream for sore muscles?", UrgencyNone},
		{"I was pressing the exosome serum into my chest and neck, is that the right way?", UrgencyNone},
	})
}

// TestRules_InsuranceMoneyOverMe: the money from one's insurance weighed
// against oneself is a burden said, whatever words name the money; a
// claim's money is none.
func TestRules_InsuranceMoneyOverMe(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my little brother would do better with the cash from my life insurance than with me around", UrgencySelfHarm},

		{"we'd be better off with the money from our insurance claim after the flood", UrgencyNone},
		{"is it better to pay for microneedling with the money from my insurance refund or my savings?", UrgencyNone},
	})
}

// TestRules_NoisemakerInTheChest: a wheeze told as a thing that whistles
// or buzzes in the chest or throat as one breathes, asked "why does it
// sound like…" of one's own chest; playing such a thing, or a sound told
// of no body part, is none.
func TestRules_NoisemakerInTheChest(t *testing.T) {
	checkRules(t, []rulesCase{
		{"why does it sound like there's a little harmonica in my chest whenever I breathe in? started after the body wrap", UrgencyAirway},
		{"there's a kazoo noise in my throat each time I exhale since the sheet mask", UrgencyAirway},

		{"I play the harmonica and my chest gets tired from breathing exercises, will exosomes help my skin?", UrgencyNone},
		{"why does it sound like crackling when I pat the exosome serum on my face?", UrgencyNone},
	})
}

// TestRules_MealsAndGymArmsAreNoSigns: a meal eaten before a question
// about a product is no product swallowed ("I had a huge lunch, can I use
// the exosome mask after?"), and a pain that goes to the arm after a
// workout is a sore muscle, not a heart's pain; a child who drank what he
// took for juice, and a chest pain that goes down the arm, still alarm.
func TestRules_MealsAndGymArmsAreNoSigns(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my little brother drank my toner thinking it was juice", UrgencyPoisoning},
		{"my chest is crushing and the pain went down into my left arm", UrgencyHeartBrain},

		{"I had a huge lunch, can I use the exosome mask after?", UrgencyNone},
		{"we ate a late supper, is the exosome cream fine to put on before bed?", UrgencyNone},
		{"the pain went to my arm after lifting weights, chest day again, can exosomes help sore muscles?", UrgencyNone},
	})
}
