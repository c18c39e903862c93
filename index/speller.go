package index

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"exobot/bot"
	"exobot/internal/wordmemo"
)

// speller corrects misspelled words against the corpus's own vocabulary
// ("exozomes" -> "exosomes", "colagen" -> "collagen"), leaving alone words
// that are real English ("apple" is not a typo of "apply"), with the
// symmetric-delete method: every vocabulary word is indexed under itself and
// the strings one deletion away from it, and a word is looked up the same
// way, so a lookup is a few map probes instead of a scan. It is read-only after
// construction and safe for concurrent use.
type speller struct {
	count map[string]int // vocabulary word -> occurrences
	// words holds, for every vocabulary word and every word read in
	// context first (inContext), what correctWords needs to know of it
	// (spelling): one lookup tells a known word, its correction, and
	// whether its neighbours are read first.
	words   map[string]spelling
	deletes deleteIndex         // deletion variant -> vocabulary words
	byLen   map[lenKey][]string // first letter and length in runes -> vocabulary words
	skip    func(string) bool   // stop words and filler: never corrected, never targets
	// unvowelled maps the consonants of short vocabulary words, in
	// order, to the word ("skn" -> "skin"), or to "" when two words
	// share them.
	unvowelled map[string]string
	// squeezed maps vocabulary words with each run of a letter written
	// once ("microneedling" -> "microneding") to the word, or to "" when
	// two words squeeze alike: a key held down ("exossommes") is read
	// through it.
	squeezed map[string]string
	// cues indexes the not-covered topics' cue words (addCues), which
	// are never targets of the usual correction ("lasered" is not the
	// cue "layered"), for cueSlip: a word that is a cue word slipped
	// ("samlon", "hlal", "ijnected") reads as the cue.
	cues deleteIndex
	// fixes remembers what correct made of unknown words that are not
	// English (typos, brands, chat spellings): people reuse the same
	// words, and the search for a correction costs microseconds. It is
	// bounded (see wordmemo), so odd input cannot grow it.
	fixes wordmemo.Memo[string]
}

// Words shorter than minCorrect are left alone: too many short words are
// one edit from each other.
const (
	minCorrect = 4
	twoEdits   = 6 // from this length, two edits are allowed (but see closest)
	minSplit   = 7 // from this length, a word may be two run together
	// maxJoinHead is the longest first half of a word dictated in two
	// ("in flammation", "fibro blasts") that correctFacts joins.
	maxJoinHead = 6
)

func maxEdits(n int) int {
	switch {
	case n >= twoEdits:
		return 2
	case n >= minCorrect:
		return 1
	}
	return 0
}

func newSpeller(texts []string, skip func(string) bool) *speller {
	s := &speller{count: map[string]int{}, byLen: map[lenKey][]string{}, skip: skip, unvowelled: map[string]string{}, squeezed: map[string]string{}}
	for _, t := range texts {
		for _, w := range bot.Words(t) {
			s.count[w]++
		}
	}
	for w := range s.count {
		n := len([]rune(w))
		if n < minCorrect-1 || skip(w) && n < minFillerTarget {
			continue
		}
		// Indexed one deletion deep; closest looks words up two deep and
		// scans for the rest (see there).
		s.deletes.add(w)
		k := lenKey{first(w), n}
		s.byLen[k] = append(s.byLen[k], w)
		if n <= maxUnvowelled {
			if k := consonants(w); len(k) >= 2 && k != w {
				if other, seen := s.unvowelled[k]; seen && other != w {
					s.unvowelled[k] = ""
				} else {
					s.unvowelled[k] = w
				}
			}
		}
		if k := squeeze(w); k != w || s.squeezed[k] != "" {
			if other, seen := s.squeezed[k]; seen && other != w {
				s.squeezed[k] = ""
			} else {
				s.squeezed[k] = w
			}
		}
	}
	s.deletes.sort()
	s.words = make(map[string]spelling, len(s.count)+len(chatSpellings)+len(inContext))
	for w := range s.count {
		s.words[w] = spelling{known: true}
	}
	// The curated phrasings misspell on purpose ("exozomes"), as people do;
	// both sides must then spell the word one way.
	for w, n := range s.count {
		if n > 2 || englishRank(w) != 0 || skip(w) {
			continue
		}
		if c := s.closest(w, aliasRatio*n); c != "" {
			s.words[w] = spelling{to: c, known: true}
		}
	}
	for w := range chatSpellings {
		sp := s.words[w]
		sp.context = true
		s.words[w] = sp
	}
	for _, w := range inContext {
		sp := s.words[w]
		sp.context = true
		s.words[w] = sp
	}
	return s
}

