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
		{"my chest got really tight after spending an hour at the clinic", UrgencyHeartBrain},
		{"my throat is closing up, last time the doctor sorted it with an epipen", UrgencyAirway},
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

// TestRules_TriageV19EmergenciesWithoutTheTextbookWords: the rules alone
// catch a voice muffled as through a straw, one's own breath heard after a
// product, an eye that can barely open while feeling awful, a faint with a
// blow to the head laughed off, hands rubbing a chest with an arm that
// hurts, a child's red mouth while drooling with a chemical asked about, a
// child who "got into" a bag with a product, a treated area still blue and
// throbbing, a "bluey" lip after a needle, and self-harm told as others
// happy without me, a feeling that is "right" after giving things away,
// everything set for a day, and a will asked about; the look-alikes stay
// quiet.
func TestRules_TriageV19EmergenciesWithoutTheTextbookWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"how do i know if i should call an ambulance for my lips swelling? asking for right now", UrgencyAirway},
		{"apparently i sound like im talking through a pillow since the new serum", UrgencyAirway},
		{"i can hear myself breathing since the peel, it's loud", UrgencyAirway},
		{"the spot on my cheek is red and hot and i can barely open my eye, feel awful", UrgencyInfection},
		{"passed out after the facial haha, banged my head on the sink", UrgencyHeartBrain},
		{"my dad is clutching his chest and his left arm hurts", UrgencyHeartBrain},
		{"can acid peel hurt if it goes in your mouth? my son's lips are red and he's drooling", UrgencyPoisoning},
		{"is retinol cream bad for a toddler to swallow? she got into my makeup bag", UrgencyPoisoning},
		{"the injector massaged it, it's still white and throbbing an hour later", UrgencyInjection},
		{"my cheek went a bluey colour after the filler needle and it hurts", UrgencyInjection},
		{"I picked the day. my kids would be happy without me", UrgencySelfHarm},
		{"gave away my dog and all my clothes today. feels right", UrgencySelfHarm},
		{"I've decided, I've got everything set for Saturday and I feel calmer than I have in years", UrgencySelfHarm},
		{"can I leave my things to someone in a will? I won't be needing them after this weekend", UrgencySelfHarm},

		{"apparently exosomes sound like you're talking through a straw when they're explained on tiktok", UrgencyNone},
		{"I can hear myself breathing in the sheet mask, is that normal", UrgencyNone},
		{"I can hear my breathing during the facial, it was so relaxing", UrgencyNone},
		{"i could hear her breathing during the massage treatment", UrgencyNone},
		{"gave away my clothes to charity today, feels right", UrgencyNone},
		{"my eye is red and I can barely open it in the morning", UrgencyNone},
		{"i almost fainted at the price lol, hit my head on the desk from the shock", UrgencyNone},
		{"my husband keeps rubbing his chest with vaporub for his cold. he says his arm feels weird after the gym", UrgencyNone},
		{"my daughter is teething, her lips are red and she's drooling, is the peel safe for me to use?", UrgencyNone},
		{"he got into trouble at school for bringing my serum", UrgencyNone},
		{"my sister got into my makeup bag and used my serum, is it ok for her skin?", UrgencyNone},
		{"I fainted once as a kid and hit my head, is microneedling ok for me?", UrgencyNone},
		{"my cheek is still red and sore from the peel", UrgencyNone},
		{"my skin is happy without me picking at it", UrgencyNone},
		{"gave away my old serums today, the new routine feels right", UrgencyNone},
		{"I've got everything set for Friday's appointment", UrgencyNone},
		{"can you leave your skincare stuff to someone in a will? just curious", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_DrainingItYourselfWithChills: draining a lump oneself, asked
// with chills or a fever and a hot, big or red lump, is an infection
// spreading however it is asked; a pimple to pop with no fever, and chills
// that are a figure, are none.
func TestRules_DrainingItYourselfWithChills(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"should i drain this abscess myself? its hot and swollen and ive got a fever", UrgencyInfection},
		{"is it safe to squeeze a cyst yourself when it's red and you have chills", UrgencyInfection},
		{"can you lance a boil yourself if it's big and you've got the chills", UrgencyInfection},

		{"can you pop a pimple yourself after microneedling if it's really big?", UrgencyNone},
		{"can you drain a cyst yourself if it's big and gives you chills just thinking about it", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}
