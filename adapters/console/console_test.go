package console_test

import (
	"bufio"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"exobot/adapters/console"
	"exobot/bot"
)

// echoAnswerer answers every question with its own text and records them.
type echoAnswerer struct {
	mu  sync.Mutex
	got []bot.Question
}

func (e *echoAnswerer) Answer(_ context.Context, q bot.Question) bot.Reply {
	e.mu.Lock()
	e.got = append(e.got, q)
	e.mu.Unlock()
	return bot.Reply{Status: bot.StatusAnswered, Answer: "echo: " + q.Text, Disclaimer: "careful"}
}

func TestChat_AnswersEachLineThenQuits(t *testing.T) {
	a := &echoAnswerer{}
	var out strings.Builder
	err := console.Chat(context.Background(), a, strings.NewReader("first\n\n  \nsecond\nQUIT\nthird\n"), &out)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.got) != 3 || a.got[0].Text != "help" || a.got[1].Text != "first" || a.got[2].Text != "second" {
		t.Fatalf("asked %+v", a.got)
	}
	if a.got[1].Platform != "console" {
		t.Errorf("platform %q", a.got[1].Platform)
	}
	for _, want := range []string{"echo: help", "echo: first", "echo: second", "careful", "Bye"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out.String(), "echo: third") {
		t.Error("answered after quit")
	}
}

func TestChat_EndsAtEOFAndOnCancel(t *testing.T) {
	a := &echoAnswerer{}
	if err := console.Chat(context.Background(), a, strings.NewReader("last line without newline"), io.Discard); err != nil {
		t.Fatal(err)
	}
	if len(a.got) != 2 || a.got[1].Text != "last line without newline" {
		t.Fatalf("asked %+v", a.got)
	}
	// A reader that never returns: cancelling the context ends the chat.
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- console.Chat(ctx, &echoAnswerer{}, pr, io.Discard) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Chat did not return after cancel")
	}
}

func TestChat_SilentReplyPrintsNothing(t *testing.T) {
	var out strings.Builder
	silent := answererFunc(func(_ context.Context, q bot.Question) bot.Reply {
		if q.Text == "help" {
			return bot.Reply{Answer: "intro"}
		}
		return bot.Reply{Silent: true, Answer: "must not show"}
	})
	console.Chat(context.Background(), silent, strings.NewReader("x\n"), &out)
	if strings.Contains(out.String(), "must not show") {
		t.Error("silent reply printed")
	}
}

type answererFunc func(context.Context, bot.Question) bot.Reply

func (f answererFunc) Answer(ctx context.Context, q bot.Question) bot.Reply { return f(ctx, q) }

func TestReadLine_BoundsLongLines(t *testing.T) {
	long := strings.Repeat("x", 100) + "\nnext\n"
	br := bufio.NewReaderSize(strings.NewReader(long), 16)
	line, err := console.ReadLine(br, 10)
	if err != nil || line != strings.Repeat("x", 10) {
		t.Fatalf("ReadLine = %q, %v", line, err)
	}
	if line, err = console.ReadLine(br, 10); err != nil || line != "next" {
		t.Fatalf("second ReadLine = %q, %v", line, err)
	}
	if _, err = console.ReadLine(br, 10); err != io.EOF {
		t.Fatalf("at end: %v", err)
	}
}

// Each question after the first carries the previous turn, so follow-ups
// ("and is it safe?") are read in its light.
func TestChat_PassesThePreviousTurn(t *testing.T) {
	a := &echoAnswerer{}
	var out strings.Builder
	if err := console.Chat(context.Background(), a, strings.NewReader("what are exosomes\nand are they safe?\n"), &out); err != nil {
		t.Fatal(err)
	}
	if len(a.got) != 3 {
		t.Fatalf("asked %+v", a.got)
	}
	if a.got[1].Previous != nil {
		t.Errorf("the first question has a previous turn: %+v", a.got[1].Previous)
	}
	if p := a.got[2].Previous; p == nil || p.Question != "what are exosomes" {
		t.Errorf("the follow-up's previous turn = %+v", p)
	}
}
