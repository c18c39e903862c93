package bot

import "testing"

// TestRules_PlayDownEndsItsClause: "it's probably nothing," said before the
// signs plays them down, it does not deny them; "nothing" that denies a
// sign it stands before still does.
func TestRules_PlayDownEndsItsClause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"probably nothing, but the cheek's swollen and hot and I've got a fever since the microneedling", UrgencyInfection},
		{"it's likely nothing. my jaw is puffy and warm to touch and I'm shivering a lot after the filler", UrgencyInfection},
		{"could be nothing, the spot is red and hot and I have the chills since the facial", UrgencyInfection},

		{"nothing swollen, nothing hot, no fever after the filler, which serum next?", UrgencyNone},
		{"there's nothing red or hot there and no fever, just dry skin after the peel", UrgencyNone},
		{"nothing puffy and no fever at all after my facial, is it fine to use retinol tonight?", UrgencyNone},
	})
}

// TestRules_StaffIntroducedIsNoCaseHere: "front desk here" introduces the
// writer; a training question after it stays a question about no one, while
// a client named as here now still makes it a case.
func TestRules_StaffIntroducedIsNoCaseHere(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Reception here. For the training binder: how should we respond to a client who phones saying her lips are swelling after filler?", UrgencyNone},
		{"Nurse here. For our onboarding pack, what should we tell a patient who calls saying her throat feels tight after a peel?", UrgencyNone},
		{"Front desk here. Writing our training notes: what do we say to a client who rings with a tight throat after a facial?", UrgencyNone},

		{"what should we tell a client who says her throat feels tight? she is here now in the waiting room", UrgencyAirway},
		{"Front desk here. a client in the waiting room says her throat feels tight after her treatment", UrgencyAirway},
		{"Reception here, our client's lips are swelling fast and she's wheezing, what do we do?", UrgencyAirway},
	})
}

// TestRules_ExampleOfAGeneralQuestion: "like throat swelling?" after a
// question about side effects in general gives an example of it; the same
// words after a question about the writer's own case, or told with a
// feeling, stay a sign.
func TestRules_ExampleOfAGeneralQuestion(t *testing.T) {
	checkRules(t, []rulesCase{
		{"could the serum trigger an allergy? like a swollen throat?", UrgencyNone},
		{"can filler cause a reaction in some people? for example tongue swelling?", UrgencyNone},
		{"do exosomes cause side effects? such as throat swelling?", UrgencyNone},

		{"my throat is swelling after the serum. like right now", UrgencyAirway},
		{"is it normal to breathe carefully after a facial? like tiny breaths because anything deeper feels stuck", UrgencyAirway},
		{"can exosomes cause allergic reactions? my throat is swelling", UrgencyAirway},
	})
}

// TestRules_ScotsAndCaribbeanSpellings: "nae" is "no", "dae" "do",
// "anymare" "anymore", "nuh" "don't", "di" "the", "fi" "for".
func TestRules_ScotsAndCaribbeanSpellings(t *testing.T) {
	checkRules(t, []rulesCase{
		{"ah cannae dae this anymare, cant dae it", UrgencySelfHarm},
		{"mi nuh see di point again, mi have it all ready fi tonight", UrgencySelfHarm},
		{"can't dae this anymare, naebody would miss me", UrgencySelfHarm},

		{"nae swelling, nae fever, just a wee bit dry after the peel", UrgencyNone},
		{"nae rash and nae pus where the microneedling was, is it healing fine?", UrgencyNone},
		{"mi skin nuh red again after di facial, which serum fi use?", UrgencyNone},
	})
}

// TestRules_ResolvedInADecadeOrSettled: self-harm in one's twenties, over
// for years, and a blur after filler that settled, are past; a relapse now
// or a blur that came back are not.
func TestRules_ResolvedInADecadeOrSettled(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I cut myself in my 20s but I've been well for ages now, which cream fades old scars?", UrgencyNone},
		{"self harmed a lot in my teens and in my 30s I'm doing great, does exosome serum help scars?", UrgencyNone},
		{"my sister had blurred vision after filler, the clinic saw her and it settled, is that common?", UrgencyNone},

		{"I self harmed in my 20s and last night I did it again, the cuts are deep", UrgencySelfHarm},
		{"my vision went blurry after the filler this morning and it hasn't settled", UrgencyInjection},
		{"my mum had blurry vision after filler, it settled, but now it's back and worse", UrgencyInjection},
	})
}

