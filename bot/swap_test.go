package bot

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// closable answers with its name and records answers after Close.
type closable struct {
	name    string
	closed  atomic.Bool
	late    atomic.Int32
	started chan struct{}
	release chan struct{}
}

func (c *closable) Answer(context.Context, Question) Reply {
	if c.started != nil {
		c.started <- struct{}{}
		<-c.release
	}
	if c.closed.Load() {
		c.late.Add(1)
	}
	return Reply{Answer: c.name}
}

func TestSwap_AnswersInFlightFinishOnTheAnswererTheyStartedWith(t *testing.T) {
	old := &closable{name: "old", started: make(chan struct{}), release: make(chan struct{})}
	s := NewSwap(old)
	got := make(chan string)
	go func() { got <- s.Answer(context.Background(), Question{}).Answer }()
	<-old.started // a question is being answered by old

	replaced := make(chan Answerer)
	go func() { replaced <- s.Replace(&closable{name: "new"}) }()
	time.Sleep(20 * time.Millisecond)
	if r := s.Answer(context.Background(), Question{}).Answer; r != "new" {
		t.Errorf("a question after Replace was answered by %q", r)
	}
	select {
	case <-replaced:
		t.Fatal("Replace returned while a question was still being answered by the old answerer")
	default:
	}
	close(old.release)
	if r := <-got; r != "old" {
		t.Errorf("the question in flight was answered by %q", r)
	}
	if prev := <-replaced; prev != old {
		t.Error("Replace did not return the previous answerer")
	}
}

func TestSwap_ConcurrentAnswersDuringReplacesNeverUseAClosedAnswerer(t *testing.T) {
	first := &closable{name: "0"}
	s := NewSwap(first)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var answered atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				s.Answer(context.Background(), Question{})
				answered.Add(1)
			}
		}()
	}
	all := []*closable{first}
	deadline := time.Now().Add(5 * time.Second)
	for i := 1; i <= 20; i++ {
		for answered.Load() < int64(i*10) && time.Now().Before(deadline) {
			time.Sleep(100 * time.Microsecond) // let answers run on this generation
		}
		next := &closable{name: "n"}
		all = append(all, next)
		s.Replace(next).(*closable).closed.Store(true)
	}
	close(stop)
	wg.Wait()
	for _, c := range all {
		if n := c.late.Load(); n > 0 {
			t.Errorf("%d answers ran on an answerer after it was released", n)
		}
	}
	// The loop above waits for ten answers on each of the 20 generations:
	// fewer than 200 means the deadline cut it short and some generations
	// were never answered on.
	if answered.Load() < 200 {
		t.Errorf("%d questions answered across 20 replaces, want at least 200", answered.Load())
	}
}
