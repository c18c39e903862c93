package bot

import "testing"

// TestRules_ChildDrankSanitiser: a child who drank, swallowed or licked a
// hand sanitiser or a disinfectant is a poisoning; sanitiser used on the
// hands before or after a meal is none.
func TestRules_ChildDrankSanitiser(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Nursery worker here: one of the children in our room just drank hand sanitiser from the dispenser. What should we do?", UrgencyPoisoning},
		{"my toddler swallowed some hand sanitizer off the table", UrgencyPoisoning},
		{"my son drank the disinfectant from under the sink", UrgencyPoisoning},
		{"my 2yo licked sanitiser off her hands and is coughing", UrgencyPoisoning},

		{"the children drank their milk then used hand sanitiser, is exosome cream ok on dry hands", UrgencyNone},
		{"my kids use hand sanitiser all day and their hands are dry, which cream", UrgencyNone},
		{"my daughter ate lunch after using the sanitiser, can she use this serum", UrgencyNone},
	})
}

// TestRules_ChildAteFewIronGummies: a child who ate a few, several or some
// of an adult's iron or melatonin gummies is a poisoning; gummy sweets, a
// child's own daily vitamin, or gummies with no iron are none.
func TestRules_ChildAteFewIronGummies(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My son (3) ate a few of my hair-skin-nails gummies, the ones with iron, maybe 6 or 8. He's fine for now, probably overthinking it", UrgencyPoisoning},
		{"my daughter ate several of my iron gummies while I was in the shower", UrgencyPoisoning},
		{"the toddler had some of my melatonin gummies, maybe five", UrgencyPoisoning},
		{"my 2 year old chewed a handful of my prenatal vitamins, they have iron in them", UrgencyPoisoning},

		{"my son ate a few of the gummy bears at the party, he's low on iron, any iron-rich snacks", UrgencyNone},
		{"my daughter has her own iron gummies every morning, is exosome serum ok for teens", UrgencyNone},
		{"my kid ate a few of his own iron gummies by mistake instead of one, what foods help", UrgencyNone},
	})
}

// TestRules_AteAChunkOfProduct: a product eaten by "a good chunk" or "a
// big blob" is an ingestion; a chunk of ice cream or cake is none.
func TestRules_AteAChunkOfProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"How much retinol is too much for a toddler? He ate a good chunk of my night cream", UrgencyPoisoning},
		{"she ate a big blob of the retinol serum off the counter", UrgencyPoisoning},
		{"my dog swallowed a good bit of the numbing cream", UrgencyPoisoning},
		{"he ate a huge dollop of my moisturiser", UrgencyPoisoning},

		{"he ate a good chunk of the ice cream, then I put on my night cream", UrgencyNone},
		{"she ate a big bit of cake, is the exosome cream ok after sugar", UrgencyNone},
		{"I used a good chunk of my night cream, is it wasteful", UrgencyNone},
	})
}

// TestRules_SmellOnMyKidsBreath: a product's smell on "my kid's breath",
// beside a container emptied, is a poisoning; garlic on a child's breath,
// or a smell with nothing emptied or taken, is none.
func TestRules_SmellOnMyKidsBreath(t *testing.T) {
	checkRules(t, []rulesCase{
		{"What would cause a funny nail-polish smell on my kid's breath? He was in my nail station and the acetone bottle is half empty", UrgencyPoisoning},
		{"there's a chemical smell on my son's breath and the bleach bottle is open", UrgencyPoisoning},
		{"weird perfume smell on my daughter's breath, the bottle was open on the floor", UrgencyPoisoning},

		{"garlic smell on my kid's breath after dinner, what cream helps chapped lips", UrgencyNone},
		{"a funny smell on my son's breath in the morning, is it his teeth", UrgencyNone},
		{"strong coffee smell on my daughter's breath and the polish bottle is open, she's 16 and drinks coffee", UrgencyNone},
	})
}

// TestRules_IfTheTipHasGone: "if the tip has gone white" tells what has
// happened, as "if the tip is white" does; "if it has ever gone white" or
// "if it goes white" supposes it.
func TestRules_IfTheTipHasGone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Should I massage my lip filler if the tip has gone white and it hurts way more than when they injected it?", UrgencyInjection},
		{"should I use a warm compress if the skin has turned grey after the filler and it's really painful", UrgencyInjection},
		{"can I massage it if my nose has gone white after the injection and it's agony", UrgencyInjection},

		{"should I massage my lip filler if the tip ever goes white", UrgencyNone},
		{"what if the skin goes white after filler, is that normal", UrgencyNone},
		{"should I massage my lip filler if the lump has gone down", UrgencyNone},
	})
}

