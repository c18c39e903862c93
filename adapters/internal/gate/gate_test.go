package gate

import (
	"context"
	"testing"
	"time"
)

func TestGate_BoundsAndWaits(t *testing.T) {
	g := New(2, 50*time.Millisecond)
	ctx := context.Background()
	for i := 1; i <= 2; i++ {
		if !g.Enter(ctx) {
			t.Fatalf("slot %d of 2 was not free", i)
		}
	}
	if n := g.InUse(); n != 2 {
		t.Errorf("InUse = %d, want 2", n)
	}
	start := time.Now()
	if g.Enter(ctx) {
		t.Fatal("a third request got a slot of two")
	}
	if waited := time.Since(start); waited < 40*time.Millisecond {
		t.Errorf("gave up after %v, want the gate's wait", waited)
	}
	done := make(chan bool)
	go func() { done <- g.Enter(ctx) }()
	g.Leave()
	if !<-done {
		t.Error("a slot given back was not taken by the waiting request")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if g.Enter(cancelled) {
		t.Error("a cancelled request got a slot of a full gate")
	}
}
