package bot_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"exobot/bot"
)

// benchQuestions are the kinds of questions people ask: short, long,
// misspelled, out of scope, urgent.
var benchQuestions = []string{
	"what are exosomes",
	"are exosomes fda approved?",
	"r exosomes legit or a scam lol",
	"do exsomes boost colagen",
	"I had CO2 laser last week and the medspa is upselling an exosome serum for $400, is it worth it or should I stick with my regular stuff",
	"a patient is asking if our exosome add-on is FDA approved, what should I tell them",
	"is la roche posay anthelios good",
	"can i keep using tretinoin while pregnant",
	"my throat is closing up after the serum",
	"hi",
}

// BenchmarkAnswer measures the real engine (shipped corpus, bleve index)
// over a mix of questions, and reports the median and 99th percentile of
// single answers besides the mean.
//
//	go test ./bot -run '^$' -bench Answer -benchtime 20000x
func BenchmarkAnswer(b *testing.B) {
	e := engineForFuzz(b)
	ctx := context.Background()
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := bot.Question{Text: benchQuestions[i%len(benchQuestions)], Platform: "bench"}
		start := time.Now()
		e.Answer(ctx, q)
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)/2].Nanoseconds())/1e3, "µs-median")
	b.ReportMetric(float64(d[len(d)*99/100].Nanoseconds())/1e3, "µs-p99")
}

// BenchmarkAnswerParallel measures throughput with every core answering.
func BenchmarkAnswerParallel(b *testing.B) {
	e := engineForFuzz(b)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			e.Answer(context.Background(), bot.Question{Text: benchQuestions[i%len(benchQuestions)]})
			i++
		}
	})
}
