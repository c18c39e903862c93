package bot

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"exobot/internal/wordmemo"
)

// This file turns a bounded piece of text into tokens for the emergency
// screen: words with the tags of the word tables, sentence and clause
// numbers, and a few symbols ($, laughing emoji) that carry meaning.

// token is one word (or phrase) of a screened text.
type token struct {
	key    string    // the canonical word or phrase: lower case, no apostrophes
	id     uint16    // the key's id, when the tables or the detectors name it
	sub    [4]uint16 // a phrase's words' ids (but a neutraliser's: "to die for")
	phrase bool      // the key may begin a phrase
	tags   tagSet
	sent   int32 // sentence number
	clause int32 // clause number, over the whole text
	upper  bool  // written in capitals (staff shorthand: SOB, SI)
	stop   bool  // a contrast ("but", "though") begins here: negation does not reach past it
	nounS  bool  // written as a noun's "'s", which may contract "is" ("the lad's after swallowing…")
}

// lexicon maps canonical words (and phrases) to what the screen knows of
// them; phrases maps a phrase's first word to the phrases it may begin,
// longest first.
var (
	lexicon       map[string]lexEntry
	wordIDs       = 0
	phrases       = map[string][]phrase{}
	phrasesByID   [][]phrase        // phrases by the id of their first word, to spare mergePhrases a map lookup
	fuzzyDeletes  map[string]string // a fuzzy word with one letter deleted -> the word
	fuzzyDeletes2 map[string]string // a long fuzzy word with two letters deleted -> the word
	fuzzyWords    = map[string]bool{}
	// namedOnly are the fuzzy words only a detector names, not the word
	// lists: read through one slip, never two ("insaing" is no
	// "inhaling").
	namedOnly map[string]bool
	// shortWords are the words of three or four letters that describe (not
	// function words), which a doubled letter may misspell: "cutt", "hurtt".
	shortWords = map[string]bool{}
)

// lexEntry is what the screen knows of a word.
type lexEntry struct {
	key      string
	tags     tagSet
	id       uint16 // 1 and up, for the detectors' literal words
	phrase   bool   // it begins a phrase
	contrast bool   // it begins a contrasting clause ("but")
}

type phrase struct {
	words []string
	key   string
	id    uint16
	tags  tagSet
}

// maxWordIDs bounds the words the detectors may name (see litSet).
const maxWordIDs = litWords * 64

// intern gives w an id, adding it to the lexicon if needed, and returns
// the id.
func intern(w string) uint16 { return interned(w).id }

// interned is w's lexicon entry, added with a new id if needed.
func interned(w string) lexEntry {
	e := lexicon[w]
	if e.id == 0 {
		wordIDs++
		if wordIDs >= maxWordIDs {
			panic("triage: too many words; raise litWords")
		}
		e.id = uint16(wordIDs)
		e.key = w
		lexicon[w] = e
	}
	return e
}

// addTag adds t to word w's tags.
func addTag(w string, t tag) {
	e := interned(w)
	e.tags.add(t)
	lexicon[w] = e
}

// keepApostrophe lists the words whose apostrophe tells them apart from
// another word: "i'll" is not "ill", "we're" is not "were".
var keepApostrophe = map[string]bool{"i'll": true, "she'll": true, "he'll": true, "we'll": true, "we're": true, "i'd've": true}

// canon is the canonical form of a lower-case word: apostrophes dropped,
// except where they tell two words apart.
func canon(w string) string {
	if !strings.Contains(w, "'") || keepApostrophe[w] {
		return w
	}
	return strings.ReplaceAll(w, "'", "")
}

// screenTables builds the word tables and compiles the detectors, once.
// They are needed by the first screen, not at start-up: init starts them
// on another core, so that a program reads its corpus and builds its index
// meanwhile, and Screen waits for them (screenReady).
var screenTables sync.Once

func init() { go screenReady() }

// screenReady returns once the word tables and the detectors are built.
func screenReady() {
	screenTables.Do(func() {
		buildLexicon()
		compileDetectors()
		buildFuzzyTables()
	})
}

// screenKnows reports whether the screen's tables know w: a word of their
// own, or an English word near one (notTypos, everydayNear).
func screenKnows(w string) bool {
	screenReady()
	if _, ok := lexicon[canon(w)]; ok {
		return true
	}
	_, near := everydayNear[w]
	return near || notTypos[w]
}

// buildFuzzyTables builds the tables fuzzySearch reads misspellings by,
// once the detectors are compiled: a word that only a detector names ("a
// fire drill", "through a cloth") is as much a word of the tables as one
// of the word lists, and a slip of it is read as it.
func buildFuzzyTables() {
	// The detectors' words come second: a deletion that a word of the word
	// lists makes is read as that word ("injekted" is "injected", not a
	// detector's "infekted").
	named := map[string]bool{}
	for w := range lexicon {
		if len(w) >= fuzzyMinWord && isLetters(w) && !fuzzyWords[w] {
			named[w] = true
		}
	}
	namedOnly = named
	// The deletion tables sized at once for every deletion (two deletions
	// in either order are one string).
	n1, n2 := 0, 0
	for _, ws := range [2]map[string]bool{fuzzyWords, named} {
		for w := range ws {
			n1 += len(w)
			if len(w) >= fuzzy2MinWord {
				n2 += len(w) * (len(w) - 1) / 2
			}
		}
	}
	// A deletion two table words share ("inection": infection, injection)
	// goes to the first of them in byte order, whatever order the map
	// gives: the screen reads a typo the same way on every run.
	fuzzyDeletes, fuzzyDeletes2 = make(map[string]string, n1), make(map[string]string, n2)
	var d, d2 []byte
	for tier, ws := range [2]map[string]bool{fuzzyWords, named} {
		first := func(m map[string]string, k []byte, w string) bool {
			t, ok := m[string(k)]
			return !ok || w < t && (tier == 0 || named[t])
		}
		for w := range ws {
			for i := range len(w) {
				d = append(append(d[:0], w[:i]...), w[i+1:]...)
				if first(fuzzyDeletes, d, w) {
					fuzzyDeletes[string(d)] = w
				}
				if len(w) >= fuzzy2MinWord && tier == 0 {
					for j := range len(d) {
						d2 = append(append(d2[:0], d[:j]...), d[j+1:]...)
						if first(fuzzyDeletes2, d2, w) {
							fuzzyDeletes2[string(d2)] = w
						}
					}
				}
			}
		}
	}
	for w := range named {
		fuzzyWords[w] = true
	}
}

// textSpeak spells out the shorthand people type, read before the tables:
// "n" is "and", "2" is "to", "rite" is "right".
var textSpeak = map[string]string{
	"n": "and", "nd": "and", "w": "with", "wit": "with", "u": "you", "ya": "you", "r": "are", "ur": "your",
	"rite": "right", "nite": "night", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow", "2day": "today", "2nite": "tonight",
	"dnt": "dont", "dun": "dont", "wat": "what", "wut": "what", "sum": "some", "alot": "a lot", "agen": "again", "agin": "again", "agn": "again", "agian": "again", "aftr": "after", "afta": "after",
	"tite": "tight", "lil": "little", "b4": "before", "bc": "because", "cuz": "because", "coz": "because", "bcuz": "because", "ppl": "people",
	"evry1": "everyone", "every1": "everyone", "some1": "someone", "any1": "anyone", "no1": "no one", "sx": "symptoms", "inj": "injection",
	"thru": "through", "tho": "though", "abt": "about", "bout": "about", "wen": "when", "jus": "just", "jst": "just", "hav": "have", "hv": "have",
	"shud": "should", "wud": "would", "cud": "could", "ov": "of", "frm": "from", "wkend": "weekend", "msgs": "messages", "msg": "message",
	"feva": "fever", "blu": "blue", "purpl": "purple", "creme": "cream", "sis": "sister", "bro": "brother", "gf": "girlfriend", "bf": "boyfriend",
	"mom's": "mom", "rly": "really", "rlly": "really", "srsly": "seriously", "pls": "please", "plz": "please", "prob": "probably", "def": "definitely",
	"chils": "chills", "slurd": "slurred", "slured": "slurred", "bc/": "because", "hrs": "hours", "hr": "hour", "mins": "minutes", "min": "minutes",
	"w/o": "without", "beter": "better", "bettr": "better", "redy": "ready", "rdy": "ready", "wite": "white", "pont": "point", "tonite": "tonight", "anymor": "anymore", "normel": "normal", "tht": "that",
	"redd": "red", "nek": "neck", "sik": "sick", "siick": "sick", "goin": "going", "wher": "where", "gud": "good",
	"batery": "battery", "battry": "battery", "baterry": "battery", "bateries": "batteries", "batterys": "batteries",
	"disapered": "disappeared", "disapeared": "disappeared", "dissapeared": "disappeared", "dissapered": "disappeared", "disappered": "disappeared", "dissappeared": "disappeared",
	"disapear": "disappear", "dissapear": "disappear", "disappeer": "disappear", "dissappear": "disappear",
	// Letters dropped: "take al my pils tnite", "cnt do this anymre".
	"al": "all", "tnite": "tonight", "anymre": "anymore", "nobdy": "nobody", "nobdoy": "nobody", "nobady": "nobody", "planed": "planned", "plannd": "planned",
	// Vowels dropped and sounds spelt: "i passd out n my hart is beatin",
	// "evry1 wud b betr off wivout me".
	"passd": "passed", "pased": "passed", "tuk": "took", "hart": "heart", "betr": "better", "wivout": "without", "widout": "without", "witout": "without", "wiv": "with",
	"b": "be", "im": "im", "ive": "ive", "cant": "cant", "dont": "dont", "wont": "wont", "y'all": "you",
	// Scots and Caribbean spellings: "nae fever", "a cant dae this
	// anymare", "the pills oot", "mi nuh see di point".
	"nae": "no", "tae": "to", "gaun": "going", "gonnae": "gonna", "cannae": "cant", "canna": "cant", "dinnae": "dont", "didnae": "didnt", "couldnae": "couldnt", "wouldnae": "wouldnt", "isnae": "isnt", "naebody": "nobody", "dae": "do", "anymare": "anymore", "oot": "out", "ave": "ive", "nuh": "no", "di": "the", "fi": "for", "mi": "me", "ting": "thing", "tings": "things", "tek": "take", "seh": "says", "cyaan": "cant", "kyaan": "cant", "caan": "cant", "bredda": "brother", "breddah": "brother", "pickney": "child", "pikney": "child", "pikni": "child", "likkle": "little", "lickle": "little", "outta": "out of", "giway": "gave away", "pikin": "child", "pickin": "child", "yute": "child", "yutes": "children",
	// Caribbean "nyam" (eat, unmarked for time), "inna" (into): "di
	// pickney get inna mi cream an nyam it".
	// Nigerian and Indian English "paining" (hurting): "my chest is
	// paining me", "his chest is paining him seriously".
	"paining": "hurting",
	// Caribbean "lef'" (left): "di pain go down mi lef' han".
	"lef":  "left",
	"nyam": "ate", "nyammed": "ate", "nyamin": "eating", "nyaming": "eating", "inna": "into",
	// Scots "ah" for I: "ahm gonnae", "ahve had enough".
	"ahm": "im", "ahve": "ive",
	// More Scots: "nae mair", "goat it aw planned", "oot fir the weekend",
	// "the bairn's ett the cream".
	"mair": "more", "aw": "all", "fir": "for", "ett": "ate", "bairn": "child", "bairns": "children", "wean": "child", "weans": "children",
	// Scots "noo" for now and "efter" for after: "she's grand noo",
	// "went purple efter her filler".
	"noo": "now", "efter": "after",
	// Letters swapped or sounded: "one sied", "hand not worken".
	"sied": "side", "worken": "working", "numbe": "numb", "numm": "numb", "propely": "properly", "propperly": "properly", "properley": "properly", "pian": "pain", "chets": "chest",
	// Spanish emergency words in an English message, read as their
	// English: "su nariz está morada y con manchas", "tiene la cara
	// caída", "la lengua hinchada" (body parts, colours, a droop, a
	// swelling, breathing).
	"nariz": "nose", "cara": "face", "labios": "lips", "lengua": "tongue", "garganta": "throat",
	"blanca": "white", "blanco": "white", "morada": "purple", "morado": "purple", "manchas": "patches",
	"caída": "drooping", "caida": "drooping", "caído": "drooping", "caido": "drooping",
	"hinchada": "swollen", "hinchado": "swollen", "hinchadas": "swollen", "hinchados": "swollen", "respirar": "breathe",
}

