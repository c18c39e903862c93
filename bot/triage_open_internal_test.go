package bot

import "testing"

// TestRules_SeverePainAfterInjection: pain "like hell" after an injection or
// filler is severe pain at an injection site; a question in general about
// pain, or a wallet that hurts, is none.
func TestRules_SeverePainAfterInjection(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my face hurts like hell after the exosome injections", UrgencyInjection},
		{"my cheek hurts like hell since the filler this morning", UrgencyInjection},
		{"lips hurt like crazy after the filler yesterday and it's getting worse", UrgencyInjection},
		{"the injection site hurts like hell and it's gone pale", UrgencyInjection},

		{"does microneedling hurt like hell?", UrgencyNone},
		{"my wallet hurts like hell after the exosome injections lol", UrgencyNone},
		{"do filler injections hurt like hell or is it fine?", UrgencyNone},
		{"my bank account hurts like hell after buying the serum", UrgencyNone},
	})
}
