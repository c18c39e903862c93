package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"exobot/bot"
)

// fakeSearcher returns fixed hits for every question and records what it
// was asked. The question-level evidence of the result (Terms, OnTopic,
// Grounded) is the first hit's.
type fakeSearcher struct {
	mu    sync.Mutex
	hits  []testHit
	err   error
	calls []bot.Query
}

// testHit is a hit with the evidence of the search that found it.
type testHit struct {
	ID                         string
	Score, Coverage, Precision float64
	Terms, Matched             int
	OnTopic                    bool
	Grounded, UnknownShare     float64
	Gap                        string
}

func (f *fakeSearcher) Search(_ context.Context, q bot.Query, limit int) (bot.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, q)
	if f.err != nil {
		return bot.Result{}, f.err
	}
	var r bot.Result
	for i, h := range f.hits[:min(limit, len(f.hits))] {
		if i == 0 {
			r.Terms, r.FocusTerms, r.OnTopic, r.Grounded, r.UnknownShare, r.Gap = h.Terms, h.Terms, h.OnTopic, h.Grounded, h.UnknownShare, h.Gap
		}
		r.Hits = append(r.Hits, bot.Hit{ID: h.ID, Score: h.Score, Coverage: h.Coverage, Precision: h.Precision, Matched: h.Matched})
	}
	return r, nil
}

// sureOf is the result of a search sure of one entry.
func sureOf(id string) bot.Result {
	return bot.Result{Hits: []bot.Hit{{ID: id, Score: 3, Coverage: 1, Precision: 1, Matched: 3}}, Terms: 3, FocusTerms: 3, OnTopic: true, Grounded: 1}
}

func (f *fakeSearcher) searched() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

var testEntries = []bot.Entry{
	{ID: "what", Question: "What are exosomes?", Answer: "Tiny messengers.", Citations: []bot.Citation{{Source: "Art", Section: "What", Quote: "Exosomes are tiny, cell-derived messengers."}}},
	{ID: "fda", Question: "Are they FDA approved?", Answer: "No.", Citations: []bot.Citation{{Source: "Art", Section: "Science", Quote: "no FDA-approved topical skincare product"}}},
	{ID: "who", Question: "Who might benefit?", Answer: "Eventually, some.", Citations: []bot.Citation{{Source: "Art", Section: "Who", Quote: "Patients with post-procedure inflammation"}}},
	{ID: "hair", Question: "Exosomes for hair?", NotCovered: "exosomes for hair"},
}

