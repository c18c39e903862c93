package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words splits text into lower-case words: runs of letters, digits and
// apostrophes (typographic ones folded to '), with apostrophes trimmed from
// the ends. It is the one tokenizer the corpus, the index and the engine
// share, so that a phrase in the data matches the same words in a question.
func Words(text string) []string {
	if ws := AppendWords(nil, text); ws != nil {
		return ws
	}
	return []string{}
}

// AppendWords appends the words of text (see Words) to dst and returns
// the extended slice: a caller that reads the words and drops them can
// hand it a buffer on its stack.
func AppendWords(dst []string, text string) []string {
	var seen uint8 // the classes of text's bytes, together
	n := 0         // words, at most
	in := false
	for i := 0; i < len(text); i++ {
		k := byteClass[text[i]]
		seen |= k
		w := k&wordByte != 0
		if w && !in {
			n++
		}
		in = w
	}
	if seen&nonASCII != 0 {
		if dst == nil {
			return wordsUnicode(text)
		}
		return append(dst, wordsUnicode(text)...)
	}
	if n == 0 {
		return dst
	}
	// ASCII: one pass over the bytes, the words slices of one lower-case
	// copy (or of text itself).
	s := text
	if seen&foldByte != 0 {
		s = foldASCII(text)
	}
	if cap(dst)-len(dst) < n {
		dst = slices.Grow(dst, n)
	}
	for i := 0; i < len(s); {
		a, b, next := nextASCIIWord(s, i)
		if a < b {
			dst = append(dst, s[a:b])
		}
		i = next
	}
	return dst
}

// countWords returns len(Words(text)), without making the words of
// ASCII text: its runs of word bytes that hold more than apostrophes
// (and backticks, which fold to them).
func countWords(text string) int {
	n := 0
	in, counted := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return len(wordsUnicode(text))
		}
		if byteClass[c]&wordByte == 0 {
			in = false
			continue
		}
		if !in {
			in, counted = true, false
		}
		if !counted && c != '\'' && c != '`' {
			n++
			counted = true
		}
	}
	return n
}

// foldASCII returns ASCII text in lower case, backquotes as apostrophes,
// in one allocation (a byte slice made and copied to a string takes two).
func foldASCII(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		}
		b.WriteByte(c)
	}
	return b.String()
}

// nextASCIIWord finds the first run of word bytes of folded ASCII s at or
// after i: the word in it, [a, b), apostrophes trimmed from its ends
// (a == b when the run is only apostrophes), and where the run ends.
func nextASCIIWord(s string, i int) (a, b, next int) {
	for i < len(s) && byteClass[s[i]]&wordByte == 0 {
		i++
	}
	j := i
	for j < len(s) && byteClass[s[j]]&wordByte != 0 {
		j++
	}
	a, b = i, j
	for a < b && s[a] == '\'' {
		a++
	}
	for b > a && s[b-1] == '\'' {
		b--
	}
	return a, b, j
}

// asciiWordsAt returns the words of ASCII text, as Words does, and the
// offset in text at which each starts, appended to at.
func asciiWordsAt(at []int32, text string) ([]string, []int32) {
	n := 0 // words, at most
	fold := false
	in := false
	for i := 0; i < len(text); i++ {
		k := byteClass[text[i]]
		fold = fold || k&foldByte != 0
		w := k&wordByte != 0
		if w && !in {
			n++
		}
		in = w
	}
	if n == 0 {
		return nil, at
	}
	s := text
	if fold {
		s = foldASCII(text)
	}
	words := make([]string, 0, n)
	for i := 0; i < len(s); {
		a, b, next := nextASCIIWord(s, i)
		if a < b {
			words, at = append(words, s[a:b]), append(at, int32(a))
		}
		i = next
	}
	return words, at
}

// isWordByte reports whether an ASCII byte belongs to a word (see Words):
// a letter, a digit, an apostrophe or a backtick (folded to one).
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '`'
}

// byteClass classes each byte for AppendWords, by a table rather than
// comparisons: part of a word, to fold (an upper-case letter or a
// backtick), or not ASCII.
var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = nonASCII
		case 'A' <= c && c <= 'Z' || c == '`':
			t[c] = wordByte | foldByte
		case isWordByte(byte(c)):
			t[c] = wordByte
		}
	}
	return t
}()

const (
	wordByte = 1 << iota
	foldByte
	nonASCII
)

// isWordRune reports whether r is part of a word as Words reads words: a
// letter, a digit or an apostrophe (a typographic one as wordsUnicode
// leaves it, folded, and as respelled meets it, not).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// wordsUnicode is Words for text with characters beyond ASCII.
func wordsUnicode(text string) []string {
	text = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', '＇', '`':
			return '\''
		}
		return unicode.ToLower(r)
	}, text)
	fs := strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) })
	out := fs[:0]
	for _, f := range fs {
		if f = strings.Trim(f, "'"); f != "" {
			out = append(out, f)
		}
	}
	return out
}