// functionTags are the tags of the small words that frame a sentence
// rather than describe a body or a feeling; their words are read as
// misspellings only when marked ~. Every other word of five letters or more
// is also read misspelt by one letter.
var functionTags = map[tag]bool{
	tNone: true, tI: true, tThird: true, tPoss: true, tGSubj: true, tStaff: true, tModal: true, tCauseV: true,
	tNeg: true, tNegD: true, tIf: true, tInfo: true, tNormal: true, tHabit: true, tResolved: true, tRecent: true,
	tPresent: true, tActual: true, tMoney: true, tLaugh: true, tMild: true, tFigObj: true, tFill: true, tNum: true,
	tHedge: true, tChangeV: true, tNotRed: true, tColourObj: true, tSeeObj: true, tEdible: true, tAccident: true,
	tLesion: true, tRadiate: true, tQuant: true, tDesire: true, tThink: true, tLiveV: true, tEndV: true, tKillV: true,
	tFallObj: true, tAllergen: true, tBlurCause: true, tWakeNot: true,
}

// buildLexicon reads the word tables.
func buildLexicon() {
	// The lexicon sized at once for every word and phrase of the tables
	// (words repeat: it is an over-estimate), not grown step by step.
	hint := len(contrastWords) + len(staffShorthand)
	for _, e := range triageWords {
		hint += strings.Count(e.words, " ") + 1
	}
	for _, e := range triagePhrases {
		hint += strings.Count(e.phrases, " ") + 1
	}
	lexicon = make(map[string]lexEntry, hint)
	for w := range contrastWords {
		e := interned(w)
		e.contrast = true
		lexicon[w] = e
	}
	for w := range staffShorthand {
		intern(w)
	}
	for _, e := range triageWords {
		for w := range strings.FieldsSeq(e.words) {
			fuzzy := strings.HasSuffix(w, "~") || len(w) >= fuzzyMinWord
			w = canon(strings.TrimSuffix(w, "~"))
			addTag(w, e.tag)
			if fuzzy && !strings.ContainsAny(w, "0123456789'/&-") {
				fuzzyWords[w] = true
			}
			if !functionTags[e.tag] && len(w) >= 3 && len(w) < fuzzyMinWord && !strings.ContainsAny(w, "0123456789'/&-") {
				shortWords[w] = true
			}
		}
	}
	for _, e := range triagePhrases {
		for w := range strings.FieldsFuncSeq(strings.ToLower(e.phrases), func(r rune) bool { return r == ' ' || r == ',' }) {
			if w = canon(w); len(w) >= fuzzyMinWord && isLetters(w) {
				fuzzyWords[w] = true
			}
		}
	}
	for _, e := range triagePhrases {
		for p := range strings.SplitSeq(e.phrases, ",") {
			ws := strings.Fields(strings.ToLower(p))
			for i := range ws {
				ws[i] = canon(ws[i])
			}
			if len(ws) == 0 {
				continue
			}
			if len(ws) == 1 {
				addTag(ws[0], e.tag)
				continue
			}
			first := interned(ws[0])
			for _, w := range ws[1:] {
				intern(w)
			}

			first.phrase = true
			lexicon[ws[0]] = first
			key := strings.Join(ws, " ")
			id := intern(key)
			found := false
			for i, q := range phrases[ws[0]] {
				if q.key == key {
					phrases[ws[0]][i].tags.add(e.tag)
					found = true
				}
			}
			if !found {
				var ts tagSet
				ts.add(e.tag)
				phrases[ws[0]] = append(phrases[ws[0]], phrase{words: ws, key: key, id: id, tags: ts})
			}
		}
	}
	for k, ps := range phrases {
		// Longest first, so "short of breath" wins over a shorter phrase.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		phrases[k] = ps
	}
	phrasesByID = make([][]phrase, wordIDs+1)
	for k, ps := range phrases {
		if id := lexicon[k].id; id != 0 {
			phrasesByID[id] = ps
		}
	}
}

// fuzzyMinLen is the shortest word the screen reads as a misspelling, and
// fuzzyMinWord the shortest table word it reads one as; a long word
// (fuzzy2MinLen) may be two letters off a long table word (fuzzy2MinWord).
const (
	fuzzyMinLen   = 4
	fuzzyMinWord  = 5
	fuzzy2MinLen  = 7
	fuzzy2MinWord = 8
)

// fuzzyWord returns the table word that w misspells by one letter (one
// letter missing, extra, changed, or two swapped), or "". A real English
// word (notTypos) is never read as a misspelling of another.
func fuzzyWord(w string) string {
	if len(w) < fuzzyMinLen || notTypos[w] {
		return ""
	}
	if t, ok := fuzzyCache.Load(w); ok {
		return t
	}
	t := fuzzySearch(w)
	if t != "" {
		if e := everydaySlip(w, t); e != "" {
			// The word it slipped from, if the tables know it, else none.
			t = ""
			if _, ok := lexicon[canon(e)]; ok {
				t = canon(e)
			}
		}
	}
	// A copy: w may be part of a question, which the memo must not keep.
	fuzzyCache.Store(strings.Clone(w), t)
	return t
}

// fuzzyCache remembers fuzzyWord's answers: people reuse the same words,
// and the search costs a microsecond or two for a long word. It is
// bounded (see wordmemo), so odd input cannot grow it.
var fuzzyCache wordmemo.Memo[string]

