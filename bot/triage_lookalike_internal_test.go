package bot

import "testing"

// TestRules_LookAlikeCauses holds the look-alike causes that alarmed on
// the held-back quarters' kind of wording, each beside the emergency its
// fix must not lose: sleeping in told with a time ("not waking up early"),
// a child's habit of mouthing things and the precaution it explains, a
// blur with its ordinary cause (crying, tiredness, a screen), an
// authority's all-clear told before what it was about, an amount an
// authority called harmless, a denied intake, which the safety net is not
// asked about, an emergency call made for money ("not for me, for my bank
// account") and "poisoned" as a figure with a vibe.
func TestRules_LookAlikeCauses(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"I'd be ok with not waking up early on weekends", false},
		{"honestly not waking up until noon on sundays is my self care", false},
		{"he's not waking up and he's breathing weird", true},
		{"I took a bunch of pills and I'm not waking up till tomorrow hopefully", true},

		{"my toddler puts everything in his mouth, which is why I keep the sunscreen up high", false},
		{"my daughter puts things in her mouth so the retinol serum lives on the top shelf", false},
		{"my son puts everything in his mouth and he just ate a retinol capsule", true},
		{"my toddler just put my retinol cream in his mouth", true},

		{"my vision is a bit blurry after crying all night", false},
		{"eyes are kinda blurry from staring at screens all day, does the exosome eye cream help with strain", false},
		{"my vision is suddenly blurry and my face is drooping", true},
		{"my vision is a bit blurry and my arm is numb", true},
		{"my vision went blurry after the filler in my nose", true},

		{"the nurse said she's fine, she just swallowed a bit of toner", false},
		{"my daughter licked some face cream off her finger, poison control said the amount was harmless, she's playing happily", false},
		{"the nurse said she's fine but now she just swallowed a bit of toner", true},
		{"my daughter just swallowed a mouthful of toner", true},

		{"call an ambulance but not for me, for my bank account after that exosome package", false},
		{"my wallet needs an ambulance after this haul, should I even", false},
		{"I need an ambulance, my throat is closing", true},
		{"should I call an ambulance? she took all her pills and won't wake up", true},

		{"my face after the peel: poisoned apple vibes but honestly fine, just pink", false},
		{"I think I poisoned myself, I drank the peel solution", true},

		{"my son got retinol cream on his cheek but not in his mouth", false},
		{"my son got retinol cream on his cheek and in his mouth", true},
	} {
		if got := Screen(c.text).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v (%+v %s)", c.text, got, c.urgent, Screen(c.text), explain(c.text))
		}
	}
}

// TestRules_SecondRoundCauses holds the causes of the second triage round,
// read by the rules alone (without the safety net), each with a
// look-alike that must stay calm: misspellings the tables list ("tong",
// "breed"), "needled" as a treatment, "spreading to" as a spread as well
// as a pain's path, "tight as a drum" as a tense swelling, a stomach that
// "can't keep food down" as being unwell, a wound that is leaking, and
// a sign that is "not going away" beside another person's habit, and
// "is it normal to have to…" asking about what someone must do now, and
// a negation that stops at "and the…", a new subject.
func TestRules_SecondRoundCauses(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my tong is swollen huge since the lip filler", true},
		{"i use salad tong to pick up the cotton pads, is that hygienic", false},
		{"since the peel i cant breed properly", true},
		{"what breed of dog is best if i have allergies", false},

		{"the patch they needled is hot and i'm shivering with a fever", true},
		{"the patch they needled is a bit pink today, no fever", false},

		{"the redness from the laser is spreading to my ear and i feel feverish", true},
		{"crushing chest pain spreading to my jaw", true},
		{"chest pain spreading to my left arm and getting worse", true},
		{"the bumps on my chest are spreading to my arms, is it the serum?", false},
		{"is redness spreading to the neck a known side effect?", false},

		{"my cheek is tight as a drum and i've thrown up twice", true},
		{"my skin feels tight as a drum after the peel, otherwise fine", false},
		{"the filler site is hot to the touch and i can't keep food down", true},
		{"i can't keep food down when i'm nervous before appointments, tips?", false},
		{"my cheek is leaking yellow stuff and i've got a fever", true},
		{"my serum bottle is leaking, can i still use it?", false},

		{"took two of my mum's pills because she always does when her chest gets crushing like this, it won't go away", true},
		{"my dad always gets crushing chest pain when he climbs stairs", false},
		{"my mum always gets crushing chest pain when she's stressed but it goes away", false},

		{"is it normal to have to lean forward to get air after filler?", true},
		{"is it normal to have to wait two weeks between microneedling sessions?", false},
		{"is it normal to have to reapply the serum twice a day?", false},

		{"the antihistamine isn't helping and the hives are spreading up my neck", true},
		{"there are no hives and the itch is gone", false},
		{"no hives and the redness is fading, should i still use the serum", false},
	} {
		if got := rulesScreen(c.text).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v (%+v %s)", c.text, got, c.urgent, rulesScreen(c.text), explain(c.text))
		}
	}
}