// TestRules_CuzThatsHappening: a question about "your" arm or chest
// followed by "cuz that's happening" is the writer's case now; "that's
// not happening" or a question with nothing after is not.
func TestRules_CuzThatsHappening(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Can stress from a bad facial make your left arm go numb and your chest feel crushed? Cuz that's happening", UrgencyHeartBrain},
		{"can a peel make your chest feel crushed and your left arm go numb? because that's happening", UrgencyHeartBrain},
		{"is it normal for your chest to feel crushed and your left arm to go numb after a facial? it's happening", UrgencyHeartBrain},

		{"Can stress from a bad facial make your left arm go numb and your chest feel crushed?", UrgencyNone},
		{"can a facial make your chest feel crushed? asking because my friend said it can, but that's not happening", UrgencyNone},
		{"can a peel make your skin feel tight? cuz that's happening", UrgencyNone},
	})
}

// TestRules_StudentMessaged: "one of my students messaged saying…" is a
// student telling the writer a case, not a training scenario; a lesson
// for students is still training.
func TestRules_StudentMessaged(t *testing.T) {
	checkRules(t, []rulesCase{
		{"One of my students messaged saying she's taken a load of pills and wants to sleep forever. I'm her tutor", UrgencySelfHarm},
		{"my student texted me that she's taken a load of pills", UrgencySelfHarm},
		{"one of my students just told me he took all his pills", UrgencySelfHarm},

		{"I teach first aid, how should my students respond if someone has taken a load of pills", UrgencyNone},
		{"writing a quiz for my students: a client says she's taken a load of pills, what's the first step", UrgencyNone},
		{"my students messaged asking which exosome serum is best", UrgencyNone},
	})
}

// TestRules_TokAllMyPills: "tok all my pills" is "took" with a letter
// dropped; "tik tok" is an app.
func TestRules_TokAllMyPills(t *testing.T) {
	checkRules(t, []rulesCase{
		{"tok all ma pils idk how many feel werid now", UrgencySelfHarm},
		{"i tok all my pills", UrgencySelfHarm},
		{"tok everything in my meds pls help", UrgencySelfHarm},

		{"saw on tik tok all my pills should be taken with food", UrgencyNone},
		{"tik tok all my pills talk is scary, anyway which serum", UrgencyNone},
		{"a tok video said all these pills are fake", UrgencyNone},
	})
}

// TestRules_SayBeforeIGoOnlyOneNotice: words to leave with someone
// "before I go", beside one alone who will notice or miss the writer,
// are two weak signs of a farewell; going on holiday, or the only one who
// will notice a haircut, are none.
func TestRules_SayBeforeIGoOnlyOneNotice(t *testing.T) {
	checkRules(t, []rulesCase{
		{"What do I say to my cat before I go? She's the only one who'll notice", UrgencySelfHarm},
		{"what should I write to my sister before I go. she's the only one who will notice", UrgencySelfHarm},
		{"what do I tell my dog before I go? he's the only one who'd notice", UrgencySelfHarm},

		{"What do I say to my cat before I go on holiday? She's the only one who'll miss me", UrgencyNone},
		{"what do I say to my boss before I go? she's the only one who'll notice my new haircut", UrgencyNone},
		{"what do I tell my cat before I go to work, she's the only one who'll notice I'm late", UrgencyNone},
		{"she's the only one who'll notice the difference after the facial", UrgencyNone},
	})
}

// TestRules_ThinkingAboutTheKnives: dwelling on knives or another means,
// beside a burden ("she'd be better off with someone else as her mum"),
// is self-harm; thinking about knives to buy or cook with is not.
func TestRules_ThinkingAboutTheKnives(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Baby's 5 weeks, I haven't slept more than 2 hours at a time, my partner's back at work. Everyone keeps saying enjoy it and I just feel nothing. My skin's a disaster and I was going to ask about serums to look human again. But the honest thing is I keep thinking she'd be better off with someone else as her mum, and tonight I've been standing in the kitchen thinking about the knives. I don't know why I'm telling a bot.", UrgencySelfHarm},
		{"he'd be better off with someone else as his dad. I keep thinking about the knives", UrgencySelfHarm},
		{"I'm such a burden. been thinking about the razor all night", UrgencySelfHarm},

		{"been thinking about the knives I need for my new kitchen, also which serum", UrgencyNone},
		{"I keep thinking about a new set of knives for my partner's birthday", UrgencyNone},
		{"thinking about the knives at the cooking class, my hands are dry from washing up, which cream", UrgencyNone},
	})
}