// fuzzySearch is fuzzyWord without the cache.
func fuzzySearch(w string) string {
	for i := range len(w) {
		if w[i] >= utf8.RuneSelf || w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	// A word only a detector names is read only when no word of the word
	// lists is one slip away: "wakign" is "waking", not "wakin".
	named := ""
	if t, ok := fuzzyDeletes[w]; ok && len(t) >= fuzzyMinWord { // a letter missing
		if !namedOnly[t] {
			return t
		}
		named = t
	}
	var buf [64]byte
	for i := 1; i < len(w) && len(w) <= fuzzyMinWord; i++ {
		// A letter doubled in a short word: "cutt", "hurtt" (a longer word
		// is read by "a letter extra" below).
		if w[i] == w[i-1] {
			n := copy(buf[:], w[:i])
			n += copy(buf[n:], w[i+1:])
			if s := buf[:n]; shortWords[string(s)] {
				return string(s)
			}
		}
	}
	if len(w) == fuzzyMinLen {
		// Two letters swapped in a four-letter word: "wnat", "pian".
		for i := 0; i+1 < len(w); i++ {
			n := copy(buf[:], w)
			buf[i], buf[i+1] = buf[i+1], buf[i]
			if s := buf[:n]; fuzzyWords[string(s)] {
				return string(s)
			}
		}
	}
	if len(w) > len(buf) {
		return ""
	}
	for i := range len(w) {
		n := copy(buf[:], w[:i])
		n += copy(buf[n:], w[i+1:])
		d := buf[:n]
		if fuzzyWords[string(d)] && len(d) >= fuzzyMinWord && (i > 0 || w[0] == w[1]) { // a letter extra (not before the word: "hoding" is no "oding")
			if !namedOnly[string(d)] {
				return string(d)
			}
			if named == "" {
				named = string(d)
			}
		}
		if t, ok := fuzzyDeletes[string(d)]; ok && len(t) >= fuzzyMinWord && (w[:2] == t[:2] || oneChange(w, t)) { // a letter changed, or two swapped
			if !namedOnly[t] {
				return t
			}
			if named == "" {
				named = t
			}
		}
	}
	if named != "" {
		return named
	}
	if len(w) < fuzzy2MinLen {
		return ""
	}
	// Two letters off a long word that starts and ends as it does:
	// "swollowd", "anaphalactic" — but not "stuides" (studies) as
	// "suicides", "anthing" (anything) as "fainting" or "collaen"
	// (collagen) as "collapse": a common word misspelt is two letters off
	// many a word, and a misspelling mostly keeps its start and its end.
	w2, last := w[:2], w[len(w)-1]
	keep := func(t string) bool { return t[:2] == w2 && t[len(t)-1] == last }
	if t, ok := fuzzyDeletes2[w]; ok && keep(t) {
		return t
	}
	var buf2 [64]byte
	for i := range len(w) {
		n := copy(buf[:], w[:i])
		n += copy(buf[n:], w[i+1:])
		d := buf[:n]
		if t, ok := fuzzyDeletes2[string(d)]; ok && keep(t) {
			return t
		}
		if t, ok := fuzzyDeletes[string(d)]; ok && len(t) >= fuzzy2MinWord && keep(t) && !namedOnly[t] {
			return t
		}
		if len(d) < fuzzy2MinWord {
			// d with another letter gone is too short to be a table
			// word of fuzzy2MinWord letters or more, or the deletion of
			// one (a letter shorter than its word): no look-up below
			// could find one.
			continue
		}
		for j := range len(d) {
			m := copy(buf2[:], d[:j])
			m += copy(buf2[m:], d[j+1:])
			d2 := buf2[:m]
			// (The tests of its length, start and end first, before the
			// look-ups: most words two letters shorter fail them.)
			if len(d2) >= fuzzy2MinWord && keep(string(d2)) && fuzzyWords[string(d2)] && !namedOnly[string(d2)] {
				return string(d2)
			}
			if t, ok := fuzzyDeletes[string(d2)]; ok && len(t) >= fuzzy2MinWord && keep(t) && !namedOnly[t] {
				return t
			}
		}
	}
	return ""
}

// everydaySlip returns the everyday English word (everydayNear) that w,
// which fuzzySearch reads as the table word t, likelier misspells, or "".
// A word is likelier one slip of fast typing (a letter dropped, doubled,
// or two swapped) from an English word than two from t, or than one
// unlikely letter changed from t (likelyChange) when the English word is a
// common one: "fadiing" is "fading", not "fainting"; "seeiing" "seeing",
// not "seizing"; "vrsion" "version", not "vision"; "chcking" "checking",
// not "choking". A word one slip from t stays t, however near an English
// word.
func everydaySlip(w, t string) string {
	class := slipClass(w, t)
	if class == 1 || class == 2 && likelyChange(w, t) || len(w) >= 63 {
		return ""
	}
	var buf [64]byte
	for i := range len(w) {
		// A letter doubled or extra (not before the word: "Dever" is no
		// "ever").
		n := copy(buf[:], w[:i])
		n += copy(buf[n:], w[i+1:])
		if (i > 0 || w[0] == w[1]) && slippedFrom(w, string(buf[:n]), t, class) {
			return string(buf[:n])
		}
		// Two letters swapped.
		if i+1 < len(w) && w[i] != w[i+1] {
			n = copy(buf[:], w)
			buf[i], buf[i+1] = buf[i+1], buf[i]
			if slippedFrom(w, string(buf[:n]), t, class) {
				return string(buf[:n])
			}
		}
	}
	// A letter dropped (after the first: a word's start is mostly typed
	// right).
	for i := 1; i <= len(w); i++ {
		n := copy(buf[:], w[:i])
		n++
		n += copy(buf[n:], w[i:])
		for c := byte('a'); c <= 'z'; c++ {
			buf[i] = c
			if slippedFrom(w, string(buf[:n]), t, class) {
				return string(buf[:n])
			}
		}
	}
	return ""
}

// slippedFrom reports whether e, one slip from a word that fuzzySearch
// reads as t (class: slipClass), is an everyday word to read it as: a
// word read as t by one letter changed must be a common one (rarer ones,
// "weirds", are not likelier than the change); a form of t is none, and
// an English word a letter from t itself ("chokes", "choke") leaves its
// slips t's.
func slippedFrom(w, e, t string, class int) bool {
	_, ok := everydayNear[e]
	if !ok || sameStart(e, t) {
		return false
	}
	if _, ok := lexicon[canon(e)]; ok {
		return true
	}
	// An English word the screen never reads as a misspelling (notTypos),
	// two letters swapped from w, is likelier than w two letters from t:
	// "sweras" is "swears", not "sweats".
	if notTypos[e] && swapOf(w, e) {
		return true
	}
	return fuzzySearch(e) != t && !(strings.HasSuffix(e, "in") && fuzzySearch(e+"g") == t)
}

// swapOf reports whether w is e with two neighbouring letters swapped.
func swapOf(w, e string) bool {
	return len(w) == len(e) && w != e && oneChange(w, e) && slipClass(w, e) == 1
}

// sameStart reports whether e is a form of t ("faints", "overdoing",
// "slurs"), not another word to read a slip of t as: without their endings
// (inflectionStem) one starts with the other, a letter longer at most.
// Four letters in common are not enough: "swears" is no form of "sweats",
// nor "posted" of "poster".
func sameStart(e, t string) bool {
	a, b := inflectionStem(e), inflectionStem(t)
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.HasPrefix(b, a) && len(b)-len(a) <= 1
}

// inflectionStem is w without an inflectional ending ("-ing", "-ed",
// "-es", "-s", "-d") that leaves four letters or more.
func inflectionStem(w string) string {
	for _, end := range [...]string{"ing", "ed", "es", "s", "d"} {
		if strings.HasSuffix(w, end) && len(w)-len(end) >= 4 {
			return w[:len(w)-len(end)]
		}
	}
	return w
}

// likelyChange reports whether w is t with one letter changed as people
// do change one: to a key beside it on a keyboard ("bleedimg" for
// "bleeding"), or a vowel for another, as spelling by ear does
// ("swollan"). Either is as likely as one letter dropped; a letter changed
// otherwise ("chcking", "vrsion") is not.
func likelyChange(w, t string) bool {
	for i := range min(len(w), len(t)) {
		if w[i] != t[i] {
			if isVowel(w[i]) && isVowel(t[i]) {
				return true
			}
			ra, xa := keyAt(w[i])
			rb, xb := keyAt(t[i])
			if ra < 0 || rb < 0 || ra-rb > 1 || rb-ra > 1 {
				return false
			}
			dx := xa - xb
			return dx >= -4 && dx <= 4
		}
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// keyAt returns a letter's keyboard row and its place along it in
// quarter keys (each row starts further right), or -1.
func keyAt(c byte) (row, x int) {
	for r, keys := range [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		if i := strings.IndexByte(keys, c); i >= 0 {
			return r, 4*i + [3]int{0, 1, 3}[r]
		}
	}
	return -1, 0
}

// slipClass is 1 when t is w with one letter dropped, one extra, or two
// neighbours swapped; 2 when one letter is changed; 3 when further.
func slipClass(w, t string) int {
	switch {
	case len(w) == len(t):
		if oneChange(w, t) {
			for i := range len(w) {
				if w[i] != t[i] {
					if i+1 < len(w) && w[i+1] != t[i+1] {
						return 1
					}
					return 2
				}
			}
			return 1
		}
		return 3
	case len(w) == len(t)+1:
		w, t = t, w
		fallthrough
	case len(w)+1 == len(t):
		i := 0
		for i < len(w) && w[i] == t[i] {
			i++
		}
		if w[i:] == t[i+1:] {
			return 1
		}
	}
	return 3
}

// oneChange reports whether w and t, of one length, differ by one letter
// or by two neighbours swapped. Each with a letter deleted may be the same
// when they differ by more, which a word misspelt from its third letter
// on may ("insain" for "insane"); one that starts otherwise is another
// word: "duran" and "drank" are both "dran", and Spanish "they last" is
// not "drank".
func oneChange(w, t string) bool {
	first := -1
	for i := range len(w) {
		if w[i] == t[i] {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		return i == first+1 && w[first] == t[i] && w[i] == t[first] && w[i+1:] == t[i+1:]
	}
	return true
}

// leet undoes digits written for letters ("su1c1de", "k1ll").
var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t", "@", "a")

// lookup returns the canonical key of a lower-case word and what the
// lexicon knows of it.
func lookup(w string) (string, lexEntry) {
	raw := w
	w = canon(w)
	if e, ok := lexicon[w]; ok {
		return w, e
	}
	return lookupRest(raw, w)
}

// lookupUnknown is lookup for a word the lexicon lacks as it is written:
// only its canonical form, when that differs, is looked up again. Its
// readings are remembered (unknownWords): such a word costs a dozen table
// lookups and fuzzy searches, and people reuse the same words.
func lookupUnknown(raw string) (string, lexEntry) {
	if r, ok := unknownWords.Load(raw); ok {
		return r.key, r.e
	}
	// A copy: raw may be a buffer's, or part of a question the memo
	// must not keep.
	w := strings.Clone(raw)
	key, e := readUnknown(w)
	unknownWords.Store(w, unknownReading{key, e})
	return key, e
}

// unknownWords remembers readUnknown's readings by the word as written.
var unknownWords wordmemo.Memo[unknownReading]

// unknownReading is a word's key and what the lexicon knows of it.
type unknownReading struct {
	key string
	e   lexEntry
}

// readUnknown is lookupUnknown without the memo.
func readUnknown(raw string) (string, lexEntry) {
	if stem, ok := nounS(raw); ok {
		return stem, lexicon[stem]
	}
	w := canon(raw)
	if w != raw {
		if e, ok := lexicon[w]; ok {
			return w, e
		}
	}
	return lookupRest(raw, w)
}

// nounS reads a noun's "'s" as the noun, when the lexicon knows it: "the
// bottle's empty", "the cap's off" tell of a bottle and a cap, which
// dropping the apostrophe would make plurals ("bottles"). The "'s" of the
// small words that contract "is" ("it's", "she's", "that's") keeps its
// own reading.
func nounS(raw string) (string, bool) {
	if !strings.HasSuffix(raw, "'s") || len(raw) < 5 {
		return "", false
	}
	stem := canon(raw[:len(raw)-2])
	if sContractions[stem] {
		return "", false
	}
	e, ok := lexicon[stem]
	if !ok || e.tags.has(tI) || e.tags.has(tThird) || e.tags.has(tGSubj) || e.tags.has(tFill) || e.tags.has(tChild) || e.tags.has(tPoss) {
		return "", false
	}
	return stem, true
}

// sContractions are the small words whose "'s" contracts "is" or "has"
// into a word of its own, "else" ("someone else's"), and the times whose
// "'s" dates a thing ("last week's injections"), read as before.
var sContractions = set("it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "let", "when", "why", "one", "everyone", "everybody", "someone", "somebody", "nobody", "everything", "something", "nothing", "anything", "anyone", "anybody", "this", "which", "today", "tonight", "tomorrow", "yesterday", "life", "else",
	"week", "month", "year", "day", "night", "morning", "evening", "weekend", "hour", "minute", "time", "season", "summer", "winter", "spring", "autumn")

// lookupRest is lookup past the canonical form w of raw, which the
// lexicon lacks.
func lookupRest(raw, w string) (string, lexEntry) {
	if strings.HasSuffix(raw, "'s") {
		// A possessive: "my daughter's lips", "the patient's cheek".
		if e, ok := lexicon[canon(raw[:len(raw)-2])]; ok {
			return canon(raw[:len(raw)-2]), e
		}
	}
	if c := collapseRuns(w, 2); c != w {
		if e, ok := lexicon[c]; ok {
			return c, e
		}
		c = collapseRuns(w, 1)
		if e, ok := lexicon[c]; ok {
			return c, e
		}
		w = collapseRuns(w, 2)
	}
	if stem, plural := soundedTion(w); stem != "" {
		// "-tion" spelt as it sounds: "infecshun", "reacshon",
		// "injecshuns".
		t := stem + "tion" + plural
		if e, ok := lexicon[t]; ok {
			return t, e
		}
		if f := fuzzyWord(t); f != "" {
			return f, lexicon[f]
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "in") {
		// A dropped g: "droopin", "savin", "throwin".
		if e, ok := lexicon[w+"g"]; ok {
			return w + "g", e
		}
	}
	// An English word ending in "in" or "n" is itself, not a misspelling
	// of a table word with its "g" or "ing" dropped: "cousin" is not
	// "closing", "explain" not "expanding" (notTypos lists them).
	if f := droppedIng(w); f != "" && !notTypos[w] {
		// Unless the word is itself one slip from a word of the tables:
		// "aagin" is "again" with two letters swapped, not "aging" with a
		// letter doubled and its "g" dropped besides.
		if g := fuzzyWord(w); g != "" && g != f && slipClass(w, g) == 1 {
			return g, lexicon[g]
		}
		return f, lexicon[f]
	}
	if n := len(w); n > 3 && w[n-1] == 'z' && !notTypos[w] {
		// A plural spelt with "z", as texts do: "tabz", "pilz" (a
		// doubled letter written once besides). Read only so, a plural of
		// the tables: "waltz" is no "welts".
		s := w[:n-1] + "s"
		if _, ok := lexicon[s]; ok {
			return s, lexicon[s]
		}
		if f := fuzzyWord(s); f != "" && undoubled(f, s) {
			return f, lexicon[f]
		}
	}
	if hasDigitAndLetter(w) {
		if l := leet.Replace(w); l != w {
			if e, ok := lexicon[l]; ok {
				return l, e
			}
		}
		return w, lexEntry{}
	}
	if f := fuzzyWord(w); f != "" {
		return f, lexicon[f]
	}
	return w, lexEntry{}
}

// undoubled reports whether s is f with one of its doubled letters
// written once ("pils" for "pills").
func undoubled(f, s string) bool {
	if len(f) != len(s)+1 {
		return false
	}
	for i := 0; i+1 < len(f); i++ {
		if f[i] == f[i+1] && f[:i]+f[i+1:] == s {
			return true
		}
	}
	return false
}

// droppedIng returns the table word w misspells with its "g" dropped
// ("swolin" for "swelling"), or its "ing" shortened to "n" after a
// consonant ("cuttn", "bleedn"), or "" when it is none.
func droppedIng(w string) string {
	if len(w) <= 4 {
		return ""
	}
	if strings.HasSuffix(w, "in") {
		return fuzzyWord(w + "g")
	}
	if c := w[len(w)-2]; w[len(w)-1] == 'n' && !strings.ContainsRune("aeiouyn", rune(c)) {
		if e, ok := lexicon[w[:len(w)-1]+"ing"]; ok {
			return e.key
		}
	}
	return ""
}

// soundedTion splits a word that spells "-tion" or "-tions" as it sounds
// ("infecshun", "injecshuns") into the stem before it and the plural "s",
// if any; stem is "" for any other word.
func soundedTion(w string) (stem, plural string) {
	if len(w) > 7 && w[len(w)-1] == 's' {
		w, plural = w[:len(w)-1], "s"
	}
	if len(w) > 6 && (strings.HasSuffix(w, "shun") || strings.HasSuffix(w, "shon")) {
		return w[:len(w)-4], plural
	}
	return "", ""
}

// collapseRuns shortens every run of three or more equal letters to n
// ("throaaat", "helppp"); a word without such a run is returned as is.
// Digits are no stretched letters: "111" and "1000" stay the numbers
// they are.
func collapseRuns(w string, n int) string {
	has := false
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] && (w[i] < '0' || w[i] > '9') {
			has = true
			break
		}
	}
	if !has {
		return w
	}
	var b strings.Builder
	run := 0
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] && (w[i] < '0' || w[i] > '9') {
			run++
		} else {
			run = 1
		}
		if run <= n {
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

func hasDigitAndLetter(w string) bool {
	d, l := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			d = true
		case unicode.IsLetter(r):
			l = true
		}
	}
	return d && l
}

// contrastWords begin a clause that negation does not reach past.
var contrastWords = map[string]bool{"but": true, "though": true, "although": true, "however": true, "except": true, "whereas": true, "yet": true, "anyway": true, "anyways": true, "also": true, "btw": true, "ps": true}

// hypeEmoji are read as "wow": "i'm fainting at how good this looks 😍".
var hypeEmoji = map[rune]bool{'😍': true, '🥰': true, '🤩': true, '😻': true}

// laughEmoji are read as "lol".
var laughEmoji = map[rune]bool{'😂': true, '🤣': true, '💀': true, '😆': true, '😹': true}

// tokenize splits bounded text (at most a few thousand characters) into
// tokens. Invalid UTF-8 and control characters separate words.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/3+8), nil, s)
}

// appendTokens is tokenize appending to toks (which it may reuse), with
// word as the buffer of the word being read.
func appendTokens(toks []token, word []byte, s string) []token {
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
		// ASCII letters and digits, most of a message, without decoding:
		// as the general case below reads them.
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			lower = true
			word = append(word, c)
			i++
			continue
		case 'A' <= c && c <= 'Z':
			upper = true
			word = append(word, c+('a'-'A'))
			i++
			continue
		case '0' <= c && c <= '9':
			word = append(word, c)
			i++
			continue
		}
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
				// The Yorkshire glued article: "t'filler", "t'bairn",
				// "t'doctor" are "the" and the word.
				word = append(word[:0], "the"...)
				flush()
			} else if len(word) > 0 && unicode.IsLetter(next(i, size)) {
				word = append(word, '\'')
			} else if len(word) == 0 && quotesASentence(s, i, size) {
				// A single quote that opens what someone wrote or said,
				// a sentence long ("messaged saying 'thanks for everything
				// this is my last…'"), opens a clause, as a double one
				// does; a word or two in scare quotes ("a bit 'off'",
				// "'gone by morning'") stays in its clause.
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
			// Two words joined by a slash ("white/grey", "red/hot") are
			// read each as itself; shorthand ("c/o", "w/o") is one letter
			// before it.
			flush()
		case (r == '/' || r == '&') && len(word) > 0 && (unicode.IsLetter(next(i, size)) || unicode.IsDigit(next(i, size))):
			word = utf8.AppendRune(word, r)
		case (r == '.' || r == '…') && ellipsisFrom(s, i, size):
			// "my vision's blurry... from crying at the price tag": an
			// ellipsis before "from" pauses the sentence, whose cause
			// goes on, in the same clause.
			flush()
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\n' || r == '…' || r == '。':
			brk(true)
		case r == ',' && len(word) > 0 && isDigits(word) && thousands(s[i+1:]):
			// A thousands separator: "25,000 shillings" is one number,
			// not 25 and the Australian emergency number.
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
			// An eye-roll: "call an ambulance, my cousin bought
			// 'exosome' shampoo 🙄" is exasperation, no call (fEyeRoll).
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

// quotesASentence reports whether the quote at s[i] (size bytes) opens a
// quotation of quotedMin words or more: after a space or at the start,
// before a letter, and closed later by a quote after a letter.
func quotesASentence(s string, i, size int) bool {
	if i > 0 && s[i-1] != ' ' || i+size >= len(s) || !unicode.IsLetter(rune(s[i+size])) {
		return false
	}
	words := 1
	for j := i + size; j < len(s); j++ {
		switch c := s[j]; {
		case c == ' ':
			words++
		case (c == '\'' || strings.HasPrefix(s[j:], "’")) && j > 0 && unicode.IsLetter(rune(s[j-1])):
			n := 1
			if c != '\'' {
				n = len("’")
			}
			if j+n >= len(s) || !unicode.IsLetter(rune(s[j+n])) {
				return words >= quotedMin
			}
		}
	}
	return false
}

// quotedMin is the fewest words a quotation that opens a clause has.
const quotedMin = 6

// faceLooksTired reads "like death warmed up" said of how a face or the
// skin looks ("my face looks like death warmed up after no sleep") as
// the idiom of tiredness it is there: a look, not the writer feeling
// unwell ("I feel like death warmed up" stays unwell).
func faceLooksTired(toks []token) {
	for i := 2; i < len(toks); i++ {
		if k := toks[i].key; k != "like death warmed up" && k != "like death warmed over" || !lookVerbs[toks[i-1].key] {
			continue
		}
		for k := i - 2; k >= 0 && k >= i-3 && toks[k].clause == toks[i].clause; k-- {
			if lookedParts[toks[k].key] {
				toks[i].tags = tagSet{}
				break
			}
		}
	}
}

// lookVerbs tell a look; lookedParts are what is looked at. (The idiom's
// two phrases are compared as strings: the loop runs on every token of
// every message, and a compare that fails on length is cheaper than a
// map lookup.)
var (
	lookVerbs   = set("looks", "look", "looking", "looked")
	lookedParts = set("face", "skin", "eyes", "complexion", "reflection", "selfie", "selfies")
)

// runOnBreaks finds, in a message typed without a stop or a comma, the
// sentence boundaries the writer left out, as a stop would have told them:
// before a question that opens with its verb ("…went down in an hour can i
// still…", "…he's 7 now do exosome serums…"), before "anyway", and after
// "lol". A story's clauses and its question are then read apart, as
// they are when punctuated.
func runOnBreaks(toks []token) {
	var at [64]int
	breaks := at[:0]
	for i := 1; i < len(toks); i++ {
		if runOnBreakAt(toks, i) {
			breaks = append(breaks, i)
		}
	}
	var cat [64]int
	clauses := cat[:0]
	for i := 1; i < len(toks); i++ {
		if resolutionAt(toks, i) {
			clauses = append(clauses, i)
		}
	}
	var add, addClause int32
	for i := range toks {
		if len(breaks) > 0 && breaks[0] == i {
			breaks = breaks[1:]
			add++
			toks[i].stop = true
		}
		if len(clauses) > 0 && clauses[0] == i {
			clauses = clauses[1:]
			addClause++
		}
		toks[i].sent += add
		toks[i].clause += add + addClause
	}
}

// resolvedWords are the words that tell, after a story, how it ended
// ("all good", "totally fine", "never again"): a comma left out before them
// is found again. resolvedPairs are such words in two tokens.
var resolvedWords = map[string]bool{"all good": true, "totally fine": true, "all healed": true, "all sorted": true, "long gone": true, "doing well": true, "doing great": true, "all gone": true, "never happened again": true, "all fine": true, "all clear": true}

var resolvedPairs = map[string]map[string]bool{
	"all":        {"cleared": true, "grand": true, "fine": true, "good": true, "healed": true, "sorted": true, "clear": true, "ok": true, "okay": true, "better": true},
	"totally":    {"fine": true, "managed": true, "healed": true, "gone": true, "normal": true, "ok": true, "okay": true},
	"completely": {"fine": true, "healed": true, "gone": true, "normal": true},
	"no":         {"problems": true, "issues": true, "harm": true},
	"never":      {"again": true, "since": true},
	"nothing":    {"since": true},
	"fine":       {"since": true, "ever": true},
	"sorted":     {"now": true},
}

// resolutionAt reports whether a clause left unmarked, telling how a story
// ended, begins at toks[i] (runOnBreaks).
func resolutionAt(toks []token, i int) bool {
	prev := toks[i-1].key
	if runOnEmbedders[prev] || runOnLinks[prev] || runOnCopulas[prev] || toks[i].clause != toks[i-1].clause {
		return false
	}
	if resolvedWords[toks[i].key] || careToldAt(toks, i) || wellAgainAt(toks, i) {
		return true
	}
	// "all" before a resolution's phrase ("…some months back all cleared
	// up now") opens it as "all good" does.
	return i+1 < len(toks) && (resolvedPairs[toks[i].key][toks[i+1].key] || toks[i].key == "all" && toks[i+1].tags.has(tResolved))
}

// wellAgainAt reports whether toks[i] is a subject and its verb in one
// word that tells, with the words after it, the person well again ("…poison
// control said no harm she's fine now"): how the story told before it
// ended, which a comma, not a stop, leaves out. It is a clause of that
// story's sentence, so the all-clear reads back to the intake it clears,
// as it does when the writer types the comma.
func wellAgainAt(toks []token, i int) bool {
	return runOnClauseSubjects[toks[i].key] && i+1 < len(toks) && toks[i+1].tags.has(tResolved)
}

// careToldAt reports whether toks[i] begins who cared for a scare and
// what they did: "poison control said…", "the injector dissolved it",
// "antibiotics sorted it".
func careToldAt(toks []token, i int) bool {
	j := i
	if k := toks[i].key; k == "the" || k == "a" || k == "my" || k == "her" || k == "his" || k == "our" {
		j++
	}
	if j >= len(toks) || !(authorities[toks[j].key] || carers[toks[j].key]) {
		return false
	}
	if j > i && (authorities[toks[i-1].key] || carers[toks[i-1].key]) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if caredVerbs[toks[k].key] {
			return true
		}
	}
	return false
}

