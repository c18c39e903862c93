package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

const usage = `exobot answers questions about exosomes in skincare from one article
by a board-certified dermatologist, quoting the article in every answer.

Usage:
  exobot                       chat in the terminal (or serve, when a platform is configured)
  exobot chat                  chat in the terminal
  exobot ask [--json] QUESTION answer one question
  exobot ask [--json] -        answer each line of standard input (also when stdin is not a terminal)
  exobot serve                 run the Slack and Discord adapters that are configured
  exobot discord register      register the /ask command with Discord
  exobot corpus check [--dir DIR]   validate the curated Q&A, listing every problem
  exobot corpus export         print the curated Q&A as JSON
  exobot help [COMMAND]        show help

Run "exobot COMMAND --help" for a command's options.
`

// exitError carries a process exit code; its message, if any, has been
// printed already or is printed by main.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}
func (e *exitError) Unwrap() error { return e.err }

// usageError reports a command line that cannot be run (exit status 2).
func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format+"\nRun \"exobot help\" for usage.", args...)}
}

// exitCode prints err (if it has a message) and returns the status for
// os.Exit.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "exobot:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "exobot:", err)
	return 1
}

// run is the whole program, testable in-process: the environment comes
// through getenv, the terminal through stdin, stdout and stderr.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd, rest := "", args
	if len(args) > 0 {
		cmd, rest = args[0], args[1:]
	}
	if cmd != "corpus" && cmd != "help" {
		// A .env file in the working directory fills in what the
		// environment does not set.
		var err error
		if getenv, err = withDotenv(getenv, ".env"); err != nil {
			return &exitError{code: 2, err: err}
		}
	}
	switch cmd {
	case "":
		return runDefault(ctx, getenv, stdin, stdout, stderr)
	case "chat":
		if err := noArgs("chat", rest, stdout); err != nil {
			return ignoreHelp(err)
		}
		return runChat(ctx, getenv, stdin, stdout, stderr)
	case "ask":
		return runAsk(ctx, rest, getenv, stdin, stdout, stderr)
	case "corpus":
		return runCorpus(rest, stdout, stderr)
	case "serve":
		if err := noArgs("serve", rest, stdout); err != nil {
			return ignoreHelp(err)
		}
		return runServe(ctx, getenv, stdin, stdout, stderr)
	case "discord":
		return runDiscord(ctx, rest, getenv, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return run(ctx, []string{rest[0], "--help"}, getenv, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	default:
		return usageError("unknown command %q", cmd)
	}
}

// newFlags returns a flag set that writes its usage to stdout and returns
// errors instead of exiting.
func newFlags(name, synopsis string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: %s\n", synopsis)
		var has bool
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			fmt.Fprintln(stdout, "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args; --help prints usage and yields flag.ErrHelp,
// any other problem is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return flag.ErrHelp
	}
	if err != nil {
		return usageError("%s: %v", fs.Name(), err)
	}
	return nil
}

// ignoreHelp turns the --help outcome into success.
func ignoreHelp(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func noArgs(name string, args []string, stdout io.Writer) error {
	fs := newFlags(name, "exobot "+name, stdout)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("%s takes no arguments", name)
	}
	return nil
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
