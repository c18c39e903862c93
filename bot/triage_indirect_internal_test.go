package bot

import "testing"

// TestRules_NotAroundForWhatIsNear: not expecting to be around for
// something near (an appointment, results, the rest of a course) is a sign
// of self-harm: strong when the writer does not think or plan to be
// around, weak when only "won't be around" (with "won't need the
// follow-up", "it doesn't matter", "don't bother rebooking me" it is one);
// a reason given (a trip, a move, work, rescheduling) is no sign.
func TestRules_NotAroundForWhatIsNear(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"won't need the follow-up appointment, I won't be around by then", UrgencySelfHarm},
		{"won't be around for the results of the treatment anyway so it doesn't matter", UrgencySelfHarm},
		{"i don't think i'll be around to finish the course of treatments", UrgencySelfHarm},
		{"not being dramatic but i don't plan on being around for my next appointment so can i cancel it", UrgencySelfHarm},
		{"patient messaged: 'don't bother rebooking me, i won't be here'. she's been depressed about her scarring", UrgencySelfHarm},
		{"i don't think i'll be around to see the results honestly", UrgencySelfHarm},

		{"i won't be around for my appointment next week, can i move it?", UrgencyNone},
		{"I won't be around for the results, I'm travelling for work", UrgencyNone},
		{"i don't think i'll be around for my next appointment, i'm moving to another city", UrgencyNone},
		{"won't need the follow-up, my skin healed nicely", UrgencyNone},
		{"it doesn't matter which serum, they're all the same", UrgencyNone},
		{"i won't be around for the results so it doesn't matter, i'll be on holiday", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_WhistlingAndShallowBreath: a whistle heard "when I breathe",
// asked as "why does it…", is the writer's breathing now, not a question
// about side effects; "can't get a full breath" is trouble breathing
// (not in a corset, after a run or with a cold).
func TestRules_WhistlingAndShallowBreath(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"why does it sound like a whistle when I breathe after the exosome serum", UrgencyAirway},
		{"can't really get a full breath in since the mask came off. not sure who to tell", UrgencyAirway},
		{"can't take a deep breath since the peel and my lips are tingly", UrgencyAirway},

		{"why does it sting when i put the serum on", UrgencyNone},
		{"why does it take so long for exosomes to work", UrgencyNone},
		{"i can't take a deep breath in this corset lol", UrgencyNone},
		{"can exosomes cause a whistling sound when you breathe?", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_ThinkingHowIdDoIt: thinking about how one would "do it",
// "it" unnamed, is a method of self-harm; how to do a peel or a routine
// at home is not.
func TestRules_ThinkingHowIdDoIt(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"no biggie, i've just been thinking about how i'd do it if i ended things", UrgencySelfHarm},
		{"I'm fine mostly, just have been thinking about how I'd do it lately", UrgencySelfHarm},
		{"i keep thinking about how i would do it and it scares me", UrgencySelfHarm},

		{"i've been thinking about how i'd do it at home, the microneedling i mean", UrgencyNone},
		{"been thinking about how i'd do it differently next time with the peel", UrgencyNone},
		{"thinking about how i do it every morning, my routine is too long", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_FaintPlayedDown: a faint laughed off but repeated today, or
// told with a hedged recovery ("ok now-ish") beside a symptom now, is an
// emergency; a faint long ago, or one an authority checked, is not.
func TestRules_FaintPlayedDown(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"fainted for a sec in the bathroom after my treatment, feel ok now-ish, chest a little tight", UrgencyHeartBrain},
		{"haha I passed out twice today, once at the clinic during the treatment and once at home. prob just didn't eat enough. no biggie", UrgencyHeartBrain},
		{"fainted again today lol, third time this week", UrgencyHeartBrain},

		{"I fainted at my first microneedling appointment years ago (needle phobia lol), was fine after some juice", UrgencyNone},
		{"fainted at my last microneedling appt, they checked me over, i was fine. tips so it doesn't happen again?", UrgencyNone},
		{"i passed out twice as a teen during blood draws, will microneedling be ok?", UrgencyNone},
		{"i fainted twice today but the paramedics checked me and said it was fine", UrgencyNone},
		{"my lips swelled up after the peel last week but they're mostly fine now", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_MeansAtHandAndPlaceOfMeans: sitting with pills or a razor
// through a night or a decision, "going to end it" (also in a voicemail a
// client left), and going to a bridge beside wanting to talk to someone
// first are self-harm; a daily pill box, shaving, ending a relationship,
// a photo trip and talking before booking are not.
func TestRules_MeansAtHandAndPlaceOfMeans(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"Tonight I've been sitting with a bottle of pills and I keep thinking it would be easier for everyone.", UrgencySelfHarm},
		{"honestly I've been sitting with a bottle of pills all evening deciding.", UrgencySelfHarm},
		{"Last night I sat in the bathroom with a razor for a long time and I'm not sure I won't do it tonight.", UrgencySelfHarm},
		{"one of our clients left a voicemail saying she's going to end it because of her skin, what do we do", UrgencySelfHarm},
		{"i'm going to the bridge after this. i just wanted to talk to someone first", UrgencySelfHarm},

		{"i sit with my pills every morning and sort them for the week", UrgencyNone},
		{"sat with a razor last night to shave my legs and nicked myself", UrgencyNone},
		{"i'm going to end it with my boyfriend tonight", UrgencyNone},
		{"i'm going to end my subscription because the serum didn't work", UrgencyNone},
		{"i'm going to the bridge to take photos of the sunset, which spf should i wear", UrgencyNone},
		{"i wanted to talk to someone first before booking the exosome facial", UrgencyNone},
		{"writing a voicemail script for when a client says she's going to end it, what should it say", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_CreepingAndGrowing: a treated face "creeping down my neck"
// (weak) with feeling very unwell is an infection, and a lump in the
// throat "getting bigger" is an airway sign; the figure of a lump in the
// throat is not.
func TestRules_CreepingAndGrowing(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"can barely stand up, feel like the worst flu of my life and my face from the microneedling looks like raw meat and it's creeping down my neck", UrgencyInfection},
		{"is it normal for it to feel like there's a lump in my throat that's getting bigger, right after my session?", UrgencyAirway},

		{"my face from the microneedling is creeping down my neck in the photos lol", UrgencyNone},
		{"i have a lump in my throat every time i think about my ex lol", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_ChildToldByPronoun: a child named in an earlier sentence and
// then told as "she" or "he" — a product in her mouth, sleepy and wobbly,
// throwing up — is poisoned when the message names a container or a
// product; a child's habit, a cold or teething is not.
func TestRules_ChildToldByPronoun(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"this morning I was prepping a 30% TCA at home and my 5 year old grabbed the small cup while I answered the door. I think she got some in her mouth, she's crying and says it burns.", UrgencyPoisoning},
		{"My 3-year-old found the little tube of lidocaine numbing cream I use before microneedling and squeezed a lot of it into his mouth. Now he's acting really sleepy and wobbly.", UrgencyPoisoning},
		{"My daughter, who is almost 2, opened several of the little vials. At least three are empty and she has sticky stuff all over her face and hands. She seems a bit wobbly.", UrgencyPoisoning},
		{"My youngest (14 months) found a sample sachet, bit it open and swallowed whatever was in it. She's been fussy and threw up twice in the last half hour.", UrgencyPoisoning},

		{"my son is 3, he puts everything in his mouth. anyway which serum is best", UrgencyNone},
		{"my 2 year old is teething and she's wobbly on her feet, is exosome cream safe near her?", UrgencyNone},
		{"my toddler has a cold and he's been throwing up, is the serum safe to use near him?", UrgencyNone},
		{"My daughter is 2. She's been throwing up since last night, is it ok to use exosome serum near her?", UrgencyNone},
		{"my son is 4 and he's really sleepy today, can i do my exosome facial with him around", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_SelfHarmStartedAgain: self-harm told in the past and then
// "doing it again" or "started again" is a relapse now; a haircut
// started again, or self-harm over and clean since, is not.
func TestRules_SelfHarmStartedAgain(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"Last year I was in a really bad place and I hurt myself a lot. I got better for a while. After the treatment left marks on my face it's all come back and I've been doing it again the last few nights. Nobody knows.", UrgencySelfHarm},
		{"I used to cut in 8th grade and I stopped but this week I started again and it feels like the only thing that helps.", UrgencySelfHarm},

		{"I used to cut my own hair but stopped, started again this week with a new fringe", UrgencyNone},
		{"Last year I hurt myself a lot but I've been clean 2 years now, doing great. anyway do exosomes help scars?", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_ColdSkinAfterInjection: skin "cold" after an injection, and
// a grey or white cheek colder to the touch, are blood not reaching the
// skin; a serum cool on the skin, an ice pack, the weather or a cold sore
// are not.
func TestRules_ColdSkinAfterInjection(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"I'm in tears from the pain, clinic said it'd be 'a bit sore'. 2 hours since the cheek injections, paracetamol and ibuprofen haven't touched it and the skin there feels cold", UrgencyInjection},
		{"my cheek looks grey compared to the other side, and it's colder to the touch", UrgencyInjection},

		{"the serum feels cold on my skin after the injections, is that normal?", UrgencyNone},
		{"my skin feels cold after the ice pack they gave me post filler", UrgencyNone},
		{"my face looks pale and my hands are colder in winter, best exosome cream?", UrgencyNone},
		{"my lips look blue in this lighting and it's cold outside lol", UrgencyNone},
		{"the cold spot on my lip is a cold sore, filler was last month", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_ChemicalInTheEyeWithABlur: a peel or an acid in the eye with
// a blur is a poisoning however small the splash; one told as over, a
// question about a side effect and an eye cream's blur are not.
func TestRules_ChemicalInTheEyeWithABlur(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"tiny splash of glycolic peel went in my eye, it's stinging and watering a lot and kinda blurry, should be fine after rinsing once?", UrgencyPoisoning},

		{"a little peel got in my eye last week and it was blurry for a minute, fine now", UrgencyNone},
		{"does glycolic acid near the eye cause blurry vision?", UrgencyNone},
		{"my eye cream made my eyes a bit blurry this morning", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}