// carers are, besides authorities, who or what cares for a scare.
var carers = map[string]bool{"antibiotics": true, "antihistamines": true, "antihistamine": true, "steroids": true, "injector": true, "clinic": true, "specialist": true, "dentist": true, "casualty": true, "a&e": true, "derm": true, "dermatologist": true, "hospital": true, "they": true}

// caredVerbs tell what a carer did or said of a scare.
var caredVerbs = map[string]bool{"said": true, "says": true, "sorted": true, "cleared": true, "dissolved": true, "gave": true, "checked": true, "treated": true, "fixed": true, "confirmed": true, "told": true}

// runOnCopulas are words after which a resolution's words go on the
// clause ("it was all good", "have no problems").
var runOnCopulas = map[string]bool{"was": true, "is": true, "were": true, "be": true, "been": true, "its": true, "have": true, "has": true, "had": true, "with": true, "feel": true, "feels": true, "felt": true, "look": true, "looks": true, "seems": true, "seemed": true, "am": true, "are": true, "get": true, "got": true}

// runOnOpeners are the verbs a question opens with, when its subject
// (runOnSubjects) follows.
var runOnOpeners = map[string]bool{"can": true, "could": true, "should": true, "will": true, "would": true, "is": true, "are": true, "do": true, "does": true, "am": true}