// TestRules_LipsDoubledWithAVoice: lips doubled in size, however hedged,
// with a voice gone croaky or a throat itching, are an airway sign; lips
// doubled after filler, or wished to be, are not.
func TestRules_LipsDoubledWithAVoice(t *testing.T) {
	checkRules(t, []rulesCase{
		{"probably fine but my lips sort of doubled in size and my voice is hoarse", UrgencyAirway},
		{"lips have doubled in size since the cream and my throat is itchy", UrgencyAirway},
		{"ha my lips tripled in size and im croaky, weird right", UrgencyAirway},

		{"my lips are a bit doubled in size after my lip filler and I'm a bit hoarse from shouting at the match", UrgencyNone},
		{"my lips look a bit doubled in size in the photo, my voice is a bit croaky from the concert", UrgencyNone},
		{"a bit hoarse from karaoke, and I wish my lips were a bit doubled in size, which plumper?", UrgencyNone},
	})
}

// TestRules_DroppingThingsWithMuddledWords: a hand that keeps dropping
// things with words gone muddled or a face drooping is a stroke's sign;
// dropped calls, stitches or weight are not.
func TestRules_DroppingThingsWithMuddledWords(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I keep dropping my phone and my words are coming out jumbled", UrgencyHeartBrain},
		{"he keeps dropping his fork and his mouth is drooping on one side", UrgencyHeartBrain},
		{"she kept dropping things and her speech sounds slurry", UrgencyHeartBrain},

		{"my phone keeps dropping calls, which serum is good for dry skin?", UrgencyNone},
		{"I keep dropping stitches in my knitting, is that the retinol?", UrgencyNone},
		{"keep dropping weight and pounds on my diet, which cream for loose skin?", UrgencyNone},
	})
}

// TestRules_StarvedSkinByLikeness: after an injection, a net drawn on the
// skin, a colour of something bloodless, sight like through a dirty
// window, or skin that looks dead with pain are an occlusion's signs; the
// same words of makeup, a car window or dull skin are not.
func TestRules_StarvedSkinByLikeness(t *testing.T) {
	checkRules(t, []rulesCase{
		{"it looks like a purple web on my chin where the filler went in", UrgencyInjection},
		{"since the jab there's a blue lace pattern across the skin of my temple", UrgencyInjection},
		{"the tip of my nose is the colour of candle wax since the filler appointment", UrgencyInjection},
		{"my lip is the color of a corpse after the injection", UrgencyInjection},
		{"after the filler my left eye is like seeing through frosted glass", UrgencyInjection},
		{"since the injection my vision is like looking through a foggy window", UrgencyInjection},
		{"the skin near the filler looks dead and it's throbbing with pain", UrgencyInjection},

		{"my hairnet leaves a web on my forehead, will botox help the lines?", UrgencyNone},
		{"I want a foundation the colour of candle wax, I'm so pale, any tips before my filler?", UrgencyNone},
		{"driving home after botox it was like looking through a dirty windscreen, the car needs a wash lol", UrgencyNone},
		{"my skin looks dead and dull, will the filler give it some glow?", UrgencyNone},
	})
}

// TestRules_ChildFoamAndSamples: a child's mouth foaming beside a product
// left open, and a child who ate a sample a clinic gave, are a poisoning;
// a child's pretend skincare with an empty bottle, toothpaste foam, and a
// sample still sealed are not.
func TestRules_ChildFoamAndSamples(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son's mouth is frothy and the cap is off my cleanser, he's 3", UrgencyPoisoning},
		{"toddler's lips are all bubbly and my face oil bottle is open on the floor", UrgencyPoisoning},
		{"my 2yo ate some of the tester you gave me, what now?", UrgencyPoisoning},
		{"my 4 year old swallowed part of the clinic sample while I was getting my facial", UrgencyPoisoning},

		{"my toddler pretends to do skincare on her dolls with an empty serum bottle, so cute. is the real one safe near her?", UrgencyNone},
		{"my son's mouth is foamy from brushing with toothpaste, which kids face wash?", UrgencyNone},
		{"my niece put the sample pot in her mouth but it was sealed, she's fine and playing", UrgencyNone},
		{"my daughter's lips are bubbly from the bubble bath, which lotion after?", UrgencyNone},
	})
}

