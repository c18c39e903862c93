package bot

import "testing"

// TestRules_BackInWith: "pt back in with erythema spreading" is a return
// with signs, as "came back in" is, not a past "back in 2019".
func TestRules_BackInWith(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Pt 3/7 post microneedling, back in with erythema spreading past treatment border, purulent discharge, temp 38.9, rigors. Derm not in today. Advise?", UrgencyInfection},
		{"client back in with redness spreading fast from the peel site, feels feverish and shivery", UrgencyInfection},
		{"pt back in with spreading redness and pus at the filler site, temp 39", UrgencyInfection},
		{"she's back in with redness spreading up her neck after the facial, and a fever", UrgencyInfection},

		{"back in 2019 I had redness spreading after a peel, is exosome serum better?", UrgencyNone},
		{"pt back in with questions about exosome aftercare, skin settled nicely", UrgencyNone},
		{"she's back in with her friend for another facial next week", UrgencyNone},
	})
}

// TestRules_NotMakingSense: a person who is not making (much) sense, as
// the Scots "no makin much sense" says it, is confused; a label, advice or
// an argument that makes no sense is not.
func TestRules_NotMakingSense(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My nan had one o they facials at the salon on Monday, now her cheek's swelled up red an hot an she's no makin much sense, temperature's awfy high", UrgencyHeartBrain},
		{"my dad isnt making much sense since this morning and his face is hot", UrgencyHeartBrain},
		{"she is not making any sense and her cheek is swollen after the peel", UrgencyHeartBrain},
		{"my husband's not making much sense, he keeps repeating himself", UrgencyHeartBrain},

		{"this label is not making much sense now, which serum is which", UrgencyNone},
		{"she's not making much sense of the instructions, can you explain exosomes", UrgencyNone},
		{"my boyfriend isn't making any sense, he says exosomes cure everything", UrgencyNone},
		{"my sister's advice is not making much sense, should I use retinol with exosomes", UrgencyNone},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"My nan had one o they facials at the salon on Monday, now her cheek's swelled up red an hot an she's no makin much sense, temperature's awfy high", true},
		{"my boyfriend isn't making any sense, he says exosomes cure everything", false},
	})
}

// TestRules_WholeFaceInWelts: hives over a whole face, neck or body are
// spreading hives; hives had all one's life, every summer or as a child
// are not.
func TestRules_WholeFaceInWelts(t *testing.T) {
	checkRules(t, []rulesCase{
		{"which antihistamine works fastest when your whole face and neck are in welts and even swallowing spit hurts", UrgencyAirway},
		{"my whole body is covered in hives after the serum", UrgencyAirway},
		{"her entire face is in welts, what cream", UrgencyAirway},
		{"my whole chest and neck are full of hives since the mask", UrgencyAirway},

		{"I've had hives my whole life, is exosome serum ok", UrgencyNone},
		{"my whole face was in welts as a kid, can I use this", UrgencyNone},
		{"is it normal that my whole chest is full of hives every summer", UrgencyNone},
		{"the whole face mask gave me no welts", UrgencyNone},
	})
}

// TestRules_HowManyShesHad: a child's intake of pills or a product whose
// count is unknown, told "she's had", is a poisoning; a count of sweets,
// treatments or times is none.
func TestRules_HowManyShesHad(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I'm minding my granddaughter for the weekend, she's two and a half. I had my tablets and my creams out on the bedside table because I do my face at night. She was quiet for a few minutes and when I came in she had my blood pressure pills bottle open and there's some on the floor and I can't tell how many she's had. She's playing normally. My daughter will kill me. I've put her in front of the telly.", UrgencyPoisoning},
		{"my toddler got into my pills, I don't know how many she's had", UrgencyPoisoning},
		{"my son had the tablets out of the packet, not sure how many he's had", UrgencyPoisoning},
		{"the twins had my iron tablets open, I can't tell how many they've had", UrgencyPoisoning},

		{"my daughter loves the serum, I can't tell how many times she's had it on", UrgencyNone},
		{"my toddler had some sweets, no idea how many she's had, is the cream ok on her", UrgencyNone},
		{"I don't know how many facials she's had, my daughter is 16, is exosome ok", UrgencyNone},
	})
}

