package bot

import "testing"

// respelled replaces whole words only, in any case, and leaves the rest
// of the text as it was typed.
func TestRespelled_ReplacesWholeWordsOnly(t *testing.T) {
	rs := []Respelling{{Typed: "exoomes", Word: "exosomes"}, {Typed: "sceince", Word: "science"}}
	tests := []struct{ in, want string }{
		{"Do Exoomes work?", "Do exosomes work?"},
		{"is the sceince done? exoomes!", "is the science done? exosomes!"},
		{"exoomesque sceinces", "exoomesque sceinces"}, // parts of other words
		{"nothing to change", "nothing to change"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := respelled(tt.in, rs); got != tt.want {
			t.Errorf("respelled(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := respelled("Do Exoomes work?", nil); got != "Do Exoomes work?" {
		t.Errorf("no respellings changed the text: %q", got)
	}
}