// spelling is what the speller knows of a word (speller.words).
type spelling struct {
	to      string // the usual word, when the word is a rare misspelling in the corpus itself
	known   bool   // a word of the corpus (or one never corrected: leave)
	context bool   // read in context first: a chat spelling or one of inContext
}

// inContext are the words besides the chat spellings that correctWords
// reads with their neighbours before anything else: "dose" may be "does",
// "wit" and "w" "with", "by" "buy", "4" "for".
var inContext = []string{"dose", "wit", "w", "by", "4"}

// leave makes w a word correctWords leaves as it is, a known word never
// corrected: w only when it is a word of the corpus, or, with add, in any
// case.
func (s *speller) leave(w string, add bool) {
	sp := s.words[w]
	if !sp.known && !add {
		return
	}
	sp.to, sp.known = "", true
	s.words[w] = sp
}

// commonEnglish is the frequency rank under which a word counts as everyday
// English.
const commonEnglish = 10000

// aliasRatio is how much more often a word must occur in the corpus than a
// close spelling of it for that spelling to count as a misspelling.
const aliasRatio = 5

// correct returns text as lower-case words, each unknown word replaced by
// the closest vocabulary word with the same first letter, if one is close
// enough, or else by the two vocabulary words it runs together
// ("snakeoil", "antiaging").
func (s *speller) correct(text string) string {
	return strings.Join(s.correctWords(text, nil), " ")
}

// correctWords is correct as words: bot.Words(s.correct(text)), a word
// corrected to two run together ("snake oil") two words. The words are
// appended to buf[:0] (a caller's buffer, perhaps on its stack), or to a
// new slice.
func (s *speller) correctWords(text string, buf []string) []string {
	ws, _ := s.correctFacts(text, buf, nil, nil, nil)
	return ws
}

// correctFacts is correctWords that, given the index's facts
// (Index.facts), reads each word's spelling from its facts and appends
// to fbuf[:0] the facts of each corrected word, in step with the words.
// Given a respeller (r), it hands it each word of text as typed, with
// its spelling.
func (s *speller) correctFacts(text string, buf []string, facts map[string]*wordFacts, fbuf []*wordFacts, r *respeller) ([]string, []*wordFacts) {
	ws := bot.AppendWords(buf[:0], text)
	var out []string // a copy, once a word becomes two
	var fs []*wordFacts
	if facts != nil {
		fs = fbuf[:0]
	}
	for i, w := range ws {
		c := w
		// One lookup: the readings in context below are tried only for
		// the words they read (sp.context).
		var f *wordFacts
		var sp spelling
		if facts == nil {
			sp = s.words[w]
		} else if f = facts[w]; f != nil {
			sp = f.spell
		}
		if r != nil {
			s.respell(r, w, sp)
		}
		chat, isChat := "", false
		if sp.context {
			chat, isChat = chatSpelling(ws, i)
		}
		if sp.context && w == "dose" && auxiliaryDose(ws, i) {
			c = "does"
		} else if sp.context && (w == "wit" || w == "w") && i+1 < len(ws) && withObjects[ws[i+1]] {
			c = "with" // text-speak: "cn i use exosoms wit my vitamin c serum"
		} else if sp.context && w == "by" && buysAt(ws, out, i) {
			c = "buy" // by sound: "shud i by exosoms or ask my derma frst"
		} else if isChat {
			c = chat // "wat r exosoms n y is evry1 using them"
		} else if sp.known {
			if sp.to != "" {
				c = sp.to // a rare misspelling of the corpus's
			}
			// otherwise a word of the corpus
		} else if base, ok := strings.CutSuffix(w, "ly"); ok && len(base) >= minCorrect && s.count[base] > 0 && !s.skip(base) {
			c = base // "supposedly" is the corpus's "supposed", "clinically" its "clinical"
		} else if englishRank(w) == 0 {
			c = s.fix(w)
			if c == w && !s.skip(w) {
				c = s.unvowel(w, text)
			}
			if c == w && i > 0 {
				// "do exosomes reduce in flammation": a word dictated in
				// two, the second no word at all, is the corpus's word
				// the two make together.
				prev := ws[i-1]
				if out != nil {
					prev = out[len(out)-1]
				}
				if j := prev + w; len(prev) <= maxJoinHead && s.words[j].known && !s.skip(j) {
					if out == nil {
						out = append(make([]string, 0, len(ws)), ws[:i]...)
					}
					out[len(out)-1] = j
					if facts != nil {
						fs[len(fs)-1] = facts[j]
					}
					continue
				}
			}
		}
		two := strings.Contains(c, " ")
		if facts != nil {
			switch {
			case c == w:
				fs = append(fs, f)
			case two:
				for _, cw := range bot.Words(c) {
					fs = append(fs, facts[cw])
				}
			default:
				fs = append(fs, facts[c])
			}
		}
		switch {
		case out != nil:
			out = append(out, bot.Words(c)...)
		case two:
			out = append(append(make([]string, 0, len(ws)+1), ws[:i]...), bot.Words(c)...)
		default:
			ws[i] = c
		}
	}
	if out != nil {
		return out, fs
	}
	return ws, fs
}

