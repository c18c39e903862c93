package bot

import (
	"regexp"
	"strings"
	"sync"
)

// Placeholders Redact puts in place of what it removes.
const (
	RedactedEmail   = "[email]"
	RedactedURL     = "[url]"
	RedactedMention = "[mention]"
	RedactedNumber  = "[number]"
	RedactedUrgent  = "[urgent]"
)

// MaxRecordedRunes bounds a recorded question's text.
const MaxRecordedRunes = 500

// redactors are the patterns of what Redact removes, compiled on first use
// (not at start: "exobot ask" never needs them). They err on the side of
// removing: a curator loses a few harmless words, a person never has their
// address or number kept.
type redactors struct {
	markup, email, url, handle, digits, digitWord, spaces *regexp.Regexp
}

var redactPatterns = sync.OnceValue(func() *redactors {
	// at and dot, spelt out to hide an address: " at ", "(at)", "[at]".
	const (
		atWord  = `(?:\s*@\s*|\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+)`
		dotWord = `(?:\s*\.\s*|\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+)`
		tld     = `(?:com|net|org|edu|gov|mil|int|info|biz|io|co|me|us|uk|ca|au|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|ie|nz|in|jp|cn|br|mx|app|dev|health|clinic)`
		// Digits and digit words in a row with separators only between
		// them: phone numbers however they are written ("+1 (555)
		// 010-9999", "5 5 5 0 1 0", "five five five oh one"), card, record
		// and order numbers — removed when there are four tokens or six
		// digits (see isNumberRun) — and any run of five or more digits.
		digitToken = `(?:\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)`
	)
	return &redactors{
		// <@U123>, <#C1|general>, <!here>, <@&123>: Slack and Discord markup.
		markup: regexp.MustCompile(`<[@#!][^>]*>`),
		// name@host.tld, and "name at host dot com" and its variants.
		email: regexp.MustCompile(`(?i)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+` +
			`|[\p{L}\p{N}._%+-]+` + atWord + `[\p{L}\p{N}-]+(?:` + dotWord + `[\p{L}\p{N}-]+)*?` + dotWord + tld + `\b`),
		// http(s)://…, www.…, a bare host.tld[/path], and "host dot com".
		url: regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+` +
			`|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.` + tld + `\b(?:/\S*)?` +
			`|\b[\p{L}\p{N}-]+(?:\s+dot\s+[\p{L}\p{N}-]+)*\s+dot\s+` + tld + `\b`),
		// @handle, after e-mail addresses are gone.
		handle: regexp.MustCompile(`(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]+`),
		digits: regexp.MustCompile(`(?i)(?:\+\s*)?\(?\b` + digitToken + `\b\)?(?:[\s().,/_*#-]*\(?\b` + digitToken + `\b\)?)+` +
			`|\d{5,}`),
		digitWord: regexp.MustCompile(`(?i)` + digitToken),
		spaces:    regexp.MustCompile(`\s+`),
	}
})

// Redact returns text with what could identify a person or reach them
// replaced by placeholders: e-mail addresses (also spelt out, "jo at mail
// dot com"), URLs and bare domains, platform mentions and @handles, phone
// numbers and other runs of digits or digit words, and any sentence the
// urgent screen flags. The result is trimmed to MaxRecordedRunes. Redact is
// for text that is about to be stored; an urgent message is never stored at
// all (see Record).
func Redact(text string) string {
	p := redactPatterns()
	s := clean(text)
	s = p.markup.ReplaceAllString(s, RedactedMention)
	s = p.email.ReplaceAllString(s, RedactedEmail)
	s = p.url.ReplaceAllString(s, RedactedURL)
	s = p.handle.ReplaceAllStringFunc(s, func(m string) string {
		if i := strings.IndexByte(m, '@'); i > 0 {
			return m[:i] + RedactedMention
		}
		return RedactedMention
	})
	s = p.digits.ReplaceAllStringFunc(s, func(m string) string {
		if isNumberRun(m) {
			return RedactedNumber
		}
		return m
	})
	s = redactUrgentSentences(s)
	s = strings.TrimSpace(p.spaces.ReplaceAllString(s, " "))
	return truncateRunes(s, MaxRecordedRunes)
}

// redactUrgentSentences replaces each sentence the urgent screen flags.
func redactUrgentSentences(s string) string {
	var b strings.Builder
	start := 0
	flush := func(end int) {
		sentence := s[start:end]
		if strings.TrimSpace(sentence) != "" && Urgent(sentence) {
			lead := sentence[:len(sentence)-len(strings.TrimLeft(sentence, " "))]
			b.WriteString(lead + RedactedUrgent)
			if r := strings.TrimRight(sentence, ".!?;"); len(r) < len(sentence) {
				b.WriteString(sentence[len(r):])
			}
		} else {
			b.WriteString(sentence)
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' || c == ';' {
			for i+1 < len(s) && strings.IndexByte(".!?;", s[i+1]) >= 0 {
				i++
			}
			flush(i + 1)
		}
	}
	flush(len(s))
	return b.String()
}

// isNumberRun reports whether a run of digits and digit words is long enough
// to be a number that reaches or identifies someone: four tokens or more
// ("five five five oh"), six digits or more ("555.0199"), or one token of
// five digits. "34, 35" and "2 or 3" are not.
func isNumberRun(m string) bool {
	tokens := redactPatterns().digitWord.FindAllString(m, -1)
	digits := 0
	for _, t := range tokens {
		if t[0] >= '0' && t[0] <= '9' {
			digits += len(t)
		} else {
			digits++
		}
	}
	return len(tokens) >= 4 || digits >= 6 || (len(tokens) == 1 && digits >= 5)
}
