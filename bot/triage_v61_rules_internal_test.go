package bot

import "testing"

// TestRules_BurningAsCoping: a hand or an arm held or pressed to a hot
// surface as a way of coping ("when things get bad", "to calm down", "the
// only time I feel anything") is self-harm without "on purpose", and so
// is one held to a hot thing named before as "it"; hands warmed near a
// heater or on a radiator when low, a stove touched to check it is off,
// and an iron touched by accident are not.
func TestRules_BurningAsCoping(t *testing.T) {
	checkRules(t, []rulesCase{
		{"whenever work gets too much I push my forearm onto the hob", UrgencySelfHarm},
		{"I hold my hand against the griddle to calm down after a row", UrgencySelfHarm},
		{"pressing my wrist on the hotplate is the only way I feel anything lately", UrgencySelfHarm},
		{"my straighteners leave marks, I hold my arm on them when I get overwhelmed", UrgencySelfHarm},
		{"I hold my hands near the heater when I'm low, it's comforting", UrgencyNone},
		{"I put my palms on the radiator when I'm stressed, which hand cream?", UrgencyNone},
		{"the oven was off so I put my hand on it to check, is exosome gel ok for dry hands?", UrgencyNone},
		{"the iron was hot and I put my hand on it by accident, what heals burns?", UrgencyNone},
	})
}

// TestRules_OnPurposeOverAPlace: "on purpose", "deliberately" or "to
// myself" outweigh a word that only says where or while doing what a harm
// came ("in the kitchen", "cooking", "at the gym"); an accident told as
// one, or a burn got cooking with no purpose told, stays no self-harm.
func TestRules_OnPurposeOverAPlace(t *testing.T) {
	checkRules(t, []rulesCase{
		{"in the kitchen I deliberately held my palm against the oven", UrgencySelfHarm},
		{"I press my fingers on the hob while cooking on purpose", UrgencySelfHarm},
		{"I burnt my fingers on the hob while cooking, which gel?", UrgencyNone},
		{"accidentally held my arm on the oven door in the kitchen, how do I treat it?", UrgencyNone},
	})
}

// TestRules_KeptDownIsNoCause: what is told not kept down ("can't keep
// water down", "keeping food down") tells vomiting, not the water or the
// food that would explain a sweat or a chill away; a shower's water that
// runs hot then cold still does.
func TestRules_KeptDownIsNoCause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the microneedled patch is hot and angry and spreading, I'm sweating then shivering and I can't keep water down", UrgencyInfection},
		{"my cheek's swollen and red where they needled, roasting then cold, and I'm not keeping any food down", UrgencyInfection},
		{"the water in my shower goes boiling then freezing, is that why my skin's red after the peel?", UrgencyNone},
	})
}

// TestRules_BlackingOutMisspelt: the words of a phrase of an emergency
// ("blacking out") are read misspelt as its single words are ("blakin
// out"); an English word a letter away ("backing out") or another slip
// ("blankin on") is no faint.
func TestRules_BlackingOutMisspelt(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i keep blakin out since the facial n cant get up", UrgencyHeartBrain},
		{"keep blackng out after the laser", UrgencyHeartBrain},
		{"i keep blankin on which serum goes first, retinol or exosomes?", UrgencyNone},
		{"I'm backing out of my laser booking, is a peel gentler?", UrgencyNone},
	})
}

// TestRules_StuckWhereISwallow: a lump or a ball told stuck "where I
// swallow" is in the throat as "stuck in there" is; a pill that went down
// wrong earlier and is gone is not.
func TestRules_StuckWhereISwallow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"after the new serum it feels like a lump is wedged where I swallow and my lips are huge", UrgencyAirway},
		{"feels like there's something stuck right where I swallow since the mask", UrgencyAirway},
		{"my vitamin went down wrong this morning, it's fine now, which serum for dry lips?", UrgencyNone},
	})
}

// TestRules_JumpFromABlock: a jump told from a block of flats or a car
// park is from a height as from a building or a roof is; a swimmer's
// starting block, a tower block only lived in, or a leap from one block
// or roof to another, is not.
func TestRules_JumpFromABlock(t *testing.T) {
	checkRules(t, []rulesCase{
		{"so done with everything, thinking to jump from the block where I live", UrgencySelfHarm},
		{"I'm going to jump off the car park tonight", UrgencySelfHarm},
		{"my son jumps off the starting block at swimming, does chlorine dry his skin?", UrgencyNone},
		{"we live in a tower block, does city air age skin faster?", UrgencyNone},
		{"my kids jump from block to block in that game for hours, is screen light bad for skin?", UrgencyNone},
		{"we leap from one roof to another at parkour, what heals grazed palms?", UrgencyNone},
	})
}

// TestRules_NormalEndsAtUnlike: a thing called normal by the injector
// does not frame what is then told unlike it ("…is normal but this is
// more like…", "…but mine is different"): a pale, cold or mottled patch
// after it stays a sign; flaking told more than last time stays nothing,
// and a question whether it is normal asks about all of it.
func TestRules_NormalEndsAtUnlike(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the clinic told me a little redness is normal after filler but this is more like a purple web creeping outwards, and the patch is cold to the touch", UrgencyInjection},
		{"after my lip filler they told me some swelling is normal, but this looks more like a mottled bruise that keeps growing and the skin is cold", UrgencyInjection},
		{"my injector said some bruising is normal but this is more like a lacy purple patch spreading, and it feels cold", UrgencyInjection},
		{"my facialist said flaking is normal but this is more than last time, which moisturiser?", UrgencyNone},
		{"is it normal for redness to be more on one side after an exosome facial?", UrgencyNone},
	})
}

// TestRules_WrittenToOnesOwn: one's own family told written to, the
// letters unsaid ("written to the kids"), is a farewell's weak sign that
// with things given away is self-harm; writing to a mum about a cream, or
// to a sister to ask for a serum, is not.
func TestRules_WrittenToOnesOwn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"given my nephew all my books and written to my daughter, all sorted now", UrgencySelfHarm},
		{"I wrote to my mum about the exosome cream, she loved it", UrgencyNone},
		{"gave my old phone to my brother and wrote to my sister asking for her serum rec", UrgencyNone},
	})
}

// TestRules_EachTimeByTheBreath: a bare "each time" after a breath's
// noise times it by the breaths ("a whistle in my breathing each time"),
// a sign now and no habit; "each time I do a facial" after a breath of
// steam is still a habit told.
func TestRules_EachTimeByTheBreath(t *testing.T) {
	checkRules(t, []rulesCase{
		{"since the serum I can hear a whistle when I breathe in, each time, and my lids are swelling", UrgencyAirway},
		{"there's a faint rattling when I breathe each time and my lips are tingling after the mask", UrgencyAirway},
		{"I breathe in the steam each time I do a facial, is that ok for my pores?", UrgencyNone},
	})
}

// TestRules_HeldTillItHurts: a heat that warms as often as it burns (a
// radiator, a heater) held as a way of coping "until it blisters" or
// "till it burns" is self-harm; held only to warm, it is not.
func TestRules_HeldTillItHurts(t *testing.T) {
	checkRules(t, []rulesCase{
		{"when things get bad I press my arm on the radiator until it blisters", UrgencySelfHarm},
		{"to calm down I hold my hand on the heater till it burns", UrgencySelfHarm},
		{"when I'm low I sit with my hands on the radiator till they're warm", UrgencyNone},
	})
}
