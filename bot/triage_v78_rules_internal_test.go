package bot

import "testing"

// TestRules_WordFindingAndReadingWithClumsyHand: trouble finding a word
// told with "could not" or "can not" spelt out, or reading that has just
// stopped making sense, beside a hand or arm gone clumsy, weak or numb, is
// a stroke's sign, told by the writer or relayed. Words not found "to
// thank you", a habit of never finding the word, or one long past and
// over are not.
func TestRules_WordFindingAndReadingWithClumsyHand(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a few minutes ago the words in my book stopped making sense and my right hand went clumsy, could a face oil do that?", UrgencyHeartBrain},
		{"I could not find the word for spoon just now and my left hand is clumsy", UrgencyHeartBrain},
		{"my grandad could not find the word for his own dog a minute ago and his left hand feels clumsy", UrgencyHeartBrain},

		{"I can't find the words to thank you, this serum saved my skin", UrgencyNone},
		{"I could not find the words to thank the clinic enough, my hands were clumsy with nerves", UrgencyNone},
		{"I can never find the right word in meetings haha, any serum for focus?", UrgencyNone},
	})
}

// TestRules_ChildDidNotTasteAny: a child who got into a product but
// "didn't taste any", checked, took none in, as one who did not drink
// or swallow any did not; one who tasted some is still an intake.
func TestRules_ChildDidNotTasteAny(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my little girl opened my toner but didn't taste any, I looked in her mouth. where should I keep it?", UrgencyNone},

		{"my little girl unscrewed my toner and tasted some, she keeps spitting", UrgencyPoisoning},
	})
}

// TestRules_RecentAttemptWithHedgedRecovery: an overdose taken weeks or a
// month ago, with a recovery told hedged ("doing better-ish"), is a
// self-harm disclosure still; one years ago with a whole recovery, or a
// product "overdosed on", is not.
func TestRules_RecentAttemptWithHedgedRecovery(t *testing.T) {
	checkRules(t, []rulesCase{
		{"took an overdose a few weeks back, doing better-ish these days. is exosome serum ok on healing skin?", UrgencySelfHarm},
		{"I took an overdose last month and I'm doing better-ish now, can exosomes help scars heal?", UrgencySelfHarm},

		{"I took an overdose years ago and I'm in a good place now, which exosome toner is best?", UrgencyNone},
		{"overdosed on retinol again lol, skin is flaking, doing better-ish now though", UrgencyNone},
	})
}