func newEngine(t *testing.T, s bot.Searcher) *bot.Engine {
	t.Helper()
	e, err := bot.New(testEntries, s, bot.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// sure is the evidence of a question an entry covers completely.
func sure(id string) testHit {
	return testHit{ID: id, Score: 3, Coverage: 1, Precision: 1, Terms: 3, Matched: 3, OnTopic: true, Grounded: 1}
}

func TestAnswer_EveryReplyCarriesTheDisclaimer(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	for _, text := range []string{"are exosomes fda approved", "", strings.Repeat("a", 2001), "hi", "my throat is closing", "what about botox", "thanks!"} {
		r := e.Answer(context.Background(), bot.Question{Text: text})
		want, musts := bot.Disclaimer, []string{"Not medical advice", "preliminary", "no FDA-approved topical", "board-certified dermatologist"}
		if r.Status == bot.StatusUrgent {
			// An urgent reply carries a caution written for it.
			want, musts = bot.UrgentDisclaimer, []string{"automated assistant", "not a clinician", "not a diagnosis"}
		}
		if r.Disclaimer != want {
			t.Errorf("%.30q: status %s without the disclaimer", text, r.Status)
		}
		for _, must := range musts {
			if !strings.Contains(r.Text(), must) {
				t.Errorf("%.30q: text lacks %q", text, must)
			}
		}
	}
}

func TestAnswer_AnsweredCarriesAnswerAndCitations(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda"), {ID: "what", Coverage: 0.5, Terms: 3, OnTopic: true}}})
	r := e.Answer(context.Background(), bot.Question{Text: "  are exosomes FDA approved?  "})
	if r.Status != bot.StatusAnswered || r.EntryID != "fda" || r.Answer != "No." {
		t.Fatalf("reply = %+v", r)
	}
	if r.Question != "are exosomes FDA approved?" {
		t.Errorf("question = %q, want it trimmed", r.Question)
	}
	if len(r.Citations) != 1 || r.Citations[0].Quote != "no FDA-approved topical skincare product" {
		t.Errorf("citations = %+v", r.Citations)
	}
	if len(r.Matches) != 2 || r.Matches[0].ID != "fda" || r.Matches[0].Score != 1 {
		t.Errorf("matches = %+v", r.Matches)
	}
	if len(r.Related) == 0 || r.Related[0].ID != "what" {
		t.Errorf("related = %+v, want the runner-up first", r.Related)
	}
	for _, s := range r.Related {
		if s.ID == "fda" || s.ID == "hair" {
			t.Errorf("related offers %q", s.ID)
		}
	}
}

// The confidence policy, as a table: evidence in, status out.
func TestAnswer_AnswersOnlyAboveTheThreshold(t *testing.T) {
	tests := []struct {
		name string
		hit  testHit
		want bot.Status
	}{
		{"fully covered", sure("fda"), bot.StatusAnswered},
		{"half covered on topic", testHit{ID: "fda", Coverage: 0.5, Precision: 1, Terms: 2, Matched: 1, OnTopic: true}, bot.StatusAnswered},
		{"barely covered on topic", testHit{ID: "fda", Coverage: 0.3, Precision: 1, Terms: 2, Matched: 1, OnTopic: true}, bot.StatusNoMatch},
		{"long message containing a phrasing", testHit{ID: "fda", Coverage: 0.2, Precision: 1, Terms: 9, Matched: 3, OnTopic: true}, bot.StatusAnswered},
		{"long message, phrasing only partly there", testHit{ID: "fda", Coverage: 0.2, Precision: 0.6, Terms: 9, Matched: 3, OnTopic: true}, bot.StatusNoMatch},
		{"long message, one word shared", testHit{ID: "fda", Coverage: 0.2, Precision: 1, Terms: 9, Matched: 1, OnTopic: true}, bot.StatusNoMatch},
		{"off topic, not in the article's words", testHit{ID: "fda", Coverage: 0.9, Precision: 1, Terms: 3, Matched: 2, Grounded: 0.2}, bot.StatusNoMatch},
		{"off topic, in the article's words", testHit{ID: "fda", Coverage: 0.9, Precision: 1, Terms: 3, Matched: 2, Grounded: 0.8}, bot.StatusAnswered},
		{"no content words", testHit{ID: "fda", Coverage: 1, Precision: 1}, bot.StatusNoMatch},
		{"a topic the article does not cover", sure("hair"), bot.StatusNoMatch},
		{"an id the engine does not know", sure("nope"), bot.StatusNoMatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, &fakeSearcher{hits: []testHit{tt.hit}})
			r := e.Answer(context.Background(), bot.Question{Text: "some question about exosomes"})
			if r.Status != tt.want {
				t.Fatalf("status = %s, want %s (matches %+v)", r.Status, tt.want, r.Matches)
			}
		})
	}
}

func TestAnswer_NoMatchDeclinesAndSuggests(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{{ID: "who", Coverage: 0.3, Terms: 3, OnTopic: true}}})
	r := e.Answer(context.Background(), bot.Question{Text: "exosomes for my dog"})
	if r.Status != bot.StatusNoMatch || r.EntryID != "" || len(r.Citations) != 0 {
		t.Fatalf("reply = %+v", r)
	}
	if !strings.Contains(r.Answer, "I answer only from one article on exosomes in skincare") || !strings.Contains(r.Answer, "dermatologist") {
		t.Errorf("answer = %q", r.Answer)
	}
	if len(r.Related) < 1 || len(r.Related) > 3 || r.Related[0].ID != "who" {
		t.Errorf("related = %+v, want the near miss first", r.Related)
	}
	if !strings.Contains(r.Text(), "Did you mean…?") {
		t.Errorf("text lacks Did you mean: %q", r.Text())
	}
}

func TestAnswer_NotCoveredTopicIsNamed(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("hair")}})
	r := e.Answer(context.Background(), bot.Question{Text: "do exosomes regrow hair"})
	if r.Status != bot.StatusNoMatch || !strings.Contains(r.Answer, "doesn't cover exosomes for hair") {
		t.Fatalf("reply = %+v", r)
	}
	for _, s := range r.Related {
		if s.ID == "hair" {
			t.Error("a not-covered topic is suggested")
		}
	}
}

