package bot

import "testing"

// TestRules_ScratchedTillItBleedsWhenStressed: skin scratched, picked,
// hit or cut until it bleeds, told as the way one meets stress or upset,
// is self-harm however played down ("I'm fine, I just…"); the same words
// of an itch, a bite, a rash, spots, nails, sleep or a pet are not.
func TestRules_ScratchedTillItBleedsWhenStressed(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly I'm ok, I just claw at my legs till they bleed whenever I get overwhelmed, is that weird?", UrgencySelfHarm},
		{"i pick at the skin on my wrists until it bleeds when im anxious, probably nothing", UrgencySelfHarm},
		{"my sister scratches her forearms until they bleed every time she's upset", UrgencySelfHarm},

		{"my puppy scratches his ear till it bleeds when he's stressed at the vet", UrgencyNone},
		{"I scratched a gnat bite on my ankle until it bled, will it scar?", UrgencyNone},
		{"my eczema flares when I'm stressed and I scratch my elbows until they bleed, any exosome cream for that?", UrgencyNone},
		{"I scratch my neck in my sleep until it bleeds, could it be the new serum?", UrgencyNone},
		{"I bite my nails until they bleed when I'm nervous, will a cuticle oil help?", UrgencyNone},
		{"I pick my spots until they bleed when I'm stressed, will exosomes fade the marks?", UrgencyNone},
	})
}

// TestRules_PidginChildChopProduct: in Nigerian Pidgin "chop" is eat, so
// a child who "chop"s a product ("my pikin don chop d serum") took it in;
// "chop" of food or of money, or a child helping to chop a vegetable, is
// none.
func TestRules_PidginChildChopProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"abeg my pikin don chop d night cream wey i keep for table, e dey cough", UrgencyPoisoning},
		{"my small baby chop the toner wey dey my bag, wetin i go do", UrgencyPoisoning},

		{"i dey chop beans every morning, e go affect my skin?", UrgencyNone},
		{"my oga dey chop money for office, na why i no fit buy the serum", UrgencyNone},
		{"my pikin dey help me chop cucumber for the face mask wey i dey make", UrgencyNone},
		{"my son chopped the carrots while I put on my face cream", UrgencyNone},
	})
}

// TestRules_HaveHeardMyOwnSignIsMine: "I've heard my throat closing is
// normal after filler?" tells the writer's own sign, whatever was heard of
// it; "I've heard" is not read as hearsay (a review of this round undid
// that reading, which had lost this emergency), so a general question
// about going blind after filler still alarms — a known false alarm.
func TestRules_HaveHeardMyOwnSignIsMine(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've heard my throat closing is normal after filler?", UrgencyAirway},
		{"got filler in my tear troughs this morning. I've heard people can go blind and now my left eye is going dark", UrgencyInjection},
	})
}

// TestRules_CheckedAtAnAuthorityFoundHarmless: a scare someone "got
// checked at the ER" or "was seen by the doctor" for, found a pulled
// muscle or reflux, is over; the same check before a sign told now, or
// a sign that came back after it, still alarms.
func TestRules_CheckedAtAnAuthorityFoundHarmless(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my chest is tight right now, I got checked at the hospital last month and it was muscular", UrgencyHeartBrain},
		{"my brother had chest pain at football, got checked at the ER, it was a pulled muscle but now it's crushing again", UrgencyHeartBrain},

		{"my partner had chest pain lifting boxes, got checked at the ER, it was just a muscle. Can he use exosome serum?", UrgencyNone},
		{"my mum had chest pain on sunday and was seen by the doctor, it was reflux. Is exosome cream ok at her age?", UrgencyNone},
	})
}

// TestRules_PoisonControlSaidNoAction: poison control saying "no action
// needed" or "no treatment" clears the intake told before it, as
// "non-toxic" does; a sign told after it still alarms.
func TestRules_PoisonControlSaidNoAction(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my niece licked my toner, poison control said no action needed but now she's vomiting", UrgencyPoisoning},

		{"a kid in my class licked some lip balm this morning, poison control said no action needed and she's playing happily", UrgencyNone},
		{"my toddler tasted my moisturiser, the poison centre said no treatment required, he's fine", UrgencyNone},
	})
}
