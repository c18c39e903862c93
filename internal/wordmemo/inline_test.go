package wordmemo

import (
	"strings"
	"testing"
)

// TestMemo_Lengths stores words on both sides of inlineBytes: each is found
// by itself, and no word of another length or another letter finds it.
func TestMemo_Lengths(t *testing.T) {
	for n := 0; n <= 2*inlineBytes; n++ {
		m := new(Memo[int])
		w := strings.Repeat("a", n)
		m.Store(w, n)
		if v, ok := m.Load(strings.Clone(w)); !ok || v != n {
			t.Fatalf("Load(%d a's) = %d, %v", n, v, ok)
		}
		for _, other := range []string{w + "a", strings.Repeat("a", max(n-1, 0)) + "b"} {
			if other == w {
				continue
			}
			if e := m.slot(other).Load(); e != nil && e.is(other) {
				t.Fatalf("%q is the entry of %q", other, w)
			}
		}
	}
}