// TestRules_SelfHarmToldAside: self-harm told as a slip with the blade, a
// return to the old ways with wounds, others coping fine without the
// writer, or a tiredness of waking with a decision to stop.
func TestRules_SelfHarmToldAside(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had a few slips with the razor again, nothing major", UrgencySelfHarm},
		{"a couple of lapses with the blades this month, the urges won", UrgencySelfHarm},
		{"slipped with the blade again last night, the urge won", UrgencySelfHarm},
		{"I'm back to my old habits with my thighs, the cuts are deep and won't close", UrgencySelfHarm},
		{"went back to the old ways last night, there's bleeding through the dressing on my wrist", UrgencySelfHarm},
		{"honestly my family would manage fine without me", UrgencySelfHarm},
		{"sick of waking up every morning. I've decided to quit", UrgencySelfHarm},

		{"slipped with the razor while shaving my legs, cream for the nick?", UrgencyNone},
		{"went back to my old habits with snacking, my skin is breaking out", UrgencyNone},
		{"back to the old ways with my skincare routine, the retinol stings my arms", UrgencyNone},
		{"my team will cope fine without me while I'm on holiday, which sunscreen should I pack?", UrgencyNone},
		{"tired of waking up every day at 5am with puffy eyes, I've decided to stop the salty dinners", UrgencyNone},
	})
}

// TestRules_TabletsCountedAfter: tablets taken and their number told after
// them — a whole strip, a big number — are an overdose; a time, a count
// of days or a dose is not.
func TestRules_TabletsCountedAfter(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I swallowed my dad's blood pressure tablets earlier, about 20 of them", UrgencySelfHarm},
		{"took my sleeping pills tonight, the whole packet, feel spaced out", UrgencySelfHarm},
		{"I've taken 30 of my meds, everyone is asleep", UrgencySelfHarm},

		{"I took my tablets around 10 pm as usual, can I use retinol after?", UrgencyNone},
		{"took my antibiotic tablets for 10 days after the facial, is the redness ok?", UrgencyNone},
		{"took 2 tablets of ibuprofen for the swelling, ok with filler?", UrgencyNone},
	})
}

// TestRules_VagueIntakeAndFate: something taken told vaguely beside a fate
// left open, or the pills got out beside a despair, are self-harm; either
// alone, or pills taken for a headache, are not.
func TestRules_VagueIntakeAndFate(t *testing.T) {
	checkRules(t, []rulesCase{
		{"whatever happens now happens. I took some pills.", UrgencySelfHarm},
		{"took some stuff earlier. whatever happens happens", UrgencySelfHarm},
		{"I've got the pills out. I don't see the point anymore", UrgencySelfHarm},

		{"whatever happens with my skin happens, which serum is gentlest?", UrgencyNone},
		{"took some pills for my headache, can I still get the facial?", UrgencyNone},
		{"got the pills out of the cupboard for my mum, whatever happens with her appointment happens", UrgencyNone},
	})
}

// TestRules_FollowUpNotNeededAndAPetHandedOn: a client who "won't be
// needing the follow-up" and asked staff to take her cat is a farewell; a
// follow-up not needed because it healed, or a cat minded for a holiday,
// is not.
func TestRules_FollowUpNotNeededAndAPetHandedOn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a client told me she won't be needing her next appointment and asked me to take her dog", UrgencySelfHarm},
		{"my friend says she won't be needing the follow-up and wants me to keep her cats", UrgencySelfHarm},
		{"he said he won't be needing the refill and he's asked us to adopt his rabbit", UrgencySelfHarm},

		{"she won't be needing the follow-up because her skin healed, can she book a facial?", UrgencyNone},
		{"my neighbour asked me to take her cat while she's on holiday, is cat hair bad for my skin?", UrgencyNone},
		{"won't be needing the follow-up, I'm moving abroad, can you send my records?", UrgencyNone},
	})
}

// TestRules_DischargeAndFeelingRough: "stuff coming out" of a lump is a
// discharge, and "feeling rough" feeling ill: with a fever or a hot lump,
// an infection; a product coming out of its tube is not.
func TestRules_DischargeAndFeelingRough(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the lump from the filler has stuff coming out and I feel really rough", UrgencyInfection},
		{"gunk coming out of the microneedling spot and I've got a fever", UrgencyInfection},
		{"feeling rough and shivery, the area is hot since the treatment", UrgencyInfection},

		{"the serum has stuff coming out of the pump when I press it, is that normal?", UrgencyNone},
		{"feeling a bit rough after a late night, which eye cream for puffiness?", UrgencyNone},
		{"the cream tube has gunk coming out of the cap, is it off?", UrgencyNone},
	})
}

