package bot

import "testing"

// rulesCase is one message and what the rules alone must find in it.
type rulesCase struct {
	text string
	want Urgency
}

// checkScreenUrgency fails for every case the whole screen (rules and
// net) gives another urgency than wanted.
func checkScreenUrgency(t *testing.T, cases []rulesCase) {
	t.Helper()
	for _, c := range cases {
		if got := Screen(c.text); got.Urgency != c.want {
			t.Errorf("%q: screen says %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// checkRules fails for every case the rules alone screen otherwise.
func checkRules(t *testing.T, cases []rulesCase) {
	t.Helper()
	for _, c := range cases {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_ChildEmptiedOrFoamedAProduct: a child who finished or emptied
// a product's container, a product's foam round a child's mouth, and "she
// drank the pink one" told of a product are a poisoning; a child who
// finished a drink, the writer who finished a vial, and a child's
// toothpaste foam are none.
func TestRules_ChildEmptiedOrFoamedAProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"can toddlers have retinol? my 2 year old emptied the tube while I was in the shower", UrgencyPoisoning},
		{"my daughter finished the whole bottle of toner before I noticed", UrgencyPoisoning},
		{"found my little girl with the cleanser, foam all round her mouth", UrgencyPoisoning},
		{"my son got into my bag with the peel and serum samples. he says he drank the blue one", UrgencyPoisoning},

		{"my 2 year old finished his juice bottle, is my serum safe to use near him?", UrgencyNone},
		{"I finished the vial of exosome serum, my 4 year old watched, should I buy another?", UrgencyNone},
		{"my 6 year old finished the bottle of sunscreen at the beach, which exosome lotion is safe for kids?", UrgencyNone},
		{"my son has toothpaste foam round his mouth every night, which face wash is gentle for kids?", UrgencyNone},
		{"came home to my daughter and her friends playing spa with my peel kit and serums, such a mess. she drank the pink one, a lemonade from the party, no product touched", UrgencyNone},
	})
}

// TestRules_EyesShutAndMineDidAgo: eyes swollen nearly shut, the swelling
// named in the question before, with a mouth gone strange is an airway
// sign; "does anyone else…? mine did twenty min ago" makes a question
// about others the writer's case now. Eyes shut with sleep, a swelling
// alone, and "mine did too" of a case months old raise no alarm.
func TestRules_EyesShutAndMineDidAgo(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how long does swelling from a sheet mask take to settle? my eyes are almost shut and my tongue feels tingly", UrgencyAirway},
		{"does anyone else get a raspy voice after a chemical peel? mine did ten minutes ago and my throat feels tingly", UrgencyAirway},

		{"how long does swelling from a sheet mask take to settle? my eyes are half shut, I'm so sleepy after the night shift", UrgencyNone},
		{"how long does swelling take to go down after exosome microneedling? my eyes are nearly shut", UrgencyNone},
		{"does anyone else get a raspy voice after a chemical peel? mine did too, back in march, gone in a day", UrgencyNone},
	})
}

// TestRules_FaceAndArmNumbAndFaintingOnRising: a face and an arm numb or
// heavy together, one side named, is a stroke's sign, and "keep blacking
// out every time I stand up" a faint that comes back now, not a habit. A
// face and hand numb from the cold or a numbing cream, no side named, and
// a faint told as a habit of years raise no alarm.
func TestRules_FaceAndArmNumbAndFaintingOnRising(t *testing.T) {
	checkRules(t, []rulesCase{
		{"is numbness normal after a peel? the right side of my face and my right arm feel heavy", UrgencyHeartBrain},
		{"i keep passing out every time i get up from the sofa", UrgencyHeartBrain},

		{"my face and hands feel numb after the numbing cream, is that normal?", UrgencyNone},
		{"my face and my arm feel numb and heavy from the cold walk", UrgencyNone},
		{"I used to pass out every time I stood up as a teen, is microneedling ok for me?", UrgencyNone},
	})
}

// TestRules_WakeNotMatteringAndAPlanWithItsTime: "it wouldn't matter if I
// didn't wake up" is a passive wish, and "I've worked out how I'd do it
// and when" a plan with its time. Not waking up early or in time, and
// working out how to do a routine, are none.
func TestRules_WakeNotMatteringAndAPlanWithItsTime(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly it wouldn't matter if I didn't wake up tomorrow", UrgencySelfHarm},
		{"figured out how I would do it and where. just have to finish this week", UrgencySelfHarm},

		{"it wouldn't matter if I didn't wake up early for the facial, they open late", UrgencyNone},
		{"doesn't matter if I don't wake up in time, I'll rebook", UrgencyNone},
		{"I've worked out how I'd do it and when for my retinol routine, twice a week", UrgencyNone},
		{"I've worked out how I'd do it at home and when to stop, the derm agreed", UrgencyNone},
	})
}

