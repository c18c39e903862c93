package bot

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendTokensDecoding is appendTokens as it was before its ASCII
// fast path, every character decoded: the reference the fast path must
// agree with.
//
// It appends to toks (which it may reuse), with
// word as the buffer of the word being read.
func appendTokensDecoding(toks []token, word []byte, s string) []token {
	toks, word = toks[:0], word[:0]
	var sent, clause int32
	upper, lower := false, false
	pendingStop := false
	flush := func() {
		if len(word) == 0 {
			return
		}
		var key string
		var e lexEntry
		le, known := lexicon[string(word)]
		if known {
			// The common case, without allocating: the key is the word.
			key, e = le.key, le
		} else if ts, ok := textSpeak[string(word)]; ok {
			for _, w := range strings.Fields(ts)[:len(strings.Fields(ts))-1] {
				_, we := lookup(w)
				toks = append(toks, token{key: w, id: we.id, phrase: we.phrase, tags: we.tags, sent: sent, clause: clause, stop: pendingStop})
				pendingStop = false
			}
			word = append(word[:0], ts[strings.LastIndexByte(ts, ' ')+1:]...)
			if le, known = lexicon[string(word)]; known {
				key, e = le.key, le
			} else {
				key, e = lookupUnknown(string(word))
			}
		} else {
			key, e = lookupUnknown(string(word))
		}
		t := token{key: key, id: e.id, phrase: e.phrase, tags: e.tags, sent: sent, clause: clause, upper: upper && !lower && len(word) > 1, stop: pendingStop}
		t.nounS = wroteNounS(word, key)
		word = word[:0]
		pendingStop = false
		upper, lower = false, false
		if e.contrast {
			clause++
			t.clause = clause
			t.stop = true
		}
		toks = append(toks, t)
	}
	emit := func(key string) {
		flush()
		_, e := lookup(key)
		toks = append(toks, token{key: key, id: e.id, tags: e.tags, sent: sent, clause: clause, stop: pendingStop})
		pendingStop = false
	}
	brk := func(sentence bool) {
		flush()
		clause++
		if sentence {
			sent++
			pendingStop = true
		}
	}
	next := func(i, size int) rune {
		r, _ := utf8.DecodeRuneInString(s[i+size:])
		return r
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if unicode.IsUpper(r) {
				upper = true
			} else if unicode.IsLower(r) {
				lower = true
			}
			word = utf8.AppendRune(word, unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '＇':
			if len(word) == 1 && word[0] == 't' && unicode.IsLetter(next(i, size)) {
				word = append(word[:0], "the"...)
				flush()
			} else if len(word) > 0 && unicode.IsLetter(next(i, size)) {
				word = append(word, '\'')
			} else if len(word) == 0 && quotesASentence(s, i, size) {
				brk(false)
			} else {
				flush()
			}
		case r == '.' && len(word) > 0 && isDigits(word) && unicode.IsDigit(next(i, size)):
			word = append(word, '.')
		case r == '/' && jokeTone(s[i+size:]) > 0:
			// A tone indicator: "/j", "/jk", "/lh" say the writer jokes.
			flush()
			toks = append(toks, token{key: jokeKey, sent: sent, clause: clause, stop: pendingStop})
			pendingStop = false
			size += jokeTone(s[i+size:])
		case r == '/' && len(word) >= 3 && isLetters(word) && unicode.IsLetter(next(i, size)):
			flush()
		case (r == '/' || r == '&') && len(word) > 0 && (unicode.IsLetter(next(i, size)) || unicode.IsDigit(next(i, size))):
			word = utf8.AppendRune(word, r)
		case (r == '.' || r == '…') && ellipsisFrom(s, i, size):
			flush()
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\n' || r == '…' || r == '。':
			brk(true)
		case r == ',' && len(word) > 0 && isDigits(word) && thousands(s[i+1:]):
		case r == ',' || r == ':' || r == '(' || r == ')' || r == '—' || r == '–' || r == '"' || r == '“' || r == '”' || r == '[' || r == ']':
			brk(false)
		case r == '-':
			if len(word) > 0 && unicode.IsLetter(next(i, size)) {
				flush()
			} else {
				brk(false)
			}
		case r == '$' || r == '£' || r == '€':
			emit("$")
		case r == '🙄':
			flush()
			toks = append(toks, token{key: eyeRollKey, sent: sent, clause: clause, stop: pendingStop})
			pendingStop = false
		case laughEmoji[r]:
			emit("lol")
		case hypeEmoji[r]:
			emit("wow")
		case r == '🚨' || r == '🆘' || r == '‼':
			emit("sos")
		case r == '+' || r == '&':
			emit("and")
		default:
			flush()
		}
		i += size
	}
	flush()
	toks = ionDont(toks)
	digitWords(toks)
	toks = joinSplitWords(toks)
	afterPerfect(toks)
	bareVerbPast(toks)
	slipsInPlace(toks)
	noneCan(toks)
	toks = mergePhrases(toks)
	faceLooksTired(toks)
	markSpecial(toks)
	if !strings.ContainsAny(s, ".,?!;:\n…。") {
		runOnBreaks(toks)
	}
	return toks
}

// appendTokens reads ASCII letters and digits without decoding them, as
// the code that decodes every character reads them.
func TestAppendTokens_AgreesWithDecoding(t *testing.T) {
	texts := append(speedTexts(t), "ABC def GHI-jkl 123 4.5 e.g. DR. K's 3yo 🚨 $20 😂 naïve CAFÉ İstanbul ǅ ﬁ x\u0301", "SOB SI help HELP", "\xff\xfeAB")
	for _, s := range texts {
		got := appendTokens(nil, nil, s)
		want := appendTokensDecoding(nil, nil, s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("appendTokens(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzAppendTokens(f *testing.F) {
	f.Add("My LIPS are swelling!! 2 hrs after filler, SOB, can't breathe 39.5 c")
	f.Fuzz(func(t *testing.T, s string) {
		if !reflect.DeepEqual(appendTokens(nil, nil, s), appendTokensDecoding(nil, nil, s)) {
			t.Fatalf("appendTokens(%q) differs", s)
		}
	})
}
