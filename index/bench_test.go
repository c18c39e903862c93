package index_test

import (
	"context"
	"testing"

	"exobot/bot"
	"exobot/corpus"
	"exobot/index"
)

// BenchmarkBuild measures start-up: loading and validating the embedded
// corpus, then building the in-memory index.
//
//	go test ./index -run '^$' -bench Build
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c, err := corpus.Load()
		if err != nil {
			b.Fatal(err)
		}
		x, err := index.Build(c.Entries, index.Options{Lexicon: c.Lexicon.Phrases(), TopicTerms: c.Lexicon.TopicTerms(), TopicNear: c.Lexicon.TopicNear()})
		if err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}

func BenchmarkSearch(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	x, err := index.Build(c.Entries, index.Options{Lexicon: c.Lexicon.Phrases(), TopicTerms: c.Lexicon.TopicTerms(), TopicNear: c.Lexicon.TopicNear()})
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Search(context.Background(), bot.Query{Focus: "do exosomes help skin heal faster after laser"}, 6); err != nil {
			b.Fatal(err)
		}
	}
}
