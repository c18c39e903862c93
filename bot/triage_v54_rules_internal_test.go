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
