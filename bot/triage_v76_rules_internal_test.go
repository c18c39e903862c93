package bot

import "testing"

// TestRules_RednessBroughtDownQuickly: a redness that something "calm(ed)
// down … quick", "soothed … fast" or "took down … quickly" is going away
// at that pace, not spreading, however the object and the pace are
// parted; a redness that spreads quick, or one the product did not calm
// while it spreads, is still a sign.
func TestRules_RednessBroughtDownQuickly(t *testing.T) {
	checkRules(t, []rulesCase{
		{"after microneedling it looked okay, then the redness spread quick over my jaw and now it's hot", UrgencyInfection},

		{"mi sister go spa an dem put exosome pon her after di peel, she seh it calm down di redness quick, it good fi me too?", UrgencyNone},
		{"my aunt got a laser facial and the exosome serum calmed the redness quickly, would it suit rosacea?", UrgencyNone},
		{"the clinic used exosomes after my needling and it took down the redness fast, is that normal?", UrgencyNone},
		{"a friend said the exosome mask soothed her redness really quick after her peel", UrgencyNone},
	})
}

// TestRules_PatoisBareVerbPastIntake: in Caribbean English a bare verb
// after "just", "did" or "done" tells the past ("di pickney just swallow
// it", "him did drink some", "she done eat it"), so one child or person
// who did so with a product took it in, however played down; a question
// ("can a toddler drink toner?"), children in general ("babies just
// swallow everything") and an order ("just swallow it") tell no intake.
func TestRules_PatoisBareVerbPastIntake(t *testing.T) {
	checkRules(t, []rulesCase{
		{"nuh big ting, di pickney just swallow some a di night cream, him look alright. mi fi just watch him?", UrgencyPoisoning},
		{"di toddler did drink some a mi toner when mi turn mi back", UrgencyPoisoning},
		{"she done eat half di exosome serum already, wah fi do", UrgencyPoisoning},

		{"babies just swallow everything lol, mine is teething", UrgencyNone},
		{"my boy just eat his porridge every morning, him skin dry though, exosome ok?", UrgencyNone},
		{"did she drink enough water after the facial?", UrgencyNone},
	})
}

// TestRules_AuthorityClearedSwallowChildWellNow: an intake a doctor,
// nurse, pharmacist or poison line called fine or of "no harm", with the
// child told well after it, is over, even when the match reads the child
// again from after the all-clear; a sign after it ("but now he's
// coughing") still alarms.
func TestRules_AuthorityClearedSwallowChildWellNow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my nephew drank some serum, the gp said it's fine but now he's vomiting", UrgencyPoisoning},
		{"my neighbour's boy had a sip of toner, the poison line said no harm but he keeps coughing", UrgencyPoisoning},

		{"my cousin's toddler ate a bit of lip cream, the doctor said it's fine and the toddler is happy. are exosome lip products riskier?", UrgencyNone},
		{"a client's kid drank a mouthful of the toner tester, poison center said no harm, she's fine and running about. where should we keep testers?", UrgencyNone},
		{"my sister's little boy had a sip of micellar water, the nurse said no harm and he's fine. are exosome toners more risky?", UrgencyNone},
	})
}

// TestRules_PatoisPastSwellingSorted: in Caribbean English "las year" is
// last year, "did swell" is swelled and "doctor sort it out" is what the
// doctor did: a swelling of a year ago a doctor dealt with is over; a
// swelling now, or one back again, still alarms.
func TestRules_PatoisPastSwellingSorted(t *testing.T) {
	checkRules(t, []rulesCase{
		{"mi lip dem did swell up las night afta di serum, an now mi throat feel tight", UrgencyAirway},
		{"mi face did swell up yesterday but doctor sort it out, now it swelling again and mi cyaan breathe", UrgencyAirway},

		{"las summer mi face did swell up from a peel, doctor sort it out quick. mi can use exosome now?", UrgencyNone},
		{"las week mi lip dem did swell from a mask, di doctor fix it quick, mi fine now. exosome ok fi me?", UrgencyNone},
	})
}

