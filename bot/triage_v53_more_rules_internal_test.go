package bot

import "testing"

// TestRules_NumbedMouthWeakArm: a weak or heavy arm beside a face or mouth
// gone numb is a stroke's sign whatever numbed the mouth (a dentist's or
// any anaesthetic reaches no arm); a numbing of the arm itself, or a
// numbed mouth alone, or an arm only sore, is none.
func TestRules_NumbedMouthWeakArm(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had two fillings this afternoon, the dentist numbed my mouth and now my left arm is heavy as well", UrgencyHeartBrain},
		{"my cheek is still numb from the anaesthetic and my right hand feels weak and useless", UrgencyHeartBrain},
		{"my mouth went numb out of nowhere and my arm is weak", UrgencyHeartBrain},
		{"my gums are still numb from the dentist, how long till i can eat?", UrgencyNone},
		{"put numbing cream on my arm for laser, my arm is heavy and numb, is that normal?", UrgencyNone},
		{"numbing cream on my face before microneedling so my face is numb, my arm is sore from the gym too", UrgencyNone},
	})
}

// TestRules_TiredOfBeingTreated: "tired of being" followed by how one is
// treated or what one is made to feel (a participle: "disappointed",
// "let down", "ignored") is tired of that, not of living; tired of being
// itself ("here", "alive", "me") stays an emergency.
func TestRules_TiredOfBeingTreated(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly so tired of being disappointed by expensive serums, is this one any different?", UrgencyNone},
		{"sick of being let down by brands that promise glass skin", UrgencyNone},
		{"i'm tired of being overcharged at the med spa, where's cheaper?", UrgencyNone},
		{"done with being judged for my acne, what actually clears it?", UrgencyNone},
		{"i'm just tired of being here, nothing works for my skin anyway", UrgencySelfHarm},
		{"so tired of being alive", UrgencySelfHarm},
		{"sick of being me", UrgencySelfHarm},
		{"so tired of being unwanted by everyone", UrgencySelfHarm},
		{"i'm exhausted of being depressed", UrgencySelfHarm},
	})
}

// TestRules_StepInFrontOf: thinking of stepping or jumping in front of
// something is a method of self-harm whatever the vehicle is called (a
// train's own name is still a train); stepping in front of a camera or
// of people is being seen.
func TestRules_StepInFrontOf(t *testing.T) {
	checkRules(t, []rulesCase{
		{"can't stop thinking about jumping in front of the Metrolink after what the laser did to my skin", UrgencySelfHarm},
		{"been thinking about stepping in front of a lorry on my way home", UrgencySelfHarm},
		{"thinking about stepping in front of the camera again now my rosacea has calmed down", UrgencyNone},
		{"i keep thinking about walking in front of my class without concealer, am i ready?", UrgencyNone},
	})
}

// TestRules_PluralSpeltWithZ: a plural written with "z" as texts do
// ("pilz", "tabz") is read as the plural; an English word ending in "z"
// ("waltz", "quiz") is itself.
func TestRules_PluralSpeltWithZ(t *testing.T) {
	checkRules(t, []rulesCase{
		{"gonna swallow all my nans pilz 2nite", UrgencySelfHarm},
		{"took a whole strip of tabz an i feel rly sleepy", UrgencySelfHarm},
		{"did a waltz at my cousin's wedding and my face got so sweaty, best setting spray?", UrgencyNone},
		{"quiz: which exosome serum matches your skin type?", UrgencyNone},
	})
}
