package bot

import "testing"

// TestRules_OwnSecretGoodbyeIsNotRelayed: a goodbye the writer gave,
// hugged or waved, whose hearer "doesn't know it's final", is the
// writer's own self-harm sign whoever the hearer is; one someone else
// gave is relayed.
func TestRules_OwnSecretGoodbyeIsNotRelayed(t *testing.T) {
	for _, c := range []struct {
		text    string
		relayed bool
	}{
		{"I kissed dad goodbye at the door, he doesn't know it's final", false},
		{"waved my nan goodbye from the car, she doesn't realise it's final", false},
		{"I hugged my sister goodbye tonight and she doesn't realise it's forever", false},

		{"my son hugged his dad goodbye and told me his dad doesn't know it's final", true},
	} {
		got := rulesScreen(c.text)
		if got.Urgency != UrgencySelfHarm || got.Relayed != c.relayed {
			t.Errorf("%q: rules say %+v, want self_harm relayed=%v\n\t%s", c.text, got, c.relayed, explain(c.text))
		}
	}
}
