package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeRecorder records what it is given.
type fakeRecorder struct {
	mu        sync.Mutex
	questions []QuestionEvent
	feedback  []FeedbackEvent
	forgotten []string
	forgetErr error
}

func (f *fakeRecorder) RecordQuestion(_ context.Context, ev QuestionEvent) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.questions = append(f.questions, ev)
}

func (f *fakeRecorder) RecordFeedback(_ context.Context, ev FeedbackEvent) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.feedback = append(f.feedback, ev)
}

func (f *fakeRecorder) Forget(_ context.Context, platform, user string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.forgotten = append(f.forgotten, platform+"/"+user)
	return f.forgetErr
}

// replyFunc is an Answerer from a function.
type replyFunc func(Question) Reply

func (f replyFunc) Answer(_ context.Context, q Question) Reply { return f(q) }

func TestRecord_KeepsTextOnlyOfUnansweredQuestionsRedacted(t *testing.T) {
	at := time.Date(2025, 3, 1, 10, 30, 15, 0, time.UTC)
	matches := []Match{{ID: "a", Score: 0.4}, {ID: "b", Score: 0.2}}
	tests := []struct {
		name     string
		text     bool
		q        Question
		reply    Reply
		wantText string
		wantSugg int
	}{
		{"answered: no text", true, Question{Text: "are exosomes fda approved, mail me at jo@x.io"},
			Reply{Status: StatusAnswered, EntryID: "fda", Matches: matches}, "", 0},
		{"declined, recording off: no text", false, Question{Text: "exosomes for hair, call 555 010 9999"},
			Reply{Status: StatusNoMatch, Matches: matches, Related: []Suggestion{{ID: "a"}}}, "", 1},
		{"declined, recording on: redacted text", true, Question{Text: "exosomes for hair, call 555 010 9999"},
			Reply{Status: StatusNoMatch, Matches: matches, Related: []Suggestion{{ID: "a"}, {ID: "c"}}}, "exosomes for hair, call [number]", 2},
		{"urgent: never text", true, Question{Text: "my lips are swelling after exosomes and I can't breathe"},
			Reply{Status: StatusUrgent}, "", 0},
		{"urgent words in a decline: never text", true, Question{Text: "my throat is closing up, is that the serum"},
			Reply{Status: StatusNoMatch}, "", 0},
		{"button: no text", true, Question{EntryID: "a", Text: "ignored"},
			Reply{Status: StatusNoMatch}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &fakeRecorder{}
			a := Record(replyFunc(func(Question) Reply { return tt.reply }), rec, RecordOptions{Text: tt.text, Now: func() time.Time { return at }})
			tt.q.Platform, tt.q.User = "slack", "U1"
			a.Answer(context.Background(), tt.q)
			if len(rec.questions) != 1 {
				t.Fatalf("recorded %d questions, want 1", len(rec.questions))
			}
			ev := rec.questions[0]
			if ev.Text != tt.wantText {
				t.Errorf("text = %q, want %q", ev.Text, tt.wantText)
			}
			if len(ev.Suggested) != tt.wantSugg {
				t.Errorf("suggested = %v, want %d", ev.Suggested, tt.wantSugg)
			}
			if ev.Status != tt.reply.Status || ev.Platform != "slack" || ev.User != "U1" || !ev.At.Equal(at) || ev.AskedEntry != tt.q.EntryID {
				t.Errorf("event = %+v", ev)
			}
			if tt.reply.Status == StatusAnswered && ev.EntryID != "fda" {
				t.Errorf("entry = %q, want fda", ev.EntryID)
			}
			if len(tt.reply.Matches) > 0 && (ev.Confidence != 0.4 || len(ev.Candidates) != 2) {
				t.Errorf("confidence %v candidates %v", ev.Confidence, ev.Candidates)
			}
		})
	}
}

func TestRecord_SilentRepliesAreNotRecorded(t *testing.T) {
	rec := &fakeRecorder{}
	a := Record(replyFunc(func(Question) Reply { return Reply{Status: StatusRateLimited, Silent: true} }), rec, RecordOptions{})
	a.Answer(context.Background(), Question{Text: "hi", User: "U1"})
	if len(rec.questions) != 0 {
		t.Errorf("recorded %v", rec.questions)
	}
}

func TestRecord_ForgetMeDeletesAndConfirmsWithoutAsking(t *testing.T) {
	tests := []struct {
		text   string
		forget bool
	}{
		{"forget me", true},
		{"Forget me!", true},
		{"please forget me", true},
		{"@exobot forget me please", true},
		{"forget about me", true},
		{"delete my data", true},
		{"erase everything about me.", true},
		{"can you delete my data", true},
		{"will exosomes make my skin forget me", false},
		{"forget me not extract with exosomes?", false},
		{"how do I delete my data from the clinic app", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rec := &fakeRecorder{}
			asked := false
			a := Record(replyFunc(func(Question) Reply { asked = true; return Reply{Status: StatusNoMatch} }), rec, RecordOptions{})
			r := a.Answer(context.Background(), Question{Text: tt.text, Platform: "discord", User: "42"})
			if got := r.Status == StatusForgotten; got != tt.forget {
				t.Fatalf("status %q; forget = %v, want %v", r.Status, got, tt.forget)
			}
			if !tt.forget {
				return
			}
			if asked || len(rec.questions) != 0 {
				t.Error("a forget-me request reached the engine or was recorded")
			}
			if len(rec.forgotten) != 1 || rec.forgotten[0] != "discord/42" {
				t.Errorf("forgotten = %v", rec.forgotten)
			}
			if r.Answer != forgottenText || r.Disclaimer == "" {
				t.Errorf("reply = %+v", r)
			}
		})
	}
}

func TestRecord_ForgetMeFailureIsSaidPolitely(t *testing.T) {
	rec := &fakeRecorder{forgetErr: errors.New("db down: secret detail")}
	a := Record(replyFunc(func(Question) Reply { return Reply{} }), rec, RecordOptions{})
	r := a.Answer(context.Background(), Question{Text: "forget me", Platform: "slack", User: "U1"})
	if r.Answer != forgetFailedText || strings.Contains(r.Answer, "secret") {
		t.Errorf("reply = %q", r.Answer)
	}
	r = a.Answer(context.Background(), Question{Text: "forget me", Platform: "console"})
	if r.Answer != forgetAnonymousText {
		t.Errorf("anonymous reply = %q", r.Answer)
	}
}

func TestRecord_IntroductionSaysHowToBeForgotten(t *testing.T) {
	a := Record(replyFunc(func(Question) Reply { return Reply{Status: StatusHelp, Answer: "Hi!"} }), &fakeRecorder{}, RecordOptions{})
	r := a.Answer(context.Background(), Question{Text: "hello"})
	if !strings.Contains(r.Answer, `"forget me"`) || !strings.HasPrefix(r.Answer, "Hi!") {
		t.Errorf("help = %q", r.Answer)
	}
}

func TestRecordFeedback_PassesClicksToMetricsAndRecorder(t *testing.T) {
	rec := &fakeRecorder{}
	m := RecordFeedback(nil, rec)
	m.Feedback("slack", "fda", false)
	if len(rec.feedback) != 1 || rec.feedback[0].EntryID != "fda" || rec.feedback[0].Helpful || rec.feedback[0].Platform != "slack" {
		t.Errorf("feedback = %+v", rec.feedback)
	}
}
