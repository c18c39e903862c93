package bot

import (
	"context"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Urgency names the kind of emergency a message may describe. Each kind
// has its own reply. The zero value, UrgencyNone, means no emergency.
type Urgency string

// The kinds of emergency, in the order the screen prefers them when a
// message describes more than one.
const (
	UrgencyNone Urgency = ""
	// UrgencySelfHarm: thoughts of suicide or self-harm, plans, farewells,
	// hurting oneself again.
	UrgencySelfHarm Urgency = "self_harm"
	// UrgencyPoisoning: someone (often a child) swallowed, drank or ate a
	// product.
	UrgencyPoisoning Urgency = "poisoning"
	// UrgencyAirway: trouble breathing or swallowing, swelling of the
	// throat, tongue or lips, anaphylaxis.
	UrgencyAirway Urgency = "airway"
	// UrgencyHeartBrain: chest pain or pressure, pain into an arm or the
	// jaw, a drooping face, slurred speech, fainting or collapse, a sudden
	// loss of vision.
	UrgencyHeartBrain Urgency = "heart_brain"
	// UrgencyInjection: after an injection or a procedure near the face,
	// skin turning white, grey, blue or mottled, severe pain, or a change
	// in vision.
	UrgencyInjection Urgency = "injection"
	// UrgencyInfection: fever with spreading, hot, red skin, red streaks,
	// pus, feeling very unwell.
	UrgencyInfection Urgency = "infection"
	// UrgencyMedical: another emergency (heavy bleeding, "should I call
	// 911").
	UrgencyMedical Urgency = "medical"
)

// urgencyRank orders the kinds: a lower rank wins when a message
// describes several.
var urgencyRank = map[Urgency]int{
	UrgencySelfHarm:   1,
	UrgencyPoisoning:  2,
	UrgencyAirway:     3,
	UrgencyHeartBrain: 4,
	UrgencyInjection:  5,
	UrgencyInfection:  6,
	UrgencyMedical:    7,
}

// Screening is what the emergency screen found in a message.
type Screening struct {
	// Urgency is the kind of emergency described, or UrgencyNone.
	Urgency Urgency
	// Relayed reports that someone else's emergency is described — a
	// receptionist about a patient, a parent about a child — so the reply
	// is written for the person relaying it.
	Relayed bool
}

// Urgent reports whether the message describes a possible emergency.
func (s Screening) Urgent() bool { return s.Urgency != UrgencyNone }

// ScreenRunes bounds what the screen reads: the first ScreenRunes
// characters of a message and, of a longer one, the last ScreenRunes too.
// It equals MaxQuestionRunes, so every question the engine accepts is
// screened whole.
const ScreenRunes = MaxQuestionRunes

// Screen reports whether text describes a possible emergency, and which
// kind. The word tables and patterns of the rules decide first; when they
// find nothing, the safety net (triage_net.go), a model trained on the
// tuned sets, raises an alarm only when it is very sure. It is the one screen the engine and every middleware use, so they
// always agree: a message that screens urgent gets the urgent reply
// whatever its length and is never rate-limited or queued.
//
// Screen reads at most its first and last ScreenRunes characters, so its
// cost is bounded whatever the length of text: a long message that opens
// or ends with an emergency is caught, and one that hides it in the middle
// of 40,000 characters is not (it is rejected as too long). It is safe for
// concurrent use.
func Screen(text string) Screening { return screen(text, nil) }

// screen is Screen. When the safety net reads the head of text (the whole
// of an accepted question), its features are kept in nr, if not nil, for
// the answer net.
func screen(text string, nr *netReading) Screening {
	screenReady()
	if h := screenHook.Load(); h != nil {
		(*h)(text)
	}
	head, tail := boundedParts(screenText(text))
	s := screenPart(head, nr)
	if tail != "" {
		if t := screenPart(tail, nil); t.Urgent() && (!s.Urgent() || urgencyRank[t.Urgency] < urgencyRank[s.Urgency]) {
			s = t
		}
	}
	return s
}

// screenText is text as the screen reads it: without emoji shortcodes
// (":eyes:" and ":face_with_raised_eyebrow:" are emoji, not eyes and a
// face), without greetings and thanks ("…much longer thanks" tells what
// "…much longer" does), and in lower case when shouted ("DOES THE
// EXOSOME STUFF HELP WITH SWELLING UNDER MY EYES?": capitals are the
// writer's tone).
func screenText(text string) string {
	if hasShortcode(text) {
		text = shortcodes.re().ReplaceAllString(text, " ")
	}
	text = trimCourtesy(text)
	if shouts(countLetters(text)) {
		text = strings.ToLower(text)
	}
	return text
}

// screenHook, when set (by tests only), is called with every text Screen
// screens.
var screenHook atomic.Pointer[func(text string)]

// Urgent reports whether text describes a possible emergency: Screen's
// verdict.
func Urgent(text string) bool { return Screen(text).Urgent() }

// boundedParts returns the first ScreenRunes runes of s and, when s is
// longer, its last ScreenRunes runes (which may overlap the first part when
// s is shorter than twice that). Only the runes returned are read.
func boundedParts(s string) (head, tail string) {
	if len(s) <= ScreenRunes {
		return s, "" // no more runes than bytes
	}
	i := 0
	for n := 0; i < len(s) && n < ScreenRunes; n++ {
		if s[i] < utf8.RuneSelf {
			i++ // ASCII, one byte a rune
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if i >= len(s) {
		return s, ""
	}
	j := len(s)
	for n := 0; j > 0 && n < ScreenRunes; n++ {
		if s[j-1] < utf8.RuneSelf {
			j--
			continue
		}
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
	}
	return s[:i], s[j:]
}

// screenMemo carries a question's screening through the middleware chain
// to the engine, so that a question is screened once however many layers
// ask. It is keyed by the text it screened: a layer that changes the text
// gets a fresh screening.
type screenMemo struct {
	text string
	s    Screening
}

type screenKey struct{}

// screened returns q's screening, from ctx when an outer layer already
// screened the same text, and a context that carries it to inner layers.
// Comparing the text is cheap: it is normally the very same string (same
// pointer and length), which Go compares without reading it.
func screened(ctx context.Context, q Question) (context.Context, Screening) {
	s, fresh := screening(ctx, q, nil)
	if !fresh {
		return ctx, s
	}
	return context.WithValue(ctx, screenKey{}, &screenMemo{text: q.Text, s: s}), s
}

// screening is screened without the context for the layers below (the
// engine, the last layer, needs none): the screening an outer layer made
// of the same text, or a fresh one (fresh), which keeps the safety net's
// reading of the text in nr (see screen).
func screening(ctx context.Context, q Question, nr *netReading) (s Screening, fresh bool) {
	if m, ok := ctx.Value(screenKey{}).(*screenMemo); ok && m.text == q.Text {
		return m.s, false
	}
	if q.EntryID != "" {
		// A suggested-question button: no text of the person's to screen.
		return Screening{}, false
	}
	return screen(q.Text, nr), true
}