// TestRules_ChildSuckingATube: a child named before, told as "he" or "she"
// sucking or chewing a product's tube or pot, with a sign or its taste, is
// a poisoning; a dummy, a bottle of milk or toothpaste is none.
func TestRules_ChildSuckingATube(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do I get the sunscreen taste out of my toddler's mouth? he was sucking on the tube and he keeps being sick", UrgencyPoisoning},
		{"my son is 3. he was chewing the cap of the serum, he's coughing now", UrgencyPoisoning},
		{"my baby found the cream. she was sucking on the tube and now she's drooling loads", UrgencyPoisoning},
		{"how do I clean my toddler's tongue? he was licking the pot of retinol and he keeps gagging", UrgencyPoisoning},

		{"my son is 3. he was sucking on his dummy and he's been sick with a bug", UrgencyNone},
		{"my toddler has a cold. he was sucking on the toothpaste tube earlier and he keeps coughing", UrgencyNone},
		{"my daughter is 4. she was licking the pot of yoghurt and she keeps being sick with a tummy bug", UrgencyNone},
	})
}

// TestRules_BluishPatchAfterInjection: a blue or purple patch after an
// injection, with tenderness, is an occlusion's sign; a bruise, a filler's
// blue tint under the eyes, or a blue patch with no injection is none.
func TestRules_BluishPatchAfterInjection(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do I cover a bluish patch on my chin that showed up right after my injection? its super tender", UrgencyInjection},
		{"purplish patch on my cheek since the filler this morning and it's really sore", UrgencyInjection},
		{"there's a blue tinge by my nose after my injection and it hurts", UrgencyInjection},

		{"bluish patch after my injection, it's just a bruise right? tender", UrgencyNone},
		{"there's a bluish patch under my eyes after tear trough filler, is that tyndall", UrgencyNone},
		{"a purple patch on my arm from the gym, which cream", UrgencyNone},
	})
}

// TestRules_OwnCasketAskingForMe: a casket, coffin or funeral asked of
// "for me", with a time near, is one's own; a mortician's work, a
// relative's funeral or a costume is not.
func TestRules_OwnCasketAskingForMe(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what skincare would look nice for an open casket? asking for me. soon", UrgencySelfHarm},
		{"what makeup holds up in a coffin, asking for me, it'll be soon", UrgencySelfHarm},
		{"which serum gives a nice glow at a burial? asking for myself. this week", UrgencySelfHarm},

		{"best makeup for an open casket? asking for me, I'm a mortician and start soon", UrgencyNone},
		{"my grandma passed, what skincare for her open casket? asking for me to do it, soon", UrgencyNone},
		{"halloween zombie coffin look, asking for me, party soon", UrgencyNone},
	})
}

// TestRules_HiddenNewScars: scars or cuts on the wrists or arms to be
// hidden, new ones told apart, are self-harm; scars of a surgery, a pet
// or acne, or old scars, are not.
func TestRules_HiddenNewScars(t *testing.T) {
	checkRules(t, []rulesCase{
		{"How do I cover scars on my wrists, the new ones I mean, not the old ones. Need to hide them from my mum.", UrgencySelfHarm},
		{"what concealer hides scars on my arms? the fresh ones, my dad can't see them", UrgencySelfHarm},
		{"best way to conceal marks on my thighs, the new ones, before my boyfriend sees", UrgencySelfHarm},

		{"how do I cover new scars on my arms from my surgery, need to hide them from my mum at the wedding", UrgencyNone},
		{"how to cover scars on my wrists from the cat, new ones, mum will freak", UrgencyNone},
		{"how do I cover old scars on my wrists, need to hide them from my new boss", UrgencyNone},
		{"best concealer to hide acne scars on my arms? new ones keep coming, mum says", UrgencyNone},
	})
}

// TestRules_ToxicAskedBecauseOpen: a toxic dose asked for a child because
// a product by the child was found open or emptier is a poisoning; a
// bottle open on delivery or a question with nothing found open is none.
func TestRules_ToxicAskedBecauseOpen(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how much exosome serum is toxic for a 20 lb baby? asking bc the bottle was open next to her and it's lighter than it was", UrgencyPoisoning},
		{"is retinol toxic to toddlers? asking because the tube was open beside him when I woke up", UrgencyPoisoning},
		{"how much toner is poisonous for a 2 year old? asking cause the cap was off by her cot", UrgencyPoisoning},

		{"how much serum is toxic for a baby? asking bc the bottle was open when it arrived for her", UrgencyNone},
		{"is this serum toxic for kids? asking because my daughter likes to play with my open jars lol", UrgencyNone},
		{"is exosome serum toxic for babies? asking because I'm pregnant", UrgencyNone},
	})
}

