package index

import "strings"

// rewriter rewrites lower-case words with a lexicon of phrases (the
// corpus's concept lexicon: the words people use mapped to the article's),
// longest phrases first. Both the entries and the questions are rewritten,
// so either side may use either word. Read-only after construction.
type rewriter struct {
	phrases map[string]string // phrase of 1..longest words -> replacement
	longest int               // words in the longest phrase
}

func newRewriter(phrases map[string]string) rewriter {
	r := rewriter{phrases: phrases}
	for p := range phrases {
		r.longest = max(r.longest, strings.Count(p, " ")+1)
	}
	return r
}

// words rewrites ws, returning a new slice.
func (r rewriter) words(ws []string) []string {
	out := make([]string, 0, len(ws))
next:
	for i := 0; i < len(ws); i++ {
		for n := min(r.longest, len(ws)-i); n >= 1; n-- {
			key := ws[i]
			if n > 1 {
				key = strings.Join(ws[i:i+n], " ")
			}
			if c, ok := r.phrases[key]; ok {
				out = append(out, c)
				i += n - 1
				continue next
			}
		}
		out = append(out, ws[i])
	}
	return out
}

// cue is a not-covered entry's cue, as words; "*" stands for up to
// maxGap words.
type cue struct {
	entry string
	words []string
}

// maxGap is how many words a "*" in a cue stands for, at most.
const maxGap = 3

// cue returns the entry of the first cue found in normalized text (words
// joined by single spaces), or "".
func (x *Index) cue(text string) string {
	if len(x.cues) == 0 || text == "" {
		return ""
	}
	ws := strings.Fields(text)
	for _, c := range x.cues {
		for i := range ws {
			if matchAt(c.words, ws[i:]) {
				return c.entry
			}
		}
	}
	return ""
}

// matchAt reports whether pattern matches a prefix of ws.
func matchAt(pattern, ws []string) bool {
	if len(pattern) == 0 {
		return true
	}
	if pattern[0] == "*" {
		for skip := 0; skip <= maxGap && skip <= len(ws); skip++ {
			if matchAt(pattern[1:], ws[skip:]) {
				return true
			}
		}
		return false
	}
	return len(ws) > 0 && ws[0] == pattern[0] && matchAt(pattern[1:], ws[1:])
}