func TestAnswer_EmptyAndOverlongAreRejected(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	tests := []struct {
		text, reason string
	}{
		{"", "empty"},
		{" \t\n ", "empty"},
		{"\u200b\ufeff", "empty"},
		{strings.Repeat("é", bot.MaxQuestionRunes+1), "2001 characters; the limit is 2000"},
	}
	for _, tt := range tests {
		r := e.Answer(context.Background(), bot.Question{Text: tt.text})
		if r.Status != bot.StatusRejected || !strings.Contains(r.Error, tt.reason) || r.Answer == "" {
			t.Errorf("%.20q: reply = %+v", tt.text, r)
		}
	}
	// Exactly at the limit is a question, and so is one longer in bytes
	// than the limit but not in characters.
	r := e.Answer(context.Background(), bot.Question{Text: "fda " + strings.Repeat("x", bot.MaxQuestionRunes-4)})
	if r.Status == bot.StatusRejected {
		t.Errorf("a %d-character question was rejected", bot.MaxQuestionRunes)
	}
	r = e.Answer(context.Background(), bot.Question{Text: "fda " + strings.Repeat("é", bot.MaxQuestionRunes-4)})
	if r.Status == bot.StatusRejected {
		t.Errorf("a %d-character question of %d bytes was rejected", bot.MaxQuestionRunes, 2*bot.MaxQuestionRunes-4)
	}
}

func TestAnswer_UrgentBeforeSearch(t *testing.T) {
	s := &fakeSearcher{hits: []testHit{sure("fda")}}
	e := newEngine(t, s)
	r := e.Answer(context.Background(), bot.Question{Text: "my lips are swelling after the exosome facial and i can't breathe"})
	if r.Status != bot.StatusUrgent {
		t.Fatalf("status = %s", r.Status)
	}
	if s.searched() != 0 {
		t.Error("an urgent message was searched")
	}
	if !strings.Contains(r.Answer, "emergency") || len(r.Citations) != 0 || r.EntryID != "" {
		t.Errorf("reply = %+v", r)
	}
}

// Triage as a table: what is an emergency and what is not.
func TestTriage(t *testing.T) {
	urgent := []string{
		"my throat is closing up after the serum",
		"lips swelling and tongue feels huge",
		"I can't breathe properly",
		"hard to breathe after my facial",
		"redness is spreading and I have a fever",
		"there's pus coming out of the microneedling spots",
		"my vision went blurry right after the filler",
		"everything went dark in my left eye after the injection",
		"the skin where they injected turned white and blotchy",
		"I want to kill myself",
		"honestly thinking about ending it",
		"i don't want to be here anymore",
		"whats the point of living with skin like this",
		"I fainted after the treatment",
		"chest pain since the IV",
		"I think it's infected, it's hot and spreading",
		"anaphylaxis?",
		"MY THROAT IS SWELLING",
		"my throat’s closing",
		"my friend is not breathing",
		"my lips are huge after the filler",
		"there's a red line going up my arm from the injection",
		"the rash is spreading fast",
		"everything is blurry after the filler",
		"i'm seeing double",
		"severe pain where they injected",
		"kms",
		"whats the point anymore",
		"i think i'm having a heart attack",
	}
	calm := []string{
		"can exosomes help with redness after laser",
		"is swelling after microneedling normal",
		"no fever, just a bit pink after my laser, would exosomes help",
		"do exosomes reduce inflammation",
		"are exosomes used in cancer research",
		"what do exosomes do for wound healing",
		"exosomes for post-procedure inflammation",
		"I'm dying to try exosomes lol",
		"are exosomes a scam",
		"can exosomes prevent breakouts",
		"do exosomes help with a rash",
		"is it normal to be red after microneedling",
		"what's the point of exosomes",
		"exosomes for double chin",
	}
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	for _, text := range urgent {
		if r := e.Answer(context.Background(), bot.Question{Text: text}); r.Status != bot.StatusUrgent {
			t.Errorf("%q: status %s, want urgent", text, r.Status)
		}
	}
	for _, text := range calm {
		if r := e.Answer(context.Background(), bot.Question{Text: text}); r.Status == bot.StatusUrgent {
			t.Errorf("%q: urgent, want an ordinary reply", text)
		}
	}
}

func TestAnswer_SelfHarmGetsCrisisAdvice(t *testing.T) {
	e := newEngine(t, &fakeSearcher{})
	r := e.Answer(context.Background(), bot.Question{Text: "i want to end my life"})
	if r.Status != bot.StatusUrgent || !strings.Contains(r.Answer, "crisis line") || !strings.Contains(r.Answer, "988") {
		t.Fatalf("reply = %+v", r)
	}
}