// TestRules_AuthorityConfirmedFine: a sign told of someone, then "the
// doctor confirmed, she's fine", is a scare an authority checked and
// found fine, as "the doctor checked" is; a sign worse after it still
// alarms.
func TestRules_AuthorityConfirmedFine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"after filler my eyelid is drooping, the doctor confirmed it's fine but now it's much worse", UrgencyInjection},

		{"my sister was scared her eyelid drooping after filler was serious, the doctor confirmed, she's fine. can exosomes help her eyes?", UrgencyNone},
		{"my flatmate panicked about a droopy brow after her filler, her GP confirmed, she's fine. would exosomes lift it?", UrgencyNone},
	})
}

// TestRules_HaveHeardPeopleInGeneral: "I've heard people can go blind",
// "…someone went blind", "…you can go blind" are hearsay about people in
// general, as "I heard" is, in a question about a risk; the writer's own
// sign after "I've heard" ("I've heard my throat closing is normal"), or
// a sign told now after the hearsay, still alarms.
func TestRules_HaveHeardPeopleInGeneral(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've heard my tongue swelling up is normal after lip filler?", UrgencyAirway},
		{"had cheek filler an hour ago, I've heard you can go blind, and now my vision is blurry on one side", UrgencyInjection},

		{"how risky is nose filler? I've heard people can go blind from it", UrgencyNone},
		{"is tear trough filler safe? ive heard someone went blind after it", UrgencyNone},
		{"we've heard you can go blind from filler near the eyes, do exosomes carry that risk?", UrgencyNone},
	})
}

// TestRules_BlemishCallWeighedAgainstAFix: an emergency call for a
// blemish made out huge, weighed against a skincare fix ("should I call
// 911 or will exosomes shrink it"), is a hyperbole; a blemish told with a
// real sign (lips swelling, feeling faint) or a call asked alone still
// alarms.
func TestRules_BlemishCallWeighedAgainstAFix(t *testing.T) {
	checkRules(t, []rulesCase{
		{"got a zit on my lip and now my lips are swelling fast, should I call 911 or use a cream", UrgencyAirway},
		{"there's a cyst on my jaw and I feel faint, should i call 999 or put a serum on it", UrgencyHeartBrain},

		{"this whitehead on my chin is so big it could vote, do I ring 999 😭 or will an exosome serum shrink it", UrgencyNone},
		{"zit on my forehead the size of a planet, call an ambulance or just slap a patch on it lol", UrgencyNone},
	})
}

// TestRules_ProductCalledAPoisonName: a brand or a product "called" or
// "named" a word of poisoning ("a serum called 'Overdose Drops'") names
// it, no intake; an overdose told beside a name still alarms.
func TestRules_ProductCalledAPoisonName(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son drank the toner, the bottle is called glow potion and now he is vomiting", UrgencyPoisoning},
		{"the ER called it an overdose, my brother took all his pills", UrgencySelfHarm},

		{"IS A SERUM NAMED 'OVERDOSE GLOW' PLANT OR HUMAN DERIVED? THAT BRAND IS EVERYWHERE", UrgencyNone},
		{"my fave exosome brand has a mask called \"Overdose\", is it safe with retinol?", UrgencyNone},
	})
}

// TestRules_DoseAskedBecauseProductGoneAndSmeared: a dose asked for a
// child "because" a product's container is half empty or open and the
// product is found smeared on her is an intake at hand; the same dose
// asked of one's own face, with cream smeared about the room, is none.
func TestRules_DoseAskedBecauseProductGoneAndSmeared(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what amount of numbing cream is too much for a 12 kilo toddler? asking because the tube is half empty and there's cream smeared across her cheeks", UrgencyPoisoning},
		{"how much lidocaine cream is too much for a 2 year old? ask bc the tube is open and there's cream all over his hands", UrgencyPoisoning},

		{"how much numbing cream should I put on my own face? asking because the tube's half empty and there's cream smeared on the sink", UrgencyNone},
	})
}

// TestRules_ChildInGeneralAskedMayTake: a modal question of what a child
// in general ("a toddler", "babies") may take ("can a toddler swallow
// lip balm safely?") tells no intake; an intake told beside it ("mine
// just did") still alarms.
func TestRules_ChildInGeneralAskedMayTake(t *testing.T) {
	checkRules(t, []rulesCase{
		{"can a toddler swallow night cream safely? mine just did", UrgencyPoisoning},
		{"can a baby drink toner and be fine? my son drank some", UrgencyPoisoning},

		{"can a toddler swallow night cream safely?", UrgencyNone},
		{"can babies eat nappy cream safely?", UrgencyNone},
	})
}
