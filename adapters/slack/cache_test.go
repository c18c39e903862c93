package slack

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestTracker_WaitReturnsWhenIdle(t *testing.T) {
	var tr tracker
	if err := tr.wait(context.Background()); err != nil {
		t.Fatalf("idle wait: %v", err)
	}
	k1 := tr.add("Ev1")
	k2 := tr.add("slash:T2")
	tr.done(k1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := tr.wait(ctx)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "1 replies still in flight, given up: slash:T2") || strings.Contains(err.Error(), "Ev1") {
		t.Fatalf("wait with work in flight = %v, want deadline exceeded naming slash:T2 alone", err)
	}
	done := make(chan error, 1)
	go func() { done <- tr.wait(context.Background()) }()
	tr.done(k2)
	if err := <-done; err != nil {
		t.Fatalf("wait after done: %v", err)
	}
	// Idle again, then busy again.
	k3 := tr.add("Ev3")
	go tr.done(k3)
	if err := tr.wait(context.Background()); err != nil {
		t.Fatalf("second round: %v", err)
	}
}
