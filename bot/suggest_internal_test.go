package bot

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"exosomes", "exosomes", 2, 0},
		{"exosmes", "exosomes", 2, 1},
		{"exosomse", "exosomes", 2, 1}, // a swap
		{"aproved", "approved", 2, 1},
		{"colagen", "collagen", 2, 1},
		{"xyz", "exosomes", 2, 3}, // beyond the limit
		{"safe", "sage", 1, 1},
		{"ünïcode", "unicode", 2, 2},
		{"", "ab", 2, 2},
		// Without a limit that matters.
		{"", "", 9, 0}, {"a", "", 9, 1}, {"abc", "abc", 9, 0}, {"abc", "acb", 9, 1}, {"kitten", "sitting", 9, 3}, {"exosome", "exsome", 9, 1},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}
