package bot

import "testing"

// TestRules_BackToOrdinaryLife: someone else's scare told in the past and
// closed by their being back at what they do every day ("she's home now",
// "he's back at work", "back on duty") after a check is over, as "back to
// normal" is; the same return with the sign back after it, or a swallowed
// product with no one consulted, stays an emergency.
func TestRules_BackToOrdinaryLife(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son blacked out at rugby practice, the coach's medic checked him and he's back at school today. best spf for a sweaty teen?", UrgencyNone},
		{"my sister keeled over at her wedding fitting, a doctor looked at her and she's home now watching tv, does stress cause acne?", UrgencyNone},
		{"my colleague's lips swelled up from a bee, the nurse sorted him out and he's back on shift now. can stings scar?", UrgencyNone},
		{"my husband collapsed at the gym, he's home now but his speech is slurred and his face droops", UrgencyHeartBrain},
		{"my toddler drank half my toner at granny's, she's home now", UrgencyPoisoning},
		{"my son fainted at practice, he's back at school but now he's fainted again and can't stand", UrgencyHeartBrain},
	})
}

// TestRules_CauseSaidBare: a harmless cause a check found, said without
// "it was" ("ECG fine, they said reflux"), ends the scare as "they said it
// was reflux" does; chest pain still going on after it does not end.
func TestRules_CauseSaidBare(t *testing.T) {
	checkRules(t, []rulesCase{
		{"dad had chest pain on a hike, the doctor ran tests, they said indigestion. is retinol ok for old skin?", UrgencyNone},
		{"my chest hurts so bad right now and the pain goes into my left arm, last month they said anxiety", UrgencyHeartBrain},
	})
}

// TestRules_MedicsAndAClinicCheck: "medics" are paramedics, and a clinic
// that checks someone after a scare with no treatment told is a doctor's
// ("the clinic checked her, she's fine"); a clinic that checks its own
// treatment ("the clinic checked my filler and said it's fine") reassures
// about its work, and the blanching told stays an emergency.
func TestRules_MedicsAndAClinicCheck(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my uncle fainted in the queue at the bank, the clinic checked him, low sugar, he's fine. do men need moisturiser?", UrgencyNone},
		{"my lip went white and blotchy after filler, the clinic checked it and said it's fine but it's getting paler and colder", UrgencyInjection},
	})
}

// TestRules_HypotheticalOnset: in a sentence that opens as a scenario
// ("hypothetically…", "in theory…"), an onset ("if my lips started
// swelling") is part of what is supposed, not a time of a case; a time
// told in it ("right now") stays one.
func TestRules_HypotheticalOnset(t *testing.T) {
	checkRules(t, []rulesCase{
		{"theoretically, if my tongue started swelling after a serum, is that the ER or my GP?", UrgencyNone},
		{"hypothetically if my lips started going numb and puffy after a peel what would you do", UrgencyNone},
		{"hypothetically, if my tongue is swelling right now after a serum, do I go to the ER?", UrgencyAirway},
		{"my tongue started swelling after a serum, is that the ER or my GP?", UrgencyAirway},
	})
}

// TestRules_HowToRecogniseNothingHappened: a question how to recognise
// or spot a sign ("how do I spot if…", as "how do I know if…") asks what
// the signs are; asked of someone close, it is a case unless the writer
// says nothing has happened. Something told beside it stays one.
func TestRules_HowToRecogniseNothingHappened(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how do i spot if my son is cutting himself? nothing's happened, i'm just a nervous mum", UrgencyNone},
		{"how can you recognise if someone is suicidal?", UrgencyNone},
		{"how do i spot if my son is cutting himself? he's been wearing hoodies in summer", UrgencySelfHarm},
		{"how do i spot if my son is cutting himself? nothing happened until tonight when he said he wants to die", UrgencySelfHarm},
	})
}

// TestRules_AttemptStopped: a child who only tried to eat or drink a
// product, stopped before any went in ("I grabbed it", "took it off
// her"), is a near miss, as "nearly drank" is; a try with any swallowed,
// or harm told, stays a poisoning.
func TestRules_AttemptStopped(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my little one tried to drink my micellar water lol, i snatched it off him before he had any", UrgencyNone},
		{"my 2yo tried to eat my lip balm, i grabbed it straight away, is beeswax ok on lips?", UrgencyNone},
		{"my 2yo tried to eat my retinol cream, i grabbed it but she'd already swallowed a mouthful", UrgencyPoisoning},
		{"my 2yo tried to eat my retinol cream, i grabbed it and now she's vomiting", UrgencyPoisoning},
	})
}

