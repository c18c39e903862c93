package bot

import "testing"

// TestRules_OwnerOfTheMeansIsNotRelayed: a relative named right before the
// means of self-harm ("my nan's tablets", "my uncle's rifle") says whose
// the means is, not who is in danger: the writer who will take them is
// the one at risk, so the sign is not relayed. A relative who is the one
// taking them, or someone who says they will, stays relayed.
func TestRules_OwnerOfTheMeansIsNotRelayed(t *testing.T) {
	for _, c := range []struct {
		text    string
		relayed bool
	}{
		{"tonite im gonna take all my nan's tablets", false},
		{"after school im taking all of my dad's sleeping pills", false},
		{"i think im going to take all my brothers meds tonight", false},
		{"my nan took all her tablets and she won't answer", true},
		{"my cousin texted that he'll take all his dad's pills tonight", true},
		{"my sister's going to take all her pills, she told me", true},
	} {
		s := rulesScreen(c.text)
		if s.Urgency != UrgencySelfHarm || s.Relayed != c.relayed {
			t.Errorf("%q: rules say %q relayed=%v, want self-harm relayed=%v\n\t%s", c.text, s.Urgency, s.Relayed, c.relayed, explain(c.text))
		}
	}
}

// TestScreen_SelfHarmUndoneByItsObject: a step or a jump "in front of"
// something the rules read as being seen (a lens, an audience, the
// camera) is undone by its own object, and the safety net is not to alarm
// on it alone; beside any other self-harm word (hurting oneself, dying)
// the net still may. A jump in front of a train stays a method.
func TestScreen_SelfHarmUndoneByItsObject(t *testing.T) {
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"i've been thinking about stepping in front of the lens again for my brand shoot now that my skin has healed", UrgencyNone},
		{"been thinking about stepping in front of the audience again now my eczema is under control", UrgencyNone},
		{"thinking of jumping in front of the camera for a tiktok about my exosome results", UrgencyNone},
		{"keep thinking about stepping in front of my students bare faced, and about hurting myself", UrgencySelfHarm},
		{"thinking about walking in front of the crowd at my gig, some nights i'd rather be dead", UrgencySelfHarm},
		{"been thinking about jumping in front of the train on my way to the clinic", UrgencySelfHarm},
		{"i keep thinking about jumping off the multistorey after what the peel did", UrgencySelfHarm},
	} {
		if got := Screen(c.text); got.Urgency != c.want {
			t.Errorf("%q: screen says %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_GunOnOneself: a firearm used, turned, pointed or put to
// oneself is a method of self-harm, the writer's or relayed; a tool called
// a gun (a glue, tattoo or massage gun) used on oneself is none.
func TestRules_GunOnOneself(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i'm going to use my dad's gun on myself tonight", UrgencySelfHarm},
		{"one of the lads at work said he'd turn his rifle on himself when the shift ends", UrgencySelfHarm},
		{"my brother keeps pointing the gun at himself when he's drunk", UrgencySelfHarm},
		{"using a glue gun on myself for a costume lol, will it hurt my skin?", UrgencyNone},
		{"used a tattoo gun on myself at 16, can exosomes fade it?", UrgencyNone},
		{"is it fine to use a massage gun on myself after a facial?", UrgencyNone},
	})
}

// TestRules_IntentToSwallowThePills: swallowing all or every pill, in the
// present or as a plan, is an overdose as taking them is ("want to
// swallow all the pills"); swallowing one's vitamins as every morning is
// a routine.
func TestRules_IntentToSwallowThePills(t *testing.T) {
	checkRules(t, []rulesCase{
		{"i just want to swallow all the pills and sleep forever", UrgencySelfHarm},
		{"gonna swallow every pill in this flat tonight", UrgencySelfHarm},
		{"i swallow all my vitamins every morning with my coffee", UrgencyNone},
	})
}
