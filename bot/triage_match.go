package bot

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// This file holds the machinery of the screen: a detector is a small
// pattern over the tags of the word tables (see triage_rules.go for the
// detectors themselves), found within one sentence, then checked against
// what can undo it — a negation, a hypothetical or general question, a
// resolved past, a figure of speech, a mild qualifier.

// litWords sizes litSet: the detectors and tables may name up to
// litWords*64 distinct words (8192: the table had filled its 7168).
const litWords = 128

// litSet is a set of word ids.
type litSet [litWords]uint64

func (s *litSet) add(id uint16)      { s[id>>6] |= 1 << (id & 63) }
func (s *litSet) has(id uint16) bool { return s[id>>6]&(1<<(id&63)) != 0 }

// matcher matches a token by its tags or its word: one alternative of a
// pattern item, "TAG|word|other_word".
type matcher struct {
	mask  tagSet
	lits  *litSet  // nil when no words
	tags  []tag    // the tags of mask, to list their positions
	ids   []uint16 // the words of lits, likewise
	words []uint8  // the indexes of lits' non-zero words, for a quick test
	none  bool     // matches nothing: no constraint where used as a "not"
}

func (m *matcher) matches(t *token) bool {
	if t.tags.any(m.mask) {
		return true
	}
	if m.lits == nil || t.id == 0 {
		return false
	}
	if m.lits.has(t.id) {
		return true
	}
	for _, id := range t.sub {
		if id != 0 && m.lits.has(id) {
			return true
		}
	}
	return false
}

// item is one position of a pattern.
type item struct {
	matcher
	gap       int  // tokens that may be skipped before this item
	fillOnly  bool // and they must be filler words (to, just, really…)
	notBefore matcher
	notAfter  matcher
}

// Detector flags.
const (
	fWeak     = 1 << iota // a sign that counts only with another (see combos)
	fSH                   // self-harm: only general questions undo it, never "if"
	fFig                  // undone by laughter or money in the sentence (a figure of speech)
	fFigSH                // undone by a self-harm figure of speech ("makes me want to die lol")
	fMild                 // undone by a mild qualifier in the clause (a bit, slightly)
	fNoNeg                // the pattern holds its own negation ("not breathing")
	fNoPast               // not undone by a resolved past
	fNoFrame              // not undone by a question frame
	fFigObj               // undone by a figurative object ("that's hard to swallow")
	fLaugh                // undone by laughter in the sentence ("I can't breathe lol")
	fFigMoney             // undone by money with laughter in the sentence ("the price gave him chest pains 😂")
	fOwn                  // the writer's own, whoever it names ("look after my cat"): never relayed by itself
	fJoke                 // undone by a joking tone indicator or a joke taken back in the sentence ("calling 911, my routine has 14 steps /j", "… kidding")
	fEyeRoll              // undone by an eye-roll in the sentence ("call an ambulance, my cousin bought 'exosome' shampoo 🙄")
	fClause               // its items all in one clause ("my vision is fine, my tan is patchy" tells no patchy vision)
)

// detector finds one kind of sign.
type detector struct {
	kind      string
	group     Urgency
	ctxGroup  Urgency // the group when the text mentions an injection or a procedure
	pat       string
	flags     int
	clauseNot string // tags or words that undo the sign when in its clause
	subjNot   string // tags or words that undo the sign when they are its subject (see subjectIs)
	sentNeed  string // tags or words the sentence must have
	sentNot   string // tags or words that undo the sign anywhere in its sentence ("can't talk right, the dentist numbed my jaw")
	msgNeed   string // tags or words the text must have
	msgNot    string // tags or words that undo the sign anywhere in the text
	msgAlso   string // tags or words the text must have too, besides msgNeed's
	gapNot    string // tags or words that undo the sign when they come between its items ("my vision is fine and my face patchy": said of another thing, or fine)

	items     []item
	unordered int // > 0: the two items, in any order, within this many tokens
	notClause matcher
	notSubj   matcher
	needSent  matcher
	notSent   matcher
	needMsg   matcher
	notMsg    matcher
	alsoMsg   matcher
	notGap    matcher
}

// parseMatcher reads "TAG|word|other_word": upper case names a tag, lower
// case is a word (an underscore joins the words of a phrase, which must be
// one of the tables' phrases). "" matches nothing.
func parseMatcher(s string) matcher {
	m := matcher{none: true}
	for a := range strings.SplitSeq(s, "|") {
		if a == "" {
			continue
		}
		m.none = false
		if !strings.ContainsFunc(a, func(r rune) bool { return unicode.ToUpper(r) != r }) && !strings.ContainsAny(a, "0123456789/$&") {
			t, ok := tagNames[a]
			if !ok {
				panic(fmt.Sprintf("triage: unknown tag %q", a))
			}
			m.mask.add(t)
			m.tags = append(m.tags, t)
			continue
		}
		w := strings.ReplaceAll(a, "_", " ")
		if !strings.Contains(w, " ") {
			w = canon(w)
		} else if _, ok := lexicon[w]; !ok {
			panic(fmt.Sprintf("triage: %q is not a phrase of the tables", w))
		}
		id := intern(w)
		if m.lits == nil {
			m.lits = new(litSet)
		}
		m.lits.add(id)
		m.ids = append(m.ids, id)
		if !slices.Contains(m.words, uint8(id>>6)) {
			m.words = append(m.words, uint8(id>>6))
		}
	}
	return m
}

// detSet is a set of detectors, by index.
type detSet [(maxDetectors + 63) / 64]uint64

// maxDetectors bounds the detectors (see detSet).
const maxDetectors = 832

// byTag and byWord list the detectors whose first item a token with the
// tag, or the word, may start, and lastByTag and lastByWord those whose
// last item it may end (the same item for a one-item pattern): a text
// visits only the detectors in both, the others having an item that no
// token of it matches (see possible).
var (
	byTag, lastByTag   [numTags]detSet
	byWord, lastByWord [litWords * 64]*detSet // by word id; nil: none
)

// compileDetectors parses every detector's pattern and indexes them.
func compileDetectors() {
	if numTags > 3*64 {
		panic("triage: too many tags for a tagSet")
	}
	if len(detectors) > maxDetectors {
		panic("triage: too many detectors for a detSet")
	}
	for i := range detectors {
		d := &detectors[i]
		d.compile()
		index := func(it *item, tags *[numTags]detSet, words *[litWords * 64]*detSet) {
			for _, t := range it.tags {
				tags[t][i>>6] |= 1 << (i & 63)
			}
			for _, id := range it.ids {
				s := words[id]
				if s == nil {
					s = new(detSet)
					words[id] = s
				}
				s[i>>6] |= 1 << (i & 63)
			}
		}
		index(&d.items[0], &byTag, &byWord)
		index(&d.items[len(d.items)-1], &lastByTag, &lastByWord)
	}
}

// candidateDetectors returns the detectors whose first item some token of
// the text may start and whose last item some token may end (every
// detector when quick rejection is off). A detector left out is one that
// possible rejects: it has an item no token matches.
func (x *text) candidateDetectors() detSet {
	var s detSet
	if !x.quick {
		for i := range detectors {
			s[i>>6] |= 1 << (i & 63)
		}
		return s
	}
	var last detSet
	for w, word := range x.all {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			word &^= 1 << b
			for k := range s {
				s[k] |= byTag[w*64+b][k]
				last[k] |= lastByTag[w*64+b][k]
			}
		}
	}
	for w, word := range x.lits {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			word &^= 1 << b
			if ds := byWord[w*64+b]; ds != nil {
				for k := range s {
					s[k] |= ds[k]
				}
			}
			if ds := lastByWord[w*64+b]; ds != nil {
				for k := range last {
					last[k] |= ds[k]
				}
			}
		}
	}
	for k := range s {
		s[k] &= last[k]
	}
	return s
}

func (d *detector) compile() {
	d.notClause = parseMatcher(d.clauseNot)
	d.notSubj = parseMatcher(d.subjNot)
	d.needSent = parseMatcher(d.sentNeed)
	d.notSent = parseMatcher(d.sentNot)
	d.needMsg = parseMatcher(d.msgNeed)
	d.notMsg = parseMatcher(d.msgNot)
	d.alsoMsg = parseMatcher(d.msgAlso)
	d.notGap = parseMatcher(d.gapNot)
	fields := strings.Fields(d.pat)
	gap, fill := 0, false
	pendingNot := matcher{none: true}
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		switch {
		case strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">"):
			n, err := strconv.Atoi(f[1 : len(f)-1])
			if err != nil {
				panic("triage: bad " + f)
			}
			d.unordered = n
		case strings.HasPrefix(f, ".."):
			gap, _ = strconv.Atoi(f[2:])
			fill = false
		case strings.HasPrefix(f, ".~"):
			gap, _ = strconv.Atoi(f[2:])
			fill = true
		case strings.HasPrefix(f, "!"):
			if len(d.items) == 0 || !pendingNot.none {
				pendingNot = parseMatcher(f[1:])
			} else {
				d.items[len(d.items)-1].notAfter = parseMatcher(f[1:])
			}
		default:
			it := item{matcher: parseMatcher(f), gap: gap, fillOnly: fill, notBefore: pendingNot}
			pendingNot = matcher{none: true}
			gap, fill = 0, false
			d.items = append(d.items, it)
		}
	}
	if len(d.items) == 0 || len(d.items) > maxItems || d.unordered > 0 && len(d.items) != 2 {
		panic("triage: bad pattern " + d.pat)
	}
	for i := range d.items {
		if d.items[i].none {
			panic("triage: empty item in " + d.pat)
		}
		if d.items[i].notAfter.none {
			d.items[i].notAfter = matcher{none: true}
		}
	}
}

// text is a tokenized part of a message with what the detectors need to
// know about it, computed once.
type text struct {
	toks []token
	all  tagSet // every tag in the text
	lits litSet // every word in the text
	// Positions of the tokens by tag and by word id: tagPos[tagAt[t]:
	// tagAt[t+1]] for tag t, idPos likewise, each in increasing order.
	tagAt    [numTags + 1]int32
	tagPos   []int32
	idPos    []uint32 // id<<16 | position, sorted
	frame    []uint8
	resolve  []uint8 // per sentence: it speaks of a resolved past (pastRecent, pastOver)
	recurred bool    // a resolved past is told back now (recursNow)
	outcome  []int   // per sentence: the position of the last "she was fine" that ends a scare, or -1 (nil when none does)
	settled  []int   // per sentence: likewise, of the last that ends a swallowed product's too ("poison control said it was harmless")
	cleared  int     // the position of the last outcome a medical authority gave ("poison control said it's nothing to worry about"), or 0
	nsent    int
	inject   bool // the text mentions an injection or a procedure
	ongoing  bool // a sentence tells when it began or how long it has lasted ("it's been 40 mins")
	nowCase  bool // a sentence says the questions are about a case now ("asking for like right now", "it started like 20 min ago")
	relapse  bool // a sentence says the writer did it again ("last night I did it again")
	teaches  bool // a sentence names staff training ("writing our emergency SOP…"), which frames the sentences that name no one ("e.g. blanching, vision changes")
	quick    bool // detectors may be skipped by quick rejection
	// shFramed: a self-harm detector matched and its clause undid it by
	// a time away (framingWords: "glad if i was gone for the weekend"): the
	// net, which reads words and not frames, is not to alarm on it alone.
	// Quick rejection skips only detectors that cannot match, so the fast
	// path and a scan of every detector set it alike.
	shFramed bool
	// shObject: a self-harm detector matched and was undone by its own
	// object, a word its clauseNot names within three words after it
	// ("stepping in front of the camera", "walking in front of my
	// class"): the net is not to alarm on it alone (shObjectOnly).
	shObject bool
	// shReason: a weak self-harm detector matched and was undone by its
	// sentence naming what it is for, a journey or a task (its sentNot):
	// the net is not to alarm on it alone (shObjectOnly).
	shReason bool
	readied  bool // ready has run
}

// Question frames, per token.
const (
	frIf       = 1 << iota // in a conditional clause: "if", "what if", "in case"
	frInfo                 // in a question about side effects in general: "signs of", "can it cause"
	frGeneral              // about other people in general: "has anyone", "do people"
	frNormal               // after "is it normal"
	frHabit                // a habit: "always", "prone to", "every time"
	frHearsay              // a story heard or read: "I read about a woman who…"
	frTraining             // staff training or a question about what staff should do: "how should front desk handle…"
	frFiction              // a story being written: "a character's lips swell…"
)

var ifExcept = map[string]bool{"ok": true, "okay": true, "normal": true, "bad": true, "fine": true, "as": true, "sure": true, "know": true, "idk": true, "wonder": true, "wondering": true, "unsure": true, "see": true, "check": true, "tell": true, "asking": true, "ask": true, "even": true, "just wondering": true, "just curious": true}

var generalCues = map[string]bool{"anyone": true, "anybody": true, "has anyone": true, "does anyone": true, "do people": true, "can people": true}

func newText(toks []token) *text {
	x := new(text)
	x.read(toks)
	x.ready()
	return x
}

// read sets x to the text of toks, as newText would, reusing the slices x
// already has, but reads only what tells which detectors could match (the
// tags and words of the text): the positions and the sentences' frames
// wait for ready, which find calls for a detector that could.
func (x *text) read(toks []token) {
	*x = text{toks: toks, quick: true, frame: x.frame[:0], resolve: x.resolve[:0], tagPos: x.tagPos[:0], idPos: x.idPos[:0]}
	nsent := 0
	for i := range toks {
		x.all = x.all.union(toks[i].tags)
		if toks[i].id != 0 {
			x.lits.add(toks[i].id)
		}
		for _, id := range toks[i].sub {
			if id != 0 {
				x.lits.add(id)
			}
		}
		nsent = int(toks[i].sent) + 1
	}
	x.nsent = nsent
	x.inject = x.all.has(tInject) || x.all.has(tTreat)
}

// ready reads the rest of the text, once: the positions of its tags and
// words, and each sentence's frames, onsets and relapses. Most messages
// have no detector that could match, and never need them.
func (x *text) ready() {
	if x.readied {
		return
	}
	x.readied = true
	toks := x.toks
	x.frame = zeroed(x.frame, len(toks))
	x.resolve = zeroed(x.resolve, x.nsent+1)
	x.index()
	var prev uint8 // the question frames of the sentence before
	eg := false    // the sentences before were "e." and "g."
	for a := 0; a < len(toks); {
		b := a
		for b < len(toks) && toks[b].sent == toks[a].sent {
			b++
		}
		x.frameSentence(a, b)
		if b-a == 1 && (toks[a].key == "e" || toks[a].key == "g") {
			// "e.g." read as two sentences: the example follows.
			eg = true
			a = b
			continue
		}
		if f := prev & (frIf | frInfo | frGeneral | frTraining); f != 0 && (exampleFragment(toks, a, b) || eg && exampleBody(toks, a, b)) {
			// "can exosomes cause allergic reactions? like throat
			// swelling?": an example of what the question asks about.
			for m := a; m < b; m++ {
				x.frame[m] |= f
			}
		}
		prev, eg = 0, false
		for m := a; m < b; m++ {
			prev |= x.frame[m]
		}
		if a > 0 && askedInGeneral(toks, a, b) {
			// "how is X different from Y? asking for general
			// knowledge": what came before asks about people in general.
			for m := 0; m < a; m++ {
				x.frame[m] |= frInfo
			}
		}
		x.ongoing = x.ongoing || x.tellsOnset(a, b)
		x.nowCase = x.nowCase || nowCase(toks, a, b)
		x.relapse = x.relapse || x.tellsRelapse(a, b)
		if recursNow(toks, a, b) {
			// "last year my throat closed up… now it's happening
			// again": the past sign told before is back now.
			for s := int32(0); s < toks[a].sent; s++ {
				x.recurred = x.recurred || x.resolve[s] != 0
				x.resolve[s] = 0
			}
		}
		a = b
	}
}

// recursNow reports whether the sentence toks[a:b] tells a sign of before
// back now: "it's happening again", "it happening again", "it's back",
// "it's starting again", "again now", "same thing now". Not denied,
// wished or supposed ("never again since", "hope it doesn't happen
// again", "what if it's back"), nor asked ("is it starting again?").
func recursNow(toks []token, a, b int) bool {
	found := false
	for i := a; i < b; i++ {
		t := toks[i]
		if t.tags.has(tNeg) || recurNot[t.key] {
			return false
		}
		switch {
		case t.key == "again" && i > a && (recurVerbs[toks[i-1].key] || toks[i-1].key == "now" || i+1 < b && toks[i+1].key == "now"):
			found = true
		case t.key == "back" && i > a && (toks[i-1].key == "its" || toks[i-1].key == "it's") && (i+1 == b || toks[i+1].clause != t.clause || toks[i+1].key == "now" || toks[i+1].key == "again"):
			found = true
		case t.key == "same thing" && i+1 < b && (toks[i+1].key == "now" || toks[i+1].key == "again" || toks[i+1].key == "rn"):
			found = true
		}
	}
	return found && !(a > 0 && toks[a].key == "is") && !yesNoOpeners[toks[a].key]
}

// recurVerbs before "again" tell a sign going on once more.
var recurVerbs = set("happening", "starting", "swelling", "closing")

// recurNot make a sign's coming back a wish, a fear or a supposition.
var recurNot = set("if", "what if", "even if", "in case", "next time", "hope", "hopefully", "scared", "afraid", "worried", "worry", "might", "could", "would", "since", "never")

// exampleFragment reports whether the sentence toks[a:b] is a short
// fragment that gives an example of what the sentence before asked about
// in general ("like throat swelling?", "e.g. hives?"), naming no one and
// telling nothing felt ("like short breaths because anything deeper feels
// blocked" tells).
func exampleFragment(toks []token, a, b int) bool {
	if !exampleLeads[toks[a].key] && !(a+1 < b && exampleLeads[toks[a].key+" "+toks[a+1].key]) {
		return false
	}
	return exampleBody(toks, a, b)
}

// exampleBody reports whether toks[a:b] is short, names no one and tells
// nothing felt: the body of an example.
func exampleBody(toks []token, a, b int) bool {
	if b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		if t := toks[k].tags; t.has(tI) || t.has(tThird) || t.has(tPoss) || t.has(tRecent) || clauseVerbs[toks[k].key] || toks[k].key == "because" {
			return false
		}
	}
	return true
}

// exampleLeads open an example: "like…", "e.g.…", "such as…".
var exampleLeads = set("like", "eg", "e.g", "such as", "for example", "for instance", "say", "including", "especially")

// askedInGeneral reports whether the short sentence toks[a:b] says that
// what was asked before it is asked in general, of no case at hand:
// "asking for general knowledge", "just asking out of curiosity", "asking
// in general". ("asking for me", "asking for right now" are nowCase.)
func askedInGeneral(toks []token, a, b int) bool {
	if b-a > 6 {
		return false
	}
	for i := a; i < b; i++ {
		switch toks[i].key {
		case "asking", "ask", "asked", "question":
			for k := i + 1; k < b && k <= i+4; k++ {
				if generalAsks[toks[k].key] {
					return true
				}
			}
		}
	}
	return false
}

// generalAsks are what a question is asked for or out of when it concerns
// no case at hand.
var generalAsks = set("general", "generally", "in general", "curiosity", "out of curiosity", "curious", "knowledge", "interest", "interests", "info", "information", "research", "reference")

// nowSignWords are signs told of someone now after a supposition ("he's
// coughing now").
var nowSignWords = set("coughing", "vomiting", "gagging", "retching", "choking", "drooling", "wheezing", "throwing up", "being sick", "foaming", "twitching", "shaking", "fitting", "floppy", "drowsy")

// nowCase reports whether the sentence toks[a:b] says that what is asked
// is happening now: "asking for like right now", "asking bc it's happening
// rn", "it started like 20 min ago", or is the writer's own ("asking for
// me"). A question about how to tell or what
// to do is then about the writer's case, not about people in general.
func nowCase(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		switch toks[i].key {
		case "asking", "ask", "asked":
			// "asking for like right now" (not "asking now before I book")
			why := false
			for k := i + 1; k < b && k <= i+4; k++ {
				switch toks[k].key {
				case "right now", "rn", "now", "atm":
					return why
				case "me", "myself":
					// "asking for me": the writer's own case
					if toks[k-1].key == "for" {
						return true
					}
				case "for", "because", "cause", "cos":
					why = true
					continue
				case "like", "just", "literally":
					continue
				}
				break
			}
		case "happening":
			// "not happening now", "nothing happening right now" deny it.
			if k := i + 1; k < b && (toks[k].key == "now" || toks[k].key == "rn" || toks[k].key == "right now") && !(i > a && toks[i-1].tags.has(tNeg)) {
				return true
			}
		case "mine", "me", "i":
			// "does anyone else's voice go hoarse…? mine did twenty
			// min ago": the writer's own case, dated minutes or hours
			// ago, after a question about others.
			if k := i + 1; k < b && (toks[k].key == "did" || toks[k].key == "too" || toks[k].key == "went") && agoWithin(toks, i, k+1, b) {
				return true
			}
		case "started", "began", "begun", "starting":
			for k := i + 1; k < b && k <= i+4; k++ {
				if durationUnits[toks[k].key] && k+1 < b && toks[k+1].key == "ago" && (toks[k+1].clause == toks[i].clause) {
					return true
				}
			}
		case "like":
			// "…if your chest hurts? been like this since dinner": the
			// case asked about has lasted until now.
			if i > a && toks[i-1].key == "been" && i+2 < b && (toks[i+1].key == "this" || toks[i+1].key == "that") && !(i-1 > a && toks[i-2].tags.has(tNeg)) && lastedSince(toks, i+2, b) {
				return true
			}
		case "hes", "shes", "theyre":
			// "…dangerous if my toddler had a swig of it? he's coughing
			// now": a sign told of someone now, after a question put as
			// a supposition, says the case is at hand.
			if k := i + 1; k < b && nowSignWords[toks[k].key] {
				for m := k + 1; m < b && m <= k+3; m++ {
					if toks[m].key == "now" || toks[m].key == "rn" || toks[m].key == "right now" {
						return true
					}
				}
			}
		case "later":
			// "…if you passed out and your heart is still racing an hour
			// later?": a sign still there a time after, now.
			if i > a && durationUnits[toks[i-1].key] {
				for k := i - 2; k > a && k >= i-5; k-- {
					if toks[k].key == "still" && stillThere[toks[k+1].key] {
						return true
					}
				}
			}
		case "too", "aswell", "as well":
			// "can stress cause an elephant-on-your-chest feeling? and
			// my jaw aches too": a complaint of the writer's own, had
			// besides the one asked about.
			if i == b-1 && ownComplaint(toks, a, i) {
				return true
			}
		case "just now":
			if i == b-1 && someoneNow(toks, a, b) {
				return true // "…like half a bottle, she's 3, just now"
			}
		case "just":
			if i == b-2 && toks[i+1].key == "now" && someoneNow(toks, a, b) {
				return true // "…like half a bottle, she's 3, just now"
			}
		}
	}
	return false
}

// ownComplaint reports whether toks[a:i] tells a complaint of the
// writer's own body ("my jaw aches", "my arm's gone numb", "i feel dizzy"),
// not a wish or a question ("my mum wants to know").
func ownComplaint(toks []token, a, i int) bool {
	own, sign := false, false
	for k := a; k < i; k++ {
		t := &toks[k]
		own = own || t.key == "my" || t.key == "i" || t.key == "im"
		sign = sign || t.tags.any(complaintTags)
	}
	return own && sign
}

// complaintTags are the signs a complaint of the body is told by.
var complaintTags = func() (s tagSet) {
	for _, t := range []tag{tPain, tCPain, tNumb, tSwell, tDizzy, tFaint, tHives, tItch} {
		s.add(t)
	}
	return s
}()

// lastedSince reports whether toks[k:b] times what has "been like this"
// from a time of today ("since dinner", "since 2am") or for minutes or
// hours ("for an hour"), not since puberty or for years.
func lastedSince(toks []token, k, b int) bool {
	if k+1 >= b {
		return false
	}
	switch toks[k].key {
	case "since":
		n := toks[k+1].key
		return todaySince[n] || isNumber(strings.TrimSuffix(strings.TrimSuffix(n, "am"), "pm")) || n == "i" && k+2 < b && (toks[k+2].key == "woke" || toks[k+2].key == "got")
	case "for":
		return durationWithin(toks, k, b)
	}
	return false
}

// todaySince are times of today that something has lasted since.
var todaySince = set("dinner", "lunch", "breakfast", "tea", "supper", "this morning", "this afternoon", "this evening", "last night", "tonight", "earlier", "noon", "midday", "midnight", "bedtime", "then", "the injection", "the injections", "the filler", "the treatment")

// someoneNow reports whether the sentence toks[a:b] names someone, or an
// amount, and no story read or heard: "…half a bottle, she's 3, just
// now", not "I saw a post about it just now".
func someoneNow(toks []token, a, b int) bool {
	named := false
	for k := a; k < b; k++ {
		t := toks[k].tags
		if t.has(tHearsay) || readVerbs[toks[k].key] {
			return false
		}
		named = named || t.has(tThird) || t.has(tChild) || t.has(tQuant)
	}
	return named
}

// readVerbs tell something read, seen or thought of, not a case.
var readVerbs = set("saw", "seen", "read", "heard", "watched", "post", "posts", "video", "article", "thought", "wondering", "wondered", "googled", "asked", "reading", "searching")

// agoWithin reports whether toks[k:b], within four words of k and in the
// clause of the word at i, dates something minutes or hours ago ("twenty
// min ago").
func agoWithin(toks []token, i, k, b int) bool {
	for j := k; j < b && j <= k+4; j++ {
		if durationUnits[toks[j].key] && j+1 < b && toks[j+1].key == "ago" && toks[j+1].clause == toks[i].clause {
			return true
		}
	}
	return false
}

// zeroed returns n zeros in b's array when it has room, else in a new one.
func zeroed[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// durationUnits are the units of an onset or a duration that an emergency
// is counted in.
var durationUnits = map[string]bool{"min": true, "mins": true, "minute": true, "minutes": true, "hour": true, "hours": true, "hr": true, "hrs": true}

// tellsOnset reports whether toks[a:b], a sentence that is not a question
// frame or a resolved past, says when something began or how long it has
// lasted in minutes or hours ("it's been 40 mins", "started about an hour
// after"), or that the writer is deciding whether to go to sleep on it: a
// "is it normal…?" or "is it a side effect…?" beside it asks about what is
// happening now.
func (x *text) tellsOnset(a, b int) bool {
	toks := x.toks
	if x.resolve[toks[a].sent] != 0 {
		return false
	}
	for i := a; i < b; i++ {
		if x.frame[i] != 0 {
			continue
		}
		switch toks[i].key {
		case "been", "since", "for", "lasted", "lasting":
			if durationWithin(toks, i, b) {
				return true
			}
		case "started", "starting", "began", "begun", "happened":
			if durationWithin(toks, i, b) {
				return true
			}
			if k := i + 1; k < b {
				switch toks[k].key {
				case "while", "when", "as", "during", "right":
					return true // "it started while I was applying it"
				}
				if justAfterIt(toks, k, b) {
					return true // "is it normal to see flashes…? started just after"
				}
			}
		case "happening":
			if k := i + 1; k < b && (toks[k].key == "now" || toks[k].key == "rn" || toks[k].key == "right now") {
				return true // "asking bc it's happening rn"
			}
			if i > a && (toks[i-1].key == "thats" || toks[i-1].key == "its") && i+1 == b && !(i-1 > a && toks[i-2].tags.has(tNeg)) {
				return true // "can stress make your arm go numb…? cuz that's happening"
			}
		case "spreading", "spreads", "creeping", "worsening", "getting worse", "darker":
			if changeOfIt(toks, a, i) {
				return true // "is it normal…? it's spreading toward my nose"
			}
		case "still":
			if i > a && (toks[i-1].key == "its" || toks[i-1].key == "it") && i+1 < b && (toks[i+1].tags.has(tDiff) || stillThere[toks[i+1].key]) {
				return true // "would anything make it hard to breathe…? I sat up and it's still hard"
			}
		case "go", "gone", "going", "ease", "eased", "easing", "pass", "passed", "settle", "settled", "stop", "stopped":
			if i >= a+2 && toks[i-1].tags.has(tNeg) && (toks[i-2].key == "it" || toks[i-2].key == "its") {
				return true // "is it normal to feel a band round your chest…? it didn't go when I stopped"
			}
		case "ago":
			if i > a && durationUnits[toks[i-1].key] {
				return true // "had injections between my brows 3 hrs ago"
			}
		case "bed", "sleep":
			if i >= 2 && toks[i-1].key == "to" && toks[i-2].key == "go" {
				for k := max(a, i-5); k < i; k++ {
					if toks[k].tags.has(tI) && (k == a || toks[k-1].key == "before" || toks[k-1].key == "should" || toks[k-1].key == "can") {
						return true
					}
				}
			}
		}
	}
	return false
}

// justAfterIt reports whether toks[k:b] says a thing began "just after"
// or "straight after" what the writer told, named no further ("started
// just after") or named as the treatment ("…just after the injection").
func justAfterIt(toks []token, k, b int) bool {
	if k+1 >= b || toks[k+1].key != "after" || toks[k].key != "just" && toks[k].key != "straight" && toks[k].key != "immediately" {
		return false
	}
	n := k + 2
	if n < b && (toks[n].key == "the" || toks[n].key == "my" || toks[n].key == "it" || toks[n].key == "that") {
		n++
	}
	return n == k+2 && n >= b || n < b && (toks[n].tags.has(tInject) || toks[n].tags.has(tTreat)) || n >= b && toks[n-1].key != "the" && toks[n-1].key != "my"
}

// stillThere are what a sign "still" is when it has not passed: "it's
// still hard", "it's still there".
var stillThere = set("there", "hard", "harder", "going", "happening", "bad", "tight", "tighter", "heavy", "sore", "hurting", "swollen", "spreading", "painful", "squeezing", "pounding", "racing")

// changeOfIt reports whether the change at i is said of what the writer
// just described, now: "it's spreading", "mine is getting darker", "the
// area keeps spreading".
func changeOfIt(toks []token, a, i int) bool {
	for k := i - 1; k >= a && k >= i-3 && toks[k].clause == toks[i].clause; k-- {
		switch toks[k].key {
		case "its", "it", "mine", "mines", "area", "patch", "spot", "skin":
			return true
		}
	}
	return false
}

// durationWithin reports whether a unit of minutes or hours follows toks[i]
// within five words, in toks[:b] ("been about 40 mins", "happened in
// the last half hour").
func durationWithin(toks []token, i, b int) bool {
	for k := i + 1; k < b && k <= i+5; k++ {
		if durationUnits[toks[k].key] {
			return true
		}
	}
	return false
}

// authorities are who can clear a scare already told: an outcome they gave
// ("poison control said it's nothing to worry about") settles the signs
// told before it, in any sentence. A clinic's own "it's just bruising" is
// not one: an injector's reassurance is where injection emergencies are
// missed.
var authorities = map[string]bool{"poison control": true, "poison centre": true, "poison center": true, "poison help": true, "poison line": true, "poisons line": true, "poison helpline": true, "poison hotline": true, "doctor": true, "doc": true, "dr": true, "er": true, "paramedics": true, "paramedic": true, "medics": true, "medic": true, "pediatrician": true, "paediatrician": true, "gp": true, "nurse line": true, "ambulance": true, "hospital": true, "111": true, "911": true, "999": true, "112": true, "vet": true, "vets": true, "veterinarian": true, "nurse": true, "nurses": true, "pharmacist": true, "midwife": true, "urgent care": true, "optician": true, "optometrist": true}

// worseAfter reports whether anything after position i says the scare is
// not over ("…said it was nothing, but now she's sleepy").
func (x *text) worseAfter(i int) bool {
	for k := i + 1; k < len(x.toks); k++ {
		switch x.toks[k].key {
		case "now":
			// "how should I store it from now on": a plan from here on,
			// no turn of the scare.
			if k > 0 && x.toks[k-1].key == "from" {
				continue
			}
			return true
		case "but", "still", "worse", "again", "however", "started", "starting", "though":
			return true
		}
	}
	return false
}

// allClear reports whether a medical authority's outcome closes the
// message ("the nurse said she's fine, she just swallowed a bit of
// toner"): nothing after it says the scare is not over, and no sign of harm
// is told anywhere. The rules read the clearance sign by sign; the safety
// net, which reads words and not their frames, is vetoed by it.
func (x *text) allClear() bool {
	return x.cleared > 0 && !x.worseAfter(x.cleared) && !x.harmTold()
}

// namesPerson reports whether a token names a person: the writer, someone
// else, a child, or whose something is.
func namesPerson(t tagSet) bool {
	return t.has(tI) || t.has(tThird) || t.has(tPoss) || t.has(tChild)
}

// namesSomeone reports whether a token of toks[a:b] names a person.
func (x *text) namesSomeone(a, b int) bool {
	for k := a; k < b; k++ {
		if namesPerson(x.toks[k].tags) {
			return true
		}
	}
	return false
}

// caseInGeneralFirst reports whether the first person toks[a:b] names is
// a case in general ("if a client tells us she's got chest pain, do we
// ring 999?"), whom the pronouns after it stand for: a sentence of the
// staff training a message names, not a case.
func (x *text) caseInGeneralFirst(a, b int) bool {
	for k := a; k < b; k++ {
		if namesPerson(x.toks[k].tags) {
			return caseInGeneral(x.toks, k)
		}
	}
	return false
}

// hoursAfter reports whether toks[a:b] times a sign in minutes or hours
// after something ("is a dusky colour normal 4 hours after filler?"): a
// question about what is happening now, not about what is usual.
func (x *text) hoursAfter(a, b int) bool {
	toks := x.toks
	for k := a + 1; k+1 < b; k++ {
		if durationUnits[toks[k].key] {
			switch toks[k+1].key {
			case "after", "since", "ago", "later", "post":
				return true
			}
		}
	}
	return false
}

// growsByHours reports whether toks[a:b] tells a sign spreading or
// growing hour by hour ("is it normal for the area to be oozing and
// getting bigger every few hours?"): a question about what is happening,
// not about what is usual.
func growsByHours(toks []token, a, b int) bool {
	grows := false
	for k := a; k < b; k++ {
		grows = grows || toks[k].tags.has(tSpread)
	}
	if !grows {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].tags.has(tSpread) && strings.HasSuffix(toks[k].key, "hour") {
			return true // "by the hour"
		}
		if toks[k].key != "every" && toks[k].key != "each" && toks[k].key != "by" {
			continue
		}
		for j := k + 1; j < b && j <= k+3; j++ {
			if durationUnits[toks[j].key] || toks[j].key == "hour" {
				return true
			}
		}
	}
	return false
}

// tellsRelapse reports whether toks[a:b], a sentence that is not a
// resolved past, says the writer did it again or will ("I did it again
// last night", "I'll do it again tonight"): a self-harm sign told as a
// past is then not over.
func (x *text) tellsRelapse(a, b int) bool {
	toks := x.toks
	if x.resolve[toks[a].sent] == pastOver {
		return false
	}
	mine := false
	for i := a; i < b; i++ {
		mine = mine || toks[i].tags.has(tI)
		if i >= a+1 && toks[i].key == "again" && (toks[i-1].key == "doing it" || toks[i-1].key == "do this") && mine {
			return true // "I've been doing it again the last few nights"
		}
		if i >= a+2 && toks[i].key == "again" && (toks[i-1].key == "it" || toks[i-1].key == "that") {
			switch toks[i-2].key {
			case "do", "did", "doing", "done":
				if mine {
					return true
				}
			}
		}
	}
	return false
}

// nowIn reports whether toks[a:b] says now ("a client just told me…"):
// a case in front of the writer, not a training question.
func (x *text) nowIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch x.toks[k].key {
		case "now", "rn", "right now", "currently", "atm", "at the moment":
			return true
		case "just":
			if justNow(x.toks, k) {
				return true // "she just fainted", not "or just lie her down"
			}
		}
	}
	return false
}

// tonightIn reports whether toks[a:b] says this is happening now ("each
// time… and tonight it won't stop"): a habit that is not the whole story.
func (x *text) tonightIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch x.toks[k].key {
		case "tonight", "right now", "rn", "this time":
			return true
		}
	}
	return false
}

// persistsIn reports whether toks[a:b] says a sign will not pass ("it's
// not going away", "won't go away"): an episode now, which no habit told
// beside it ("my dad always did when he got this") makes a history.
func (x *text) persistsIn(a, b int) bool {
	for k := a + 2; k < b; k++ {
		if x.toks[k].key != "away" || x.toks[k-1].key != "go" && x.toks[k-1].key != "going" {
			continue
		}
		if x.toks[k-2].tags.has(tNeg) || k >= a+3 && x.toks[k-2].key == "to" && x.toks[k-3].tags.has(tNeg) {
			return true
		}
	}
	return false
}

// mustIn reports whether toks[a:b] asks whether it is normal to "have
// to" or "need to" do something ("is it normal to have to sit up to get
// air"): what someone must do, a report put as a question.
func (x *text) mustIn(a, b int) bool {
	toks := x.toks
	for k := a + 1; k+1 < b; k++ {
		if toks[k].key != "have" && toks[k].key != "need" || toks[k+1].key != "to" {
			continue
		}
		if toks[k-1].key == "normal to" || k >= a+2 && toks[k-1].key == "to" && toks[k-2].tags.has(tNormal) {
			return true
		}
	}
	return false
}

// nothingHappened reports whether the text says that nothing has
// happened ("I just worry, nothing has happened"): a question how to
// recognise a sign in someone ("how would I recognise if my teen was
// self-harming?") then asks what the signs are, of no case at hand.
func nothingHappened(toks []token) bool {
	for k := range toks {
		if toks[k].key != "nothing" && toks[k].key != "nothings" {
			continue
		}
		j := k + 1
		if j < len(toks) && (toks[j].key == "has" || toks[j].key == "have") {
			j++
		}
		if j < len(toks) && toks[j].key == "happened" {
			return true
		}
	}
	return false
}

// supposedOnset reports whether the recent word at k is an onset
// ("started", "starting") in a sentence, toks[sa:sb], that opens as a
// scenario ("hypothetically, if my throat started feeling tight…"): the
// onset is part of what is supposed, not a time of a case. A time told
// in it ("right now", "an hour ago") stays one.
func supposedOnset(toks []token, sa, sb, k int) bool {
	if key := toks[k].key; key != "started" && key != "starting" && key != "starts" {
		return false
	}
	if everSupposed(toks, sa, k) {
		return true
	}
	s := sa
	for s+1 < sb && questionLeads[toks[s].key] {
		s++
	}
	return s < sb && hypotheticalOpeners[toks[s].key] && toks[s].key != "say"
}

// keptInCase reports whether the "keep" at k is a keeping against what
// may come, "in case" after it in its clause (to cb): "what kit should we
// keep in case of a bad allergic reaction" stores something, it tells no
// sign going on.
func keptInCase(toks []token, k, cb int) bool {
	if w := toks[k].key; w != "keep" && w != "keeps" {
		return false
	}
	for j := k + 1; j < cb && j <= k+4; j++ {
		if w := toks[j].key; w == "in case" || w == "just in case" {
			return true
		}
	}
	return false
}

// nothingSince reports whether the "since" at k is told after nothing,
// none or no more ("my throat swelled once when I was 12 and nothing
// since"): what followed was nothing, so no sign since.
func nothingSince(toks []token, ca, k int) bool {
	if toks[k].key != "since" || k-1 < ca {
		return false
	}
	switch toks[k-1].key {
	case "nothing", "none", "never", "no more", "nothing else":
		return true
	}
	return false
}

// everSupposed reports whether the onset at k follows "if … ever" in its
// clause ("if my throat ever started closing, what should I do?"): an
// onset supposed for some day, not one that has happened.
func everSupposed(toks []token, sa, k int) bool {
	ever := false
	for j := k - 1; j >= sa && j >= k-5 && toks[j].clause == toks[k].clause; j-- {
		switch {
		case toks[j].key == "ever":
			ever = true
		case ever && toks[j].tags.has(tIf):
			return true
		}
	}
	return false
}

// genericPeople after "if" make a conditional about no one in particular.
var genericPeople = map[string]bool{"someone": true, "somebody": true, "anyone": true, "anybody": true, "people": true, "you": true}

// questionLeads may come before the question they lead: "just curious,
// can a serum make you…".
var questionLeads = map[string]bool{"just wondering": true, "just curious": true, "out of curiosity": true, "random question": true, "quick question": true, "genuine question": true, "silly question": true, "dumb question": true, "stupid question": true,
	// "sorry to bother anyone, quick one — is it…": an apology for
	// troubling people leads the writer's own question, it asks nothing
	// of people in general.
	"quick one": true, "sorry to bother": true, "sorry to bother anyone": true, "sorry to bother anybody": true, "sorry to bother everyone": true, "sorry to bother you": true, "sorry to bother you all": true, "sorry to be a pain": true, "sorry to be a bother": true,
	// "be honest, does…", "ok but does…", "real talk, can…", "tbh does…"
	"be": true, "honest": true, "honestly": true, "ok": true, "okay": true, "so": true, "but": true, "hey": true, "tbh": true, "seriously": true, "genuinely": true, "real": true, "talk": true, "lol": true, "um": true, "umm": true}

// scenarioEnds turn from a scenario a sentence opened with to what is so.
var scenarioEnds = map[string]bool{"but": true, "yet": true, "however": true, "though": true, "although": true}

// hypotheticalOpeners open a sentence that is a scenario.
var hypotheticalOpeners = map[string]bool{"say": true, "imagine": true, "picture": true, "hypothetically": true, "theoretically": true, "in theory": true, "in principle": true}

// genericCase opens the case a training question asks about: "if a
// client…", "a patient with…", "when someone…".
var genericCase = map[string]bool{"if": true, "when": true, "whenever": true, "a": true, "an": true, "someone": true, "somebody": true, "anyone": true, "any": true, "clients": true, "patients": true, "people": true}

// onsetContrast after "was fine" date the time before a sign began ("my
// throat is closing, I was fine an hour ago"): an onset, not an outcome.
var onsetContrast = map[string]bool{"ago": true, "before": true, "earlier": true, "until": true, "till": true, "this": true, "yesterday": true, "last": true, "at": true, "first": true, "then": true, "when": true, "during": true, "this morning": true, "last night": true, "at first": true}

// ifReport reports whether the "if" at k opens a report of the present
// rather than a supposition: "my" or "the" something "is" or "are" so
// ("is it okay to just sleep if my cheek is swollen hot and i've got the
// shakes"), as against "if my lips swell" or "if my throat ever felt
// tight".
func ifReport(toks []token, k, b int) bool {
	if toks[k].key != "if" || k+1 >= b || toks[k+1].key != "my" && toks[k+1].key != "the" {
		return false
	}
	for q := k + 2; q < b && q <= k+5 && toks[q].clause == toks[k].clause; q++ {
		switch toks[q].key {
		case "ever", "were", "was", "would", "could", "should", "gets", "got", "get", "starts", "goes":
			return false
		case "is", "are", "am":
			return q+1 < b && !ifSupposed[toks[q+1].key]
		case "has", "have":
			// "if the tip has gone white": what has happened, told.
			w, _, _ := strings.Cut(toks[min(q+1, b-1)].key, " ")
			return q+1 < b && ifHappened[w]
		}
	}
	return false
}

// ifHappened after "if my … has" tell what has happened: "if the tip has
// gone white", "if my lip has turned grey".
var ifHappened = set("gone", "turned", "become", "started", "gotten", "swollen", "swelled", "changed", "spread", "doubled", "blistered", "darkened", "blanched")

// becauseReport reports whether the "because" at k gives a reason told
// as the present ("…because their tongue is swelling"), not one supposed
// ("because my face would swell", "because the skin is ever so
// sensitive").
func becauseReport(toks []token, k, b int) bool {
	switch toks[k].key {
	case "because", "cause", "cos", "coz", "bc", "cuz":
	default:
		return false
	}
	if k+1 >= b || !reasonOwners[toks[k+1].key] {
		return false
	}
	for q := k + 2; q < b && q <= k+5 && toks[q].clause == toks[k].clause; q++ {
		switch toks[q].key {
		case "ever", "were", "was", "would", "could", "should", "might", "gets", "got", "get", "starts", "goes":
			return false
		case "is", "are", "am":
			w, _, _ := strings.Cut(toks[q+1].key, " ") // "swelling up"
			return q+1 < b && strings.HasSuffix(w, "ing") && !ifSupposed[toks[q+1].key]
		}
	}
	return false
}

// reasonOwners open a reason told of someone's body: "because their…".
var reasonOwners = set("my", "the", "their", "his", "her", "your", "our")

// ifSupposed after "if my … is" keep it a supposition: "if my face is
// going to swell", "if my skin is ever…", "if the reaction is normal"
// ("if the area is going blue" tells what is happening).
var ifSupposed = map[string]bool{"going to": true, "gonna": true, "ever": true, "normal": true, "ok": true, "okay": true, "fine": true, "safe": true, "sensitive": true, "prone": true, "likely": true, "still": true}

// justNow reports whether "just" at k says something has just happened:
// before a past form ("just got", "just swelled") or "now", not before a
// choice ("or just take an antihistamine").
func justNow(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1].key
	return strings.HasSuffix(n, "ed") || justPast[n]
}

// justPast are the past forms (and "now") that make "just" recent.
var justPast = map[string]bool{"now": true, "got": true, "had": true, "did": true, "went": true, "came": true, "took": true, "woke": true, "felt": true, "saw": true, "ate": true, "drank": true, "swallowed": true, "started": true, "happened": true, "noticed": true, "found": true, "put": true, "been": true, "began": true, "broke": true, "fell": true, "became": true, "turned": true, "lost": true, "made": true, "left": true, "told": true, "said": true, "called": true, "texted": true}

// forBefore reports whether "for" comes within the three tokens before k
// (from a on): "for a few minutes", "for 10 mins".
func forBefore(toks []token, k, a int) bool {
	for q := k - 1; q >= a && q >= k-3; q-- {
		if toks[q].key == "for" {
			return true
		}
	}
	return false
}

// onsetAfter reports whether the outcome at i is followed, within a few
// words, by the time before something began.
func onsetAfter(toks []token, i, b int) bool {
	for k := i + 1; k < b && k <= i+4; k++ {
		if onsetContrast[toks[k].key] {
			return true
		}
	}
	return false
}

// askedBack reports whether the outcome at i ends its sentence with a
// tag that asks for it rather than tells it ("he seems ok, nothing to
// worry about right?", "she's fine, yeah?"): a hope put to us, not an
// all-clear.
func askedBack(toks []token, i, b int) bool {
	return i+2 == b && askingTags[toks[i+1].key]
}

// hedgedOutcome reports whether the outcome at i is the writer's hope, not
// what a check found: "probably nothing to worry about?", "hopefully it's
// nothing to worry about".
func hedgedOutcome(toks []token, a, i int) bool {
	k := i - 1
	if k >= a && (toks[k].key == "its" || toks[k].key == "it") {
		k--
	}
	return k >= a && toks[k].clause == toks[i].clause && outcomeHedges[toks[k].key]
}

// outcomeHedges make an outcome the writer's guess or hope.
var outcomeHedges = set("probably", "prob", "hopefully", "surely", "maybe", "likely", "possibly", "presumably")

// askingTags end a sentence that asks to be agreed with.
var askingTags = set("right", "yeah", "yes", "surely", "correct", "innit", "no")

// wasFine tell that someone was fine after a scare ("she was grand
// after", "was absolutely fine"): an outcome (outcomeWords) and a sign
// resolved (tResolved) both.
var wasFine = []string{"was fine after", "was ok after", "was okay after", "was alright after", "was all right after", "was grand after", "was grand", "was absolutely fine", "was totally fine", "was perfectly fine", "was completely fine"}

// outcomeWords end a scare told before them in their sentence: someone was
// checked and was fine. Of a swallowed product, "she's fine" (outcomeNow)
// says nothing yet: harm can come hours later.
var outcomeWords = set(slices.Concat(settledNow, faintExplained, fineNow, []string{"recovered", "checked her over", "checked him over", "checked us over", "sent us home", "sent her home", "sent him home", "said no risk", "said there was no risk", "said its safe", "said it was safe", "as usual", "shes back to normal", "hes back to normal", "she was fine", "he was fine", "they were fine", "was fine", "turned out fine", "said it was harmless", "said it was fine", "said its harmless", "said its fine", "said no problem", "said it was no problem", "said its no problem", "said no worries", "said not to worry", "said it was ok", "said its ok", "said it was nothing", "amount was harmless", "amount is harmless", "amount was safe", "amount is safe", "amount was fine", "dose was harmless", "not enough to hurt", "not enough to harm", "said its nothing", "nothing to worry about", "doing great", "doing well", "doing fine", "cleared him", "cleared her", "cleared me", "cleared them", "was discharged", "were discharged", "got discharged", "discharged fine", "discharged home", "it settled", "and it settled", "it settled down", "settled on its own"}, wasFine, benignFound)...)

// benignFound are outcomes that name a harmless cause a check found: "the
// ER checked him and said it was heartburn", "the doctor checked and it
// was anxiety", "turned out to be reflux".
var benignFound = slices.Concat(foundAs([]string{"said it was", "said its", "said it was just", "said its just", "checked and it was", "checked and it was just", "checked and its", "checked and its just", "turned out it was", "turned out it was just", "turned out to be", "turned out to be just"}, benignCauses...), benignSaidBare)

// faintExplained are a turn explained by what the person had not done
// ("went pale and nearly fainted, turned out she hadn't eaten"): a harmless
// cause found, as benignFound are, and a turn resolved (one token each, a
// tResolved phrase of triagePhrases).
var faintExplained = foundAs([]string{"turned out she", "turned out he", "turned out i", "turns out she", "turns out he", "turns out i"},
	"hadnt eaten", "skipped breakfast", "skipped lunch")

// benignCauses are the harmless causes a check finds.
var benignCauses = []string{"heartburn", "indigestion", "reflux", "acid reflux", "anxiety", "a panic attack", "muscular", "a pulled muscle", "trapped wind", "gas"}

// benignSaidBare are the causes of benignFound said with no "it was"
// ("ECG normal, they said heartburn"), one token each (a tKeep phrase of
// triagePhrases).
var benignSaidBare = foundAs([]string{"said", "said just"}, benignCauses...)

// strainFound are a strain told as what the person did, an outcome as
// saidOfThem are, when an authority said it: "the GP said she'd pulled a
// muscle doing bench press" (not "she said she pulled a muscle", the
// person herself; a tKeep phrase of triagePhrases each).
var strainFound = foundAs([]string{"said shed", "said hed", "said theyd", "said id", "said she had", "said he had", "said i had", "said she", "said he", "said shed just", "said hed just", "said she just", "said he just"},
	"pulled a muscle", "strained a muscle", "pulled something", "strained something")

// foundAs returns every frame followed by every cause: the ways a found
// cause is told.
func foundAs(frames []string, causes ...string) []string {
	var out []string
	for _, c := range causes {
		for _, f := range frames {
			out = append(out, f+" "+c)
		}
	}
	return out
}

// supposedIntake reports whether the intake at p is a participle after
// "if" or "when" with no one doing it ("toxic if swallowed", "harmful if
// accidentally ingested"): a label's supposition, not an intake told.
func supposedIntake(toks []token, p int) bool {
	k := p - 1
	if k >= 0 && (toks[k].key == "accidentally" || toks[k].key == "ever") {
		k--
	}
	return k >= 0 && (toks[k].key == "if" || toks[k].key == "when" || toks[k].key == "once")
}

// saidOfThem are outcomes, as outcomeWords are, only when someone who can
// tell said them ("the vet said he's fine"): "she says she's fine but she
// sounds awful" is the person herself, playing it down.
var saidOfThem = set(slices.Concat(sortedOutPhrases, []string{"said hes fine", "said shes fine", "said theyre fine", "said hes ok", "said shes ok", "said theyre ok", "said hes okay", "said shes okay", "said theyre okay", "said he is fine", "said she is fine", "said they are fine", "said he is ok", "said she is ok", "said they are ok", "said he is okay", "said she is okay", "said they are okay"}, passesThrough, strainFound)...)

// homeAfterCheck say the person is home, with no "now" (backToLife): an
// outcome only after an authority's check told done before it in the
// sentence ("the hospital checked him and he's home"), not by itself ("he's
// home and his chest is crushing") nor after a call ("I rang the doctor,
// he's home on his own"). One token each (a tKeep phrase of
// triagePhrases).
var homeAfterCheck = []string{"hes home", "shes home", "theyre home", "he is home", "she is home", "they are home"}

var homeChecked = set(homeAfterCheck...)

// passesThrough are what a vet or a doctor says of a thing swallowed that
// will come out the other end harmlessly: "vet said he'll pass it".
var passesThrough = []string{"said he'll pass it", "said she'll pass it", "said he will pass it", "said she will pass it", "said it'll pass", "said itll pass", "said it will pass", "said it should pass", "said he should pass it", "said she should pass it", "said it would pass"}

// sortedOut are outcomes, as saidOfThem are, when an authority did them
// and "already" (or "has") says it is over: "the eye doctor already sorted
// it". They settle their own sentence only: "…the doctor sorted it last
// time" may tell of an earlier scare.
var sortedOut = set(sortedOutPhrases...)

// sortedOutPhrases are the acts of sortedOut, one token each (a tKeep
// phrase of triagePhrases).
var sortedOutPhrases = []string{"sorted it", "sorted it out", "sorted her out", "sorted him out", "sorted them out", "treated it", "fixed it"}

// settledNow say the person is well now ("now she is good"): an outcome
// (outcomeWords) that settles a swallowed product too (outcomeNow), one
// token each (a tKeep phrase of triagePhrases).
var settledNow = slices.Concat(backToLife, []string{"now she is good", "now he is good", "now shes good", "now hes good", "now she is fine", "now he is fine", "now shes fine", "now hes fine", "now she is ok", "now he is ok", "now shes ok", "now hes ok", "now she is okay", "now he is okay", "now shes okay", "now hes okay", "now she is better", "now he is better", "now shes better", "now hes better"})

// backToLife say someone is back at what they do every day after a scare
// ("she's home now eating toast", "he's back at work today", "he's back on
// duty"): well now, as settledNow are. Like "she's fine", they settle a
// swallowed product only when an authority was consulted (outcomeNow).
var backToLife = func() []string {
	var out []string
	for _, who := range []string{"shes", "hes", "theyre", "she is", "he is", "they are"} {
		for _, where := range []string{"home now", "back home", "back at work", "back to work", "back on duty", "back at school", "back to school", "back on shift"} {
			out = append(out, who+" "+where)
		}
	}
	// "she's fine and home now": well, then back (read after the person,
	// who the phrase does not repeat).
	for _, well := range []string{"fine and", "ok and", "okay and"} {
		for _, where := range []string{"home now", "back home", "back at work"} {
			out = append(out, well+" "+where)
		}
	}
	return out
}()

// doneAlready before an act say it is over.
var doneAlready = set("already", "has", "have", "had", "just")

// authorityBefore reports whether an authority (a doctor, poison control,
// a vet) is named in toks[a:i].
func authorityBefore(toks []token, a, i int) bool {
	for k := a; k < i; k++ {
		if authorities[toks[k].key] {
			return true
		}
	}
	return false
}

// authorityConsulted reports whether toks[a:i] tells an authority the
// writer has already rung or seen ("auntie rang 111 and he's fine", "we
// called the GP and she's fine now"): what is fine after it was looked
// at, not a call still going on ("I'm calling 111 now and she's fine").
// The authority may tell its own check done ("the GP had already checked
// him and he's fine"), not one to come ("the GP will check him").
func authorityConsulted(toks []token, a, i int) bool {
	return ledBy(toks, a, i, authorities, contactedVerbs) || authorityChecked(toks, a, i)
}

// authorityChecked reports whether toks[a:i] tells an authority's own
// check done: "the GP checked him", "the nurse had examined her".
func authorityChecked(toks []token, a, i int) bool {
	for k := a; k < i; k++ {
		if !authorities[toks[k].key] {
			continue
		}
		for j := k + 1; j < i && j <= k+3; j++ {
			if checkedByThem[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// checkedByThem tell a check an authority has done: "the GP checked him",
// "the nurse had examined her".
var checkedByThem = set("checked", "examined", "assessed", "saw", "seen", "looked")

// ledBy reports whether a word of words in toks[a:b] has a word of lead
// among the three tokens before it (none before a).
func ledBy(toks []token, a, b int, words, lead map[string]bool) bool {
	for k := a; k < b; k++ {
		if !words[toks[k].key] {
			continue
		}
		for j := k - 1; j >= a && j >= k-3; j-- {
			if lead[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// contactedVerbs tell an authority rung, seen or spoken to, done.
var contactedVerbs = set("rang", "rung", "called", "phoned", "contacted", "spoke", "spoken", "talked", "saw", "seen", "took", "taken", "checked")

// stateOutcome reports whether an outcome word tells a state ("she was
// fine"), which a time after it can make the time before an onset ("I was
// fine an hour ago"); an act ("ER cleared him last night") stays an
// outcome whenever it is dated.
func stateOutcome(key string) bool {
	return strings.Contains(key, "fine") || strings.Contains(key, "normal") || key == "as usual"
}

// fineNow tell that someone else is fine now, after what happened to them
// ("and she's fine", "but he's grand"): outcomes (outcomeWords) that
// stand for now (outcomeNow).
var fineNow = []string{"shes fine after", "hes fine after", "theyre fine after", "but shes fine", "but hes fine", "but theyre fine", "and shes fine", "and hes fine", "and theyre fine", "and shes good", "and hes good", "and theyre good", "and shes grand", "and hes grand", "and theyre grand", "but shes grand", "but hes grand", "but theyre grand", "but shes good", "but hes good", "but theyre good"}

var outcomeNow = set(slices.Concat(settledNow, fineNow)...)

// earlierOutcome reports whether the clause of the outcome at i opens
// with a past before now ("…, last month they said it was anxiety",
// "years ago the GP said it was reflux"): an earlier scare's outcome,
// which does not end the sign told now. A date after a sign in the clause
// ("had a stroke years ago and is doing well") dates the sign too.
func earlierOutcome(toks []token, i int) bool {
	k := i - 1
	for k > 0 && toks[k-1].clause == toks[i].clause {
		k--
	}
	if k >= 0 && k < i && (toks[k].key == "and" || toks[k].key == "but") {
		k++
	}
	if k < 0 || k >= i {
		return false
	}
	key := toks[k].key
	return recentPast[key] || toks[k].tags.has(tResolved) && (strings.HasSuffix(key, " ago") || strings.HasPrefix(key, "last "))
}

// changedSince reports whether a sentence with a resolved past, its last
// word at last, goes on (in toks[:b]) to say it is back now ("used to… and
// now it's there lying down"), not that it is fine now.
func changedSince(toks []token, last, b int) bool {
	for i := last + 1; i < b; i++ {
		if lingers(toks, i, b) {
			return true // "…but I'm fine now, just a bit of pressure in my chest": a sign left over
		}
		if k := toks[i].key; k != "now" && k != "rn" && k != "today" || ageNow(toks, i) {
			continue // "…as a toddler, now she's 12": an age, no change
		}
		if p := toks[i-1]; p.clause == toks[i].clause && p.key != "and" && p.key != "but" && p.key != "yet" {
			continue // "8 years now", "totally normal now"
		}
		for j := i + 1; j < b && j <= i+3; j++ {
			switch toks[j].key {
			case "fine", "ok", "okay", "better", "good", "gone", "healed", "clear", "normal", "well":
				return false
			}
			if nowMinded[toks[j].key] && mindedOnTreatment(toks, j, b) {
				return false // "…it's gone, now I'm nervous about exosomes": wary of what comes next, no sign back
			}
			if precautionVerbs[toks[j].key] && toks[j-1].tags.has(tI) {
				return false // "…years ago, now I carry an EpiPen": a lesson kept since, no sign back
			}
		}
		return true
	}
	return false
}

// precautionVerbs tell what the writer does since a past scare, to keep
// it from coming back: "now I carry an EpiPen", "now I avoid nuts", "now I
// read labels", "now I patch test".
var precautionVerbs = set("carry", "avoid", "read", "patch", "steer")

// lingers reports whether a clause opens at i with what is left over
// ("just", "except", "only", "still") and names, within five words, a
// part or a sense that is a sign in itself: the chest, the breath, the
// sight, a numbness.
func lingers(toks []token, i, b int) bool {
	if i == 0 || toks[i-1].clause == toks[i].clause || !leftOver[toks[i].key] {
		return false
	}
	for k := i + 1; k < b && k <= i+5 && toks[k].clause == toks[i].clause; k++ {
		if t := toks[k].tags; t.has(tChest) || t.has(tCPain) || t.has(tSOB) || t.has(tBreathe) || t.has(tNumb) || t.has(tVision) {
			return true
		}
	}
	return false
}

// leftOver open a clause that tells what is still there after a "fine".
var leftOver = set("just", "except", "only", "still", "apart from", "other than", "except for")

// mindedOnTreatment reports whether the mind at j is on a treatment or a
// product named within the next four words ("nervous about exosomes",
// "wondering if filler is safe"), not on a sign ("scared it's there").
func mindedOnTreatment(toks []token, j, b int) bool {
	for k := j + 1; k < b && k <= j+4; k++ {
		if t := toks[k].tags; t.has(tTreat) || t.has(tProduct) || t.has(tInject) {
			return true
		}
	}
	return false
}

// unwantedOutcome reports whether toks[i] opens what the writer does not
// want to end up with: "don't want to get…", "dont wanna have…", "would
// hate to end up with…" (a want of no harm; "don't want to be here" is
// read by the self-harm rules, which no conditional frame undoes).
func unwantedOutcome(toks []token, a, i, b int) bool {
	if i+2 >= b || i == a {
		return false
	}
	switch k := toks[i].key; {
	case k == "want" && toks[i+1].key == "to" && (toks[i-1].key == "dont" || toks[i-1].key == "not" || toks[i-1].key == "never"):
		return outcomeVerbs[toks[i+2].key]
	case k == "wanna" && (toks[i-1].key == "dont" || toks[i-1].key == "not"):
		return outcomeVerbs[toks[i+1].key]
	}
	return false
}

// outcomeVerbs end up with what follows them.
var outcomeVerbs = set("get", "have", "end", "risk", "cause", "give", "wake")

// nowMinded are the writer's mind now, after a past put right: wary of or
// weighing or wanting the next treatment ("now want to try exosome
// microneedling"), not the sign come back.
var nowMinded = set("nervous", "worried", "scared", "anxious", "wary", "hesitant", "wondering", "considering", "thinking", "curious", "tempted", "want", "wanting", "planning", "hoping", "keen")

// swellingDown reports whether toks[i] begins "went down" said of a
// swelling or a redness told before it in its sentence (toks[a:b]): "had a
// swollen lip after a peel once, went down in an hour" is over. Down
// something ("a red line went down my neck", "went down the wrong way")
// is not, nor someone who went down ("then she went down").
func swellingDown(toks []token, a, i, b int) bool {
	switch toks[i].key {
	case "went", "gone", "came":
	default:
		return false
	}
	if i+1 >= b || toks[i+1].key != "down" || i+2 < b && downObjects[toks[i+2].key] || i > a && (toks[i-1].tags.has(tI) || toks[i-1].tags.has(tThird)) {
		return false // "she went down" collapsed
	}
	for k := a; k < i; k++ {
		if t := toks[k].tags; t.has(tSwell) || t.has(tRed) || t.has(tHives) {
			return true
		}
	}
	return false
}

// cameBack reports whether the sentence goes on after the outcome at o
// (to b) to say the sign came back: "…was fine in 10 min but now it's back
// and worse" (not "…he was fine, now he's 8").
func cameBack(toks []token, o, b int) bool {
	turn := false
	for k := o + 1; k < b; k++ {
		switch toks[k].key {
		case "but", "now", "then", "rn":
			turn = true
		case "back", "worse", "again", "returned", "worsening":
			if turn {
				return true
			}
		}
	}
	return false
}

// messageLeft reports whether the scenario word at i is a message someone
// left ("a client left a voicemail saying…"), or one relayed from a person
// ("relaying from a pt voicemail: her son swallowed…", "a voicemail from a
// client"): a case, not a script.
func messageLeft(toks []token, a, i int) bool {
	if toks[i].key != "voicemail" {
		return false
	}
	for k := i - 1; k >= a && k >= i-2; k-- {
		switch toks[k].key {
		case "left", "leaves", "leaving", "got", "received", "sent", "just", "from", "relaying", "relayed":
			return true
		}
		if toks[k].tags.has(tStaff) || toks[k].tags.has(tThird) && !toks[k].tags.has(tFill) {
			return true
		}
	}
	if i+1 < len(toks) && toks[i+1].key == "from" {
		return true
	}
	return false
}

// studentTold reports whether the training word at i is a student who
// told the writer something: "one of my students messaged saying…", "the
// student says…", or one student singled out of a class ("I found cuts on
// one of the students' arms", "one of my yoga students had…"), who is
// someone, not a class taught.
func studentTold(toks []token, i int) bool {
	if k := toks[i].key; k != "students" && k != "student" {
		return false
	}
	// "one of my students", "one of my yoga students": one word may name
	// the class between the owner and the students.
	for d := 0; d <= 1; d++ {
		if j := i - 1 - d; j >= 2 && toks[j-2].key == "one" && toks[j-1].key == "of" && (toks[j].key == "the" || toks[j].tags.has(tPoss)) {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		switch toks[k].key {
		case "messaged", "texted", "emailed", "called", "rang", "phoned", "dmed", "dmd", "told", "wrote", "messages", "texts", "emails", "says", "said", "confided", "admitted", "disclosed":
			return true
		}
	}
	return false
}

// examSat reports whether the exam at i, in the sentence from a, is one
// the writer sits, told as a time: "nerves before the exam", "since my
// exams": when a sign came, no exam question about a case.
func examSat(toks []token, a, i int) bool {
	if k := toks[i].key; k != "exam" && k != "exams" {
		return false
	}
	k := i - 1
	for k >= a && k >= i-3 && examDeterminers[toks[k].key] {
		k--
	}
	if k < a || k == i-1 {
		return false
	}
	switch toks[k].key {
	case "before", "after", "during", "since", "till", "until", "ahead":
		return true
	}
	return false
}

// examDeterminers stand between a time word and the exam it dates: "before
// my big exam", "after tomorrows exams".
var examDeterminers = set("the", "my", "an", "this", "that", "these", "those", "our", "her", "his", "their", "tomorrows", "todays", "big", "final", "finals", "next", "driving", "uni", "school")

// sportTraining reports whether the "training" at i, in the sentence
// from a, is a sport's practice ("stung at football training", "after
// netball training"), or where a hurt told just before it was got ("cut
// my foot on a broken fin at training"): where the person was, no staff
// training.
func sportTraining(toks []token, a, i int) bool {
	if toks[i].key != "training" || i == a {
		return false
	}
	if sports[toks[i-1].key] {
		return true
	}
	if !trainingPlace[toks[i-1].key] {
		return false
	}
	for k := i - 2; k >= a && k >= i-10; k-- {
		if hurtGot[toks[k].key] || toks[k].tags.has(tHarmV) && toks[k+1].tags.has(tPoss) {
			return true
		}
	}
	return false
}

// periodTaught reports whether the "teaching" at i is followed by a
// period of the school day ("teaching 3rd period", "teaching period 2"):
// the writer at work in a class, where what happens to them happens, no
// staff training — unless a lesson to come or its topic follows.
func periodTaught(toks []token, i int) bool {
	if k := toks[i].key; k != "teaching" && k != "teach" || i+1 >= len(toks) {
		return false
	}
	j := i + 1
	if ordinalPeriods[toks[j].key] {
		j++
	}
	if j >= len(toks) || toks[j].key != "period" || toks[j].sent != toks[i].sent {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3 && toks[k].sent == toks[i].sent; k++ {
		if periodTopic[toks[k].key] {
			return false // "teaching 4th period next week on what to do if…": a lesson to come, on a topic
		}
	}
	return true
}

// periodTopic after a period taught tell a lesson to come or its topic,
// not the hour the writer is in.
var periodTopic = set("on", "about", "tomorrow", "next", "next week", "later", "soon")

// ordinalPeriods name a period of the school day before "period".
var ordinalPeriods = set("1st", "2nd", "3rd", "4th", "5th", "6th", "first", "second", "third", "fourth", "fifth", "sixth", "last", "next", "this")

// useDenied reports whether the "not for" at i opens a clause of its own
// ("…from different shops. Not for a headache.") and denies a use, not a
// person ("not for me", "not for my son") nor a kind of skin or sale.
func useDenied(toks []token, i int) bool {
	if i > 0 && toks[i-1].clause == toks[i].clause {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4 && toks[k].clause == toks[i].clause; k++ {
		if t := toks[k].tags; t.has(tI) && !t.has(tPoss) || t.has(tThird) || t.has(tChild) || t.has(tGSubj) || notForUse[toks[k].key] {
			return false
		}
	}
	for k := i + 2; k < len(toks) && toks[k].sent == toks[i].sent; k++ {
		if toks[k].key == "for" {
			return false // "not for smoking, for the candles": the use told
		}
	}
	return true
}

// notForUse follow "not for" of what is no use of a means: a person, a
// kind of skin, a sale.
var notForUse = set("you", "us", "everyone", "everybody", "anyone", "kids", "children", "sale", "resale", "sensitive", "oily", "dry", "skin", "faint", "beginners", "long", "now", "long-term", "daily", "nothing", "anything")

// trainingPlace put a practice where something happened: "at training".
var trainingPlace = set("at", "during", "after", "in")

// hurtGot tell a hurt got somewhere (a cut, told by tHarmV and whose part,
// is one too).
var hurtGot = set("scraped", "grazed", "stung", "bitten", "sprained", "twisted", "banged", "bashed", "knocked", "fell", "tripped", "injured", "hurt", "gashed", "stubbed")

// sports name what "training" may be a practice of.
var sports = set("football", "soccer", "rugby", "netball", "hockey", "cricket", "basketball", "volleyball", "baseball", "softball", "tennis", "athletics", "swim", "swimming", "gym", "boxing", "dance", "gymnastics", "rowing", "martial", "karate", "judo", "lacrosse", "track", "cheer", "cheerleading", "footy", "gaa", "hurling", "camogie", "weight", "weights", "strength", "marathon", "triathlon", "cycling")

// caseHereNow reports whether a sentence other than sent puts someone in
// front of the writer now: "what should staff do if a client says she
// wants to die? she is here now", "…? she's sitting in my chair right
// now". A denial ("no one right now", "she's not here") is not one.
func (x *text) caseHereNow(sent int32) bool {
	toks := x.toks
	for a := 0; a < len(toks); {
		b := a
		for b < len(toks) && toks[b].sent == toks[a].sent {
			b++
		}
		if toks[a].sent != sent {
			someone, here, denied := false, false, false
			for k := a; k < b; k++ {
				switch t := &toks[k]; {
				case t.tags.has(tNeg):
					denied = true
				case t.tags.has(tThird) && !t.tags.has(tStaff) && !staffWords[t.key] && !staffRoles[t.key]:
					// "Front desk here.": the writer, introduced by a
					// role, is no case in front of the writer.
					someone = true
				case presentHere[t.key]:
					here = true
				}
			}
			if someone && here && !denied {
				return true
			}
		}
		a = b
	}
	return false
}

// presentHere put a case in front of the writer: "here", "right now", "in
// my chair".
var presentHere = set("here", "now", "rn", "right now", "currently", "chair", "room")

// exertionSore reports whether the clause toks[ca:cb] tells muscles sore
// from exertion ("my legs hurt like hell after the gym", "my back is in
// agony since leg day"): ordinary soreness told with a figure, not severe
// pain after an injection or a procedure, nor a chest or a head (a
// headache after exertion may be a bleed).
func exertionSore(toks []token, ca, cb int) bool {
	exertion, muscle := false, false
	for k := ca; k < cb; k++ {
		t := &toks[k]
		if t.tags.has(tInject) || t.tags.has(tTreat) || t.tags.has(tChest) || t.tags.has(tHeadache) || notSoreParts[t.key] {
			return false
		}
		exertion = exertion || exertions[t.key]
		muscle = muscle || soreParts[t.key]
	}
	return exertion && muscle
}

// exertions are what makes muscles sore: a workout, a sport, a move.
var exertions = set("gym", "workout", "workouts", "exercise", "exercising", "training", "run", "running", "ran", "marathon", "hike", "hiking", "climbing", "squats", "squat", "lifting", "deadlifts", "spin", "cycling", "yoga", "pilates", "crossfit", "bootcamp", "dancing", "football", "rugby", "tennis", "netball", "hockey", "match", "leg", "arm", "moving", "doms", "pt", "trainer", "session", "class", "swim", "swimming", "zumba", "hiit", "boxing", "weights", "lunges", "plank", "planks", "gardening", "digging", "bench", "pushups", "burpees")

// soreParts are the muscles exertion makes sore.
var soreParts = set("legs", "leg", "arms", "arm", "thighs", "thigh", "calves", "calf", "glutes", "butt", "bum", "back", "lower back", "shoulders", "shoulder", "abs", "muscles", "muscle", "quads", "hamstrings", "hamstring", "feet", "hips", "hip", "knees", "body", "whole body", "everything", "biceps", "triceps", "traps", "core", "lats", "forearms")

// notSoreParts make a pain other than soreness: a head, a neck, a face,
// an eye, a stomach.
var notSoreParts = set("head", "neck", "face", "eye", "eyes", "stomach", "tummy", "belly", "jaw", "throat", "lips", "lip", "cheek", "cheeks", "nose", "forehead")

// exertionBreath reports a full breath that could not be taken after
// exercise, and is over: "couldn't take a full breath after my run this
// morning". Only a full (or deep) breath, only in the past ("couldn't"),
// and nothing said to last ("still", "now", "since"): "I can't breathe
// after the gym" and "can't get a full breath in since my workout" stay
// emergencies.
func exertionBreath(toks []token, sa, sb, lo, hi int) bool {
	past, full := false, false
	for k := lo; k <= hi; k++ {
		switch toks[k].key {
		case "couldnt", "cudnt", "could not", "couldn't":
			past = true
		case "full", "deep":
			full = true
		}
	}
	if !past || !full {
		return false
	}
	exertion := false
	for k := hi + 1; k < sb; k++ {
		switch toks[k].key {
		case "after", "during", "while", "on":
			for j := k + 1; j < sb && j <= k+3; j++ {
				exertion = exertion || exertionWords[toks[j].key]
			}
		}
	}
	if !exertion {
		return false
	}
	for k := sa; k < sb; k++ {
		if lastingWords[toks[k].key] {
			return false
		}
	}
	return true
}

// chestAcheAfterExertion reports whether the chest sign at pos is an
// ache told after exercise ("aching across my chest after the gym", "my
// chest is a bit sore since my workout") in a message that asks about a
// treatment or a product: sore muscles, the writer's question being the
// skincare. Only an ache (not a pressure, a tightness, a crushing), only
// after the exercise (not during it), nothing said to last or to be
// severe, and no other sign of the heart anywhere in the message: a chest
// ache after the gym with breathlessness, sweating, an arm or the jaw, a
// dizziness or a racing heart stays an emergency.
func (x *text) chestAcheAfterExertion(pos []int, sa, sb int) bool {
	toks := x.toks
	if !x.all.has(tTreat) && !x.all.has(tProduct) {
		return false
	}
	for _, t := range []tag{tSOB, tSOBWeak, tBreathe, tSweat, tArmJaw, tRadiate, tDizzy, tFaint, tPalp, tNumb, tSevere, tFast, tWheeze} {
		if x.all.has(t) {
			return false
		}
	}
	ache := false
	for _, p := range pos {
		if t := toks[p].tags; t.has(tCPain) || t.has(tClose) {
			if !chestAches[toks[p].key] {
				return false
			}
			ache = true
		}
	}
	if !ache {
		return false
	}
	after := false
	for k := sa; k < sb; k++ {
		if lastingWords[toks[k].key] && toks[k].key != "since" && toks[k].clause == toks[pos[0]].clause {
			return false // "…and it's still aching", not "can I still get a peel?"
		}
		if k+1 < sb && afterExertion[toks[k].key] {
			for j := k + 1; j < sb && j <= k+3; j++ {
				after = after || exertionWords[toks[j].key] || exertions[toks[j].key]
			}
		}
	}
	return after
}

// chestAches are a chest's aches that sore muscles give.
var chestAches = set("ache", "aches", "aching", "achy", "achey", "sore", "stiff")

// afterExertion open the exercise a soreness came after.
var afterExertion = set("after", "since", "from")

// meantNoLife reports whether, after the sign ending at hi, the text says
// what was meant by it and that is an end of a thing that is no life
// ("…she was gonna 'end it', I called her and she meant end her skincare
// routine lol, she's fine"; notLifeObjects), with no self-harm word after
// it: a scare someone else cleared up, not a wish.
func (x *text) meantNoLife(hi int) bool {
	toks := x.toks
	for m := hi + 1; m < len(toks); m++ {
		if toks[m].key != "meant" {
			continue
		}
		for i := m + 1; i < len(toks) && i <= m+3; i++ {
			if !endWords[toks[i].key] {
				continue
			}
			j := endedNoLife(toks, i, 2) // "her skincare routine"
			if j < 0 {
				return false
			}
			for k := j + 1; k < len(toks); k++ {
				if t := toks[k].tags; t.has(tSuicide) || t.has(tSelf) || t.has(tDie) || t.has(tPills) || t.has(tMeans) || t.has(tPlanSH) || t.has(tKillV) || ideationWords[toks[k].key] || relapseWords[toks[k].key] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// exertionBreathOver reports whether every breath x tells is a full breath
// that could not be taken after exercise and is over (exertionBreath: "i
// couldn't take a full breath after my run this morning, is exosome serum
// ok"), with nothing else of an airway told (no swelling lips, throat or
// tongue, no wheeze, no voice, no hives, no faint, chest or palpitations),
// no treatment in the breath's clause, nothing at rest and nothing lasting
// anywhere ("…and i still can't", "…now"): the safety net, which reads
// "couldn't take a full breath" and not its cause, does not then make an
// airway alarm of it, nor a general medical one.
func (x *text) exertionBreathOver() bool {
	toks := x.toks
	seen := false
	for i := range toks {
		t := toks[i].tags
		if t.has(tSOB) || t.has(tSOBWeak) || t.has(tWheeze) || t.has(tThroat) || t.has(tSwallow) || t.has(tSwell) || t.has(tLips) || t.has(tTongue) || t.has(tVoice) || t.has(tVoiceBad) || t.has(tHives) || t.has(tAnaph) || t.has(tEpi) || t.has(tAllergy) || t.has(tFaint) || t.has(tDizzy) || t.has(tChest) || t.has(tEmerg) || t.has(tPalp) || t.has(tSweat) || t.has(tUnwell) || t.has(tConfused) || t.has(tNumb) || t.has(tBleed) || t.has(tSevere) || t.has(tWake) {
			return false
		}
		if lastingWords[toks[i].key] || restWords[toks[i].key] {
			return false
		}
		if !t.has(tBreathe) {
			continue
		}
		sa, sb, ca, cb := spans(toks, i, i)
		if !exertionBreath(toks, sa, sb, ca, i) {
			return false
		}
		for k := ca; k < cb; k++ {
			if kt := toks[k].tags; kt.has(tTreat) || kt.has(tInject) || kt.has(tProduct) {
				return false // "couldn't take a deep breath after the facial and my run"
			}
		}
		seen = true
	}
	return seen
}

// restWords tell a breath short at rest, not from exercise.
var restWords = set("rest", "resting", "sitting", "lying", "asleep", "sleeping", "bed", "couch", "sofa", "nothing")

// exertionWords are exercise a breath is short after.
var exertionWords = set("run", "running", "jog", "jogging", "workout", "gym", "exercise", "exercising", "sprint", "sprints", "hike", "hiking", "stairs", "spin", "cardio", "hiit", "swim", "swimming", "training", "class", "bike", "cycling", "climb", "race")

// lastingWords say a sign goes on: "still", "now", "since".
var lastingWords = set("still", "now", "rn", "right now", "since", "keep", "keeps", "anymore", "worse", "getting")

// improvingPace reports whether the pace at k ("every hour", "by the
// hour") times an improvement told just before it: "a little puffy but
// it's improving every hour" is getting better, not spreading, and a
// redness that "went down super quick" or "faded so fast" is a recovery
// (one word of degree may come between). Down something ("going down my
// arm fast") ends in the part, not in the improvement.
func improvingPace(toks []token, a, k int) bool {
	if !toks[k].tags.has(tSpread) && !toks[k].tags.has(tFast) {
		return false
	}
	if k-1 >= a && paceDegree[toks[k-1].key] {
		k--
	}
	if k-1 >= a && soothedObject(toks, a, k-1) {
		return true // "it calmed down the redness quick"
	}
	if k-1 < a || !improvingWords[toks[k-1].key] {
		return false
	}
	for j := k - 2; j >= a && j >= k-4; j-- {
		if toks[j].tags.has(tNeg) {
			return false // "it isn't getting better by the hour"
		}
	}
	return true
}

// improvingWords tell a sign is getting better.
var improvingWords = set("improving", "improves", "improved", "better", "fading", "fades", "faded", "shrinking", "shrinks", "shrank", "settling", "settled", "subsiding", "subsided", "easing", "eases", "eased", "calming", "receding", "receded", "lessening", "smaller", "lighter", "less", "down", "healing", "healed")

// soothedObject reports whether the sign at j (a redness or a swelling)
// is the object of a verb that brings it down: "it calm down di redness
// quick", "soothed the redness fast", "took down my swelling quickly" — a
// redness going away at that pace, not spreading (a sign "down my neck"
// names no such verb). A denial before the verb keeps the pace a sign's.
func soothedObject(toks []token, a, j int) bool {
	if !toks[j].tags.has(tRed) && !toks[j].tags.has(tSwell) {
		return false
	}
	k := j - 1
	for n := 0; n < 2 && k >= a && objectDets[toks[k].key]; n++ {
		k--
	}
	if k < a || toks[k].clause != toks[j].clause {
		return false
	}
	switch {
	case soothingVerbs[toks[k].key]:
	case toks[k].key == "down" && k-1 >= a && bringDownVerbs[toks[k-1].key]:
		k--
	default:
		return false
	}
	for i := k - 1; i >= a && i >= k-3; i-- {
		if toks[i].tags.has(tNeg) {
			return false // "it didn't calm the redness, it's spreading fast"
		}
	}
	return true
}

// objectDets may come between a verb and the sign it brings down.
var objectDets = set("the", "my", "her", "his", "their", "its", "that", "this", "all", "some", "any", "dat")

// soothingVerbs bring a sign down by themselves: "soothed the redness".
var soothingVerbs = set("calm", "calms", "calmed", "calming", "soothe", "soothes", "soothed", "soothing", "reduce", "reduces", "reduced", "reducing", "settle", "settles", "settled", "ease", "eases", "eased", "cleared", "clears", "lessened", "lessens", "fade", "fades", "faded", "tame", "tamed", "tames")

// bringDownVerbs bring a sign down with "down": "calm down the redness",
// "took down the swelling".
var bringDownVerbs = set("calm", "calms", "calmed", "calming", "take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing", "tone", "toned", "tones", "settle", "settled", "settles", "cool", "cooled", "cools", "turn", "turned", "turns", "tamp", "tamped")

// paceDegree may come between an improvement and its pace: "went down
// super quick", "faded pretty quickly".
var paceDegree = set("super", "so", "really", "very", "pretty", "quite", "real", "crazy", "insanely", "surprisingly", "amazingly")

// figCause reports whether the sign at lo is "given" by a fuss about
// exosomes ("all this hype is giving me chest pains 😂", "the prices gave
// me a heart attack lol"): a figure of speech when laughed off. A product
// or a treatment that gives it ("this serum is giving me chest pains lol")
// is not one.
func figCause(toks []token, a, lo int) bool {
	cause := false
	for k := a; k < lo; k++ {
		if figCauses[toks[k].key] {
			cause = true
		}
		if cause && givingMe[toks[k].key] && k+1 < lo && toks[k+1].key == "me" && lo-k <= 4 {
			return true
		}
	}
	return false
}

// poisonedByFuss reports whether the poisoning ending at hi is told as done
// "by" a fuss ("poisoned... by TikTok skincare ads", "poisoned by all the
// marketing"): ads, hype and threads poison no body. An ellipsis does not
// end the sentence the cause goes on, and only filler may come between
// "by" and the fuss ("by the tiktok ads", "by all this hype"); "by the
// serum the tiktok ads sold me" names a product first.
func poisonedByFuss(toks []token, hi int) bool {
	k := hi + 1
	if k >= len(toks) || toks[k].key != "by" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].sent == toks[k].sent; j++ {
		switch t := &toks[j]; {
		case figCauses[t.key] || fussWords[t.key]:
			return true
		case t.tags.has(tFill) || fussWords[t.key] || t.key == "all" || t.key == "this" || t.key == "these" || t.key == "those" || t.key == "skincare" || t.key == "beauty" || t.key == "social" || t.key == "instagram" || t.key == "insta" || t.key == "youtube" || t.key == "online":
		default:
			return false
		}
	}
	return false
}

// swallowedFigure reports an intake at pos whose object is a figure:
// what was swallowed is a claim, a story, the hype or one's pride
// (tFigObj; not a pill, a tablet or a capsule, which are doses), the
// product named only to say whose ("swallowed the exosome marketing"), or
// "it" swallowed "hook, line and sinker" — believed, not eaten. A product
// itself swallowed ("he swallowed the serum hook line and sinker") stays
// an intake.
func swallowedFigure(toks []token, pos []int) bool {
	for _, p := range pos {
		if !toks[p].tags.has(tIngest) {
			continue
		}
		named := false // a product named: what follows must be its figure
		for j := p + 1; j < len(toks) && j <= p+5 && toks[j].clause == toks[p].clause; j++ {
			t := &toks[j]
			if t.tags.has(tFigObj) && !t.tags.has(tPills) && !doseFigures[t.key] {
				return true
			}
			if !named && (t.key == "it" || t.key == "them" || t.key == "that" || t.key == "everything") && j+4 < len(toks) && toks[j+1].key == "hook" && toks[j+2].key == "line" && toks[j+4].key == "sinker" {
				return true
			}
			if named && !t.tags.has(tProduct) || !t.tags.has(tFill) && !t.tags.has(tProduct) && !ownersOfFigures[t.key] {
				break
			}
			named = named || t.tags.has(tProduct)
		}
	}
	return false
}

// doseFigures are the figures of tFigObj that are also doses ("a hard
// pill to swallow", but "swallowed two capsules").
var doseFigures = set("tablet", "tablets", "capsule", "capsules")

// ownersOfFigures say whose or how much of a figure was swallowed:
// "their whole sales pitch", "every claim".
var ownersOfFigures = set("whole", "entire", "every", "their", "sales", "brand", "brands", "brand's", "company", "this", "that", "these", "those", "all", "of")

// fussWords are more of the talk about a product that poisons nobody.
var fussWords = set("media", "algorithm", "feed", "adverts", "advertising", "advert", "influencer", "reels", "posts", "videos", "gurus", "propaganda", "lies", "trends")

// explainedAway reports a symptom the person explains away as nerves in
// the sentence sa..sb ("weird crushing pressure in my chest, prob just
// stress about the bill lol"): a guess at a harmless cause, hedged, is how
// real emergencies are downplayed, so the money or the laugh beside it
// makes no figure of speech. A fuss said to give the symptom without a
// hedge ("this bill is giving me chest pains lol") still does.
func explainedAway(toks []token, sa, sb int) bool {
	return ledBy(toks, sa, sb, nerves, explainHedges)
}

// puffyFromCrying reports whether the sign at pos is a swelling of the
// eyes (within two words of them) told after crying earlier in its
// sentence, from sa to lo: "after a good cry my eyes are puffy". A
// swelling elsewhere, or crying told after, is not explained. A sentence
// that begins just after a laugh ("…cry session looks like a crime scene
// lmao puffy eyes everywhere") goes on the story the laugh closed, as the
// comma a writer types there tells: the crying told before the laugh
// explains it too.
func puffyFromCrying(toks []token, pos []int, sa, lo int) bool {
	eyes := false
	for _, p := range pos {
		if !toks[p].tags.has(tSwell) {
			continue
		}
		for k := max(sa, p-2); k < len(toks) && k <= p+2 && toks[k].sent == toks[p].sent; k++ {
			eyes = eyes || toks[k].tags.has(tEye)
		}
	}
	if !eyes {
		return false
	}
	if sa > 0 && laughWords[toks[sa-1].key] {
		for sa--; sa > 0 && toks[sa-1].sent == toks[sa].sent; sa-- {
		}
	}
	for k := sa; k < lo; k++ {
		if cryWords[toks[k].key] {
			return true
		}
	}
	return false
}

// substanceEverywhere reports whether a spread word of the sign at pos is
// "everywhere" told of a substance just before it ("lash glue everywhere",
// "glitter everywhere", "serum everywhere"): where the stuff is, not a
// redness growing.
func substanceEverywhere(toks []token, pos []int) bool {
	for _, p := range pos {
		if toks[p].key != "everywhere" || p == 0 || toks[p-1].clause != toks[p].clause {
			continue
		}
		if k := toks[p-1].key; handsCoveredIn[k] || toks[p-1].tags.has(tProduct) {
			return true
		}
	}
	return false
}

// laughWords are the laughs after which runOnBreaks begins a sentence.
var laughWords = set("lol", "lmao", "haha")

// cryWords tell crying.
var cryWords = set("cry", "cried", "crying", "cries", "sob", "sobs", "sobbing", "sobbed", "bawling", "bawled", "tears", "weeping", "wept")

// dullComplexion reports whether a colour at pos is joined by "and" to a
// tired or dull look ("grey and tired", "sallow and grey"), told of the
// skin, the face or the writer: the look of a complexion, not a blanching —
// unless pain or a spreading is told in its clause (ca to cb), as beside a
// blanching after an injection, or the colour is a patch's ("the area
// looks dusky and tired"). So is a colour the complexion only has, not
// one it went, told long-standing in its sentence (sa to sb) — "years of
// night shifts and my skin looks grey" — when no time now dates it and no
// treatment is told had: a treatment offered or weighed is no cause.
func dullComplexion(toks []token, pos []int, sa, sb, ca, cb int) bool {
	whole := false
	for k := ca; k < cb; k++ {
		if toks[k].tags.has(tPain) || toks[k].tags.has(tSpread) || patchWords[toks[k].key] {
			return false
		}
		whole = whole || complexionOf[toks[k].key]
	}
	if !whole {
		return false
	}
	if longStandingLook(toks, pos, sa, sb, ca, cb) && !treatmentHad(toks) {
		return true
	}
	for _, p := range pos {
		if !toks[p].tags.has(tColour) {
			continue
		}
		if p+2 < cb && toks[p+1].key == "and" && dullLooks[toks[p+2].key] || p-2 >= ca && toks[p-1].key == "and" && dullLooks[toks[p-2].key] {
			return true
		}
	}
	return false
}

// longStandingLook reports whether the colour at pos is told as a look
// the complexion has (no change verb in its clause, ca to cb: "looks
// grey", not "went grey") and its sentence, sa to sb, tells it of long
// standing ("for years", "always", "night shifts", "half my life") with no
// time now ("since", "today", "now").
func longStandingLook(toks []token, pos []int, sa, sb, ca, cb int) bool {
	if !slices.ContainsFunc(pos, func(p int) bool { return toks[p].tags.has(tColour) }) {
		return false
	}
	for k := ca; k < cb; k++ {
		if becameWords[toks[k].key] {
			return false
		}
	}
	long := false
	for k := sa; k < sb; k++ {
		if toks[k].tags.has(tRecent) || recentPast[toks[k].key] {
			return false
		}
		long = long || longStanding[toks[k].key] || toks[k].tags.has(tHabit)
	}
	return long
}

// becameWords tell a colour gone, not had.
var becameWords = set("went", "gone", "going", "turned", "turning", "turn", "turns", "became", "becoming", "getting", "got", "goes", "changed", "changing")

// longStanding tell a look of long standing: a life's habits, years.
var longStanding = set("years", "yrs", "forever", "always", "nights", "shifts", "life", "lifestyle", "naturally", "tired", "sleep", "insomnia", "ages")

// treatmentHad reports whether a treatment or an injection is told had in
// the text: after or since it, had or got or done, dated by a time now
// ("the filler yesterday"), or told in its past participle ("injected",
// "lasered"). One offered, weighed or asked about is not.
func treatmentHad(toks []token) bool {
	for k := range toks {
		if t := toks[k].tags; !t.has(tTreat) && !t.has(tInject) {
			continue
		}
		if key := toks[k].key; strings.HasSuffix(key, "ed") && key != "needed" {
			return true
		}
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].clause == toks[k].clause; j-- {
			if treatDoneBefore[toks[j].key] {
				return true
			}
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].clause == toks[k].clause; j++ {
			if toks[j].tags.has(tRecent) || recentPast[toks[j].key] || treatDoneAfter[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// treatDoneBefore, just before a treatment, tell it had; treatDoneAfter,
// just after it, tell it done.
var (
	treatDoneBefore = set("had", "got", "after", "since", "post", "from", "did", "my", "last")
	treatDoneAfter  = set("done", "ago", "earlier")
)

// complexionOf name whose look a dull colour is: the skin's, the face's,
// the writer's ("I look grey and tired").
var complexionOf = set("skin", "complexion", "face", "i", "im", "i'm")

// patchWords name a part of the skin, whose colour is a sign.
var patchWords = set("area", "spot", "patch", "patches", "site", "lip", "lips", "nose", "tip", "bump", "lump")

// dullLooks are how a tired complexion looks, beside a grey or a pale.
var dullLooks = set("tired", "dull", "sallow", "lifeless", "drab", "lacklustre", "lackluster", "flat", "exhausted", "knackered", "haggard", "worn", "blah", "meh", "uneven", "congested")

// cameraExplained reports whether the sentence after the sign ending at
// hi, up to sb, puts what was seen down to a camera ("…, turns out it was
// the fisheye lens", "…, it was just the filter"): a look on a screen, no
// body's. A sign told after the explanation is not explained.
func cameraExplained(toks []token, hi, sb int) bool {
	for k := hi + 1; k < sb; k++ {
		if !cameraCauses[toks[k].key] {
			continue
		}
		for j := k - 1; j > hi && j >= k-5; j-- {
			if toks[j].key == "out" && (toks[j-1].key == "turns" || toks[j-1].key == "turned") || toks[j].key == "just" && toks[j-1].key == "was" {
				return true
			}
		}
	}
	return false
}

// cameraCauses are what makes a face look other on a screen or in a photo.
var cameraCauses = set("lens", "fisheye", "camera", "webcam", "filter", "lighting", "angle", "zoom")

// nerves are the harmless causes a symptom is explained away as: nerves,
// or a body's passing want ("prob low blood sugar lol", "probably just
// dehydrated").
var nerves = set("stress", "stressed", "anxiety", "anxious", "nerves", "panic", "heartburn", "indigestion", "sugar", "dehydrated", "dehydration")

// explainHedges open a guess at a cause: "prob just stress", "probably
// anxiety", "must be nerves".
var explainHedges = set("just", "probably", "maybe", "prolly", "likely", "must", "bet", "guess")

// laughedInto reports whether the sign ending at hi is told as coming from
// laughter or a fuss: "chest pain from laughing at this thread lol", or
// as a laugh right after it in its clause ("nearly hurt myself laughing
// at the claims"), which is a figure with or without a "lol".
func laughedInto(toks []token, hi, sb int) bool {
	if k := hi + 1; k < sb && laughingWords[toks[k].key] && toks[k].clause == toks[hi].clause {
		return true
	}
	for k := hi + 1; k+1 < sb && k <= hi+2; k++ {
		if (toks[k].key == "from" || toks[k].key == "after") && (laughingWords[toks[k+1].key] || figCauses[toks[k+1].key]) {
			return true
		}
	}
	return false
}

// nervousLaugh reports whether a laugh after the sign ending at hi is
// followed, in the sentence up to sb, by another sign of one's own body
// ("cant catch my breath lol and my lips feel huge"): a laugh between two
// real signs is nerves, not a joke that takes the first one back. A laugh
// that ends the sentence, or with no sign after it, is left to the joke
// frame ("this price has me short of breath lol").
func nervousLaugh(toks []token, hi, sb int) bool {
	k := hi + 1
	for k < sb && !toks[k].tags.has(tLaugh) {
		k++
	}
	if k < sb && (toks[k].key == "jk" || toks[k].key == "kidding" || toks[k].key == "joking") {
		return false // "cant breathe jk": taken back
	}
	for j := k + 1; j < sb; j++ {
		t := toks[j].tags
		if !(t.has(tLips) || t.has(tThroat) || t.has(tTongue) || t.has(tSwell) || t.has(tHives) || t.has(tWheeze) || t.has(tChest) || t.has(tNumb) || t.has(tVoiceBad)) {
			continue
		}
		for i := j - 1; i > k && i >= j-3; i-- {
			if toks[i].tags.has(tPoss) || toks[i].tags.has(tI) {
				return true
			}
		}
	}
	return false
}

// pricedBefore reports whether the sign starting at lo follows, in its
// sentence (from sa), a look at a price: "took one look at the price list
// and my vision went blurry lmao", "saw the bill and my chest went tight
// 😅" (read as a figure only beside a laugh: without one, a sign may
// just come on while reading a price). A
// treatment or a product named in the sentence dates the sign instead
// ("saw the price of the filler, had it, and now my vision is blurry").
func pricedBefore(toks []token, sa, lo int) bool {
	for k := sa; k < lo; k++ {
		if toks[k].tags.has(tInject) || toks[k].tags.has(tTreat) || toks[k].tags.has(tProduct) {
			return false
		}
	}
	for k := sa; k < lo; k++ {
		if !priceLooks[toks[k].key] {
			continue
		}
		for j := k + 1; j < lo && j <= k+6; j++ {
			if figCauses[toks[j].key] || priceNouns[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// priceLooks are the looks a price is taken in with: "took one look at
// the price", "saw the bill".
var priceLooks = set("look", "looked", "looking", "saw", "seen", "seeing", "see", "glanced", "glance", "read", "reading", "checked", "opened")

// pricedInto reports whether the sign ending at hi is told as coming from
// a price or a fuss, in the words right after it: "my throat is closing...
// from the shock of the price", "chest pains from the bill". An ellipsis
// does not end the sentence the cause goes on: a next sentence that opens
// with "from" or "after" is read on. Only a reaction ("the shock of", "the
// sight of") and filler may come between "from" and the price: "from the
// serum I paid $200 for" names a product, no price.
func pricedInto(toks []token, hi, sb int) bool {
	k := hi + 1
	if k == sb && k < len(toks) && (toks[k].key == "from" || toks[k].key == "after" || causeWords[toks[k].key]) {
		sb = k + 1
		for sb < len(toks) && toks[sb].sent == toks[k].sent {
			sb++
		}
	}
	if k < sb && causeWords[toks[k].key] {
		// "my chest went tight... because I just saw what the medspa
		// charges": a look at a price given as the cause.
		for j := k + 1; j < sb && j <= k+4; j++ {
			if priceLooks[toks[j].key] {
				return pricedBefore(toks, j, min(sb, j+7))
			}
		}
		return false
	}
	if k >= sb || k > hi+2 || toks[k].key != "from" && toks[k].key != "after" && toks[k].key != "over" {
		if k+1 < sb && k+1 <= hi+2 && (toks[k+1].key == "from" || toks[k+1].key == "after" || toks[k+1].key == "over") {
			k++
		} else {
			return false
		}
	}
	for j := k + 1; j < sb && j <= k+5; j++ {
		switch t := &toks[j]; {
		case figCauses[t.key] || priceNouns[t.key]:
			return true
		case t.tags.has(tFill) || t.key == "of" || reactionWords[t.key]:
		default:
			return false
		}
	}
	return false
}

// causeWords give a cause: "because I saw the bill".
var causeWords = set("because", "cause", "cos", "coz", "cuz", "bc")

// priceNouns name a price (not paying or spending, which may only date a
// sign: "after spending an hour at the clinic").
var priceNouns = set("$", "cost", "costs", "charges", "pricing", "quote", "invoice", "receipt", "bills")

// reactionWords tell the reaction a price gave: "from the shock of the
// price", "after seeing the bill".
var reactionWords = set("shock", "sight", "thought", "seeing", "looking", "reading", "hearing", "horror", "stress", "sticker")

// thingKillsMe reports whether a self-harm sign "gonna kill me", its first
// word at lo and its last at hi, has a thing for its subject, in its clause
// (from ca): "this price is gonna kill me", "the bill will kill me". A
// price, a product or a breakout that will kill me is a figure of speech; a
// person's own "I'm gonna kill me" is not, nor "gonna kill me" with no
// subject.
func thingKillsMe(toks []token, ca, lo, hi int) bool {
	// "this price wan kill me o": the Nigerian "wan" (read as "want")
	// foretells as "gonna" does, but only of a thing named: "the voices
	// want to kill me" is no figure.
	wish := toks[lo].key == "want" || toks[lo].key == "wants"
	if toks[hi].key != "me" || !foretold[toks[lo].key] && toks[lo].key != "will" && !wish {
		return false
	}
	for k := lo - 1; k >= ca && k >= lo-4; k-- {
		switch t := &toks[k]; {
		case t.tags.has(tI) || t.tags.has(tThird) || t.tags.has(tChild):
			return false
		case wish && !t.tags.has(tFill):
			return t.tags.has(tMoney) || t.tags.has(tProduct) || t.tags.has(tTreat) || t.tags.has(tLesion) || t.tags.has(tHype) || figCauses[t.key] || killingThings[t.key]
		case t.key == "this" || t.key == "that" || t.key == "it" || t.key == "its" || t.key == "thats":
			return true // "this is gonna kill me"
		case t.tags.has(tFill) || t.tags.has(tMild) || strings.HasSuffix(t.key, "ly"):
			// "is", "literally", "honestly"
		default:
			return true // "this price is", "the serum's"
		}
	}
	return false
}

// killingThings are what "wan kill me" is said of in a figure, besides a
// price, a product or a fuss: "this heat wan kill me".
var killingThings = set("heat", "sun", "weather", "traffic", "hunger", "work", "job", "exam", "exams", "stress", "wahala", "fees", "rent", "cold")

// laughingWords name a laugh as what caused an ache.
var laughingWords = set("laughing", "laughter", "laughin", "cackling", "giggling")

// figCauses are fusses that give no one a symptom.
var figCauses = set("hype", "drama", "discourse", "debate", "debates", "thread", "threads", "comments", "news", "marketing", "ads", "claims", "influencers", "tiktok", "prices", "price", "bill", "nonsense", "jargon", "science", "research", "studies", "reviews", "misinformation", "pitch", "spiel")

// givingMe are the verbs of a cause given: "giving me", "gave me", "made me"
// ("the price made me stop breathing lol").
var givingMe = set("giving", "gives", "gave", "give", "given", "made", "makes", "making")

// deathAtSight reports a death wished at the sight of a skin feature
// ("ugh i want to die every time i see my pores in this lighting"): a
// figure of speech about looks. The sight of oneself, a face, the mirror
// or scars is not one.
func deathAtSight(toks []token, sb, hi int) bool {
	if !toks[hi].tags.has(tDie) || hi+1 >= sb {
		return false
	}
	switch toks[hi+1].key {
	case "every time", "everytime", "whenever", "each time":
	default:
		return false
	}
	seen := false
	for k := hi + 2; k < sb && k <= hi+7; k++ {
		if sightVerbs[toks[k].key] {
			seen = true
		}
		if seen && skinFeatures[toks[k].key] {
			return true
		}
	}
	return false
}

// sightVerbs see: "every time i see", "whenever i look at".
var sightVerbs = set("see", "look", "looking", "notice", "spot", "catch")

// skinFeatures are what a wish to die at the sight of is a figure about.
var skinFeatures = set("pores", "pore", "blackheads", "whiteheads", "wrinkles", "zits", "pimples", "texture", "eyebags", "receipt", "bill")

// understatements play down what follows rather than deny it: "nothing
// dramatic, just…", "no big deal but…".
var understatements = set("nothing just", "nothing hey", "nothing dramatic", "nothing serious", "nothing major", "nothing crazy", "nothing big", "nothing urgent", "nothing much", "no biggie", "no drama", "not dramatic", "not urgent", "not serious", "no big", "no stress", "no panic", "no fuss")

// hedgedRecovery reports whether the resolved past at i is a recovery
// told with a hedge ("feel ok now-ish", "doing better-ish", "mostly fine
// now", "kind of ok now") or an exception ("fine now except my chest"): not over.
func hedgedRecovery(toks []token, a, i, b int) bool {
	if !strings.Contains(toks[i].key, " now") && !strings.HasPrefix(toks[i].key, "fine") && !strings.HasPrefix(toks[i].key, "ok") && !strings.HasPrefix(toks[i].key, "better") && !strings.HasSuffix(toks[i].key, " better") {
		return false // a dated past ("last year") is not hedged so
	}
	if i+1 < b && recoveryHedgesAfter[toks[i+1].key] {
		return true
	}
	if i+2 < b && toks[i+1].tags.has(tI) && recoveryDoubts[toks[i+2].key] {
		return true // "he's fine now I think": a guess, not a recovery
	}
	for k := max(a, i-3); k+1 < i; k++ {
		if toks[k].tags.has(tI) && recoveryDoubts[toks[k+1].key] {
			return true // "I think she's fine now"
		}
	}
	// "a bit better now" hedges; "coughed a bit, absolutely fine now" ends
	// one clause mild and the next well.
	return i > a && toks[i-1].clause == toks[i].clause && (recoveryHedgesBefore[toks[i-1].key] || toks[i-1].tags.has(tMild))
}

// recoveryHedgesAfter follow a recovery that is not whole: "ok now-ish",
// "fine now except…".
var recoveryHedgesAfter = set("ish", "except", "apart", "besides", "other", "mostly", "kinda", "sorta")

// recoveryDoubts make a recovery the writer's guess: "fine now I think",
// "I guess he's ok now".
var recoveryDoubts = set("think", "guess", "hope", "reckon", "suppose")

// recoveryHedgesBefore come before one: "mostly fine now", "kinda ok now".
var recoveryHedgesBefore = set("mostly", "kinda", "sorta", "almost", "nearly", "semi", "somewhat")

// sinceBecause reports whether the resolved phrase at toks[i], one that
// ends in "since" ("fine since"), gives a reason rather than a time: "since"
// followed by "it's", "they're" or "that's" means "because" ("probably fine
// since it's natural, but…"), no recovery told (not "fine since then",
// "fine since yesterday").
func sinceBecause(toks []token, i, b int) bool {
	return strings.HasSuffix(toks[i].key, " since") && i+1 < b && sinceReasons[toks[i+1].key]
}

// sinceReasons open the reason "since" gives when it means "because".
var sinceReasons = set("its", "theyre", "thats", "it is", "they are")

// fineWithin reports whether toks[i] begins a recovery timed in minutes
// or hours, told of a past in its sentence (toks[a:b]): "had blurry vision
// once, rinsed it, fine in 10 min", "it was gone within the hour". It is
// over for a swelling, not for self-harm (a recent past), and no hope
// ("it should be fine in an hour") or a time before an onset ("I was fine
// 10 minutes ago").
func fineWithin(toks []token, a, i, b int) bool {
	key := toks[i].key
	if sp := strings.LastIndexByte(key, ' '); sp >= 0 {
		key = key[sp+1:] // "was gone"
	}
	if !recoveryWords[key] || i+1 >= b {
		return false
	}
	switch toks[i+1].key {
	case "in", "within", "after":
	case "for":
		// "she's been fine for weeks", "…for a month": a recovery that
		// has lasted, told of a past.
		if i > a && toks[i-1].key == "been" {
			for k := i + 2; k < b && k <= i+4; k++ {
				if longSpans[toks[k].key] {
					return true
				}
			}
		}
		return false
	default:
		return false
	}
	timed := false
	for k := i + 2; k < b && k <= i+4; k++ {
		timed = timed || durationUnits[toks[k].key] || toks[k].key == "hour" || toks[k].key == "minute"
	}
	if !timed {
		return false
	}
	for k := i - 1; k >= a && k >= i-3; k-- {
		if hopeWords[toks[k].key] || toks[k].tags.has(tModal) || toks[k].tags.has(tIf) {
			return false // "should be fine in an hour", "if it's not gone in an hour"
		}
	}
	for k := a; k <= i; k++ {
		w, _, _ := strings.Cut(toks[k].key, " ")
		if pastTellers[w] {
			return true
		}
	}
	return false
}

// recoveryWords tell a sign is over: "fine in 10 min", "gone within the
// hour".
var recoveryWords = set("fine", "ok", "okay", "better", "gone", "cleared", "normal", "settled", "subsided", "faded", "resolved", "clear")

// hopeWords before a recovery make it a hope, not what happened: "it'll
// be fine in an hour".
var hopeWords = set("be", "itll", "it'll", "hope", "hopefully", "until", "till", "unless", "not", "isnt", "wasnt", "never")

// pastTellers tell a past: "had", "was", "once".
var pastTellers = set("had", "was", "were", "once", "got", "went", "did", "felt", "rinsed", "washed", "happened", "turned")

// cameBackIn reports whether the resolved past at i is "back in" after a
// verb of coming or going, or before "with": "came back in today" and "pt
// back in with erythema spreading" are a return, not "back in 2019".
func cameBackIn(toks []token, a, i int) bool {
	return toks[i].key == "back in" && (i > a && returnVerbs[toks[i-1].key] || i+1 < len(toks) && toks[i+1].key == "with")
}

// datesPurchase reports whether the past at i dates a purchase told just
// before it in its clause ("the serum we sold her last month", "bought it
// in march"), not the case the sentence tells: "2 yo swallowed the serum
// we sold her last month, child vomited twice" is no resolved past.
func datesPurchase(toks []token, a, i int) bool {
	for k := i - 1; k >= a && k >= i-4 && toks[k].clause == toks[i].clause; k-- {
		if purchaseVerbs[toks[k].key] {
			return true
		}
	}
	return false
}

// datesTreatment reports whether the recent past at i dates a treatment
// told just before it in its clause, and a later clause of the sentence
// (to b) tells the present: "she had microneedling next door last week,
// her face has red streaks" dates the treatment, not the signs.
func datesTreatment(toks []token, i, b int) bool {
	if !recentPast[toks[i].key] {
		return false
	}
	treat := false
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].clause == toks[i].clause; k-- {
		if toks[k].key == "after" || toks[k].key == "from" || toks[k].key == "since" {
			return false // "my lips swelled after the peel last week": the sign dated with it
		}
		if t := toks[k].tags; t.has(tTreat) || t.has(tInject) {
			treat = true
		}
	}
	if !treat {
		return false
	}
	present := false
	for k := i + 1; k < b; k++ {
		switch toks[k].key {
		case "fine", "ok", "okay", "better", "good", "gone", "healed", "clear", "normal", "well", "settled":
			return false // "…but they're mostly fine now"
		}
		if toks[k].clause != toks[i].clause && (toks[k].tags.has(tPresent) || toks[k].key == "has" || toks[k].key == "have") {
			present = true
		}
	}
	return present
}

// purchaseVerbs buy or sell: what a past may date that is no case.
var purchaseVerbs = set("sold", "bought", "buy", "ordered", "purchased", "shipped", "delivered")

// returnVerbs come back: "came back in", "went back in".
var returnVerbs = set("came", "come", "comes", "coming", "went", "go", "goes", "going", "walked", "brought", "bring", "called", "rang", "popped", "checked")

// datesPerson reports whether the past at i dates a person or a visit
// ("a client from last week called, says her cheeks are hot"): who is
// told of, not when the signs were.
func datesPerson(toks []token, a, i int) bool {
	if i-2 < a || toks[i-1].key != "from" {
		return false
	}
	p := toks[i-2]
	return p.tags.has(tThird) || p.tags.has(tStaff) || p.tags.has(tChild) || visitWords[p.key]
}

// visitWords are a visit or a treatment a past may date: "the session from
// last week".
var visitWords = set("appointment", "appt", "session", "visit", "treatment", "booking", "consult", "consultation")

// downObjects are what something goes down: "went down my neck", "down
// the wrong way", "down a rabbit hole".
var downObjects = set("my", "her", "his", "their", "your", "its", "the", "a", "to", "toward", "towards", "into", "past", "through", "me", "onto", "over", "along", "across")

// scenarioWords make a sentence one about staff training (frTraining) or
// a story being written (frFiction), not a case.
var scenarioWords = map[string]uint8{
	"training": frTraining, "toolbox talk": frTraining, "toolbox talks": frTraining, "safety talk": frTraining, "safety briefing": frTraining, "first aid course": frTraining, "first aid class": frTraining, "first aid training": frTraining, "cpd": frTraining, "trainings": frTraining, "drill": frTraining, "drills": frTraining, "roleplay": frTraining, "scenario": frTraining, "scenarios": frTraining, "handbook": frTraining, "onboarding": frTraining, "quiz": frTraining, "exam": frTraining, "sop": frTraining, "practice case": frTraining, "case study": frTraining, "teaching point": frTraining, "teach": frTraining, "teaching": frTraining, "tabletop": frTraining, "practice q": frTraining, "practice question": frTraining, "nursing course": frTraining, "my course": frTraining, "our course": frTraining, "coursework": frTraining, "students": frTraining, "lesson": frTraining, "curriculum": frTraining, "sops": frTraining, "process": frTraining, "checklist": frTraining, "checklists": frTraining, "voicemail": frTraining, "policy": frTraining, "policies": frTraining, "guidance": frTraining, "guideline": frTraining, "guidelines": frTraining, "flowchart": frTraining,
	"hires": frTraining, "binder": frTraining, "binders": frTraining, "playbook": frTraining, "playbooks": frTraining, "runbook": frTraining, "script": frTraining, "role play": frTraining, "not a real case": frTraining, "not a real patient": frTraining, "not a real client": frTraining, "macro": frTraining, "macros": frTraining, "poster": frTraining, "posters": frTraining, "leaflet": frTraining, "leaflets": frTraining, "handout": frTraining, "handouts": frTraining, "pamphlet": frTraining, "pamphlets": frTraining, "brochure": frTraining, "brochures": frTraining, "faq": frTraining, "faqs": frTraining, "flashcard": frTraining, "flashcards": frTraining, "refresher": frTraining, "refreshers": frTraining, "character": frFiction, "characters": frFiction, "novel": frFiction, "fanfic": frFiction, "fanfiction": frFiction, "screenplay": frFiction, "fiction": frFiction, "fictional": frFiction, "plot": frFiction,
}

// safetyTalks are a workplace safety talk or a first-aid course: staff
// training when given or run ("doing a toolbox talk on spotting a heart
// attack"), but the place of a case when something happened during or at
// one ("collapsed during the toolbox talk").
var safetyTalks = set("toolbox talk", "toolbox talks", "safety talk", "safety briefing", "first aid course", "first aid class", "first aid training")

// talkAttended reports whether the safety talk at i is where something
// happened: "during the toolbox talk", "collapsed at the first aid course".
func talkAttended(toks []token, a, i int) bool {
	if !safetyTalks[toks[i].key] {
		return false
	}
	k := i - 1
	for k >= a && (toks[k].key == "the" || toks[k].key == "a" || toks[k].key == "our" || toks[k].key == "my" || toks[k].key == "this" || toks[k].key == "todays" || toks[k].key == "that") {
		k--
	}
	if k < a {
		return false
	}
	switch toks[k].key {
	case "during", "through", "mid":
		return true
	case "at", "in", "after", "before", "from":
		// "collapsed at the first aid course"; but "in first aid
		// training we practised…" opens with the course it is about.
		return k > a
	}
	return false
}

// staffVerbs are what staff are asked to do in a training question: "how
// should front desk handle…", "what do you say to…".
var staffVerbs = map[string]bool{"do": true, "handle": true, "respond": true, "manage": true, "deal": true, "approach": true, "support": true, "react": true, "say": true, "escalate": true, "document": true, "triage": true, "tell": true, "advise": true, "ask": true, "recommend": true, "suggest": true}

// trainingQuestion reports whether the clause at i opens a question about
// what staff in general should do: "what should staff do if…", "how do
// you handle a client who…" (but not "what should I do", which is the
// writer's own case).
func (x *text) trainingQuestion(i, b int) bool {
	toks := x.toks
	if protocolFor(toks, i, b) || trainsStaffFor(toks, i, b) {
		return true
	}
	switch toks[i].key {
	case "what do we do if", "what should we do if", "what to do if", "what should i do if", "what do i do if":
		// "what do we do if a patient's throat…": a case in general.
		g := i + 1
		return g < b && toks[g].key != "if" && toks[g].key != "when" && toks[g].key != "whenever" && caseInGeneral(toks, g)
	}
	if k := toks[i].key; k != "what" && k != "how" {
		return false
	}
	if i+1 >= b || !toks[i+1].tags.has(tModal) && toks[i+1].key != "to" && !(toks[i+1].key == "we" && i+2 < b && staffVerbs[toks[i+2].key]) {
		return false
	}
	// "staff meeting topic: how to handle a client who…", "for the staff
	// meeting, could you outline how we handle a patient who…"
	infinitive := toks[i+1].key == "to" || toks[i+1].key == "we"
	if infinitive {
		// Only asked for staff: "how to respond to someone who says they
		// took all their pills" may be about someone right there.
		if !staffNamedBefore(toks, i) {
			return false
		}
	}
	for k := i + 2; k < b && k <= i+5; k++ {
		if k == i+2 && toks[k].tags.has(tI) && staffNamedBefore(toks, i) {
			// "new receptionist - what should I tell a client who rings
			// saying…": the writer at work, asking of a case in general.
			continue
		}
		if toks[k].tags.has(tI) || toks[k].tags.has(tThird) && !toks[k].tags.has(tStaff) && !staffWords[toks[k].key] {
			return false
		}
		if staffVerbs[toks[k].key] {
			// Only a question about a case in general: "…do if a client
			// says", "…handle a patient with", "…respond when someone".
			// "what should we do, her lips are swelling" is a case.
			if k == i+2 && !infinitive {
				return false
			}
			for g := k + 1; g < b && g <= k+3 && toks[g].clause == toks[k].clause; g++ {
				if caseInGeneral(toks, g) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// protocolFor reports whether the clause at i asks for the protocol, the
// procedure or the policy for a case in general ("what's the protocol
// when a customer says…", "what is our procedure if someone…"): a
// training question, asked with or without its question mark.
func protocolFor(toks []token, i, b int) bool {
	j := i + 1
	switch {
	case toks[i].key == "whats":
	case toks[i].key == "what" && j < b && (toks[j].key == "is" || toks[j].key == "s"):
		j++
	default:
		return false
	}
	if j < b && protocolDets[toks[j].key] {
		j++
	}
	if j+2 >= b || !protocolWords[toks[j].key] {
		return false
	}
	c := toks[j+1].key
	return (c == "when" || c == "if" || c == "for" || c == "whenever") && caseInGeneral(toks, j+2)
}

// trainsStaffFor reports whether the clause at i asks how to train or
// teach staff to spot or handle a case in general ("how do I train my
// receptionist to spot a client having…"): a training question. A case of
// the writer's own named with it ("…my client who is…") is not general.
func trainsStaffFor(toks []token, i, b int) bool {
	for k := i; k < b && k <= i+4; k++ {
		if !trainVerbs[toks[k].key] {
			continue
		}
		for s := k + 1; s < b && s <= k+3; s++ {
			if !(staffWords[toks[s].key] || staffRoles[toks[s].key] || toks[s].tags.has(tStaff) && toks[s].key != "client" && toks[s].key != "patient") {
				continue
			}
			if s+2 >= b || toks[s+1].key != "to" || !(staffVerbs[toks[s+2].key] || spotVerbs[toks[s+2].key]) {
				return false
			}
			for g := s + 3; g < b && g <= s+5 && toks[g].clause == toks[s].clause; g++ {
				if caseInGeneral(toks, g) {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}

// protocolDets, protocolWords: "the protocol", "our procedure"; trainVerbs
// prepare staff; spotVerbs, what they are trained to do of a case.
var (
	protocolDets  = set("the", "our", "your", "a", "an", "ur")
	protocolWords = set("protocol", "protocols", "procedure", "procedures", "policy", "sop", "drill", "process", "plan")
	trainVerbs    = set("train", "training", "teach", "teaching", "prepare", "preparing", "brief", "briefing", "coach", "coaching")
	spotVerbs     = set("spot", "recognise", "recognize", "notice", "identify", "detect", "tell", "look", "watch")
)

// staffNamedBefore reports whether clinic staff are named before toks[i]
// ("front desk here", "new receptionist -"), not a client or a patient.
func staffNamedBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if staffRoles[toks[k].key] || toks[k].tags.has(tStaff) && toks[k].key != "client" && toks[k].key != "patient" {
			return true
		}
	}
	return false
}

// askVerbs ask for an account of a question inside a clause: "could you
// outline how we handle…".
var askVerbs = set("outline", "explain", "describe", "summarise", "summarize", "share")

// staffRoles name clinic staff as a group.
var staffRoles = map[string]bool{"staff": true, "front desk": true, "reception": true, "receptionist": true, "receptionists": true, "nurses": true, "injectors": true, "therapists": true, "estheticians": true, "aestheticians": true, "team": true}

// staffCaseQuestion reports whether toks[a:b] asks about staff and a case
// in general: "what's the right thing for front-desk staff to say if a
// client mentions…" (not "our receptionist says a client's lips are
// swelling", which has no "if"), or how staff would know such a case
// ("how should front desk recognise a client whose throat is swelling").
func staffCaseQuestion(toks []token, a, b int) bool {
	role := false
	for i := a; i < b; i++ {
		role = role || staffRoles[toks[i].key]
	}
	if !role {
		return false
	}
	how := false
	for i := a; i+1 < b; i++ {
		how = how || toks[i].key == "how"
		if how && spotVerbs[toks[i].key] && caseInGeneral(toks, i+1) {
			return true // "how should front desk recognise a client whose throat is swelling"
		}
		if k := toks[i].key; k != "if" && k != "when" && k != "whenever" {
			continue
		}
		for g := i + 1; g < b && g <= i+3; g++ {
			if k := toks[g].key; k != "if" && k != "when" && k != "whenever" && caseInGeneral(toks, g) {
				return true
			}
		}
	}
	return false
}

// caseInGeneral reports whether the token at g opens a case in general:
// "someone", "a patient", "a client" (a phrase of the tables), not "our
// patient".
func caseInGeneral(toks []token, g int) bool {
	k := toks[g].key
	return (genericCase[k] || strings.HasPrefix(k, "a ") || strings.HasPrefix(k, "an ")) && !ownedCase(toks, g)
}

// ownedCase reports whether the case word at g belongs to someone ("our
// patient's", "my clients"): a case in front of the writer, not clients in
// general.
func ownedCase(toks []token, g int) bool {
	if g == 0 {
		return false
	}
	p := toks[g-1]
	return p.tags.has(tPoss) || staffVoice[p.key] || p.key == "the" || p.key == "this" || p.key == "that"
}

// staffWords name clinic staff as a role.
var staffWords = map[string]bool{"staff": true, "front desk": true, "reception": true, "receptionist": true, "receptionists": true, "nurse": true, "nurses": true, "injector": true, "injectors": true, "therapist": true, "therapists": true, "aesthetician": true, "esthetician": true, "clinicians": true, "team": true, "we": true, "you": true, "someone": true, "one": true}

// index lists the positions of the tokens by tag and by word.
func (x *text) index() {
	var count [numTags + 1]int32
	n := 0
	for i := range x.toks {
		for w, bitsLeft := range x.toks[i].tags {
			for bitsLeft != 0 {
				b := bits.TrailingZeros64(bitsLeft)
				bitsLeft &^= 1 << b
				count[w*64+b]++
				n++
			}
		}
	}
	for t := 1; t <= int(numTags); t++ {
		x.tagAt[t] = x.tagAt[t-1] + count[t-1]
	}
	x.tagPos = zeroed(x.tagPos, n)
	next := x.tagAt
	for i := range x.toks {
		for w, bitsLeft := range x.toks[i].tags {
			for bitsLeft != 0 {
				b := bits.TrailingZeros64(bitsLeft)
				bitsLeft &^= 1 << b
				t := w*64 + b
				x.tagPos[next[t]] = int32(i)
				next[t]++
			}
		}
	}
	// Word ids: sorted (id, position) pairs.
	x.idPos = slices.Grow(x.idPos[:0], len(x.toks))
	for i := range x.toks {
		if id := x.toks[i].id; id != 0 && i < 1<<16 {
			x.idPos = append(x.idPos, uint32(id)<<16|uint32(i))
			for _, sub := range x.toks[i].sub {
				if sub != 0 {
					x.idPos = append(x.idPos, uint32(sub)<<16|uint32(i))
				}
			}
		}
	}
	slices.Sort(x.idPos)
}

// candidates returns, in increasing order, the positions of the tokens m
// may match, appended to buf.
func (x *text) candidates(m *matcher, buf []int32) []int32 {
	buf = buf[:0]
	for _, t := range m.tags {
		buf = append(buf, x.tagPos[x.tagAt[t]:x.tagAt[t+1]]...)
	}
	for _, id := range m.ids {
		if !x.lits.has(id) {
			continue
		}
		k, _ := slices.BinarySearch(x.idPos, uint32(id)<<16)
		for ; k < len(x.idPos) && x.idPos[k]>>16 == uint32(id); k++ {
			buf = append(buf, int32(x.idPos[k]&0xffff))
		}
	}
	if len(m.tags)+len(m.ids) > 1 {
		slices.Sort(buf)
		buf = slices.Compact(buf)
	}
	return buf
}

// A sentence's past: pastRecent when only a recent past dates it ("two
// weeks ago": over for a swelling, not for self-harm, which stays urgent
// told in the past tense), pastOver when it is over ("years ago", "cleared
// up", "fine now").
const (
	pastRecent uint8 = 1
	pastOver   uint8 = 2
)

// recentPast are the resolved-past words that date a recent past only.
var recentPast = set(strings.Split(recentPastPhrases, ", ")...)

// monthOfNow reports whether the month at i ("in july") is the time of
// year a present-tense clause tells, not a past: "I'm under a duvet in
// july with my teeth chattering" (not "I had a fever in july").
func monthOfNow(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].key, "in ") || !months[toks[i].key[3:]] {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].clause == toks[i].clause; k-- {
		if toks[k].tags.has(tPresent) {
			return true
		}
	}
	return false
}

// doingToday reports whether the past at i is "when I was" doing
// something, in a sentence that dates it today ("Tonight when I was
// brushing my teeth I noticed…"): a moment of today, not a time of life
// ("when I was pregnant", "when I was growing up").
func doingToday(toks []token, a, i, b int) bool {
	if k := toks[i].key; k != "when i was" && k != "when she was" && k != "when he was" || i+1 >= b || !strings.HasSuffix(toks[i+1].key, "ing") || lifeStages[toks[i+1].key] {
		return false
	}
	for k := a; k < b; k++ {
		switch toks[k].key {
		case "tonight", "today", "this morning", "this evening", "this afternoon", "earlier today", "just now", "an hour ago":
			return true
		}
	}
	return false
}

// lifeStages after "when I was" are a time of life, not a moment.
var lifeStages = set("growing", "living", "studying", "working", "breastfeeding", "nursing", "training", "dating", "teaching", "travelling", "traveling", "expecting", "modelling", "modeling", "using", "taking", "going")

var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// relativeFine finds, in the sentence toks[a:b], a state of being fine
// said with "is" or "was" of someone named before a relative "who" that
// opens the sentence (within its first four words: "the
// patron who fainted yesterday is totally fine", "my aunt who passed out
// at the party was fine"): the scare told in the relative clause is over.
// Not the writer ("I", "me" before "who"), and not a sign that stays an
// emergency when it has passed (transientWarning: chest pain, a droop).
// It returns the fine word, or -1.
func relativeFine(toks []token, a, b int) int {
	who := -1
	for k := a; k < b; k++ {
		t := toks[k].tags
		if t.any(transientWarning) {
			return -1
		}
		if toks[k].key == "who" && k > a && k <= a+3 && !toks[k-1].tags.has(tI) && toks[k-1].key != "me" && toks[k-1].key != "one" && who < 0 {
			who = k
			continue
		}
		if who < 0 || k < who+2 || !relativeFineWords[toks[k].key] {
			continue
		}
		v := k - 1
		if fineIntensifiers[toks[v].key] {
			v-- // "is completely fine"
		}
		if v <= who || toks[v].key != "is" && toks[v].key != "was" {
			continue
		}
		if k+1 < b && (toks[k+1].key == "except" || toks[k+1].key == "with" || toks[k+1].key == "about" || toks[k+1].key == "to" || toks[k+1].key == "for" || toks[k+1].key == "if" || toks[k+1].key == "apart from" || toks[k+1].key == "until" || toks[k+1].key == "till" || toks[k+1].key == "but") {
			return -1
		}
		return k
	}
	return -1
}

// fineIntensifiers may come between "is" and "fine": relativeFine.
var fineIntensifiers = set("completely", "totally", "perfectly", "absolutely", "all", "100%")

// relativeFineWords say someone is fine: relativeFine.
var relativeFineWords = set("fine", "fine now", "totally fine", "totally fine now", "completely fine", "completely fine now", "perfectly fine", "perfectly fine now", "absolutely fine", "absolutely fine now", "all fine now", "ok now", "okay now", "doing fine", "doing well", "all good", "good now", "better now", "back to normal")

// passedNow are recoveries said of now, with no time before it: "better
// now", "fine now".
var passedNow = set("better now", "fine now", "ok now", "okay now", "good now", "gone now", "normal now", "back to normal", "totally fine now", "all fine now", "much better", "all good")

// strokeWarningIn reports whether toks[a:b] tells speech slurred or lost
// with one side of the face drooping: a stroke's warning (not beside a
// treatment, a product or a named cause such as drink or the dentist).
func strokeWarningIn(toks []token, a, b int) bool {
	speech, face := false, false
	for k := a; k < b; k++ {
		t := toks[k].tags
		if t.has(tInject) || t.has(tTreat) || t.has(tProduct) || strokeMimics[toks[k].key] {
			return false // "my lip drooped after filler": the treatment's effect
		}
		speech = speech || t.has(tSlur)
		face = face || t.has(tDroop) || t.has(tOneSide)
	}
	return speech && face
}

// strokeMimics name a cause of slurring or a droop that is no stroke.
var strokeMimics = set("drink", "drinks", "drunk", "wine", "beer", "vodka", "shots", "dentist", "anaesthetic", "anesthetic", "palsy", "migraine", "tired", "exhausted")

// priorDayOnly reports whether the sentence toks[a:b] dates what it tells
// a day before today ("yesterday", "last night") and tells nothing of
// today or now ("now", "still", "this morning", "again"), nor a warning
// that passes and still needs a doctor the same day: chest pain, a face
// drooping, speech slurred, one side numb or sight lost (transientWarning).
func priorDayOnly(toks []token, a, b int) bool {
	prior := false
	for k := a; k < b; k++ {
		if toks[k].tags.any(transientWarning) && toks[k].key != "down" { // "sat down" droops nothing
			return false
		}
		switch toks[k].key {
		case "yesterday", "last night", "the other day":
			prior = true
		case "now", "rn", "still", "today", "tonight", "this morning", "this afternoon", "this evening", "right now", "again", "worse", "getting worse", "keeps getting", "since", "currently", "atm", "at the moment":
			return false
		}
	}
	return prior
}

// transientWarning are the tags of signs that stay an emergency when they
// have passed (a heart's pain, a stroke's warning): priorDayOnly.
var transientWarning = func() (s tagSet) {
	for _, t := range []tag{tChest, tCPain, tArmJaw, tRadiate, tDroop, tSlur, tSpeech, tOneSide, tNumb, tVision, tBlind, tVChange} {
		s.add(t)
	}
	return s
}()

// outcomes makes x.outcome and x.settled, a sentence's outcome and
// settled word each, none (-1) yet.
func (x *text) outcomes() {
	if x.outcome != nil {
		return
	}
	x.outcome = make([]int, 2*(x.nsent+1))
	for k := range x.outcome {
		x.outcome[k] = -1
	}
	x.outcome, x.settled = x.outcome[:x.nsent+1], x.outcome[x.nsent+1:]
}

// readiedToo are resolutions that also tell plans made ready ("given my
// books away and written to her, all sorted now"): over for a scare, as a
// recent past is, never for self-harm.
var readiedToo = set("all sorted", "all sorted now")

// frameSentence marks the question frames of toks[a:b], one sentence.
func (x *text) frameSentence(a, b int) {
	toks := x.toks
	personal, habit := false, false
	var resolved uint8
	last := -1      // the last word of a resolved past
	recovered := -1 // a recovery timed in minutes or hours (fineWithin)
	onlyNow := true // every resolved word a recovery now ("better now"), no older past
	for i := a; i < b; i++ {
		t := toks[i].tags
		if namesPerson(t) {
			personal = true
		}
		habit = habit || t.has(tHabit) && !mouthingHabit[toks[i].key] && !(i > a && toks[i-1].key == "how") && !symptomEveryTime(toks, i, b) && !othersHabit(toks, a, i) && !usualDuration(toks, a, i, b)
		fine := fineWithin(toks, a, i, b)
		if fine {
			recovered = i
		}
		if t.has(tResolved) && !cameBackIn(toks, a, i) && !datesPurchase(toks, a, i) && !datesPerson(toks, a, i) && !datesTreatment(toks, i, b) && !hedgedRecovery(toks, a, i, b) && !hedgedOutcome(toks, a, i) && !monthOfNow(toks, i) && !doingToday(toks, a, i, b) && !afterCleanSpell(toks, a, i) && !sinceBecause(toks, i, b) && !(stateOutcome(toks[i].key) && onsetAfter(toks, i, b)) || swellingDown(toks, a, i, b) || fine || onceOccasion(toks, a, i) {
			if recentPast[toks[i].key] || readiedToo[toks[i].key] || !t.has(tResolved) {
				resolved = max(resolved, pastRecent)
			} else {
				resolved = pastOver
			}
			last = i
			onlyNow = onlyNow && passedNow[toks[i].key]
		}
	}
	if resolved == pastOver && onlyNow && strokeWarningIn(toks, a, b) {
		// "half my face went floppy and my words were slurring for a few
		// minutes, seems better now": a stroke's warning that passed is
		// still an emergency.
		resolved = 0
	}
	if resolved != 0 && recursNow(toks, last+1, b) {
		resolved, x.recurred = 0, true // "…last year an now it swelling again"
	}
	if resolved != 0 && changedSince(toks, last, b) {
		resolved = 0 // "used to be only on stairs, now it's there lying down"
	}
	x.resolve[toks[a].sent] = resolved
	for i := a; i < b; i++ {
		if (toks[i].tags.has(tResolved) || toks[i].tags.has(tKeep)) && (outcomeWords[toks[i].key] || saidOfThem[toks[i].key] && authorityBefore(toks, a, i) && (!sortedOut[toks[i].key] || i > a && doneAlready[toks[i-1].key]) || homeChecked[toks[i].key] && authorityChecked(toks, a, i)) && !(stateOutcome(toks[i].key) && onsetAfter(toks, i, b)) && !askedBack(toks, i, b) && !earlierOutcome(toks, i) && !hedgedOutcome(toks, a, i) {
			x.outcomes()
			x.outcome[toks[a].sent] = i
			if !outcomeNow[toks[i].key] || authorityConsulted(toks, a, i) {
				x.settled[toks[a].sent] = i
				for k := a; k < i && !sortedOut[toks[i].key]; k++ {
					if authorities[toks[k].key] {
						x.cleared = i
						break
					}
				}
			}
		}
	}
	if k := relativeFine(toks, a, b); k >= 0 {
		// "the patron who fainted at the library yesterday is totally
		// fine": someone else's scare told in a relative clause, and the
		// sentence's own verb saying they are fine.
		x.outcomes()
		x.outcome[toks[a].sent] = max(x.outcome[toks[a].sent], k)
	}
	if k := checkedFine(toks, a, b, !x.inject); k >= 0 {
		// "our nurse checked, it's just a bit of visible product, colour
		// and blood flow fine": a scare an authority looked at and found
		// fine, told in one sentence.
		x.outcomes()
		x.outcome[toks[a].sent] = max(x.outcome[toks[a].sent], k)
	}
	if recovered >= 0 && priorDayOnly(toks, a, b) {
		// "a client went grey and woozy during a session yesterday, sat
		// down, fine in ten minutes": a recovery timed in minutes or
		// hours, of a scare dated a day before today, is its outcome
		// ("yesterday" is no recent past then). It settles no swallowed
		// product; a scare of this morning, an hour ago, stays recent.
		x.outcomes()
		x.outcome[toks[a].sent] = max(x.outcome[toks[a].sent], recovered)
	}
	if k := saidHarmless(toks, a, b); k > x.cleared {
		// "I rang poison control and they said it's non-toxic, he's
		// fine": the product an authority called harmless clears the
		// intake told before it.
		x.cleared = k
	}
	mark := func(from int, f uint8, clauseOnly bool) {
		for k := from; k < b && (!clauseOnly || toks[k].clause == toks[from-1].clause); k++ {
			x.frame[k] |= f
		}
	}
	if staffCaseQuestion(toks, a, b) {
		for m := a; m < b; m++ {
			x.frame[m] |= frTraining
		}
	}
	fiction := false
	for i := a; i < b; i++ {
		if f := scenarioWords[toks[i].key]; (f == frTraining && !messageLeft(toks, a, i) && !studentTold(toks, i) && !sportTraining(toks, a, i) && !talkAttended(toks, a, i) && !periodTaught(toks, i) && !examSat(toks, a, i)) || f == frFiction && !fiction {
			x.teaches = x.teaches || f == frTraining
			for m := a; m < b; m++ {
				x.frame[m] |= f
			}
			if f == frTraining {
				break
			}
			fiction = true
		}
		if (i == a || toks[i-1].clause != toks[i].clause || askVerbs[toks[i-1].key]) && x.trainingQuestion(i, b) {
			// The question and the case it describes, not a case told
			// before it in the same sentence.
			for m := i; m < b; m++ {
				x.frame[m] |= frTraining
			}
			break
		}
	}
	for i := a; i < b; i++ {
		t := &toks[i]
		switch {
		case t.tags.has(tIf) && (i == a || toks[i-1].clause != t.clause || !ifExcept[toks[i-1].key]) && !ifReport(toks, i, b):
			// "wondering if my throat is closing" asks for help with a case;
			// "just wondering, if a toddler licked…" supposes one.
			mark(i+1, frIf, true)
			for k := i + 2; k < b && toks[k].clause == t.clause; k++ {
				if becauseReport(toks, k, b) {
					// "…if they can't really talk because their tongue is
					// swelling": the reason given is told as it is.
					for m := k; m < b && toks[m].clause == t.clause; m++ {
						x.frame[m] &^= frIf
					}
					break
				}
			}
			if k := ifConsequent(toks, i, b); k > 0 {
				// "if she's on blood thinners and gets injections, could
				// she bleed a lot?": the question of what would follow
				// supposes as its condition does.
				mark(k+1, frIf, true)
				x.frame[k] |= frIf
			}
			if i+2 < b && (toks[i+1].key == "a" || toks[i+1].key == "an") && toks[i+2].tags.has(tThird) {
				// "if a client's face swelled…, would we call 911?": a
				// scenario, the whole sentence.
				mark(a+1, frIf, false)
				x.frame[a] |= frIf
			}
			if i+1 < b && (genericPeople[toks[i+1].key] || toks[i+1].key == "a" && i+2 < b && toks[i+2].key == "person") {
				// "if someone took too many pills…": about no one in particular.
				mark(i+1, frGeneral, false)
			}
			if toks[i].key == "what if" && i == a {
				// "what if my skin went white…, would that mean I should
				// go to A&E?": a scenario, the whole sentence.
				mark(a+1, frIf, false)
				x.frame[a] |= frIf
			}
			for k := i + 1; k < b && k <= i+4; k++ {
				if toks[k].key == "ever" {
					// "if my throat ever felt tight, should I go to the ER?"
					mark(a+1, frIf, false)
					x.frame[a] |= frIf
				}
			}
		case addressee(toks, a, b, i):
			// "Front desk to anyone: lady in the waiting room says chest
			// pain…": a call for whoever hears, not a question about people
			// in general.
		case generalCues[t.key] && !(i+1 < b && toks[i+1].key == "know"):
			// "has anyone had…", but not "does anyone know if…", which asks for help
			mark(i+1, frGeneral, false)
		case t.tags.has(tInfo) && !ownWhy(toks, i, b):
			mark(i+1, frInfo, false)
			if k := toks[a].key; k == "is" || k == "are" || toks[a].tags.has(tModal) {
				// "is chest tightness a known side effect of…?": the whole question.
				for m := a; m < i; m++ {
					x.frame[m] |= frInfo
				}
			}
		case t.tags.has(tHearsay) && !(t.key == "apparently" && i+1 < b && (toks[i+1].tags.has(tI) || toks[i+1].clause != t.clause && i > a && toks[i-1].clause == t.clause)) && !ownMedia(toks, a, i, b):
			// "apparently I sound like I'm talking through a straw" is what
			// others tell the writer of the writer now, no story heard; an
			// "apparently" that closes its clause ("the balm has exosomes in
			// it apparently, her neck is swelling") hedges what it closes,
			// not what is told after it. A hearsay ends at a "but" that
			// turns to someone now ("apparently it's normal, but her lips
			// are swelling"): what follows is the writer's own telling.
			for k, e := i+1, hearsayUntil(toks, i, b); k < e; k++ {
				x.frame[k] |= frHearsay
			}
		case t.key == "heard" && i > a && haveHeard[toks[i-1].key] && i+1 < b && toks[i+1].clause == t.clause && peopleInGeneral[toks[i+1].key]:
			// "I've heard people can go blind": a hearsay about people in
			// general, as "I heard" opens; "I've heard my throat closing
			// is normal" tells the writer's own sign, and stays.
			for k, e := i+1, hearsayUntil(toks, i, b); k < e; k++ {
				x.frame[k] |= frHearsay
			}
		case t.tags.has(tNormal) && !(i > a && toks[i-1].key == "than") && !saidNotNormal(toks, a, i):
			// "worse than expected", "bigger than usual" compare, they do
			// not ask whether something is normal; "it isn't the normal
			// sore" says it is not. A normal told of one thing ends where
			// another is told unlike it: "redness is normal but this is
			// more like a bruise" (normalUntil).
			for k := i + 1; k < normalUntil(toks, a, i, b); k++ {
				x.frame[k] |= frNormal
			}
			if toks[a].key == "is" || toks[a].key == "are" || toks[a].tags.has(tModal) {
				// "is severe pain normal after filler?": the whole question.
				for m := a; m < i; m++ {
					x.frame[m] |= frNormal
				}
			}
		}
		if unwantedOutcome(toks, a, i, b) {
			// "don't want to get it in my eyes and have blurry vision all
			// day": an outcome the writer means to avoid, supposed, not told.
			mark(i+1, frIf, true)
		}
		if t.tags.has(tModal) && !(i > a && (toks[i-1].tags.has(tI) || toks[i-1].tags.has(tThird))) {
			// "can it cause…", "could exosomes lead to…", "does X make you…"
			// ("I can only make out…" tells, it does not ask); the thing
			// asked about may take a few words ("could a plant exosome
			// product make…").
			for k := i + 1; k < b && k <= i+5 && toks[k].clause == t.clause; k++ {
				tk := toks[k].tags
				if tk.has(tI) || tk.has(tThird) || tk.has(tPoss) {
					break
				}
				if tk.has(tCauseV) {
					if whatMadeMine(toks, a, i, k, b) {
						break
					}
					for m := i; m < b; m++ {
						x.frame[m] |= frInfo
					}
					break
				}
			}
		}
	}
	// A lead ("just curious, can…", "out of curiosity, does…") does not
	// make the question after it any less a question.
	s := a
	for s+1 < b && questionLeads[toks[s].key] {
		s++
	}
	if b-s >= 3 && hypotheticalOpeners[toks[s].key] {
		// "say a client started wheezing…": a scenario, about staff's
		// work when it names someone else.
		f := uint8(frIf)
		if toks[s+1].tags.has(tThird) || toks[s+2].tags.has(tThird) {
			f = frTraining
		}
		for m := a; m < b; m++ {
			if m > s && scenarioEnds[toks[m].key] {
				// "theoretically I should be fine, but I can't
				// breathe": what follows the turn is told.
				break
			}
			x.frame[m] |= f
		}
	}
	if b-s >= 2 && toks[s].tags.has(tModal) {
		switch k := toks[s].key; {
		case k == "might" && (takeVerbs[toks[s+1].key] || toks[s+1].tags.has(tEndV) || toks[s+1].tags.has(tHarmV) || toks[s+1].key == "just"):
			// "might take the lot and not wake up tomorrow": "I might" with
			// its subject dropped tells a plan, it asks nothing.
		case (k == "will" || k == "would" || k == "might" || k == "may") && (toks[s+1].tags.has(tI) || toks[s+1].tags.has(tPoss)):
			// "will my lips swell?": a question about what may happen.
			mark(s+1, frIf, true)
		case b-s >= 4 && toks[s+1].key == "be" && playDownBe[toks[s+2].key] && toks[b-1].clause != toks[s+2].clause:
			// "might be nothing, a white patch next to the filler": a
			// play-down with its subject dropped, then the telling; it
			// asks nothing of what follows it.
		case k != "should" && (!personal || saysInTheory(toks, s, b)) && !(b-s >= 3 && toks[s+2].key == "be"):
			// "can filler cause blindness?", "does redness spread?": a
			// question about no one in particular ("could this be…" is not).
			for m := a; m < b; m++ {
				x.frame[m] |= frInfo
			}
		}
	}
	if c := clauseAt(toks, a, b-1); c > s && b-c >= 3 && askOpeners[toks[c].key] && !x.namesSomeone(c+1, b) {
		// "we're starting scalp treatments, is fainting common?": a last
		// clause that asks of no one in particular asks about people in
		// general, as it does opening its sentence.
		for m := c; m < b; m++ {
			x.frame[m] |= frInfo
		}
	}
	if habit {
		for m := a; m < b; m++ {
			x.frame[m] |= frHabit
		}
	}
}

// onceOccasion reports whether the "once" at i counts a past occasion
// ("my throat went tight once after prawns", "I fainted once at the
// dentist"): a verb told in the past before it in its clause and the
// occasion after it, not "at once" or "all at once".
func onceOccasion(toks []token, a, i int) bool {
	if toks[i].key != "once" || i == a {
		return false
	}
	if p := toks[i-1].key; p == "at" || p == "all" || p == "more" {
		return false
	}
	if n := i + 1; n >= len(toks) || toks[n].clause != toks[i].clause || !onceWhen[toks[n].key] {
		return false
	}
	for k := i - 1; k >= a && toks[k].clause == toks[i].clause; k-- {
		w, _, _ := strings.Cut(toks[k].key, " ") // "passed out", "puffed up"
		if pastTellers[w] || toks[k].tags.has(tIngestPast) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// earlierOccasion reports whether the clause toks[ca:cb] closes on
// "before" as the adverb of an earlier occasion told in the perfect
// ("I've passed out at blood tests before", "she's fainted at the dentist
// before too"): a past that has happened, not what is happening. Not with
// a negation or "ever" in the clause ("I've never felt this before": a
// first time), nor "before" as a conjunction ("before I could…"); the
// clause's own sign only, not the next clause's ("…before, he's shaking
// on the floor"), and a sign told after the perfect ("my throat is closing
// and I've had hives before" tells its throat now).
func earlierOccasion(toks []token, lo, ca, cb int) bool {
	i := cb - 1
	if i > ca && (toks[i].key == "too" || toks[i].key == "also") {
		i--
	}
	if i <= ca || toks[i].key != "before" || occursAgainNow(toks, cb) {
		return false
	}
	perfect, asks := false, askedNext(toks, cb)
	for k := i - 1; k >= ca; k-- {
		if toks[k].tags.has(tNeg) || toks[k].key == "ever" || toks[k].key == "never" {
			return false
		}
		perfect = perfect || k < lo && perfectAux[toks[k].key]
		// "I fainted at a blood test before, is microneedling ok?": a
		// simple past at an occasion of a kind ("at a", "during an"),
		// then a question, is one that happened then; "she collapsed in
		// the kitchen before" and "…at a bbq before, he's grey now" may
		// be today's.
		perfect = perfect || asks && k > lo && k+2 < i && kindOccasion[toks[k].key] && (toks[k+1].key == "a" || toks[k+1].key == "an")
		// "I fainted at the dentist before, should I worry about
		// microneedling?": an appointment of a kind, as "at a blood
		// test" is, not a place that may be today's ("at the salon").
		perfect = perfect || asks && k > lo && k+2 <= i && toks[k].key == "at" && toks[k+1].key == "the" && appointmentKind[toks[k+2].key]
	}
	return perfect
}

// askedNext reports whether the clause at cb opens a question: "…before,
// is microneedling ok?", "…before, can she have it?".
func askedNext(toks []token, cb int) bool {
	k := cb
	if k < len(toks) && (toks[k].key == "so" || toks[k].key == "but") {
		k++
	}
	return k < len(toks) && k > 0 && toks[k].sent == toks[cb-1].sent && yesNoOpeners[toks[k].key]
}

// yesNoOpeners open a yes-no question.
var yesNoOpeners = set("is", "are", "can", "could", "will", "would", "should", "does", "do", "am")

// appointmentKind are appointments of a kind told "at the": "at the
// dentist", "at the doctors", not a treatment's own place.
var appointmentKind = set("dentist", "dentists", "dentist's", "doctor", "doctors", "doctor's", "gp", "gps", "gp's", "optician", "opticians", "orthodontist", "orthodontists", "vet", "vets")

// kindOccasion open an occasion of a kind, before "a" or "an": "at a
// blood test", "during a jab".
var kindOccasion = set("at", "during")

// occursAgainNow reports whether the clause from cb, after an earlier
// occasion, turns to the occasion of now and tells it going on ("he's had
// seizures before but this one won't stop", "…before, this time it's
// lasting longer"): the earlier occasions do not cancel the present one.
// "This time" as a wish or a plan ("but this time I'd rather avoid it")
// tells nothing going on.
func occursAgainNow(toks []token, cb int) bool {
	k := cb
	if k < len(toks) && (toks[k].key == "but" || toks[k].key == "and" || toks[k].key == "only") {
		k++
	}
	if k+1 >= len(toks) || toks[k].key != "this" || toks[k].sent != toks[cb-1].sent || !(toks[k+1].key == "one" || toks[k+1].key == "ones") {
		return false
	}
	for m := k + 2; m < len(toks) && m <= k+8 && toks[m].sent == toks[k].sent; m++ {
		if goingOnNow[toks[m].key] {
			return true
		}
	}
	return false
}

// goingOnNow tell an occasion going on, longer or worse than before (the
// faint detector told with "before" needs one of them in its sentence).
var goingOnNow = set("wont stop", "lasting", "longer", "worse", "still", "keeps")

// perfectAux open a perfect: "I've", "she has", "we'd".
var perfectAux = set("ive", "have", "has", "had", "weve", "theyve", "youve", "hes", "shes", "id", "shed", "hed", "theyd")

// onceWhen after "once" tell the occasion it counts: "once after prawns",
// "once at the dentist", "once during a facial". Alone at its clause's end
// "once" counts a sign of the case told ("…and vomited once"), and before a
// subject it is a time to come ("once it's gone").
var onceWhen = set("after", "at", "when", "while", "whilst", "during", "in", "on", "from", "with", "back", "years")

// clauseAt returns where the clause of toks[i] begins in toks[a:].
func clauseAt(toks []token, a, i int) int {
	for i > a && toks[i-1].clause == toks[i].clause {
		i--
	}
	return i
}

// askOpeners open a clause that asks a yes-or-no question: "…, is
// fainting common?".
var askOpeners = set("is", "are", "does", "do")

// ownMedia reports whether the media word toks[i] of the sentence
// toks[a:b] names where the writer shops or what the writer films ("bought
// the set off TikTok shop", "was going to film a video, and…"), no story
// heard or read, or a call the writer is on ("on a video call and
// suddenly her face…": seen live, now).
func ownMedia(toks []token, a, i, b int) bool {
	if i+1 < b && (mediaShops[toks[i+1].key] || mediaLive[toks[i+1].key]) {
		return true
	}
	if i+1 < b && mediaContent[toks[i+1].key] {
		return false // "filmed a video of my throat closing": told as a story
	}
	if mediaSource(toks, a, i, b) || sentByOwn(toks, a, i, b) {
		return true
	}
	return i > a && (purchaseVerbs[toks[i-1].key] || filmVerbs[toks[i-1].key])
}

// sentByOwn reports whether the video at toks[i] of the sentence toks[a:b]
// is one someone of the writer's own sent ("my brother sent a video
// message", "just saw a video from my mum", "she sent me a clip"): what
// it shows is that person now, seen by the writer, no story heard. A video
// sent "of", "about" or "showing" someone else, or one from no one of the
// writer's ("a video from a clinic"), stays a story.
func sentByOwn(toks []token, a, i, b int) bool {
	next := i + 1
	if next < b && videoNotes[toks[next].key] {
		next++ // "a video message"
	}
	sent := i > a && sentVerbs[toks[i-1].key] || i-1 > a && toks[i-1].key == "me" && sentVerbs[toks[i-2].key]
	if !sent && next+2 < b && toks[next].key == "from" && toks[next+1].key == "my" {
		sent, next = true, next+3 // "from my brother"
	}
	return sent && !(next < b && mediaContent[toks[next].key])
}

// sentVerbs send a message; videoNotes name a video sent as one.
var (
	sentVerbs  = set("sent", "sends", "sending", "texted", "messaged", "whatsapped", "snapped")
	videoNotes = set("message", "messages", "msg", "note", "clip")
)

// mediaSource reports whether the media word toks[i] of the sentence
// toks[a:b] names where a routine or a product came from ("some TikTok
// routine", "a hack off instagram", "a routine from youtube"): a thing
// someone used, not a story heard, so the signs told after it are told as
// they are. A thing seen, read or watched ("saw a TikTok routine where a
// girl's lips swelled"), or what it shows ("a tiktok hack where…"), stays
// a story.
func mediaSource(toks []token, a, i, b int) bool {
	used := i+1 < b && mediaThings[toks[i+1].key] && !(i+2 < b && (mediaContent[toks[i+2].key] || toks[i+2].key == "where"))
	used = used || i-2 >= a && (toks[i-1].key == "from" || toks[i-1].key == "off") && mediaThings[toks[i-2].key]
	if !used {
		return false
	}
	for k := a; k < i; k++ {
		if readVerbs[toks[k].key] || toks[k].key == "watching" || toks[k].key == "seeing" {
			return false
		}
	}
	return true
}

// mediaThings are what a feed or an app gives someone to use: "a TikTok
// routine", "an instagram hack".
var mediaThings = set("routine", "routines", "hack", "hacks", "trend", "trends", "recipe", "recipes", "remedy", "remedies", "diy", "mask", "masks", "serum", "serums", "product", "products", "peel", "peels", "method", "tip", "tips", "challenge")

// mediaShops follow a media word that names a shop ("tiktok shop"),
// filmVerbs precede one the writer makes ("film a video") and mediaContent
// tell what it shows.
var (
	mediaShops   = set("shop", "shops", "store", "haul")
	mediaLive    = set("call", "calls", "chat", "chatting", "live")
	filmVerbs    = set("film", "filming", "filmed", "record", "recording", "recorded", "shoot", "shooting")
	mediaContent = set("about", "of", "on", "where", "showing", "when", "how")
)

// saysInTheory reports whether the sentence toks[a:b] says it supposes
// ("could a serum in theory make someone's lips swell?"): a question of
// what could happen to whoever it names, but not of the writer's own ("could
// my lips in theory be swelling from it?").
func saysInTheory(toks []token, a, b int) bool {
	says := false
	for i := a; i < b; i++ {
		switch toks[i].key {
		case "in theory", "in principle", "theoretically", "hypothetically":
			says = true
		}
		if toks[i].tags.has(tI) {
			return false
		}
	}
	return says
}

// checkedFine returns where, in the sentence toks[a:b], an authority who
// checked ("our nurse checked", "the doctor examined her", "he got checked
// at the ER": checkedAt) is followed by a finding of fine ("…colour and
// blood flow fine", "all normal"), or -1.
// A fine denied or hoped for ("not fine", "should be fine"), or a turn
// between ("but", "now", "still"), is none. In a message that tells no
// treatment (untreated), a clinic is a doctor's ("she passed out in the
// heat, the clinic checked her, she's fine"), not an injector reassuring
// about its own work.
func checkedFine(toks []token, a, b int, untreated bool) int {
	for i := a; i+1 < b; i++ {
		from := i + 2
		if !authorities[toks[i].key] && !injectors[toks[i].key] && !(untreated && toks[i].key == "clinic") || !checkVerbs[toks[i+1].key] {
			if from = checkedAt(toks, i, b); from < 0 || nowBefore(toks, a, i) {
				continue
			}
		}
		for k := from; k < b; k++ {
			switch toks[k].key {
			case "but", "now", "still", "worse", "again", "however", "though", "started", "starting", "except":
				return -1
			}
			if !foundFine[toks[k].key] && !foundWell[toks[k].key] {
				continue
			}
			for j := k - 1; j > i+1 && j >= k-2; j-- {
				if toks[j].tags.has(tNeg) || toks[j].tags.has(tNotV) || hopeWords[toks[j].key] || toks[j].tags.has(tModal) {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// checkedAt returns the position after the authority a check at i was
// done at or by ("he got checked at the ER", "she was checked over by the
// paramedics"), or -1 when the check at i names none.
func checkedAt(toks []token, i, b int) int {
	if !checkVerbs[toks[i].key] && toks[i].key != "seen" {
		return -1
	}
	for k := i + 1; k < b && k <= i+4; k++ {
		switch key := toks[k].key; {
		case authorities[key] || authorities[strings.TrimPrefix(key, "the ")]:
			return k + 1
		case key != "at" && key != "by" && key != "in" && key != "out" && key != "over" && key != "the" && key != "a" && key != "an" && key != "our" && key != "his" && key != "her" && key != "their":
			return -1
		}
	}
	return -1
}

// nowBefore reports whether toks[a:i] dates what it tells now ("I have
// chest pain right now, got checked at the ER last week…"): a check told
// after it is of an earlier scare.
func nowBefore(toks []token, a, i int) bool {
	for k := a; k < i; k++ {
		switch toks[k].key {
		case "now", "rn", "right now", "still", "currently", "again", "atm", "at the moment", "today", "tonight":
			return true
		}
	}
	return false
}

// checkVerbs are an authority's look at a case: "our nurse checked".
var checkVerbs = set("checked", "examined", "assessed", "looked", "saw", "reviewed", "confirmed")

// foundFine are what a check found when it found nothing wrong: "fine",
// the numbing ("the doctor checked and it was just the numbing"),
// "nothing", or a bruise ("her injector checked and said it's a small bruise"), which
// is what an injection's mark is when it is no blocked vessel, or a
// harmless cause ("got checked at the ER, it was a pulled muscle").
var foundFine = set("fine", "normal", "bruise", "bruising", "bruised", "numbing", "harmless", "nothing", "muscle", "muscular", "heartburn", "indigestion", "reflux")

// saidHarmless returns where, in the sentence toks[a:b], an authority
// named ("poison control", "the doctor") is then said to have called the
// thing harmless ("…and they said it's non-toxic", "…said no action
// needed"), or -1. A turn between ("but", "still") is none; a "but"
// before the authority turns to its word ("she got into my serum but
// poison control said it's non-toxic").
func saidHarmless(toks []token, a, b int) int {
	auth := false
	for i := a; i < b; i++ {
		switch k := toks[i].key; {
		case authorities[k]:
			auth = true
		case (k == "but" || k == "however") && !auth && i+1 < b && authorities[toks[i+1].key]:
		case k == "but" || k == "still" || k == "worse" || k == "however":
			return -1
		case auth && (k == "said" || k == "says" || k == "told"):
			for j := i + 1; j < b && j <= i+5; j++ {
				switch toks[j].key {
				case "nontoxic", "harmless":
					return j
				case "harm":
					// "poison centre said no harm, he's fine and
					// playing": with the person told well after it.
					if toks[j-1].key == "no" && wellNow(toks, j+1) {
						return j
					}
				case "action", "treatment":
					// "poison control said no action needed"
					if toks[j-1].key == "no" {
						return j
					}
				case "toxic":
					if p := toks[j-1].key; p == "non" || p == "not" {
						return j
					}
					return -1
				}
			}
		}
	}
	return -1
}

// signEnd is the last of the matched positions pos that tells the sign
// itself, not the person it is of: in "my friend's baby ate some cream,
// doctor said it's fine and the baby is okay" a window match reads its
// child from after the all-clear, and the intake is still before it.
func signEnd(toks []token, pos []int) int {
	end, any := -1, false
	hi := -1
	for _, p := range pos {
		hi = max(hi, p)
		if t := toks[p].tags; !t.has(tChild) && !t.has(tThird) && !t.has(tI) && !t.has(tPoss) {
			end, any = max(end, p), true
		}
	}
	if !any {
		return hi
	}
	return end
}

// wellNow reports whether toks[i:] tells the person well now, after an
// all-clear: "he's fine and playing", "she's okay".
func wellNow(toks []token, i int) bool {
	for k := i; k < len(toks); k++ {
		if wellNowWords[toks[k].key] {
			return true
		}
	}
	return false
}

// wellNowWords tell a person well now.
var wellNowWords = set("hes fine", "shes fine", "theyre fine", "and hes fine", "and shes fine", "and theyre fine", "and hes good", "and shes good", "hes ok", "shes ok", "hes okay", "shes okay", "fine", "okay", "ok", "playing", "happy", "absolutely fine", "totally fine", "all good", "right as rain")

// haveHeard open a perfect of hearing: "I've heard", "we have heard".
var haveHeard = set("ive", "weve", "have", "i've", "we've")

// peopleInGeneral are whom a hearsay about people in general is of: "I've
// heard people can go blind", "…someone went blind", "…you can go blind".
var peopleInGeneral = set("people", "someone", "somebody", "you", "some", "women", "patients", "others", "folks", "of")

// foundWell are what a check found of a part that is well again: "the
// hospital checked her, it's pink and healthy now".
var foundWell = set("healthy")

// injectors are who did a treatment and may check it, besides the
// authorities: "her injector checked and said it's a small bruise".
var injectors = set("injector", "derm", "dermatologist", "surgeon")

// ifConsequent returns where the clause after the conditional clause
// opened at i begins, in the sentence toks[:b], when it asks what would
// follow: a modal and then whom it is about ("…, could she bleed a lot?",
// "…, will I scar?"). It returns 0 otherwise.
func ifConsequent(toks []token, i, b int) int {
	k := i + 1
	for k < b && toks[k].clause == toks[i].clause {
		k++
	}
	if k+1 >= b || !consequentModals[toks[k].key] {
		return 0
	}
	if n := toks[k+1].tags; !n.has(tI) && !n.has(tThird) && toks[k+1].key != "it" && toks[k+1].key != "that" && toks[k+1].key != "this" {
		return 0
	}
	return k
}

// whatMadeMine reports whether "what would make my …" at the modal i and
// the causing verb k asks the cause of the writer's own sign, told with
// an event of its own ("what would make my eye go blurry straight after
// they injected my tear troughs?"), as "why is my eye blurry" does: no
// question about people in general. Without such an event ("what would
// make my lips swell?") it may ask what to avoid.
func whatMadeMine(toks []token, a, i, k, b int) bool {
	if i == a || toks[i-1].key != "what" && toks[i-1].key != "whats" || k+1 >= b || !toks[k+1].tags.has(tPoss) {
		return false
	}
	for j := k + 2; j < b; j++ {
		if toks[j].tags.has(tRecent) {
			return true
		}
		if (toks[j].key == "after" || toks[j].key == "since") && j+2 < b && (toks[j+1].tags.has(tI) || toks[j+1].tags.has(tThird) || toks[j+1].key == "they") {
			if v := toks[j+2].key; toks[j+2].tags.has(tInject) || len(v) > 4 && strings.HasSuffix(v, "ed") || v == "had" || v == "got" {
				return true
			}
		}
	}
	return false
}

// playDownBe follow "might be" or "could be" in a play-down that opens a
// telling: "might be nothing, …", "could be silly but …".
var playDownBe = set("nothing", "nothings", "fine", "silly", "stupid", "dumb", "paranoid", "overreacting", "overthinking", "minor")

// consequentModals open a question of what would follow a condition.
var consequentModals = set("could", "would", "will", "might", "may", "can")

// addressee reports whether the "anyone" at i, in a sentence toks[a:b],
// calls out to whoever hears ("to anyone:", "hey anyone,", "anyone?")
// rather than asks about people in general: it ends its clause, after a
// word of calling or first in the sentence.
func addressee(toks []token, a, b, i int) bool {
	if k := toks[i].key; k != "anyone" && k != "anybody" {
		return false
	}
	if i+1 < b && toks[i+1].clause == toks[i].clause {
		return false
	}
	return i == a || callWords[toks[i-1].key]
}

// callWords come before the one a call goes out to.
var callWords = set("to", "hey", "hi", "hello", "calling", "paging", "help", "please", "urgent", "attention")

// mouthingHabit are a child's habit of mouthing things ("puts everything
// in his mouth"): they calm their own clause (clauseNot HABIT) but not the
// sentence, which may go on to what happened ("…and he just ate a
// retinol capsule").
var mouthingHabit = set(strings.Split(mouthingPhrases, ", ")...)

// usualDuration reports whether the habit word at i asks how long a thing
// usually takes or lasts ("how long does swelling usually take to go
// down"): the question is of a typical course, not of a habit of the
// writer's, and leaves what the sentence tells of now a case ("…once it's
// got to the point where I can hear myself wheeze"). So does a question
// whether it usually ends ("my chest whistles every time I breathe out,
// does that usually settle?").
func usualDuration(toks []token, a, i, b int) bool {
	before, asked := false, false
	for k := max(a, i-4); k < i; k++ {
		before = before || toks[k].key == "how long"
		asked = asked || k >= i-3 && courseAsks[toks[k].key]
	}
	if !before && !asked {
		return false
	}
	for k := i + 1; k < b && k <= i+2; k++ {
		switch k := toks[k].key; {
		case before && (k == "take" || k == "takes" || k == "last" || k == "lasts" || k == "stay" || k == "stays"):
			return true
		case asked && courseVerbs[k]:
			return true
		}
	}
	return false
}

// courseAsks open a question of a sign's usual course ("does that usually
// settle?", "will it normally pass?"), courseVerbs the course asked of.
var (
	courseAsks  = set("does", "will", "does that", "does it", "do they", "do these", "will it", "will that")
	courseVerbs = set("settle", "settles", "pass", "passes", "calm", "ease", "subside", "clear", "resolve", "heal", "improve", "go", "wear", "die", "fade", "stop", "get")
)

// symptomEveryTime reports whether the habit word at i times a sign by a
// breath or a swallow ("a high-pitched noise every time he breathes in"):
// it describes the sign now, not a habit.
func symptomEveryTime(toks []token, i, b int) bool {
	if k := toks[i].key; k != "every time" && k != "each time" {
		return false
	}
	for k := i + 1; k < b && k <= i+3; k++ {
		if toks[k].tags.has(tBreathe) || toks[k].tags.has(tSwallow) || breathInOut[toks[k].key] {
			return true
		}
	}
	if bare := i+1 >= b || toks[i+1].clause != toks[i].clause || toks[i+1].key == "and"; bare && !chronicBreathNamed(toks, i) {
		// "I can hear myself breathing, like a little squeak each time":
		// a bare "each time" after a breath or a swallow times the sign by
		// them, as "each time I breathe" does — unless the sentence puts
		// it down to a lung condition had for long ("…wheezy each time, I
		// have asthma"): a habit of a known condition.
		for k := i - 1; k >= 0 && k >= i-5 && toks[k].sent == toks[i].sent; k-- {
			if toks[k].tags.has(tBreathe) || toks[k].tags.has(tSwallow) {
				return true
			}
		}
	}
	// "the red patch is bigger every time i look": a change seen at each
	// look, not a habit; "keep blacking out every time i stand up": a sign
	// that comes back at each rise now.
	return i+2 < b && (toks[i+1].tags.has(tI) && lookWords[toks[i+2].key] || (toks[i+1].tags.has(tI) || toks[i+1].tags.has(tThird)) && rises(toks, i+2, b) && (keptUp(toks, i) || againAfter(toks, i, b)))
}

// breathInOut are a breath's halves, which "each time" may time a sign
// by as it does a breath: "each time I exhale".
var breathInOut = set("exhale", "exhales", "exhaling", "inhale", "inhales", "inhaling")

// chronicBreathNamed reports whether the sentence of the token at i
// names a lung condition had for long (asthma, COPD) and no time now
// ("since the mask", "today"): what it does each time is its habit.
func chronicBreathNamed(toks []token, i int) bool {
	named := false
	for k := range toks {
		if toks[k].sent != toks[i].sent {
			continue
		}
		if toks[k].tags.has(tRecent) {
			return false
		}
		named = named || chronicBreath[toks[k].key]
	}
	return named
}

// chronicBreath name lung conditions had for long.
var chronicBreath = set("asthma", "asthmatic", "copd", "emphysema", "bronchiectasis")

// againAfter reports whether "again" comes in the eight words after the
// habit word at i, in toks[:b]: "every time I stand up it starts to go
// again", a sign back at each rise now, as keptUp's.
func againAfter(toks []token, i, b int) bool {
	for k := i + 1; k < b && k <= i+8; k++ {
		if toks[k].key == "again" {
			return true
		}
	}
	return false
}

// rises reports whether the word at k tells getting up: "stand", "stood",
// or "get", "got", "sit" or "sat" (or their forms in -s) before "up" ("every time I get up", not
// "every time I get a facial").
func rises(toks []token, k, b int) bool {
	switch toks[k].key {
	case "stand", "stands", "stood":
		return true
	case "get", "gets", "got", "sit", "sits", "sat":
		return k+1 < b && toks[k+1].key == "up"
	}
	return false
}

// keptUp reports whether "keep" or "keeps" comes in the three words before
// the habit word at i, in its clause: "keep blacking out every time…", a
// sign that comes back now, not one that used to — or in the eight before
// it in its sentence, over a sign joined by "and" ("I keep greying out and
// the room spins every time I stand up").
func keptUp(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && toks[k].sent == toks[i].sent; k-- {
		if toks[k].key != "keep" && toks[k].key != "keeps" {
			continue
		}
		if k >= i-3 && toks[k].clause == toks[i].clause || slices.ContainsFunc(toks[k+1:i], func(t token) bool { return t.key == "and" }) {
			return true
		}
	}
	return false
}

// lookWords are looking at oneself: "every time i look, it's bigger".
var lookWords = map[string]bool{"look": true, "looked": true, "check": true, "checked": true, "glance": true, "glanced": true, "peek": true, "peeked": true}

// othersHabit reports whether the habit word at i is said of people in
// general earlier in its clause ("also how many sessions do people
// usually need?"): the writer's own report before it is no habit.
func othersHabit(toks []token, a, i int) bool {
	for k := i - 1; k >= a && toks[k].clause == toks[i].clause; k-- {
		if k := toks[k].key; generalCues[k] || k == "people" || k == "someone" || k == "anyone" || k == "most" {
			return true
		}
	}
	return false
}

// sinceToday date a treatment to the day of the message.
var sinceToday = set("this morning", "this afternoon", "this evening", "today", "tonight", "earlier", "earlier today", "last night", "yesterday")

// seemsLike are the verbs of a look, a feel or a sound told by a
// likeness: "why does it look like…", "why does it sound like there's a
// kazoo in my chest".
var seemsLike = set("look", "feel", "seem", "sound")

// ownWhy reports whether the question word at i asks why the writer's
// own body does what it does now ("why does my voice sound…"): a report
// put as a question, not one about side effects in general.
func ownWhy(toks []token, i, b int) bool {
	switch toks[i].key {
	case "why does", "why do", "why is", "why are":
	default:
		return false
	}
	if i+1 < b && toks[i+1].tags.has(tI) && toks[i+1].tags.has(tPoss) {
		return true
	}
	// "why does it look like someone drew lines on my cheek": a look told
	// of a part of the writer's own, named later in its clause.
	if i+3 < b && toks[i+1].key == "it" && seemsLike[toks[i+2].key] && toks[i+3].key == "like" {
		for k := i + 4; k < b && toks[k].clause == toks[i].clause; k++ {
			if toks[k].tags.has(tI) && toks[k].tags.has(tPoss) {
				return true
			}
		}
	}
	// "why does one side of my upper lip look like marble": a part of the
	// writer's own body, as "why does my lip".
	for k := i + 1; k+1 < b && k <= i+4 && toks[k].clause == toks[i].clause; k++ {
		if toks[k].key == "of" {
			if k > i+1 && toks[k+1].tags.has(tI) && toks[k+1].tags.has(tPoss) {
				return true
			}
			break
		}
		if !bodyPortions[toks[k].key] {
			break
		}
	}
	// "why does half of everything look dim since my nose job this
	// morning": a change dated from the writer's own treatment, today.
	for k := i + 1; k+2 < b && toks[k].clause == toks[i].clause; k++ {
		if toks[k].key == "since" && toks[k+1].tags.has(tI) && toks[k+1].tags.has(tPoss) {
			for m := k + 2; m < b && m <= k+6 && toks[m].clause == toks[i].clause; m++ {
				if sinceToday[toks[m].key] {
					return true
				}
			}
		}
	}
	// "why does it sound like a whistle when I breathe": "it" is what the
	// writer hears or feels now, told in the clause.
	if i+1 >= b || toks[i+1].key != "it" && toks[i+1].key != "this" {
		return false
	}
	for k := i + 2; k < b && toks[k].clause == toks[i].clause; k++ {
		if toks[k].key == "when" && k+1 < b && toks[k+1].tags.has(tI) && !toks[k+1].tags.has(tPoss) {
			return true
		}
	}
	return false
}

// bodyPortions name a part of a body part ("one side of", "the top half
// of", "a corner of").
var bodyPortions = set("one side", "side", "the side", "left side", "right side", "the left side", "the right side", "half", "part", "bit", "corner", "edge", "tip", "top", "bottom", "the", "a", "one", "left", "right", "upper", "lower")

// has reports whether a token of the text matches m.
func (x *text) has(m *matcher) bool {
	for i := range x.toks {
		if m.matches(&x.toks[i]) {
			return true
		}
	}
	return false
}

// hasNeed is has for what a sign needs the text to name: a treatment
// named only as one weighed or wanted ("thinking of getting filler",
// "want to try botox", "considering lip filler") is none had, and no sign
// follows from it; one the matcher names by its word, or a treatment had
// and weighed again ("…getting my filler dissolved"), still counts.
//
// A text that tells something done now or lately ("my friend did my
// lips at her flat yesterday", "did it for me last night") keeps every
// treatment it names: the one weighed may be the one had.
func (x *text) hasNeed(m *matcher) bool {
	done := -1 // unknown until a weighed treatment asks
	for i := range x.toks {
		if !m.matches(&x.toks[i]) {
			continue
		}
		if !treatmentOnly(m, &x.toks[i]) || !treatmentWeighed(x.toks, i) {
			return true
		}
		if done < 0 {
			done = 0
			for k := range x.toks {
				if x.toks[k].tags.has(tRecent) || doneWords[x.toks[k].key] {
					done = 1
					break
				}
			}
		}
		if done == 1 {
			return true
		}
	}
	return false
}

// doneWords tell a thing done.
var doneWords = set("did", "done", "had", "got")

// treatmentOnly reports whether m matches t by a treatment's tags alone.
func treatmentOnly(m *matcher, t *token) bool {
	if !t.tags.has(tInject) && !t.tags.has(tTreat) || !m.mask.has(tInject) && !m.mask.has(tTreat) {
		return false
	}
	rest := m.mask
	rest[tInject>>6] &^= 1 << (tInject & 63)
	rest[tTreat>>6] &^= 1 << (tTreat & 63)
	return !t.tags.any(rest) && !(m.lits != nil && t.id != 0 && m.lits.has(t.id))
}

// treatmentWeighed reports whether the treatment at i is told only as
// one the writer weighs or wants, a cue of it (weighCues) at most four
// words before it in its clause with only the words of getting one
// between ("thinking of getting lip filler"), and nothing after it that
// tells one had before ("…dissolved", "…again").
func treatmentWeighed(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+2 && toks[j].clause == toks[i].clause; j++ {
		if treatedBefore[toks[j].key] {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].clause == toks[i].clause; j-- {
		t := &toks[j]
		switch {
		case weighCues[t.key]:
			return true
		case weighLinks[t.key] || t.tags.has(tInject) || t.tags.has(tTreat) || t.tags.has(tLips) || t.tags.has(tFace):
		default:
			return false
		}
	}
	return false
}

// weighCues tell a treatment weighed or wanted; weighLinks the words of
// getting one between them and it; treatedBefore, after it, one had.
var (
	weighCues     = set("thinking", "considering", "planning", "tempted", "hoping", "want", "wanting", "wanna", "keen", "debating", "deciding", "interested")
	weighLinks    = set("of", "about", "to", "in", "on", "get", "getting", "have", "having", "try", "trying", "book", "booking", "some", "a", "an", "the", "lip", "cheek", "jaw", "chin", "under", "eye")
	treatedBefore = set("dissolved", "dissolving", "dissolve", "redone", "removed", "reversed", "corrected", "fixed", "again", "topped", "looked")
)

// possible reports whether every item of d could match somewhere.
func (x *text) possible(d *detector) bool {
	if !x.quick {
		return true
	}
	for i := range d.items {
		it := &d.items[i]
		if !x.all.any(it.mask) && !x.anyLit(&it.matcher) {
			return false
		}
	}
	return true
}

// anyLit reports whether the text has one of m's words.
func (x *text) anyLit(m *matcher) bool {
	for _, w := range m.words {
		if x.lits[w]&(*m.lits)[w] != 0 {
			return true
		}
	}
	return false
}

// signal is one sign a detector found.
type signal struct {
	kind    string
	group   Urgency
	weak    bool
	relayed bool
	at      int
}

// maxItems bounds a pattern's length.
const maxItems = 8

// find returns the first occurrence of d's sign that nothing undoes.
func (x *text) find(d *detector) (signal, bool) {
	if !x.possible(d) {
		return signal{}, false
	}
	x.ready()
	var pos [maxItems]int
	var buf [64]int32
	cands := x.candidates(&d.items[0].matcher, buf[:0])
	for _, c := range cands {
		i := int(c)
		if !x.notOK(&d.items[0].notBefore, i-1, i) {
			continue
		}
		pos[0] = i
		var ok bool
		if d.unordered > 0 {
			ok = x.matchPair(d, i, &pos)
		} else {
			ok = x.matchSeq(d, 1, i, &pos)
		}
		if !ok {
			continue
		}
		n := len(d.items)
		if x.undone(d, pos[:n]) {
			continue
		}
		g := d.group
		if d.ctxGroup != "" && x.inject {
			g = d.ctxGroup
		}
		lo := pos[0]
		for _, p := range pos[:n] {
			lo = min(lo, p)
		}
		return signal{kind: d.kind, group: g, weak: d.flags&fWeak != 0, relayed: d.flags&fOwn == 0 && x.relayed(relayedFrom(d, pos[:n]), d.flags&fSH != 0), at: lo}, true
	}
	return signal{}, false
}

// determiners come between a word and its object: "drank all the juice".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "all": true, "whole": true, "some": true}

// notAfterOK reports whether what follows the item at p avoids m, read
// past the determiners for the last item of a pattern: "drank all the
// juice" is drinking juice.
func (x *text) notAfterOK(m *matcher, p int) bool {
	next := p + 1
	for next < len(x.toks) && next <= p+3 && determiners[x.toks[next].key] {
		next++
	}
	return x.notOK(m, p+1, p) && (next == p+1 || x.notOK(m, next, p))
}

// notOK reports whether the token at p (if any, in the clause of token
// ref) avoids m.
func (x *text) notOK(m *matcher, p, ref int) bool {
	if m.none || p < 0 || p >= len(x.toks) || x.toks[p].clause != x.toks[ref].clause {
		return true
	}
	return !m.matches(&x.toks[p])
}

func (x *text) matchSeq(d *detector, k, prev int, pos *[maxItems]int) bool {
	if k == len(d.items) {
		return x.notAfterOK(&d.items[k-1].notAfter, prev)
	}
	it := &d.items[k]
	if !x.notOK(&d.items[k-1].notAfter, prev+1, prev) {
		return false
	}
	for g := 0; g <= it.gap; g++ {
		p := prev + 1 + g
		if p >= len(x.toks) || x.toks[p].sent != x.toks[prev].sent || x.toks[p].stop {
			return false
		}
		if g > 0 && it.fillOnly && !x.toks[p-1].tags.has(tFill) {
			return false
		}
		if it.fillOnly && x.toks[p].clause != x.toks[prev].clause {
			// Filler words join the words of one phrase, never two
			// clauses: "my tan is patchy, my vision is fine" has no
			// patchy vision.
			return false
		}
		if it.matches(&x.toks[p]) && x.notOK(&it.notBefore, p-1, p) {
			pos[k] = p
			if x.matchSeq(d, k+1, p, pos) {
				return true
			}
		}
	}
	return false
}

func (x *text) matchPair(d *detector, i int, pos *[maxItems]int) bool {
	it := &d.items[1]
	for dist := 0; dist <= d.unordered; dist++ {
		for _, p := range []int{i + dist, i - dist} {
			if p < 0 || p >= len(x.toks) || x.toks[p].sent != x.toks[i].sent || dist == 0 && p != i || x.crossesStop(min(i, p), max(i, p)) {
				continue
			}
			if it.matches(&x.toks[p]) && x.notAfterOK(&it.notAfter, p) && x.notAfterOK(&d.items[0].notAfter, i) {
				pos[1] = p
				return true
			}
			if dist == 0 {
				break
			}
		}
	}
	return false
}

// crossesStop reports whether a contrast ("but") begins within toks(a:b].
func (x *text) crossesStop(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if x.toks[k].stop {
			return true
		}
	}
	return false
}

// pastCircumstance reports whether the present participle at k tells
// what the writer was doing when a past thing happened, not the present:
// "I fainted once getting a blood test years ago", "passed out while
// having a jab as a teen".
func pastCircumstance(toks []token, ca, k int) bool {
	if k-1 < ca || !strings.HasSuffix(toks[k].key, "ing") {
		return false
	}
	return circumstanceWords[toks[k-1].key]
}

// presentResolved reports whether the present at k is the all-clear
// itself ("…when I used to hurt myself and I'm in a good place now", "I'm
// fine now"): a present told as over (tResolved, not a recent past), which
// dates nothing as now.
func presentResolved(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].clause == toks[k].clause; j++ {
		if toks[j].tags.has(tResolved) && !recentPast[toks[j].key] {
			return true
		}
		if !toks[j].tags.has(tFill) {
			return false
		}
	}
	return false
}

// circumstanceWords open a participle told as a past thing's moment.
var circumstanceWords = set("once", "while", "whilst", "when")

// spans returns the sentence toks[sa:sb] and the clauses toks[ca:cb] that
// the tokens lo to hi span.
func spans(toks []token, lo, hi int) (sa, sb, ca, cb int) {
	sent := toks[lo].sent
	sa, sb = lo, hi+1
	for sa > 0 && toks[sa-1].sent == sent {
		sa--
	}
	for sb < len(toks) && toks[sb].sent == sent {
		sb++
	}
	ca, cb = lo, hi+1
	for ca > sa && toks[ca-1].clause == toks[lo].clause {
		ca--
	}
	for cb < sb && toks[cb].clause == toks[hi].clause {
		cb++
	}
	return sa, sb, ca, cb
}

// undone reports whether what the matched tokens at pos say is denied,
// hypothetical, general, over, a figure of speech or mild.
func (x *text) undone(d *detector, pos []int) bool {
	toks := x.toks
	lo, hi := pos[0], pos[0]
	for _, p := range pos {
		lo, hi = min(lo, p), max(hi, p)
	}
	sent := toks[lo].sent
	sa, sb, ca, cb := spans(toks, lo, hi)
	inClause := func(t tag) bool {
		for k := ca; k < cb; k++ {
			if toks[k].tags.has(t) {
				return true
			}
		}
		return false
	}
	inSent := func(t tag) bool {
		for k := sa; k < sb; k++ {
			if toks[k].tags.has(t) {
				return true
			}
		}
		return false
	}
	near := func(t tag, before, after int) bool {
		for k := max(sa, lo-before); k < min(sb, hi+1+after); k++ {
			if toks[k].tags.has(t) {
				return true
			}
		}
		return false
	}
	if d.flags&fNoNeg == 0 {
		for _, p := range pos {
			if x.negated(p, pos, ca, cb) {
				return true
			}
		}
	}
	if d.flags&fClause != 0 && toks[lo].clause != toks[hi].clause {
		return true
	}
	if !d.notGap.none {
		for k := lo + 1; k < hi; k++ {
			if d.notGap.matches(&toks[k]) && !slices.Contains(pos, k) {
				return true
			}
		}
	}
	if !d.notClause.none {
		for k := ca; k < cb; k++ {
			if d.notClause.matches(&toks[k]) && !mildByWords(&toks[k], &d.notClause) && !injectedProduct(toks, k, &d.notClause) && !ingredientOf(toks, k, &d.notClause) && !(d.kind == "arm-heavy" && numbsMouth(toks, k)) && !keptDown(toks, k) && !(d.group == UrgencyPoisoning && mistakenFor(toks, k)) && !(d.group == UrgencyInfection && tattooWound(toks, pos, k, &d.notClause)) && !(d.group == UrgencySelfHarm && accidentPlaces[toks[k].key] && (donePurposely(toks, sa, sb) || copingFrame(toks, sa, sb))) {
				if d.group == UrgencySelfHarm && !x.shFramed {
					// A plan whose clause names what it is for ("a plan for
					// dinner") is framed by its object; another sign, by a
					// time away or an occasion in its clause.
					x.shFramed = d.kind == "sh-plan" && planFor(toks, hi, cb, &d.notClause) || slices.ContainsFunc(toks[ca:cb], func(t token) bool { return framingWords[t.key] })
				}
				if d.group == UrgencySelfHarm && k > hi && k <= hi+3 {
					// Undone by its own object, just after it: "stepping in
					// front of the camera", "…of my class".
					x.shObject = true
				}
				return true
			}
		}
	}
	if !d.notSubj.none && x.subjectIs(&d.notSubj, lo, ca) {
		return true
	}
	for _, p := range pos {
		if wakesOther(toks, p) || signNamesGroup(toks, p) {
			return true // "so I won't wake up the baby", "I run a self-harm support group"
		}
	}
	if d.group == UrgencyInfection {
		for _, p := range pos {
			if tempSaidNormal(toks, p, sa, sb) {
				return true // "temp normal, no pus, no streaks"
			}
		}
	}
	if d.group == UrgencyPoisoning {
		for _, p := range pos {
			if (toks[p].tags.has(tIngest) || toks[p].tags.has(tIngestPast)) && x.ateFoodNamed(p) {
				return true
			}
		}
	}
	if d.group == UrgencyPoisoning {
		for _, p := range pos {
			if bitFood(toks, p) {
				return true // "my son bit into an apple and…", "she bit into one of my cookies"
			}
		}
	}
	if d.group == UrgencyPoisoning {
		for _, p := range pos {
			if (toks[p].tags.has(tIngest) || toks[p].tags.has(tIngestPast)) && swallowedWords(toks, p) {
				return true // "I've swallowed so many influencer claims about exosomes"
			}
		}
	}
	if d.group == UrgencyInjection {
		for _, p := range pos {
			if greyAreaSaying(toks, p, ca, cb) {
				return true // "I know it's a grey area in the US"
			}
		}
	}
	if d.kind == "unwell" {
		for _, p := range pos {
			if tooOutOfItThen(toks, p) {
				return true // "…but I was too out of it to ask"
			}
		}
	}
	if d.kind == "sh-not-for" && !useDenied(toks, lo) {
		return true // "it's for my mum, not for me", "a cream not for sensitive skin"
	}
	if d.kind == "jump" && leapBetween(toks, hi) {
		return true // "jumping from block to block in the game", "…from roof to roof"
	}
	if d.kind == "tired-of-living" && beingTreated(toks, hi, cb) {
		return true // "tired of being disappointed by creams", "sick of being let down"
	}
	if d.kind == "fever" {
		for _, p := range pos {
			if feverOfEverydayIll(toks, p, sa, sb) {
				return true // "got a bit of a cold and a low fever today"
			}
		}
	}
	if d.group == UrgencyPoisoning {
		for _, p := range pos {
			if toks[p].tags.has(tIngestPast) && supposedIntake(toks, p) {
				return true // "is exosome serum toxic if swallowed?"
			}
		}
	}
	if !d.notSent.none {
		for k := sa; k < sb; k++ {
			if d.notSent.matches(&toks[k]) {
				if d.group == UrgencySelfHarm && d.flags&fWeak != 0 {
					// A weak sign whose sentence names what it is for ("said
					// goodbye, they fly home tomorrow", "figured out how…,
					// I'll do her nails"): the net is not to alarm on it
					// alone (shObjectOnly).
					x.shReason = true
				}
				return true
			}
		}
	}
	if !d.needSent.none {
		found := false
		for k := sa; k < sb && !found; k++ {
			// A sign's own size word ("lips look bigger") is no
			// spreading beside it: that needs another word.
			found = d.needSent.matches(&toks[k]) && !(slices.Contains(pos, k) && toks[k].tags.has(tSpread) && !toks[k].tags.has(tBigX)) && !improvingPace(toks, sa, k) && !deniedWord(toks, sa, k) && !playedDown(toks, sa, k)
		}
		if !found && (d.kind == "self-harm-body" || d.kind == "wrists") && copingFrame(toks, sa, sb) && (!warmedOnly(toks, pos) || heldTillHurt(toks, sa, sb)) {
			// "I press my arm on the grill when I'm overwhelmed": an act
			// on the body told as a way of coping is meant.
			found = true
		}
		if !found {
			return true
		}
	}
	if !d.needMsg.none && !x.hasNeed(&d.needMsg) {
		return true
	}
	if !d.notMsg.none && x.has(&d.notMsg) {
		return true
	}
	if !d.alsoMsg.none && !x.hasNeed(&d.alsoMsg) {
		return true
	}
	recent := func() bool {
		// "for a few minutes" measures how long it lasted, and "or just
		// take an antihistamine" is a choice: neither says it is recent.
		for k := ca; k < cb; k++ {
			if toks[k].tags.has(tRecent) && !(durationUnits[toks[k].key] && forBefore(toks, k, ca)) && !(toks[k].key == "just" && !justNow(toks, k)) && !ageNow(toks, k) && !supposedOnset(toks, sa, sb, k) && !nothingSince(toks, ca, k) && !keptInCase(toks, k, cb) {
				return true
			}
		}
		return false
	}
	if d.flags&(fNoPast|fSH) == 0 && earlierOccasion(toks, lo, ca, cb) && !recent() {
		return true // "I've passed out at blood tests before": an earlier occasion
	}
	if d.flags&fNoFrame == 0 {
		f := x.frame[lo]
		if x.nowCase {
			// "how do you know if you should use an epipen…? asking for
			// like right now": the question is about the case at hand.
			f &^= frIf | frInfo | frGeneral | frNormal | frTraining
		}
		if f&(frTraining|frFiction) != 0 && !x.nowIn(ca, cb) && !(f&frTraining != 0 && x.caseHereNow(sent)) {
			return true
		}
		if x.teaches && (!x.namesSomeone(sa, sb) || x.caseInGeneralFirst(sa, sb)) && !x.nowIn(sa, sb) {
			return true
		}
		if x.ongoing {
			f &^= frNormal | frInfo // "is it normal…? it's been 40 mins": a report, not a question
		}
		personal := near(tI, 3, 0) || near(tThird, 3, 0) || near(tPoss, 3, 0)
		actual := personal && near(tActual, 2, 2)
		if f&frInfo != 0 && (!actual || nothingHappened(toks)) {
			return true
		}
		if f&frGeneral != 0 && !inClause(tI) {
			return true
		}
		if d.flags&fSH == 0 {
			if f&frIf != 0 && !recent() {
				return true
			}
			if f&frNormal != 0 && !(inClause(tI) || inClause(tThird) || inClause(tPoss) || x.hoursAfter(sa, sb) || x.mustIn(sa, sb) || growsByHours(toks, sa, sb) || yourOwnAged(toks, ca, cb)) {
				return true
			}
			// A habit told in another clause is no habit of a sign its own
			// clause dates now: "I always go to the same injector, since
			// yesterday's top-up my face looks grey".
			if f&frHabit != 0 && !x.tonightIn(ca, cb) && !x.persistsIn(sa, sb) && !(!inClause(tHabit) && recent()) {
				return true
			}
			if f&frHearsay != 0 && !inClause(tRecent) {
				return true
			}
		}
	}
	if d.flags&(fNoPast|fSH) == 0 && x.outcome != nil && (d.group != UrgencyPoisoning && x.outcome[sent] > hi || x.settled[sent] > hi) && !cameBack(toks, max(x.outcome[sent], x.settled[sent]), sb) {
		return true // "she fainted yesterday, paramedics checked her and she was fine" (not "…was fine in 10 min but now it's back")
	}
	if d.flags&(fNoPast|fSH) == 0 && d.group != UrgencyPoisoning && thoughtBefore(toks, sa, lo) && !recent() && outcomeOpensNext(x, sent, sb) {
		return true // "he thought he was having a heart attack. Turned out to be the coffee, GP checked him, all clear."
	}
	if d.flags&(fNoPast|fSH) == 0 && x.cleared > 0 && x.cleared < lo && x.toks[x.cleared].sent == sent && x.explainsClearance(x.cleared, lo) && !x.worseAfter(lo) {
		return true // "the nurse said she's fine, she just swallowed a bit of toner": the all-clear, then what it was about
	}
	if d.flags&(fNoPast|fSH) == 0 && x.cleared > signEnd(toks, pos) && !x.worseAfter(x.cleared) {
		// "…swallowed some bathwater. Poison control said it's nothing to
		// worry about"; the person a match also reads after the all-clear
		// ("…doctor said it's fine and the baby is okay") is no sign told
		// after it.
		return true
	}
	presentNear := func() bool {
		for k := max(ca, lo-2); k < min(cb, hi+3); k++ {
			if toks[k].tags.has(tPresent) && !pastCircumstance(toks, ca, k) && !presentResolved(toks, k) {
				return true
			}
		}
		return false
	}
	if d.flags&fNoPast == 0 && (x.resolve[sent] == pastOver || x.resolve[sent] == pastRecent && d.flags&fSH == 0) && !recent() && !presentNear() && !(d.flags&fSH != 0 && x.relapse) {
		return true
	}
	if d.group == UrgencyPoisoning && x.exposureDeniedWell() {
		return true // "he touched my cream, never put it in his mouth and he's napping"
	}
	if d.group == UrgencyPoisoning && x.scareDisproved(sa, lo, hi, sb) {
		return true // "Mum thought the baby had eaten some cream but the lid was still sealed"
	}
	if d.flags&fFig != 0 && d.flags&fSH == 0 && x.feltThenExplained(sa, lo, hi, sb) {
		return true // "she felt like she was dying during her peel but it was just the sting"
	}
	if d.flags&fSH == 0 && x.misreadSign(sa, lo, hi, sb) {
		return true // "thought I had a red streak but it was just a crease from my pillow"
	}
	if d.group == UrgencyPoisoning && x.emptyLongBefore() {
		return true // "my toddler 'drank' from my empty serum bottle, it's been empty for weeks"
	}
	if d.group == UrgencyPoisoning && x.noneTaken(hi) {
		return true // "my cat tried to drink my serum (he didn't get any)"
	}
	if d.group == UrgencyPoisoning && x.nearMissAverted(pos) {
		return true // "my grandad nearly drank my toner but I took it off him before he had any"
	}
	if d.group == UrgencyPoisoning && x.toolMouthed(pos) {
		return true // "the baby tried to eat my jade roller"
	}
	if d.group == UrgencyPoisoning && x.petNoIntake(pos) {
		return true // "my cat tried to eat my sheet mask", "my dog licked my face after the serum"
	}
	for _, p := range pos {
		if improvingPace(toks, sa, p) {
			return true // "the redness is getting lighter every hour"
		}
	}
	if d.group == UrgencySelfHarm && x.meantNoLife(hi) {
		return true // "she was gonna 'end it', I called her and she meant end her skincare routine"
	}
	if d.kind == "severe-pain" && exertionSore(toks, ca, cb) {
		return true // "my legs hurt like hell after the gym"
	}
	if d.kind == "chest" && x.chestAcheAfterExertion(pos, sa, sb) {
		return true // "aching across my chest after the gym, is it ok to do a peel?"
	}
	if d.kind == "throat" && throatSkinTight(toks, pos) {
		return true // "a bit of tightness on my throat where they microneedled, breathing's normal"
	}
	if d.group == UrgencyAirway && exertionBreath(toks, sa, sb, lo, hi) {
		return true // "couldn't take a full breath after my run this morning"
	}
	if d.flags&fSH == 0 && dullComplexion(toks, pos, sa, sb, ca, cb) {
		return true // "my skin looks grey and tired on every zoom call" (not "my lip went grey and dull and it hurts")
	}
	if d.flags&fSH == 0 && cameraExplained(toks, hi, sb) {
		return true // "my face had swollen to twice the size on our video call, turns out it was the fisheye lens"
	}
	if (d.group == UrgencyAirway || d.group == UrgencyInfection) && puffyFromCrying(toks, pos, sa, lo) {
		return true // "after that breakup cry session my skin's a mess, puffy eyes everywhere"
	}
	if d.group == UrgencyInfection && substanceEverywhere(toks, pos) {
		return true // "lash glue everywhere and a bit red"
	}
	explained := explainedAway(toks, sa, sb)
	if d.group == UrgencyPoisoning && swallowedFigure(toks, pos) {
		return true // "I swallowed the exosome marketing hook line and sinker", "swallowed my pride and bought the serum"
	}
	if d.kind == "poison" && d.flags&fFig != 0 && poisonedByFuss(toks, hi) {
		return true // "I've been poisoned... by TikTok skincare ads 😂"
	}
	if d.flags&(fFig|fFigMoney) != 0 && inSent(tLaugh) && (figCause(toks, sa, lo) || laughedInto(toks, hi, sb)) && !explained {
		return true // "all this exosome hype is giving me chest pains 😂"
	}
	if d.flags&fSH == 0 && inSent(tLaugh) && pricedBefore(toks, sa, lo) && !explained {
		return true // "took one look at the price list and my vision went blurry lmao"
	}
	if d.flags&(fFig|fFigMoney) != 0 && pricedInto(toks, hi, sb) && !explained {
		return true // "my throat is closing... from the shock of the price"
	}
	nervous := !inSent(tMoney) && !inSent(tHype) && nervousLaugh(toks, hi, sb)
	if d.flags&fFig != 0 && (inSent(tLaugh) || inSent(tMoney) || inSent(tHype)) && !explained && !nervous {
		return true
	}
	if d.kind == "call-emergency" && punchlineCall(toks, sa, sb) {
		return true // "saw what the clinic charges for exosomes. 999 pls", "look like a lobster haha. someone call 999"
	}
	if d.kind == "call-emergency" && figureCaller(toks, lo, ca) {
		return true // "my tan is so bad the seagulls are ringing the paramedics", "my pores called an ambulance"
	}
	if d.kind == "faint" && faintAsLimit(toks, lo, sa) {
		return true // "makes me want to scream into a pillow till I pass out"
	}
	if d.kind == "faint" && faintAtSight(toks, lo, hi, sb) {
		return true // "he passes out at the sight of needles": a way he reacts, not a faint now
	}
	if d.kind == "call-emergency" && nearlyCalledOnSelf(toks, lo, sa, sb) {
		return true // "nearly called 999 on myself" at one's own looks: a call on oneself not made
	}
	if d.kind == "call-emergency" && callForBlemish(toks, lo, sa, sb) {
		return true // "I'm this close to calling an ambulance for it" of a spot on the chin
	}
	if d.kind == "child-ingestion" && childInGeneralAsked(toks, sa, sb) && !x.intakeToldElsewhere(sent) {
		return true // "can a baby swallow face cream safely?"
	}
	if d.group == UrgencyPoisoning && d.kind == "poison" && productNamed(toks, lo, sa, sb) {
		return true // "the brand I like is called 'Overdose Drops'"
	}
	if d.kind == "call-emergency" && blemishCallWeighed(toks, lo, sa, sb) {
		return true // "pimple so big it has its own postcode, should I call 911 😭 or will exosomes shrink it"
	}
	if d.kind == "call-emergency" && emergWorkplace(toks, lo, ca, cb) {
		return true // "a night-shift nurse in A&E", "three shifts in A&E", "an ER nurse": where one works
	}
	if d.flags&fLaugh != 0 && inSent(tLaugh) && !nervous {
		return true
	}
	if d.flags&fJoke != 0 {
		for k := sa; k < sb; k++ {
			if toks[k].key == jokeKey || takenBack(toks, k) || jokeCloses(toks, k) {
				return true
			}
		}
		if takenBackAfter(toks, sb) {
			return true // "my spot has a fever. jk."
		}
	}
	if d.flags&fEyeRoll != 0 {
		for k := sa; k < sb; k++ {
			if toks[k].key == eyeRollKey {
				return true
			}
		}
	}
	if d.flags&fFigMoney != 0 && inSent(tMoney) && (inSent(tLaugh) || inSent(tHype)) && !explained {
		return true
	}
	if d.flags&fFigObj != 0 && (near(tFigThat, 2, 0) || inClause(tFigObj) || inSent(tMoney) || swallowThatClause(toks, lo, hi, sb)) {
		return true
	}
	if d.flags&fFigSH != 0 && ((inSent(tLaugh) || inSent(tMoney) || laughedInto(toks, hi, sb) && !toks[lo].tags.has(tDesire) && !toks[lo].tags.has(tThink)) && x.figurativeDeath(sa, sb, lo, hi) || inSent(tHype) || x.deathOnLooks(sb, lo, hi) || x.deathOverLooks(sa, sb, lo, hi) || deathAtSight(toks, sb, hi) || thingKillsMe(toks, ca, lo, hi) || deathFromSo(toks, sa, lo, hi) || deathDisowned(toks, hi)) {
		return true
	}
	if d.flags&fMild != 0 && x.mildIn(ca, cb) && !inClause(tSevere) && !inClause(tFast) && !inClause(tBigX) && !inClause(tSpread) && !inClause(tHelp) {
		return true
	}
	return false
}

// mistakenFor reports whether the word at k names what a thing was
// mistaken for ("drank from the sprayer thinking it was water"): no drink
// had, the poison taken for one.
func mistakenFor(toks []token, k int) bool {
	if k < 3 || toks[k-1].key != "was" || toks[k-2].key != "it" {
		return false
	}
	switch toks[k-3].key {
	case "thinking", "thought", "thinkin", "assuming", "assumed", "believing", "reckoning":
		return true
	}
	return false
}

// throatSkinTight reports whether the throat sign at pos is a tightness
// of the skin over the throat: the throat named as a surface ("on my
// throat", "on the throat"), the sign a tightness (not a closing or a
// swelling, which a throat does from within: "what cream do I put on my
// throat, it's swelled up"), in a text that tells the breathing normal
// ("breathing's totally normal", not "okay-ish" or "not normal").
func throatSkinTight(toks []token, pos []int) bool {
	on, tight := false, false
	for _, p := range pos {
		if toks[p].tags.has(tThroat) {
			k := p - 1
			if k >= 0 && (toks[k].tags.has(tPoss) || toks[k].key == "the") {
				k--
			}
			on = on || k >= 0 && toks[k].key == "on"
		} else {
			tight = tight || skinTight[toks[p].key]
		}
	}
	return on && tight && breathingNormal(toks)
}

// skinTight are the tightness a skin feels, of the throat's words for
// closing (tClose).
var skinTight = set("tight", "tighter", "tightness", "tightening", "tightens")

// breathingNormal reports whether the text tells the breathing normal: a
// breathing word with "normal", "fine" or "ok" within three words after
// it, in its sentence, no negation between or just before, and no "ish"
// hedging it.
func breathingNormal(toks []token) bool {
	for i := range toks {
		if !toks[i].tags.has(tBreathe) || i > 0 && toks[i-1].tags.has(tNeg) || i > 1 && toks[i-2].tags.has(tNeg) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3 && toks[j].sent == toks[i].sent; j++ {
			if toks[j].tags.has(tNeg) {
				break
			}
			if breathOK[toks[j].key] && (j+1 >= len(toks) || toks[j+1].key != "ish") {
				return true
			}
		}
	}
	return false
}

// breathOK tell a breathing normal.
var breathOK = set("normal", "normally", "fine", "ok", "okay", "good")

// greyAreaSaying reports whether the colour at p is the grey of "a grey
// area", a thing neither allowed nor forbidden ("I know it's a grey area
// in the US"): the colour followed by "area", then nothing or a word of
// where or what it concerns, in a clause naming no part of a body and no
// one's patch ("a grey area on my cheek", "a grey area in my lip"). "A
// grey zone" is the same saying, and a body word that only qualifies a
// treatment or a product ("exosome skin treatments", "face serum") names
// no body.
func greyAreaSaying(toks []token, p, ca, cb int) bool {
	if k := toks[p].key; k != "grey" && k != "gray" || p+1 >= cb || !greyAreaWords[toks[p+1].key] {
		return false
	}
	if n := p + 2; n < cb && !greyAreaNext[toks[n].key] {
		return false
	}
	for k := ca; k < cb; k++ {
		t := toks[k].tags
		if !(isBody(t) || t.has(tPoss) || t.has(tLesion) || bodyPatchWords[toks[k].key]) {
			continue
		}
		if !t.has(tPoss) && k+1 < cb && (toks[k+1].tags.has(tTreat) || toks[k+1].tags.has(tProduct) || toks[k+1].tags.has(tInject)) {
			continue // "are exosome skin treatments a grey area here?"
		}
		return false
	}
	return true
}

// greyAreaWords follow the colour in the saying: "a grey area", "a bit of
// a grey zone".
var greyAreaWords = set("area", "areas", "zone", "zones")

// greyAreaNext follow "a grey area" said of a rule or a law: "…in the US",
// "…legally", "…for clinics".
var greyAreaNext = set("in", "of", "for", "legally", "when", "with", "as", "about", "around", "here", "there", "but", "and", "so", "regarding", "still", "right", "now", "at")

// bodyPatchWords are the skin's places a grey patch may be on, besides the
// body tags.
var bodyPatchWords = set("skin", "cheek", "cheeks", "chin", "forehead", "temple", "temples", "nose", "lip", "lips", "jaw", "jawline", "neck", "finger", "fingers", "toe", "toes", "tip", "site")

// tooOutOfItThen reports whether the feeling unwell at p is a past
// moment's fog that kept the writer from taking something in ("the clinic
// mentioned exosomes but I was too out of it to ask"): "was" or "were"
// before it, "to" and a verb of asking or taking in after.
func tooOutOfItThen(toks []token, p int) bool {
	past := false
	for k := max(0, p-3); k < p; k++ {
		past = past || toks[k].key == "was" || toks[k].key == "were"
	}
	return past && p+2 < len(toks) && toks[p+1].key == "to" && toks[p+1].clause == toks[p].clause && takeInVerbs[toks[p+2].key]
}

// takeInVerbs are what a fog keeps one from doing with what one is told:
// ask, follow, remember.
var takeInVerbs = set("ask", "question", "notice", "remember", "follow", "read", "listen", "understand", "process", "argue", "care", "answer", "reply", "respond")

// swallowedWords reports whether the intake at p is of words, not a
// product: what was "swallowed" is claims, marketing or hype ("I've
// swallowed so many influencer claims about exosomes"), named before any
// product in its clause.
func swallowedWords(toks []token, p int) bool {
	for k := p + 1; k < len(toks) && k <= p+5 && toks[k].clause == toks[p].clause; k++ {
		if swallowedClaims[toks[k].key] {
			return true
		}
		if t := toks[k].tags; t.has(tProduct) || t.has(tPills) || t.has(tPoison) || t.has(tEdible) {
			return false
		}
	}
	return false
}

// swallowedClaims are the words a person "swallows" in a figure of speech.
var swallowedClaims = set("claims", "claim", "marketing", "hype", "lies", "lie", "propaganda", "promises", "pitch", "ads", "adverts", "advertising", "nonsense", "rubbish", "bs", "story", "stories", "myths")

// feverOfEverydayIll reports whether the fever at p, in the sentence
// toks[sa:sb], is an everyday illness rather than an infection spreading:
// called low or slight beside a cold or flu named ("got a bit of a cold
// and a low fever today"), or the illness itself had ("I have the flu, can
// I get filler?") with no treatment told before it. A flu by likeness
// ("feel like I've got the flu") or after a treatment ("since the filler
// I've got the flu") stays a sign.
func feverOfEverydayIll(toks []token, p, sa, sb int) bool {
	if !toks[p].tags.has(tFever) {
		return false
	}
	if k := toks[p].key; strings.Contains(k, " ") && namesEverydayIll(k) {
		for j := sa; j < p; j++ {
			if toks[j].tags.has(tInject) || toks[j].tags.has(tTreat) || j >= p-3 && strings.Contains(toks[j].key, "like") {
				return false
			}
		}
		return true
	}
	low := false
	for k := max(sa, p-2); k < p; k++ {
		low = low || lowFever[toks[k].key]
	}
	if !low {
		return false
	}
	for k := sa; k < sb; k++ {
		if namesEverydayIll(toks[k].key) {
			return true
		}
	}
	return false
}

// namesEverydayIll reports whether key, a word or phrase, names a common
// illness: "flu", or a phrase ending in one had ("have the flu", "the
// worst flu"), but not a likeness ("like the flu", "flu like") nor a
// feeling ("freezing cold").
func namesEverydayIll(key string) bool {
	if everydayIll[key] {
		return true
	}
	w := strings.Fields(key)
	n := len(w)
	return n >= 2 && everydayIll[w[n-1]] && (w[n-2] == "the" || w[n-2] == "a" || w[n-2] == "worst") && !strings.Contains(key, "like")
}

// lowFever call a fever mild: "a low fever", "slight temperature".
var lowFever = set("low", "slight", "mild", "lowgrade", "low-grade", "little")

// everydayIll are the common illnesses a low fever comes with.
var everydayIll = set("cold", "flu", "sniffles", "sniffly", "snotty", "virus", "bug", "covid", "chesty")

// numbsMouth reports whether the numbing at k, which an arm sign's
// clauseNot matched, is the mouth's or the face's: the dentist, or a
// numbing told of a mouth or a face just after it ("the anaesthetic
// numbed my lip", "numbing cream on my face"). It explains a numb mouth,
// never a weak arm ("the dentist numbed my mouth and now my arm is weak").
func numbsMouth(toks []token, k int) bool {
	t := &toks[k]
	if !t.tags.has(tNumbing) {
		return false
	}
	if t.key == "dentist" {
		return true
	}
	// A mouth or face named in its clause after it ("numbed my lip") or
	// before it ("my lip is numb from the anaesthetic"), with no arm or
	// leg between ("numbing cream on my arm").
	for _, step := range [...]int{1, -1} {
	scan:
		for j := k + step; j >= 0 && j < len(toks) && j-k <= 6 && k-j <= 6 && toks[j].clause == t.clause; j += step {
			switch {
			case limbParts[toks[j].key]:
				break scan
			case mouthParts[toks[j].key] || toks[j].tags.has(tFace) || toks[j].tags.has(tLips) || toks[j].tags.has(tTongue):
				return true
			}
		}
	}
	return false
}

// mouthParts are the parts of a mouth a dental numbing reaches; limbParts
// those of an arm or a leg, which a numbing cream or a block may numb.
var (
	mouthParts = set("mouth", "lip", "lips", "jaw", "gum", "gums", "tooth", "teeth", "cheek", "cheeks", "chin")
	limbParts  = set("arm", "arms", "hand", "hands", "left arm", "right arm", "left hand", "right hand", "leg", "legs", "left leg", "right leg", "fingers", "wrist", "shoulder")
)

// mildByWords reports whether t, matched by m, is a mild qualifier of
// several words ("a bit", "a little") that m matched only by one of its
// words: "my lips are double the size and I'm a bit short of breath" has
// no lip bitten in it.
// injectedProduct reports whether the token at k, which a clauseNot
// matched, is a product named only as what was injected ("since the
// exosome injections", "the filler and exosome combo"): an injection, not
// a product put on the skin.
func injectedProduct(toks []token, k int, m *matcher) bool {
	t := &toks[k]
	if !t.tags.has(tProduct) || !m.mask.has(tProduct) || m.lits != nil && t.id != 0 && m.lits.has(t.id) {
		return false
	}
	for _, j := range [...]int{k - 1, k + 1, k - 2} {
		if j >= 0 && j < len(toks) && toks[j].clause == t.clause && toks[j].tags.has(tInject) && (j != k-2 || toks[k-1].key == "and" || toks[k-1].key == "with") {
			return true
		}
	}
	// "the bit where they did the exosomes", "where she did my exosomes":
	// a product someone else did to the writer is a treatment.
	j := k - 1
	if j >= 0 && (determiners[toks[j].key] || toks[j].key == "my") {
		j--
	}
	return j >= 1 && toks[j].clause == t.clause && (toks[j].key == "did" || toks[j].key == "done") && (toks[j-1].key == "they" || toks[j-1].key == "she" || toks[j-1].key == "he" || toks[j-1].tags.has(tStaff))
}

// ingredientOf reports whether the token at k, which a clauseNot matched
// as a food (tEdible), names what a product named just after it is made
// of ("the vitamin c serum", "my honey mask", "a rice water toner"): a
// product, not a food.
func ingredientOf(toks []token, k int, m *matcher) bool {
	t := &toks[k]
	if !t.tags.has(tEdible) || !m.mask.has(tEdible) || m.lits != nil && t.id != 0 && m.lits.has(t.id) {
		return false
	}
	return madeOf(toks, k)
}

// tattooWound reports whether the tattoo at k, which a clauseNot matched
// as a lesion, is the wound a sign of pus, a smell or an infection in pos
// is told of ("my new tattoo is full of pus and smells rotten"): a
// tattoo is broken skin, and what oozes from it, unlike a pimple's head,
// is an infection's. A tattoo's ink or plasma weeping in its first days
// (named in its clause) is none, nor a tattoo a clauseNot names by its
// word.
func tattooWound(toks []token, pos []int, k int, m *matcher) bool {
	t := &toks[k]
	if t.key != "tattoo" || m.lits != nil && t.id != 0 && m.lits.has(t.id) {
		return false
	}
	if !slices.ContainsFunc(pos, func(p int) bool { return toks[p].tags.has(tPus) || toks[p].tags.has(tInfected) }) {
		return false
	}
	for j := k - 8; j <= k+8; j++ {
		if j >= 0 && j < len(toks) && toks[j].clause == t.clause && tattooWeep[toks[j].key] {
			return false
		}
	}
	return true
}

// tattooWeep are what a healing tattoo weeps, or how, as it should.
var tattooWeep = set("plasma", "ink", "lymph", "clear", "colour", "color", "normal", "peeling", "flaking", "scabbing")

// madeOf reports whether the food at k names what a product named just
// after it is made of ("vitamin c serum", "rice water toner"; not "juice
// and then the serum").
func madeOf(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2 && toks[j].clause == toks[k].clause; j++ {
		if toks[j].tags.has(tProduct) {
			return true
		}
		if len(toks[j].key) > 1 && !toks[j].tags.has(tEdible) {
			return false
		}
	}
	return false
}

func mildByWords(t *token, m *matcher) bool {
	return t.tags.has(tMild) && strings.Contains(t.key, " ") && !t.tags.any(m.mask)
}

// beingTreated reports whether "being" at i, the last word of a
// tired-of-living sign that ends in [cb], is followed in its clause by a
// participle: what one is tired of being is a treatment or a state
// ("tired of being disappointed", "sick of being let down", "tired of
// being ignored"), not being itself ("tired of being here", "…alive",
// "…me").
func beingTreated(toks []token, i, cb int) bool {
	if toks[i].key != "being" || i+1 >= cb {
		return false
	}
	w, _, _ := strings.Cut(toks[i+1].key, " ") // "let down" may be one token
	return !unwantedSelf[w] && (len(w) > 3 && strings.HasSuffix(w, "ed") || treatedParticiples[w])
}

// unwantedSelf are the participles that say what one is, unwanted or in
// despair, not how one was treated once: "tired of being unwanted", "sick
// of being depressed" stay a weariness of living.
var unwantedSelf = set("depressed", "unwanted", "unloved", "hated", "abandoned", "rejected", "isolated", "unneeded", "despised", "loathed")

// treatedParticiples are the participles not in -ed that tell how one is
// treated or what one is made to be ("let down", "told off", "left out").
var treatedParticiples = set("let", "told", "sold", "made", "left", "sent", "kept", "given", "taken", "forgotten", "beaten", "shown", "seen", "bitten", "held", "caught", "brought", "bought", "hurt", "put", "misunderstood", "mistaken", "thrown", "spoken", "fed", "paid", "shut", "lied", "done", "overdone", "upsold", "ripped", "stung", "broken", "stuck")

// sleepsInTill reports whether x tells a not waking up that ends at a
// time ("I could sleep and not wake up till noon"): a lie-in wished, no
// wish never to wake, in a text that names no means or act of harm.
func (x *text) sleepsInTill() bool {
	if x.namesMeansOfHarm() {
		return false // "…took all my pills, won't wake up till they find me"
	}
	toks := x.toks
	for i := 0; i+2 < len(toks); i++ {
		// The negation is its own word, or one token with the waking
		// ("not waking up until noon").
		k, negated := toks[i].key, false
		if rest, ok := strings.CutPrefix(k, "not "); ok {
			k, negated = rest, true
		} else if rest, ok := strings.CutPrefix(k, "never "); ok {
			k, negated = rest, true
		}
		if k != "wake" && k != "wake up" && k != "waking up" && k != "woke up" {
			continue
		}
		if !negated && (i == 0 || !toks[i-1].tags.has(tNeg) && toks[i-1].key != "never") {
			continue
		}
		j := i + 1
		if toks[j].key == "up" {
			j++
		}
		if j+1 < len(toks) && (toks[j].key == "till" || toks[j].key == "until" || toks[j].key == "til") && toks[j+1].clause == toks[j].clause && (lieInEnds[toks[j+1].key] || toks[j+1].tags.has(tNum)) {
			return true
		}
	}
	return false
}

// floorHabit reports whether x tells a blackout or a waking on the floor
// that recurs from a harmless cause the writer names: "woke up on the
// bathroom floor after sleepwalking again, it happens when I'm stressed",
// "I black out drunk and wake up on the floor once a month lol". Beside a
// treatment, a product, pills, a child, a sign of the body or a sign still
// there, no such reading may quiet the safety net.
func (x *text) floorHabit() bool {
	if x.namesMeansOfHarm() || x.all.has(tPoison) {
		return false
	}
	floor, cause, again := false, false, false
	for i := range x.toks {
		t, k := x.toks[i].tags, x.toks[i].key
		if t.has(tTreat) || t.has(tInject) || t.has(tProduct) || t.has(tChild) || t.has(tChest) || t.has(tNumb) || t.has(tSOB) || t.has(tBreathe) || t.has(tBleed) || t.has(tSevere) || t.has(tEmerg) || t.has(tConfused) || t.has(tDroop) || t.has(tSlur) || t.has(tSpeech) || t.has(tHeadache) || t.has(tPalp) || t.has(tFever) || t.has(tSweat) || t.has(tPain) || t.has(tVision) || t.has(tSwell) || t.has(tAllergy) {
			return false
		}
		if lastingWords[k] || floorHurtWords[k] {
			return false
		}
		switch {
		case floorWords[k]:
			floor = true
		case floorCauses[k]:
			cause = true
		case t.has(tHabit) || floorAgain[k]:
			again = true
		}
	}
	return floor && cause && again
}

// floorWords tell a blackout or a waking somewhere one did not lie down.
var floorWords = set("floor", "on the floor", "black out", "blacked out", "blackout", "blackouts", "blacking out")

// floorCauses are the harmless causes named for it: sleepwalking, drink.
var floorCauses = set("sleepwalking", "sleepwalk", "sleepwalked", "sleepwalker", "drunk", "drinking", "hungover", "wasted", "pissed", "tipsy")

// floorAgain tell it recurs.
var floorAgain = set("again", "happens", "month", "week", "weekend", "weekends", "sometimes", "regularly", "lol", "lmao", "whenever", "every")

// floorHurtWords tell a harm from it: a fall, a head struck, blood.
var floorHurtWords = set("hit", "hurt", "banged", "bumped", "head", "blood", "cut", "bruised", "bruise", "cant", "couldnt", "wont", "help", "scared", "worried", "first", "never")

// glowStraightAfter reports whether the only infection signs x tells are
// heat and redness dated straight after a treatment ("red and hot straight
// after the laser", "right after my peel"): a skin treatment's expected
// flush, hours before any infection could show. A fever, pus, streaks, a
// spread, feeling ill, a swelling or an injection beside it is none, and
// nor is heat or redness dated days after.
func (x *text) glowStraightAfter() bool {
	if !x.all.has(tTreat) || !x.all.has(tHot) && !x.all.has(tRed) || x.all.any(glowNot) {
		return false
	}
	toks := x.toks
	for k := 0; k+2 < len(toks); k++ {
		if !freshAfter[toks[k].key] || toks[k+1].key != "after" {
			continue
		}
		n := k + 2
		if toks[n].key == "the" || toks[n].key == "my" || toks[n].key == "a" || toks[n].key == "her" || toks[n].key == "his" {
			n++
		}
		if n < len(toks) && toks[n].tags.has(tTreat) {
			return true
		}
	}
	return false
}

// freshAfter date a sign to the moment after a treatment: "straight
// after"; glowNot are the tags of a sign that no treatment's flush
// explains.
var (
	freshAfter = set("straight", "right", "just", "immediately", "directly")
	glowNot    = func() (s tagSet) {
		for _, t := range []tag{tFever, tPus, tStreak, tSpread, tUnwell, tSepsis, tInfected, tSwell, tInject, tBleed, tBlind, tVision, tBreathe, tSOB, tPain, tSevere, tColour, tHives,
			tDizzy, tFaint, tChest, tConfused, tNumb, tAllergy, tReaction, tAnaph} {
			s.add(t)
		}
		return s
	}()
)

// ownColdNamed reports whether the writer names a sore throat's common
// cause as their own ("even swallowing spit hurts, I think I'm getting
// tonsillitis"), with no product, treatment or injection beside it and no
// sign of an airway closing, an allergy, a fever or a severity: nothing
// the safety net may alarm on.
func (x *text) ownColdNamed() bool {
	if x.namesMeansOfHarm() || x.all.has(tPoison) {
		return false
	}
	named := false
	for i := range x.toks {
		t, k := x.toks[i].tags, x.toks[i].key
		if t.has(tTreat) || t.has(tInject) || t.has(tProduct) || t.has(tClose) || t.has(tSwell) || t.has(tBig) || t.has(tBigX) || t.has(tSOB) || t.has(tSOBWeak) || t.has(tBreathe) || t.has(tWheeze) || t.has(tTongue) || t.has(tLips) || t.has(tHives) || t.has(tAllergy) || t.has(tReaction) || t.has(tAnaph) || t.has(tEpi) || t.has(tFever) || t.has(tVoiceBad) || t.has(tSevere) || t.has(tEmerg) || t.has(tChild) || t.has(tRed) || t.has(tPus) || t.has(tUnwell) || t.has(tDizzy) || t.has(tFaint) || t.has(tChest) {
			return false
		}
		if coldBlock[k] {
			return false
		}
		if !coldIllness[k] && !(k == "cold" && i > 0 && x.toks[i-1].key == "a") {
			continue
		}
		for j := max(0, i-4); j < i; j++ {
			if coldOwn[x.toks[j].key] {
				named = true
			}
		}
	}
	return named
}

// coldIllness are the common causes of a sore throat a writer names.
var coldIllness = set("tonsillitis", "strep", "laryngitis", "pharyngitis", "virus", "bug", "covid", "sore throat")

// coldOwn tell the illness the writer's own: "I think I'm getting…".
var coldOwn = set("getting", "got", "think", "have", "caught", "catching", "coming", "probably", "prob", "maybe", "its", "another")

// coldBlock tell a throat worse than a cold's: drooling, a mouth that will
// not open, a voice gone, worse and worse.
var coldBlock = set("drool", "drooling", "dribbling", "spit out", "cant", "cannot", "couldnt", "worse", "spreading", "muffled", "stiff", "lockjaw", "one-sided", "abscess", "quinsy", "help", "emergency")

// shObjectOnly reports that a self-harm sign was undone by its own object
// (shObject) and the text has no other: no weak self-harm sign beside it
// (hint), no means of harm, no dying and no named way of doing it.
func (x *text) shObjectOnly(hint Screening) bool {
	return (x.shObject || x.shReason) && hint.Urgency != UrgencySelfHarm && !x.namesMeansOfHarm() && !x.all.has(tDie) && !x.all.has(tMeans) && !x.all.has(tSelf)
}

// namesMeansOfHarm reports whether x names pills, a stash, killing,
// harming or self-harm itself anywhere: beside such words no reading of a
// harmless past or routine (sleepsInTill, caresNotToWake, feelsSelfAgain)
// may quiet the safety net.
func (x *text) namesMeansOfHarm() bool {
	return x.all.has(tPills) || x.all.has(tSuicide) || x.all.has(tKillV) || x.all.has(tHarmV) || x.all.has(tStash)
}

// caresNotToWake reports whether x tells the writer's care not to wake
// someone else ("so I won't wake up the baby", wakesOther), with no pills
// or self-harm words beside it: nothing the safety net may alarm on.
func (x *text) caresNotToWake() bool {
	if x.namesMeansOfHarm() {
		return false
	}
	for p := range x.toks {
		if wakesOther(x.toks, p) {
			return true
		}
	}
	return false
}

// dictatesForBusyHands reports whether x tells why it is dictated, its
// writer's hands busy with a craft or a chore ("typing this with voice
// because my hands are covered in clay"), and names no sign of any kind
// nor a means of harm: the voice and the hands are how the message came,
// nothing the safety net may alarm on.
func (x *text) dictatesForBusyHands() bool {
	if x.namesMeansOfHarm() {
		return false
	}
	for _, t := range []tag{tBleed, tBleedX, tNumb, tSwell, tPain, tHives, tRed, tMoveLoss, tBreathe, tSOB, tSOBWeak, tFaint, tDizzy, tPoison, tIngest, tIngestPast, tColour, tFever, tPus, tChest, tEmerg, tWake, tConfused, tDroop, tSlur, tVision, tBlind, tThroat, tClose, tTongue, tUnwell, tHopeless, tBurden, tFarewell, tFarewellX, tDie, tEndV, tSevere, tHelp} {
		if x.all.has(t) {
			return false
		}
	}
	toks := x.toks
	for p := range toks {
		if !dictationWords[toks[p].key] {
			continue
		}
		for h := p + 1; h < len(toks) && h <= p+8 && toks[h].sent == toks[p].sent; h++ {
			if toks[h].key != "hands" {
				continue
			}
			for k := h + 1; k < len(toks) && k <= h+3 && toks[k].clause == toks[h].clause; k++ {
				if busyHands[toks[k].key] {
					return true
				}
				if toks[k].key == "covered" && k+2 < len(toks) && (toks[k+1].key == "in" || toks[k+1].key == "with") && handsCoveredIn[toks[k+2].key] {
					return true
				}
			}
		}
	}
	return false
}

// dictationWords tell a message spoken, not typed: "typing this with
// voice", "dictating".
var dictationWords = set("voice", "dictating", "dictate", "dictated", "dictation", "siri", "speech")

// busyHands are how hands are too busy to type: full, dirty, wet.
var busyHands = set("full", "busy", "dirty", "messy", "wet", "sticky", "floury", "greasy", "muddy", "occupied", "tied")

// handsCoveredIn are the crafts and chores hands are covered in.
var handsCoveredIn = set("clay", "flour", "dough", "paint", "mud", "soil", "dirt", "glue", "oil", "grease", "soap", "suds", "batter", "butter", "plaster", "grout", "ink", "glitter", "cement", "paste", "henna", "dye", "sauce", "chocolate", "sand", "compost", "wax", "resin", "slime", "pastry")

// lieInEnds are the times a lie-in ends at: "till noon", "until lunch".
var lieInEnds = set("noon", "midday", "lunch", "lunchtime", "afternoon", "morning", "tomorrow", "the afternoon", "10", "11", "12", "9", "ten", "eleven", "twelve", "nine")

// wakesOther reports whether the "won't wake" at p is the writer's care
// not to wake someone else ("so I won't wake up the baby"): the writer its
// subject, and someone its object. "She won't wake up" is no such care.
func wakesOther(toks []token, p int) bool {
	if k := toks[p].key; k != "wont wake" && k != "won't wake" || p == 0 || !toks[p-1].tags.has(tI) {
		return false
	}
	o := p + 1
	if o < len(toks) && toks[o].key == "up" {
		o++
	}
	if o >= len(toks) || toks[o].clause != toks[p].clause {
		return false
	}
	t := &toks[o]
	return determiners[t.key] || t.tags.has(tPoss) || t.tags.has(tChild) || t.tags.has(tThird) || t.key == "everyone" || t.key == "anyone" || t.key == "him" || t.key == "them" || t.key == "you"
}

// signNamesGroup reports whether the self-harm word at p names a group,
// a service or a subject of study, not an act: "I run a self-harm support
// group", "suicide prevention training". Support asked for ("I need
// self-harm support") is none of them.
func signNamesGroup(toks []token, p int) bool {
	if !toks[p].tags.has(tSuicide) || p+1 >= len(toks) || toks[p+1].clause != toks[p].clause {
		return false
	}
	n := toks[p+1].key
	if n == "support" && p+2 < len(toks) && toks[p+2].clause == toks[p].clause {
		return supportGroups[toks[p+2].key]
	}
	return groupWords[n]
}

// groupWords name what a self-harm word may qualify that is no act: a
// group, a course, a service.
var groupWords = set("awareness", "prevention", "charity", "charities", "training", "workshop", "workshops", "course", "module", "policy", "protocol", "research", "volunteer", "volunteers", "volunteering", "facilitator", "facilitators", "group", "groups", "forum", "forums", "campaign", "fundraiser", "survivors")

// supportGroups follow "self-harm support" when it names a group, not help
// asked for: "support group", "support worker".
var supportGroups = set("group", "groups", "worker", "workers", "volunteer", "volunteers", "charity", "network", "meeting", "meetings", "circle", "service", "services")

// saidNotNormal reports whether the normal word at i, in a sentence
// starting at a, is denied: "isn't the normal sore", "not your usual
// swelling", "not normal". What follows is told as out of the ordinary,
// not asked about.
func saidNotNormal(toks []token, a, i int) bool {
	k := i - 1
	for k > a && (determiners[toks[k].key] || toks[k].key == "my" || toks[k].key == "your") {
		k--
	}
	return k >= a && k < i && toks[k].tags.has(tNeg) && k >= i-2
}

// tempSaidNormal reports whether the word at p is a temperature said to be
// normal, in its sentence toks[sa:sb]: "temp normal", "my temperature is
// fine", "normal temp". A temperature told high ("temp 39") is not.
func tempSaidNormal(toks []token, p, sa, sb int) bool {
	if !temperatureWords[toks[p].key] {
		return false
	}
	if p > sa && tempFine[toks[p-1].key] {
		return true // "normal temp"
	}
	for k := p + 1; k < sb && k <= p+4; k++ {
		switch {
		case tempFine[toks[k].key]:
			return true
		case tempLinks[toks[k].key]:
		default:
			return false
		}
	}
	return false
}

// temperatureWords name a temperature taken.
var temperatureWords = set("temp", "temps", "temperature", "temperatures")

// tempFine say a temperature is well; tempLinks may come between: "temp's
// back to normal".
var (
	tempFine  = set("normal", "fine", "ok", "okay", "good", "stable", "steady")
	tempLinks = set("is", "was", "s", "been", "has", "stayed", "stays", "still", "totally", "completely", "perfectly", "all", "back", "to", "totes", "seems", "looks", "came", "reads")
)

// yourOwnAged reports whether "your" in toks[ca:cb] is the writer's own,
// who gives their age in the message ("is it normal for your jaw to ache
// with a heavy chest? I'm 58"): a "you" for oneself, not people in general.
func yourOwnAged(toks []token, ca, cb int) bool {
	your := false
	for k := ca; k < cb && !your; k++ {
		your = toks[k].key == "your"
	}
	if !your {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].key == "im" || toks[k].key == "i am") && toks[k+1].tags.has(tNum) && (k+2 == len(toks) || toks[k+2].sent != toks[k].sent || toks[k+2].key == "years" || toks[k+2].key == "years old" || toks[k+2].key == "yo") {
			return true
		}
	}
	return false
}

// ageNow reports whether "now" at k tells an age ("…as a toddler, now
// she's 12"): how old someone is now, no event now.
func ageNow(toks []token, k int) bool {
	if toks[k].key != "now" || k+2 >= len(toks) || toks[k+2].clause != toks[k].clause {
		return false
	}
	switch toks[k+1].key {
	case "shes", "hes", "theyre", "im", "is", "are", "aged":
		return toks[k+2].tags.has(tNum)
	}
	return false
}

// takenBack reports whether the word at k takes back what was said as a
// joke: "kidding", "jk", "joking" ("…has a fever from how hot I look 😎
// kidding"). "not kidding" and "no joke" are phrases of their own, which
// say the opposite; "are you kidding me" is dismay, "half joking" half
// meant, and "jk no seriously" meant after all.
func takenBack(toks []token, k int) bool {
	switch toks[k].key {
	case "kidding", "jk", "joking":
	default:
		return false
	}
	if k+1 < len(toks) && toks[k+1].key == "me" && toks[k+1].clause == toks[k].clause {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].sent == toks[k].sent; j++ {
		if inEarnest[toks[j].key] {
			return false // "jk no I'm serious": the joke taken back in turn
		}
	}
	return !(k > 0 && (toks[k-1].key == "you" || toks[k-1].key == "u" || toks[k-1].key == "youre" || toks[k-1].key == "ur" || toks[k-1].key == "half"))
}

// punchlineCall reports whether the sentence toks[sa:sb] is no more than a
// call for an ambulance ("999 pls", "someone call 911") told right after a
// sentence that laughs, prices or raves and tells no sign of the body, no
// child, no intake and no fear ("my skin after this peel 😂. 999 pls"):
// the call is the joke's punchline. A call after a sign, a child or a plea
// for help, or one that says more, stays a call.
func punchlineCall(toks []token, sa, sb int) bool {
	if sa == 0 || sb-sa > 4 {
		return false
	}
	for k := sa; k < sb; k++ {
		if !toks[k].tags.has(tEmerg) && !callFiller[toks[k].key] {
			return false
		}
	}
	pa := sa - 1
	for pa > 0 && toks[pa-1].sent == toks[sa-1].sent {
		pa--
	}
	joke := false
	for k := pa; k < sa; k++ {
		t := toks[k].tags
		if t.any(punchlineNot) {
			return false
		}
		joke = joke || t.has(tLaugh) || t.has(tMoney) || t.has(tHype) || laughingWords[toks[k].key] || priceNouns[toks[k].key]
	}
	return joke
}

// faintAsLimit reports whether the faint at k is told as the limit of a
// doing wished or to come ("scream into a pillow till I pass out", "laugh
// until I black out"): "till/until" and a subject before a faint in its
// plain form, which tells no faint that happened ("coughed till he passed
// out" did).
func faintAsLimit(toks []token, k, sa int) bool {
	if k-2 < sa {
		return false
	}
	switch toks[k].key {
	case "pass out", "black out", "faint", "collapse":
	default:
		return false
	}
	if s := toks[k-1].tags; !s.has(tI) && !s.has(tThird) {
		return false
	}
	switch toks[k-2].key {
	case "till", "until", "til", "untill":
		// Not when the sentence takes something till then: "I'm going
		// to take pills till I pass out tonight" is a plan of harm.
		for i := sa; i < k; i++ {
			if toks[i].tags.has(tPills) || toks[i].tags.has(tIngest) || limitIntake[toks[i].key] {
				return false
			}
			if limitSigns[toks[i].key] {
				return false // "he keeps vomiting till he passes out": a sign that ends in a faint, no doing wished
			}
		}
		return true
	}
	return false
}

// faintAtSight reports whether the faint at lo, told in the present
// simple ("I pass out", "he faints"), reacts "at the sight of" or "at the
// thought of" something: a way one reacts whenever it comes, not a faint
// now ("he passes out at the sight of needles, can he have microneedling?").
// A faint told in the past at a sight ("I passed out at the sight of my own
// blood") happened.
func faintAtSight(toks []token, lo, hi, sb int) bool {
	switch toks[lo].key {
	case "pass out", "passes out", "faint", "faints", "black out", "blacks out", "keel over", "keels over":
	default:
		return false
	}
	k := hi + 1
	if k < sb && toks[k].key == "at the sight of" {
		return true
	}
	return k+3 < sb && toks[k].key == "at" && toks[k+1].key == "the" && sightWhen[toks[k+2].key] && toks[k+3].key == "of"
}

// sightWhen are what one reacts at, "at the sight of" or "at the thought
// of" something.
var sightWhen = set("thought", "mention", "smell")

// limitSigns are signs of the body, not doings one wishes, that a faint
// may end: "vomiting till he passes out", "retching until she blacks out".
var limitSigns = set("vomiting", "vomit", "vomits", "vomited", "throwing up", "throws up", "threw up", "being sick", "retching", "retches", "retched", "heaving", "coughing", "coughs", "coughed", "choking", "chokes", "gagging", "gags", "fitting", "seizing", "shaking", "bleeding", "bleeds", "wheezing", "gasping")

// limitIntake are what one may take or drink till one passes out.
var limitIntake = set("take", "taking", "drink", "drinking", "pills", "tablets", "vodka", "wine", "booze", "alcohol", "sniff", "sniffing", "huff", "huffing", "inhale", "inhaling")

// callForBlemish reports whether the emergency call at k, in the sentence
// toks[sa:sb], is made "for" a blemish: a spot, a zit or a breakout named
// after "for", or "for it/this/that" in a sentence that names one. A call
// for a blemish is a hyperbole ("this close to calling an ambulance for
// it", of a spot the size of a postcode); a call for a person, a swelling
// or a reaction is none.
func callForBlemish(toks []token, k, sa, sb int) bool {
	j := k + 1
	if j >= sb || toks[j].key != "for" {
		return false
	}
	j++
	if j >= sb {
		return false
	}
	blemish := func(t *token) bool { return t.tags.has(tLesion) || t.key == "spot" || t.key == "spots" }
	switch toks[j].key {
	case "it", "this", "that", "them":
		for i := sa; i < sb; i++ {
			if blemish(&toks[i]) {
				return true
			}
		}
		return false
	case "a", "my", "the", "this_one", "one":
		j++
	}
	return j < sb && blemish(&toks[j])
}

// nearlyCalledOnSelf reports whether the call at k, in the sentence
// toks[sa:sb], was one nearly made on the writer ("nearly called 999 on
// myself", "almost rang an ambulance on me", nearlyWords): a call on oneself is a
// report of oneself, as one calls the police on someone, and one nearly
// made was not made; help for oneself is called "for" one.
func nearlyCalledOnSelf(toks []token, k, sa, sb int) bool {
	if k+2 >= sb || toks[k+1].key != "on" || toks[k+2].key != "myself" && toks[k+2].key != "me" {
		return false
	}
	for i := k - 1; i >= sa && i >= k-3; i-- {
		if nearlyWords[toks[i].key] {
			return true
		}
	}
	return false
}

// childInGeneralAsked reports whether the sentence toks[sa:sb] asks, by
// a modal that opens it, whether a child in general may take something:
// "can a baby swallow face cream safely?", "could toddlers drink toner?"
// — a child named "a" or in the plural, a bare verb after it, nothing
// dated now or just.
func childInGeneralAsked(toks []token, sa, sb int) bool {
	if sb-sa < 3 || !generalAskModals[toks[sa].key] {
		return false
	}
	k := sa + 1
	if toks[k].key == "a" || toks[k].key == "an" {
		k++
	} else if !strings.HasSuffix(toks[k].key, "s") {
		return false
	}
	if k+1 >= sb || !toks[k].tags.has(tChild) || !bareIntakeVerbs[toks[k+1].key] {
		return false
	}
	for i := sa; i < sb; i++ {
		if t := toks[i].tags; t.has(tRecent) || t.has(tPresent) || t.has(tPoss) || toks[i].key == "just" || toks[i].key == "now" {
			return false
		}
	}
	return true
}

// generalAskModals open a question of what may be done in general.
var generalAskModals = set("can", "could", "should", "would", "will", "do", "does", "may", "might")

// bareIntakeVerbs are the bare verbs of intake: "can a baby swallow…".
var bareIntakeVerbs = set("swallow", "drink", "eat", "lick", "chew", "taste", "sip", "ingest", "have")

// intakeToldElsewhere reports whether a sentence other than sent tells an
// intake of its own ("…? mine just did", "she ate some").
func (x *text) intakeToldElsewhere(sent int32) bool {
	for i := range x.toks {
		if x.toks[i].sent == sent {
			continue
		}
		if t := x.toks[i].tags; t.has(tIngestPast) || x.toks[i].key == "did" || x.toks[i].key == "has" || x.toks[i].key == "had" {
			return true
		}
	}
	return false
}

// productNamed reports whether the word at lo begins a name a brand or a
// product is called by, in the sentence toks[sa:sb]: "the brand I like
// is called 'Overdose Drops'", "a serum named Toxic Glow" (a quote
// between, which breaks the clause, too). Called a name, it names no
// intake.
func productNamed(toks []token, lo, sa, sb int) bool {
	if lo == sa || !namingVerbs[toks[lo-1].key] {
		return false
	}
	for i := sa; i < sb; i++ {
		if brandNouns[toks[i].key] || toks[i].tags.has(tProduct) {
			return true
		}
	}
	return false
}

// namingVerbs give a thing its name: "called", "named".
var namingVerbs = set("called", "named", "labelled", "labeled", "dubbed", "branded", "titled")

// brandNouns are what a name may be of: "the brand…", "a range…".
var brandNouns = set("brand", "brands", "product", "products", "range", "line", "label", "company", "shop", "store", "serum", "cream", "drops", "mask", "toner", "bottle")

// blemishCallWeighed reports whether the emergency call at k, in the
// sentence toks[sa:sb], is weighed against a skincare fix for a blemish
// named before it: "pimple on my nose so big it has its own postcode,
// should I call 911 or will exosomes shrink it" is a hyperbole, as a call
// "for" a spot is (callForBlemish). A sentence that tells a sign besides
// the blemish (a swelling lip, a breath, a fever) makes a real call.
func blemishCallWeighed(toks []token, k, sa, sb int) bool {
	blemish, tall := false, false
	for i := sa; i < sb; i++ {
		t := toks[i].tags
		if t.has(tLesion) && i < k && toks[i].key != "tattoo" && toks[i].key != "sunburn" {
			blemish = true
		}
		tall = tall || t.has(tBig) || t.has(tBigX) || t.has(tLaugh)
		if blemishCallSigns[toks[i].key] {
			return false
		}
		for _, g := range [...]tag{tSwell, tBreathe, tSOB, tSwallow, tThroat, tLips, tTongue, tWheeze, tHives, tFever, tHot, tPus, tSpread, tUnwell, tFaint, tDizzy, tNumb, tChest, tBleed, tVision, tColour, tPain, tSevere, tHelp} {
			if t.has(g) {
				return false
			}
		}
	}
	if !blemish || !tall {
		return false // the call is a hyperbole of the blemish's size, or laughed at
	}
	for i := k + 1; i < sb; i++ {
		if toks[i].key != "or" {
			continue
		}
		for j := i + 1; j < sb && j <= i+5; j++ {
			if t := toks[j].tags; t.has(tProduct) || t.has(tTreat) || blemishFixes[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// blemishCallSigns are signs the tags may not mark, told beside a
// blemish: "…and I feel faint, should I call 999 or…".
var blemishCallSigns = set("faint", "fainting", "sick", "vomiting", "dizzy", "woozy", "shaking", "fever", "temperature", "hot", "burning", "spreading", "bleeding", "hurts", "agony")

// blemishFixes are what a skincare fix for a blemish does or is: "or
// will exosomes shrink it", "or just pop a patch on".
var blemishFixes = set("exosome", "exosomes", "shrink", "patch", "patches", "pop", "squeeze", "dry", "cream", "serum", "concealer")

// figureCaller reports whether the one who calls the emergency service
// at lo, in its clause from ca, is an animal or a thing, which no one
// could hear ring: a hyperbole ("my sunburn is so bad the gulls are
// calling an ambulance", "my bank balance dialled 999"). The caller is the
// word before the call verb (or before a call phrase, "calling 999"), past
// an article and an auxiliary; a person, a pet's owner, a clinic, a
// school or a phone or watch that rings by itself is a real caller.
func figureCaller(toks []token, lo, ca int) bool {
	k := lo - 1
	if !strings.HasPrefix(toks[lo].key, "call") {
		for k >= ca && callArticles[toks[k].key] {
			k--
		}
		if k < ca || !callVerbs[toks[k].key] {
			return false
		}
		k--
	}
	for k >= ca && callAux[toks[k].key] {
		k--
	}
	if k < ca {
		return false
	}
	t := &toks[k]
	if petWords[t.key] || figureCallers[t.key] {
		return true
	}
	return !namesPerson(t.tags) && (t.tags.has(tProduct) || t.tags.has(tMoney) || t.tags.has(tLesion))
}

// emergWorkplace reports whether the emergency department at k, in its
// clause toks[ca:cb], is named as where someone works: the place "in" or
// "at" which a role or a stint of work is ("a nurse in A&E", "three night
// shifts in A&E", "I work in the ER"), or the word before one ("an A&E
// nurse", "my ER shift"). Working there is no emergency; going there, or
// being there, for oneself or another still is.
func emergWorkplace(toks []token, k, ca, cb int) bool {
	if k+1 < cb && emergWork[toks[k+1].key] {
		return true
	}
	j := k - 1
	if j >= ca && toks[j].key == "the" {
		j--
	}
	if j-1 < ca || toks[j].key != "in" && toks[j].key != "at" {
		return false
	}
	return emergWork[toks[j-1].key]
}

// emergWork are the roles and stints of work that name an emergency
// department as a workplace (emergWorkplace).
var emergWork = set("nurse", "nurses", "nursing", "doctor", "doctors", "doc", "docs", "consultant", "registrar", "porter", "porters", "receptionist", "receptionists", "hca", "staff", "shift", "shifts", "nights", "rota", "placement", "rotation", "job", "work", "works", "worked", "working", "colleague", "colleagues")

// swallowThatClause reports whether "hard to swallow" (difficult, tough)
// at lo..hi takes a "that" clause for its object, the idiom of a thing
// hard to accept ("hard to swallow that these serums aren't approved"): a
// throat swallows food, not a clause. Not when "so" or "such" leads it (a
// result: "so hard to swallow that I'm drooling"), nor when the "that" is
// a degree ("hard to swallow that well").
func swallowThatClause(toks []token, lo, hi, sb int) bool {
	if !hardToSwallow[toks[lo].key] || !toks[hi].tags.has(tSwallow) || hi+2 >= sb || toks[hi+1].key != "that" || toks[hi+2].clause != toks[hi].clause {
		return false
	}
	if lo > 0 && (toks[lo-1].key == "so" || toks[lo-1].key == "such" || toks[lo-1].key == "too") {
		return false
	}
	return !thatDegree[toks[hi+2].key]
}

// hardToSwallow are the words of the idiom "hard to swallow"; thatDegree,
// the words after "that" that make it a degree ("that well", "that much").
var (
	hardToSwallow = set("hard", "harder", "difficult", "tough", "tougher")
	thatDegree    = set("well", "easily", "easy", "much", "fast", "quickly", "good", "properly", "normally", "far", "bad", "badly")
)

// callArticles, callVerbs and callAux are what stands between a caller and
// the emergency service called: "the flies are calling the paramedics".
// figureCallers are the animals and things of the body or the look that
// are told calling one in jest (a pet's words are petWords).
var (
	callArticles  = set("the", "an", "a")
	callVerbs     = set("call", "calls", "calling", "called", "ring", "rings", "ringing", "rang", "dial", "dials", "dialling", "dialing", "dialled", "dialed", "phone", "phones", "phoning", "phoned")
	callAux       = set("is", "are", "was", "were", "s", "have", "has", "had", "literally", "actually", "already", "just", "now", "all", "even")
	figureCallers = set("flies", "fly", "bugs", "bees", "wasps", "ants", "birds", "gulls", "seagulls", "pigeons", "crows", "mosquitoes", "mozzies", "midges", "fish", "cows", "sheep", "skin", "face", "pores", "wrinkles", "mirror", "reflection", "selfie", "wallet", "bank", "sunburn", "tan")
)

// callFiller are the words a bare call for an ambulance is told with;
// punchlineNot, the tags of a sentence before it that make it a call in
// earnest.
var (
	callFiller   = set("call", "someone", "somebody", "pls", "please", "plz", "now", "asap", "rn", "stat", "send", "quick", "me", "an")
	punchlineNot = func() (s tagSet) {
		for _, t := range []tag{tBreathe, tSOB, tSwallow, tThroat, tSwell, tTongue, tLips, tWheeze, tHives, tChest, tCPain, tPain, tNumb, tDizzy, tFaint, tFever, tPus, tVision, tIngest, tIngestPast, tPoison, tSuicide, tSelf, tDie, tUnwell, tAnaph, tAllergy, tChild, tHelp, tInject} {
			s.add(t)
		}
		return s
	}()
)

// outcomeOpensNext reports whether the sentence after sent (which starts
// at sb) opens with how a scare ended, in its first few words ("Turned out
// to be three espressos", "GP checked him, all clear"), with nothing after
// it that says the sign came back: a scare only thought ("he thought he
// was having a heart attack") and told ended in the next breath.
func outcomeOpensNext(x *text, sent int32, sb int) bool {
	toks := x.toks
	if sb >= len(toks) || toks[sb].sent != sent+1 || int(sent)+1 >= len(x.resolve) || x.resolve[sent+1] != pastOver {
		return false
	}
	for k := sb; k < len(toks) && k < sb+6 && toks[k].sent == sent+1; k++ {
		if toks[k].tags.has(tResolved) {
			return !cameBack(toks, k, len(toks))
		}
	}
	return false
}

// thoughtBefore reports a scare only thought, in the past, before lo in
// its sentence (from sa): "he thought he was having a heart attack"; "I
// think I'm having one" is a scare now.
func thoughtBefore(toks []token, sa, lo int) bool {
	for k := sa; k < lo; k++ {
		if toks[k].key == "thought" {
			return true
		}
	}
	return false
}

// takenBackAfter reports whether the sentence starting at sb, the one
// after a sign's, is no more than a joke taken back ("jk.", "lol jk",
// "kidding!", "(joke, obviously)"): the sign's sentence was the joke.
func takenBackAfter(toks []token, sb int) bool {
	if sb >= len(toks) {
		return false
	}
	back := false
	for k := sb; k < len(toks) && toks[k].sent == toks[sb].sent; k++ {
		if k >= sb+3 || !toks[k].tags.has(tLaugh) && toks[k].key != "just" && toks[k].key != "im" && toks[k].key != "joke" && !jokeAsides[toks[k].key] {
			return false
		}
		back = back || takenBack(toks, k) || toks[k].key == "joke"
	}
	return back
}

// jokeCloses reports a bare "joke" that ends the message, with no more
// than asides after it ("…or just buy exosomes (joke obviously)"): the
// message is called a joke. "what a joke", "this is no joke" and "is
// this a joke" name something else.
func jokeCloses(toks []token, k int) bool {
	if toks[k].key != "joke" || k > 0 && jokeNamed[toks[k-1].key] {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if !jokeAsides[toks[j].key] && !toks[j].tags.has(tLaugh) {
			return false
		}
	}
	return true
}

// jokeNamed come before a "joke" that names something: "a joke", "no
// joke".
var jokeNamed = set("a", "the", "no", "not", "this", "that", "its", "is", "bad", "sick", "cruel", "some", "total", "complete")

// jokeAsides go with a joke taken back in a sentence of its own: "joking,
// obviously", "(joke, ofc)", "only joking".
var jokeAsides = set("obviously", "ofc", "clearly", "only")

// inEarnest take back a joke taken back: "jk no seriously".
var inEarnest = set("serious", "seriously", "srsly", "srs", "honestly", "fr", "for real", "actually")

// subjectIs reports whether the words right before the sign at lo, in its
// clause (from ca), past filler words and adverbs ("is", "finally") but no
// person, name what m matches: the sign's subject. "my bathroom shelf is
// collapsing" and "my jaw hit the floor" say nothing of a person.
func (x *text) subjectIs(m *matcher, lo, ca int) bool {
	for k := lo - 1; k >= ca && k >= lo-3; k-- {
		switch t := &x.toks[k]; {
		case namesPerson(t.tags):
			return false // "cleaning the shelf she collapsed": she is
		case m.matches(t):
			return true
		case !t.tags.has(tFill) && !strings.HasSuffix(t.key, "ly") && !t.tags.has(tDesire) && t.key != "to":
			return false // past "wants to": "my wallet wants to jump off a bridge"
		}
	}
	return false
}

// mildIn reports whether toks[a:b] qualifies a sign as mild ("a bit
// swollen"): a mild word that describes a product or a treatment ("that
// little vial", "a mild cleanser") does not.
func (x *text) mildIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].tags.has(tMild) && !(k+1 < b && (x.toks[k+1].tags.has(tProduct) || x.toks[k+1].tags.has(tInject) || x.toks[k+1].tags.has(tTreat))) {
			return true
		}
	}
	return false
}

// figurativeDeath reports the shapes of "dying" as a figure of speech:
// "this breakout makes me want to die lol", "I'd rather die than pay $500",
// "I'll die if it's sold out".
// deathDisowned reports a death wish disowned in the words right after
// it: "I want to die lol (not literally)", "wanna die, not literally": the
// writer says the words are not meant. A laugh may come between; a wish
// told and then anything else ("…die, not literally planning it but…")
// is read with the next words too, so only "not literally" closing the
// sentence, or followed by a laugh, disowns it.
func deathDisowned(toks []token, hi int) bool {
	for k := hi + 1; k < len(toks) && k <= hi+3; k++ {
		if toks[k].key != "not" {
			if toks[k].tags.has(tLaugh) {
				continue
			}
			return false
		}
		if k+1 >= len(toks) || toks[k+1].key != "literally" && toks[k+1].key != "literal" {
			return false
		}
		for j := k + 2; j < len(toks) && toks[j].sent == toks[k+1].sent; j++ {
			if !toks[j].tags.has(tLaugh) {
				return false
			}
		}
		return true
	}
	return false
}

func (x *text) figurativeDeath(sa, sb, lo, hi int) bool {
	toks := x.toks
	for k := sa; k < lo; k++ {
		if toks[k].key == "if" && !(remedyFails(toks, k+1, lo) && !x.hasTag(tDie, lo, hi+1)) {
			return true // "if I have to pay $800 I'll kill myself lol"
		}
	}
	for k := max(sa, lo-4); k < lo; k++ {
		if (toks[k].key == "makes" || toks[k].key == "made" || toks[k].key == "making" || toks[k].key == "make") && k+1 < sb && toks[k+1].key == "me" {
			return true
		}
		if toks[k].key == "rather" {
			return true
		}
	}
	for k := hi + 1; k < sb && k <= hi+2; k++ {
		switch toks[k].key {
		case "than", "if", "when", "before", "of", "from", "laughing":
			return true
		}
	}
	return false
}

// remedyFails reports a condition that a remedy fails, in toks[a:b]: "if
// this exosome stuff doesn't fix my face". An act of ending one's life on
// that condition ("…I'm just gonna kms haha") is despair at the last hope,
// not a figure of speech, however it is laughed off; a death foretold on it
// ("I'll die if this breakout doesn't clear") stays a figure.
func remedyFails(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !toks[k].tags.has(tNeg) && !toks[k].tags.has(tNegD) {
			continue
		}
		for j := k + 1; j < b && j <= k+2; j++ {
			if remedyVerbs[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// remedyVerbs say what a remedy does when it works.
var remedyVerbs = set("work", "works", "working", "help", "helps", "helping", "fix", "fixes", "fixing", "clear", "clears", "improve", "improves", "heal", "heals")

// hasTag reports whether a token of x.toks[a:b] has tag t.
func (x *text) hasTag(t tag, a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].tags.has(t) {
			return true
		}
	}
	return false
}

// deathOnLooks reports a death foretold on a condition about looks or a
// product: "I'm gonna die if this breakout doesn't clear before prom", a
// figure of speech whether or not it is laughed off. A death wished ("I
// want to die if…") is not one, nor one on any other condition.
func (x *text) deathOnLooks(sb, lo, hi int) bool {
	toks := x.toks
	if !toks[hi].tags.has(tDie) || !foretold[toks[lo].key] || hi+1 >= sb || !lookConditions[toks[hi+1].key] {
		return false
	}
	for k := hi + 2; k < sb && k <= hi+6; k++ {
		if t := toks[k].tags; t.has(tLesion) || t.has(tProduct) || t.has(tTreat) || t.has(tInject) || t.has(tMoney) || toks[k].key == "skin" || shopWords[toks[k].key] {
			return true
		}
	}
	return false
}

// deathOverLooks reports a death wished over a trivial look, in the same
// breath, and then asked how to fix it: "huge spot before my date, I want
// to die, how do I shrink it?", "my brows are uneven I want to die lol how
// do I fix them", or laughed off and left there ("massive zit the day
// before my shoot, I want to die lol") — a figure of speech. The look must
// come before the wish in its sentence and the question must take it up
// ("it", "them") within a few words after the wish, or a laugh alone end
// the message; a wish on its own, or one followed by anything else ("I
// want to die. everything is too much. anyway…"), stays a wish.
func (x *text) deathOverLooks(sa, sb, lo, hi int) bool {
	toks := x.toks
	if !toks[hi].tags.has(tDie) {
		return false
	}
	looks := false
	for k := sa; k < lo; k++ {
		// (Not acne or a skin condition: years of it are no trivial look.)
		looks = looks || looksWords[toks[k].key]
	}
	if !looks {
		return false
	}
	if laughCloses(toks, hi+1) {
		return true // "massive zit before my shoot, I want to die lol"
	}
	for k := hi + 1; k < len(toks) && k <= hi+4; k++ {
		if toks[k].key != "how" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5 && toks[j].sent == toks[k].sent; j++ {
			if fixedPronouns[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// laughCloses reports whether the message from a on is nothing but a
// laugh ("lol", "haha 😂"): a wish over a look laughed off and left there
// is the figure; a laugh with anything after it ("…lol. everything is too
// much") is read with those words.
func laughCloses(toks []token, a int) bool {
	if a >= len(toks) {
		return false
	}
	for k := a; k < len(toks); k++ {
		if !toks[k].tags.has(tLaugh) {
			return false
		}
	}
	return true
}

// deathFromSo reports a death once wished as the result of "so" ("…so
// pushy (that) I wanted to die") when what was so is a laugh ("laughed so
// hard I wanted to die"), someone's or something's annoyance (soAnnoying:
// "the sales girl was so pushy") or a fuss (figCauses: "the sales pitch
// was so hard") — a figure of speech. What one was oneself ("I was so low
// I wanted to die") or life was ("things got so bad…") stays a wish.
func deathFromSo(toks []token, sa, lo, hi int) bool {
	k := lo - 1
	if !toks[hi].tags.has(tDie) || k-2 < sa || !toks[k].tags.has(tI) {
		return false
	}
	if k--; toks[k].key == "that" {
		k--
	}
	if k-1 < sa || toks[k-1].key != "so" {
		return false // the word at k is what was so
	}
	if k-2 >= sa && laughedWords[toks[k-2].key] {
		return true
	}
	fuss := soAnnoying[toks[k].key]
	for j := sa; j < k-1; j++ {
		if toks[j].key == "i" || toks[j].key == "im" || toks[j].key == "i'm" {
			return false // "I was so awkward I wanted to die"
		}
		fuss = fuss || figCauses[toks[j].key]
	}
	return fuss
}

// laughedWords are a laugh done so hard it "made one want to die".
var laughedWords = set("laughed", "laughing", "laugh", "giggled", "giggling", "cackled", "cackling", "cracked", "howled", "howling")

// soAnnoying say what someone or something was that one "wanted to die"
// of.
var soAnnoying = set("pushy", "awkward", "embarrassing", "cringe", "cringey", "cringy", "boring", "rude", "annoying", "salesy", "cheesy", "tedious", "funny", "hilarious", "loud", "smug", "patronising", "patronizing", "condescending")

// looksWords name a look that a day or a pencil puts right: "a spot", "my
// brows", "my fringe".
var looksWords = set("spot", "spots", "zit", "zits", "pimple", "pimples", "blackhead", "whitehead", "brows", "brow", "eyebrows", "eyebrow", "fringe", "bangs", "haircut", "hair", "nails", "tan", "lashes", "roots", "pores", "frizz")

// fixedPronouns take up the look a question asks how to fix: "how do I
// shrink it".
var fixedPronouns = set("it", "them", "this", "these")

// shopWords tell what a shop does with a product: "I'm gonna die if this
// sells out".
var shopWords = set("sells", "sold", "sell", "selling", "restock", "restocks", "restocked", "discontinued", "discontinue", "discontinues", "stock", "sale", "launches", "launch", "ships", "shipping", "delivery", "arrives", "price", "prices")

// foretold say what will happen, not what is wished: "gonna die".
var foretold = set("gonna", "gunna", "going")

// lookConditions open the condition of a death foretold: "…die if",
// "…die unless".
var lookConditions = set("if", "unless")

// negated reports whether the token at p is denied by a negation among the
// few words before it, in its sentence and before any new subject.
func (x *text) negated(p int, pos []int, ca, cb int) bool {
	toks := x.toks
	if toks[p].tags.has(tNeg) {
		return false // the pattern's own negation ("not breathing")
	}
	for q := p - 1; q >= 0 && q >= p-6; q-- {
		if toks[q].sent != toks[p].sent || toks[q+1].stop {
			return false
		}
		if clauseVerbs[toks[q+1].key] && toks[q].clause != toks[q+1].clause && !toks[q].tags.has(tNeg) {
			return false // "can't walk far without stopping, feels like…", "don't see the point, gonna end it": a new statement
		}
		mine := false
		for _, m := range pos {
			mine = mine || m == q
		}
		if mine {
			continue
		}
		t := &toks[q]
		if t.tags.has(tNeg) && q+3 == p && needTo[toks[q+1].key] && toks[q+2].key == "to" && timeClauses[strings.SplitN(toks[p].key, " ", 2)[0]] {
			return false // "so they don't have to after I'm gone": a doing left unsaid denied, not the time told after it
		}
		if t.tags.has(tNeg) && q+2 < len(toks) && q+2 <= p && knowVerbs[toks[q+1].key] && amountAsked[toks[q+2].key] {
			return false // "I don't know how much she drank": the knowing denied, not the intake
		}
		if t.tags.has(tNeg) && q+1 < p && understatements[t.key+" "+toks[q+1].key] {
			return false // "nothing dramatic, just planning on taking all my pills": a play-down, not a denial
		}
		if t.tags.has(tNeg) && q+1 < p && notImproving[toks[q+1].key] {
			return false // "swelling worse not better, yellow crust, fever": the denial is of the improvement, not of the signs listed after it
		}
		if t.key == "nothing" && toks[q+1].clause != t.clause {
			return false // "it's probably nothing, cheek's a bit puffy and hot": a play-down that ends its clause, denying nothing after it
		}
		if t.tags.has(tPoss) && q >= 2 && madeDenied[toks[q-1].key] && toks[q-2].tags.has(tNeg) && toks[q-2].clause == t.clause {
			return true // "the mask didn't make my lips swell": the part is what the denied making was of, not a new subject
		}
		if t.tags.has(tNeg) && quantDenialMoved(toks, q, p, pos) {
			return false // "none of the lads can breathe", "none of us can wake him": the denial is the sign's own ("can't")
		}
		if t.tags.has(tNeg) {
			if t.key == "without" && q+1 < p && stopWords[toks[q+1].key] && cantBefore(toks, q) {
				return false // "can't get to the end of a sentence without stopping for air": every time, not never
			}
			if t.key == "never" {
				// "I've never had my throat feel like this" insists.
				for k := ca; k < cb; k++ {
					if k := toks[k].key; k == "like" || k == "before" || k == "this" || k == "so" {
						return false
					}
				}
			}
			return true
		}
		if (t.key == "and" || t.key == "but") && (q+1 < p && toks[q+1].key == "the" || bareSubject(toks, q+1)) {
			return false // "the cream isn't helping and the hives…", "my hand won't grip and voices sound far off": a new subject
		}
		if t.tags.has(tI) || t.tags.has(tPoss) || t.tags.has(tThird) || subjectWords[t.key] {
			// A new subject: the negation was about something else, unless
			// the subject is "none of" them and what they are denied is an
			// intake ("none of the kids have swallowed anything"); "not one
			// of my kids is responding" tells the sign itself.
			return toks[p].tags.has(tIngest) && toks[q].clause == toks[p].clause && noneOf(toks, q)
		}
	}
	return false
}

// notImproving are the improvements a negation denies on their own ("worse
// not better", "no better, and a fever now"): what follows them is told.
var notImproving = set("better", "improving", "improved", "easing", "settling", "subsiding")

// madeDenied are the verbs of making a part do something, after a
// negation ("didn't make my lips swell", "didn't cause my eyes to puff
// up").
var madeDenied = set("make", "cause", "leave", "turn", "get", "give")

// noneOf reports whether the subject at q is counted out by a quantifier
// before it: "none of the kids", "neither of my girls", "not one of
// them" — no one of them did what follows, a denial of the subject.
func noneOf(toks []token, q int) bool {
	j := q - 1
	if j >= 0 && ofDets[toks[j].key] {
		j--
	}
	if j < 1 || toks[j].key != "of" || toks[j].sent != toks[q].sent {
		return false
	}
	switch toks[j-1].key {
	case "none", "neither", "nobody", "noone", "no one":
		return true
	case "one":
		return j >= 2 && (toks[j-2].key == "not" || toks[j-2].key == "no")
	}
	return false
}

// ofDets come between "none of" and whom it counts out: "none of the
// kids", "neither of my girls".
var ofDets = set("the", "my", "our", "your", "his", "her", "their", "these", "those", "them")

// bareSubject reports whether the word at j, right after "and" or "but",
// opens a statement of its own with a subject named bare: "…and voices
// sound muffled", "…and everything's gone far away", "…and lips are
// swelling" (a part of the body, then its verb). A negation before the
// "and" does not reach it; "no swelling and lip numbness" goes on
// listing what is denied.
func bareSubject(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	if bareSubjects[toks[j].key] {
		return true
	}
	return isBody(toks[j].tags) && j+1 < len(toks) && toks[j+1].sent == toks[j].sent && (toks[j+1].tags.has(tPresent) || bodyVerbs[toks[j+1].key])
}

// bareSubjects are subjects told without an article or an owner: "and
// voices sound…", "and everything is…".
var bareSubjects = set("voices", "sounds", "noises", "everything", "everythings", "everyone", "everybody", "people", "things")

// bodyVerbs tell what a part of the body does or is, after it: "and lips
// are swelling", "and face went grey".
var bodyVerbs = set("was", "were", "went", "gone", "has", "have", "looks", "look", "sound", "sounds", "swelling", "swelled", "swollen", "started", "starting")

// afterCleanSpell reports whether the resolved past at i is a clean
// spell ("years clean", "months sober") told as what came before, "after"
// among the three words before it in its sentence (from a): "I've gone
// back to cutting after two years clean" tells the spell broken, not over
// harm.
func afterCleanSpell(toks []token, a, i int) bool {
	if k := toks[i].key; !strings.HasSuffix(k, " clean") && !strings.HasSuffix(k, " sober") {
		return false
	}
	for k := i - 1; k >= a && k >= i-3; k-- {
		if toks[k].key == "after" {
			return true
		}
	}
	return false
}

// cantBefore reports whether the "without" at q follows, in its sentence,
// an inability ("can't", "couldn't"): "I can't say a sentence without
// stopping for air" tells the stopping every time, a denial denied. Only
// a stop is read so ("without stopping", "without pausing"): "can't talk
// for long without getting hoarse" is a strain of long talking.
func cantBefore(toks []token, q int) bool {
	for k := q - 1; k >= 0 && k >= q-8 && toks[k].sent == toks[q].sent; k-- {
		if inabilities[toks[k].key] {
			return true
		}
	}
	return false
}

// inabilities are the negations of being able: what is done "without"
// after them happens every time.
var inabilities = set("cant", "cannot", "couldnt", "cnt", "cudnt", "unable")

// stopWords are a stop to catch one's breath, after "without".
var stopWords = set("stopping", "pausing", "stop", "pause", "stops", "pauses", "gasping")

// deniedWord reports whether the word at k, in a sentence from sa, is
// denied by the word right before it: "no burning at all", "not red", "without
// pain". What a sign needs in its sentence is not found in a denial of it.
func deniedWord(toks []token, sa, k int) bool {
	return k > sa && denials[toks[k-1].key] && !toks[k].tags.has(tNeg)
}

// playedDown reports whether the great size at k, in a sentence from sa,
// is played down by a mild word right before it: "a bit doubled in size"
// is swollen, no more. What a sign needs in its sentence is not found in
// it.
func playedDown(toks []token, sa, k int) bool {
	return k > sa && toks[k-1].tags.has(tMild) && toks[k].tags.has(tBigX)
}

// denials deny the word that follows them.
var denials = set("no", "not", "without", "zero")

// knowVerbs, denied before an amount asked (amountAsked), deny the knowing
// of how much was taken, not the taking: "I don't know how much she drank",
// "can't remember how many he had".
var knowVerbs = set("know", "remember", "tell", "say")

// amountAsked ask an amount.
var amountAsked = set("how much", "how many")

// clauseVerbs begin a new statement when they open a clause, their subject
// left out: "…without stopping, feels like an elephant on my chest",
// "don't see the point anymore, gonna end it tonight", "not coming back,
// sorted out who gets my PC" (a thing done, told).
var clauseVerbs = map[string]bool{"feels": true, "feel": true, "looks": true, "seems": true, "sounds": true, "gonna": true, "gona": true, "gunna": true, "going to": true, "wanna": true, "sorted": true, "decided": true, "arranged": true}

// needTo and timeClauses: "don't have to" with its doing left unsaid, then
// a time told ("…so my sister doesn't have to after I'm gone").
var needTo = set("have", "has", "need", "needs")
var timeClauses = set("after", "when", "once", "before", "until")

// subjectWords begin a new statement that a negation before them does not
// reach: "the redness isn't fading, it's creeping toward my ear".
var subjectWords = map[string]bool{"its": true, "it": true, "thats": true, "this": true, "there": true, "theres": true, "now": true}

// isBody reports whether ts names a part of the body.
func isBody(ts tagSet) bool {
	for _, t := range []tag{tFace, tLips, tTongue, tThroat, tEye, tVision, tChest, tArmJaw, tEyelid, tNose} {
		if ts.has(t) {
			return true
		}
	}
	return false
}

// relayed reports whether the sign at pos is someone else's: the nearest
// person before it (in its sentence, else the sentences before) is
// another, or the sign names one ("herself"). Of a sign of self-harm (sh),
// a pet named near it is not the one it is about.
func (x *text) relayed(pos []int, sh bool) bool {
	toks := x.toks
	lo, hi := pos[0], pos[0]
	for _, p := range pos {
		lo, hi = min(lo, p), max(hi, p)
	}
	self, other := false, false
	for k := lo; k <= hi; k++ {
		if toks[k].tags.has(tI) && toks[k].key != "me" && (!toks[k].tags.has(tPoss) || k+1 <= hi && isBody(toks[k+1].tags)) {
			self = true
		}
		if otherPerson(toks, k, sh) && !recipient(toks, k) {
			other = true
		}
	}
	if self || other {
		return other && !self
	}
	gaveTo := false // of a sign of self-harm, someone named only as the one it was told or given to
	for k := lo - 1; k >= 0; k-- {
		t := toks[k].tags
		if otherPerson(toks, k, sh) {
			if !sh || !recipient(toks, k) {
				return true
			}
			gaveTo = true
		}
		// "my" is the writer's only when it owns the body part that is the
		// sign ("my lips"), not "my serum" in "my son drank my serum".
		if t.has(tI) && (!t.has(tPoss) || k+1 >= lo || isBody(toks[k+1].tags)) {
			return false
		}
	}
	if gaveTo {
		// "waved my nan goodbye…": no one named before it but the one it
		// was given to, so the writer gave it.
		return false
	}
	// No one named before it: someone named after it in its sentence ("we
	// started the protocol on a client"), or staff speaking as "we".
	staff := false
	for k := lo - 1; k >= 0; k-- {
		staff = staff || staffVoice[toks[k].key]
	}
	for k := hi + 1; k < len(toks) && toks[k].sent == toks[hi].sent; k++ {
		t := toks[k].tags
		if otherPerson(toks, k, sh) && !recipient(toks, k) {
			return true
		}
		if t.has(tI) && toks[k].key != "me" {
			return false
		}
		staff = staff || staffVoice[toks[k].key]
	}
	return staff
}

// relayedFrom is the part of the sign at pos whose person it is about: of
// a secret goodbye, the goodbye itself, not those who do not know it is
// final ("I hugged mum goodbye and she doesn't realise it's final" is the
// writer's own).
func relayedFrom(d *detector, pos []int) []int {
	if d.kind == "secret-goodbye" {
		return pos[:1]
	}
	return pos
}

// otherPerson reports whether the token at k names someone other than the
// writer whom a sign may be about: another person or a child, not in a
// comparison (simile) and, of a sign of self-harm (sh), neither a pet nor
// the owner of the means (owner).
func otherPerson(toks []token, k int, sh bool) bool {
	t := toks[k].tags
	return (t.has(tThird) || t.has(tChild)) && !simile(toks, k) && !(sh && (petWords[toks[k].key] || owner(toks, k)))
}

// owner reports whether the person at k only says whose a means is: a
// person named right before pills, a weapon, a product or a poison ("all
// my mom's pills", "my dad's gun", "his pistol") owns it, and is not the
// one the sign is about. Read of a sign of self-harm only: of a
// poisoning, the child whose bottle it was may be the one who drank. A pronoun that may be the object ("her", "him",
// "them": "gave her pills") is not read as an owner.
func owner(toks []token, k int) bool {
	if k+1 >= len(toks) || objectPronouns[toks[k].key] {
		return false
	}
	t := toks[k+1].tags
	return t.has(tPills) || t.has(tMeans) || t.has(tProduct) || t.has(tPoison)
}

// objectPronouns may be a verb's object as well as an owner.
var objectPronouns = set("her", "him", "them", "me", "you", "us")

// recipient reports whether the person at k is the one something goes to
// ("leaving my cat to my sister", "said goodbye to my sister and my mum"),
// not the one the sign is about.
func recipient(toks []token, k int) bool {
	if k > 0 && toks[k-1].tags.has(tPoss) {
		k--
	}
	if k > 1 && (toks[k-1].key == "and" || toks[k-1].key == "&") && (toks[k-2].tags.has(tThird) || toks[k-2].tags.has(tChild)) {
		// "said goodbye to my sister and my mum": the second of two
		// joined people receives what the first does.
		return recipient(toks, k-2)
	}
	return k > 0 && (toks[k-1].key == "to" || toldVerbs[toks[k-1].key])
}

// toldVerbs take the person told or rung as their object: "tell my mum
// I'm sorry", "rang my dad" name someone the writer speaks to, not the
// one a sign is of.
var toldVerbs = set("tell", "telling", "let", "rang", "ring", "ringing", "phoned", "phone", "called", "texted", "text", "messaged", "message", "hugged", "hug", "hugging", "kissed", "kiss", "kissing", "waved", "wave", "waving")

// simile reports whether the person at k is in a comparison ("feels like
// someone is sitting on my chest") or a set phrase, not someone the sign
// happens to.
func simile(toks []token, k int) bool {
	if toks[k].tags.has(tNone) {
		return true // a phrase whose words say nothing of who it is about ("look after my cat")
	}
	if k == 0 {
		return false
	}
	switch toks[k-1].key {
	case "like", "feel like", "as if", "as though":
		return true
	}
	return false
}

// petWords are the animals among the children and pets (tChild): a pet
// can swallow a product, but a sign of self-harm is never a pet's.
var petWords = map[string]bool{"dog": true, "puppy": true, "cat": true, "kitten": true, "pet": true, "pets": true}

// petNoIntake reports whether the intake a poisoning sign at pos tells is
// a pet's that took in no product: it only tried ("my cat tried to eat my
// sheet mask") or licked a person's skin ("my dog licked my face after
// the serum"), and nothing in the message says the pet is unwell. A pet
// that ate, drank or licked up a product is still a poisoning (the reply
// sends it to a vet); a child that tried is one too.
func (x *text) petNoIntake(pos []int) bool {
	toks := x.toks
	v := -1
	for _, p := range pos {
		if (toks[p].tags.has(tIngest) || strings.HasPrefix(toks[p].key, "lick")) && (v < 0 || p < v) {
			v = p
		}
	}
	if v < 0 {
		return false
	}
	who := -1
	for k := v - 1; k >= 0 && toks[k].sent == toks[v].sent; k-- {
		if t := toks[k].tags; t.has(tThird) || t.has(tChild) || t.has(tI) && !t.has(tPoss) {
			who = k
			break
		}
	}
	if who < 0 || !petWords[toks[who].key] {
		return false
	}
	tried := false
	for k := who + 1; k < v; k++ {
		tried = tried || attemptWords[toks[k].key]
	}
	if !tried && !skinLicked(toks, v) && !plantEaten(toks, v) {
		return false
	}
	for i := range toks {
		if t := toks[i].tags; t.has(tUnwell) || t.has(tFaint) || t.has(tWheeze) || t.has(tSOB) || t.has(tDizzy) || t.has(tHelp) || t.has(tPoison) || petHarmWords[toks[i].key] {
			return false
		}
	}
	return true
}

// toolMouthed reports whether every intake of the sign at pos has for its
// object, within four words, a beauty tool, and no product in its clause
// ("tried to eat my jade roller", "ate the gua sha"): a solid thing with
// nothing in it to swallow, and no harm told. A tool with a product on it
// ("ate the sponge with my foundation on it") stays an intake.
func (x *text) toolMouthed(pos []int) bool {
	toks := x.toks
	seen := false
	for _, p := range pos {
		if !toks[p].tags.has(tIngest) && !toks[p].tags.has(tIngestPast) {
			continue
		}
		tool := false
		for k := p + 1; k < len(toks) && toks[k].clause == toks[p].clause; k++ {
			if toks[k].tags.has(tProduct) || toks[k].tags.has(tPills) || toks[k].tags.has(tPoison) {
				return false
			}
			tool = tool || k <= p+4 && beautyTools[toks[k].key]
		}
		if !tool {
			return false
		}
		seen = true
	}
	return seen && !x.harmTold()
}

// beautyTools are solid tools of a routine, with nothing in them to
// swallow.
var beautyTools = set("roller", "rollers", "gua sha", "guasha", "brush", "brushes", "comb", "headband", "scrunchie", "mirror", "tweezers", "spatula")

// attemptWords before an intake make it an attempt: "tried to eat",
// "went to lick".
var attemptWords = set("tried", "trying", "tries", "try", "attempted", "attempting", "wanted", "wants", "went", "almost", "nearly")

// skinLicked reports whether the intake at v licks a person, not a
// product: "licked my face", "licked me", "licking her hand".
func skinLicked(toks []token, v int) bool {
	if !strings.HasPrefix(toks[v].key, "lick") || v+1 >= len(toks) || toks[v+1].clause != toks[v].clause {
		return false
	}
	if toks[v+1].key == "me" || toks[v+1].key == "us" || toks[v+1].key == "him" {
		return v+2 >= len(toks) || toks[v+2].clause != toks[v].clause || !toks[v+2].tags.has(tProduct)
	}
	if !toks[v+1].tags.has(tPoss) && toks[v+1].key != "the" || v+2 >= len(toks) {
		return false
	}
	return isBody(toks[v+2].tags) || skinWords[toks[v+2].key]
}

// plantEaten reports whether the intake at v is of a plant, and its clause
// names no product, pills or poison: "my cat keeps chewing my houseplants"
// is a pet's habit, nothing a person took in (a child that ate a plant is
// still a poisoning: petNoIntake reads pets only).
func plantEaten(toks []token, v int) bool {
	plant := false
	for k := v + 1; k < len(toks) && toks[k].clause == toks[v].clause; k++ {
		if t := toks[k].tags; t.has(tProduct) || t.has(tPills) || t.has(tPoison) {
			return false
		}
		plant = plant || k <= v+4 && plantWords[toks[k].key]
	}
	return plant
}

// plantWords are the plants a pet chews.
var plantWords = set("plant", "plants", "houseplant", "houseplants", "grass", "leaves", "leaf", "flowers", "flower", "weeds")

// skinWords are parts of a person a pet licks that isBody does not name.
var skinWords = set("hand", "hands", "fingers", "finger", "skin", "arm", "arms", "leg", "legs", "feet", "foot", "toes", "cheek", "cheeks", "ear", "ears")

// petHarmWords say a pet is unwell: then any intake is a poisoning.
var petHarmWords = set("drooling", "drool", "drooled", "foaming", "foam", "frothing", "froth", "vomit", "vomited", "vomiting", "sick", "gagging", "retching", "shaking", "trembling", "panting", "pawing", "lethargic", "wobbly", "hiding", "weird", "strange", "seizure", "seizing", "twitching")

// staffVoice are the words of staff speaking for their clinic.
var staffVoice = map[string]bool{"we": true, "weve": true, "we're": true, "our": true, "us": true}

// explainsClearance reports whether the sign at lo, told after an
// authority's all-clear at c in its sentence, is what the all-clear was
// about ("the nurse said she's fine, she just swallowed a bit of toner"),
// not something since ("…said she's fine, but now she's drowsy"): nothing
// between them turns to a later time or a contrast.
func (x *text) explainsClearance(c, lo int) bool {
	for k := c + 1; k < lo; k++ {
		switch x.toks[k].key {
		case "but", "then", "now", "since", "after", "later", "again", "still", "yet", "however", "though", "and then", "since then":
			return false
		}
	}
	return true
}

// emptyLongBefore reports whether the message says the container was
// empty long before, or rinsed out ("it's been empty for weeks", "it was
// rinsed out"), with no sign of harm told: nothing was left to take. An
// empty container found ("the bottle was empty") says the opposite.
func (x *text) emptyLongBefore() bool {
	toks := x.toks
	for i := 0; i+2 < len(toks); i++ {
		k := toks[i].key
		switch {
		case k == "empty" && toks[i+1].key == "for" && longSpans[toks[i+2].key]:
		case (k == "rinsed" || k == "washed") && toks[i+1].key == "out":
		case k == "been" && toks[i+1].key == "empty" && toks[i+2].key == "for" && i+3 < len(toks) && longSpans[toks[i+3].key]:
		default:
			continue
		}
		return !x.harmTold()
	}
	return false
}

// longSpans are spans of time longer than an intake's.
var longSpans = set("weeks", "months", "ages", "years", "days", "ever", "a while", "a long time", "forever", "week", "month", "year", "fortnight")

// noneTaken reports whether, after the sign at hi, a clause says flatly
// that nothing was taken ("he didn't get any", "she didn't swallow any"),
// sure ("I don't think he got any" is not) and not followed by a worse
// turn ("…but now he's drooling").
func (x *text) noneTaken(hi int) bool {
	toks := x.toks
	for k := hi + 1; k+2 < len(toks); k++ {
		if !toks[k].tags.has(tNeg) || !takeVerbs[toks[k+1].key] || toks[k+2].key != "any" {
			continue
		}
		if p := k - 1; p >= 0 && toks[p].clause == toks[k].clause && !toks[p].tags.has(tThird) && !toks[p].tags.has(tChild) && !(joinWords[toks[p].key] && childSubjectBefore(toks, p)) {
			continue // "I didn't get any on me", "not sure he didn't get any"
		}
		if e := k + 3; e < len(toks) && toks[e].clause == toks[k].clause && !strings.HasPrefix(toks[e].key, "in") && toks[e].key != "down" && toks[e].key != "of" && !(toks[e].key == "out" && noneOut(toks, k, e)) {
			continue // "didn't get any on her hands"
		}
		if hedgedBefore(toks, k) {
			continue // "I think he didn't get any"
		}
		return !x.worseAfter(k + 2)
	}
	return false
}

// joinWords join a clause whose subject is the one before: "…but didn't
// get any".
var joinWords = set("but", "and", "though", "yet")

// childSubjectBefore reports whether the nearest person told before the
// join at p in its sentence is a child or someone else ("my toddler chewed
// the lid but…"), not the writer ("I squeezed the tube but…"): the dropped
// subject after the join is theirs.
func childSubjectBefore(toks []token, p int) bool {
	for q := p - 1; q >= 0 && toks[q].sent == toks[p].sent; q-- {
		t := toks[q].tags
		if t.has(tPoss) {
			continue // "my serum", "his lid"
		}
		if t.has(tChild) || t.has(tThird) {
			return true
		}
		if t.has(tI) {
			return false
		}
	}
	return false
}

// noneOut reports whether "…didn't get any out" (the negation at k, the
// "out" at e) says nothing came out of a container a child chewed or
// sucked ("chewed the lid but didn't get any out"): no mouth named before
// it in its sentence ("wiped her mouth but didn't get any out" is the
// product still in) and nothing after it in its clause but what it came
// out of ("…out of the tube", not "…out of his mouth").
func noneOut(toks []token, k, e int) bool {
	for q := k - 1; q >= 0 && toks[q].sent == toks[k].sent; q-- {
		if strings.Contains(toks[q].key, "mouth") {
			return false
		}
	}
	for q := e + 1; q < len(toks) && toks[q].clause == toks[e].clause; q++ {
		if strings.Contains(toks[q].key, "mouth") || toks[q].tags.has(tThird) || toks[q].tags.has(tChild) {
			return false
		}
	}
	return true
}

// nearMissAverted reports whether an intake of the sign at pos was only
// nearly made or tried ("nearly drank", "almost swallowed", "tried to
// eat") and then stopped: a
// later clause tells none went in ("before he had any", "before any went
// in") or the product taken away ("I grabbed it", "took it off her"),
// no amount says most of it went down ("nearly drank the whole bottle"),
// and no harm or worse turn is told.
func (x *text) nearMissAverted(pos []int) bool {
	toks := x.toks
	for _, p := range pos {
		if p == 0 || !nearlyWords[toks[p-1].key] && !(p >= 2 && toks[p-1].key == "to" && attemptWords[toks[p-2].key]) || !toks[p].tags.has(tIngest) && !toks[p].tags.has(tIngestPast) {
			continue
		}
		for k := p + 1; k < len(toks); k++ {
			if toks[k].clause == toks[p].clause && muchTaken[toks[k].key] {
				return false // "nearly drank the whole bottle"
			}
			if e := avertedAt(toks, k); e > 0 {
				return !x.harmTold() && !x.worseAfter(e)
			}
		}
	}
	return false
}

// avertedAt reports whether toks[k:] tells an intake stopped ("before he
// had any", "before any went in", "grabbed it", "took it off him"),
// returning where that telling ends, or 0.
func avertedAt(toks []token, k int) int {
	switch key := toks[k].key; {
	case key == "before":
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].clause == toks[k].clause; j++ {
			if toks[j].key == "any" || toks[j].key == "anything" || toks[j].key == "a drop" {
				return j
			}
		}
	case snatchVerbs[key]:
		return k
	case key == "took" || key == "pulled" || key == "got" || key == "whipped" || key == "wrestled" || key == "prised" || key == "pried":
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].clause == toks[k].clause; j++ {
			if toks[j].key == "off" || toks[j].key == "away" || toks[j].key == "from" {
				return j
			}
		}
	}
	return 0
}

var (
	// nearlyWords before an intake say it was not made: "nearly drank".
	nearlyWords = set("nearly", "almost")
	// muchTaken after a nearly-made intake say most of it was taken.
	muchTaken = set("whole", "all", "entire", "half", "most", "lot", "rest")
	// snatchVerbs take a product out of someone's hands.
	snatchVerbs = set("grabbed", "snatched", "yanked", "confiscated", "caught")
)

// hedgedBefore reports whether the clause of toks[k] hedges before it: "I
// think", "probably", "not sure".
func hedgedBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && toks[q].clause == toks[k].clause; q-- {
		if t := toks[q].tags; t.has(tHedge) || t.has(tThink) || hedges[toks[q].key] {
			return true
		}
	}
	return false
}

// hedges make what follows a guess: "I think he didn't get any".
var hedges = set("think", "guess", "probably", "hope", "hopefully", "maybe", "believe", "pretty sure", "seems", "looks like")

// takeVerbs take something in: "didn't get any", "didn't drink any".
var takeVerbs = set("get", "drink", "swallow", "eat", "lick", "ingest", "take", "taste")

// feelsSelfAgain reports a recovery told as being oneself again ("I beat
// breast cancer three years ago and I am finally feeling like myself
// again", "back to my old self"), with no pills or self-harm words beside
// it: a past the safety net must not take for a disclosure.
func (x *text) feelsSelfAgain() bool {
	if x.namesMeansOfHarm() {
		return false
	}
	toks := x.toks
	for i := range toks {
		switch k := toks[i].key; {
		case k == "myself" && i+1 < len(toks) && toks[i+1].key == "again":
			for _, t := range toks[max(0, i-3):i] {
				if feelWords[t.key] {
					return true
				}
			}
		case k == "self" && i >= 2 && toks[i-1].key == "old" && toks[i-2].key == "my":
			for _, t := range toks[max(0, i-5) : i-2] {
				if t.key == "back" || feelWords[t.key] {
					return true
				}
			}
		}
	}
	return false
}

// skinWorryGone reports a skin complaint told as over ("you won't need to
// worry about me anymore, the rash is gone", "the redness finally went
// away"), with no pills or self-harm words beside it: the worry that ended
// is the skin's, which the safety net must not take for a farewell. A
// complaint told as not gone, or gone only in the future ("the pain will
// be gone soon"; pain is no skin complaint here), is no such end.
func (x *text) skinWorryGone() bool {
	if x.namesMeansOfHarm() {
		return false
	}
	toks := x.toks
	for i := range toks {
		if !skinWorries[toks[i].key] {
			continue
		}
		for j := i + 1; j < min(len(toks), i+5); j++ {
			k := toks[j].key
			if worryEnds[k] {
				return true
			}
			if !worryEndLead[k] {
				break
			}
		}
	}
	return false
}

// skinWorries are the skin's complaints; worryEnds say one is over, and
// worryEndLead may stand between the two ("the rash is finally gone", "my
// spots have all cleared up"); any other word ("will", "not", "still")
// ends the look.
var (
	skinWorries = set("rash", "rashes", "redness", "spots", "spot", "acne", "breakout", "breakouts", "itch", "itching",
		"itchiness", "irritation", "bumps", "hives", "eczema", "dryness", "flaking", "peeling", "pimples", "blemishes",
		"blotches", "patches", "flare", "flare up", "flareup")
	worryEnds    = set("gone", "went away", "cleared up", "cleared", "healed", "healed up", "calmed down", "settled", "settled down", "faded", "disappeared", "vanished")
	worryEndLead = set("is", "are", "was", "were", "has", "have", "had", "finally", "totally", "completely", "all", "now", "basically", "mostly", "fully", "just")
)

// feelWords tell how one feels.
var feelWords = set("feel", "feeling", "feels", "felt", "feelin", "feel like", "feeling like", "feels like", "felt like")

// cleanFor reports a recovery counted in time ("8 months clean", "clean for
// two years", "a year sober") with no sign after it that it broke ("…but
// slipped again last night"): a past the safety net must not take for a
// disclosure. The rules read a relapse on their own.
func (x *text) cleanFor() bool {
	toks := x.toks
	for i := range toks {
		k := toks[i].key
		var counted bool
		switch {
		case k == "clean" || k == "sober":
			counted = i > 0 && timeUnits[toks[i-1].key] ||
				i+2 < len(toks) && toks[i+1].key == "for" && (timeUnits[toks[i+2].key] || i+3 < len(toks) && timeUnits[toks[i+3].key])
		case strings.HasSuffix(k, " clean") || strings.HasSuffix(k, " sober"): // a phrase: "years clean"
			counted = timeUnits[k[:strings.IndexByte(k, ' ')]]
		}
		if !counted {
			continue
		}
		rest := toks[i+1:]
		if len(rest) >= 2 && rest[0].key == "from" { // what the recovery is from
			rest = rest[2:]
		}
		for _, t := range rest {
			if ideationWords[t.key] || relapseWords[t.key] {
				return false
			}
		}
		return true
	}
	return false
}

// timeUnits count a time; relapseWords tell that a recovery broke.
var (
	timeUnits    = set("day", "days", "week", "weeks", "month", "months", "year", "years", "yrs", "yr")
	relapseWords = set("slipped", "slip", "broke", "relapsed", "but", "until", "til", "till", "lost")
)

// selfHarmDenied reports whether x tells a wish or an act of self-harm
// ("hurt myself", "kill myself", "die", "suicidal", pills) and every one it
// tells is denied by the writer ("I don't want to hurt myself", "im not
// gonna kill myself or anything", "not that I'm suicidal", "not planning
// on taking all my pills"), with no word of
// ideation left beside the denials ("but sometimes I think about it", "the
// urge is bad tonight", "…anymore", "…again"): the safety net, which
// reads words and not their frames, does not then make a self-harm alarm
// of it.
func (x *text) selfHarmDenied() bool {
	toks := x.toks
	seen := false
	denial := make([]bool, len(toks))
	for i := range toks {
		t := toks[i].tags
		pills := t.has(tPills)
		act := t.has(tSuicide) || t.has(tSelf) && i > 0 && (toks[i-1].tags.has(tHarmV) || toks[i-1].tags.has(tKillV)) || t.has(tDie) || pills
		if !act {
			continue
		}
		seen = true
		neg := -1
		for k := i - 1; k >= 0 && k >= i-6 && toks[k].clause == toks[i].clause; k-- {
			if toks[k].tags.has(tNeg) || toks[k].tags.has(tNegD) {
				neg = k
				break
			}
			if toks[k+1].stop {
				break
			}
		}
		if neg < 0 || pills && (neg+1 >= i || !intentWords[toks[neg+1].key]) {
			// Pills are denied only as an intent ("I'm not planning on
			// taking all my pills", "not gonna take them"): "didn't mean
			// to take that many pills" tells they were taken.
			return false
		}
		for k := neg; k <= i; k++ {
			denial[k] = true
		}
	}
	if !seen {
		return false
	}
	for i := range toks {
		if denial[i] {
			continue
		}
		if t := toks[i].tags; t.has(tThink) || t.has(tSuicide) || t.has(tSelf) || t.has(tDie) || t.has(tPills) || t.has(tMeans) || t.has(tPlanSH) || t.has(tFarewell) || t.has(tFarewellX) || t.has(tLiveV) || ideationWords[toks[i].key] {
			return false
		}
	}
	return true
}

// intentWords, right after a negation, deny an intent ("not planning on
// taking them", "not gonna take them").
var intentWords = set("planning", "plan", "going", "going to", "gonna", "intending", "intend", "about", "thinking")

// ateFoodNamed reports whether what the intake at p took in is "it" or
// "them" ("he ate some of it") and the nearest thing its sentence names
// that could be eaten is food ("…the banana I mean", "grabbed the banana and ate
// some of it"), not a product ("found my cream and ate some of it").
func (x *text) ateFoodNamed(p int) bool {
	toks := x.toks
	k := p + 1
	for k < len(toks) && k <= p+5 && portionWords[toks[k].key] {
		k++
	}
	if k >= len(toks) || !eatenPronouns[toks[k].key] {
		return false
	}
	best, food := -1, false
	for j := range toks {
		if toks[j].sent != toks[k].sent {
			continue // what another sentence names may be what "one" stands for
		}
		t := toks[j].tags
		isFood := t.has(tEdible)
		if !isFood && !t.has(tProduct) && !t.has(tPills) && !t.has(tPoison) && !harshWords[toks[j].key] {
			continue
		}
		d := j - k
		if d < 0 {
			d = -d
		}
		if best < 0 || d < best {
			best, food = d, isFood
		} else if d == best && !isFood {
			food = false
		}
	}
	return best >= 0 && food
}

// bitFood reports whether the token at p is a bite ("bit into", "biting
// into") or a draught of something ("a swig of", "a sip of", "a mouthful
// of") and what was bitten or drunk, past a portion or an owner ("one of
// my", "a piece of her"), is food or a drink: "my son bit into an apple",
// "she bit into one of my cookies", "he had a swig of his juice" (a
// product named elsewhere in the sentence is then no intake of it; a
// swig of wine or vodka is, a child's, still a poisoning).
// Biting into or sipping a product ("bit into a dishwasher pod", "a sip of
// the vitamin c toner") still is, and so is a bite whose object is left to
// a pronoun ("bit into one"), which the sentence's product names.
func bitFood(toks []token, p int) bool {
	if !bites[toks[p].key] && !(draughts[toks[p].key] && p+1 < len(toks) && toks[p+1].key == "of") {
		return false
	}
	for k := p + 1; k < len(toks) && k <= p+5 && toks[k].clause == toks[p].clause; k++ {
		t := &toks[k]
		switch {
		case alcohols[t.key]:
			return false // "a sip of wine from my glass": a poison to a child
		case t.tags.has(tEdible) || plainDrinks[t.key]:
			return !madeOf(toks, k)
		case portionWords[t.key] || bittenOwners[t.key] || t.tags.has(tNum):
		default:
			return false
		}
	}
	return false
}

// bites are the phrases of a bite taken into something; draughts the
// words of a drink taken, told by how much ("a swig of").
var (
	bites    = set("bit into", "bitten into", "biting into", "bit open")
	draughts = set("swig", "swigs", "sip", "sips", "gulp", "gulps", "mouthful", "mouthfuls", "took a swig", "took a sip", "had a sip")
	// plainDrinks are drinks no food table names, being products' names
	// too ("cleansing milk"): after a draught's "of", a drink.
	plainDrinks = set("milk", "formula", "squash")
	// alcohols are the drinks that poison a child, food table or not.
	alcohols = set("wine", "beer", "alcohol", "vodka", "tequila", "cocktail", "cocktails", "booze", "gin", "rum", "whisky", "whiskey", "prosecco", "champagne", "cider", "spirits", "liqueur", "brandy", "sherry")
)

// bittenOwners say whose or which of a thing was bitten: "one of my
// cookies", "his own sandwich".
var bittenOwners = set("one", "an", "my", "her", "his", "their", "your", "own", "mum's", "these", "those", "this", "that", "two", "few", "couple", "pieces")

// ateFoodOnly reports whether x tells an intake and every intake it tells
// took in food the text names ("grabbed the banana and ate some of it while
// I was putting on my serum"; see ateFoodNamed): the safety net, which
// reads "ate some of it" and "serum" and not what was eaten, does not then
// make a poisoning of it.
func (x *text) ateFoodOnly() bool {
	seen := false
	for i := range x.toks {
		if t := x.toks[i].tags; t.has(tIngest) || t.has(tIngestPast) {
			if !x.ateFoodNamed(i) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// onSkinOnly reports whether x tells a product had only on the skin ("not
// sure how much he got on his hands", "is that bad for her skin") and no
// intake at all (no word of swallowing, drinking, eating or a mouth): no
// poisoning for the safety net to find. The rules read a real intake on
// their own.
func (x *text) onSkinOnly() bool {
	if x.all.has(tIngest) || x.all.has(tIngestPast) {
		return false
	}
	toks := x.toks
	for i := range toks {
		if k := toks[i].key; k != "on" && k != "for" {
			continue
		}
		for _, t := range toks[i+1 : min(len(toks), i+3)] {
			if skinPlaces[t.key] {
				return true
			}
		}
	}
	return false
}

// skinPlaces are where a product goes on the body's surface.
var skinPlaces = set("skin", "hands", "hand", "face", "arms", "arm", "legs", "leg", "fingers", "cheeks")

// portionWords come between an intake and what was taken in: "ate some of
// it", "had a bit of it"; eatenPronouns stand for what was; harshWords name
// what no one eats.
var (
	portionWords  = set("some", "of", "a", "bit", "little", "half", "all", "most", "the", "rest", "more", "bite", "bites", "piece", "lot")
	eatenPronouns = set("it", "them")
	harshWords    = set("peel", "solution", "acid", "acids", "bleach")
)

// endsNoLife reports whether every "end" x tells ends a thing that is no
// life ("ways to end my subscription to this serum", "ending the contract
// with the clinic") and x tells no self-harm word beside it: the safety
// net, which reads "ways to end my…" and not what ends, does not then make
// a self-harm alarm of it. "end it", "end everything", "end my life" are
// not such ends.
//
// A "tonight" beside them is a self-harm word too, unless every end is
// of things with someone (endedWithParty: "gonna end it with my
// esthetician tonight" tells when a relationship ends).
func (x *text) endsNoLife() bool {
	toks := x.toks
	seen, tonight, withParty := false, false, true
	for i := range toks {
		t := toks[i].tags
		if toks[i].key == "tonight" {
			tonight = true
			continue
		}
		if t.has(tSuicide) || t.has(tSelf) || t.has(tDie) || t.has(tPills) || t.has(tMeans) || t.has(tPlanSH) || t.has(tFarewell) || t.has(tFarewellX) || t.has(tLiveV) || t.has(tKillV) || ideationWords[toks[i].key] {
			return false
		}
		if !endWords[toks[i].key] {
			continue
		}
		party := endedWithParty(toks, i)
		if endedNoLife(toks, i, 0) < 0 && !party {
			return false
		}
		seen, withParty = true, withParty && party
	}
	return seen && (!tonight || withParty)
}

// endedNoLife returns the position of what the "end" at i ends, in its
// clause, when that is a thing that is no life (notLifeObjects: "end my
// subscription"): the word after its determiners (endDeterminers) and up
// to skip other words ("end her skincare routine"); -1 otherwise.
func endedNoLife(toks []token, i, skip int) int {
	j := i + 1
	for j < len(toks) && toks[j].clause == toks[i].clause && endDeterminers[toks[j].key] {
		j++
	}
	for n := 0; n < skip && j < len(toks) && toks[j].clause == toks[i].clause && !notLifeObjects[toks[j].key]; n++ {
		j++
	}
	if j >= len(toks) || toks[j].clause != toks[i].clause || !notLifeObjects[toks[j].key] {
		return -1
	}
	return j
}

// endedWithParty reports whether the "end" at i ends things with someone,
// in its clause: "gonna end it with my esthetician tonight", "ending things
// with the clinic" — a relationship or a service ended, not a life ("gonna
// end it tonight" ends no one's).
func endedWithParty(toks []token, i int) bool {
	j := i + 1
	if j+1 >= len(toks) || toks[j].key != "it" && toks[j].key != "things" || toks[j+1].key != "with" {
		return false
	}
	for j += 2; j < len(toks) && toks[j].clause == toks[i].clause && endDeterminers[toks[j].key]; j++ {
	}
	return j < len(toks) && toks[j].clause == toks[i].clause && (toks[j].tags.has(tThird) || staffWords[toks[j].key] || endedParties[toks[j].key])
}

// endedParties are whom, besides a person (tThird) or a member of staff
// (staffWords), one ends things with: "end it with my ex", "…with the salon".
var endedParties = set("ex", "clinic", "salon", "spa", "derm", "dermatologist", "stylist", "injector", "facialist", "brand", "shop", "store", "gym", "dentist", "doctor", "company")

// givenAwayReplaced reports whether x tells things given away or no longer
// needed for a reason that replaces them ("giving away all my old makeup
// since I switched to clean beauty, won't need it anymore"; replacedReasons)
// and no word of self-harm beside it: the safety net, which reads "giving
// away" and "won't need it anymore" and not why, does not then make a
// self-harm alarm of it.
func (x *text) givenAwayReplaced() bool {
	toks := x.toks
	replaced := false
	for i := range toks {
		t := toks[i].tags
		if tellsSelfHarm(t) || ideationWords[toks[i].key] {
			return false
		}
		replaced = replaced || replacedWords[toks[i].key]
	}
	return replaced
}

// readiedForRisk reports whether x tells things readied for one's own
// ahead of a known risk — letters, a will, passwords left "in case" or
// "before" an operation, an anaesthetic or a deployment, named in the
// same sentence ("letters to the kids and my passwords for my husband in
// case the operation goes wrong") — with no word of an act, a means, a
// wish to die by one's own hand, hopelessness or being a burden: ordinary
// planning, which the safety net, reading letters and passwords, must not
// take for a farewell.
func (x *text) readiedForRisk() bool {
	toks := x.toks
	risk := false
	for i := range toks {
		t := toks[i].tags
		if t.has(tSuicide) || t.has(tSelf) || t.has(tPills) || t.has(tMeans) || t.has(tKillV) || t.has(tHopeless) || t.has(tBurden) {
			return false
		}
		if knownRiskWords[toks[i].key] && !risk {
			for k := i - 1; k >= 0 && k >= i-6 && toks[k].sent == toks[i].sent; k-- {
				risk = risk || riskLeads[toks[k].key]
			}
		}
	}
	return risk
}

// knownRiskWords are what people ready things for their own before, in
// case it goes wrong (knownRisks of the rules); riskLeads put one ahead:
// "in case the operation…", "before my surgery".
var (
	knownRiskWords = set(strings.Split(knownRisks, "|")...)
	riskLeads      = set("in case", "just in case", "before", "ahead of", "if")
)

// tellsSelfHarm reports whether a word's tags tell of self-harm: an act,
// a means, a plan, a farewell, a wish to die or not to live, hopelessness
// or being a burden. Beside such a word no reason for giving things away
// (givenAwayReplaced) or for not paying any more (paidFor) quiets the net.
func tellsSelfHarm(t tagSet) bool {
	return t.has(tSuicide) || t.has(tSelf) || t.has(tDie) || t.has(tPills) || t.has(tMeans) || t.has(tPlanSH) || t.has(tFarewell) || t.has(tFarewellX) || t.has(tLiveV) || t.has(tKillV) || t.has(tHopeless) || t.has(tBurden)
}

// paidFor reports whether x tells of money and of where it will come from
// ("won't have to pay for my stuff anymore once I get my student loan"),
// with no word of self-harm: a need ended by funds, not a farewell.
func (x *text) paidFor() bool {
	toks := x.toks
	money, source := false, false
	for i := range toks {
		t := toks[i].tags
		if tellsSelfHarm(t) || ideationWords[toks[i].key] && !plainTimeWords[toks[i].key] {
			return false
		}
		money = money || t.has(tMoney)
		source = source || fundingWords[toks[i].key]
	}
	return money && source
}

// plainTimeWords are ideationWords that say no more than a time when they
// tell of money: "won't have to pay anymore", "still paying".
var plainTimeWords = set("anymore", "again", "still", "keep", "keeps", "sometimes", "either", "yet")

// fundingWords are where money comes from.
var fundingWords = set("loan", "loans", "student loan", "salary", "wages", "wage", "paycheck", "paycheque", "payday", "scholarship", "grant", "bursary", "stipend", "allowance", "covering", "covered", "covers", "raise", "promotion", "bonus", "refund", "pension")

// replacedWords are replacedReasons' words.
var replacedWords = set(strings.Split(replacedReasons, "|")...)

// planFor reports that the plan ending at toks[hi] is "for" one of objs
// within two words ("a plan for dinner", "a plan for my spa day"): named
// by what it is for, not only found beside it ("a plan to end things
// … during her facial").
func planFor(toks []token, hi, cb int, objs *matcher) bool {
	if hi+1 >= cb || toks[hi+1].key != "for" {
		return false
	}
	for k := hi + 2; k < cb && k <= hi+4; k++ {
		if objs.matches(&toks[k]) {
			return true
		}
	}
	return false
}

// framingWords are timeAwayWords, the occasions a goodbye can end
// (farewellOccasions) and the words of a journey (journeyWords): a
// self-harm sign undone by "at the airport" is framed as much as one undone
// by "for the weekend", and pills taken "on the plane in my carry on" are a
// traveller's supply.
var framingWords = set(strings.Split(timeAwayWords+"|"+farewellOccasions+"|"+journeyWords, "|")...)

// endWords end something; endDeterminers may come before what they end;
// notLifeObjects are things people end that are no life.
var (
	endWords       = set("end", "ending", "ended", "ends")
	endDeterminers = set("my", "the", "this", "that", "our", "a", "an", "his", "her", "their", "your")
	notLifeObjects = set("subscription", "subscriptions", "sub", "contract", "contracts", "membership", "memberships", "account", "lease", "trial", "package", "auto-renewal", "autorenewal", "renewal", "order", "orders", "appointment", "appointments", "booking", "bookings", "course", "treatment", "treatments", "routine", "service")
)

// ideationWords beside a denied self-harm wish say it is not the whole
// story: "I don't want to hurt myself anymore but the urge…".
var ideationWords = set("urge", "urges", "tempted", "temptation", "again", "anymore", "sometimes", "still", "keep", "keeps", "scared", "afraid", "relapse", "relapsed", "tonight", "either", "wish", "disappear", "vanish", "cutting", "cut", "hurting", "harming", "plan", "plans", "planning", "but i might", "unless", "yet")

// intoMouthWords come between a denial and a mouth: "never put it in his
// mouth", "didn't get any in her mouth".
var intoMouthWords = set("put", "get", "got", "stick", "stuck", "it", "any", "some", "them", "of", "even", "actually", "ever")

// exposureDeniedWell reports whether x tells a child's or a pet's contact
// with a product whose every intake is denied (intakeDenied: "he never put
// it in his mouth") and no sign of harm anywhere ("he's happily napping"):
// no poisoning. Anything swallowed, eaten or drunk, or a symptom, leaves it
// one.
func (x *text) exposureDeniedWell() bool {
	if !x.intakeDenied() {
		return false
	}
	for i := range x.toks {
		t := x.toks[i].tags
		if t.has(tIngestPast) || t.has(tUnwell) || t.has(tFaint) || t.has(tWheeze) || t.has(tSOB) || t.has(tDizzy) || t.has(tHelp) || t.has(tPoison) || t.has(tBreathe) || t.has(tSwallow) || t.has(tThroat) || petHarmWords[x.toks[i].key] || harmSigns[x.toks[i].key] {
			return false
		}
	}
	return true
}

// scareDisproved reports whether the sentence toks[sa:sb] tells an intake
// at lo..hi only feared ("thought the baby had eaten some cream") and then,
// after "but", what shows none happened ("the lid was still sealed",
// "nothing was missing"), or anywhere after it says it is still so
// ("still sealed"), with no sign of harm anywhere in x.
func (x *text) scareDisproved(sa, lo, hi, sb int) bool {
	toks := x.toks
	feared := false
	for k := sa; k < lo && !feared; k++ {
		feared = fearedWords[toks[k].key]
	}
	for k := hi + 1; k < sb; k++ {
		// "still sealed" disproves wherever it comes after the intake:
		// "tried to eat my serum bottle (still sealed, he only chewed the
		// box)".
		// Not another one still sealed: "drank some, the other one is
		// still sealed".
		if toks[k].key == "other" || toks[k].key == "another" || toks[k].key == "rest" || toks[k].key == "others" {
			break
		}
		if toks[k].key == "still" && k+1 < sb && disproofWords[toks[k+1].key] {
			return !x.harmTold()
		}
		if toks[k].key != "but" {
			continue
		}
		for j := k + 1; j < sb; j++ {
			// Without a fear told, only a disproof right after the "but":
			// "…put the sample sachet in his mouth but it was sealed".
			if !feared && j > k+3 {
				break
			}
			if disproofWords[toks[j].key] || feared && toks[j].key == "missing" && (toks[j-1].key == "nothing" || j >= 2 && toks[j-2].key == "nothing") {
				return !x.harmTold()
			}
		}
	}
	return false
}

// misreadSign reports whether the sign told from lo to hi in the sentence
// toks[sa:sb] was only thought to be there ("thought I had red streaks")
// and then found to be something harmless ("…but it was just creases from
// the pillow", "…but it turned out to be only my blush"), with nothing after
// saying it is back or worse. scareDisproved is its kin for an intake.
func (x *text) misreadSign(sa, lo, hi, sb int) bool {
	toks := x.toks
	feared := false
	for k := sa; k < lo && !feared; k++ {
		feared = fearedWords[toks[k].key] && toks[k].key != "panicked"
	}
	if !feared {
		return false
	}
	for k := hi + 1; k+1 < sb; k++ {
		if toks[k].key != "but" {
			continue
		}
		for j := k + 1; j < sb && j <= k+5; j++ {
			if toks[j].key == "just" || toks[j].key == "only" || toks[j].key == "actually" {
				return !x.worseAfter(j)
			}
		}
		return false
	}
	return false
}

// feltThenExplained reports whether a feeling told from lo to hi in the
// sentence toks[sa:sb], in the past ("felt like I was dying"), is then
// told as only something harmless ("…but it was just the sting"), with
// nothing after saying it is back or worse: a figure of speech its
// writer explains. misreadSign is its kin for a sign only feared.
func (x *text) feltThenExplained(sa, lo, hi, sb int) bool {
	toks := x.toks
	felt := false
	for k := sa; k <= lo && k < len(toks) && !felt; k++ {
		felt = toks[k].key == "felt"
	}
	if !felt {
		return false
	}
	for k := hi + 1; k+3 < sb; k++ {
		if toks[k].key != "but" {
			continue
		}
		if toks[k+1].key != "it" || toks[k+2].key != "was" {
			return false
		}
		if w := toks[k+3].key; w == "just" || w == "only" {
			return !x.worseAfter(k + 3)
		}
		return false
	}
	return false
}

// fearedWords tell an intake only feared; disproofWords what shows it
// never happened.
var (
	fearedWords   = set("thought", "worried", "feared", "panicked", "assumed", "convinced")
	disproofWords = set("sealed", "unopened", "untouched", "intact", "unbroken")
)

// harmTold reports whether x tells a sign of harm after an intake.
func (x *text) harmTold() bool {
	for i := range x.toks {
		t := x.toks[i].tags
		if t.has(tUnwell) || t.has(tFaint) || t.has(tWheeze) || t.has(tSOB) || t.has(tDizzy) || t.has(tHelp) || t.has(tBreathe) || t.has(tSwallow) || t.has(tThroat) || petHarmWords[x.toks[i].key] || harmSigns[x.toks[i].key] {
			return true
		}
	}
	return false
}

// spatStraightOut reports whether what went in a mouth at i was spat out
// at once right after, in its sentence ("got a drop in her mouth, spat it
// straight out", "…and spat it out immediately"): none of it swallowed.
// A spitting that only began ("started spitting", "keeps spitting") is a
// sign, not a refusal (harmSigns).
func spatStraightOut(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].sent == toks[i].sent; k++ {
		if w := toks[k].key; w != "spat" && w != "spit" && w != "spitted" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].clause == toks[k].clause; j++ {
			if toks[j].key == "out" {
				return true
			}
		}
	}
	return false
}

// harmSigns are what a child shows after an intake, besides petHarmWords.
var harmSigns = set("coughing", "cough", "choking", "choked", "gagged", "crying", "screaming", "sleepy", "drowsy", "floppy", "limp", "burning", "burns", "stings", "stinging", "red", "rash", "swollen", "swelling", "spitting", "dribbling", "fussy")

// intakeDenied reports whether x tells something put in a mouth ("in his
// mouth") and every word of it that tells an intake is denied ("on his cheek but not in his mouth") or told
// as a habit ("my toddler puts everything in his mouth"): the safety net,
// which reads words and not their frames, is not asked then.
func (x *text) intakeDenied() bool {
	toks := x.toks
	seen := false
	for i := range toks {
		if !toks[i].tags.has(tIngest) {
			continue
		}
		if !strings.Contains(toks[i].key, "mouth") {
			return false // "didn't eat enough" denies a meal, not an intake
		}
		seen = true
		denied := false
		for k := i - 1; k >= 0 && k >= i-2 && toks[k].clause == toks[i].clause; k-- {
			denied = denied || toks[k].tags.has(tNeg)
		}
		// "he never put it in his mouth", "she didn't get any in her mouth"
		for k := i - 1; k >= 0 && k >= i-4 && toks[k].clause == toks[i].clause && !denied; k-- {
			if toks[k].tags.has(tNeg) {
				denied = true
				break
			}
			if !intoMouthWords[toks[k].key] {
				break
			}
		}
		for k := i - 1; k >= 0 && toks[k].clause == toks[i].clause && !denied; k-- {
			denied = toks[k].tags.has(tHabit)
		}
		denied = denied || spatStraightOut(toks, i)
		if !denied {
			return false
		}
	}
	return seen
}

// accidentPlaces are the accident words (ACCIDENT) that tell only where or
// while doing what a harm came ("in the kitchen", "cooking", "at the
// gym"), not that it was an accident: an act told done on purpose or as a
// way of coping there is still meant ("I hold my hand on the stove in the
// kitchen on purpose").
var accidentPlaces = set("kitchen", "cooking", "gym", "workout", "lifting", "running")

// purposeWords tell an act done on purpose.
var purposeWords = set("on purpose", "deliberately", "intentionally", "purposely", "purposefully")

// donePurposely reports whether the sentence toks[sa:sb] tells an act done
// on purpose: "on purpose", "deliberately", or done "to myself".
func donePurposely(toks []token, sa, sb int) bool {
	for k := sa; k < sb; k++ {
		if purposeWords[toks[k].key] || toks[k].key == "to" && k+1 < sb && toks[k+1].tags.has(tSelf) {
			return true
		}
	}
	return false
}

// copingStates are the states a coping act is told to answer ("when I'm
// overwhelmed", "when things get bad", "whenever it gets too much").
var copingStates = set("overwhelmed", "stressed", "upset", "anxious", "angry", "panicky", "panicking", "numb", "low", "bad", "worse", "triggered", "spiralling", "spiraling", "too much", "dark", "empty")

// copingEnds are what a coping act is told done for ("to calm down", "to
// cope", "the only time I feel anything").
var copingEnds = set("calm", "cope", "coping", "ground", "punish")

// copingFrame reports whether the sentence toks[sa:sb] tells an act as a
// way of coping: done when overwhelmed or when things get bad, to calm
// down or cope, or as the only way to feel anything. Beside a burning or
// a cutting act on the body it tells self-harm, "on purpose" unsaid.
func copingFrame(toks []token, sa, sb int) bool {
	for k := sa; k < sb; k++ {
		switch w := toks[k].key; {
		case w == "when" || w == "whenever" || w == "every time" || w == "each time":
			for j := k + 1; j < min(sb, k+5); j++ {
				if copingStates[toks[j].key] {
					return true
				}
			}
		case w == "to" && k+1 < sb && copingEnds[toks[k+1].key]:
			return true
		case w == "feel" && k+1 < sb && (toks[k+1].key == "anything" || toks[k+1].key == "something" || toks[k+1].key == "real" || toks[k+1].key == "alive"):
			return true
		}
	}
	return false
}

// warmedOnly reports whether a hand held to a heat at pos is held near or
// over it, or to a radiator, a heater or a fire, which warm as often as
// they burn ("I hold my hands near the heater when I'm low"): coping told
// alone does not make it a burn.
func warmedOnly(toks []token, pos []int) bool {
	for _, p := range pos {
		switch toks[p].key {
		case "near", "radiator", "heater", "fire":
			return true
		}
	}
	return false
}

// heldTillHurt reports whether the sentence toks[sa:sb] tells a heat
// held till it hurts the skin ("…on the radiator until it blisters",
// "against the heater till it burns"): no warming, whatever the heat.
func heldTillHurt(toks []token, sa, sb int) bool {
	for k := sa; k+1 < sb; k++ {
		if w := toks[k].key; w != "until" && w != "till" && w != "til" && w != "untill" {
			continue
		}
		for j := k + 1; j < min(sb, k+4); j++ {
			if hurtOutcomes[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// hurtOutcomes are what a heat held "until" does to the skin.
var hurtOutcomes = set("blisters", "blister", "blistered", "blistering", "burns", "burn", "burnt", "burned", "burning", "hurts", "hurt",
	"stings", "scalds", "scalded", "bleeds", "marks", "welts", "raw", "red")

// keptDown reports whether the token at k is what is told kept down or
// not ("can't keep water down", "keeping food down"): a sign of vomiting,
// not the water or the food a clause's sign is about ("the water goes
// boiling then freezing").
func keptDown(toks []token, k int) bool {
	if w := toks[k].key; strings.HasSuffix(w, " down") && (strings.Contains(w, "keep ") || strings.Contains(w, "kept ")) {
		return true // read as one phrase, "cant keep water down"
	}
	if k == 0 || k+1 >= len(toks) || toks[k+1].key != "down" {
		return false
	}
	switch toks[k-1].key {
	case "keep", "keeping", "kept", "keeps":
		return true
	}
	return false
}

// leapBetween reports whether the height at i is the first of two a jump
// goes between ("from block to block", "from one roof to another", "…to
// the next"): a leap across, as in a game or parkour, not a fall.
func leapBetween(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].key != "to" {
		return false
	}
	w := toks[i+2].key
	return w == toks[i].key || w == "another" || w == "next" || w == "the next" || i+3 < len(toks) && w == "the" && toks[i+3].key == "next"
}

// normalUntil returns where the normal frame of the normal word at i, in
// the sentence toks[a:b], ends: at a contrast after which, within a few
// words, what follows is told unlike what was called normal ("…is normal
// but this is more like a bruise", "…but mine is different", "…but it's
// worse"), or at any contrast when it called one named sign normal
// (namesExpectedSign: "normal swelling but the chin is white"), else at
// b. A question ("is it normal to swell but not itch?") asks about all of
// it.
func normalUntil(toks []token, a, i, b int) int {
	if toks[a].key == "is" || toks[a].key == "are" || toks[a].tags.has(tModal) {
		return b
	}
	named := namesExpectedSign(toks, i, b)
	for k := i + 1; k < b; k++ {
		if !toks[k].stop {
			continue
		}
		if named {
			return k
		}
		for j := k; j < b && j <= k+5; j++ {
			if unlikeWords[toks[j].key] {
				return k
			}
		}
	}
	return b
}

// namesExpectedSign reports whether the normal word at i calls one
// named sign normal, the word after it ("just normal swelling", "usual
// bruising and redness"): what a contrast tells after it is another thing
// ("…but the chin is patchy white and cold"), as it is in normalUntil.
func namesExpectedSign(toks []token, i, b int) bool {
	if i+1 >= b {
		return false
	}
	t := toks[i+1].tags
	return t.has(tSwell) || t.has(tBruise) || t.has(tRed) || t.has(tPain)
}

// unlikeWords tell a thing unlike another: "more like", "different",
// "worse".
var unlikeWords = set("more", "different", "worse", "unlike", "beyond", "bigger", "spreading", "way")

// quantDenialMoved reports whether the negation at q is a quantifier
// ("none of", "neither of", "not one of") whose denial noneCan has moved
// onto a modal or "be" of the sign's own pattern (among pos, up to p):
// "none of the lads can breathe" reads "the lads can't breathe", and the
// quantifier denies nothing more, whoever it counts ("the boys", "us",
// "them"). An intake or a swallow keeps the quantifier's denial: "none of the boys could swallow any of it"
// counts them out of an intake.
func quantDenialMoved(toks []token, q, p int, pos []int) bool {
	of := q + 1
	switch toks[q].key {
	case "none", "neither":
	case "not", "no":
		if of >= p || toks[of].key != "one" {
			return false
		}
		of++
	default:
		return false
	}
	if of >= p || toks[of].key != "of" {
		return false
	}
	moved := false
	for _, m := range pos {
		if toks[m].tags.has(tIngest) || toks[m].tags.has(tSwallow) {
			return false
		}
		moved = moved || m > of && m <= p && movedDenials[strings.SplitN(toks[m].key, " ", 2)[0]]
	}
	return moved
}

// movedDenials are the negations noneCan writes for a quantifier's verb.
var movedDenials = func() map[string]bool {
	m := map[string]bool{}
	for _, neg := range deniedVerb {
		m[neg] = true
	}
	return m
}()

// hearsayUntil returns where the hearsay at i, in the sentence
// toks[:b], ends: at a "but" or "yet" that opens a clause told of someone
// ("…but her lips are swelling", "…but I can't breathe"), or at b.
func hearsayUntil(toks []token, i, b int) int {
	for k := i + 1; k+1 < b; k++ {
		if k > i+1 && (toks[k].key == "but" || toks[k].key == "yet") {
			if n := toks[k+1].tags; n.has(tPoss) || n.has(tI) || n.has(tThird) {
				return k
			}
		}
	}
	return b
}
