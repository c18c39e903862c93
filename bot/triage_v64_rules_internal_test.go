package bot

import "testing"

// TestRules_DraughtOfADrinkIsNoProductTaken: a swig, sip, gulp or
// mouthful told of a drink ("a sip of her squash", "a mouthful of
// water") is a drink taken, not a product the same sentence names for
// another use (a sunscreen put on, a cream the writer wears). A draught
// of the product itself, or of a product a food word only describes
// ("vitamin c toner"), or of an alcohol, is still a poisoning.
func TestRules_DraughtOfADrinkIsNoProductTaken(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my three year old took a swig of the glycolic toner off the shelf, then I gave her some water", UrgencyPoisoning},
		{"my little boy had a gulp of my vitamin c serum before I could stop him", UrgencyPoisoning},
		{"the toddler had a mouthful of the peel solution, she's coughing", UrgencyPoisoning},
		{"my 2 year old had a gulp of my gin and tonic, now he's wobbly and drowsy", UrgencyPoisoning},
		{"my daughter had a gulp of apple juice while I rubbed sunscreen into her arms, does exosome lotion suit kids?", UrgencyNone},
		{"my son had a few sips of his milk and then I put my retinol cream on, is it safe to kiss him?", UrgencyNone},
		{"my 5 year old took a sip of water and I sprayed the toner on my face, is the mist ok near kids?", UrgencyNone},
	})
}

// TestRules_TreatmentOnlyWeighedIsNoneHad: a treatment named only as one
// the writer weighs or wants ("considering filler", "keen to try
// microneedling") is no treatment had, so a colour told beside it (a
// mottled or lacy look, in photos or not) is no sign after one. A
// treatment had, named as well, or one to be undone or added to ("want
// my filler dissolved", "tempted to book more"), still makes the colour
// an injection sign.
func TestRules_TreatmentOnlyWeighedIsNoneHad(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had cheek filler on Friday and now I'm thinking about getting botox too, but the skin by my nose has turned grey and blotchy", UrgencyInjection},
		{"I want my lip filler dissolved, the top lip has gone white and patchy and it really hurts", UrgencyInjection},
		{"since the injections on monday my nose is grey and mottled, I'm tempted to book more filler but scared", UrgencyInjection},
		{"my cheeks look mottled and bluish in selfies, I'm considering filler, would exosomes help first?", UrgencyNone},
		{"my chin has a purple lacy pattern in pictures, I'm keen to try microneedling, is that wise?", UrgencyNone},
	})
}

// TestRules_PusFromATattooIsAWounds: a tattoo is broken skin, so pus, a
// foul smell or an infection told of it in its clause are a wound's, not
// a pimple's head: with a fever, an infection. A healing tattoo weeping
// its ink or plasma, and a pimple's pus, are none.
func TestRules_PusFromATattooIsAWounds(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my tattoo from last week is oozing thick yellow pus and smells rotten, and now I'm running a temperature", UrgencyInfection},
		{"the new tattoo on my calf has pus in it, I'm shivery with a fever tonight", UrgencyInfection},
		{"my fresh tattoo is weeping clear plasma and a bit of ink and feels slightly warm, which balm helps?", UrgencyNone},
		{"squeezed a pimple next to my tattoo and pus came out, I've had a fever from a cold all week", UrgencyNone},
	})
}

// TestRules_WanSideIsOneSide: the Scots and Caribbean "wan" before what
// there is one of ("wan side", "wan eye") is "one", so a face dropped or
// drooping on wan side is a stroke's droop, as a face dropped on one side
// is; elsewhere "wan" stays the Caribbean and Nigerian "want" ("a wan
// dead"). A face dropped weight, or a dry side, is none.
func TestRules_WanSideIsOneSide(t *testing.T) {
	checkRules(t, []rulesCase{
		{"ma da's face is saggin doon on wan side since his tea", UrgencyHeartBrain},
		{"her face has dropped on wan side and she cannae lift her arm", UrgencyHeartBrain},
		{"when ma maw smiles only wan side goes up, it started at dinner", UrgencyHeartBrain},
		{"her face has just dropped on wan side", UrgencyHeartBrain},
		{"his mouth has dropped on one side, started twenty minutes ago", UrgencyHeartBrain},
		{"mi jus wan dead, nobody care bout me", UrgencySelfHarm},
		{"wan side o ma face is drier than the other, which cream?", UrgencyNone},
		{"my face has dropped weight on one side since the diet, is filler worth it?", UrgencyNone},
		{"this serum wan finish my money o, any cheaper one?", UrgencyNone},
	})
}

// A treatment weighed and then told done ("my friend did my lips at her
// flat yesterday") is a treatment had: a sign that needs one follows.
func TestRules_ATreatmentWeighedThenDone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I was thinking of getting filler anyway so my friend did my lips at her flat yesterday and now one side is white and cold", UrgencyInjection},
		{"was thinking of getting filler, my friend did it for me last night, now my lip is white and cold", UrgencyInjection},
		{"my skin looks purple and lacy in photos, I'm thinking of getting filler, would exosomes help?", UrgencyNone},
	})
}
