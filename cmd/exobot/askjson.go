package main

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"exobot/bot"
)

// replyEncoder writes replies as "exobot ask --json" does, reusing its
// buffers from one reply to the next.
type replyEncoder struct {
	buf, text []byte
}

// encode returns json.Marshal(toJSON(question, r)), byte for byte, in a
// buffer the next call reuses.
func (e *replyEncoder) encode(question string, r bot.Reply) ([]byte, error) {
	e.text = r.AppendText(e.text[:0])
	var err error
	e.buf, err = appendReplyJSON(e.buf[:0], e.text, question, r)
	return e.buf, err
}

// appendReplyJSON appends json.Marshal(toJSON(question, r)) to dst, byte
// for byte, without reflection (the batch answers are written by one
// goroutine, and encoding/json took about half as long as the answer
// itself), text being r.Text(). TestAppendReplyJSON_AsMarshal and
// FuzzAppendReplyJSON compare the two.
func appendReplyJSON(dst, text []byte, question string, r bot.Reply) ([]byte, error) {
	for _, m := range r.Matches {
		if math.IsInf(m.Score, 0) || math.IsNaN(m.Score) {
			// encoding/json's error, as it words it.
			b, err := json.Marshal(toJSON(question, r))
			return append(dst, b...), err
		}
	}
	dst = append(dst, `{"question":`...)
	dst = appendJSONString(dst, question)
	dst = append(dst, `,"status":`...)
	dst = appendJSONString(dst, string(r.Status))
	if r.Reason != "" {
		dst = append(dst, `,"reason":`...)
		dst = appendJSONString(dst, string(r.Reason))
	}
	if r.NotCovered != "" {
		dst = append(dst, `,"not_covered":`...)
		dst = appendJSONString(dst, r.NotCovered)
	}
	dst = append(dst, `,"text":`...)
	dst = appendJSONString(dst, text)
	dst = append(dst, `,"answer":`...)
	dst = appendJSONString(dst, r.Answer)
	dst = append(dst, `,"citations":[`...)
	for i, c := range r.Citations {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"source":`...)
		dst = appendJSONString(dst, c.Source)
		dst = append(dst, `,"section":`...)
		dst = appendJSONString(dst, c.Section)
		dst = append(dst, `,"quote":`...)
		dst = appendJSONString(dst, c.Quote)
		if c.Version != "" {
			dst = append(dst, `,"version":`...)
			dst = appendJSONString(dst, c.Version)
		}
		dst = append(dst, '}')
	}
	dst = append(dst, `],"disclaimer":`...)
	dst = appendJSONString(dst, r.Disclaimer)
	dst = append(dst, `,"matches":[`...)
	for i, m := range r.Matches {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"id":`...)
		dst = appendJSONString(dst, m.ID)
		dst = append(dst, `,"question":`...)
		dst = appendJSONString(dst, m.Question)
		dst = append(dst, `,"score":`...)
		dst = appendJSONFloat(dst, m.Score)
		dst = append(dst, '}')
	}
	dst = append(dst, `],"related":[`...)
	for i, s := range r.Related {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, s.Question)
	}
	dst = append(dst, ']')
	if r.Error != "" {
		dst = append(dst, `,"error":`...)
		dst = appendJSONString(dst, r.Error)
	}
	if r.Urgency != "" {
		dst = append(dst, `,"urgency":`...)
		dst = appendJSONString(dst, string(r.Urgency))
	}
	if r.Relayed {
		dst = append(dst, `,"relayed":true`...)
	}
	return append(dst, '}'), nil
}

// appendJSONString appends s as encoding/json writes a string: quoted,
// with <, > and & escaped for HTML, invalid UTF-8 as \ufffd, and U+2028
// and U+2029 escaped.
func appendJSONString[S string | []byte](dst []byte, s S) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		n := min(len(s)-i, utf8.UTFMax)
		c, size := utf8.DecodeRuneInString(string(s[i : i+n])) // no copy made
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// jsonSafe holds the ASCII bytes encoding/json writes as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// appendJSONFloat appends a finite f as encoding/json writes a float64.
func appendJSONFloat(dst []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-09 as e-9
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}
