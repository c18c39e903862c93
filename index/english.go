package index

import (
	_ "embed"
	"strings"
	"sync"
)

// englishWords lists the most frequent words of spoken English, most
// frequent first (see english/NOTICE). The speller uses it so that a real
// English word is never "corrected" to a corpus word ("apple" is not a
// typo of "apply", "phone" not one of "prone").
//
//go:embed english/subtlex-us.txt
var englishWords string

var englishRanks = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, 54000)
	rank := 0
	for line := range strings.Lines(englishWords) {
		if w := strings.TrimSpace(line); w != "" {
			rank++
			if _, dup := m[w]; !dup {
				m[w] = rank
			}
		}
	}
	return m
})

// englishRank returns a lower-case word's frequency rank in spoken English
// (1 is the most frequent), or 0 when the word is not in the list.
func englishRank(w string) int { return englishRanks()[w] }
