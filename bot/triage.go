package bot

import (
	"bytes"
	"regexp"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxQuestionRunes is the longest question the bot reads, in characters.
const MaxQuestionRunes = 2000

// pattern is a regular expression compiled at its first use rather than
// at start-up: most messages need few of the bot's patterns, and the
// first answer should not wait for all of them.
type pattern struct {
	src string
	re  func() *regexp.Regexp
}

// lazy is the pattern src, compiled at its first use.
func lazy(src string) pattern {
	return pattern{src, sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(src) })}
}

func (p pattern) String() string { return p.src }

// lazyAll is lazy for each of srcs.
func lazyAll(srcs ...string) []pattern {
	out := make([]pattern, len(srcs))
	for i, src := range srcs {
		out[i] = lazy(src)
	}
	return out
}

// normalize folds text for the triage and greeting checks: lower case,
// straight apostrophes, letters, digits and basic punctuation, single
// spaces.
func normalize(s string) string { return string(appendNormalized(nil, s)) }

// appendNormalized appends normalize(s) to dst.
func appendNormalized(dst []byte, s string) []byte { return appendNormalizedUpTo(dst, s, -1) }

// appendNormalizedUpTo is appendNormalized, but stops once it has
// appended more than limit bytes (when limit is not negative): what it
// appended is then a prefix of normalize(s), longer than limit.
func appendNormalizedUpTo(dst []byte, s string, limit int) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		if limit >= 0 && len(dst)-start > limit {
			return dst
		}
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of a message, folded as the general case
			// below folds it, without decoding.
			i++
			switch {
			case c == '`':
				c = '\''
			case c == ' ' || '\t' <= c && c <= '\r':
				if !space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '’' || r == '‘' || r == '＇' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			r = ' '
		}
		r = unicode.ToLower(r)
		if r == ' ' {
			if !space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = true
			continue
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1] // single spaces: one at most
	}
	return dst
}

var (
	greetingWords = map[string]bool{
		"hi": true, "hii": true, "hiii": true, "hello": true, "helo": true, "hey": true, "heya": true, "hiya": true,
		"howdy": true, "yo": true, "sup": true, "greetings": true, "good": true, "morning": true, "afternoon": true,
		"evening": true, "there": true, "help": true, "start": true, "menu": true, "commands": true, "exobot": true,
		"bot": true, "please": true, "pls": true, "me": true, "gm": true, "hola": true, "ping": true, "info": true,
		"all": true, "everyone": true, "team": true, "folks": true, "y'all": true, "guys": true,
	}
	// Whole messages only: "what should I ask my derm about exosomes" is a
	// question, "what should I ask?" a request for help.
	helpPhrases = lazyAll(
		`^(what|who) (exactly |even )?(are|r) (you|u)`+helpFiller+`$`,
		`^what (can|do|should) (you|u|i) (do|ask|know)( here| about| you)?$`,
		`^what (is|'?s) (this|exobot)( bot)?`+helpFiller+`$`,
		`^how (do|does|can) (i|this|it) (use|work)( this| it| you)?$`,
		`^(how to use|usage|instructions|about)$`,
		`^(can|could) (you|u) help( me)?$`,
	)
	// helpOpeners are the first words of helpPhrases: no other message
	// can match one.
	helpOpeners = set("what", "who", "how", "usage", "instructions", "about", "can", "could")
)

// helpFiller is a filler after a help question ("who are you anyway",
// "what is this exactly"): it asks nothing more.
const helpFiller = `( anyway| anyways| exactly| then| again| even| though| lol)?`

var closingPhrases = lazyAll(
	`^(ok(ay)?|k|cool|great|awesome|perfect|got it|gotcha|alright|all right|nice|good)?( so)?,? ?(thanks?|thank you|thank u|thx|ty|cheers|tysm|much appreciated|appreciate it)\b.{0,60}$`,
	`^(that'?s all|that'?s it|nothing else|no more questions|bye|goodbye|good bye|see ya|see you|later|cya|have a (good|nice|great) (one|day|night))\b.{0,60}$`,
	`^(ok(ay)?|k|cool|great|got it|gotcha|alright|nice)[.! ]*$`,
)

// closingOpeners are what a text that one of closingPhrases matches
// starts with: an opener of the first or the third ("ok", "got it"), the
// optional " so", comma or space before the thanks, a thanks of the first
// ("thank", "ty", "much appreciated"), or a goodbye of the second ("that's
// all", "see ya", "have a good one").
var closingOpeners = []string{"ok", "k", "cool", "great", "awesome", "perfect", "got", "alright", "all right", "nice", "good",
	" ", ",", "thank", "thx", "ty", "cheers", "much appreciated", "appreciate it",
	"that", "nothing else", "no more questions", "bye", "see ", "later", "cya", "have a "}

// mayClose reports whether normalised text, or a prefix of it as long as
// the longest of closingOpeners, starts with one of them: the closing
// phrases match no other.
func mayClose(norm []byte) bool {
	for _, o := range closingOpeners {
		if len(norm) >= len(o) && string(norm[:len(o)]) == o {
			return true
		}
	}
	return false
}

// isClosing reports whether normalised text only thanks or says goodbye.
func isClosing(norm []byte) bool {
	if bytes.IndexByte(norm, '?') >= 0 {
		return false // a question, whatever thanks it opens with
	}
	if !mayClose(norm) {
		return false
	}
	s := string(norm)
	for _, p := range closingPhrases {
		if p.re().MatchString(s) {
			return true
		}
	}
	return false
}

// isHelp reports whether normalised text is only a greeting or a request
// for help, with no question in it.
// maxHelpBytes is the longest message isHelp reads: the longest help
// phrase or a string of greetings fits well within it.
const maxHelpBytes = 80

func isHelp(norm []byte) bool {
	if len(norm) > maxHelpBytes {
		return false // greetings and the help phrases are short
	}
	var buf [maxHelpBytes]byte
	bare := helpBare(buf[:0], norm)
	first, _, _ := bytes.Cut(bare, []byte{' '})
	if helpOpeners[string(first)] {
		s := string(bare)
		for _, p := range helpPhrases {
			if p.re().MatchString(s) {
				return true
			}
		}
	}
	if len(bare) == 0 {
		return false
	}
	for len(bare) > 0 {
		w, rest, _ := bytes.Cut(bare, []byte{' '})
		if !greetingWords[string(w)] {
			return false
		}
		bare = rest
	}
	return true
}

// helpBare appends to dst what isHelp reads of s: its words (runs of
// letters, numbers and apostrophes) with one space between each, as
// strings.Trim(regexp.MustCompile(`[^\p{L}\p{N}']+`).ReplaceAllString(s, " "), " ")
// would give, without a regular expression or an allocation.
func helpBare(dst, s []byte) []byte {
	gap := false
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		if r == '\'' || unicode.IsLetter(r) || unicode.IsNumber(r) {
			if gap && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			gap = false
			dst = utf8.AppendRune(dst, r)
			continue
		}
		gap = true
	}
	return dst
}
