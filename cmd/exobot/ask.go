package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"sync"

	"exobot/adapters/console"
	"exobot/bot"
)

const askHelp = `Answers one question (the words after ask, options anywhere among them), or
every line of standard input when given - or when standard input is not a
terminal: exactly one reply per line, in order. Put -- before a question that
starts with a dash.

JSON fields: question, status (answered, no_match, urgent, help, rejected),
reason (why a no_match declined: not_covered, unsure, language, steering,
spam, chatter), not_covered (the topic it names), text, answer,
citations [{source, section, quote, version}], disclaimer,
matches [{id, question, score}], related, error, urgency, relayed.
`

// jsonReply is one reply of "exobot ask --json": a stable contract for
// scripts, separate from bot.Reply's Go shape.
type jsonReply struct {
	Question   string         `json:"question"`
	Status     bot.Status     `json:"status"`
	Reason     bot.Reason     `json:"reason,omitempty"`      // why a no_match declined: not_covered, unsure, language, steering, spam, chatter
	NotCovered string         `json:"not_covered,omitempty"` // the topic a not_covered decline names
	Text       string         `json:"text"`
	Answer     string         `json:"answer"`
	Citations  []bot.Citation `json:"citations"`
	Disclaimer string         `json:"disclaimer"`
	Matches    []bot.Match    `json:"matches"`
	Related    []string       `json:"related"`
	Error      string         `json:"error,omitempty"`
	Urgency    bot.Urgency    `json:"urgency,omitempty"` // the kind of emergency (status urgent)
	Relayed    bool           `json:"relayed,omitempty"` // urgent advice for someone relaying another's emergency
}

func toJSON(question string, r bot.Reply) jsonReply {
	out := jsonReply{
		Question:   question,
		Status:     r.Status,
		Reason:     r.Reason,
		NotCovered: r.NotCovered,
		Text:       r.Text(),
		Answer:     r.Answer,
		Citations:  r.Citations,
		Disclaimer: r.Disclaimer,
		Matches:    r.Matches,
		Related:    []string{},
		Error:      r.Error,
		Urgency:    r.Urgency,
		Relayed:    r.Relayed,
	}
	if out.Citations == nil {
		out.Citations = []bot.Citation{}
	}
	if out.Matches == nil {
		out.Matches = []bot.Match{}
	}
	for _, s := range r.Related {
		out.Related = append(out.Related, s.Question)
	}
	return out
}

func runAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := newCommand("ask", "exobot ask [--json] QUESTION...\n       exobot ask [--json] [-]   (one question per line of standard input)", askHelp, stdout)
	asJSON := c.fs.Bool("json", false, "write JSON (one object per line when reading standard input) instead of text")
	if err := c.parse(args); err != nil {
		return ignoreHelp(err)
	}
	fs := c.fs
	batch := fs.NArg() == 1 && fs.Arg(0) == "-" || fs.NArg() == 0 && !isTerminal(stdin)
	if fs.NArg() == 0 && !batch {
		return usageError("ask: give a question, or - to read questions from standard input")
	}
	eng, closeEngine, err := newEngine(quietLogger(getenv, stderr))
	if err != nil {
		return err
	}
	defer closeEngine()

	w := bufio.NewWriter(stdout)
	var enc replyEncoder // write is called by one goroutine
	write := func(question string, r bot.Reply) error {
		if *asJSON {
			b, err := enc.encode(question, r)
			if err != nil {
				return err
			}
			w.Write(b)
			w.WriteByte('\n')
		} else {
			fmt.Fprintf(w, "%s\n", r.Text())
			if batch {
				fmt.Fprintln(w, "---")
			}
		}
		return nil
	}
	if !batch {
		q := strings.Join(fs.Args(), " ")
		if err := write(q, eng.Answer(ctx, bot.Question{Text: q, Platform: "cli", User: "cli"})); err != nil {
			return err
		}
		return w.Flush()
	}
	// One reply per input line, in order, even for blank or over-long lines.
	// The lines are answered on every core at once and written in order.
	br := bufio.NewReaderSize(stdin, 64<<10)
	lines := make(chan string)
	var readErr error
	go func() {
		defer close(lines)
		for ctx.Err() == nil {
			line, err := console.ReadLine(br, console.MaxLineBytes)
			if err != nil && line == "" {
				if err != io.EOF {
					readErr = fmt.Errorf("ask: read standard input: %w", err)
				}
				return
			}
			select {
			case lines <- strings.TrimSuffix(line, "\r"):
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	answer := func(line string) bot.Reply {
		return eng.Answer(ctx, bot.Question{Text: line, Platform: "cli", User: "cli"})
	}
	if err := inOrder(lines, answer, runtime.GOMAXPROCS(0), write); err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	return w.Flush()
}

// inOrder answers each line from lines with up to workers answers at once
// and hands the replies to write in the order of the lines. It stops at the
// first write error, after the answers in flight.
func inOrder(lines <-chan string, answer func(string) bot.Reply, workers int, write func(string, bot.Reply) error) error {
	type job struct {
		line  string
		reply chan bot.Reply
	}
	// pending holds the jobs in input order; its capacity bounds how far
	// the answers may run ahead of the writes.
	pending := make(chan job, 4*max(1, workers))
	work := make(chan job)
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.reply <- answer(j.line)
			}
		}()
	}
	go func() {
		for line := range lines {
			j := job{line: line, reply: make(chan bot.Reply, 1)}
			pending <- j
			work <- j
		}
		close(work)
		close(pending)
	}()
	var err error
	for j := range pending {
		r := <-j.reply
		if err == nil {
			err = write(j.line, r)
		}
	}
	wg.Wait()
	return err
}

func runChat(ctx context.Context, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	eng, closeEngine, err := newEngine(quietLogger(getenv, stderr))
	if err != nil {
		return err
	}
	defer closeEngine()
	return console.Chat(ctx, eng, stdin, stdout)
}

// newLogger logs to w with log/slog: text on a terminal and JSON
// otherwise, unless format says which.
func newLogger(w io.Writer, level slog.Level, format string) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if format == "text" || format == "auto" && isTerminal(w) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

// quietLogger is the console commands' logger: warnings and errors only,
// unless EXOBOT_LOG_LEVEL says otherwise.
func quietLogger(getenv func(string) string, w io.Writer) *slog.Logger {
	level := slog.LevelWarn
	if v := getenv(envLogLevel); v != "" {
		level.UnmarshalText([]byte(v))
	}
	return newLogger(w, level, "auto")
}
