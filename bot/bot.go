// Package bot is the platform-independent core of exobot: the domain types
// (Entry, Question, Reply) and the answering policy that turns a question
// into a reply — triage for emergencies, greetings and bad input, a search
// through a Searcher, and a calibrated decision to answer or to decline.
//
// bot imports the standard library only. The packages around it point
// toward it: corpus loads Entries, index implements Searcher, and the
// adapters turn platform events into Questions and render Replies.
package bot

import (
	"context"
	"time"
)

// Citation points at the words of the article that support an answer.
type Citation struct {
	// Source is the title of the article.
	Source string `json:"source"`
	// Section is one of the article's headings, exactly as written.
	Section string `json:"section"`
	// Quote is a verbatim sentence or fragment of the article under Section.
	Quote string `json:"quote"`
	// Version identifies the text of the article the quote was checked
	// against: the date the corpus was last reviewed against it and the
	// start of its SHA-256 ("2026-12-01/sha256:9f2c6e01a4b7").
	Version string `json:"version,omitempty"`
}

// Sentence is one sentence of a curated answer with what grounds it.
type Sentence struct {
	// Text is the sentence as people read it.
	Text string
	// Quotes are the indexes in Entry.Citations of the quotes that support
	// the sentence; empty for a statement about the article's silence.
	Quotes []int
	// Missing, for a statement about the article's silence ("The article
	// doesn't say how exosomes are made."), lists the words the sentence
	// says the article does not use; the corpus checks that it does not.
	Missing []string
}

// Entry is one curated question and answer drawn from the article.
type Entry struct {
	ID         string
	Question   string
	Alternates []string
	// Answer is the whole answer: its Sentences' texts, joined.
	Answer string
	// Citations are the quotes the answer relies on, each once, in the
	// order the sentences first use them.
	Citations []Citation
	// Sentences are the answer sentence by sentence, each with the quotes
	// that ground it.
	Sentences []Sentence
	Tags      []string
	// NotCovered, when set, names a topic people ask about that the article
	// does not cover ("exosomes for hair loss"). Such an entry has no answer
	// or citations and is never answered or suggested: it is searched like
	// the others so that a question about its topic is declined, naming the
	// topic, instead of being answered with a near miss.
	NotCovered string
	// Referral, on a NotCovered topic, says who can answer questions about
	// it instead; the decline names them.
	Referral Referral
	// Cues, on a not-covered entry, are short phrases that mark a question
	// as asking about its topic wherever they appear in the question's
	// focus ("pregnant", "how long * last"; * stands for up to three
	// words). They are matched after spelling correction and the lexicon.
	Cues []string
	// CuesAnywhere makes the cues count anywhere in a message of a few
	// sentences, not only in the sentences that ask: a topic that is the
	// person's situation ("I'm pregnant. Should I try exosomes?") rather
	// than the kind of question (prices, bookings, timing).
	CuesAnywhere bool
	// Trait marks a topic that is what the person is (a skin type or
	// tone, an age), not a concern a treatment is for: it is the question
	// when asked about ("are exosomes ok for oily skin?"), but in the story
	// of a decision the article makes for everyone ("sensitive skin, $250
	// budget this season. exosome serum or no?") it only describes who
	// decides.
	Trait bool
}

// Referral names who to ask about a topic the article does not cover.
type Referral string

// The referrals a not-covered topic can carry.
const (
	// ReferDermatologist: questions about skin.
	ReferDermatologist Referral = "dermatologist"
	// ReferDoctor: health beyond the skin, pregnancy, the body.
	ReferDoctor Referral = "doctor"
	// ReferPrescriber: medicines and prescriptions (swapping, stopping or
	// mixing a prescribed treatment).
	ReferPrescriber Referral = "prescriber"
	// ReferClinic: prices, bookings, insurance, refunds, scheduling.
	ReferClinic Referral = "clinic"
	// ReferTreatingClinic: how a recovery from a procedure is going.
	ReferTreatingClinic Referral = "treating-clinic"
	// ReferMaker: what a particular product contains and how it is made,
	// sourced or tested.
	ReferMaker Referral = "maker"
	// ReferAdviser: money beyond what a treatment is worth (investing in
	// the companies, their shares).
	ReferAdviser Referral = "financial-adviser"
)

// Referrals lists every Referral, for validation and documentation.
var Referrals = []Referral{ReferDermatologist, ReferDoctor, ReferPrescriber, ReferClinic, ReferTreatingClinic, ReferMaker, ReferAdviser}

// Question is a message from a person, translated by an adapter.
type Question struct {
	// Text is what the person wrote, with platform markup (mentions) removed.
	Text string
	// EntryID, when set, asks for one entry directly — a suggested-question
	// button carries it — and Text is ignored.
	EntryID string
	// Platform names the adapter: "console", "cli", "slack" or "discord".
	Platform string
	// User is an opaque platform user id, used for rate limits; never logged
	// with message text unless the operator opts in.
	User string
	// Unaddressed marks a message not addressed to the bot — a reply in a
	// thread it follows, among people talking to each other. The adapter
	// posts a reply to it only when it is an answer or urgent care, so only
	// those spend the person's rate-limit quota (see RateLimit).
	Unaddressed bool
	// Previous, when set, is the turn before this one in the same
	// conversation (a thread, a DM, the console chat), so that a follow-up
	// such as "and is it safe?" is understood in its light. Adapters fill
	// it from the conversation they see; nil means no context.
	Previous *Turn
}