// TestRules_JokesTakenBackAndEyeRolls: a fever taken back as a joke
// ("…kidding"), an ambulance called for with an eye-roll, and "cousin"
// (an English word, no "closing" with its g dropped) raise no alarm; a
// fever told "not kidding", "are you kidding me", "half joking", "jk no
// I'm serious" or with an eye-roll at someone's doubt, and an ambulance
// called for in earnest, still do.
func TestRules_JokesTakenBackAndEyeRolls(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my cheeks have a fever after that facial, they're so hot 🔥 jk, is the flush normal?", UrgencyNone},
		{"someone call an ambulance, my sister paid $400 for 'exosome' toothpaste 🙄", UrgencyNone},
		{"my cousin asked if exosome serum is vegan", UrgencyNone},

		{"not kidding, I have a fever and the injection site is hot and swollen", UrgencyInfection},
		{"are you kidding me, I've had chills and a fever since the microneedling and it's oozing", UrgencyInfection},
		{"should I call an ambulance? my cousin fainted after her filler and isn't waking up", UrgencyHeartBrain},
		{"I have a fever since the microneedling, my husband says I'm overreacting 🙄", UrgencyInfection},
		{"running a fever after the microneedling jk no I'm serious", UrgencyInfection},
		{"only half joking, I've had a fever since the filler", UrgencyInfection},
	})
}

// TestRules_EllipsisBeforeFromGoesOn: an ellipsis before "from" pauses the
// sentence, and the cause after it is read in the sign's clause: blurred
// sight "... from crying" raises no alarm, "... from the filler" still
// does, and a full stop before "from" still ends the sentence.
func TestRules_EllipsisBeforeFromGoesOn(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my eyesight is blurry… from crying over the bill. is the cheaper serum any good?", UrgencyNone},
		{"vision all blurry ... from reading exosome studies all night lol", UrgencyNone},

		{"my vision went blurry... from the filler she put in this morning", UrgencyInjection},
		{"my vision is blurry and dim on one side. from now on I'll rest, but is that normal?", UrgencyHeartBrain},
	})
}

// TestRules_StaffDraftsAndRolePlays: a role-play "not a real case", a
// canned reply (a macro) being drafted, and a poster or a
// leaflet about a protocol are staff training, no case; the same words
// beside a case in front of the writer still raise the alarm.
func TestRules_StaffDraftsAndRolePlays(t *testing.T) {
	checkRules(t, []rulesCase{
		{"role play for our team meeting: client says her lips are swelling and her throat feels tight, how should reception answer?", UrgencyNone},
		{"practising answers, patient with chest pain and a drooping face after the facial, not a real case, what's the right wording?", UrgencyNone},
		{"writing a macro for when a mum says her toddler drank toner. should it say call poison control straight away?", UrgencyNone},
		{"manager wants a poster on blanching and vision loss after filler (call 911). which font is clearest?", UrgencyNone},

		{"the poster in our clinic says call 911 for slurred speech, and my client's speech is slurred right now", UrgencyHeartBrain},
		{"our macro says to call poison control. my son just drank half my toner", UrgencyPoisoning},
	})
}

// TestRules_AuthorityCheckedAndFoundFine: a scare a nurse or a doctor
// checked and found fine, told in one sentence, raises no alarm; a finding
// denied ("not fine"), hoped for ("should be fine"), followed by a turn
// ("but now…"), or an "ok" that only moves on ("ok so what do we do")
// still does.
func TestRules_AuthorityCheckedAndFoundFine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a client's cheek went pale after her filler yesterday, the doctor examined her, circulation normal. how do we word the aftercare email?", UrgencyNone},
		{"my mum felt faint after her facial, the nurse checked, blood pressure fine. can she book another?", UrgencyNone},

		{"client's lip went white after filler and really hurts, our nurse checked, she should be fine", UrgencyInjection},
		{"client has a white patch after filler, the nurse checked and blood flow was fine but now it's grey and painful", UrgencyInjection},
		{"my client's cheek went pale and mottled after filler, the doctor checked, it's not fine, what now?", UrgencyInjection},
		{"client's lip went white and it really hurts after filler, the nurse looked, ok so what do we do", UrgencyInjection},
	})
}

// TestRules_KeepEveryTimeIGetAFacialStaysAHabit: "keep … every time I get"
// something other than up is still a habit.
func TestRules_KeepEveryTimeIGetAFacialStaysAHabit(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I keep nearly passing out every time I get a facial, is exosome one gentler?", UrgencyNone},
		{"my client keeps blacking out every time she sits up in the chair", UrgencyHeartBrain},
	})
}
