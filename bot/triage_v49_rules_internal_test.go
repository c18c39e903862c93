package bot

import "testing"

// TestRules_V49FalseAlarms: the causes of triage-v49's false alarms, told
// in other words, and the emergencies beside each that must stay caught.
func TestRules_V49FalseAlarms(t *testing.T) {
	checkRules(t, []rulesCase{
		// A question closed by "asking for general knowledge / out of
		// curiosity" asks about people in general, not a case at hand.
		{"what sets a stroke apart from a bad migraine? just asking out of curiosity", UrgencyNone},
		{"how does a panic attack differ from chest pain from the heart? asking in general", UrgencyNone},
		{"my chest is crushing right now and my arm is numb. asking for general knowledge", UrgencyHeartBrain},
		{"asking for general knowledge. my chest feels crushed and i'm sweating buckets", UrgencyHeartBrain},
		// A fuss or a price that "made me" lose a breath, laughed off.
		{"the bill for my facial made me stop breathing for a moment haha", UrgencyNone},
		{"my dad just collapsed and isn't breathing", UrgencyHeartBrain},
		{"paid $300 for the peel and now my mum is not breathing properly", UrgencyHeartBrain},
		// A one-off episode that has not come back since is over.
		{"my lips swelled up once after a new balm years ago, took a tablet and it never happened again. is this balm ok?", UrgencyNone},
		{"had a tight throat after shellfish back in 2019, hasn't happened since. can i use marine collagen?", UrgencyNone},
		{"my throat is closing up right now after the peel", UrgencyAirway},
		// Staff writing a reference document (a binder, a playbook) ask
		// what it should say, of no client at hand.
		{"updating the clinic playbook: what goes on the page about a client who collapses?", UrgencyNone},
		{"new staff binder, what should it say about a client fainting after a peel?", UrgencyNone},
		{"client in room 2 just fainted and isn't waking up, where's the emergency binder?", UrgencyHeartBrain},
	})
}
