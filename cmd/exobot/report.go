package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"exobot/corpus"
	"exobot/store"
)

const reportHelp = `Reads what "exobot serve" recorded (EXOBOT_DATA_DIR, or EXOBOT_DATABASE_URL
for PostgreSQL) and prints it for the curators: questions by status, the
questions exobot could not answer (their redacted text, when
EXOBOT_RECORD_QUESTIONS=redacted), the topics the article does not cover,
Helpful / Not helpful clicks, and the "Did you mean…?" suggestions people
chose. --suggest prints those choices as alternates to paste into the
curated Q&A; nothing changes the corpus by itself.
`

// runReport is "exobot report".
func runReport(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	c := newCommand("report", "exobot report [--since 7d] [--json | --suggest]", reportHelp, stdout)
	fs := c.fs
	sinceFlag := fs.String("since", "7d", "report the last `PERIOD`: 7d, 36h, 90m")
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	suggest := fs.Bool("suggest", false, "print the suggested phrasings as YAML to paste into corpus/data")
	if err := c.parse(args); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() > 0 {
		return usageError("report takes no arguments (did you mean --since %s?)", fs.Arg(0))
	}
	if *asJSON && *suggest {
		return usageError("report: --json and --suggest cannot be used together")
	}
	since, err := parseDays(*sinceFlag)
	if err != nil || since <= 0 {
		return usageError("report: --since wants a period such as 7d, 36h or 90m")
	}
	cfg, errs := loadStoreConfig(getenv)
	if len(errs) > 0 {
		return &exitError{code: 2, err: fmt.Errorf("configuration: %w", errs[0])}
	}
	st, err := openStore(ctx, cfg, store.Options{}, true)
	if err != nil {
		return &exitError{code: 1, err: fmt.Errorf("report: %w", err)}
	}
	defer st.Close(context.Background())
	rep, err := st.Report(ctx, time.Now().Add(-since))
	if err != nil {
		return &exitError{code: 1, err: errors.New("report: cannot read the store (see the error above)")}
	}
	switch {
	case *asJSON:
		return writeReportJSON(stdout, rep)
	case *suggest:
		c, prefix := (*corpus.Corpus)(nil), "corpus"
		if cfg.CorpusDir != "" {
			c, _ = corpus.LoadFS(os.DirFS(cfg.CorpusDir))
			prefix = cfg.CorpusDir
		} else {
			c, _ = corpus.Load()
		}
		return writeSuggestions(stdout, rep, c, prefix)
	default:
		return writeReportText(stdout, rep, *sinceFlag)
	}
}

func writeReportJSON(w io.Writer, r *store.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// statusOrder lists the statuses in the order a curator reads them.
var statusOrder = []string{"answered", "no_match", "urgent", "help", "rejected", "rate_limited", "forgotten"}

// writeReportText prints a readable summary.
func writeReportText(out io.Writer, r *store.Report, period string) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	total := 0
	for _, n := range r.Questions {
		total += n
	}
	since := r.Since
	if t, err := time.Parse(time.RFC3339, r.Since); err == nil {
		since = t.UTC().Format("2006-01-02 15:04 UTC")
	}
	fmt.Fprintf(w, "exobot report: the last %s (since %s)\n\n", period, since)
	fmt.Fprintf(w, "Questions: %d\n", total)
	statuses := slices.Clone(statusOrder)
	for st := range r.Questions {
		if !slices.Contains(statuses, st) {
			statuses = append(statuses, st)
		}
	}
	for _, st := range statuses {
		if n, ok := r.Questions[st]; ok {
			fmt.Fprintf(w, "  %s\t%d\n", st, n)
		}
	}

	section(w, "Answered most", len(r.Answered))
	for _, e := range r.Answered {
		fmt.Fprintf(w, "  %d\t%s\n", e.Count, e.Entry)
	}

	title := "Not answered (redacted)"
	if r.UnansweredWithoutText > 0 {
		title = fmt.Sprintf("Not answered (redacted; %d more without text: set EXOBOT_RECORD_QUESTIONS=redacted to keep it)", r.UnansweredWithoutText)
	}
	section(w, title, len(r.Unanswered))
	for _, u := range r.Unanswered {
		near := ""
		if u.Near != "" {
			near = "nearest: " + u.Near
		}
		fmt.Fprintf(w, "  %d\t%q\t%s\n", u.Count, u.Text, near)
	}

	section(w, "Not covered by the article", len(r.NotCovered))
	for _, t := range r.NotCovered {
		fmt.Fprintf(w, "  %d\t%s\n", t.Count, t.Topic)
	}

	section(w, "Feedback (helpful / not helpful), least helpful first", len(r.Feedback))
	for _, f := range r.Feedback {
		fmt.Fprintf(w, "  %d / %d\t%s\n", f.Helpful, f.NotHelpful, f.Entry)
	}

	section(w, "\"Did you mean…?\" suggestions chosen", len(r.Clicks))
	for _, c := range r.Clicks {
		fmt.Fprintf(w, "  %d\t%s\n", c.Count, c.Entry)
	}

	section(w, "Suggested phrasings (exobot report --suggest prints them as YAML)", len(r.SuggestedPhrasings))
	for _, p := range r.SuggestedPhrasings {
		fmt.Fprintf(w, "  %d\t%s\t%q\n", p.Count, p.Entry, p.Text)
	}
	return w.Flush()
}

func section(w io.Writer, title string, n int) {
	fmt.Fprintf(w, "\n%s\n", title)
	if n == 0 {
		fmt.Fprintln(w, "  (none)")
	}
}

// writeSuggestions prints the suggested phrasings as alternates, grouped by
// entry, each group headed by the file and line of its entry in the
// curated Q&A c (which may be nil) found in dir, ready to paste under that
// entry's alternates.
func writeSuggestions(w io.Writer, r *store.Report, c *corpus.Corpus, dir string) error {
	fmt.Fprintf(w, "# Suggested alternates, from questions exobot declined (since %s) whose\n", r.Since)
	fmt.Fprintln(w, "# \"Did you mean…?\" suggestion the person then chose. Review each one: paste it")
	fmt.Fprintln(w, "# under the entry's alternates, or leave it out; placeholders such as [number]")
	fmt.Fprintln(w, "# mark redacted words. Then run: exobot corpus check")
	if len(r.SuggestedPhrasings) == 0 {
		fmt.Fprintln(w, "# (none yet)")
		return nil
	}
	last := ""
	for _, p := range r.SuggestedPhrasings {
		if p.Entry != last {
			last = p.Entry
			where := ""
			if c != nil {
				if pos, ok := c.Where(p.Entry); ok {
					where = fmt.Sprintf(" (%s:%d)", path.Join(dir, pos.File), pos.Line)
				}
			}
			fmt.Fprintf(w, "\n# id: %s%s\n  alternates:\n", p.Entry, where)
		}
		q := yamlString(p.Text)
		times := "times"
		if p.Count == 1 {
			times = "time"
		}
		fmt.Fprintf(w, "    - %s  # chosen %d %s\n", q, p.Count, times)
	}
	return nil
}

// yamlString quotes s as a YAML double-quoted scalar (a JSON string is one).
func yamlString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
