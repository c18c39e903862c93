package bot

import "testing"

// TestRules_EmergenciesToldWithoutTheTextbookWords: the rules alone (not
// only the learnt net) catch self-harm said short, in slang, by a writer of
// another tongue or in the middle of a skincare question; a chest pain
// passed on by a front desk calling out "to anyone"; speech gone to mush
// with a one-sided dribble; a child's hands at the throat while drooling;
// a child's mouth red and blistering after playing with a product.
func TestRules_EmergenciesToldWithoutTheTextbookWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		// "dun w" is "done with"; a rope got ready is no denial of it.
		{"im so dun w life rn, got the rope ready", UrgencySelfHarm},
		{"dun w life tbh, nothing works on my skin", UrgencySelfHarm},
		// A wish to die said short, with a means at hand.
		{"is exosome good for oily skin? also I think to die, I have a razor in my room", UrgencySelfHarm},
		// Alive no more "with this face" is no figure of enduring a face.
		{"I don't want to be alive anymore with this skin, anyway what about the scars", UrgencySelfHarm},
		{"i really dont want to live anymore with these scars but whatever just tell me about peels", UrgencySelfHarm},
		// Cutting told with "on"/"into", and cutting that will go deeper.
		{"been cutting into my arms again", UrgencySelfHarm},
		{"i cut myself sometimes, the razor is in my drawer, tonight i want to go deeper", UrgencySelfHarm},
		// Thinking of hurting oneself, whatever the tool.
		{"i keep thinking about hurting myself with the tweezers", UrgencySelfHarm},
		// Leaving for good with a sign-off; things not needed past a day
		// near with everything sorted.
		{"logging off for good tonight, it's been real everyone", UrgencySelfHarm},
		{"I won't need any of my skincare after tonight, I've tied up loose ends", UrgencySelfHarm},
		// Heart and brain.
		{"Reception to anyone: man in the lobby says crushing chest pain and he's sweaty", UrgencyHeartBrain},
		{"hey anyone, my mum's chest pain is radiating to her left arm", UrgencyHeartBrain},
		{"his speech is coming out like mush and his tea is dribbling out one side of his mouth", UrgencyHeartBrain},
		// Airway and poisoning.
		{"my daughter is clutching at her throat and drooling after I put the face cream on her", UrgencyAirway},
		{"my son was playing with my serums and his mouth is red and blistering", UrgencyPoisoning},

		{"I'm done with this serum, got the refill ready", UrgencyNone},
		{"im so dun w this serum, the refill is ready", UrgencyNone},
		{"I think to die my hair, is it ok with the serum", UrgencyNone},
		{"I don't want to live with this acne, what works best", UrgencyNone},
		{"I cut my bangs too short, want to go deeper on the fringe lol", UrgencyNone},
		{"scratching my arms because the serum is itchy", UrgencyNone},
		{"been real, guys, logging off for the night", UrgencyNone},
		{"logging off instagram for good, it's been real", UrgencyNone},
		{"giving away the rest of my serum, I won't need it after switching", UrgencyNone},
		{"I won't need my sunscreen after this weekend, we're going home", UrgencyNone},
		{"has anyone had chest pain after exosome facials?", UrgencyNone},
		{"does anyone know, can the serum cause chest pain radiating to the arm?", UrgencyNone},
		{"my words come out like mush before coffee", UrgencyNone},
		{"my son is grabbing at his neck because the tag itches, he's drooling because he's teething", UrgencyNone},
		{"my lips are red and peeling from the retinol", UrgencyNone},
		{"my daughter was playing with my lipstick and her lips are bright red", UrgencyNone},
	} {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestScreen_LaughedOffAndShoppingDeathsStayQuiet: a chest pain from
// laughing at a thread, laughed off, and a death foretold if a product sells
// out are figures of speech, for the whole screen (rules and net); a real
// chest pain that spreads, laughed at or not, and a death foretold if
// nothing works still alarm.
func TestScreen_LaughedOffAndShoppingDeathsStayQuiet(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"chest pain from laughing at this thread lol", UrgencyNone},
		{"I'm gonna die if this sells out", UrgencyNone},
		{"i'm going to die if they discontinue this serum", UrgencyNone},

		{"my chest hurts from laughing but also it's radiating to my left arm and I'm sweaty lol", UrgencyHeartBrain},
		{"I'm gonna die if this doesn't work", UrgencySelfHarm},
	} {
		if got := Screen(c.text); got.Urgency != c.want {
			t.Errorf("%q: screen says %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}
