package bot

import (
	"strings"
	"unicode"
)

// Words splits text into lower-case words: runs of letters, digits and
// apostrophes (typographic ones folded to '), with apostrophes trimmed from
// the ends. It is the one tokenizer the corpus, the index and the engine
// share, so that a phrase in the data matches the same words in a question.
func Words(text string) []string {
	text = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', '＇', '`':
			return '\''
		}
		return unicode.ToLower(r)
	}, text)
	fs := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	out := fs[:0]
	for _, f := range fs {
		if f = strings.Trim(f, "'"); f != "" {
			out = append(out, f)
		}
	}
	return out
}
