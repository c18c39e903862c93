package bot_test

import (
	"strings"
	"testing"

	"exobot/bot"
)

// A decline for another treatment or ingredient names it in plain words
// ("The article doesn't cover PRP, …"), before the topic the decline is
// for; a topic that names it already, a decline that names none, and a
// word that only looks like one ("it led to") keep the topic alone.
func TestAnswer_ADeclineNamesTheNeighbouringTreatment(t *testing.T) {
	e := engineForFuzz(t)
	tests := []struct{ text, opens string }{
		{"is PRP better for my under eyes?", "The article doesn't cover PRP, or how exosomes compare"},
		{"is PRP worth it", "The article doesn't cover PRP, or"},
		{"my derm wants to do PRP on my under eyes, thoughts?", "The article doesn't cover PRP, or"},
		{"are polynucleotides worth it", "The article doesn't cover polynucleotides (PDRN), or"},
		{"PDRN vs exosomes?", "The article doesn't cover polynucleotides (PDRN), or"},
		{"salmon sperm facial vs exosome facial", "The article doesn't cover polynucleotides (PDRN), or"},
		{"can I layer exosomes with niacinamide", "The article doesn't cover niacinamide, or"},
		{"is hyaluronic acid better than exosomes", "The article doesn't cover hyaluronic acid, or"},
		{"does copper peptide serum beat exosomes", "The article doesn't cover peptides, or"},
		{"should i get fillers or exosomes", "The article doesn't cover fillers, or"},
		{"should i try botox before exosomes", "The article doesn't cover Botox, or"},
		{"do collagen gummies work", "The article doesn't cover collagen supplements, or"},
		// The topic names it already.
		{"does my led mask work with exosome serum", "The article doesn't cover LED, red light or other light therapy."},
		// No other treatment named: the topic alone, as before.
		{"does tretinoin help acne scars?", "The article doesn't cover acne or acne scars."},
		{"do exosomes help with hair loss", "The article doesn't cover exosomes for hair or the scalp."},
		// "led to" is "caused": a reaction, whose topic covers pregnancy too.
		{"it led to redness, is an exosome facial ok when you're pregnant", "The article doesn't cover the safety of particular products, of mixing them with other treatments, or of using them in pregnancy"},
	}
	for _, tt := range tests {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusNoMatch || r.Reason != bot.ReasonNotCovered || !strings.HasPrefix(r.Answer, tt.opens) {
			t.Errorf("%q: want a decline opening %q, got %s %s %q", tt.text, tt.opens, r.Status, r.Reason, r.Answer)
		}
		if r.NotCovered == "" || strings.HasPrefix(r.NotCovered, "PRP") {
			t.Errorf("%q: not_covered %q is not the topic, which reports count", tt.text, r.NotCovered)
		}
	}
	// An answer that mentions a neighbouring treatment is unchanged.
	for _, q := range []string{"are exosomes better than retinol", "are exosomes fda approved?"} {
		if r := askReal(t, e, q); r.Status != bot.StatusAnswered || strings.Contains(r.Answer, "doesn't cover") {
			t.Errorf("%q: %s %q", q, r.Status, r.Answer)
		}
	}
}