var runOnSubjects = map[string]bool{"i": true, "it": true, "there": true, "exosome": true, "exosomes": true, "you": true, "we": true, "they": true, "these": true, "those": true, "that": true, "this": true}

// topicSubjects are the topic's words that make the subject of a question
// with a word before them ("do plant exosomes work", "are these exosome
// serums safe").
var topicSubjects = map[string]bool{"exosome": true, "exosomes": true}

// runOnEmbedders are the words before a verb and its subject that make them
// no question's opening ("what can i", "if it is", "so they can").
var runOnEmbedders = map[string]bool{"what": true, "how": true, "which": true, "why": true, "when": true, "where": true, "who": true, "whether": true, "if": true, "so": true, "that": true, "and": true, "or": true, "but": true, "i": true, "it": true, "you": true, "we": true, "they": true, "he": true, "she": true, "there": true, "this": true, "not": true, "to": true, "wondering": true, "know": true, "asking": true, "ask": true}

// runOnClauseSubjects are a subject and its verb in one word, which open a
// new clause after a story's last ("…ended up in hospital i'm 34 now").
var runOnClauseSubjects = map[string]bool{"im": true, "ive": true, "hes": true, "shes": true}

// runOnGoesOn are words after "lol" that go on its sentence ("cant
// breathe lol and my face is puffing up").
var runOnGoesOn = map[string]bool{"and": true, "but": true, "so": true, "or": true, "then": true, "also": true, "plus": true, "now": true}

// nowSubjects begin what is so now, after "now", once a story is told
// ("…it healed now i wear gloves").
var nowSubjects = map[string]bool{"im": true, "i": true, "ive": true, "hes": true, "shes": true, "he": true, "she": true, "we": true, "my": true, "theyre": true}

// runOnLinks are words after which a clause goes on ("and i'm", "said
// he's", "think i'm").
var runOnLinks = map[string]bool{"because": true, "cause": true, "bc": true, "cos": true, "coz": true, "since": true, "said": true, "says": true, "say": true, "think": true, "thought": true, "feel": true, "like": true, "guess": true, "hope": true, "told": true, "tells": true, "until": true, "till": true, "while": true, "as": true, "now": true, "then": true, "until now": true, "unless": true, "though": true, "although": true, "sure": true, "no": true, "jk": true, "case": true, "in case": true, "just in case": true, "every time": true, "time": true, "whenever": true, "worried": true, "scared": true, "afraid": true, "swear": true, "literally": true, "honestly": true, "just": true, "really": true, "pretty": true, "maybe": true, "probably": true, "where": true, "when": true}

// runOnAsks are the openings of a question that has no verb first ("any
// tips", "how do i", "ok to").
var runOnAsks = map[string]map[string]bool{
	"any":  {"risks": true, "risk": true, "advice": true, "tips": true, "reason": true, "issue": true, "issues": true, "idea": true, "ideas": true, "recommendations": true},
	"how":  {"do": true, "should": true, "can": true, "long": true, "toxic": true, "safe": true},
	"what": {"does": true, "should": true, "do": true, "ingredients": true, "serum": true, "serums": true, "cream": true, "creams": true, "product": true, "products": true},
	"ok":   {"to": true},
	"okay": {"to": true},
}

// runOnBreakAt reports whether a sentence left unmarked begins at toks[i]
// (runOnBreaks).
func runOnBreakAt(toks []token, i int) bool {
	k, prev := toks[i].key, toks[i-1].key
	switch {
	case toks[i].sent != toks[i-1].sent || toks[i].clause != toks[i-1].clause:
		return false
	case laughWords[prev] && !runOnGoesOn[k]:
		return true
	case k == "anyway" || k == "anyways":
		return true
	case k == "now" && i+1 < len(toks) && nowSubjects[toks[i+1].key] && !runOnEmbedders[prev] && !runOnLinks[prev] && !runOnCopulas[prev]:
		return true
	case runOnClauseSubjects[k] && !runOnEmbedders[prev] && !runOnLinks[prev[strings.LastIndexByte(prev, ' ')+1:]] && !frontedBefore(toks, i) && !wellAgainAt(toks, i):
		return true
	case runOnOpeners[k] && i+1 < len(toks) && (runOnSubjects[toks[i+1].key] || i+2 < len(toks) && topicSubjects[toks[i+2].key]) && !runOnEmbedders[prev] && !whAsked(toks, i):
		return true
	case i+1 < len(toks) && runOnAsks[k][toks[i+1].key] && !runOnEmbedders[prev] && !runOnLinks[prev] && !runOnCopulas[prev]:
		return true
	case k == "i" && endsOnMe(toks, i):
		return true
	case frankOpeners[k] && i+1 < len(toks) && (runOnClauseSubjects[toks[i+1].key] || toks[i+1].key == "i") && !runOnEmbedders[prev] && !runOnLinks[prev] && !runOnCopulas[prev]:
		return true
	case k == "i" && i+2 < len(toks) && toks[i+1].key == "keep" && keepThinking[toks[i+2].key] && !runOnEmbedders[prev] && !runOnLinks[prev] && !runOnCopulas[prev]:
		return true
	case k == "sorry" && !runOnEmbedders[prev] && !runOnLinks[prev] && !runOnCopulas[prev] && !sorryGoesOn[prev]:
		return true
	}
	return false
}

// endsOnMe reports whether the word before toks[i] ("i") is "me" ending
// a clause ("…better off without me i was going to ask", "…kind to me i
// just wanted"): the writer's next sentence begins there, unless a verb
// that takes a clause governs the "me" ("tell me i'm", "convinced me i
// should").
func endsOnMe(toks []token, i int) bool {
	prev := toks[i-1].key
	if prev != "me" && !strings.HasSuffix(prev, " me") {
		return endsOnObject(toks, i)
	}
	if prev == "me" && i >= 2 && meClauseVerbs[toks[i-2].key] {
		return false
	}
	return i+1 < len(toks) && !runOnLinks[toks[i+1].key]
}

// endsOnObject reports whether the word before toks[i] ("i") ends a
// clause as an object or a closing adverb does ("…i have failed them i
// have decided…", "…spend on me anymore i have bought…"), and the "i"
// opens a clause of its own with a verb ("i have", "i already", "i
// just"): the writer's next sentence begins there. A verb that takes a
// clause before the object keeps it ("told them i had").
func endsOnObject(toks []token, i int) bool {
	if !clauseEndWords[toks[i-1].key] || i+1 >= len(toks) || !iVerbOpeners[toks[i+1].key] {
		return false
	}
	return !(i >= 2 && meClauseVerbs[toks[i-2].key])
}

// clauseEndWords end a clause before an "i" that opens the next
// (endsOnObject); iVerbOpeners are the words after such an "i".
var (
	clauseEndWords = set("them", "him", "us", "anymore", "already", "again", "lately")
	iVerbOpeners   = set("have", "had", "already", "just", "only", "really", "still", "decided", "bought", "wrote", "picked", "chose", "choose", "worked")
)

// frankOpeners open what the writer owns up to, a sentence of its own
// when "i" or "ive" follows ("…people at work keep staring honestly ive
// been thinking…"), unless a link or a verb before them carries the
// clause on ("and honestly", "was honestly").
var frankOpeners = set("honestly", "tbh", "truthfully", "frankly")

// meClauseVerbs take "me" and then a clause ("told me i should…").
var meClauseVerbs = set("tell", "tells", "told", "telling", "show", "showed", "shows", "remind", "reminded", "reminds", "convince", "convinced", "promise", "promised", "assure", "assured", "assures", "let", "lets", "make", "made", "makes", "warn", "warned", "ask", "asked", "asks", "teach", "taught", "bet", "believe", "trust", "swear")

// keepThinking, after "i keep", open what the writer's mind keeps
// going back to ("…it did nothing i keep thinking they'd be better off"):
// a sentence of its own after a story.
var keepThinking = set("thinking", "wondering", "feeling", "picturing", "imagining", "wishing")

// sorryGoesOn are words after which "sorry" goes on the clause ("a sorry
// state", "feeling sorry for", "too sorry").
var sorryGoesOn = set("a", "the", "so", "very", "too", "im", "youre", "were", "theyre", "hes", "shes", "feeling", "say", "saying", "sound", "sounds", "sounded", "never", "not", "be", "being", "more", "less", "how", "really", "genuinely", "truly", "awfully", "terribly", "deeply", "sincerely", "extremely", "super")

// frontedBefore reports whether a clause that toks[i] may be the main
// clause of opens just before it ("three days after my filler i've got
// the flu"), or, for someone else's clause, a condition opens the
// sentence's words before it ("if my mom sees what i spent on exosomes
// she's gonna kill me"). The writer's own clause after a condition stays
// its own ("if it doesn't work i've already decided that's it"): what a
// person says they will do if something happens is a plan.
func frontedBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch toks[j].key {
		case "after", "since", "before", "when", "until", "till", "while":
			return true
		}
	}
	if !othersClause[toks[i].key] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-conditionReach && toks[j].sent == toks[i].sent; j-- {
		if toks[j].key == "if" {
			return true
		}
	}
	return false
}

// othersClause are the runOnClauseSubjects that open a clause about
// someone else (keys, as tokens hold "he's" and "she's").
var othersClause = set("hes", "shes")

