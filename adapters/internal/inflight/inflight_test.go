package inflight

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestTracker_WaitsForWhatIsInFlightAndNamesWhatIsGivenUp(t *testing.T) {
	var tr Tracker
	if err := tr.Wait(context.Background()); err != nil {
		t.Fatalf("nothing in flight: %v", err)
	}
	a, b := tr.Add("event Ev1"), tr.Add("slash T2")
	tr.Done(a)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := tr.Wait(ctx)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "1 replies still in flight, given up: slash T2") || strings.Contains(err.Error(), "Ev1") {
		t.Errorf("err = %v", err)
	}
	done := make(chan error)
	go func() { done <- tr.Wait(context.Background()) }()
	tr.Done(b)
	tr.Done(b) // twice is harmless
	if err := <-done; err != nil {
		t.Errorf("after the last reply: %v", err)
	}
	c := tr.Add("message 3") // in flight again after idle
	tr.Done(c)
	if err := tr.Wait(context.Background()); err != nil {
		t.Errorf("idle again: %v", err)
	}
}