// respellings appends to dst each word of text that correctWords reads
// as another single word because it is misspelt (fix, unvowel; not a
// chat spelling, a word read in context, or one run together), once, as
// typed and as read. A text with a word of three letters or more that is
// no English, no corpus word and no misspelling of one ("Eksozom serumu
// retinolden daha mı iyi?") may be another language, whose words would
// only look like English ones respelled: it appends nothing.
func (s *speller) respellings(dst []bot.Respelling, text string) []bot.Respelling {
	var buf [32]string
	r := respeller{text: text, dst: dst, n: len(dst)}
	for _, w := range bot.AppendWords(buf[:0], text) {
		if s.respell(&r, w, s.words[w]); r.foreign {
			break
		}
	}
	return r.respelled()
}

// respeller gathers respellings word by word: from respellings' own pass
// over a text, or from the passes of correctFacts over a search's focus
// and then its context (the text respellings would read being the two
// joined by a line break), so that a search splits and looks up each
// word once.
type respeller struct {
	text           string // the whole text, once known
	focus, context string // its parts, when text is joined only if a word needs it
	dst            []bot.Respelling
	n              int  // len(dst) before the text's respellings
	foreign        bool // a word no English, corpus word or misspelling of one
}

// newRespeller returns the respeller of a search's focus and context:
// what respellings(nil, focus+"\n"+context) returns (focus alone when
// context is empty), read as correctFacts reads focus, then context.
func newRespeller(focus, context string) respeller {
	if context == "" {
		return respeller{text: focus}
	}
	return respeller{focus: focus, context: context}
}

// whole returns the text read, its parts joined on first use: a word
// that needs it is rare, most words being known.
func (r *respeller) whole() string {
	if r.text == "" && (r.focus != "" || r.context != "") {
		r.text = r.focus + "\n" + r.context
	}
	return r.text
}

// respelled returns the respellings gathered: none in another language.
func (r *respeller) respelled() []bot.Respelling {
	if r.foreign {
		return r.dst[:r.n]
	}
	return r.dst
}

// respell reads w, the next word of r's text, whose spelling is sp (the
// speller's words[w]): a respelling of it, or the text's being another
// language (r.foreign, after which the words left need not be read).
func (s *speller) respell(r *respeller, w string, sp spelling) {
	if sp.known && sp.to == "" || sp.context || r.foreign || englishRank(w) != 0 || s.skip(w) {
		return
	}
	c := sp.to
	if c == "" {
		if c = s.fix(w); c == w {
			c = s.unvowel(w, r.whole())
		}
	}
	if c == w && utf8.RuneCountInString(w) >= 3 {
		r.foreign = true
		return
	}
	if c == w || strings.Contains(c, " ") || !nearSpelling(w, c) || typedAsName(r.whole(), w) || slices.ContainsFunc(r.dst, func(p bot.Respelling) bool { return p.Typed == w }) {
		return
	}
	r.dst = append(r.dst, bot.Respelling{Typed: strings.Clone(w), Word: c})
}

// nearSpelling reports whether typed is word misspelt as surely as the
// answer net should read it so: five letters or more, one letter off or
// two swapped. A shorter word, or one further off, is as likely another
// word, a name ("Jart" is no "part") or another language's ("regtig").
func nearSpelling(typed, word string) bool {
	return utf8.RuneCountInString(typed) >= 5 && (bot.EditDistance(typed, word, 1) <= 1 || bot.OneSlip(typed, word))
}

// typedAsName reports whether w (lower case) is written in text with a
// capital after text's start: a name ("is Medicube legit"), which the
// answer net reads as it is.
func typedAsName(text, w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	capital := string(unicode.ToUpper(r)) + w[size:]
	i := strings.Index(text, capital)
	return i > 0
}