// conditionReach is how many words before a clause's subject the "if"
// of a condition it completes may come.
const conditionReach = 12

// whAsked reports whether the sentence before toks[i] asks with a
// question word, whose verb toks[i] may be ("how many pills would it
// take").
func whAsked(toks []token, i int) bool {
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		switch toks[j].key {
		case "how", "what", "which", "whose", "how many", "how much", "how often", "how long", "how soon":
			return true
		}
	}
	return false
}

// wroteNounS reports whether word, read as key, was written as a noun's
// "'s" ("lad's", "mam's"), not a small word's contraction ("it's").
func wroteNounS(word []byte, key string) bool {
	n := len(word)
	return n > 2 && word[n-2] == '\'' && word[n-1] == 's' && key == canon(string(word[:n-2]))
}

// ellipsisFrom reports whether the dot or ellipsis at s[i:i+size] is part
// of an ellipsis ("...", "…") that "from" follows, past more dots and
// spaces.
func ellipsisFrom(s string, i, size int) bool {
	if s[i] == '.' && !(i+1 < len(s) && s[i+1] == '.') && !(i > 0 && s[i-1] == '.') {
		return false // a full stop
	}
	j := i + size
	for j < len(s) && (s[j] == '.' || s[j] == ' ') {
		j++
	}
	if strings.HasPrefix(s[j:], "…") {
		return ellipsisFrom(s, j, len("…"))
	}
	if len(s)-j < 4 || !strings.EqualFold(s[j:j+4], "from") {
		return false
	}
	if j+4 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j+4:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// isLetters reports whether w is only lower-case ASCII letters: a word
// being read (bytes) or a token's key (a string).
func isLetters[T string | []byte](w T) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// joinSplitWords reads a word written in two within a clause as the one
// word: "better off with out me" is "…without me". Only tokens from the
// first such pair on are moved.
func joinSplitWords(toks []token) []token {
	first := -1
	for i := 1; i < len(toks); i++ {
		if splitPair(toks, i) {
			first = i
			break
		}
	}
	if first < 0 {
		return toks
	}
	out := toks[:first]
	for i := first; i < len(toks); i++ {
		if n := len(out); n > 0 && splitPair(toks, i) && out[n-1].key == "with" {
			k, e := lookup("without")
			out[n-1] = token{key: k, id: e.id, phrase: e.phrase, tags: e.tags, sent: toks[i].sent, clause: toks[i].clause, stop: out[n-1].stop}
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// splitPair reports whether toks[i-1:i+1] is "with out" in one clause.
func splitPair(toks []token, i int) bool {
	return toks[i].key == "out" && toks[i-1].key == "with" && !toks[i].stop && toks[i-1].clause == toks[i].clause
}

// jokeKey is the token of a joking tone indicator: no word of the tables,
// it undoes only the signs a joke may exaggerate (fJoke).
const jokeKey = "/j"

// eyeRollKey is the token of an eye-roll emoji: no word of the tables, it
// undoes only a call for help said in exasperation (fEyeRoll), not a sign
// ("a fever, my husband says I'm overreacting 🙄" is one).
const eyeRollKey = "/roll"

// jokeTone returns the length of the joking tone indicator ("j", "jk",
// "lh": joking, light-hearted) that rest, the text after a slash, starts
// with, or 0. The indicator is a word of its own: "/jaw" is none.
// Sarcasm ("/s") is no joke about the body: "i'm totally fine /s" is not.
func jokeTone(rest string) int {
	for _, t := range [...]string{"jk", "j", "lh"} {
		if len(rest) >= len(t) && strings.EqualFold(rest[:len(t)], t) {
			if len(rest) == len(t) {
				return len(t)
			}
			if r, _ := utf8.DecodeRuneInString(rest[len(t):]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return len(t)
			}
		}
	}
	return 0
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// thousands reports whether s, what follows a comma after digits,
// begins with exactly three digits: the comma separates thousands
// ("25,000"), not words ("call 000, then 111").
func thousands(s string) bool {
	digit := func(i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }
	return digit(0) && digit(1) && digit(2) && !digit(3)
}

// ionDont reads "ion" before a verb as "I don't", as it is typed in
// African American and internet English ("ion even wanna be here no
// more"); an ion of chemistry ("negative ion dryer") is no subject of a
// verb.
func ionDont(toks []token) []token {
	n := 0
	for i := range toks {
		if ionAt(toks, i) {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]token, 0, len(toks)+n)
	for i, t := range toks {
		if !ionAt(toks, i) {
			out = append(out, t)
			continue
		}
		for j, w := range []string{"i", "dont"} {
			key, e := lookup(w)
			out = append(out, token{key: key, id: e.id, phrase: e.phrase, tags: e.tags, sent: t.sent, clause: t.clause, upper: t.upper, stop: t.stop && j == 0})
		}
	}
	return out
}

// ionAt reports whether toks[i] is "ion" for "I don't": a verb follows it,
// in its clause, and no word before it in its clause makes it a noun.
func ionAt(toks []token, i int) bool {
	if toks[i].key != "ion" || i+1 >= len(toks) || toks[i+1].clause != toks[i].clause || !ionVerbs[toks[i+1].key] {
		return false
	}
	return i == 0 || toks[i-1].clause != toks[i].clause || toks[i-1].sent != toks[i].sent || ionBefore[toks[i-1].key]
}

// ionVerbs follow "ion" for "I don't": "ion even wanna", "ion know".
var ionVerbs = set("even", "wanna", "want", "know", "care", "think", "feel", "need", "like", "have", "got", "be", "see", "do", "get", "mind", "trust", "really", "wan", "fw", "plan", "deserve", "belong")

// ionBefore may come right before "ion" for "I don't": "and ion care", "fr
// ion know".
var ionBefore = set("and", "but", "cause", "because", "cuz", "bc", "so", "lol", "fr", "honestly", "tbh", "like", "just", "and i")

// digitWords reads a digit, a letter or a dialect's word typed for a word
// where a word is meant, by the word after it or before it: "bye 2 ppl",
// "gave my cat 2 my sis", "droopin on 1 side", "cant c", "on wan side"
// (but "2 year old", "1 hour", "39 c" stay numbers and units).
func digitWords(toks []token) {
	for i := range toks {
		var w string
		switch toks[i].key {
		case "2":
			if i+1 < len(toks) && (toks[i+1].tags.has(tPoss) || toks[i+1].tags.has(tThird) || toks[i+1].key == "people" || toks[i+1].key == "everyone" || toks[i+1].key == "evry1" || toks[i+1].key == "every1" || toks[i+1].key == "me") {
				w = "to"
			}
		case "1":
			if i+1 < len(toks) && (toks[i+1].key == "side" || toks[i+1].key == "eye" || toks[i+1].key == "half") {
				w = "one"
			}
		case "wan":
			// The Scots and Caribbean "wan" is "one" before what there is
			// one of ("drooping on wan side", "wan eye"); elsewhere it is
			// the Caribbean and Nigerian "want" ("a wan go home", "this
			// price wan kill me").
			w = "want"
			if i+1 < len(toks) && wanOne[toks[i+1].key] {
				w = "one"
			}
		case "hear":
			// "dont wanna be hear anymore": "hear" typed for "here"
			// after "be", where no hearing can stand ("be heard" is
			// another word).
			if i > 0 && (toks[i-1].key == "be" || toks[i-1].key == "b") {
				w = "here"
			}
		case "c":
			// "cant c out of my eye" (but "39 c" stays Celsius).
			if i > 0 && (toks[i-1].tags.has(tDiff) || toks[i-1].tags.has(tNeg) || toks[i-1].key == "can") {
				w = "see"
			}
		}
		if w != "" {
			key, e := lookup(w)
			toks[i].key, toks[i].id, toks[i].phrase, toks[i].tags = key, e.id, e.phrase, e.tags
		}
	}
}

// afterPerfect reads the Irish perfect "X is after V-ing" ("he's after
// swallowing my toner", "the lad's after drinking it", "I'm after passing
// out") as what it means, "X (has) just V-ed": "after" becomes "just" and
// the verb its past form, when the tables know that form. A subject must
// come with the "be" ("is after cleansing?" asks, and "it's after the
// peel" dates). In place, as digitWords.
func afterPerfect(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].key != "after" || toks[i+1].clause != toks[i].clause || toks[i-1].clause != toks[i].clause || !strings.HasSuffix(toks[i+1].key, "ing") {
			continue
		}
		be := toks[i-1]
		switch {
		case be.nounS, afterPerfectBe[be.key]:
		case be.key == "is" || be.key == "am" || be.key == "are" || be.key == "was" || be.key == "were":
			if i < 2 || toks[i-2].clause != be.clause || afterNoSubject[toks[i-2].key] {
				continue
			}
		default:
			continue
		}
		v := toks[i+1].key
		past, ok := irregularPast[v]
		if !ok {
			past = v[:len(v)-3] + "ed"
		}
		e, known := lexicon[past]
		if !known {
			continue
		}
		j, je := lookup("just")
		toks[i].key, toks[i].id, toks[i].phrase, toks[i].tags = j, je.id, je.phrase, je.tags
		toks[i+1].key, toks[i+1].id, toks[i+1].phrase, toks[i+1].tags = e.key, e.id, e.phrase, e.tags
	}
}

// bareVerbPast reads the Caribbean and Creole past of a bare verb after
// "just", "did" or "done" ("di baby just swallow likkle a mi cream", "him
// did swallow some", "she done drink it") as what it means: the verb's
// past form, when it is a verb of intake and the tables know that form.
// One person must come just before it — a pronoun or a child named in the
// singular — so that "just swallow it" (asked), "did he drink any?" (a
// question), "babies just swallow everything" (children in general) and
// a habit told ("he just eat it every time") stay as they are. In place,
// as afterPerfect.
func bareVerbPast(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].key == "las" && lastSpans[toks[i+1].key] && toks[i+1].clause == toks[i].clause {
			// "las year": the Caribbean "last".
			setKey(&toks[i], "last")
			continue
		}
		if i+2 < len(toks) && toks[i+2].key == "it" && toks[i+1].clause == toks[i].clause && authorities[toks[i].key] {
			// "doctor sort it out quick": what the authority did. (The
			// authority is looked up last: "it" two words on is rarer.)
			if past, ok := authorityActPast[toks[i+1].key]; ok {
				setKey(&toks[i+1], past)
			}
			continue
		}
		if i == 0 {
			continue
		}
		switch toks[i].key {
		case "just", "did", "done":
		default:
			continue
		}
		v, subj := toks[i+1], toks[i-1]
		past, ok := bareIntakePast[v.key]
		if !ok && toks[i].key != "just" {
			// "mi face did swell up": a sign in the past.
			past, ok = bareSignPast[v.key]
			if ok && v.clause == toks[i].clause && subj.clause == toks[i].clause && (subj.tags.has(tFace) || barePastSubjects[subj.key] || swellParts[subj.key]) {
				setKey(&toks[i+1], past)
			}
			continue
		}
		if !ok || v.clause != toks[i].clause || subj.clause != toks[i].clause {
			continue
		}
		if !barePastSubjects[subj.key] && !(subj.tags.has(tChild) && !strings.HasSuffix(subj.key, "s")) {
			continue
		}
		habit := false
		for k := range toks {
			if toks[k].sent == toks[i].sent && bareHabitWords[toks[k].key] {
				habit = true
				break
			}
		}
		if habit {
			continue
		}
		e, known := lexicon[past]
		if !known {
			continue
		}
		toks[i+1].key, toks[i+1].id, toks[i+1].phrase, toks[i+1].tags = e.key, e.id, e.phrase, e.tags
	}
}

// slipsInPlace reads, in place, the short slips only their place tells:
// "thick" (or "thik") after a subject and before "about" or "of" is a
// verb, "think" ("sometimes I thik about not waking up"); "dank" told of
// what a person did ("my toddler just dank some of my serum") is
// "drank". "a dank room", "the thick of it" stay.
func slipsInPlace(toks []token) {
	for i := 1; i < len(toks); i++ {
		// Caribbean "han" (arm and hand): "di pain go down mi lef' han".
		if toks[i].key == "han" && (toks[i-1].key == "left" || toks[i-1].key == "right") && toks[i-1].clause == toks[i].clause {
			setKey(&toks[i], "arm")
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		t, prev, next := toks[i], toks[i-1], toks[i+1]
		if prev.clause != t.clause || next.clause != t.clause {
			continue
		}
		switch t.key {
		case "thread", "threat":
			// A phone's "throat": "my thread feels like it's closing".
			if slipOwners[prev.key] && !threadNouns[next.key] && signWithin(toks, i, 5, throatSigns) {
				setKey(&toks[i], "throat")
			}
		case "lisps", "lisp":
			// A phone's "lips": "my lisps are ballooning".
			if slipOwners[prev.key] && signWithin(toks, i, 4, lipSigns) {
				setKey(&toks[i], "lips")
			}
		case "thick":
			if thinkSubjects[prev.key] && thinkObjects[next.key] {
				setKey(&toks[i], "think")
			}
		case "dank":
			if !drankObjects[next.key] {
				continue
			}
			for k := i - 1; k >= 0 && k >= i-2 && toks[k].clause == t.clause; k-- {
				if barePastSubjects[toks[k].key] || toks[k].key == "i" || toks[k].key == "they" || toks[k].tags.has(tChild) {
					setKey(&toks[i], "drank")
					break
				}
			}
		}
	}
}

// slipOwners before a slipped word make it a part of someone.
var slipOwners = set("my", "her", "his", "their", "your", "me")

// threadNouns after "thread" keep it a thread: "my thread lift".
var threadNouns = set("lift", "lifts", "vein", "veins", "count", "counts")

// throatSigns and lipSigns tell a slipped "thread" or "lisps" is a
// throat or lips: it closes or swells.
var throatSigns = set("closing", "closed", "closes", "close", "swelling", "swollen", "swelled", "tightening", "constricting")
var lipSigns = set("ballooning", "ballooned", "swelling", "swollen", "swelled", "puffing", "puffed", "blowing")

// signWithin tells whether one of signs follows toks[i] within n tokens
// of its clause.
func signWithin(toks []token, i, n int, signs map[string]bool) bool {
	for k := i + 1; k < len(toks) && k <= i+n && toks[k].clause == toks[i].clause; k++ {
		if signs[toks[k].key] {
			return true
		}
	}
	return false
}

// thinkSubjects before "thick" make it "think": a subject, or an adverb
// of how often.
var thinkSubjects = set("i", "we", "they", "you", "he", "she", "sometimes", "often", "always", "still", "also", "really", "honestly", "constantly")

// thinkObjects after "thick" make it "think".
var thinkObjects = set("about", "abt", "of")

// drankObjects after "dank" tell what was drunk: "dank some", "dank half
// the bottle", "dank it".
var drankObjects = set("some", "the", "a", "half", "all", "it", "my", "her", "his", "from", "out", "most", "nearly", "almost", "straight", "toner", "serum")

// setKey reads the token t as the word w, when the tables know w.
func setKey(t *token, w string) {
	if e, known := lexicon[w]; known {
		t.key, t.id, t.phrase, t.tags = e.key, e.id, e.phrase, e.tags
	}
}

// lastSpans follow the Caribbean "las" of "last": "las year".
var lastSpans = set("year", "week", "month", "night", "time", "summer", "winter", "spring", "christmas", "weekend")

// authorityActPast are what an authority did of a case, told bare in
// Caribbean English ("doctor sort it out"), and their past forms.
var authorityActPast = map[string]string{"sort": "sorted", "fix": "fixed", "treat": "treated"}

// bareSignPast are the signs a bare verb after "did" or "done" tells in
// the past ("mi face did swell up"), and their past forms.
var bareSignPast = map[string]string{"swell": "swelled"}

// swellParts may swell besides the face: "mi lip dem did swell".
var swellParts = set("lip", "lips", "tongue", "throat", "dem", "hand", "hands", "arm", "skin")

// bareIntakePast are the verbs of intake bareVerbPast reads in the past,
// and their past forms.
var bareIntakePast = map[string]string{
	"swallow": "swallowed", "drink": "drank", "eat": "ate", "lick": "licked", "chew": "chewed", "sip": "sipped", "gulp": "gulped", "suck": "sucked",
}

// barePastSubjects are the pronouns of one person a bare past may follow.
var barePastSubjects = set("he", "she", "him", "im", "her", "shi")

// bareHabitWords tell a habit, not one event: "he just eat it every time".
var bareHabitWords = set("always", "usually", "often", "every", "each", "sometimes", "tend", "tends", "whenever", "everything", "anything", "normally", "never")

// noneCan reads the denial a quantifier puts on its verb as the verb's own:
// "neither of the twins can breathe", "none of us could wake him", "not
// one of them is breathing" tell of everyone what "can't breathe" and
// "isn't breathing" tell of one, so the modal or "be" after "none of" (or
// "neither of", "not one of", and the few words of whom it counts) is read
// as its negation, in the same clause ("nobody will even notice" and
// other quantifiers without "of" say what they say).
func noneCan(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].key {
		case "neither", "none":
		case "one":
			if i == 0 || toks[i-1].key != "not" {
				continue
			}
		default:
			continue
		}
		if toks[i+1].key != "of" {
			continue // "nobody will even notice" says what it says
		}
		for k := i + 1; k < len(toks) && k <= i+5 && toks[k].clause == toks[i].clause; k++ {
			neg, ok := deniedVerb[toks[k].key]
			if !ok {
				continue
			}
			if e, known := lexicon[neg]; known {
				toks[k].key, toks[k].id, toks[k].phrase, toks[k].tags = e.key, e.id, e.phrase, e.tags
			}
			break
		}
	}
}

