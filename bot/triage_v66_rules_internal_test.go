package bot

import "testing"

// TestRules_HardToSwallowAClause: "hard to swallow" with a "that" clause
// for its object is a thing hard to accept, no throat in it; a real
// difficulty swallowing, a result clause ("so hard to swallow that…"), a
// degree ("that well") or a comma before a sign still alarm.
func TestRules_HardToSwallowAClause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"it's hard to swallow that half these exosome creams are unlicensed, who checks them?", UrgencyNone},
		{"tough to swallow that my clinic charges £600 a vial, is it worth it", UrgencyNone},
		{"I find it difficult to swallow that a serum could regrow collagen, any studies?", UrgencyNone},
		{"that's a bitter pill to swallow, the booster did nothing for my scars", UrgencyNone},
		{"it's hard to swallow and my lips are puffing up after the serum", UrgencyAirway},
		{"it's so hard to swallow that I'm drooling since the filler", UrgencyAirway},
		{"I can't swallow that well since the lip filler and my tongue feels huge", UrgencyAirway},
		{"hard to swallow that, my throat is getting tight", UrgencyAirway},
	})
}

// TestScreen_HardToSwallowAClause: the same as shipped, net and all.
func TestScreen_HardToSwallowAClause(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"hard to swallow that these exosome serums have no approval at all, is anyone regulating them?", false},
		{"it's hard to swallow that a cream this pricey does nothing", false},
		{"it's hard to swallow and my tongue is swelling after the new serum", true},
	} {
		if got := Screen(c.text).Urgent(); got != c.want {
			t.Errorf("%q: urgent %v, want %v\n\t%s", c.text, got, c.want, explain(c.text))
		}
	}
}

// TestRules_NormalSignThenAContrast: "normal" said of one named sign
// ("just normal swelling") covers that sign only: what a "but" tells after
// it is another thing. A question whether it is normal still covers it all.
func TestRules_NormalSignThenAContrast(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I guess it's normal bruising but the jaw where she injected has gone blotchy grey and white and feels icy", UrgencyInjection},
		{"usual swelling I think, but my upper lip is white and cold since the filler an hour ago", UrgencyInjection},
		{"is normal swelling but no pain fine after lip filler?", UrgencyNone},
		{"just normal redness after the peel, but which moisturiser soothes best?", UrgencyNone},
		{"the usual swelling but nothing else, can I wear makeup tomorrow?", UrgencyNone},
	})
}

// TestRules_CutAfterACountedRecovery: a cut told as what ended a recovery
// counted in time ("after six months clean") is a relapse, however small
// it is called; the recovery told first, or something else cut back, is
// none.
func TestRules_CutAfterACountedRecovery(t *testing.T) {
	checkRules(t, []rulesCase{
		{"just a small cut on sunday after being clean for ten months, it's nearly stopped", UrgencySelfHarm},
		{"I cut again yesterday after three years clean, nothing deep", UrgencySelfHarm},
		{"I've been clean for two years since the last time I cut, which serum fades old scars?", UrgencyNone},
		{"I cut down on sugar after being clean for a year from vaping, will my skin clear?", UrgencyNone},
		{"I cut my fringe after being clean for a month from bleach, now my forehead breaks out", UrgencyNone},
	})
}