func TestAnswer_GreetingsAndHelpIntroduce(t *testing.T) {
	s := &fakeSearcher{hits: []testHit{sure("fda")}}
	e := newEngine(t, s)
	for _, text := range []string{"hi", "Hello!", "hey there", "help", "/help", "what can you do?", "who are you", "who are you anyway?", "what is this bot exactly", "good morning exobot"} {
		r := e.Answer(context.Background(), bot.Question{Text: text})
		if r.Status != bot.StatusHelp || !strings.Contains(r.Answer, "exobot") || len(r.Related) == 0 {
			t.Errorf("%q: reply = %+v", text, r)
		}
	}
	if s.searched() != 0 {
		t.Error("a greeting was searched")
	}
	// A greeting before a question is a question.
	if r := e.Answer(context.Background(), bot.Question{Text: "hi, are exosomes fda approved?"}); r.Status != bot.StatusAnswered {
		t.Errorf("greeting + question: status %s", r.Status)
	}
}

func TestAnswer_ThanksIsNotAQuestion(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	for _, text := range []string{"thanks!", "ok thank you so much", "cheers, have a good one", "bye"} {
		r := e.Answer(context.Background(), bot.Question{Text: text})
		if r.Status != bot.StatusNoMatch || !strings.Contains(r.Answer, "welcome") {
			t.Errorf("%q: reply = %+v", text, r)
		}
	}
}

func TestAnswer_ByEntryID(t *testing.T) {
	s := &fakeSearcher{}
	e := newEngine(t, s)
	r := e.Answer(context.Background(), bot.Question{EntryID: "who", Text: "ignored"})
	if r.Status != bot.StatusAnswered || r.EntryID != "who" || r.Question != "Who might benefit?" {
		t.Fatalf("reply = %+v", r)
	}
	for _, id := range []string{"nope", "hair"} {
		if r := e.Answer(context.Background(), bot.Question{EntryID: id}); r.Status != bot.StatusNoMatch {
			t.Errorf("EntryID %q: status %s", id, r.Status)
		}
	}
	if s.searched() != 0 {
		t.Error("an entry asked by id was searched")
	}
}

func TestAnswer_SearchFailureDeclinesWithoutLeaking(t *testing.T) {
	e := newEngine(t, &fakeSearcher{err: errors.New("index exploded at 0xdeadbeef")})
	r := e.Answer(context.Background(), bot.Question{Text: "are exosomes fda approved"})
	if r.Status != bot.StatusNoMatch || strings.Contains(r.Text(), "0xdeadbeef") {
		t.Fatalf("reply = %+v", r)
	}
}

func TestNew_RejectsBadConfiguration(t *testing.T) {
	s := &fakeSearcher{}
	if _, err := bot.New(nil, s, bot.Options{}); err == nil {
		t.Error("no entries accepted")
	}
	if _, err := bot.New(testEntries, nil, bot.Options{}); err == nil {
		t.Error("no searcher accepted")
	}
	if _, err := bot.New(append([]bot.Entry{testEntries[0]}, testEntries[0]), s, bot.Options{}); err == nil {
		t.Error("repeated id accepted")
	}
	if _, err := bot.New(testEntries, s, bot.Options{Threshold: 1.5}); err == nil {
		t.Error("threshold 1.5 accepted")
	}
}

func TestAnswer_SafeForConcurrentUse(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda"), sure("what")}})
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				r := e.Answer(context.Background(), bot.Question{Text: fmt.Sprintf("Are exosomes FDA approved? Question %d of batch %d.", i, g)})
				if r.Status != bot.StatusAnswered {
					t.Errorf("status %s", r.Status)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestReplyText_Renders(t *testing.T) {
	e := newEngine(t, &fakeSearcher{hits: []testHit{sure("fda")}})
	text := e.Answer(context.Background(), bot.Question{Text: "fda?"}).Text()
	for _, want := range []string{"No.", "Source: Art — Science: “no FDA-approved topical skincare product”", bot.Disclaimer} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if got := (bot.Reply{Silent: true, Answer: "x"}).Text(); got != "" {
		t.Errorf("silent reply renders %q", got)
	}
	if !utf8.ValidString(text) {
		t.Error("invalid UTF-8")
	}
}
