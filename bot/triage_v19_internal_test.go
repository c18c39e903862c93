package bot

import "testing"

// TestRules_PricesThingsAndSettledScaresAreNoAlarm: a price or a thing
// that is "gonna kill me", a sign told as coming from the shock of a price
// (across an ellipsis), a scare an authority sorted or that is over ("now
// she is good"), and the question of what would follow a condition ("if
// she's on blood thinners…, could she bleed a lot?") raise no alarm; the
// same signs owned, dated now or coming back still do.
func TestRules_PricesThingsAndSettledScaresAreNoAlarm(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"the bill for this facial is gonna kill me", UrgencyNone},
		{"this serum is literally gonna kill me lol, $300", UrgencyNone},
		{"my chest is tight... from the shock of the bill haha no but really what is in exosomes", UrgencyNone},
		{"i felt my chest get tight after seeing the price of one vial", UrgencyNone},
		{"my dad's face swelled after a bee sting but the doctor sorted it out, can he get exosome facials?", UrgencyNone},
		{"my sister had a fever after her microneedling but now she is fine. is it safe to go again?", UrgencyNone},
		{"if I'm on accutane and get microneedling, will I bleed a lot?", UrgencyNone},

		{"im gonna kill me tonight, i have the pills", UrgencySelfHarm},
		{"this price is fine, i'm gonna kill myself tonight", UrgencySelfHarm},
		{"my throat is closing from the serum I paid $200 for", UrgencyAirway},
		{"my sister's vision went blurry after the filler, the doctor sorted it but now it's back", UrgencyInjection},
		{"my friend has a fever after the treatment and now she is worse, her cheek is hot to touch", UrgencyInfection},
		{"if she's on blood thinners, could that be why she's bleeding a lot right now and won't stop?", UrgencyMedical},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_MisspeltAndSlashedWords: a colour written with a slash
// ("white/grey"), a pain scored 8/10 or 9/10, and common misspellings
// ("redd", "nek", "sik", "writen", "afairs") are read as the words they
// spell; a slash in shorthand or a low score is no sign.
func TestRules_MisspeltAndSlashedWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"client's lip is white/grey 1 hr after filler and pain is 8/10", UrgencyInjection},
		{"redd streak goin up my arm from the jab, feel sik", UrgencyInfection},
		{"I have writen letters to my family and put my afairs in order", UrgencySelfHarm},

		{"my lips are red/pink after the serum, pain is 2/10", UrgencyNone},
		{"pt c/o mild redness w/o swelling after the peel", UrgencyNone},
		{"redd the reviews, the affair with exosomes is over for me lol", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_AQuestionAboutNowIsNoGeneralQuestion: a how-to question the
// writer says is about now ("asking for like right now", "it started like
// 20 min ago") is about the writer's case, and "apparently I…" is what
// others tell the writer of the writer, no story heard; asked for a
// friend, or said of exosomes, they stay questions.
func TestRules_AQuestionAboutNowIsNoGeneralQuestion(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"how do you know if you should use an epipen? asking for like rn", UrgencyAirway},
		{"how do you tell if a droopy mouth is from filler or a stroke? it started 10 min ago and my hand feels numb", UrgencyHeartBrain},
		{"apparently i sound like a frog since the new serum", UrgencyAirway},

		{"how do you know if you should use an epipen? asking for a friend", UrgencyNone},
		{"how do you tell if a droopy smile is from botox? my friend had it happen", UrgencyNone},
		{"how do you tell if a droopy mouth is from filler? asking now before I book", UrgencyNone},
		{"apparently exosomes can make you sound like a frog, read it on reddit", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}
