package bot

import "testing"

// TestRules_PlanForAfterAnEventNobodyWillNotice: a plan that names no
// what, set for after an event, beside others not noticing, missing or
// caring (an absence planned) is self-harm; others not noticing a thing
// named ("the filler", "I had botox") and an event planned are none.
func TestRules_PlanForAfterAnEventNobodyWillNotice(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i've got it all planned for after the wedding, nobody will even notice. is it worth getting the exosome facial before then", UrgencySelfHarm},
		{"it's all planned for after christmas, no one will miss me", UrgencySelfHarm},
		{"i have it all planned for after my birthday, nobody will even notice", UrgencySelfHarm},
		{"got it all planned for after exams. no one will notice. anyway does exosome serum help acne", UrgencySelfHarm},
		{"have it all planned for after the holidays, no one will care", UrgencySelfHarm},

		{"got it all planned for after the wedding, nobody will notice the filler", UrgencyNone},
		{"the honeymoon is all planned, is the facial worth it", UrgencyNone},
		{"nobody will even notice I had botox", UrgencyNone},
		{"it doesn't matter, nobody will notice", UrgencyNone},
		{"got the concealer all sorted, nobody will even notice", UrgencyNone},
		{"i've got it all planned for after the wedding, nobody will notice if the serum is on my face", UrgencyNone},
	})
}

// TestRules_PeopleOfAPlaceFineWithoutMe: the people of a place ("everyone
// at work") fine for the writer's absence is self-harm, hedged or not;
// the same people fine without the writer for a time away (a week, a
// holiday, a day off) are none.
func TestRules_PeopleOfAPlaceFineWithoutMe(t *testing.T) {
	checkRules(t, []rulesCase{
		{"just a passing thought, but I keep thinking everyone at work would be fine without me. probably tired", UrgencySelfHarm},
		{"everyone at home would be fine without me honestly", UrgencySelfHarm},

		{"everyone at work would be fine without me for a week, should I book the facial", UrgencyNone},
		{"everyone at work would be fine without me while I'm on holiday", UrgencyNone},
		{"everyone at work would be fine without me on friday, time for a facial", UrgencyNone},
		{"everyone at work would be fine without me covering the desk, so I booked the peel", UrgencyNone},
	})
}

// TestRules_PastThatDatesAPurchase: "last month" told of a purchase ("the
// serum we sold her last month") dates the sale, not the case, and leaves
// a relayed child's swallowing and vomiting now an emergency; a swallowing
// dated last month and found fine since is none.
func TestRules_PastThatDatesAPurchase(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Derm front desk: mom calling, 2 yo swallowed an unknown amount of the exosome serum we sold her last month, child vomited twice. she's asking whether the product is 'natural enough' to be safe", UrgencyPoisoning},
		{"my son swallowed some of the serum I bought last month, he threw up twice", UrgencyPoisoning},

		{"we sold her the exosome serum last month, her 2 yo swallowed some back then, vomited once, all fine since", UrgencyNone},
		{"my toddler had a lick of the serum I bought in march, back in march, and was fine after", UrgencyNone},
	})
}

// TestRules_InTheoryAndPassengers: a question that says it supposes ("in
// theory") about what could happen to someone is no case, and "if a
// passenger had…, would their face go blue?" a scenario (a passenger is a
// person); the writer's own lips "in theory" swelling, and a passenger's
// lips swelling now, are emergencies.
func TestRules_InTheoryAndPassengers(t *testing.T) {
	checkRules(t, []rulesCase{
		{"could an exosome serum in theory make someone's lips swell? planning to try one next week", UrgencyNone},
		{"what would it look like if a passenger had a bad reaction to a face mist on board, like would their face go blue? just curious for work", UrgencyNone},

		{"could my lips in theory be swelling from the serum? they are huge and my throat is tight", UrgencyAirway},
		{"can someone's lips swell from exosome serum, my friend's lips are swelling right now", UrgencyAirway},
		{"a passenger's lips are swelling and she can't breathe, what do I do", UrgencyAirway},
	})
}

// TestRules_LookPutDownToACamera: a swelling or a colour seen on a call or
// in a photo and put down to the camera after it ("turns out it was the
// fisheye lens", "it was just the filter") is none; a cause that is no
// camera, and a sign told after the explanation, still raise the alarm.
func TestRules_LookPutDownToACamera(t *testing.T) {
	checkRules(t, []rulesCase{
		{"haha my roommate said my face had swollen to twice the size on our video call, turns out it was the fisheye lens 😂 anyway do exosomes plump skin", UrgencyNone},
		{"my lips looked blue in the selfie, it was just the filter", UrgencyNone},

		{"my face has swollen to twice the size after the serum, turns out it was the serum, what do I do", UrgencyAirway},
		{"my face looked swollen on the video call, turns out it was the lens, but now my throat feels tight and I can't breathe", UrgencyAirway},
	})
}

