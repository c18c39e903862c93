package bot

import "testing"

// TestRules_UnderEyesAreSkin: the eyes going dark after an injection are
// sight going; under-eyes that are crepey and dark are the skin beneath
// them, whatever injectable the message weighs.
func TestRules_UnderEyesAreSkin(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had polynucleotides injected an hour ago and my eye is going dark on that side", UrgencyInjection},
		{"after the filler my left eye went dark and dim", UrgencyInjection},
		{"after the under-eye shot i can see spots and half the room looks dark", UrgencyInjection},

		{"Everyone has moved on to polynucleotides now. My under-eyes are crepey and dark. Are they worth injecting there?", UrgencyNone},
		{"my under eyes look hollow and dark, would filler help?", UrgencyNone},
		{"under-eye skin crepey and dark since my 40s, is an injectable worth it?", UrgencyNone},
	})
}
