package bot_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"exobot/bot"
)

// benchQuestions are the questions of the evaluation sets (in
// ../cmd/exobot/testdata), as people wrote them — short, misspelled, out of
// scope, urgent, noisy — with the long stories (three sentences or more, or
// over 200 characters) repeated until they are a quarter of the mix, as in
// real traffic.
var benchQuestions = sync.OnceValue(func() []string {
	files, _ := filepath.Glob("../cmd/exobot/testdata/eval*.jsonl")
	var short, long []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			var c struct{ Question string }
			if json.Unmarshal([]byte(line), &c) != nil || c.Question == "" {
				continue
			}
			if len(c.Question) > 200 || strings.Count(c.Question, ". ")+strings.Count(c.Question, "? ") >= 2 {
				long = append(long, c.Question)
			} else {
				short = append(short, c.Question)
			}
		}
	}
	if len(long) == 0 || len(short) == 0 {
		panic("no evaluation questions for the benchmark")
	}
	mix := append([]string(nil), short...)
	for i := 0; i < len(short)/3; i++ { // long stories: a quarter of the mix
		mix = append(mix, long[i%len(long)])
	}
	// Interleave deterministically so that consecutive answers differ.
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(mix), func(i, j int) { mix[i], mix[j] = mix[j], mix[i] })
	return mix
})

// BenchmarkAnswer measures the real engine (shipped corpus, bleve index)
// over a mix of questions, and reports the median and 99th percentile of
// single answers besides the mean.
//
//	go test ./bot -run '^$' -bench Answer -benchtime 20000x
func BenchmarkAnswer(b *testing.B) {
	qs := benchQuestions()
	timeAnswers(b, func(i int) string { return qs[i%len(qs)] })
}

// timeAnswers answers b.N questions, the i-th question(i), with the real
// engine, and reports the CPU time, the median and the 99th percentile of
// single answers besides the mean.
func timeAnswers(b *testing.B, question func(i int) string) {
	e := engineForFuzz(b)
	ctx := context.Background()
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		q := bot.Question{Text: question(i), Platform: "bench"}
		start := time.Now()
		e.Answer(ctx, q)
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	if c := cpuTime() - cpu; c > 0 {
		// CPU time, which a busy shared host does not inflate (GC
		// included, on whichever core it ran).
		b.ReportMetric(float64(c.Nanoseconds())/1e3/float64(b.N), "cpu-µs/op")
	}
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)/2].Nanoseconds())/1e3, "µs-median")
	b.ReportMetric(float64(d[len(d)*99/100].Nanoseconds())/1e3, "µs-p99")
}

// BenchmarkAnswerParallel measures throughput with every core answering.
func BenchmarkAnswerParallel(b *testing.B) {
	e := engineForFuzz(b)
	qs := benchQuestions()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			e.Answer(context.Background(), bot.Question{Text: qs[i%len(qs)]})
			i++
		}
	})
}

// BenchmarkAnswerLong measures only the long stories of the mix (three
// sentences or more, or over 200 characters), which make its slowest answers.
func BenchmarkAnswerLong(b *testing.B) {
	e := engineForFuzz(b)
	var qs []string
	for _, q := range benchQuestions() {
		if len(q) > 200 || strings.Count(q, ". ")+strings.Count(q, "? ") >= 2 {
			qs = append(qs, q)
		}
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Answer(ctx, bot.Question{Text: qs[i%len(qs)], Platform: "bench"})
	}
}

// BenchmarkAnswerRepeated answers the mix of BenchmarkAnswer with each
// question asked repeatRun times in a row, measured as BenchmarkAnswer is. Against
// BenchmarkAnswer's (every answer a new question) it shows what the cold
// start of an answer costs — the processor's caches and branch
// predictors (and the word memos) a question warms for its repeats: on
// the two-core host of the fortieth session 33 µs against 66–72 µs, about
// half of BenchmarkAnswer's median.
func BenchmarkAnswerRepeated(b *testing.B) {
	qs := benchQuestions()
	timeAnswers(b, func(i int) string { return qs[(i/repeatRun)%len(qs)] })
}

// repeatRun is how many times in a row BenchmarkAnswerRepeated asks each
// question.
const repeatRun = 10
