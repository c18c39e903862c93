// Package console is exobot's terminal adapter: a chat loop over an
// io.Reader and io.Writer, rendering replies as plain text. It needs no
// accounts, so it is how a new user first tries the bot.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"exobot/bot"
)

// MaxLineBytes bounds one line of input; the rest of a longer line is
// read and discarded (the bot rejects over-long questions anyway).
const MaxLineBytes = 64 << 10

// Chat runs an interactive chat: it prints an introduction, then answers
// each line read from in until EOF, "quit" or "exit", or until ctx is done.
// Only write errors are returned.
func Chat(ctx context.Context, a bot.Answerer, in io.Reader, out io.Writer) error {
	w := bufio.NewWriter(out)
	intro := a.Answer(ctx, bot.Question{Text: "help", Platform: "console"})
	fmt.Fprintf(w, "%s\n\nType a question, or \"quit\" to leave.\n\n> ", intro.Text())
	if err := w.Flush(); err != nil {
		return err
	}
	lines := make(chan string)
	go func() {
		defer close(lines)
		br := bufio.NewReaderSize(in, 4096)
		for {
			line, err := ReadLine(br, MaxLineBytes)
			if err != nil && line == "" {
				return
			}
			select {
			case lines <- line:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	var prev *bot.Turn // the previous question and its answer, for follow-ups
	for {
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			fmt.Fprintln(w)
			return w.Flush()
		case line, ok = <-lines:
		}
		if !ok {
			fmt.Fprintln(w)
			return w.Flush()
		}
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "quit", "exit", "/quit", "/exit", "bye":
			fmt.Fprintln(w, "Bye! Take care of your skin.")
			return w.Flush()
		case "":
			fmt.Fprint(w, "> ")
			if err := w.Flush(); err != nil {
				return err
			}
			continue
		}
		r := a.Answer(ctx, bot.Question{Text: line, Platform: "console", User: "console", Previous: prev})
		if r.Status == bot.StatusAnswered || r.Status == bot.StatusNoMatch {
			// The conversation goes on from this turn: "and is it safe?"
			// is read in its light.
			prev = &bot.Turn{Question: line, EntryID: r.EntryID}
		}
		if text := r.Text(); text != "" {
			fmt.Fprintf(w, "\n%s\n", text)
		}
		fmt.Fprint(w, "\n> ")
		if err := w.Flush(); err != nil {
			return err
		}
	}
}

// ReadLine reads one line (without its line ending) of at most max bytes
// from br; the rest of a longer line is discarded. At end of input it
// returns the last partial line, if any, with io.EOF.
func ReadLine(br *bufio.Reader, max int) (string, error) {
	var b []byte
	for {
		chunk, isPrefix, err := br.ReadLine()
		if len(b) < max {
			b = append(b, chunk[:min(len(chunk), max-len(b))]...)
		}
		if err != nil {
			return string(b), err
		}
		if !isPrefix {
			return string(b), nil
		}
	}
}