// TestRules_CabinetEmptiedOrTabsNecked: everything a cabinet or a drawer
// held, taken in, and tabs necked are an overdose; things taken out of a
// cabinet, or to a charity shop, are not.
func TestRules_CabinetEmptiedOrTabsNecked(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've swallowed everything in the medicine drawer", UrgencySelfHarm},
		{"took all in the cupboard, every box of tablets", UrgencySelfHarm},
		{"necked a load of my tabs an hour ago", UrgencySelfHarm},

		{"I took everything out of the cabinet to clean it, which serum stays good at room temperature?", UrgencyNone},
		{"took everything in the bathroom cupboard to the charity shop, decluttering my skincare", UrgencyNone},
		{"took everything in the drawer and sorted it by expiry date, is old retinol safe?", UrgencyNone},
	})
}

// TestRules_UnclearSpeechWithACrookedFace: speech gone unclear or muddled
// with a face gone crooked is a stroke's sign; unclear instructions and a
// face crooked in a photo are not.
func TestRules_UnclearSpeechWithACrookedFace(t *testing.T) {
	checkRules(t, []rulesCase{
		{"his speech is unclear and his face is crooked", UrgencyHeartBrain},
		{"my mum's speech has gone muddled and her smile is lopsided", UrgencyHeartBrain},
		{"her talking is unclear and her face looks wonky on one side", UrgencyHeartBrain},

		{"the words on the label are unclear and my smile looks crooked in the photo, which whitening serum?", UrgencyNone},
		{"the instructions' speech bubble is unclear, is my face meant to look lopsided after the massage?", UrgencyNone},
		{"the leaflet's words are unclear about how long the swelling lasts", UrgencyNone},
	})
}

// TestRules_DeniedNowKeepsTraining: a staff question said to be "not
// happening now" stays a training question; "it's happening now" makes it
// a case.
func TestRules_DeniedNowKeepsTraining(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Staff question, not happening now: what's the protocol if a client says her lips are swelling?", UrgencyNone},
		{"training question, nothing happening rn: what should staff do if a client says her throat is closing?", UrgencyNone},
		{"For our team handbook, not happening right now: what should reception do if a client says she can't breathe?", UrgencyNone},

		{"what should staff do if a client says her throat is closing? asking bc it's happening now", UrgencyAirway},
		{"what's the protocol if a client's lips are swelling? it's happening right now in room 2", UrgencyAirway},
		{"how should reception handle a client who can't breathe? asking because it's happening rn", UrgencyAirway},
	})
}

// TestRules_CaribbeanSelfHarmAndChildren: "cyaan tek it nuh more", "tired
// a life", "nah wan wake up", "pickney" for a child, "gi'way" for gave
// away; the same words of a tiring day or a child's snack are none.
func TestRules_CaribbeanSelfHarmAndChildren(t *testing.T) {
	checkRules(t, []rulesCase{
		{"mi cyaan tek it nuh more, mi done", UrgencySelfHarm},
		{"mi sick a life, mi nah wan wake up again", UrgencySelfHarm},
		{"di pickney drink some a di toner, she only 3", UrgencyPoisoning},

		{"mi tired a lot after work, which eye cream fi di bags?", UrgencyNone},
		{"di pickney drink some juice and spill it on mi face cream, is it ruined?", UrgencyNone},
		{"mi cyaan tek di smell a dis serum nuh more, what else?", UrgencyNone},
	})
}

// TestRules_PastThatDatesAPerson: "a client from last week" dates the
// client, not the signs she calls about now; a sign that was over last
// week stays past.
func TestRules_PastThatDatesAPerson(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a patient from last week rang, says her jaw is hot and swollen and she has a fever", UrgencyInfection},
		{"client from yesterday phoned, her cheek is red, hot and she's shivering with a fever", UrgencyInfection},
		{"my friend from last month says her lips are swelling and her throat is closing", UrgencyAirway},

		{"last week a client had a fever and a hot cheek, it cleared up, which serum now?", UrgencyNone},
		{"a client had a hot swollen jaw and fever last year, she's fine now, can she rebook?", UrgencyNone},
		{"the session from last week was lovely, which serum should I use at home?", UrgencyNone},
	})
}

// TestRules_WhereItWentInAndAMouthful: "where it went in" names an
// injection site, and "mine had a mouthful" of a product a child's intake;
// where a thread went in, or a mouthful of juice, are none.
func TestRules_WhereItWentInAndAMouthful(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my chin went white where it went in and it really hurts", UrgencyInjection},
		{"the skin went grey and mottled where the needle went in", UrgencyInjection},
		{"is peel solution toxic to toddlers? mine had a mouthful", UrgencyPoisoning},

		{"my jumper went grey where the bleach went in, can I dye it?", UrgencyNone},
		{"is the juice ok for toddlers? mine had a mouthful and loved it", UrgencyNone},
		{"where it went in the skin looks totally normal, when can I wear makeup?", UrgencyNone},
	})
}

