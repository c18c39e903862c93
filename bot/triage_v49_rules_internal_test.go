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

// TestRules_V49HouseholdPoisons: a child and a household hazard that is
// no skincare (a dishwasher or laundry pod, a button battery, weed
// killer), with a sign at the mouth, and the ordinary messages beside it.
func TestRules_V49HouseholdPoisons(t *testing.T) {
	checkRules(t, []rulesCase{
		// The hazards are products a child can get into.
		{"my toddler bit into a laundry pod and it's all over her lips, she keeps gagging", UrgencyPoisoning},
		{"my son swallowed most of a dishwasher tablet and is dribbling", UrgencyPoisoning},
		{"my niece took a swig of the weed killer from the garage", UrgencyPoisoning},
		{"which dishwasher tablets are gentlest on hands? mine get dry", UrgencyNone},
		{"does weed killer on the lawn bother sensitive skin?", UrgencyNone},
		// A hazard gone missing and a child drooling since.
		{"a coin battery from the scale is gone and my baby is drooling", UrgencyPoisoning},
		{"the lid of my cream is gone, so annoying", UrgencyNone},
		// Froth at a child's mouth beside a product, not an adult's anger.
		{"my little boy got into the bathroom cabinet and is foaming at the mouth", UrgencyPoisoning},
		{"my sister was frothing at the mouth over the price of that serum, kids were laughing", UrgencyNone},
	})
}

// TestRules_V49Goodbyes: a note addressed to whoever finds it, leaving an
// apology or a love to pass on, and a refusal to live another year like
// this beside a date picked; with the ordinary messages beside them.
func TestRules_V49Goodbyes(t *testing.T) {
	checkRules(t, []rulesCase{
		{"whoever reads this, please tell my dad i'm sorry", UrgencySelfHarm},
		{"if somebody finds this, let my family know i'll miss them", UrgencySelfHarm},
		{"if anyone reads this thread, tell me which toner works, sorry for the rant", UrgencyNone},
		{"i've chosen a day. i can't face another year of feeling like this", UrgencySelfHarm},
		{"can't face another winter of dry flaky skin, what moisturiser?", UrgencyNone},
		{"picked a date to hand in my notice, not doing another year of this job", UrgencyNone},
	})
	// The one told is no one the sign is about: the note is the writer's.
	if s := rulesScreen("if anyone finds this, tell my brother i'm sorry and i loved him"); s.Urgency != UrgencySelfHarm || s.Relayed {
		t.Errorf("a note to whoever finds it: got %+v, want the writer's own self-harm", s)
	}
}

// TestRules_V49StrokeHeart: a grip lost and speech garbled, a mouth
// corner hanging, an ache told once for an arm and the chest; and the
// ordinary messages beside them.
func TestRules_V49StrokeHeart(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my glass slipped out of my left hand out of nowhere and when i tried to answer my wife it came out jumbled", UrgencyHeartBrain},
		{"my phone slid out of my hand, the serum on my fingers makes them so slippery", UrgencyNone},
		{"when i tried to say the brand name it came out wrong lol, how do you pronounce it?", UrgencyNone},
		{"the left corner of my mouth is hanging down and my face feels numb on that side", UrgencyHeartBrain},
		{"aching all down my left arm and through my chest, probably just tired", UrgencyHeartBrain},
		{"my left arm aches after the flu jab, can i still get a facial?", UrgencyNone},
	})
}

// TestRules_V49ColdNet: a purple or blue net on the face that is colder
// than the rest is blood cut off, even with no treatment named; veins in
// the cold weather are not.
func TestRules_V49ColdNet(t *testing.T) {
	checkRules(t, []rulesCase{
		{"next to my nose there are dusky lines like a web and that side feels cooler", UrgencyInjection},
		{"my chin has bluish streaks spreading and it's colder than my cheeks", UrgencyInjection},
		{"my legs get purple veins when it's colder outside", UrgencyNone},
		{"blue lines under my eyes, my face is always colder than my hands in winter", UrgencyNone},
	})
}