// buysAt reports whether "by" at ws[i] is "buy" typed by sound: it
// follows a subject after a modal ("should i by", "can u by") or "to"
// after a wish or a plan ("want to by", "where to by"), where the
// preposition never stands. out, when set, holds the words corrected so
// far (ws's are corrected in place otherwise).
func buysAt(ws, out []string, i int) bool {
	prev := ws[:i]
	if out != nil {
		prev = out
	}
	if len(prev) < 2 {
		return false
	}
	if i+1 < len(ws) && byAfter[ws[i+1]] {
		return false // "can i by any chance…", "should i by then…"
	}
	a, b := prev[len(prev)-2], prev[len(prev)-1]
	return soundModals[a] && buySubjects[b] || b == "to" && buyLeads[a]
}

// soundModals, buySubjects and buyLeads frame "buy" typed as "by";
// byAfter follow the preposition ("by any chance", "by the way", "by
// then").
var (
	byAfter     = map[string]bool{"any": true, "then": true, "now": true, "tomorrow": true, "next": true, "far": true, "myself": true, "accident": true, "chance": true, "mistake": true}
	soundModals = map[string]bool{"should": true, "shall": true, "can": true, "could": true, "would": true, "will": true, "do": true, "did": true, "must": true, "might": true}
	buySubjects = map[string]bool{"i": true, "we": true, "you": true, "u": true, "they": true, "she": true, "he": true}
	buyLeads    = map[string]bool{"want": true, "wanna": true, "where": true, "worth": true, "going": true, "need": true, "planning": true, "trying": true, "decide": true, "deciding": true, "afford": true, "rush": true, "wait": true, "whether": true}
)

// auxiliaryDose reports whether "dose" at ws[i] is "does" typed with two
// letters swapped: it opens the question or follows a question word, and
// its subject comes next ("what dose a dermatologist look for", "dose it
// work"), where the noun never stands ("what dose should I use", "how much
// dose").
func auxiliaryDose(ws []string, i int) bool {
	if i+1 >= len(ws) || !doseSubjects[ws[i+1]] {
		return false
	}
	if i+2 < len(ws) && doseUnits[ws[i+2]] {
		return false // "what dose a day", "how much dose a session"
	}
	return i == 0 || doseQuestionWords[ws[i-1]]
}

// doseUnits after "dose a" make it an amount ("what dose a day").
var doseUnits = map[string]bool{"day": true, "week": true, "month": true, "session": true, "treatment": true, "time": true,
	"application": true, "face": true}

// chatSpellings are the words chat writes by sound, with digits or
// without letters, read as the words they stand for ("b4" is "before",
// "y" "why", "evry1" "everyone", "sumthing" "something"): none is an
// English word of its own, so none is a different word misread. Question
// words typed short ("wat", "wht", "hw") are left to the readers of
// question shapes, which know them, here and in the bot.
var chatSpellings = map[string]string{
	"r": "are", "u": "you", "ur": "your", "y": "why", "n": "and", "nd": "and",
	"b4": "before", "evry1": "everyone", "every1": "everyone", "evry": "every", "some1": "someone", "sum1": "someone",
	"any1": "anyone", "ne1": "anyone", "no1": "no one",
	"sumthing": "something", "sumthin": "something", "somethin": "something", "smth": "something", "sth": "something", "smthng": "something",
	"anythin": "anything", "nething": "anything", "nuthin": "nothing", "nothin": "nothing", "evrything": "everything", "evrythin": "everything",
	"abt": "about", "bout": "about", "bc": "because", "bcuz": "because", "cuz": "because", "coz": "because", "ppl": "people",
	"thru": "through", "tho": "though", "shud": "should", "wud": "would", "cud": "could", "hav": "have", "jus": "just",
	"rly": "really", "rlly": "really", "gud": "good", "dat": "that", "dis": "this", "tht": "that",
	// Caribbean and Nigerian English: "this exosome ting", "dem serums".
	"ting": "thing", "tings": "things", "dem": "them",
	// Scots: "is it daft tae splash oot on exosome cream", "whit dae ye think".
	"tae": "to", "oot": "out", "aboot": "about", "dae": "do", "dinnae": "don't", "cannae": "can't", "isnae": "isn't",
	"wouldnae": "wouldn't", "didnae": "didn't", "naw": "no", "whit": "what", "yer": "your", "folk": "people", "folks": "people",
}

