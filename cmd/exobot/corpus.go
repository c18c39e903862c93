package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"exobot/corpus"
)

func runCorpus(args []string, stdout, stderr io.Writer) error {
	sub, rest := "", []string(nil)
	if len(args) > 0 {
		sub, rest = args[0], args[1:]
	}
	switch sub {
	case "check":
		return corpusCheck(rest, stdout, stderr)
	case "export":
		return corpusExport(rest, stdout)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, "Usage:\n  exobot corpus check [--dir DIR]   validate the curated Q&A, listing every problem (exit 1 if any)\n  exobot corpus export              print the curated Q&A as one JSON array\n")
		return nil
	case "":
		return usageError("corpus: give a subcommand: check or export")
	default:
		return usageError("corpus: unknown subcommand %q (want check or export)", sub)
	}
}

func corpusCheck(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("corpus check", "exobot corpus check [--dir DIR]",
		"Validates the curated questions and answers — every quote verbatim in the article, every\nsection cited — and lists every problem with its file and line (exit status 1).\n", stdout)
	dir := cmd.fs.String("dir", "", "check the corpus in `DIR` (article.txt, article.yaml, data/*.yaml), e.g. ./corpus, instead of the one built in")
	if err := cmd.parse(args); err != nil {
		return ignoreHelp(err)
	}
	if cmd.fs.NArg() > 0 {
		return usageError("corpus check takes no arguments")
	}
	var c *corpus.Corpus
	var err error
	if *dir != "" {
		c, err = corpus.LoadFS(os.DirFS(*dir))
	} else {
		c, err = corpus.Load()
	}
	if probs := corpus.Problems(err); len(probs) > 0 {
		for _, p := range probs {
			fmt.Fprintln(stderr, p)
		}
		return &exitError{code: 1, err: fmt.Errorf("corpus check: %d problems", len(probs))}
	}
	if err != nil {
		return &exitError{code: 1, err: err}
	}
	quotes, sentences, silences := 0, 0, 0
	for _, e := range c.Entries {
		quotes += len(e.Citations)
		sentences += len(e.Sentences)
		for _, s := range e.Sentences {
			if len(s.Missing) > 0 {
				silences++
			}
		}
	}
	notCovered := 0
	for _, e := range c.Entries {
		if e.NotCovered != "" {
			notCovered++
		}
	}
	fmt.Fprintf(stdout, "corpus ok: %d entries (%d answered in %d grounded sentences from %d quotes, %d of them about what the article does not say; %d topics marked not covered); all %d sections of %q (version %s) cited\n",
		len(c.Entries), len(c.Entries)-notCovered, sentences, quotes, silences, notCovered, len(c.Article.Sections), c.Article.Title, c.Article.Version())
	return nil
}

type exportEntry struct {
	ID         string           `json:"id"`
	Question   string           `json:"question"`
	Alternates []string         `json:"alternates"`
	Answer     string           `json:"answer"`
	Citations  []exportCitation `json:"citations"`
	Sentences  []exportSentence `json:"sentences,omitempty"`
	Tags       []string         `json:"tags"`
	NotCovered string           `json:"not_covered,omitempty"`
	Referral   string           `json:"referral,omitempty"`
}

// exportSentence is one answer sentence: the indexes in citations of the
// quotes that support it, or what it says the article lacks.
type exportSentence struct {
	Say     string   `json:"say"`
	Quotes  []int    `json:"quotes,omitempty"`
	Missing []string `json:"missing,omitempty"`
}

type exportCitation struct {
	Source  string `json:"source"`
	Section string `json:"section"`
	Quote   string `json:"quote"`
	Version string `json:"version,omitempty"`
}

func corpusExport(args []string, stdout io.Writer) error {
	if err := noArgs("corpus export", "exobot corpus export", "Prints the curated questions and answers as one JSON array.\n", args, stdout); err != nil {
		return ignoreHelp(err)
	}
	c, err := corpus.Load()
	if err != nil {
		return &exitError{code: 1, err: fmt.Errorf("corpus export: the corpus is invalid (run \"exobot corpus check\"): %w", err)}
	}
	out := make([]exportEntry, 0, len(c.Entries))
	for _, e := range c.Entries {
		x := exportEntry{ID: e.ID, Question: e.Question, Alternates: e.Alternates, Answer: e.Answer, Tags: e.Tags, NotCovered: e.NotCovered, Referral: string(e.Referral), Citations: []exportCitation{}}
		for _, ct := range e.Citations {
			x.Citations = append(x.Citations, exportCitation(ct))
		}
		for _, st := range e.Sentences {
			x.Sentences = append(x.Sentences, exportSentence{Say: st.Text, Quotes: st.Quotes, Missing: st.Missing})
		}
		out = append(out, x)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
