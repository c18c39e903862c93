package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"exobot/bot"
)

// TestSuggest_MatchesWhatWasTyped: autocomplete on the real corpus finds
// the question someone is typing from a prefix, from words in any order,
// through typos and other words for the same thing; offers the example
// questions across the article when nothing is typed; and offers nothing
// for an emergency or a topic the article does not cover, which must be
// asked as typed.
func TestSuggest_MatchesWhatWasTyped(t *testing.T) {
	e := engineForFuzz(t)
	tests := []struct {
		name, text string
		first      string   // the best suggestion's id; "" for none at all
		within     []string // ids that must be among the first three
	}{
		{name: "one word, the rare one", text: "fda", first: "are-exosomes-fda-approved"},
		{name: "a word still being typed", text: "are exosomes fd", within: []string{"are-exosomes-fda-approved"}},
		{name: "the start of a question", text: "what are exo", first: "what-are-exosomes"},
		{name: "words in another order", text: "fda approved exosome", first: "are-exosomes-fda-approved"},
		{name: "typos", text: "exosomse fda aproved", first: "are-exosomes-fda-approved"},
		{name: "a typo in a word being typed", text: "are exosmes saf", first: "are-exosomes-safe"},
		{name: "a prefix of a long word", text: "microneedl", within: []string{"exosomes-after-laser-or-microneedling"}},
		{name: "two words", text: "plant exosomes", within: []string{"plant-vs-human-exosomes", "what-are-plant-exosomes"}},
		{name: "brands", text: "brands", first: "which-brands-use-exosomes"},
		{name: "an emergency is not completed into a question", text: "my throat is closing after the exosome facial"},
		{name: "a topic the article does not cover", text: "exosomes for hair loss"},
		{name: "nothing matches", text: "salmon recipes"},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Suggest(ctx, tt.text, 25)
			ids := make([]string, len(got))
			for i, s := range got {
				ids[i] = s.ID
				if s.Question == "" {
					t.Errorf("suggestion %s has no question", s.ID)
				}
			}
			switch {
			case tt.first == "" && tt.within == nil && len(got) > 0:
				t.Errorf("Suggest(%q) = %v, want none", tt.text, ids)
			case tt.first != "" && (len(ids) == 0 || ids[0] != tt.first):
				t.Errorf("Suggest(%q) = %v, want %s first", tt.text, ids, tt.first)
			}
			for _, id := range tt.within {
				if !slices.Contains(ids[:min(3, len(ids))], id) {
					t.Errorf("Suggest(%q) = %v, want %s among the first three", tt.text, ids, id)
				}
			}
		})
	}
}

func TestSuggest_NothingTypedSpansTheArticle(t *testing.T) {
	e := engineForFuzz(t)
	got := e.Suggest(context.Background(), "  ", 6)
	if len(got) != 6 {
		t.Fatalf("%d suggestions, want 6", len(got))
	}
	if got[0].ID != "what-are-exosomes" {
		t.Errorf("first starter %s, want the article's first question", got[0].ID)
	}
	seen := map[string]bool{}
	for _, s := range got {
		if seen[s.ID] {
			t.Errorf("%s offered twice", s.ID)
		}
		seen[s.ID] = true
	}
	all := e.Suggest(context.Background(), "", 1000)
	if len(all) < 40 {
		t.Errorf("the starters list %d questions, want every answerable one", len(all))
	}
}

func TestSuggest_Limits(t *testing.T) {
	e := engineForFuzz(t)
	ctx := context.Background()
	for _, n := range []int{0, -1} {
		if got := e.Suggest(ctx, "exosomes", n); len(got) != 0 {
			t.Errorf("limit %d gave %d", n, len(got))
		}
	}
	if got := e.Suggest(ctx, "exosomes", 3); len(got) != 3 {
		t.Errorf("limit 3 gave %d", len(got))
	}
	if got := e.Suggest(ctx, "exosomes", 25); len(got) > 25 {
		t.Errorf("limit 25 gave %d", len(got))
	}
	// Whatever is typed, it returns promptly and never panics.
	for _, text := range []string{strings.Repeat("exosome ", 5000), "\x00\xff\xfe", strings.Repeat("😀", 3000), "'''", "-+:^~*\""} {
		start := time.Now()
		e.Suggest(ctx, text, 25)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Suggest on %d bytes took %v", len(text), d)
		}
	}
	// Not-covered topics are never suggested.
	for _, s := range e.Suggest(ctx, "", 1000) {
		if strings.Contains(s.ID, "not-covered") {
			t.Errorf("suggested %s", s.ID)
		}
	}
}

func TestSwap_SuggestsWithTheCurrentEngine(t *testing.T) {
	e := engineForFuzz(t)
	s := bot.NewSwap(e)
	if got := s.Suggest(context.Background(), "fda", 5); len(got) == 0 || got[0].ID != "are-exosomes-fda-approved" {
		t.Errorf("Swap.Suggest = %v", got)
	}
	s.Replace(answererFunc(func(context.Context, bot.Question) bot.Reply { return bot.Reply{} }))
	if got := s.Suggest(context.Background(), "fda", 5); got != nil {
		t.Errorf("Swap.Suggest with an Answerer that cannot suggest = %v, want nil", got)
	}
}

type answererFunc func(context.Context, bot.Question) bot.Reply

func (f answererFunc) Answer(ctx context.Context, q bot.Question) bot.Reply { return f(ctx, q) }

// benchPartials are what people have typed when autocomplete asks: a few
// letters, a few words, typos, nothing, an emergency.
var benchPartials = []string{
	"", "f", "fd", "fda", "are exo", "are exosomes fda appr", "exosomse fda aproved", "is it saf",
	"microneedl", "what does a derm look", "my lips are swelling after", "can i use exosomes with retin",
}

// BenchmarkSuggest measures autocomplete on the real engine, and reports
// the median and 99th percentile of single calls besides the mean.
//
//	go test ./bot -run '^$' -bench Suggest -benchtime 20000x
func BenchmarkSuggest(b *testing.B) {
	e := engineForFuzz(b)
	ctx := context.Background()
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		e.Suggest(ctx, benchPartials[i%len(benchPartials)], 25)
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)/2].Nanoseconds())/1e3, "µs-median")
	b.ReportMetric(float64(d[len(d)*99/100].Nanoseconds())/1e3, "µs-p99")
}