// chatSpelling returns the word ws[i] stands for when it is a chat
// spelling: "4" is "for" between words ("look 4 b4 buying") but a number
// before what it counts ("4 weeks") or after what leads to a number ("3
// or 4", "is 4 enough"); a single
// letter is chat only between words ("n", "y", "r", "u"), not a letter
// named ("vitamin a", "n = 20") nor next to another ("y/n").
func chatSpelling(ws []string, i int) (string, bool) {
	w := ws[i]
	if w == "4" {
		if i == 0 || i+1 >= len(ws) || !wordy(ws[i-1]) || !wordy(ws[i+1]) || counted[ws[i+1]] || numberLeads[ws[i-1]] {
			return "", false
		}
		return "for", true
	}
	t, ok := chatSpellings[w]
	if !ok {
		return "", false
	}
	if len(w) == 1 && (i > 0 && !wordy(ws[i-1]) || i+1 < len(ws) && !wordy(ws[i+1]) || i > 0 && letterNamers[ws[i-1]] || yesNo(ws, i)) {
		return "", false
	}
	return t, true
}

// yesNo reports whether ws[i] is a letter of "y/n", yes or no.
func yesNo(ws []string, i int) bool {
	return ws[i] == "y" && i+1 < len(ws) && ws[i+1] == "n" || ws[i] == "n" && i > 0 && ws[i-1] == "y"
}

// wordy reports whether w starts with a letter.
func wordy(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// counted are what a number before them counts ("4 weeks").
var counted = map[string]bool{"week": true, "weeks": true, "day": true, "days": true, "month": true, "months": true, "year": true, "years": true,
	"hour": true, "hours": true, "hrs": true, "minute": true, "minutes": true, "mins": true, "time": true, "times": true, "session": true, "sessions": true,
	"treatment": true, "treatments": true, "ml": true, "drops": true, "pumps": true, "x": true, "percent": true, "of": true,
	"yo": true, "yr": true, "yrs": true, "mo": true, "mos": true} // "a 4 yo": an age

// numberLeads come before a number ("is 4 enough", "every 4", "or 4").
var numberLeads = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "about": true, "around": true, "like": true,
	"only": true, "just": true, "maybe": true, "every": true, "or": true, "to": true, "and": true, "than": true, "over": true, "under": true,
	"after": true, "in": true, "at": true, "take": true, "took": true, "use": true, "used": true, "did": true, "do": true, "had": true, "get": true,
	"got": true, "need": true, "needed": true, "last": true, "first": true, "the": true, "my": true, "all": true, "those": true, "these": true,
	"age": true, "aged": true, "level": true, "step": true, "number": true, "day": true, "week": true, "month": true, "session": true, "of": true}

// letterNamers name a letter after them ("vitamin a", "type n").
var letterNamers = map[string]bool{"vitamin": true, "vit": true, "type": true, "grade": true, "letter": true, "plan": true, "option": true, "size": true}

// withObjects follow "with" typed as "wit" or "w" ("wit my retinol", "w
// the serum"), where the noun "wit" never stands.
var withObjects = map[string]bool{"my": true, "your": true, "the": true, "a": true, "an": true, "it": true, "them": true, "this": true, "that": true, "other": true, "exosomes": true}

var (
	doseSubjects      = map[string]bool{"a": true, "an": true, "the": true, "it": true, "this": true, "that": true, "they": true, "he": true, "she": true, "my": true, "your": true, "anyone": true, "u": true, "you": true, "exosomes": true, "exosome": true}
	doseQuestionWords = map[string]bool{"what": true, "wat": true, "wht": true, "wut": true, "whut": true, "hw": true, "how": true, "why": true, "y": true, "when": true, "where": true, "who": true, "so": true, "and": true, "but": true}
)

