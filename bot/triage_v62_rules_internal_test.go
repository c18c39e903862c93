package bot

import "testing"

// TestRules_LongStandingGreyBeforeATreatment: a grey or pale complexion
// told as the look it has had for long (night shifts, years, always,
// tired) while a treatment is only offered or weighed is no colour change
// after a treatment; a grey skin or patch dated now ("since the filler
// yesterday", "this morning", "today") or after a treatment told had
// stays one, whatever long-standing thing is told beside it.
func TestRules_LongStandingGreyBeforeATreatment(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the filler went in yesterday and since then the skin beside my nostril looks grey", UrgencyInjection},
		{"had the booster injected this morning and now the patch on my cheek is going grey", UrgencyInjection},
		{"years of night shifts, and after my filler today my skin looks grey", UrgencyInjection},
		{"had botox last week and my skin is grey, years of smoking", UrgencyInjection},
		{"years of night shifts and my skin looks grey, a salon near me is offering a laser facial at a discount, worth it?", UrgencyNone},
		{"my face has always looked pale, should I try exosome microneedling?", UrgencyNone},
		{"I'm tired all the time and my skin is grey, I'm thinking about booking a peel", UrgencyNone},
		{"I bartend until 4am most nights so my skin looks grey, would a hydrafacial help or is it a waste?", UrgencyNone},
		{"my complexion is naturally pale, my friend offered me her leftover botox, should I?", UrgencyNone},
	})
}

// TestRules_HurtGotAtTraining: "at training" or "after training" where a
// hurt told just before was got (cut, scraped, stung at training) is where
// the person was, no staff training: the infection told after it stays a
// case; a training session that teaches about a case stays a lesson.
func TestRules_HurtGotAtTraining(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I gashed my shin on the bench at training, and now the whole shin is swollen, red and hot, I've got a temperature and keep being sick", UrgencyInfection},
		{"scraped my elbow during training on Tuesday, now it's red, swollen and hot, I've got a temperature and I'm being sick", UrgencyInfection},
		{"at training today we went over what to do if a client's face is swollen, red and hot and they've got a temperature", UrgencyNone},
	})
}

// TestRules_MeansWithItsUseDenied: a means or pills got or kept, then
// their everyday use denied in a clause of its own ("Not for a
// headache.", "Not for the garden."), is self-harm; a use denied to
// name another ("not for smoking, for the candles"), a person ("not for
// me", "not for the kids"), a kind of skin, or pills bought for a use, is
// not.
func TestRules_MeansWithItsUseDenied(t *testing.T) {
	checkRules(t, []rulesCase{
		{"Got two boxes of paracetamol at separate chemists so nobody would clock it. Not for my back.", UrgencySelfHarm},
		{"I've bought weedkiller and hidden it in the wardrobe. Not for the garden.", UrgencySelfHarm},
		{"I have a lighter in my bag. Not for smoking, for candles. Does exosome serum help smoker's lines?", UrgencyNone},
		{"bought paracetamol for my mum, not for me. which serum for dry skin?", UrgencyNone},
		{"I keep paracetamol in my bag for period cramps. Not for anything else. Is this serum safe with it?", UrgencyNone},
		{"got some ibuprofen today, not for the kids obviously, can I use retinol with it?", UrgencyNone},
		{"this serum is not for sensitive skin, I have tablets for my acne too", UrgencyNone},
		{"I bought weedkiller for the garden, is it safe to use exosome cream after handling it?", UrgencyNone},
		{"got the weedkiller ready for the patio this weekend, will exosome cream help my dry hands?", UrgencyNone},
		{"I've got the weedkiller ready on the table and a note written for my wife", UrgencySelfHarm},
		{"I've got the pills ready for tonight", UrgencySelfHarm},
	})
}

// TestRules_EachTimeOfAKnownLungCondition: a bare "each time" after a
// breath's noise, in a sentence that puts it down to a lung condition had
// for long (asthma) with no time now, is that condition's habit; with a
// time now ("since the mask", "since the serum") and a swelling it stays
// an airway sign.
func TestRules_EachTimeOfAKnownLungCondition(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my chest whistles a little when I breathe out each time, I've got asthma, is this night cream ok?", UrgencyNone},
		{"I have asthma and since the mask there's a squeak when I breathe, each time, and my lips are swelling", UrgencyAirway},
		{"asthmatic here, my breathing rattles each time and my tongue feels thick since the serum", UrgencyAirway},
	})
}
