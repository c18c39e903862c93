package corpus

import (
	"strings"
	"unicode"

	"github.com/blevesearch/go-porterstemmer"
)

// word is one word of a sentence or quote, folded for comparison.
type word struct {
	// text is the word in lower case with its clitic removed ("they’re"
	// -> "they"); a "n't" becomes a word "not" of its own.
	text string
	// stem is text's Porter stem, which folds plural and verb forms
	// ("messengers", "messenger"; "promotes", "promoting").
	stem string
	// neg marks a negation: not, no, never, nothing, none, nor, without,
	// cannot.
	neg bool
}

var negations = map[string]bool{"not": true, "no": true, "never": true, "nothing": true, "none": true, "nor": true, "without": true, "cannot": true, "neither": true}

// words splits s into folded words: letters and digits, with apostrophes
// inside a word kept for its clitic; anything else (spaces, hyphens,
// punctuation) separates words, so "cell-derived" is two words.
func words(s string) []word {
	var out []word
	add := func(t string) {
		t = strings.Trim(t, "'")
		if t == "" {
			return
		}
		out = append(out, word{text: t, stem: porterstemmer.StemString(t), neg: negations[t]})
	}
	var b strings.Builder
	flush := func() {
		t := b.String()
		b.Reset()
		if t == "" {
			return
		}
		if base, ok := strings.CutSuffix(t, "n't"); ok {
			switch base {
			case "ca":
				base = "can"
			case "wo":
				base = "will"
			case "sha":
				base = "shall"
			}
			add(base)
			add("not")
			return
		}
		if i := strings.IndexByte(t, '\''); i > 0 {
			t = t[:i] // they're, it's, you'll, I'm, dermatologist's
		}
		add(t)
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’') && b.Len() > 0:
			b.WriteByte('\'')
		default:
			flush()
		}
	}
	flush()
	return out
}

// stems returns the stems of s's words.
func stems(s string) []string {
	ws := words(s)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.stem
	}
	return out
}

// stemSet builds a set of the stems of the given words.
func stemSet(list ...string) map[string]bool {
	m := map[string]bool{}
	for _, s := range list {
		for _, st := range stems(s) {
			m[st] = true
		}
	}
	return m
}

// indexSeq returns the index in hay where the sequence needle starts, or -1.
func indexSeq(hay, needle []string) int {
	if len(needle) == 0 {
		return -1
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j := range needle {
			if hay[i+j] != needle[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// The words an answer sentence may use without a quote that has them. The
// lists are short on purpose: each word here is one the check cannot hold
// to the article, so a word that could carry a claim (a quantifier like
// "most" or "only", a time like "yet", a verdict) is not among them.
var (
	// functionWords carry no claim of their own: articles, pronouns,
	// auxiliaries, prepositions, conjunctions.
	functionWords = strings.Fields(`a an the and or but so of in on at to for from with by as about into
		than then that this these those there it its they them their you your we our he she his her one ones
		what which who whom whose when where why how if whether because while though although however
		be is are was were been being am do does did have has had having can will would shall should must
		also too either both s`)

	// topicWords name what the whole article is about, the referent of its
	// "they" and "them": "They carry proteins" grounds "Exosomes carry
	// proteins".
	topicWords = strings.Fields(`exosome exosomes`)

	// hedgeWords weaken a claim; they are allowed anywhere, but a sentence
	// that is nothing but a hedge is a verdict (see verdictWords).
	hedgeWords = strings.Fields(`may might could possibly potentially perhaps`)

	// attributionWords say whose words a sentence reports.
	attributionWords = strings.Fields(`article author dermatologist board certified according says say said
		calls call puts put describes mentions notes names lists writes wrote writer words view own warns`)

	// silenceWords are the words a statement about the article's silence
	// ("The article doesn't go into how exosomes are made") is made of.
	silenceWords = strings.Fields(`cover covers covered explain explains go goes detail details discuss
		discusses give gives name names mention mentions say says list lists specific specifically particular
		any further more beyond compare compares answer answers`)

	// verdictWords are the words of a bare verdict ("No.", "Yes.", "They
	// might.", "Not yet.", "Not necessarily."). A sentence, or the opening
	// clause of one, made only of these is a verdict, and needs a quote that
	// gives the same verdict as a clause of its own.
	verdictWords = strings.Fields(`yes no not yet maybe might may possibly probably perhaps definitely
		sure absolutely nope yep yeah they it this that could can do does is are will would be necessarily
		really quite somewhat partly kind sort of`)

	// hedgeMarkers mark a quote that reports a claim rather than a fact
	// ("suggest exosomes may", "touted for", "claiming to", "marketing them
	// for", "potentially"): a sentence citing such a quote must keep a
	// marker of its own.
	hedgeMarkers = strings.Fields(`may might could potentially possibly perhaps maybe suggest suggests
		touted touts claiming claim claims marketing marketed`)

	// firstPersonWords mark the author speaking for themself.
	firstPersonWords = strings.Fields(`i me my mine myself`)
)