// deniedVerb are the modals and forms of "be" noneCan denies, and their
// negations as the tables know them.
var deniedVerb = map[string]string{"can": "cant", "could": "couldnt", "is": "isnt", "are": "arent", "was": "wasnt", "were": "werent"}

// afterPerfectBe are the contracted subject and "be" of the perfect:
// "I'm after…", "she's after…".
var afterPerfectBe = set("im", "hes", "shes", "theyre", "youre", "we're", "whos")

// afterNoSubject before "is after" make no subject that did a thing: "what
// is after", "it is after the peel".
var afterNoSubject = set("it", "that", "this", "there", "what", "which", "where", "when", "how", "why", "time", "step", "best")

// irregularPast are the past forms of the irregular verbs of intake and
// of signs, by their "-ing" forms; a regular verb's is its stem and "ed".
var irregularPast = map[string]string{
	"drinking": "drank", "eating": "ate", "taking": "took", "having": "had", "throwing": "threw", "going": "went",
	"breaking": "broke", "getting": "got", "falling": "fell", "bleeding": "bled", "cutting": "cut", "biting": "bit",
	"dying": "died", "writing": "wrote", "leaving": "left", "giving": "gave", "sticking": "stuck", "swelling": "swelled",
	"feeling": "felt", "coming": "came", "making": "made", "doing": "did", "putting": "put", "hitting": "hit",
}

// wanOne are what "wan" counts when it is "one": a side or a part of the
// body, a portion, a time.
var wanOne = set("side", "half", "hauf", "eye", "ee", "arm", "airm", "leg", "hand", "haun", "foot", "fit", "cheek", "ear", "lip", "day", "night", "nicht", "time", "minute", "o", "of")