// TestRules_PrecautionSince: a past reaction dated years back and followed
// by what the writer does since to keep it away ("now I carry an EpiPen",
// "now I avoid shellfish") is over; a "now" that tells the sign back stays
// an emergency.
func TestRules_PrecautionSince(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my lips swelled after a mask years ago, it was a nut oil, now i avoid anything with almond. is this serum nut free?", UrgencyNone},
		{"my tongue swelled at a wedding years ago, now i carry antihistamines everywhere. can i do a peel?", UrgencyNone},
		{"my tongue swelled at a wedding years ago, now i can't breathe and it's swelling again", UrgencyAirway},
	})
}

// TestRules_MisreadSign: a sign only thought to be there ("thought I had…",
// "was worried my lip was…") and then found to be something harmless
// ("…but it was just…") is no sign; one found real, or back after, stays an
// emergency.
func TestRules_MisreadSign(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i thought my lip had gone blue after filler but it was only the purple lipstick i'd tried on. does filler stain?", UrgencyNone},
		{"was convinced i had a red streak up my arm after the drip but it was just a scratch from the cat, any tips for healing?", UrgencyNone},
		{"thought i had a red streak up my arm after the drip but it was just a scratch, now it's hot and spreading and i have a fever", UrgencyInfection},
		{"thought i had a red streak up my arm after the drip and it's real, it's spreading and i have a fever", UrgencyInfection},
	})
}

// TestRules_ScotsNowAndAfter: Scots "noo" is "now" and "efter" is "after"
// ("she's grand noo", "went white efter the filler"): a recovery told so
// is over, and a sign told so is read.
func TestRules_ScotsNowAndAfter(t *testing.T) {
	checkRules(t, []rulesCase{
		{"ma cheek went blotchy efter the filler but it settled an it's fine noo, can a dae a peel?", UrgencyNone},
		{"ma lip's gone white an cold efter the filler an it's getting worse noo", UrgencyInjection},
	})
}

// TestRules_LongGone: a reaction "long gone" is over; a sign told now
// beside an old one long gone is not.
func TestRules_LongGone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i had a horrible swelling round my eyes from a mask at uni, the doctor gave me steroids and it's long gone. any gentle masks?", UrgencyNone},
		{"the rash from my last peel is long gone but right now my throat is closing and i can't swallow", UrgencyAirway},
	})
}

// TestRules_ToolMouthed: a child who tried to eat or ate a solid beauty
// tool (a roller, a brush, a comb) had nothing to swallow; a tool with a
// product on it, or harm told, stays a poisoning.
func TestRules_ToolMouthed(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my 1yo tried to eat my rose quartz roller again, the roller is fine, is quartz safe for skin?", UrgencyNone},
		{"my 1yo tried to eat my face brush covered in retinol serum and spat out a mouthful", UrgencyPoisoning},
		{"my 1yo tried to eat my face roller and now she's choking and can't breathe", UrgencyAirway},
	})
}

// TestRules_EmergencyOnACosmeticWorry: an emergency service "called" on a
// cosmetic worry no emergency treats ("rang 911 about my wrinkles") is a
// joke; one called about a person stays an emergency.
func TestRules_EmergencyOnACosmeticWorry(t *testing.T) {
	checkRules(t, []rulesCase{
		{"about to call an ambulance on my blackheads 😂 which exosome cleanser is best?", UrgencyNone},
		{"should i call an ambulance? my wrinkle filler went in and my lip is turning white", UrgencyInjection},
		{"i need to call an ambulance, my son can't breathe", UrgencyAirway},
	})
}

// TestRules_NumbedMouthInTheSentence: speech that fails beside a mouth
// numbed for dental work anywhere in its sentence ("can't talk right, the
// dentist numbed my jaw") is the anaesthetic; a drooping face or slurred
// speech told with it stays an emergency.
func TestRules_NumbedMouthInTheSentence(t *testing.T) {
	checkRules(t, []rulesCase{
		{"still cannot speak properly, had a filling and the dentist numbed half my face haha", UrgencyNone},
		{"i can't talk properly and my face is drooping on one side, the dentist numbed me this morning", UrgencyHeartBrain},
		{"my speech is slurred and my arm is weak, the dentist numbed my mouth an hour ago", UrgencyHeartBrain},
	})
}
