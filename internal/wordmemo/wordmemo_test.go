package wordmemo

import (
	"strconv"
	"sync"
	"testing"
)

func TestMemo(t *testing.T) {
	m := new(Memo[int])
	if _, ok := m.Load("a"); ok {
		t.Fatal("an empty memo remembers a word")
	}
	m.Store("a", 1)
	if v, ok := m.Load("a"); !ok || v != 1 {
		t.Fatalf("Load(a) = %d, %v", v, ok)
	}
	// Many more words than slots: each remembered one has its own value.
	for i := range 4 * Slots {
		m.Store(strconv.Itoa(i), i)
	}
	kept := 0
	for i := range 4 * Slots {
		if v, ok := m.Load(strconv.Itoa(i)); ok {
			kept++
			if v != i {
				t.Fatalf("Load(%d) = %d", i, v)
			}
		}
	}
	if kept == 0 || kept > Slots {
		t.Fatalf("%d words kept in %d slots", kept, Slots)
	}
}

func TestMemo_Concurrent(t *testing.T) {
	m := new(Memo[string])
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 5000 {
				w := strconv.Itoa((i * (g + 1)) % 3000)
				if v, ok := m.Load(w); ok && v != "v"+w {
					t.Errorf("Load(%s) = %s", w, v)
					return
				}
				m.Store(w, "v"+w)
			}
		})
	}
	wg.Wait()
}
