package bot_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"exobot/bot"
	"exobot/corpus"
	"exobot/index"
)

var (
	realOnce   sync.Once
	realEngine *bot.Engine
	realErr    error
)

// engineForFuzz is the real engine: the shipped corpus, indexed.
func engineForFuzz(t testing.TB) *bot.Engine {
	realOnce.Do(func() {
		c, err := corpus.Load()
		if err != nil {
			realErr = err
			return
		}
		ix, err := index.Build(c.Entries, index.Options{Lexicon: c.Lexicon.Phrases(), TopicTerms: c.Lexicon.TopicTerms(), TopicNear: c.Lexicon.TopicNear()})
		if err != nil {
			realErr = err
			return
		}
		realEngine, realErr = bot.New(c.Entries, ix, bot.Options{})
	})
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realEngine
}

var statuses = []bot.Status{bot.StatusAnswered, bot.StatusNoMatch, bot.StatusUrgent, bot.StatusHelp, bot.StatusRejected}

// FuzzAnswer feeds arbitrary text to the real engine: it must never panic
// or hang, and every reply must keep the invariants people rely on. The
// seed corpus is in testdata/fuzz/FuzzAnswer.
func FuzzAnswer(f *testing.F) {
	for _, s := range []string{
		"are exosomes fda approved?", `+exosomes -laser "collagen`, "field:answer ^2 *~", "what is the",
		"", "\x00\xff\xfe", "🙂🙂🙂", "exosomes " + string(make([]byte, 3000)), "\u202eexosomes\u202c",
		"hi", "my throat is closing", "exozomes 4 acen??", "tl;dr", "' OR 1=1 --",
	} {
		f.Add(s)
	}
	e := engineForFuzz(f)
	f.Fuzz(func(t *testing.T, text string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done := make(chan bot.Reply, 1)
		go func() { done <- e.Answer(ctx, bot.Question{Text: text, Platform: "fuzz"}) }()
		var r bot.Reply
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Answer(%q) hung", text)
		}
		if !slices.Contains(statuses, r.Status) {
			t.Fatalf("Answer(%q): status %q", text, r.Status)
		}
		if wantCaution := map[bool]string{false: bot.Disclaimer, true: bot.UrgentDisclaimer}[r.Status == bot.StatusUrgent]; r.Disclaimer != wantCaution || r.Answer == "" || r.Silent {
			t.Fatalf("Answer(%q) = %+v", text, r)
		}
		if r.Status == bot.StatusAnswered && (len(r.Citations) == 0 || r.EntryID == "") {
			t.Fatalf("Answer(%q): answered without a citation", text)
		}
		if (r.Status == bot.StatusUrgent) != (r.Urgency != bot.UrgencyNone) {
			t.Fatalf("Answer(%q): status %s with urgency %q", text, r.Status, r.Urgency)
		}
		if r.Status == bot.StatusRejected && r.Error == "" {
			t.Fatalf("Answer(%q): rejected without a reason", text)
		}
		if !utf8.ValidString(r.Text()) || !utf8.ValidString(r.Question) {
			t.Fatalf("Answer(%q): invalid UTF-8 in the reply", text)
		}
		if utf8.RuneCountInString(r.Question) > bot.MaxQuestionRunes {
			t.Fatalf("Answer(%q): echoes %d characters", text, utf8.RuneCountInString(r.Question))
		}
	})
}