// Turn is one earlier exchange of a conversation.
type Turn struct {
	// Question is what the person asked.
	Question string
	// EntryID is the entry the bot answered with, or "" when it did not
	// answer.
	EntryID string
}

// Status says what kind of reply the bot gave.
type Status string

// The statuses of a Reply.
const (
	// StatusAnswered: a curated answer above the confidence threshold.
	StatusAnswered Status = "answered"
	// StatusNoMatch: the bot is not sure, so it declines and suggests questions.
	StatusNoMatch Status = "no_match"
	// StatusUrgent: the message describes a possible emergency.
	StatusUrgent Status = "urgent"
	// StatusHelp: a greeting or a request for help.
	StatusHelp Status = "help"
	// StatusRejected: empty or over-long input.
	StatusRejected Status = "rejected"
	// StatusRateLimited: the person asked too often; see Reply.Silent.
	StatusRateLimited Status = "rate_limited"
	// StatusForgotten: the person asked to be forgotten, and what was
	// recorded about them has been deleted (see Record).
	StatusForgotten Status = "forgotten"
)

// Match is one candidate entry with the bot's confidence in it, in [0, 1].
type Match struct {
	ID       string  `json:"id"`
	Question string  `json:"question"`
	Score    float64 `json:"score"`
}

// Suggestion is a question the bot can answer, offered to the person.
// Adapters ask it by sending a Question with EntryID set to ID.
type Suggestion struct {
	ID       string
	Question string
}

// Reason says why the bot declined (StatusNoMatch).
type Reason string

// The reasons of a decline.
const (
	// ReasonUnsure: the bot is not sure the article answers the question.
	ReasonUnsure Reason = "unsure"
	// ReasonNotCovered: the question is about a topic the article does not
	// cover; Reply.NotCovered names it.
	ReasonNotCovered Reason = "not_covered"
	// ReasonLanguage: the message is not in English.
	ReasonLanguage Reason = "language"
	// ReasonSteering: the message tries to change the bot's instructions or
	// role, or is query syntax rather than a question.
	ReasonSteering Reason = "steering"
	// ReasonSpam: a phrase repeated again and again, or a sales pitch.
	ReasonSpam Reason = "spam"
	// ReasonChatter: the message asks nothing (thanks, a remark, a reaction).
	ReasonChatter Reason = "chatter"
)

// Reply is the bot's structured answer; each adapter renders it natively.
type Reply struct {
	Status Status
	// Reason says why the bot declined (StatusNoMatch only).
	Reason Reason
	// Question is the question as the bot understood it (trimmed), or the
	// entry's canonical question when asked by EntryID.
	Question string
	// Answer is the main body of the reply for every status: the curated
	// answer, the decline, the urgent-care advice, the introduction or the
	// polite refusal. It is empty only when Silent is set.
	Answer string
	// EntryID is the answered entry's id (StatusAnswered only).
	EntryID string
	// NotCovered names the topic a decline says the article does not
	// cover (StatusNoMatch only), or "".
	NotCovered string
	// Citations support an answered reply: section heading and verbatim quote.
	Citations []Citation
	// Disclaimer is the caution every reply carries: the everyday
	// Disclaimer, or UrgentDisclaimer under an urgent reply.
	Disclaimer string
	// Urgency names the kind of emergency of an urgent reply (StatusUrgent
	// only); each kind has its own advice.
	Urgency Urgency
	// Relayed reports an urgent reply written for someone relaying another
	// person's emergency (a receptionist, a parent), not for the person in
	// it.
	Relayed bool
	// Matches are the top candidates with confidence scores, best first.
	Matches []Match
	// Related are other questions the bot can answer ("Did you mean…?" for
	// a no-match).
	Related []Suggestion
	// Error is the reason for a rejected question.
	Error string
	// Silent reports that nothing should be posted (a rate-limited person
	// who was already told). Adapters that must acknowledge an interaction
	// do so without content.
	Silent bool
}

// Answerer answers questions. *Engine implements it, and so do the
// middlewares in this package; adapters depend on this interface only.
type Answerer interface {
	Answer(ctx context.Context, q Question) Reply
}

// Metrics receives operational events from the engine's middleware and the
// adapters. Implementations must be safe for concurrent use. Nothing here
// carries message text.
type Metrics interface {
	// Question records one answered question's platform, status and latency.
	Question(platform string, status Status, latency time.Duration)
	// Feedback records a "helpful" or "not helpful" click on an entry.
	Feedback(platform, entryID string, helpful bool)
	// APIError records a platform API call that failed for good.
	APIError(platform, op string)
	// APIRetry records a platform API call that is being retried.
	APIRetry(platform, op string)
	// RateLimited records a question refused by the per-user rate limit.
	RateLimited(platform string)
}

// NopMetrics discards every event.
type NopMetrics struct{}

func (NopMetrics) Question(string, Status, time.Duration) {}
func (NopMetrics) Feedback(string, string, bool)          {}
func (NopMetrics) APIError(string, string)                {}
func (NopMetrics) APIRetry(string, string)                {}
func (NopMetrics) RateLimited(string)                     {}
