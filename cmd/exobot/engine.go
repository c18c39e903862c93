package main

import (
	"fmt"
	"log/slog"

	"exobot/bot"
	"exobot/corpus"
	"exobot/index"
)

// newEngine loads the embedded corpus, indexes it and returns the answer
// engine with a function that releases the index. The corpus is validated
// while it is indexed, on another core: an invalid one still stops the
// program before it answers.
func newEngine(logger *slog.Logger) (*bot.Engine, func(), error) {
	invalid := func(err error) error {
		return fmt.Errorf("the embedded corpus is invalid (run \"exobot corpus check\"): %w", err)
	}
	c, check, err := corpus.Read()
	if err != nil {
		return nil, nil, invalid(err)
	}
	checked := make(chan error, 1)
	go func() { checked <- check() }()
	eng, closeEngine, err := engineFromCorpus(c, logger)
	if problems := <-checked; problems != nil {
		if err == nil {
			closeEngine()
		}
		return nil, nil, invalid(problems)
	}
	return eng, closeEngine, err
}

// engineFromCorpus indexes a loaded corpus and returns the answer engine
// with a function that releases the index. serve's live reload builds each
// new engine with it too.
func engineFromCorpus(c *corpus.Corpus, logger *slog.Logger) (*bot.Engine, func(), error) {
	ix, err := index.Build(c.Entries, index.Options{Lexicon: c.Lexicon.Phrases(), TopicTerms: c.Lexicon.TopicTerms(), TopicNear: c.Lexicon.TopicNear()})
	if err != nil {
		return nil, nil, err
	}
	eng, err := bot.New(c.Entries, ix, bot.Options{Logger: logger})
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	return eng, func() { ix.Close() }, nil
}
