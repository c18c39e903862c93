package slack

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestTracker_WaitReturnsWhenIdle(t *testing.T) {
	var tr tracker
	if err := tr.wait(context.Background()); err != nil {
		t.Fatalf("idle wait: %v", err)
	}
	tr.add()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := tr.wait(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("wait with work in flight = %v, want deadline exceeded", err)
	}
	done := make(chan error, 1)
	go func() { done <- tr.wait(context.Background()) }()
	tr.done()
	if err := <-done; err != nil {
		t.Fatalf("wait after done: %v", err)
	}
}