// fix corrects a word neither the corpus nor English knows: the closest
// vocabulary word, the two it runs together, or the word itself.
func (s *speller) fix(w string) string {
	if f, ok := s.fixes.Load(w); ok {
		return f
	}
	f := w
	if s.skip(w) {
		// never corrected
	} else if c := s.cueSlip(w); c != "" && s.corpusSlip(w, c) {
		// "are exosome products hlal?", "samlon exosomes any good?":
		// a cue word with a letter dropped, doubled or two swapped is
		// the topic the person names, before an everyday word one slip
		// away ("hall") or a corpus word one letter changed ("heal") —
		// but not before a corpus word one slip away too.
		f = c
	} else if e := everydaySlipOf(w); len(w) >= 4 && e != "" && (!s.words[e].known || s.skip(e) && len(w) >= 5) && bot.OneSlip(w, e) {
		// "gues" is "guess" slipped, an everyday word the corpus never
		// uses, not the corpus's "gums" (three letters are too few to
		// tell a slip: "crp" is an acronym, not "crap"); "aftter" and
		// "unedr" are "after" and "under", stop words closest never
		// corrects into, not the corpus's "alter".
		f = e
	} else if c := s.closest(w, 1); c != "" {
		f = c
	} else if c := s.unsqueeze(w); c != "" {
		f = c
	} else if c := s.soundsLike(w); c != "" {
		f = c
	} else if a, b := s.split(w); a != "" {
		f = a + " " + b
	}
	if to := s.words[f].to; to != "" {
		f = to // "exsomos" is "exsomes", which is the corpus's rare misspelling of "exosomes"
	}
	// A copy: w is part of a question, which the memo must not keep.
	k := strings.Clone(w)
	if f == w {
		f = k
	}
	s.fixes.Store(k, f)
	return f
}

// addCues indexes the cue words of the topics the article does not
// cover for cueSlip: those of minCorrect letters or more that are not
// stop words or filler.
func (s *speller) addCues(words []string) {
	seen := map[string]bool{}
	for _, w := range words {
		if !seen[w] && utf8.RuneCountInString(w) >= minCorrect && !s.skip(w) {
			seen[w] = true
			s.cues.add(w)
		}
	}
	s.cues.sort()
}

// cueSlip returns the cue word w is with one letter dropped, doubled or
// two neighbours swapped (bot.OneSlip), its first letter kept (Spanish
// "ayer" is no "layer"), or "": the first in the alphabet when two are.
func (s *speller) cueSlip(w string) string {
	if utf8.RuneCountInString(w) < minCorrect {
		return ""
	}
	best := ""
	for _, d := range deletions(w, 1) {
		s.cues.each(d, func(c string) {
			if c != w && first(c) == first(w) && bot.OneSlip(w, c) && (best == "" || c < best) {
				best = c
			}
		})
	}
	return best
}

// corpusSlip reports whether cue may stand for w as far as the corpus's
// vocabulary goes: no other word of it is w slipped (bot.OneSlip).
func (s *speller) corpusSlip(w, cue string) bool {
	c := s.closest(w, 1)
	return c == "" || c == cue || !bot.OneSlip(w, c)
}

// unsqueeze returns the vocabulary word w is with letters doubled by a
// key held down or pressed twice ("exossommes", "exooosomes"), perhaps
// also misspelt once ("exsoomes" is "exsomes"), or "": the word that
// squeezes as w does, or the closest to w squeezed.
func (s *speller) unsqueeze(w string) string {
	k := squeeze(w)
	if k == w {
		return ""
	}
	if c := s.squeezed[k]; c != "" {
		return c
	}
	if s.count[k] > 0 && !s.skip(k) {
		return k
	}
	return s.closest(k, 1)
}

// squeeze returns w with each run of a letter written once.
func squeeze(w string) string {
	b := []byte(nil)
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] < utf8.RuneSelf {
			if b == nil {
				b = append(make([]byte, 0, len(w)), w[:i]...)
			}
			continue
		}
		if b != nil {
			b = append(b, w[i])
		}
	}
	if b == nil {
		return w
	}
	return string(b)
}

// minFillerTarget is the shortest stop or filler word a misspelling is
// corrected to ("acualy" is "actually", "honsetly" "honestly"), so that
// it is dropped as the word is: a shorter one is too near other words.
const minFillerTarget = 6

// maxUnvowelled is the longest vocabulary word that chat spelling writes
// without its vowels ("wrk", "skn", "prdct"): longer words keep enough
// letters for closest to find them. A word of fewer than minUnvowelled
// letters without vowels is a unit or an abbreviation ("nm", "ml"), not a
// word typed without them.
const (
	maxUnvowelled = 7
	minUnvowelled = 3
)

// unvowel returns the vocabulary word w is typed without its vowels
// ("wrk" is "work", "skn" "skin"), or w. A word typed in capitals in text
// is an acronym, not a word typed without vowels: "HGH" is not "high",
// nor "CRP" "crepey".
func (s *speller) unvowel(w, text string) string {
	c := s.unvowelled[w]
	if c == "" || len(w) < minUnvowelled || consonants(w) != w || c[0] != w[0] || typedInCapitals(text, w) {
		return w
	}
	return c
}

