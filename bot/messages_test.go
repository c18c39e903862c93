package bot_test

import (
	"context"
	"strings"
	"testing"

	"exobot/bot"
)

// oneHit is a searcher that finds one entry, sure of it, for any question.
type oneHit string

func (id oneHit) Search(context.Context, bot.Query, int) (bot.Result, error) {
	return sureOf(string(id)), nil
}

// The everyday disclaimer says what the article says, in its terms, and
// claims no review that nobody documented.
func TestDisclaimer_SaysWhatTheArticleSays(t *testing.T) {
	for _, must := range []string{
		"Not medical advice",
		"mostly preliminary",
		"no FDA-approved topical skincare product currently contains exosomes as a validated active ingredient",
		"board-certified dermatologist",
	} {
		if !strings.Contains(bot.Disclaimer, must) {
			t.Errorf("disclaimer lacks %q: %s", must, bot.Disclaimer)
		}
	}
}

// A question about a topic the article does not cover is declined by
// naming the gap in plain words, then the right person to ask.
func TestAnswer_NotCoveredDeclineNamesTheGapAndWhoToAsk(t *testing.T) {
	tests := []struct {
		ref   bot.Referral
		topic string
		who   string
	}{
		{bot.ReferClinic, "the prices of particular products or clinics", "ask the clinic"},
		{bot.ReferDoctor, "exosomes during pregnancy", "ask a doctor"},
		{bot.ReferPrescriber, "swapping a prescribed retinoid for exosomes", "the doctor who prescribed"},
		{bot.ReferTreatingClinic, "how a recovery from a laser is going", "the clinic that did your treatment"},
		{bot.ReferDermatologist, "exosomes for hair or the scalp", "ask a board-certified dermatologist"},
		{bot.ReferMaker, "whether a product is vegan", "the company that makes the product"},
		{bot.ReferAdviser, "investing in the companies that make exosome products", "ask a financial adviser"},
		{"", "anything without a referral", "ask a board-certified dermatologist"},
	}
	if len(tests)-1 != len(bot.Referrals) {
		t.Fatalf("the table covers %d referrals, bot has %d", len(tests)-1, len(bot.Referrals))
	}
	for _, tt := range tests {
		t.Run(string(tt.ref), func(t *testing.T) {
			entries := []bot.Entry{
				{ID: "topic", Question: "Q?", NotCovered: tt.topic, Referral: tt.ref},
				{ID: "answered", Question: "What are exosomes?", Answer: "Tiny, cell-derived messengers.", Citations: []bot.Citation{{Section: "S", Quote: "Q"}}},
			}
			e, err := bot.New(entries, oneHit("topic"), bot.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r := e.Answer(context.Background(), bot.Question{Text: "a question about exosomes"})
			if r.Status != bot.StatusNoMatch || len(r.Citations) != 0 {
				t.Fatalf("reply = %+v", r)
			}
			if !strings.HasPrefix(r.Answer, "The article doesn't cover "+tt.topic+". ") {
				t.Errorf("answer %q does not open by naming the gap", r.Answer)
			}
			if !strings.Contains(r.Answer, tt.who) {
				t.Errorf("answer %q does not say %q", r.Answer, tt.who)
			}
			if tt.ref != bot.ReferDermatologist && tt.ref != "" && strings.Contains(r.Answer, "dermatologist") {
				t.Errorf("answer %q sends a %s question to a dermatologist", r.Answer, tt.ref)
			}
		})
	}
}

// No reply claims the article was vetted: what we know is that a
// board-certified dermatologist wrote it.
func TestAnswer_NoReplySaysVetted(t *testing.T) {
	entries := []bot.Entry{
		{ID: "answered", Question: "What are exosomes?", Answer: "Tiny, cell-derived messengers.", Citations: []bot.Citation{{Section: "S", Quote: "Q"}}},
		{ID: "topic", Question: "Hair?", NotCovered: "exosomes for hair", Referral: bot.ReferDermatologist},
	}
	for _, id := range []string{"answered", "topic", "nothing"} {
		e, err := bot.New(entries, oneHit(id), bot.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"what are exosomes", "hi", "", "thanks!", strings.Repeat("x", 2001)} {
			r := e.Answer(context.Background(), bot.Question{Text: q})
			if text := strings.ToLower(r.Text()); strings.Contains(text, "vetted") {
				t.Errorf("%s/%.20q: %s reply says vetted: %s", id, q, r.Status, text)
			}
		}
	}
}
