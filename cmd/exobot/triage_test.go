package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// ask --json names the kind of an urgent reply ("urgency") and says when
// it is written for someone relaying another's emergency ("relayed"); other
// replies carry neither, and an urgent one its own caution.
func TestAsk_JSONNamesTheUrgency(t *testing.T) {
	cases := []struct {
		q       string
		urgency string
		relayed bool
	}{
		{"my lips are swelling and my throat feels tight", "airway", false},
		{"my toddler drank some of my exosome serum", "poisoning", true},
		{"I don't want to be here anymore. are exosomes safe?", "self_harm", false},
		{"a client just told me she's been saving up her pills", "self_harm", true},
		{"what are exosomes", "", false},
	}
	var in []string
	for _, c := range cases {
		in = append(in, c.q)
	}
	out, errOut, code := runExobot(t, strings.Join(in, "\n")+"\n", "ask", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("%d replies for %d questions", len(lines), len(cases))
	}
	for i, c := range cases {
		var r map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatal(err)
		}
		got, _ := r["urgency"].(string)
		relayed, _ := r["relayed"].(bool)
		if got != c.urgency || relayed != c.relayed {
			t.Errorf("%q: urgency %q relayed %v, want %q %v", c.q, got, relayed, c.urgency, c.relayed)
		}
		if (r["status"] == "urgent") != (c.urgency != "") {
			t.Errorf("%q: status %v", c.q, r["status"])
		}
		if d, _ := r["disclaimer"].(string); c.urgency != "" && !strings.Contains(d, "not a clinician") {
			t.Errorf("%q: disclaimer %q, want the urgent caution", c.q, d)
		}
	}
}
