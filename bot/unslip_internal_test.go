package bot

import "testing"

// A message that would ask but for a slip in the words that make it ask
// ("wantts to know", "whre's", "righht") is read through the slip; a word
// the tables know as English is not a slip ("thought" is no "thoughts"),
// and a message that asks nothing stays chatter.
func TestUnslipped_ReadsTheWordsThatAskThroughASlip(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"my aunt wantts to know what exosomes are", "my aunt wants to know what exosomes are", true},
		{"whre's the proof they do anything", "where's the proof they do anything", true},
		{"so exosomes are a scam rigth", "so exosomes are a scam right", true},
		{"i thought exosomes were new", "i thought exosomes were new", false},
		{"love my new serum", "love my new serum", false},
	}
	for _, tt := range tests {
		ws, _, _ := readWords(tt.in, nil)
		got, ok := unslipped(tt.in, ws)
		if got != tt.want || ok != tt.ok {
			t.Errorf("unslipped(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