// mergePhrases replaces each phrase of the tables by one token with the
// phrase's tags, and the person tags of its words.
func mergePhrases(toks []token) []token {
	const personTags = 1<<tI | 1<<tThird | 1<<tChild | 1<<tPoss
	out := toks[:0]
	for i := 0; i < len(toks); {
		t := toks[i]
		merged := false
		if !t.phrase {
			out = append(out, t)
			i++
			continue
		}
		var ps []phrase
		if int(t.id) < len(phrasesByID) {
			ps = phrasesByID[t.id]
		}
		if len(ps) == 0 || ps[0].words[0] != t.key {
			ps = phrases[t.key] // a token whose id is not its key's
		}
		for _, p := range ps {
			n := len(p.words)
			if i+n > len(toks) {
				continue
			}
			ok := true
			for j := 1; j < n; j++ {
				if toks[i+j].key != p.words[j] || toks[i+j].clause != t.clause {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if n > 1 && yieldsLast(toks, i+n-1, p.tags) {
				continue // "hurts like hell": "hurts", then "like hell", not "hurts like", then "hell"
			}
			m := token{key: p.key, id: p.id, tags: p.tags, sent: t.sent, clause: t.clause, upper: true, stop: t.stop}
			if !p.tags.has(tNone) && !p.tags.has(tHedge) {
				for j := 0; j < n && j < len(m.sub); j++ {
					m.sub[j] = toks[i+j].id
				}
			}
			for j := range n {
				if p.tags.has(tKeep) {
					// A phrase the detectors name, not one that changes what
					// its words say: it keeps their tags.
					m.tags = m.tags.union(toks[i+j].tags)
					continue
				}
				if toks[i+j].key == "me" {
					continue // an object ("texted me goodbye"), not who it is about
				}
				m.tags[0] |= toks[i+j].tags[0] & personTags
				m.upper = m.upper && toks[i+j].upper
			}
			out = append(out, m)
			i += n
			merged = true
			break
		}
		if !merged {
			out = append(out, t)
			i++
		}
	}
	return out
}

// yieldsLast reports whether the phrase at toks[k] — the last word of a
// phrase with tags pt — is another phrase of two words or more that says
// all the first one does, of words that say nothing by themselves: the
// first phrase then yields its last word to it, and its own first words
// are read by themselves ("hurts like hell" is "hurts" and "like hell", a
// pain and its intensity, not "hurts like" and a "hell" no table knows;
// "one side of my face" stays "one side" and "my face").
func yieldsLast(toks []token, k int, pt tagSet) bool {
	t := toks[k]
	if !t.phrase || pt.has(tKeep) || pt.has(tNone) {
		return false
	}
	ps := phrases[t.key]
	for _, q := range ps {
		n := len(q.words)
		if n < 2 || k+n > len(toks) || q.tags.has(tKeep) {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if toks[k+j].key != q.words[j] || toks[k+j].clause != t.clause || toks[k+j].tags != (tagSet{}) {
				ok = false // a word the second phrase would swallow says something of its own ("one side of my face")
				break
			}
		}
		if ok && pt[0]&^q.tags[0] == 0 && pt[1]&^q.tags[1] == 0 && pt[2]&^q.tags[2] == 0 {
			return true
		}
	}
	return false
}

// staffShorthand are capitalised abbreviations clinic staff write, read as
// the phrase they stand for.
var staffShorthand = map[string]string{
	"help": "sos",
	"ha":   "filler",
	"sob":  "short of breath",
	"dib":  "short of breath",
	"loc":  "lost consciousness",
	"si":   "suicidal ideation",
	"cp":   "chest pain",
}

// childAgeTold reports whether the number at i tells a young child's age
// after "she's", "he's", "she is" or "he is" ("she's only 3 and just
// licked…", "she had a sip of wine…, she is 2"): a number of years up to
// six that nothing after it measures ("she is 2 weeks post laser", "he's 5
// foot").
func childAgeTold(toks []token, i int) bool {
	if n, err := strconv.Atoi(toks[i].key); err != nil || n < 1 || n > 6 {
		return false
	}
	k := i - 1
	if k >= 0 && ageHedges[toks[k].key] {
		k--
	}
	if k < 0 || toks[k].clause != toks[i].clause {
		return false
	}
	switch toks[k].key {
	case "shes", "hes":
	case "is":
		if k == 0 || toks[k-1].key != "she" && toks[k-1].key != "he" {
			return false
		}
	default:
		return false
	}
	if n := i + 1; n < len(toks) && toks[n].clause == toks[i].clause && !ageAfter[toks[n].key] {
		return false
	}
	return true
}

// ageHedges come between "she's" and a child's age: "she's only 3".
var ageHedges = set("only", "just", "barely", "nearly", "almost", "about")

// ageAfter may follow a child's age in its clause: "she's 3 and…", "he's
// 2 now".
var ageAfter = set("and", "now", "so", "but", "years old", "year old", "yrs old", "yr old")

// markSpecial tags what depends on neighbours: staff shorthand in capitals,
// ages ("3yo", "2 year old"), temperatures, and "no" that is not a
// negation ("oh no", "no my lips…").
func markSpecial(toks []token) {
	for i := range toks {
		t := &toks[i]
		switch {
		case t.upper && staffShorthand[t.key] != "":
			t.key = staffShorthand[t.key]
			t.id, t.tags = phraseEntry(t.key)
		case t.key == "si" || t.key == "sob":
			// Lower-case shorthand counts next to a staff word only.
			for j := max(0, i-3); j < min(len(toks), i+4); j++ {
				if j != i && toks[j].sent == t.sent && toks[j].tags.has(tStaff) {
					t.key = staffShorthand[t.key]
					t.id, t.tags = phraseEntry(t.key)
					break
				}
			}
		}
		if isNumber(t.key) {
			t.tags.add(tNum)
			if len(t.key) == 4 && t.key >= "1950" && t.key <= "2024" && i > 0 && toks[i-1].key == "in" {
				t.tags.add(tResolved) // "had a stroke in 2019"
			}
			if f, err := strconv.ParseFloat(t.key, 64); err == nil && f >= 10 && f < 1000 {
				t.tags.add(tQuant) // "took 20 tylenol"
			}
			if f, err := strconv.ParseFloat(t.key, 64); err == nil && (f >= 38 && f <= 42.5 && strings.Contains(t.key, ".") || f >= 100.4 && f <= 107) {
				if i+1 < len(toks) && (toks[i+1].key == "c" || toks[i+1].key == "f" || toks[i+1].key == "degrees") || strings.Contains(t.key, ".") {
					t.tags.add(tFever)
				}
			}
			if i+1 < len(toks) && (toks[i+1].key == "yo" || toks[i+1].key == "y/o" || toks[i+1].key == "yr" || toks[i+1].key == "mo") {
				toks[i+1].tags.add(tChild)
				toks[i+1].tags.add(tThird)
			}
			if childAgeTold(toks, i) {
				t.tags.add(tChild) // "she's only 3 and just licked…"
				t.tags.add(tThird)
			}
		}
		if n := len(t.key); n > 2 && t.key[0] >= '0' && t.key[0] <= '9' {
			for _, suf := range []string{"yo", "yos", "y/o", "yr", "yrs", "mo", "mos", "m/o"} {
				if strings.HasSuffix(t.key, suf) && isNumber(strings.TrimSuffix(t.key, suf)) {
					t.tags.add(tChild)
					t.tags.add(tThird)
				}
			}
			if (strings.HasSuffix(t.key, "c") || strings.HasSuffix(t.key, "f")) && isNumber(t.key[:n-1]) {
				if f, _ := strconv.ParseFloat(t.key[:n-1], 64); f >= 38 && f <= 42.5 || f >= 100.4 && f <= 107 {
					t.tags.add(tFever)
				}
			}
		}
		if t.key == "no" && i+1 < len(toks) && (toks[i+1].tags.has(tI) || toks[i+1].tags.has(tPoss) || toks[i+1].key == "no" || toks[i+1].stop) {
			t.tags[tNeg>>6] &^= 1 << (tNeg & 63)
		}
		if t.key == "no" && i > 0 && (toks[i-1].key == "oh" || toks[i-1].key == "omg") {
			t.tags[tNeg>>6] &^= 1 << (tNeg & 63)
		}
		if t.key == "dont" && (i+1 < len(toks) && toks[i+1].key == "with" && toks[i+1].clause == t.clause || i > 0 && toks[i-1].key == "im" && toks[i-1].clause == t.clause && (i+1 == len(toks) || toks[i+1].clause != t.clause)) {
			// "im so dun w life": "dun" is "done" before "with" ("don't
			// with" is no English), and after "im" closing its clause
			// ("im dun, got the pills…": "I'm don't" is none either).
			t.key = "done"
			t.id, t.tags = phraseEntry(t.key)
		}
		if t.tags.has(tFast) && remedyWanted(toks, i) {
			// "anything quick for puffy eyes?", "a fast fix": the speed
			// of a remedy wanted, not of a sign.
			t.tags[tFast>>6] &^= 1 << (tFast & 63)
		}
		if t.key == "out of it" && outOfItIdiom(toks, i) {
			t.tags = tagSet{}
		}
		if t.key == "got into" && pastimeTakenUp(toks, i) {
			// "my son got into skincare through youtube": an interest
			// taken up, not a product got at; read as a word no table or
			// detector knows (the detectors that name got_into too).
			t.key, t.id, t.sub, t.tags = "taken up", 0, [4]uint16{}, tagSet{}
		}
	}
}

// remedyWanted reports whether the speed word at i qualifies a remedy
// asked for rather than a sign: after "anything", "something" ("anything
// quick for…") or before a remedy's noun ("a quick fix", "fastest way
// to…").
func remedyWanted(toks []token, i int) bool {
	if i > 0 && toks[i-1].clause == toks[i].clause && (toks[i-1].key == "anything" || toks[i-1].key == "something") {
		return true
	}
	return i+1 < len(toks) && toks[i+1].clause == toks[i].clause && remedyNouns[toks[i+1].key]
}

// remedyNouns are what a quick remedy is called: "a quick fix", "a fast
// way to calm it".
var remedyNouns = set("fix", "fixes", "remedy", "remedies", "way", "ways", "trick", "tricks", "hack", "hacks", "solution", "solutions", "tip", "tips", "option", "options", "routine", "product", "products")

// outOfItIdiom reports whether "out of it" at i ends a phrasal verb, not
// a state of mind: "talk her out of it", "get the most out of it",
// "talk me into it or out of it" (as against "she's kinda out of it").
func outOfItIdiom(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].clause == toks[i].clause; k-- {
		if outOfItVerbs[toks[k].key] {
			return true
		}
	}
	return false
}

// outOfItVerbs come before "out of it" in a phrasal verb: persuading,
// keeping or growing out of something, getting something out of it ("got
// so out of it" is the state).
var outOfItVerbs = set("talk", "talks", "talked", "talking", "persuade", "persuaded", "persuading", "convince", "convinced", "convincing", "argue", "argued", "scare", "scared", "keep", "keeps", "kept", "keeping", "leave", "left", "leaving", "stay", "stayed", "staying", "grow", "grew", "grown", "growing", "into", "most", "something", "anything", "nothing", "much", "more")

// pastimeTakenUp reports whether "got into" at i takes up a pastime
// rather than gets at a product: its object is a pastime named bare
// ("got into skincare", "got into k-beauty", "got into skin care") or
// "the whole … thing" ("got into the whole routine thing"). A container
// or an owner ("got into my skincare", "got into the cabinet", "got into
// the retinol", "got into the whole tube") is got at, and stays so.
func pastimeTakenUp(toks []token, i int) bool {
	whole := false
	for k := i + 1; k < len(toks) && k <= i+6 && toks[k].clause == toks[i].clause; k++ {
		w := toks[k].key
		switch {
		case pastimes[w]:
			// …but a pastime's things are got at: "got into
			// skincare samples", "got into makeup bags".
			n := k + 1
			return n >= len(toks) || toks[n].clause != toks[i].clause || !toks[n].tags.has(tProduct) && !pastimeThings[toks[n].key]
		case w == "thing" || w == "things":
			return whole
		case w == "whole":
			whole = true
		case pastimeLeads[w] || whole && toks[k].tags == (tagSet{}):
			// "the", "really", "k" of "k-beauty"; after "the whole",
			// words that say nothing ("the whole glass skin thing").
		default:
			return false
		}
	}
	return false
}

// pastimes are what one takes up as an interest ("got into skincare").
var pastimes = set("skincare", "makeup", "beauty", "kbeauty", "jbeauty", "care", "routine", "routines", "grooming", "selfcare", "youtube", "tiktok", "fashion", "fitness", "gym", "gaming", "cosmetology", "esthetics", "aesthetics", "haircare", "bodycare")

// pastimeThings hold a pastime's products: "got into makeup bags".
var pastimeThings = set("bag", "bags", "drawer", "drawers", "box", "boxes", "case", "kit", "kits", "sample", "samples", "stash", "haul", "cabinet", "cupboard", "shelf", "basket", "pouch", "tray", "fridge", "collection", "supplies")

// pastimeLeads may come between "got into" and a pastime: "got into
// the whole…", "got into k-beauty", "got into skin care", "got into
// really expensive skincare".
var pastimeLeads = set("the", "this", "that", "all", "really", "so", "big", "heavily", "properly", "k", "j", "korean", "japanese", "skin", "self", "hair", "body", "expensive", "fancy", "luxury", "high", "end")

func phraseEntry(key string) (uint16, tagSet) {
	ws := strings.Fields(key)
	for _, p := range phrases[ws[0]] {
		if p.key == key {
			return p.id, p.tags
		}
	}
	e := lexicon[key]
	return e.id, e.tags
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && !dot && i > 0:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}