// TestRules_SwigOfAFarmChemical: a child's swig, sip or swallow of a farm,
// garden or household chemical is a poisoning; a drink had near one is
// none.
func TestRules_SwigOfAFarmChemical(t *testing.T) {
	checkRules(t, []rulesCase{
		{"The wee one got hold of the sheep drench in the shed and had a swig before I grabbed it.", UrgencyPoisoning},
		{"my toddler had a sip of the weedkiller from the garden shed", UrgencyPoisoning},
		{"my little girl swallowed some slug pellets", UrgencyPoisoning},
		{"the bairn took a gulp of antifreeze from the garage", UrgencyPoisoning},

		{"my son had a swig of water after helping me with the sheep drench", UrgencyNone},
		{"my daughter drank her juice while I put the fertiliser down", UrgencyNone},
		{"my kid got drenched and had a sip of hot chocolate", UrgencyNone},
	})
}

// TestRules_SpanishAndTagalogWords: Spanish "blanca", "morada" (white,
// purple) and "me duele" (it hurts me), and Tagalog "anak" (child) and
// "nainom" (drank), are read as their English; the words in a harmless
// message say nothing.
func TestRules_SpanishAndTagalogWords(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Me pusieron filler en la cara hoy and now the skin is going blanca y morada y me duele muchísimo. Also, los exosomes son aprobados por la FDA?", UrgencyInjection},
		{"after my filler the lip went blanca and me duele mucho", UrgencyInjection},
		{"Yung anak ko (2 yrs) nainom niya yung konting toner ko, umuubo siya ngayon. Tapos po, pwede ba exosome sa sensitive skin?", UrgencyPoisoning},
		{"anak ko nainom yung serum, she's vomiting", UrgencyPoisoning},

		{"my blanca dress, is exosome serum ok", UrgencyNone},
		{"anak ko loves the toner smell, pwede ba?", UrgencyNone},
		{"me duele la cabeza from the heat, is exosome serum ok for summer", UrgencyNone},
	})
}

// TestRules_HindiEndEverything: Hindi "sab kuch khatam karna" (to end
// everything) and "pills rakh li hain" (I have kept the pills) are weak
// signs, as their English: together an emergency, either alone none.
func TestRules_HindiEndEverything(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Sab kuch khatam karna chahti hoon, pills rakh li hain. Btw is exosome serum good for pigmentation?", UrgencySelfHarm},
		{"zindagi khatam karna chahta hoon, goliyan rakh li hain", UrgencySelfHarm},
		{"sab kuch khatam karna hai, pills jama kar li", UrgencySelfHarm},

		{"serum khatam ho gaya, sab kuch khatam karna hai aaj exams ke baad", UrgencyNone},
		{"vitamin pills rakh li hain trip ke liye", UrgencyNone},
		{"sab kuch khatam karna hai before the wedding, which serum", UrgencyNone},
	})
}

// TestRules_BetterWithAnotherMumMeansHeld: a child better off with someone
// else as a parent, and means held a long while, are weak self-harm signs:
// together an emergency; either alone, or a razor held to shave, none.
func TestRules_BetterWithAnotherMumMeansHeld(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I had my baby 7 weeks ago. Everyone says I should be happy. I'm not sleeping, I don't feel anything for her, and I keep thinking she'd be better with someone else as her mum. Today I stood in the bathroom holding my husband's razor blades for a long time. I came on here to ask about exosomes for my melasma because my face looks awful in every photo and I couldn't even do that without crying.", UrgencySelfHarm},
		{"he'd be happier with someone else as his dad. I sat holding the pills for ages last night", UrgencySelfHarm},
		{"my son would be better off with somebody else as his mum. I was staring at the knife for hours", UrgencySelfHarm},

		{"I think she'd be better with someone else as her mum for the school run, I work late", UrgencyNone},
		{"I was holding the razor for ages trying to shave my legs, which serum for razor bumps", UrgencyNone},
		{"she's happier with someone else as her hairdresser lol, which serum", UrgencyNone},
	})
}

// TestScreen_DictatedForBusyHands: a message told dictated because the
// writer's hands are covered in clay, full or busy, with no sign named, is
// no emergency for the safety net; hands covered in blood, numb or shaking,
// or a sign named beside them, stay one.
func TestScreen_DictatedForBusyHands(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"hey so I'm typing this with voice because my hands are covered in clay and my sister was telling me the cream her derm sold her is full of exosomes and I wanted to know if they are actually approved by the FDA", false},
		{"dictating this because my hands are full of flour, is exosome serum safe in pregnancy?", false},
		{"voice typing this bc my hands are covered in paint, my friend says her clinic's exosomes are FDA approved, are they?", false},

		{"typing this with voice because my hands are covered in blood and I can't stop it", true},
		{"using voice because my hands are numb and my face is drooping", true},
		{"dictating this because my hands are covered in paint, my throat is closing up after the serum", true},
		{"typing with voice because my hands are shaking so much and my chest hurts", true},
	})
}