// TestRules_Flashcards: staff flashcards quoting a sign are training; a
// case beside them is not.
func TestRules_Flashcards(t *testing.T) {
	checkRules(t, []rulesCase{
		{"making flashcards for the front desk: 'vision loss after filler', is it urgent or can it wait for a next-day appt? need the right answer for the card", UrgencyNone},

		{"making flashcards for the front desk, but my client can't see out of her left eye right now after filler", UrgencyInjection},
	})
}

// TestRules_InjectorCheckedAndFoundABruise: a colour after filler that
// the injector checked and found a bruise, told in one sentence, raises no
// alarm; a bruise denied, hedged ("might be"), or a turn after it ("but
// now…") still does.
func TestRules_InjectorCheckedAndFoundABruise(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my friend's eyelid looked blue-ish after her filler, her injector checked and said it's a small bruise, she can see fine. will exosome serum help bruising?", UrgencyNone},
		{"my cheek went a bit purple after the filler, the derm checked, just bruising. can I use exosome serum on it?", UrgencyNone},

		{"my friend's eyelid looked blue-ish after her filler, her injector checked and said it's not a bruise, she needs to go in", UrgencyInjection},
		{"my friend's eyelid looked blue-ish after her filler, her injector checked and said it's a bruise but now she can't see out of that eye", UrgencyInjection},
		{"my lip went white and hurts after filler, the injector checked and said it might be a bruise", UrgencyInjection},
	})
}

// TestRules_BetterIDisappear: the writer gone for good told as the better
// outcome ("it is better I disappear forever") is self-harm; disappearing
// from an app or for a week, and "better I die my hair", are none.
func TestRules_BetterIDisappear(t *testing.T) {
	checkRules(t, []rulesCase{
		{"sorry for english. after the bad treatment my face is ruined, I think it is better I disappear forever, I already decided how", UrgencySelfHarm},
		{"honestly it's better if i just disappear", UrgencySelfHarm},
		{"it's best I leave forever, nobody wants me", UrgencySelfHarm},

		{"it is better I disappear from instagram forever after that photo", UrgencyNone},
		{"better I disappear for a week while the peel heals", UrgencyNone},
		{"i'd better go, the facial is at 5", UrgencyNone},
		{"better I die my hair than get filler", UrgencyNone},
	})
}

// TestRules_BurdenAndAWayToMakeItHappen: those near the writer easier off
// without the writer's costs and trouble, beside a way sought "to make
// that happen", is self-harm; a skin easier without a t-zone, or a way to
// glass skin, is none.
func TestRules_BurdenAndAWayToMakeItHappen(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my family would have it so much easier without my medical bills and my mess. I've been thinking about how to make that happen", UrgencySelfHarm},
		{"everyone would be better off without all my problems, been looking for ways to make that happen", UrgencySelfHarm},

		{"my skin would be so much easier without my oily t-zone, thinking about how to make that happen", UrgencyNone},
		{"my family would have it easier without my snoring lol, thinking about how to make that happen", UrgencyNone},
		{"glass skin by summer, how to make that happen?", UrgencyNone},
	})
}

// TestRules_TreasuresGivenAwayNotNeededSoon: treasured things given away
// with "you'll need it more than me soon" is a relayed farewell; a
// favourite given for a birthday, a serum shared, or a move abroad is
// none.
func TestRules_TreasuresGivenAwayNotNeededSoon(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my roommate gave me her favourite jacket and her laptop today and said 'you'll need it more than me soon'. she's been so quiet", UrgencySelfHarm},

		{"my roommate gave me her favourite jacket for my birthday and said i need it more than her lol", UrgencyNone},
		{"my mum gave me her favourite serum and said you need it more than me, is it safe in pregnancy", UrgencyNone},
		{"my sister gave me her favourite jacket since she's moving abroad, she said i'll need it more than her soon", UrgencyNone},
	})
}

// TestRules_LooksLikeMarble: skin told to look "like marble" with the pain
// worse than when "they did it" (the procedure named by what was done) is
// an occlusion; a marble counter, or the pain alone, is none.
func TestRules_LooksLikeMarble(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the skin next to my nostril looks like marble and the pain is way worse than when they did it", UrgencyInjection},
		{"my cheek looks like lace where the filler went and it really hurts", UrgencyInjection},

		{"my new bathroom counter looks like marble, the pain of paying for it is worse than when they did the kitchen", UrgencyNone},
		{"the pain is way worse than when they did it, is that normal for microneedling?", UrgencyNone},
	})
}

