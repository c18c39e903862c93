package bot

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Texts of the replies to "forget me", and the line Record adds to the
// introduction so that people know they can ask it.
const (
	ForgetMeHelp = `I keep a record of what was asked, to improve my answers: never your name or id, and never the text of questions I answered. Write "forget me" and I'll delete everything linked to you.`

	forgottenText       = "Done: I've deleted everything I had recorded about you. Ask me anything about exosomes in skincare whenever you like."
	forgetFailedText    = "Sorry, I couldn't delete your records just now. Please write \"forget me\" again in a few minutes."
	forgetAnonymousText = "I keep nothing linked to you here, so there is nothing to forget."
)

// forgetMe matches a whole message asking to be forgotten: "forget me",
// "please forget me", "delete my data", "erase everything about me".
var forgetMe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:please\s+|pls\s+|can you\s+|could you\s+|@?exobot[,:]?\s+)*` +
		`(?:forget\s+(?:me|about\s+me|everything\s+about\s+me|my\s+(?:data|questions|history))` +
		`|(?:delete|erase|remove|wipe)\s+(?:my\s+(?:data|questions|history|records?)|everything\s+(?:about|on)\s+me|all\s+(?:my\s+data|data\s+about\s+me)))` +
		`(?:\s+please|\s+now|\s+exobot)*$`)
})

// IsForgetMe reports whether text is a request to be forgotten ("forget
// me", "please delete my data"): the whole message, not a question that
// mentions the words.
func IsForgetMe(text string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(clean(text)), " "))
	s = strings.TrimRight(s, ".!?")
	return forgetMe().MatchString(s)
}

// RecordOptions configure Record.
type RecordOptions struct {
	// Text keeps the redacted text of questions the bot did not answer
	// (EXOBOT_RECORD_QUESTIONS=redacted). Answered and urgent questions'
	// text is never kept.
	Text bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Record records every question and its reply with rec, for the curators'
// report, and handles "forget me": a person who writes it (a mention, a
// DM, a slash command's text) gets everything recorded about them deleted
// and a confirmation, whatever the rate limit. What is kept is described by
// QuestionEvent: no text but the redacted text of unanswered questions
// when opts.Text is set, never an urgent message's. Silent replies are not
// recorded. Introductions (StatusHelp) gain a line saying what is kept and
// how to be forgotten. Safe for concurrent use when next and rec are.
func Record(next Answerer, rec Recorder, opts RecordOptions) Answerer {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &recorder{next: next, rec: rec, opts: opts}
}

type recorder struct {
	next Answerer
	rec  Recorder
	opts RecordOptions
}

func (r *recorder) Answer(ctx context.Context, q Question) Reply {
	if q.EntryID == "" && IsForgetMe(q.Text) {
		return r.forget(ctx, q)
	}
	reply := r.next.Answer(ctx, q)
	if reply.Status == StatusHelp {
		reply.Answer = strings.TrimSpace(reply.Answer) + "\n\n" + ForgetMeHelp
	}
	if reply.Silent {
		return reply
	}
	ev := QuestionEvent{
		At:         r.opts.Now(),
		Platform:   q.Platform,
		User:       q.User,
		Status:     reply.Status,
		EntryID:    reply.EntryID,
		AskedEntry: q.EntryID,
		NotCovered: reply.NotCovered,
		Candidates: reply.Matches,
	}
	if reply.Status != StatusAnswered {
		ev.EntryID = ""
	}
	if len(reply.Matches) > 0 {
		ev.Confidence = reply.Matches[0].Score
	}
	if reply.Status == StatusNoMatch {
		for _, s := range reply.Related {
			ev.Suggested = append(ev.Suggested, s.ID)
		}
		if r.opts.Text && q.EntryID == "" {
			if _, sc := screened(ctx, q); !sc.Urgent() { // the chain's one screening
				ev.Text = Redact(q.Text)
			}
		}
	}
	r.rec.RecordQuestion(ctx, ev)
	return reply
}

func (r *recorder) forget(ctx context.Context, q Question) Reply {
	reply := Reply{Status: StatusForgotten, Question: truncateRunes(strings.TrimSpace(clean(q.Text)), 200), Disclaimer: Disclaimer}
	switch {
	case q.User == "":
		reply.Answer = forgetAnonymousText
	case r.rec.Forget(ctx, q.Platform, q.User) != nil:
		reply.Answer = forgetFailedText
		reply.Error = "forget failed"
	default:
		reply.Answer = forgottenText
	}
	return reply
}

// RecordFeedback returns Metrics that pass every event to m and also record
// each Helpful / Not helpful click with rec: the adapters report clicks to
// their Metrics, and so reach the recorder without knowing of it.
func RecordFeedback(m Metrics, rec Recorder) Metrics {
	if m == nil {
		m = NopMetrics{}
	}
	return feedbackRecorder{Metrics: m, rec: rec, now: time.Now}
}

type feedbackRecorder struct {
	Metrics
	rec Recorder
	now func() time.Time
}

func (f feedbackRecorder) Feedback(platform, entryID string, helpful bool) {
	f.Metrics.Feedback(platform, entryID, helpful)
	f.rec.RecordFeedback(context.Background(), FeedbackEvent{At: f.now(), Platform: platform, EntryID: entryID, Helpful: helpful})
}