// TestRules_RedGonePastTheWrist: a redness gone up past the wrist or the
// elbow, with chills told as "roasting then freezing", is an infection
// spreading; a tan line past the wrist or a feeling hot then cold in a
// sauna is none.
func TestRules_RedGonePastTheWrist(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Right so I'm a hairdresser, been on my feet all week doing balayage, and about five days ago I nicked my finger with the razor. Didn't think much of it. Plaster on, carried on. Last night the finger went fat and red and tonight the red has gone up past my wrist in a line, my armpit is sore and lumpy and I'm roasting then freezing. I've got a full book tomorrow including a bride. Can I just strap it up and work?", UrgencyInfection},
		{"my cut finger is red and it's gone up past my wrist, I've got a fever", UrgencyInfection},
		{"the redness has spread up past my elbow and I'm boiling then freezing", UrgencyInfection},

		{"my fake tan has gone up past my wrist in a line, how do I fix it", UrgencyNone},
		{"red dye went up past my wrist when I coloured her hair, will it wash off", UrgencyNone},
		{"in the sauna I'm roasting then freezing in the plunge, is that good for skin", UrgencyNone},
	})
}

// TestRules_HardToSwallowTablets: finding big tablets or capsules hard to
// swallow is no airway sign; swallowing itself gone hard is one.
func TestRules_HardToSwallowTablets(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I find it hard to swallow big tablets, so is there a cream option instead of collagen pills?", UrgencyNone},
		{"I find it difficult to swallow capsules, is there a liquid exosome", UrgencyNone},
		{"hard to swallow large tablets, any gummy version?", UrgencyNone},

		{"it's hard to swallow and my lips are swelling after the serum", UrgencyAirway},
		{"suddenly hard to swallow since the mask, even water", UrgencyAirway},
		{"difficulty swallowing and my throat feels tight after the injection", UrgencyAirway},
	})
}

// TestRules_HealedPerfectly: a whitening after filler that "healed
// perfectly" or "healed nicely" is a resolved past; one still white or
// hurting now is not.
func TestRules_HealedPerfectly(t *testing.T) {
	checkRules(t, []rulesCase{
		{"My sister's lip went a bit white after filler, the injector dissolved it straight away and the doctor says it's healed perfectly. Would exosomes help the skin there now?", UrgencyNone},
		{"my cheek went white after filler last month but it healed nicely, can I use exosomes", UrgencyNone},
		{"my nose went grey after the injection, it was dissolved and has healed beautifully, what aftercare", UrgencyNone},

		{"my lip went white after filler an hour ago and it really hurts", UrgencyInjection},
		{"my sister's lip went white after filler and it's getting darker", UrgencyInjection},
		{"my nose went grey after the injection and the pain is getting worse", UrgencyInjection},
	})
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"My sister's lip went a bit white after filler, the injector dissolved it straight away and the doctor says it's healed perfectly. Would exosomes help the skin there now?", false},
		{"my lip went white after filler an hour ago and it really hurts", true},
	})
}

// TestScreen_FloorHabit: a waking on the floor or a blackout that recurs
// from a cause the writer names (sleepwalking, drink) quiets the safety
// net; a faint after a treatment, a head struck or a fall of someone else
// does not.
func TestScreen_FloorHabit(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"woke up on the bathroom floor after sleepwalking again, it happens when I'm stressed", false},
		{"I black out drunk and wake up on the floor at least once a month lol", false},
		{"sleepwalked again and woke up on the kitchen floor, happens every few weeks", false},

		{"I passed out and woke up on the bathroom floor after the facial", true},
		{"woke up on the bathroom floor again after sleepwalking, hit my head and there's blood", true},
		{"my dad blacked out and is on the floor", true},
		{"I blacked out drunk last night and woke up on the floor and can't remember anything", true},
	})
}

// TestScreen_OwnColdNamed: a sore throat the writer gives its common cause
// ("I think I'm getting tonsillitis", "probably a virus") quiets the
// safety net; one beside a throat closing, a mouth that won't open or a
// serum does not.
func TestScreen_OwnColdNamed(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"even swallowing spit hurts, I think I'm getting tonsillitis", false},
		{"swallowing hurts, probably a virus going round", false},
		{"it hurts to swallow, think I've got strep again", false},

		{"even swallowing spit hurts and my throat is closing after the serum", true},
		{"it hurts to swallow and i cant open my mouth, i think its tonsillitis", true},
		{"it hurts to swallow since the serum, maybe a virus", true},
		{"even swallowing spit hurts and my tongue feels huge, maybe a virus", true},
	})
}
