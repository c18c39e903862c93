package bot_test

import (
	"context"
	"strings"
	"testing"

	"exobot/bot"
)

// screenInputs are the inputs of BenchmarkScreen: what people usually
// send, a question with a trigger word, the longest question the engine
// reads, and the longest message Slack delivers.
func screenInputs() []struct{ name, text string } {
	long := "I had CO2 laser last week and the medspa is upselling an exosome serum for $400, my skin is a bit red and tight but no fever, is it worth it or should I stick with my regular stuff? "
	return []struct{ name, text string }{
		{"short", "are exosomes fda approved?"},
		{"trigger-word", "can exosomes help with redness and swelling after microneedling?"},
		{"urgent", "my lips are swelling and my throat feels tight after the facial"},
		{"2000-chars", strings.Repeat(long, bot.MaxQuestionRunes/len(long)+1)[:bot.MaxQuestionRunes]},
		{"40000-chars", strings.Repeat(long, 40000/len(long)+1)[:40000]},
	}
}

// BenchmarkScreen measures the emergency screen alone. Besides wall time
// it reports the CPU time per screening (cpu-µs/op), which a busy shared
// host does not inflate.
//
//	go test ./bot -run '^$' -bench 'Screen$' -benchtime 2000x -count 3
func BenchmarkScreen(b *testing.B) {
	for _, in := range screenInputs() {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				bot.Screen(in.text)
			}
			if d := cpuTime() - start; d > 0 {
				b.ReportMetric(float64(d.Nanoseconds())/1e3/float64(b.N), "cpu-µs/op")
			}
		})
	}
}

// BenchmarkServeChain_LimitedPersonLongMessage measures what serve's
// middleware chain spends on a 40,000-character message from a person who
// is already over the rate limit: the bounded screen and the refusal.
func BenchmarkServeChain_LimitedPersonLongMessage(b *testing.B) {
	next := &echo{}
	chain := bot.Observe(bot.RateLimit(bot.LimitInFlight(next, 4), 1, nil), bot.ObserveOptions{})
	text := screenInputs()[4].text
	ask(chain, "slack", "U1", "what are exosomes?") // spends the only token
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if r := chain.Answer(context.Background(), bot.Question{Text: text, Platform: "slack", User: "U1"}); r.Status != bot.StatusRateLimited {
			b.Fatalf("status %s", r.Status)
		}
	}
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/1e3/float64(b.N), "cpu-µs/op")
	}
}