// typedInCapitals reports whether text has w (lower case) as a word typed
// in capitals.
func typedInCapitals(text, w string) bool {
	up := strings.ToUpper(w)
	for from := 0; ; {
		i := strings.Index(text[from:], up)
		if i < 0 {
			return false
		}
		p, end := from+i, from+i+len(up)
		if (p == 0 || !isLetterByte(text[p-1])) && (end == len(text) || !isLetterByte(text[end])) {
			return true
		}
		from = p + 1
	}
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// consonants returns w without the vowels after its first letter; a word
// typed without vowels is its own consonants. "y" counts as a vowel:
// "dry" is not a word typed without them.
func consonants(w string) string {
	if w == "" || !strings.ContainsAny(w[1:], "aeiouy") {
		return w
	}
	b := make([]byte, 1, len(w))
	b[0] = w[0]
	for i := 1; i < len(w); i++ {
		if !strings.ContainsRune("aeiouy", rune(w[i])) {
			b = append(b, w[i])
		}
	}
	return string(b)
}

// xSounds are spellings of the sound of "x" ("eggsosome", "eksosomes",
// "ecksosome"), longest first.
var xSounds = []string{"ggs", "cks", "gs", "ks", "cs"}

// soundsLike returns the vocabulary word w spells by sound, "x" written as
// it sounds ("eggsosome" for "exosome"), or "": the closest word to w with
// the first such spelling read as "x".
func (s *speller) soundsLike(w string) string {
	for _, x := range xSounds {
		if i := strings.Index(w, x); i > 0 {
			v := w[:i] + "x" + w[i+len(x):]
			if s.count[v] > 0 {
				return v
			}
			return s.closest(v, 1)
		}
	}
	return ""
}

// closest returns the vocabulary word other than w nearest to it, with
// the same first letter and at least minCount occurrences, or "".
func (s *speller) closest(w string, minCount int) string {
	rw := []rune(w)
	limit := maxEdits(len(rw))
	if limit == 0 || !unicode.IsLetter(rw[0]) {
		return ""
	}
	best, bestDist := "", limit+1
	consider := func(c string) {
		if c == w || []rune(c)[0] != rw[0] || s.count[c] < minCount {
			return
		}
		dist := bot.EditDistance(w, c, limit)
		if dist > 1 && englishRank(c) != 0 && englishRank(c) <= commonEnglish && !subsequence(rw, []rune(c)) {
			// "medicube" is a brand, not a misspelled "medicine":
			// an everyday word is only reached by one edit, or by
			// letters left out ("aprovd" for "approved").
			return
		}
		if dist < bestDist || dist == bestDist && better(c, best, s.count) {
			best, bestDist = c, dist
		}
	}
	// The vocabulary is indexed one deletion deep. Looking the word up one
	// deletion deep finds every word within one edit and most within two.
	for _, d := range deletions(w, 1) {
		s.deletes.each(d, consider)
	}
	if best == "" && limit >= 2 {
		// The rest of two edits ("aprovd" for "approved", two letters
		// missing; "exozmoes" for "exosomes", a letter wrong and two
		// swapped): only a scan of the words of about the same length
		// finds those; it runs for unknown words only, once each (fix
		// remembers).
		hw := letterCounts(w)
		for n := len(rw) - 2; n <= len(rw)+2; n++ {
			for _, c := range s.byLen[lenKey{rw[0], n}] {
				if lettersApart(&hw, c) <= 2*limit {
					consider(c)
				}
			}
		}
	}
	if bestDist > limit {
		return ""
	}
	return best
}

// letterCounts counts w's letters a to z.
func letterCounts(w string) [26]int8 {
	var h [26]int8
	for i := 0; i < len(w); i++ {
		if b := w[i]; 'a' <= b && b <= 'z' {
			h[b-'a']++
		}
	}
	return h
}

// lettersApart is how many letters a to z c has more or fewer than the
// counts h: an edit changes it by two at most (a letter for another), so
// a word more than twice an edit limit apart is not within it.
func lettersApart(h *[26]int8, c string) int {
	d := *h
	for i := 0; i < len(c); i++ {
		if b := c[i]; 'a' <= b && b <= 'z' {
			d[b-'a']--
		}
	}
	n := 0
	for _, v := range d {
		if v < 0 {
			v = -v
		}
		n += int(v)
	}
	return n
}

// lenKey groups the vocabulary for closest's scan: a correction keeps
// the word's first letter, and is at most two letters longer or shorter.
type lenKey struct {
	first rune
	n     int
}

// first returns w's first rune.
func first(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// split finds the longest known word that w starts with and that leaves a
// known word of three letters or more.
func (s *speller) split(w string) (string, string) {
	rw := []rune(w)
	if len(rw) < minSplit {
		return "", ""
	}
	for i := len(rw) - 3; i >= 3; i-- {
		a, b := string(rw[:i]), string(rw[i:])
		if s.count[a] > 0 && s.count[b] > 0 && !s.skip(a) && !s.skip(b) {
			return a, b
		}
	}
	return "", ""
}

// deletions returns w and every string made by deleting up to n runes.
func deletions(w string, n int) []string {
	out := []string{w}
	level := []string{w}
	seen := map[string]bool{w: true}
	for i := 0; i < n; i++ {
		var next []string
		for _, s := range level {
			rs := []rune(s)
			for j := range rs {
				d := string(rs[:j]) + string(rs[j+1:])
				if !seen[d] {
					seen[d] = true
					next = append(next, d)
				}
			}
		}
		out = append(out, next...)
		level = next
	}
	return out
}

// better breaks a tie between two corrections at the same distance: an
// everyday English word first ("botom" is "bottom", not "botox"), then the
// word the corpus uses more, then the alphabet.
func better(c, best string, count map[string]int) bool {
	ce, be := everyday(c), everyday(best)
	if ce != be {
		return ce
	}
	if count[c] != count[best] {
		return count[c] > count[best]
	}
	return c < best
}

// everyday reports whether a word is among the common words of spoken
// English.
func everyday(w string) bool { r := englishRank(w); return r != 0 && r <= commonEnglish }

// subsequence reports whether a is b with some letters left out.
func subsequence(a, b []rune) bool {
	i := 0
	for _, r := range b {
		if i < len(a) && a[i] == r {
			i++
		}
	}
	return i == len(a)
}

// deleteIndex indexes vocabulary words under themselves and each string
// one deletion away from them, by the hash of that string: sorted hashes
// beside the words' numbers, with no pointers for the garbage collector to
// follow (a map of every deletion of every word was tens of thousands of
// small strings, scanned at every collection). A lookup checks that each
// word it finds under a hash really is the string or one deletion from it.
type deleteIndex struct {
	words  []string
	hashes []uint64 // sorted
	word   []uint32 // the word (in words) of each hash
	buf    []byte   // add's deletion, hashed in place
}

var deleteSeed = maphash.MakeSeed()

// add indexes w under itself and each distinct string one rune deletion
// away, in the order deletions(w, 1) lists them, without making the
// strings: deleting any rune of a run of equal runes gives the same
// string, so only a run's first counts.
func (x *deleteIndex) add(w string) {
	x.words = append(x.words, w)
	id := uint32(len(x.words) - 1)
	x.hashes = append(x.hashes, maphash.String(deleteSeed, w))
	x.word = append(x.word, id)
	prev := utf8.RuneError
	for i, r := range w {
		if i > 0 && r == prev {
			continue
		}
		prev = r
		x.buf = append(append(x.buf[:0], w[:i]...), w[i+utf8.RuneLen(r):]...)
		x.hashes = append(x.hashes, maphash.Bytes(deleteSeed, x.buf))
		x.word = append(x.word, id)
	}
}

// sort orders the index by hash, once every word is added.
func (x *deleteIndex) sort() {
	type entry struct {
		hash uint64
		word uint32
	}
	es := make([]entry, len(x.hashes))
	for i := range es {
		es[i] = entry{x.hashes[i], x.word[i]}
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.hash, b.hash) })
	for i, e := range es {
		x.hashes[i], x.word[i] = e.hash, e.word
	}
}

// each calls f with every word indexed under d: d itself, or a word one
// deletion away from d.
func (x *deleteIndex) each(d string, f func(string)) {
	h := maphash.String(deleteSeed, d)
	for i, _ := slices.BinarySearch(x.hashes, h); i < len(x.hashes) && x.hashes[i] == h; i++ {
		if w := x.words[x.word[i]]; w == d || deletesTo(w, d) {
			f(w)
		}
	}
}

// deletesTo reports whether deleting one rune of w gives d.
func deletesTo(w, d string) bool {
	if len(w) <= len(d) {
		return false
	}
	// The first rune where they differ is the one deleted.
	i := 0
	for i < len(d) && w[i] == d[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(w[i]) {
		i-- // back to the start of the rune
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return w[i+size:] == d[i:] // and w[:i] == d[:i]
}
