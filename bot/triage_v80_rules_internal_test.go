package bot

import (
	"regexp"
	"strings"
	"testing"
)

// unpunctuated is s as many write on Discord or Slack: in lower case,
// with no stop, comma, question or exclamation mark, semicolon or colon.
func unpunctuated(s string) string {
	return regexp.MustCompile(`[.,?!;:]`).ReplaceAllString(strings.ToLower(s), "")
}

// checkRulesBothWays is checkRules on each case as written and
// unpunctuated: the verdict is the same either way.
func checkRulesBothWays(t *testing.T, cases []rulesCase) {
	t.Helper()
	var both []rulesCase
	for _, c := range cases {
		both = append(both, c, rulesCase{unpunctuated(c.text), c.want})
	}
	checkRules(t, both)
}

// TestRules_RunOnResolvedStoryThenQuestion: a past scare told with how it
// ended ("all good since", "never again since", "she's 9 now lol") and then
// a question is no emergency whether or not the writer typed the stops and
// commas between them; a sign told now, then a question, is one either way.
func TestRules_RunOnResolvedStoryThenQuestion(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my lips puffed up after a lip mask once, all good since. should i try an exosome lip serum?", UrgencyNone},
		{"I passed out during a blood test years ago, never again since. can I still get microneedling?", UrgencyNone},
		{"my throat closed up from a clay mask years back and I had to use an epipen, totally fine since. should I patch test exosome serum?", UrgencyNone},
		{"my daughter swallowed a bit of my sunscreen when she was 3, she's 9 now lol. anyway, do exosome serums come with child caps?", UrgencyNone},
		{"went to a&e after a reaction to a peel in june, all good now. how do i patch test a new serum?", UrgencyNone},
		{"used to hurt myself back in school, i'm 29 now and doing well. will exosomes fade the old scars?", UrgencyNone},

		{"my throat is getting tight right now, can i still put the exosome serum on?", UrgencyAirway},
		{"my lips are swelling fast and it's hard to breathe, should I take an antihistamine?", UrgencyAirway},
		{"my son just drank some of my toner, is exosome serum worse?", UrgencyPoisoning},
		{"I want to kill myself tonight, anyway is exosome serum worth it?", UrgencySelfHarm},
	})
}

// TestRules_RunOnCareToldThenNow: who cared for a past scare and what
// they did ("poison control said no harm", "antibiotics sorted it"), and
// what is so now ("now i wear gloves"), are read as their own clauses
// whether or not the writer typed the commas and stops; a scare still
// going on while someone is told of it stays one.
func TestRules_RunOnCareToldThenNow(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"my nephew sipped some of my toner last spring, poison control said no harm. how should i store serums?", UrgencyNone},
		{"got a red streak up my arm from a rose thorn last summer, antibiotics sorted it. now i wear gloves, does exosome cream help the mark?", UrgencyNone},
		{"my lip went pale after filler in april, the injector dissolved it that hour. now i'm wondering if exosome boosters are gentler?", UrgencyNone},

		{"my toddler just drank my serum and poison control said to take him in, should i drive?", UrgencyPoisoning},
		{"red streaks are spreading up my arm from the microneedling and I have a fever now, the clinic said wait, should I?", UrgencyInfection},
	})
}

// TestRules_RunOnConditionKeepsItsMainClause: a condition that opens a
// run-on ("if my dad sees the bill …") keeps the clause it leads to as its
// own, so the idiom that follows ("he's going to kill me") stays a figure
// of speech; a plan told after "if" stays one.
func TestRules_RunOnConditionKeepsItsMainClause(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"if my wife sees what i spent on this serum she's gonna kill me", UrgencyNone},
		{"if this breakout doesn't clear up I'm going to kill myself, honestly", UrgencySelfHarm},
		{"if the new serum fails too i've made up my mind that's the end, i've got a plan and i've given my cat to my sister", UrgencySelfHarm},
	})
}
