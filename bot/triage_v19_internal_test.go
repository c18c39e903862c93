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