// TestScreen_ComplexionIsNoSign: pale or fair skin told as what the
// writer's (or someone's) skin always is ("I have very pale skin", "with
// fair skin") is a complexion, no colour change; skin that went pale, a
// pale patch where the filler went, with pain, stays an emergency.
func TestScreen_ComplexionIsNoSign(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"I have very pale skin, will filler bruise more? does it hurt?", false},
		{"I have pale skin, does filler hurt?", false},
		{"as someone with very pale skin is botox okay", false},
		{"she has pale skin and got filler, will it bruise", false},
		{"my pale skin, will filler make it look worse?", false},

		{"my skin went pale after the injection and it hurts", true},
		{"there is very pale skin around the injection and it hurts", true},
		{"I have a pale patch since the filler and it hurts", true},
		{"I have pale skin where the filler went and it hurts", true},
		{"I have pale skin and since the filler a white patch is spreading and it hurts", true},
	} {
		if got := Screen(c.text).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v (%+v %s)", c.text, got, c.urgent, Screen(c.text), explain(c.text))
		}
	}
}

// TestScreen_EatenFoodAndEndedThingsAreNoAlarm: a child who "ate some of
// it" where "it" is food the same sentence names ("…the banana I mean") took
// in no product, and "ways to end my subscription" ends no life; an "it"
// that is the product, an "it" with no food named beside it, and an end
// of life or of "it all" stay emergencies.
func TestScreen_EatenFoodAndEndedThingsAreNoAlarm(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my son ate some of it before I could stop him, the banana I mean, is exosome cream safe around kids?", false},
		{"my toddler grabbed the banana and ate some of it while I was putting on my serum", false},
		{"my daughter ate some of it - the cookie, not the cream - is that fine?", false},
		{"my toddler ate some of it, the serum I mean", true},
		{"my toddler found my exosome cream and ate some of it", true},
		{"my toddler was eating a banana then found my retinol cream and ate some of it", true},
		{"I keep my ampoules next to the yoghurt. My son grabbed one and drank it.", true},

		{"i've been researching ways to end my subscription to this exosome serum", false},
		{"looking up ways to end my contract with the clinic", false},
		{"researching ways to end my life", true},
		{"i have been researching ways to end it", true},
		{"i want to end my membership and end it all", true},
		{"ways to end my membership, I cant do this anymore", true},
	} {
		if got := Screen(c.text).Urgent(); got != c.urgent {
			t.Errorf("%q: urgent %v, want %v (%+v %s)", c.text, got, c.urgent, Screen(c.text), explain(c.text))
		}
	}
}

// TestRules_SkinLosingFirmnessIsNoSightLost: "losing" near "see" is a
// change of sight only when what is lost is not the skin's own quality
// ("losing firmness, I see it most on the neck" is an in-scope story about
// ageing skin, once read as a vision change), beside the vision losses the
// rule is for.
func TestRules_SkinLosingFirmnessIsNoSightLost(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"At my age the skin is losing firmness, I see it most on the neck. Do exosomes help with collagen?", false},
		{"my cheeks are losing volume and I see it every morning", false},
		{"losing elasticity, I see it around my jaw now", false},
		{"I'm losing my sight on one side, I can barely see since the filler", true},
		{"everything went dark and I can't see out of my left eye", true},
		{"i'm losing vision, can barely see anything", true},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
}
