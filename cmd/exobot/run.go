package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

const usage = `exobot answers questions about exosomes in skincare from one article by a
board-certified dermatologist, quoting the article in every answer.

Usage:
  exobot                       chat in the terminal (or serve, when a platform is configured)
  exobot chat                  chat in the terminal
  exobot ask [--json] QUESTION answer one question
  exobot ask [--json] -        answer each line of standard input (also when stdin is not a terminal)
  exobot serve                 run the Slack and Discord adapters that are configured
  exobot discord register      register the /ask command with Discord
  exobot corpus check [--dir DIR]   validate the curated Q&A, listing every problem
  exobot corpus export         print the curated Q&A as JSON
  exobot report [--since 7d] [--json | --suggest]   what people asked and what helped, for curators
  exobot version               print the version, the source revision and the Go version
  exobot help [COMMAND]        show help

Run "exobot COMMAND --help" for a command's options, and "exobot serve --help"
for the environment variables.
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
// os.Exit. A message of several lines (every configuration problem, one a
// line) gets the "exobot: " prefix on each line, so that each stands alone
// in a log.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err == nil {
			return ee.code
		}
		code, err = ee.code, ee.err
	}
	for line := range strings.Lines(err.Error()) {
		fmt.Fprintln(stderr, "exobot:", strings.TrimSuffix(line, "\n"))
	}
	return code
}

// run is the whole program, testable in-process: the environment comes
// through getenv, the terminal through stdin, stdout and stderr.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd, rest := "", args
	if len(args) > 0 {
		cmd, rest = args[0], args[1:]
	}
	// A .env file in the working directory fills in what the environment
	// does not set. Its problems stop only the commands that connect to a
	// platform (serve, discord register), which report them with the
	// other configuration problems; ask and chat skip the lines they cannot
	// read, since a .env written for another tool is no reason not to
	// answer a question.
	var envProblems []error
	if cmd != "corpus" && cmd != "help" && cmd != "version" {
		env := loadDotenv(".env")
		getenv, envProblems = env.fallback(getenv), env.problems
	}
	switch cmd {
	case "":
		return runDefault(ctx, getenv, envProblems, stdin, stdout, stderr)
	case "chat":
		if err := noArgs("chat", "exobot chat", chatHelp, rest, stdout); err != nil {
			return ignoreHelp(err)
		}
		return runChat(ctx, getenv, stdin, stdout, stderr)
	case "ask":
		return runAsk(ctx, rest, getenv, stdin, stdout, stderr)
	case "corpus":
		return runCorpus(rest, stdout, stderr)
	case "serve":
		if err := noArgs("serve", "exobot serve", serveHelp, rest, stdout); err != nil {
			return ignoreHelp(err)
		}
		return runServe(ctx, getenv, envProblems, stdin, stdout, stderr)
	case "discord":
		return runDiscord(ctx, rest, getenv, envProblems, stdout, stderr)
	case "version", "--version", "-version":
		if cmd == "version" {
			if err := noArgs("version", "exobot version", "Prints exobot's version, the source revision it was built from and the Go version.\n", rest, stdout); err != nil {
				return ignoreHelp(err)
			}
		}
		fmt.Fprintln(stdout, readBuildInfo())
		return nil
	case "report":
		return runReport(ctx, rest, getenv, stdout)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return run(ctx, append([]string{rest[0]}, append(rest[1:], "--help")...), getenv, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	default:
		return usageError("unknown command %q", cmd)
	}
}

// command is a subcommand's flags and the text of its --help.
type command struct {
	fs       *flag.FlagSet
	synopsis string // "exobot ask [--json] QUESTION..."
	about    string // what it does, and anything else its help should say
	stdout   io.Writer
}

// newCommand returns a command whose flags report errors instead of
// exiting and print nothing while parsing: --help writes the usage to
// stdout once, and a mistyped flag is a usage error on stderr (stdout may be
// piped JSON).
func newCommand(name, synopsis, about string, stdout io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{fs: fs, synopsis: synopsis, about: about, stdout: stdout}
}

// printUsage writes the synopsis, the description and every option.
func (c *command) printUsage() {
	w := c.stdout
	fmt.Fprintf(w, "Usage: %s\n", c.synopsis)
	if c.about != "" {
		fmt.Fprintf(w, "\n%s", c.about)
	}
	var opts []*flag.Flag
	c.fs.VisitAll(func(f *flag.Flag) { opts = append(opts, f) })
	if len(opts) == 0 {
		return
	}
	fmt.Fprintln(w, "\nOptions:")
	for _, f := range opts {
		name, use := flag.UnquoteUsage(f)
		left := "--" + f.Name
		if name != "" {
			left += " " + name
		}
		fmt.Fprintf(w, "  %-16s %s\n", left, use)
	}
}

// parse parses args, options and arguments in any order ("ask are exosomes
// safe --json"); everything after "--" is an argument. --help prints the
// usage and yields flag.ErrHelp; any other problem is a usage error.
func (c *command) parse(args []string) error {
	var positional []string
	for {
		err := c.fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.printUsage()
			return flag.ErrHelp
		}
		if err != nil {
			return usageError("%s: %v", c.fs.Name(), err)
		}
		rest := c.fs.Args()
		if len(rest) == 0 {
			break
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// Parse again with the arguments alone after "--", so that Args sees
	// them.
	return c.fs.Parse(append([]string{"--"}, positional...))
}

// ignoreHelp turns the --help outcome into success.
func ignoreHelp(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

// noArgs parses a command that takes neither options nor arguments.
func noArgs(name, synopsis, about string, args []string, stdout io.Writer) error {
	c := newCommand(name, synopsis, about, stdout)
	if err := c.parse(args); err != nil {
		return err
	}
	if c.fs.NArg() > 0 {
		return usageError("%s takes no arguments", name)
	}
	return nil
}

const chatHelp = `Chats in the terminal: type a question at the > prompt, "quit" to leave.
Needs no account and no configuration.
`

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
