package bot

import "testing"

// TestRules_ThingWanKillMe: a price, a product or the heat that "wan kill
// me" (the Nigerian "wan", read as "want") is a figure of speech; one's
// own wish to kill oneself, or a wish with no thing for its subject, is
// not.
func TestRules_ThingWanKillMe(t *testing.T) {
	checkRules(t, []rulesCase{
		{"This exosome serum price wan kill me o. Is it really better than my normal sunscreen and retinol?", UrgencyNone},
		{"this heat wan kill me o, which sunscreen no dey melt?", UrgencyNone},
		{"the clinic fees wan kill me, abeg is microneedling worth it", UrgencyNone},
		{"this serum wants to kill me with how much it costs, any dupes?", UrgencyNone},

		{"I wan kill myself o, I no fit again", UrgencySelfHarm},
		{"I just want to kill me, nothing helps", UrgencySelfHarm},
		{"this price na wahala but honestly I want to kill myself tonight", UrgencySelfHarm},
	})
}

// TestRules_TemperatureSaidNormal: a temperature said to be normal ("temp
// normal", "my temperature is fine") is no fever; a temperature told high,
// or a fever with a temperature taken, stays one.
func TestRules_TemperatureSaidNormal(t *testing.T) {
	checkRules(t, []rulesCase{
		{"temp normal, no pus, no streaks, just a bit itchy as my microneedling heals", UrgencyNone},
		{"my temperature is fine and the area is just a bit red after the peel", UrgencyNone},
		{"normal temp, the microneedling spots are a bit pink and tender", UrgencyNone},
		{"temp's back to normal, cheek still a little swollen after the filler, when can I use serum", UrgencyNone},

		{"temp 39 and the microneedling area is oozing pus", UrgencyInfection},
		{"my temperature is 102 and my cheek is hot and swollen after the filler", UrgencyInfection},
		{"temp was normal this morning but now I've got a fever and the area is oozing", UrgencyInfection},
	})
}

// TestRules_FineForWeeks: someone's scare that the hospital sorted, and
// who has "been fine for weeks", is over; a scare told now, or fine for
// weeks and then back today, is not. "allergens" is a word of its own, not
// "allergies" misspelt.
func TestRules_FineForWeeks(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my flatmate had a scare with hives after prawns, the hospital sorted her out and she's been fine for weeks. She wants to know if exosome products have allergens in them", UrgencyNone},
		{"my sister had a throat swelling scare after peanuts last year and she's been fine for months. Are there nut allergens in exosome serum?", UrgencyNone},
		{"I had hives and a puffy face after shellfish, got antihistamines and I've been fine for ages. does the serum contain allergens", UrgencyNone},
		{"do exosome products have allergens in them? my friend is allergic to latex", UrgencyNone},

		{"my flatmate has hives after prawns and her lips are swelling up", UrgencyAirway},
		{"she's been fine for weeks but today her throat is swelling after the serum", UrgencyAirway},
		{"had hives after the serum, been fine for weeks, now my tongue is swelling again", UrgencyAirway},
	})
}
