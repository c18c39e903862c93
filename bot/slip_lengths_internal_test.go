package bot

import (
	"strings"
	"testing"
)

// unslipped tries only the words a letter longer or shorter than a word,
// or as long: OneSlip holds of no two words whose lengths differ by more.
func TestOneSlip_NoneAcrossTwoLetters(t *testing.T) {
	words := append(append([]string(nil), frameWords...), steeringWords...)
	for _, f := range words {
		for _, typed := range []string{f + f[:2], f + "ss", f[2:], strings.Repeat(f, 2), f[:1] + f} {
			if d := len(typed) - len(f); (d < -1 || d > 1) && OneSlip(typed, f) {
				t.Errorf("OneSlip(%q, %q), %d letters apart", typed, f, d)
			}
		}
	}
}