// TestRules_BlurryOnOneSide: a blur told of one side, no eye or sight
// named, after an injection is a vision change however understated; a
// photo or a lip line blurry on one side is none.
func TestRules_BlurryOnOneSide(t *testing.T) {
	checkRules(t, []rulesCase{
		{"slightly blurry on my left side since the injection near my eyebrow this afternoon, prob just tired from the flight", UrgencyInjection},
		{"things are a bit fuzzy on the right since the botox this morning", UrgencyInjection},

		{"the photo of my filler is blurry on the left side, can you still see the result?", UrgencyNone},
		{"the lip line is blurry on one side after filler, should I get a top up", UrgencyNone},
	})
}

// TestRules_OutForAMinuteOthersTimed: a spell out that others timed ("said
// I was out for a minute"), and a fall told as going down on the floor with
// a racing heart, are a collapse; out for a minute getting coffee, and a
// happy flutter, are none.
func TestRules_OutForAMinuteOthersTimed(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I went down on the warehouse floor, coworkers said I was out for a minute, my heart is doing this crazy fast flutter and I can't catch up", UrgencyHeartBrain},
		{"she said I was out for a few seconds after the filler", UrgencyHeartBrain},
		{"he went down on the kitchen floor and now his heart is racing like crazy", UrgencyHeartBrain},

		{"my boss said I was out for a minute getting coffee, missed the call", UrgencyNone},
		{"I went down on the floor to find my earring, my heart is doing a happy flutter for this serum", UrgencyNone},
	})
}

// TestRules_FreezingThenBoilingUnderstated: chills and heat by turns ("I'm
// freezing then boiling") are a fever, and with a wound red up to the
// wrist an infection, however a frame understates it ("Not urgent, just
// wondering:"); a room freezing then boiling is none.
func TestRules_FreezingThenBoilingUnderstated(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Not urgent, just wondering: cut my hand on a pallet at work, put exosome cream on it, now the hand is red up to the wrist, puffy, smells weird and I'm freezing then boiling", UrgencyInfection},
		{"i'm freezing then boiling and my cheek is red and puffy where the microneedling was", UrgencyInfection},

		{"my office is freezing then boiling all day, my cheeks are red and puffy after the peel", UrgencyNone},
		{"Not urgent, just wondering: my hand is a bit red after the exosome cream, is that normal?", UrgencyNone},
	})
}

// TestRules_RednessPastThePenLine: a redness marked with a pen and grown
// past the mark ("I drew a line around it with pen and it's already past
// it") is a spreading infection; a mark not passed, and a lip liner or a
// brow pen, are none.
func TestRules_RednessPastThePenLine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the red patch around my microneedling spot was the size of a coin this morning and now it goes from my ear to my chin. I drew a line around it with pen and it's already past it", UrgencyInfection},
		{"outlined the swollen red bit with a marker an hour ago, it's now past it", UrgencyInfection},

		{"I drew a line around the red spot with pen last night, it hasn't gone past it", UrgencyNone},
		{"my lips are red from the lipstick, I drew a line with liner and it's already past it", UrgencyNone},
		{"I drew on my brows with a pen, the red mark from the wax is already past it", UrgencyNone},
	})
}

// TestRules_FewWordsToABreathAndAnInhalerDoingLittle: speech broken by
// breathlessness ("only say like 3 words before i need a breath") and an
// inhaler "not doing much" in an attack are airway signs; a few words of
// Spanish, a singer's phrasing, and an inhaler weak for hay fever are none.
func TestRules_FewWordsToABreathAndAnInhalerDoingLittle(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i can only say like 3 words before i need a breath, started right after the exosome mask. my inhaler isnt doing much", UrgencyAirway},
		{"i can only say like 3 words before i need a breath, started right after the exosome mask", UrgencyAirway},
		{"my inhaler isnt doing much since the exosome mask and my breathing is weird", UrgencyAirway},

		{"i can only say like 3 words of spanish before i need a breath lol", UrgencyNone},
		{"i can only say a few words before i need a breath when i sing, tips?", UrgencyNone},
		{"my inhaler isn't doing much for my hay fever, which serum is gentle?", UrgencyNone},
	})
}

// TestRules_ChildMouthBurntWipedAtBesideAnOpenCap: a child's lips red and
// blistery, the child wiping at the mouth, with a caustic product's cap
// left out, is a poisoning; lips blistered by the cold, or by chilli,
// are none.
func TestRules_ChildMouthBurntWipedAtBesideAnOpenCap(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my nephew's lips are red and blistery and he keeps wiping his tongue, and my glycolic toner cap was on the floor next to him", UrgencyPoisoning},
		{"my toddler's mouth is red and raw and she keeps pawing at her tongue, the peel bottle was open on the bath edge", UrgencyPoisoning},

		{"my son's lips are red and blistery from the cold, he keeps wiping them, which lip balm? the toner cap is lost", UrgencyNone},
		{"my nephew's lips are red and blistery after the chilli, he keeps wiping his tongue, my toner cap was on the floor", UrgencyNone},
	})
}
