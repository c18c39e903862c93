package bot

import "testing"

// TestRules_BreathHardToGetOrLaboured: a full breath hard to get, an
// inhaler failing as it never does after a product, a throat narrowing by
// the minute however it is asked, and breathing become a labour beside a
// face like a balloon are an airway sign; a breath short after a run, an
// empty inhaler and breathing told as a class are none.
func TestRules_BreathHardToGetOrLaboured(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Ag, it's likely nothing hey, just a bit tricky to get a full breath since the peel and my lips are tingly", UrgencyAirway},
		{"it's hard to take a deep breath since the exosome mask", UrgencyAirway},
		{"my inhaler isn't working like it usually does and this started right after the serum", UrgencyAirway},
		{"is it normal for a cream to make my throat keep getting tighter every few minutes?", UrgencyAirway},
		{"lol my face looks like a pufferfish and breathing has become a chore since the mask", UrgencyAirway},

		{"it's tricky to get a full breath after my run, which serum for sweaty skin?", UrgencyNone},
		{"my inhaler isn't working because it's empty, can I order the exosome serum too?", UrgencyNone},
		{"breathing has become my favourite yoga exercise, any calming face mask?", UrgencyNone},
		{"my face looks like a pufferfish after crying all night, which eye cream?", UrgencyNone},
	})
}

// TestRules_FeverThatPersistsOrSpreads: heat that spreads beside a
// temperature, a fever paracetamol does not break, and a swelling that
// grows day by day beside shaking are an infection, however asked; heat
// from the weather or a swelling that goes down are none.
func TestRules_FeverThatPersistsOrSpreads(t *testing.T) {
	checkRules(t, []rulesCase{
		{"prob just a breakout but it's really hot and spreading and I've got a temp", UrgencyInfection},
		{"is it normal to need ibuprofen every six hours and still be burning up after the microneedling?", UrgencyInfection},
		{"can a peel make the skin get more swollen each day? also I can't stop shaking", UrgencyInfection},

		{"it's really hot and the heatwave is spreading, which sunscreen?", UrgencyNone},
		{"I take paracetamol every four hours for my back, is the exosome serum ok with it?", UrgencyNone},
		{"my swelling gets less each day after filler, when can I wear makeup?", UrgencyNone},
	})
}

// TestRules_OcclusionToldPlainly: a patch blotchy and cold after filler
// with soreness told as severe, a net drawn in purple with severe pain,
// and sight lost after an injection however asked are an injection
// emergency; cold hands or a map in a travel story are none.
func TestRules_OcclusionToldPlainly(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Eish, small thing, my nose tip is a bit blotchy and cold since the filler and exosome session, and very sore", UrgencyInjection},
		{"my lip is pale and cold after the filler and really tender", UrgencyInjection},
		{"my cheek looks like a map drawn in purple since the filler and the pain's about a 9", UrgencyInjection},
		{"is it normal that you can't see out of the bottom half of one eye after filler", UrgencyInjection},

		{"my hands are blotchy and cold in winter, is the exosome cream ok after filler?", UrgencyNone},
		{"I had filler last month, loved the london underground map in purple on the tour", UrgencyNone},
		{"is it normal that I can't see any results around my eyes two weeks after the injection?", UrgencyNone},
	})
}

// TestRules_FaintFallArmAndFaceToldLightly: a faint that ended on the
// floor, an arm that cannot be lifted however asked, and a mouth gone down
// one side beside words that sound drunk are a heart or brain emergency;
// a sore arm after a jab or words slurred after wine are none.
func TestRules_FaintFallArmAndFaceToldLightly(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I came over a bit faint and went down on the kitchen floor while minding the little ones. Could it be the new cream?", UrgencyHeartBrain},
		{"how long is it normal to not be able to lift your left arm after a facial", UrgencyHeartBrain},
		{"lol my mouth's gone down on one side and my words sound drunk", UrgencyHeartBrain},

		{"is it normal to not be able to lift your arm after the flu jab?", UrgencyNone},
		{"is it normal to not be able to lift your arm after shoulder surgery?", UrgencyNone},
		{"my words sound drunk after two glasses of wine lol, which hangover mask?", UrgencyNone},
		{"I felt faint at the gym and went down on one knee, which serum?", UrgencyNone},
	})
}

// TestRules_ChildSlangAndProductTakenForFood: a child named in regional
// slang (laaitie, bairn) who licked a product, and a child who takes a
// product for juice or sweets, are a poisoning; a product kept locked away
// for that, and a scare disproved by a sealed lid, are none.
func TestRules_ChildSlangAndProductTakenForFood(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Shame, the laaitie licked my retinol serum off his fingers, doesn't seem bothered", UrgencyPoisoning},
		{"the bairn licked the peel solution off the bottle", UrgencyPoisoning},
		{"my toddler found my skincare and thinks it's juice, she's covered in it", UrgencyPoisoning},

		{"my toddler thinks my serum is juice so I keep it locked away on a high shelf", UrgencyNone},
		{"Mum thought the baby had eaten some face cream but the lid was still sealed and nothing was missing. Panic over!", UrgencyNone},
		{"I thought my son had swallowed the retinol but the tube was unopened, phew", UrgencyNone},
		{"I thought my son had only licked the retinol but the tube is half empty now", UrgencyPoisoning},
	})
}

// TestRules_SelfHarmToldAsideOrTexted: letters told written beside things
// given away, a number of tablets asked beside not waking up, fresh cuts on
// the arms hidden from others, a last need dated, "2" texted for "to", and
// better off with another and without the writer are self-harm; cover
// letters, a cat's scratch and a trip are none.
func TestRules_SelfHarmToldAsideOrTexted(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've given the cat to my sister and the letters are written.", UrgencySelfHarm},
		{"if someone wanted to make sure they didn't wake up, how many of these tablets would it take", UrgencySelfHarm},
		{"what's the best way to hide fresh cuts on my arms so no one notices", UrgencySelfHarm},
		{"haha don't worry about my routine, won't be needing it after friday", UrgencySelfHarm},
		{"dont want 2 be here anymore", UrgencySelfHarm},
		{"I keep thinking my kids would be better off with their dad and without me", UrgencySelfHarm},

		{"my cover letters are written and I gave my old makeup to my sister, which serum for interviews?", UrgencyNone},
		{"if someone wanted to make sure they slept through a long flight, how many melatonin tablets would it take?", UrgencyNone},
		{"how do I cover the cat scratches on my arms so no one notices at the wedding?", UrgencyNone},
		{"won't be needing my sunscreen after friday, the holiday is over", UrgencyNone},
	})
}

// TestRules_FrightAndTrainingAreNoCase: a person gone pale at the sight of
// a needle, and a CPD question about what prompts an ambulance call, are
// no emergency; skin gone pale after filler is one.
func TestRules_FrightAndTrainingAreNoCase(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Our receptionist went pale at the sight of a needle at her own vax appointment, she's fine. Are exosomes injected?", UrgencyNone},
		{"CPD question: which post-procedure symptoms should prompt an ambulance call?", UrgencyNone},

		{"the skin by her lip went pale after the filler and it's spreading", UrgencyInjection},
	})
}
