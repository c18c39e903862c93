package bot

import "testing"

// TestScreen_PetTriedOrLickedSkinIsNoIntake: a pet that only tried to eat
// a product, or licked a person's skin, took in no product; a pet that
// ate, drank or licked up a product, or is unwell after trying, and a child
// that tried, are still poisonings.
func TestScreen_PetTriedOrLickedSkinIsNoIntake(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"my cat tried to eat my sheet mask, now he's the most moisturized cat on the block", UrgencyNone},
		{"my dog licked my face after the serum, is he going to be glowy too", UrgencyNone},
		{"my cat tried to lick the serum off my face and now she's judging me from the windowsill lol", UrgencyNone},
		{"my cat licked my hand after i put on the serum lol", UrgencyNone},
		{"the puppy tried to chew the retinol tube but i grabbed it in time", UrgencyNone},

		{"my dog ate my tretinoin cream", UrgencyPoisoning},
		{"my dog drank the serum", UrgencyPoisoning},
		{"my cat licked some of the exosome serum off my face, is that dangerous", UrgencyPoisoning},
		{"my dog tried to eat the retinol tube and now he's drooling a lot", UrgencyPoisoning},
		{"my puppy tried to drink the exosome serum and now he's throwing up", UrgencyPoisoning},
		{"my dog licked my hand after i put on the peel and now he's vomiting", UrgencyPoisoning},
		{"my kid tried to eat my sheet mask", UrgencyPoisoning},
		{"my toddler licked my face after the peel solution", UrgencyPoisoning},
		{"my kid ate some of my retinol cream", UrgencyPoisoning},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestScreen_RecoveredWithinMinutesIsOver: a past sign told as gone in
// minutes or hours ("fine in 10 min") is over; one still expected to pass
// ("should be fine in an hour"), one that came back, and the time before
// an onset ("I was fine 10 minutes ago") are not.
func TestScreen_RecoveredWithinMinutesIsOver(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"had blurry vision after an eye cream got in my eye once, rinsed it, fine in 10 min", UrgencyNone},
		{"my lips swelled up after the serum last time, was gone within the hour, is this one safer?", UrgencyNone},
		{"my throat felt tight after the peel once but it was fine after 20 minutes. still worth it?", UrgencyNone},

		{"my vision went blurry after the filler, it should be fine in an hour right?", UrgencyInjection},
		{"my vision went blurry after filler, it was fine in 10 min but now it's back and worse", UrgencyInjection},
		{"i had chest pain after the facial, it was gone in 5 mins but now it's back", UrgencyHeartBrain},
		{"blurry vision since the filler, if it's not gone in an hour should i go in?", UrgencyInjection},
		{"my throat is getting tight, i was fine 10 minutes ago", UrgencyAirway},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestScreen_DeniedSelfHarmWishIsNoAlarm: a self-harm wish the writer
// denies ("I don't want to hurt myself, but…", "not that I want to…") is
// no alarm, from the rules or the safety net; a denial beside ideation
// ("…but sometimes I think about it", "…anymore", "the urge is bad
// tonight") and an undenied wish still are.
func TestScreen_DeniedSelfHarmWishIsNoAlarm(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"i dont want to kill myself over this but my acne is ruining my life", false},
		{"i don't feel like hurting myself but my skin is making me so depressed", false},
		{"not that i want to hurt myself, but this rash is driving me mad", false},
		{"im not gonna kill myself or anything but this breakout is the worst", false},
		{"No I don't want to die, I'm just so tired of my acne. Do exosomes work?", false},
		{"i'm not planning on taking all my pills, just curious about exosomes", false},
		{"im not gonna take my pills all at once lol, just asking if exosome serum is worth it", false},

		{"I want to hurt myself", true},
		{"I don't want to hurt myself, but sometimes i think about it", true},
		{"i dont want to hurt myself anymore but i keep thinking about it", true},
		{"I don't want to hurt myself again, I've been clean 3 months but the urge is bad tonight", true},
		{"i don't want to die but i don't want to be here either", true},
		{"i dont want to kill myself but i wish i could just disappear", true},
		{"not that anyone cares but i want to kill myself", true},
		{"i didn't mean to take all my pills and now i feel really sleepy", true},
		{"im not planning on taking all my pills but sometimes i think about it", true},
		{"i'm planning on taking all my pills tonight", true},
	} {
		if got := Screen(c.text); got.Urgent() != c.urgent {
			t.Errorf("%q: screen says %q, want urgent %v\n\t%s", c.text, got.Urgency, c.urgent, explain(c.text))
		}
	}
}

// TestScreen_AuthorityAllClearIsNoAlarm: a medical authority's all-clear
// that closes the message ("the nurse said she's fine, she just swallowed
// a bit of toner") is no alarm, from the rules or the safety net; a scare
// that goes on after it ("…but now she's drowsy") or a sign of harm told
// beside it still is.
func TestScreen_AuthorityAllClearIsNoAlarm(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"the nurse said she's fine, she just swallowed a bit of toner", false},
		{"poison control said it's nothing to worry about, my son licked a bit of serum", false},
		{"the pharmacist said it was harmless, he only got a taste of the cleanser", false},

		{"my daughter drank some toner, the nurse said she's fine but now she's really drowsy", true},
		{"the nurse said she's fine, she just swallowed a bit of toner and now she keeps coughing", true},
		{"my son drank some of my toner and he's gone floppy", true},
	} {
		if got := Screen(c.text); got.Urgent() != c.urgent {
			t.Errorf("%q: screen says %q, want urgent %v\n\t%s", c.text, got.Urgency, c.urgent, explain(c.text))
		}
	}
}