// TestRules_NotABigDealAndOthersGettingOn: "not a big deal" plays down what
// follows, it denies nothing; a count told with "maybe", "kids would get on
// fine without me", and Scots "nae reason tae keep gaun" are self-harm.
func TestRules_NotABigDealAndOthersGettingOn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"not a big deal, just swallowed more of my pain pills than I should, maybe 20", UrgencySelfHarm},
		{"honestly the kids would get on fine without me", UrgencySelfHarm},
		{"a've nae reason tae keep gaun", UrgencySelfHarm},
		{"not a big deal but my tongue is swelling up fast", UrgencyAirway},

		{"not a big deal, took my vitamin tablets maybe 10 minutes ago, ok to use retinol?", UrgencyNone},
		{"the kids will get on fine without me while I'm at the spa, which mask?", UrgencyNone},
		{"nae reason tae worry, the redness is fading, which serum next?", UrgencyNone},
		{"no swelling, not a big rash, just dry after the peel", UrgencyNone},
	})
}

// TestRules_FoundAtAProductAndAWeeOne: someone found chewing or sucking a
// product's container, and "wee one" or "little lad" for a child, are a
// poisoning's words; found chewing a dummy, or a wee one at bath time, are
// not.
func TestRules_FoundAtAProductAndAWeeOne(t *testing.T) {
	checkRules(t, []rulesCase{
		{"she's 18 months, found her chewing a vial, lips are foamy", UrgencyPoisoning},
		{"found him sucking on the retinol tube, there's cream on his chin", UrgencyPoisoning},
		{"my wee one is being sick after sucking on my face oil bottle", UrgencyPoisoning},

		{"found him chewing his dummy again, which balm for dry lips?", UrgencyNone},
		{"my wee one loves bath time, which baby lotion?", UrgencyNone},
		{"my little lad keeps asking about my skincare, which serum is gentle?", UrgencyNone},
	})
}

// TestRules_EmptyLongBeforeAndABetterPlace: a container empty for weeks or
// rinsed out leaves nothing to take, and "in a much better place now"
// closes a past; a sickness after, an empty bottle found, and an overdose
// an hour ago are cases.
func TestRules_EmptyLongBeforeAndABetterPlace(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son pretended to drink my old serum bottle, it's been empty for months, so funny", UrgencyNone},
		{"the cat licked my toner bottle but it was rinsed out, which toner next?", UrgencyNone},
		{"I took an overdose years ago and I'm in a good place now, which serum for old scars?", UrgencyNone},

		{"my toddler drank from the serum bottle, it's been empty for weeks but now he's vomiting", UrgencyPoisoning},
		{"my son drank the serum, the bottle was empty when I found him", UrgencyPoisoning},
		{"I overdosed an hour ago, I'm in a better place now", UrgencyPoisoning},
	})
}

// TestRules_ExampleAfterEG: "e.g." (read as two short sentences) leads an
// example of a general question as "like" does.
func TestRules_ExampleAfterEG(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is it possible to get an infection from microneedling? e.g. fever and pus?", UrgencyNone},
		{"can fillers cause a reaction? e.g. lip swelling?", UrgencyNone},
		{"what are the signs of an allergy to serum? e.g. throat tightness?", UrgencyNone},

		{"can fillers cause a reaction? e.g. my lips are swelling right now", UrgencyAirway},
		{"is this an infection? I have a fever and pus from the microneedling", UrgencyInfection},
		{"e.g. my throat is closing after the serum", UrgencyAirway},
	})
}

// TestRules_NowTellsAnAge: "now she's 12" after a childhood habit tells an
// age, not that the habit is back; "now he's 3 and he drank it again" and
// a sickness now are cases.
func TestRules_NowTellsAnAge(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my daughter used to eat my lip balm as a toddler, now she's 12 and wants a serum, which one?", UrgencyNone},
		{"my son swallowed some toner as a baby, now he's 9, is exosome serum safe for teens?", UrgencyNone},
		{"as a toddler my niece drank my cleanser once, now she's 15 and has acne, which wash?", UrgencyNone},

		{"my son used to drink my toner as a baby, now he's 3 and he drank it again and is vomiting", UrgencyPoisoning},
		{"my son swallowed toner as a baby, now he's 5 and vomiting after drinking my serum", UrgencyPoisoning},
		{"she ate my retinol cream as a baby and now she's eaten it again and is drowsy", UrgencyPoisoning},
	})
}
