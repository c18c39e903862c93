package index

import (
	"slices"
	"strings"
)

// rewriter rewrites lower-case words with a lexicon of phrases (the
// corpus's concept lexicon: the words people use mapped to the article's),
// longest phrases first. Both the entries and the questions are rewritten,
// so either side may use either word. Read-only after construction.
type rewriter struct {
	// byFirst maps a phrase's first word to its phrases.
	byFirst map[string]*firstPhrases
	// facts is the index's (Index.facts), once built: where wordsWith
	// looks up a word the lexicon makes.
	facts map[string]*wordFacts
}

// firstPhrases are the lexicon's phrases that begin with one word.
type firstPhrases struct {
	all []phrase // longest first, the one-word phrase (if any) last
	// bySecond holds those of all of two words or more by their second
	// word, each list in all's order: where no hedge follows the first
	// word, only the phrases of the word after it can match, and a
	// common first word ("what", "the") has dozens of phrases.
	bySecond map[string][]phrase
	// bySecondFacts is bySecond by the facts of the second word
	// (Index.buildFacts): a pointer is quicker to look up than a word.
	bySecondFacts map[*wordFacts][]phrase
	// bit is the first word's bit (phraseBit) in the facts' seconds of
	// each of bySecond's words: a word whose seconds lack it is no
	// second word of these phrases, which most words after a first word
	// are not, and bySecondFacts is not looked up for it.
	bit     uint64
	singles []phrase // those of all of one word, in all's order
}

// phrase is one lexicon phrase as words, with what it becomes.
type phrase struct {
	words   []string
	to      []string
	toFacts []*wordFacts // the facts of to's words (Index.buildFacts)
}

func newRewriter(phrases map[string]string) rewriter {
	all := map[string][]phrase{}
	for p, to := range phrases {
		ws := strings.Fields(p)
		if len(ws) == 0 {
			continue
		}
		all[ws[0]] = append(all[ws[0]], phrase{words: ws, to: strings.Fields(to)})
	}
	r := rewriter{byFirst: map[string]*firstPhrases{}}
	for w, ps := range all {
		// Longest first; equal lengths in a fixed order.
		sortPhrases(ps)
		fp := &firstPhrases{all: ps}
		for _, p := range ps {
			if len(p.words) == 1 {
				fp.singles = append(fp.singles, p)
				continue
			}
			if fp.bySecond == nil {
				fp.bySecond = map[string][]phrase{}
			}
			fp.bySecond[p.words[1]] = append(fp.bySecond[p.words[1]], p)
		}
		r.byFirst[w] = fp
	}
	return r
}

func sortPhrases(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func less(a, b phrase) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return strings.Join(a.words, " ") < strings.Join(b.words, " ")
}

// words rewrites ws, returning a new slice.
// Each word is read in its sense (senseOf): "before i order" reads as
// "before i buy".
func (r rewriter) words(ws []string) []string {
	out, _ := r.wordsWith(ws, nil, make([]string, 0, len(ws)), nil)
	return out
}

// wordsWith is words appending to out[:0]. Given the facts of ws (fs, in
// step with ws; see wordFacts), it reads each word's phrases and hedging
// from its facts, and, given outFacts too, appends to outFacts[:0] the
// facts of the words it returns (which it returns nil otherwise).
func (r rewriter) wordsWith(ws []string, fs []*wordFacts, out []string, outFacts []*wordFacts) ([]string, []*wordFacts) {
	out = out[:0]
	if fs == nil || outFacts == nil {
		outFacts = nil
	} else {
		outFacts = outFacts[:0]
	}
	// hedge reports whether ws[j] is one of inPhraseHedges.
	hedge := func(j int) bool {
		if fs == nil {
			return inPhraseHedges[ws[j]]
		}
		return fs[j] != nil && fs[j].hedge
	}
	for i := 0; i < len(ws); i++ {
		w := senseOf(ws, i)
		n := 0
		var ps *firstPhrases
		switch {
		case fs == nil:
			ps = r.byFirst[w]
		case w != ws[i]:
			// Another sense: another word.
			if f := r.facts[w]; f != nil {
				ps = f.phrases
			}
		case fs[i] != nil:
			ps = fs[i].phrases
		}
		// A phrase of two words or more matches only if its second word
		// is the first word after w that no hedge is (in its sense), or
		// one of the hedges between (sensedPrefix): the others are not
		// tried.
		var next string
		var nextFacts *wordFacts // next's facts, given fs
		hedges := i + 1
		if ps != nil && len(ps.all) > 0 {
			for hedges < len(ws) && hedge(hedges) {
				hedges++
			}
			if hedges < len(ws) {
				next = senseOf(ws, hedges)
				if fs == nil {
					// no facts
				} else if next == ws[hedges] {
					nextFacts = fs[hedges]
				} else {
					nextFacts = r.facts[next]
				}
			}
		}
		var p *phrase // the phrase that matches, if any
		if ps == nil {
			// No phrase starts with w.
		} else if hedges == i+1 {
			// No hedge after w: the phrases of two words or more whose
			// second word is next, then the one-word phrase, are those
			// the loop below would try, in its order.
			if hedges < len(ws) {
				if fs == nil {
					p, n = tryPhrases(ws, i, ps.bySecond[next])
				} else if nextFacts != nil && nextFacts.seconds&ps.bit != 0 {
					// A word without facts, or without the first word's
					// bit, is no second of its phrases.
					p, n = tryPhrases(ws, i, ps.bySecondFacts[nextFacts])
				}
			}
			if n == 0 {
				p, n = tryPhrases(ws, i, ps.singles)
			}
		} else {
			for k := range ps.all {
				q := &ps.all[k]
				if len(q.words) > 1 && (hedges == len(ws) || q.words[1] != next) && !slices.Contains(ws[i+1:hedges], q.words[1]) {
					continue
				}
				if n = sensedPrefix(ws, i, q.words); n > 0 {
					p = q
					break
				}
			}
		}
		if n == 0 {
			out = append(out, w)
			if outFacts != nil {
				f := fs[i]
				if w != ws[i] {
					f = r.facts[w]
				}
				outFacts = append(outFacts, f)
			}
			continue
		}
		out = append(out, p.to...)
		if outFacts != nil {
			outFacts = append(outFacts, p.toFacts...)
		}
		i += n - 1
	}
	return out, outFacts
}

// tryPhrases returns the first of ps that ws spell from i on
// (sensedPrefix), and how many words it spans; 0 when none does.
func tryPhrases(ws []string, i int, ps []phrase) (*phrase, int) {
	for k := range ps {
		if n := sensedPrefix(ws, i, ps[k].words); n > 0 {
			return &ps[k], n
		}
	}
	return nil, 0
}

// sensedPrefix returns how many words from i on, each in its sense
// (senseOf), spell p, or 0 if they do not. A hedge (inPhraseHedges) may
// stand between two of p's words: "who is it really for" is "who is it
// for", "is it actually worth the money" is "is it worth the money".
func sensedPrefix(ws []string, i int, p []string) int {
	if len(p) > len(ws)-i {
		return 0
	}
	j := i
	for k := range p {
		for k > 0 && j < len(ws) && ws[j] != p[k] && inPhraseHedges[ws[j]] {
			j++
		}
		if j == len(ws) || senseOf(ws, j) != p[k] {
			return 0
		}
		j++
	}
	return j - i
}

// inPhraseHedges are the adverbs that hedge or stress a question without
// changing what it asks, so a lexicon phrase reads through them.
var inPhraseHedges = map[string]bool{"really": true, "actually": true, "even": true, "truly": true, "honestly": true, "literally": true}

// senseOf returns the word at i, or the word for its sense where it has
// another than the article's. "order" as a verb of buying ("should i ask
// my derm or just order online", "i ordered mine from a site") is "buy",
// not the order of application ("which order do i apply them").
//
// "line" after "one" ("one line on what the research says", "in one
// line") is the form of the answer asked for, a one-liner (a filler
// word), not a cell line or a product line. A form of "figure" with "out"
// after it (figureOut) is a filler too, not the studies' figures; a form
// of "carry" after a seller ("before I carry something like this") is
// selling it, not what exosomes carry.
func senseOf(ws []string, i int) string {
	// Only "line" and the forms of "order", "figure" and "carry" have
	// another sense: every other word returns here, on its first letter.
	if w := ws[i]; w == "" || w[0] != 'l' && w[0] != 'o' && w[0] != 'f' && w[0] != 'c' {
		return w
	}
	if ws[i][0] == 'c' {
		// Of the words on "c", only the forms of "carry" (no other
		// word below starts so).
		if s, ok := carryVerbs[ws[i]]; ok && i > 0 && sellers[ws[i-1]] {
			return s
		}
		return ws[i]
	}
	if s, ok := figureOut[ws[i]]; ok {
		if slices.Contains(ws[i+1:min(len(ws), i+figureOutReach+1)], "out") {
			return s
		}
		return ws[i]
	}
	prev, next := "", ""
	if i > 0 {
		prev = ws[i-1]
	}
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	if ws[i] == "line" {
		if prev == "one" && next != "of" {
			return "liner"
		}
		return ws[i]
	}
	buying, ok := orderVerbs[ws[i]]
	if ok && purchaseOrder(ws, i) {
		return buying
	}
	// Before "or" it weighs buying against not: "order or scroll past".
	if !ok || orderNounMarkers[prev] || !orderSubjects[prev] && !purchaseChannels[next] && next != "or" {
		return ws[i]
	}
	return buying
}

// purchaseOrder reports whether "order" at ws[i] is a purchase, the noun:
// what is done with one before it ("cancel my exosome order", "tracking
// the order") or what it did after it ("my order arrived").
func purchaseOrder(ws []string, i int) bool {
	if ws[i] != "order" && ws[i] != "orders" {
		return false
	}
	for _, w := range ws[max(0, i-orderVerbReach):i] {
		if orderHandled[w] {
			return true
		}
	}
	return i+1 < len(ws) && orderDid[ws[i+1]]
}

// orderVerbReach is how many words before a purchase order what is done
// with it may stand ("cancel my whole exosome order").
const orderVerbReach = 4

var (
	// orderHandled are what is done with a purchase order.
	orderHandled = map[string]bool{"cancel": true, "cancelled": true, "canceled": true, "cancelling": true, "canceling": true,
		"track": true, "tracking": true, "refund": true, "refunded": true, "return": true, "returned": true,
		"placed": true, "place": true, "received": true, "got": true}
	// orderDid are what a purchase order does.
	orderDid = map[string]bool{"arrived": true, "came": true, "shipped": true, "delivered": true, "number": true,
		"confirmation": true, "got": true, "was": true, "is": true, "still": true, "never": true}
)

// carryVerbs map the forms of "carry" to those of "sell" after a seller
// (sellers): "before I carry something like this in my studio" stocks a
// product; exosomes "carry proteins, lipids, and RNA" in the article.
var carryVerbs = map[string]string{"carry": "sell", "carries": "sells", "carrying": "selling", "carried": "sold"}

// sellers, before a form of "carry", make it stocking a product.
var sellers = map[string]bool{"i": true, "we": true, "you": true, "shops": true, "stores": true,
	"pharmacies": true, "clinics": true, "spas": true, "salons": true, "sephora": true, "ulta": true, "to": true}

// figureOut maps the forms of "figure" to "figureout", a filler word, when
// "out" follows within figureOutReach words: "are researchers still
// figuring exosomes out?" asks whether they are still at work on them, not
// for the studies' exact figures, and "while it gets figured out" says no
// more than "while".
var figureOut = map[string]string{"figure": "figureout", "figures": "figureout", "figuring": "figureout", "figured": "figureout"}

// figureOutReach is how many words after a form of "figure" its "out" may
// stand ("figure the whole exosome thing out").
const figureOutReach = 4

var (
	// orderVerbs map the forms of "order" to the same forms of "buy".
	orderVerbs = map[string]string{"order": "buy", "orders": "buys", "ordering": "buying", "ordered": "bought"}
	// orderNounMarkers, before "order", make it a noun: a sequence ("in
	// what order", "the right order", "in order to").
	orderNounMarkers = map[string]bool{"what": true, "which": true, "the": true, "in": true, "a": true, "an": true,
		"right": true, "correct": true, "same": true, "this": true, "that": true, "proper": true, "any": true,
		"best": true, "your": true, "my": true, "particular": true, "specific": true, "usual": true, "application": true}
	// orderSubjects, before "order", make it a verb: who orders, or a
	// modal or adverb before it ("i order", "to order", "just order").
	orderSubjects = map[string]bool{"i": true, "you": true, "we": true, "she": true, "he": true, "they": true, "to": true,
		"just": true, "should": true, "can": true, "could": true, "would": true, "will": true, "or": true, "and": true,
		"then": true, "also": true, "only": true, "rather": true, "even": true, "never": true, "once": true, "i'll": true}
	// purchaseChannels, after "order", name where from: "order online".
	purchaseChannels = map[string]bool{"online": true, "from": true, "off": true, "direct": true, "directly": true,
		"through": true, "via": true}
)

// cue is a not-covered entry's cue, as words; "*" stands for up to
// maxGap words, "#" for one number ("# * too much" in "is $900 for a
// facial too much"). A cue never starts with "*".
type cue struct {
	entry    string
	words    []string
	next     string // its second word, when that is a word (not "*" or "#") after a first that is one
	anywhere bool   // the topic's cues count outside the focus too
	health   bool   // the topic is the person's health: its referral is a doctor or the prescriber
	around   bool   // the topic is exosomes around other procedures (bot.AroundTreatments)
	trait    bool   // the topic is what the person is, not a concern (bot.Entry.Trait)
}

// maxGap is how many words a "*" in a cue stands for, at most: enough for
// the noun phrase people put in the middle of "how long does one bottle of
// serum usually last".
const maxGap = 6

// cue returns the entry of the first cue (in corpus order; of two that
// start at the same word, the longer) found in the words of normalized
// text, or "". With anywhere, only the cues of topics
// that count anywhere in a message are tried.
func (x *Index) cue(ws []string, anywhere bool) string { return x.cueOf(ws, anywhere, false, false) }

// cueOf is cue; with health, only the cues of topics that are the
// person's health (whose referral is a doctor or the prescriber) are
// tried; with around, only those of the topic of exosomes around other
// procedures.
func (x *Index) cueOf(ws []string, anywhere, health, around bool) string {
	return x.cueWith(ws, cueFilter{anywhere: anywhere, health: health, around: around})
}

// cueWith is cueOf for any filter.
func (x *Index) cueWith(ws []string, f cueFilter) string {
	c, _ := x.firstCues(ws, nil, f, f)
	return c
}

// cueFilter is which topics' cues cueOf tries (see there); with
// noTraits, none of a topic that is what the person is (cue.trait).
type cueFilter struct{ anywhere, health, around, noTraits bool }

// admits reports whether the filter tries cue c.
func (f cueFilter) admits(c *cue) bool {
	return (!f.anywhere || c.anywhere) && (!f.health || c.health) && (!f.around || c.around) && (!f.noTraits || !c.trait)
}

// firstCues is cueOf for two filters at once, read in one pass over ws:
// the entry of the first cue (in corpus order, or the longer of two from
// the same word) each filter tries that is found in ws, or "". fs, when not nil, are the facts of ws (in step
// with them), where each word's cues are read.
func (x *Index) firstCues(ws []string, fs []*wordFacts, fa, fb cueFilter) (string, string) {
	if len(x.cues) == 0 || len(ws) == 0 {
		return "", ""
	}
	bestA, bestB := -1, -1
	atA, atB := -1, -1 // the words where bestA and bestB start
	// beats reports whether cue c, starting at the word i, is a better
	// answer than best, which starts at at: earlier in the corpus, or
	// longer from the same word ("cause cancer" names the worry that
	// "cause" alone only hints at).
	beats := func(c, best, at, i int) bool {
		return best < 0 || c < best || at == i && len(x.cues[c].words) > len(x.cues[best].words)
	}
	// tries reports, for each filter, whether cue c at the word i may
	// still be its answer (beats) and is of a topic it asks for.
	tries := func(c, i int) (bool, bool) {
		return beats(c, bestA, atA, i) && fa.admits(&x.cues[c]), beats(c, bestB, atB, i) && fb.admits(&x.cues[c])
	}
	numbers := x.numberCues
	for i, w := range ws {
		// Only a cue that matches at a word asks whether the word
		// describes something else, and only one of a topic other than
		// the person's health whether it stands where a reason is given:
		// both are read once, when first asked.
		var cs []int
		if fs == nil {
			cs = x.cuesByFirst[strings.TrimSuffix(w, "'s")]
		} else if fs[i] != nil {
			cs = fs[i].cues
		}
		number := len(numbers) > 0 && isNumber(w)
		if len(cs) == 0 && !number {
			continue
		}
		otherwise, reason := 0, 0 // 0 unread, 1 no, 2 yes
		describes := func() bool {
			if otherwise == 0 {
				otherwise = 1
				if describesOtherwise(ws, i) {
					otherwise = 2
				}
			}
			return otherwise == 2
		}
		// A cue with a second word matches only where that word follows w,
		// right after it or after a hedge (matchEnd): the words that
		// stand there, read once for all of w's cues.
		var after, afterHedge string
		if i+1 < len(ws) {
			after = ws[i+1]
			var h int
			switch {
			case fs == nil:
				h = hedgeLen(ws[i+1:])
			case fs[i+1] != nil && fs[i+1].softens:
				h = 1 // a one-word hedge, read from its facts
			default:
				h = twoWordHedge(ws[i+1:])
			}
			if h > 0 && i+1+h < len(ws) {
				afterHedge = ws[i+1+h]
			}
		}
		for _, c := range cs {
			if n := x.cues[c].next; n != "" && !sameWord(after, n) && (afterHedge == "" || !sameWord(afterHedge, n)) {
				continue
			}
			a, b := tries(c, i)
			if !a && !b || !matchAt(x.cues[c].words, ws[i:]) || namesPlace(x.cues[c].words, ws, i) || describes() || x.endsOtherwise(x.cues[c].words, ws, i) {
				continue
			}
			if !x.cues[c].health {
				if reason == 0 {
					reason = 1
					if givesReason(ws, i) {
						reason = 2
					}
				}
				if reason == 2 {
					continue
				}
			}
			if a {
				bestA, atA = c, i
			}
			if b {
				bestB, atB = c, i
			}
		}
		if number {
			for _, c := range numbers {
				if a, b := tries(c, i); (a || b) && matchAt(x.cues[c].words, ws[i:]) && !describes() {
					if a {
						bestA, atA = c, i
					}
					if b {
						bestB, atB = c, i
					}
				}
			}
		}
	}
	return x.cueEntry(bestA), x.cueEntry(bestB)
}

// cueEntry is the entry of cue c, or "" when c is -1 (none).
func (x *Index) cueEntry(c int) string {
	if c < 0 {
		return ""
	}
	return x.cues[c].entry
}

// cueReading is the cues of one text's words as cue reads them, with
// anywhere and without, both read in one pass (firstCues) when first
// asked: a search asks the same words both ways.
type cueReading struct {
	ws            []string
	fs            []*wordFacts // the facts of ws, or nil
	read          bool
	anywhere, all string
}

// cue is x.cue(c.ws, anywhere).
func (c *cueReading) cue(x *Index, anywhere bool) string {
	if !c.read {
		c.anywhere, c.all = x.firstCues(c.ws, c.fs, cueFilter{anywhere: true}, cueFilter{})
		c.read = true
	}
	if anywhere {
		return c.anywhere
	}
	return c.all
}

// durationUnits after "for" say how long something lasted ("red for days
// after the needling"), not when to schedule it ("days after").
var durationUnits = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true}

// purposeOfProcedure reports whether the word at i opens what a procedure
// the person had done, or is having done, was for ("I did microneedling
// for old acne scars", "had a laser for my acne", "I'm getting a laser
// done in two weeks for acne scars"): the reason for the procedure, told in a
// story about exosomes after it, not what is asked of exosomes.
func purposeOfProcedure(ws []string, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 && (determiners[ws[j]] || purposeModifiers[ws[j]]) {
		j--
	}
	if j < 1 || ws[j] != "for" {
		return false
	}
	for k := max(0, j-purposeReach); k < j; k++ {
		if doneProcedures[ws[k]] {
			return slices.ContainsFunc(ws[max(0, k-3):k], func(w string) bool { return hadDone[w] })
		}
	}
	return false
}

// purposeReach is how many words before "for" the procedure may stand:
// "I'm getting a laser done in two weeks for acne scars".
const purposeReach = 5

var (
	// purposeModifiers stand between "for" and what a procedure was for.
	purposeModifiers = map[string]bool{"old": true, "bad": true, "deep": true, "stubborn": true, "mild": true,
		"severe": true, "some": true, "teenage": true, "teen": true}
	// hadDone, before a procedure, tell it was done: a story of it.
	hadDone = map[string]bool{"did": true, "had": true, "got": true, "done": true, "finished": true, "after": true,
		"since": true, "getting": true, "having": true, "booked": true}
	// doneProcedures are procedures a person has had done.
	doneProcedures = map[string]bool{"microneedling": true, "laser": true, "lasers": true, "peel": true, "peels": true,
		"needling": true, "resurfacing": true, "treatment": true, "treatments": true, "session": true, "sessions": true}
)

// symptomWords are the cues of a reaction to a product that may as well be
// the symptoms of a condition the person has had for long.
var symptomWords = map[string]bool{"itchy": true, "itching": true, "itches": true, "tingling": true, "stinging": true,
	"burning": true}

// longWords say that a condition has lasted long or keeps coming back.
var longWords = map[string]bool{"years": true, "yrs": true, "decades": true, "lifelong": true, "flare": true,
	"flares": true, "flareups": true, "flareup": true}

// causativeVerbs before a symptom tell that something brought it on ("it
// made my skin itchy for years"): a reaction, however long it lasted.
var causativeVerbs = map[string]bool{"made": true, "make": true, "makes": true, "making": true, "gave": true,
	"gives": true, "give": true, "giving": true, "caused": true, "causes": true, "cause": true, "left": true,
	"leaves": true, "got": true, "get": true, "gets": true, "since": true, "after": true}

// longReach is how many words either side of a symptom a word of
// longWords may stand.
const longReach = 6

// longStanding reports whether words tell of a condition that has lasted
// long or keeps flaring; "years old" tells an age, not how long.
func longStanding(ws []string) bool {
	for i, w := range ws {
		if longWords[w] && (i+1 == len(ws) || ws[i+1] != "old") {
			return true
		}
	}
	return false
}

// conditionNouns name a long-standing condition of the skin.
var conditionNouns = map[string]bool{"condition": true, "conditions": true, "disease": true, "disorder": true,
	"issue": true, "issues": true}

// reasonWords open a clause that gives the reason for a choice ("worth
// trying the plant kind since it's way cheaper?").
var reasonWords = map[string]bool{"since": true, "because": true, "cause": true, "cuz": true, "coz": true, "bc": true}

// givesReason reports whether the word at i is in a clause, opened a
// few words before it, that gives the reason for what is asked: the
// reason is the person's, not the question ("…instead of the human kind
// since it's way cheaper?" asks whether to choose it, not what it costs).
// Cues of the person's health still count there ("since I'm pregnant").
func givesReason(ws []string, i int) bool {
	for j := max(0, i-reasonReach); j <= i; j++ {
		if j < i && reasonWords[ws[j]] || explainsWhy(ws, j) {
			return true
		}
	}
	return false
}

// reportsQuestion reports whether words tell that someone other than the
// speaker asks a yes-or-no question: a verb of asking right before "if"
// or "whether" (reportingVerbs) after a subject, and no word of the
// speaker's before it ("he's asking if", "my mom wants to know whether";
// not "I'm wondering whether", nor "asking me about").
func reportsQuestion(ws []string) bool {
	for i, w := range ws {
		switch {
		case firstPerson[w]:
			return false
		case reportingVerbs[w] || w == "know" && i >= 2 && ws[i-1] == "to" && (ws[i-2] == "wants" || ws[i-2] == "wanted"):
			return i > 0 && i+1 < len(ws) && (ws[i+1] == "if" || ws[i+1] == "whether")
		}
	}
	return false
}

var (
	// reportingVerbs tell that someone asks or wonders.
	reportingVerbs = map[string]bool{"asking": true, "asks": true, "asked": true, "wondering": true, "wonders": true,
		"wondered": true}
	// firstPerson are the speaker's words.
	firstPerson = map[string]bool{"i": true, "i'm": true, "im": true, "me": true, "we": true, "we're": true, "us": true}
)

// explainsWhy reports whether the word at j is the "why" of a statement
// that something explains what follows ("that's why it was so
// expensive", "which is why they cost more"): what follows is told as a
// consequence, not asked ("why is it so expensive?").
func explainsWhy(ws []string, j int) bool {
	if ws[j] != "why" || j == 0 {
		return false
	}
	switch ws[j-1] {
	case "that's", "thats":
		return true
	case "is":
		return j >= 2 && (ws[j-2] == "that" || ws[j-2] == "which" || ws[j-2] == "this")
	}
	return false
}

// reasonReach is how many words before a cue a reason's opening word may
// stand.
const reasonReach = 4

// geneticWords may be a worry about the person's genes ("my dna", a
// possessive before them), or the genetic material exosomes carry when
// cargoWords are listed beside them, within cargoReach words.
var (
	geneticWords = map[string]bool{"dna": true, "genetic": true, "genes": true, "gene": true, "genetics": true}
	possessives  = map[string]bool{"my": true, "your": true, "our": true, "his": true, "her": true, "their": true, "ur": true}
	cargoWords   = map[string]bool{"proteins": true, "protein": true, "lipids": true, "lipid": true, "fats": true, "rna": true, "mrna": true, "mirna": true, "microrna": true, "peptides": true, "growth": true}
)

const cargoReach = 4

// expectedThings are what "expecting" hopes for when it is not a baby on
// the way ("not expecting miracles", "expecting a big change").
var expectedThings = map[string]bool{
	"miracles": true, "miracle": true, "much": true, "anything": true, "something": true, "nothing": true, "results": true,
	"result": true, "perfection": true, "magic": true, "overnight": true, "instant": true, "too": true, "it": true,
	"them": true, "to": true, "that": true, "this": true, "great": true, "big": true, "huge": true, "amazing": true,
	"dramatic": true, "wonders": true, "improvement": true, "improvements": true, "change": true, "changes": true,
	"lot": true, "difference": true, "facelift": true, "glow": true, "more": true, "less": true, "quick": true, "fast": true,
}

// tradeWords, after a word a cue may start with, make it the name of a
// trade or its customers ("tattoo artist", "tattoo clients").
var tradeWords = map[string]bool{"artist": true, "artists": true, "studio": true, "studios": true, "shop": true,
	"shops": true, "parlour": true, "parlor": true, "client": true, "clients": true, "customer": true,
	"customers": true, "apprentice": true, "apprentices": true, "tech": true, "techs": true, "technician": true,
	"technicians": true, "therapist": true, "therapists": true, "builder": true, "builders": true,
	"model": true, "models": true, "piercer": true, "piercers": true}

// setAside reports whether the words before i (or the word after it) put
// what is named from i aside: "I'm not pregnant, are exosomes proven?",
// "(not pregnancy related)", "nothing to do with my acne", "unrelated to
// the price". The person says what the question is not about. A "not"
// that asks ("is it not pregnancy safe?") sets nothing aside: only a
// statement of one's own (or another's) state does, one that opens the
// message, or one the word "related" ends.
func setAside(ws []string, i int) bool {
	switch {
	case i >= 1 && ws[i-1] == "not":
		return i == 1 || statesNot[ws[i-2]] || i+1 < len(ws) && ws[i+1] == "related"
	case i >= 2 && (ws[i-1] == "or" || ws[i-1] == "nor"):
		// "not pregnant or breastfeeding": the "not" is of both.
		return setAside(ws, i-2)
	case i >= 4 && ws[i-1] == "with" && ws[i-2] == "do" && ws[i-3] == "to" && ws[i-4] == "nothing":
		return true
	case i >= 2 && ws[i-1] == "to" && (ws[i-2] == "unrelated" || ws[i-2] == "related" && i >= 3 && ws[i-3] == "not"):
		return true
	case i >= 2 && ws[i-1] == "about" && ws[i-2] == "not" && (i == 2 || statesNot[ws[i-3]] || ws[i-3] == "is" || ws[i-3] == "it's" || ws[i-3] == "its"):
		return true
	}
	return false
}

// withoutSetAside is t without the words that name a topic of a cue which
// the person sets aside (setAside) — and a "related" after one — so that
// the search does not find the topic's entries by them; ok is false when
// there are none.
func (x *Index) withoutSetAside(t normText) (normText, bool) {
	var out []string
	dropped := false
	for i, w := range t.words {
		drop := setAside(t.words, i) && len(x.cuesByFirst[w]) > 0 || dropped && w == "related"
		dropped = drop
		switch {
		case drop && out == nil:
			out = append(make([]string, 0, len(t.words)), t.words[:i]...)
		case drop:
		case out != nil:
			out = append(out, w)
		}
	}
	if out == nil {
		return t, false
	}
	return newNormText(out), true
}

// studiedFor reports whether ws say what research was for or into:
// "studied for", "researched in", "research into".
func studiedFor(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if studyWords[ws[i]] && studyObjects[ws[i+1]] {
			return true
		}
	}
	return false
}

// studyReach is how many words before a disease's name the words of what
// research was for may stand.
const studyReach = 12

var (
	tumourWords  = map[string]bool{"tumor": true, "tumors": true, "tumour": true, "tumours": true, "cancerous": true}
	studyWords   = map[string]bool{"studied": true, "researched": true, "research": true, "investigated": true}
	studyObjects = map[string]bool{"for": true, "into": true, "in": true, "on": true}
)

// statesNot are the words before a "not" that make it a statement of
// someone's state: "I'm not", "she is not", "we are not".
var statesNot = map[string]bool{"i'm": true, "im": true, "am": true, "she's": true, "shes": true, "he's": true,
	"hes": true, "we're": true, "they're": true, "theyre": true, "currently": true, "definitely": true, "also": true}

// describesOtherwise reports whether the word at i, where a cue may start,
// belongs to words that say something else than the cue's topic: a
// duration ("for days after the needling") rather than a schedule, or a
// symptom in the description of a chronic condition of the skin ("a
// chronic itchy flaky red skin condition": the article's chronic
// inflammatory skin issues) rather than a reaction to a product.
func describesOtherwise(ws []string, i int) bool {
	if strings.HasSuffix(ws[i], "'s") && i+1 < len(ws) && ws[i+1] == "own" {
		// "built on the body's own repair cells": whose the cells are,
		// not a concern of the body.
		return true
	}
	if durationUnits[ws[i]] && i > 0 && ws[i-1] == "for" {
		return true
	}
	if ws[i] == "body" && i > 0 && bodyOfPeople[ws[i-1]] || (ws[i] == "body" || ws[i] == "body's") && bodyWorksNext(ws[i+1:]) {
		// "is any government body keeping an eye on them", "the body
		// messengers that cause swelling": an organisation, or how the
		// body works, not a concern on the body rather than the face.
		return true
	}
	if cheaperWords[ws[i]] && conceded(ws[:i]) {
		// "it's the same thing as the clinic treatments, just cheaper":
		// the claim is that they are the same; the price is the
		// difference it concedes, not what is asked.
		return true
	}
	if causeWords[ws[i]] && i >= 2 && (ws[i-1] == "that" || ws[i-1] == "which") && lowersBefore(ws[:i-1]) {
		// "do they lower the body messengers that cause inflammation":
		// what causes it is what the question asks exosomes to lower,
		// not a reaction the product causes.
		return true
	}
	if ws[i] == "neck" && withTheFace(ws, i) {
		// "crepey skin on my neck and cheeks", "my face and neck look like
		// an old saddle": the neck told with the face is the face's
		// ageing, the article's; "my neck and chest" is the body.
		return true
	}
	if likeness(ws, i) {
		// "so exosomes are just the next hyaluronic acid hype cycle",
		// "just this year's hyaluronic acid", "bounce back like a
		// teenager's": a likeness, not what the question is about or who
		// the person is.
		return true
	}
	if strings.HasSuffix(ws[i], "ed") && i+2 < len(ws) && ws[i+2] == "derived" {
		// "the version extracted from plants" (the lexicon's "plant
		// derived"): where it comes from, which the article tells, not
		// how it is made.
		return true
	}
	if purposeOfProcedure(ws, i) {
		return true
	}
	if setAside(ws, i) {
		return true
	}
	if tumourWords[ws[i]] && studiedFor(ws[max(0, i-studyReach):i]) {
		// "what were they originally studied for — healing cuts?
		// tumours?": what research was into (the article's cancer
		// research), not a worry that exosomes cause it.
		return true
	}
	if i > 0 && ws[i-1] == "not" && strings.HasSuffix(ws[i], "ed") {
		// "proven to work on top of the skin, as in rubbed on, not
		// injected?": the way the person sets aside, not what is asked.
		return true
	}
	if fundingWords[ws[i]] && slices.ContainsFunc(ws, func(w string) bool { return w == "independent" || w == "independently" }) {
		// "is there ANY independent trial behind these serums or is it
		// all brand-funded?": the funder is the contrary of the
		// article's independent trials, not a study detail asked.
		return true
	}
	if geneticWords[ws[i]] && (i == 0 || !possessives[ws[i-1]]) && slices.ContainsFunc(ws[max(0, i-cargoReach):min(len(ws), i+cargoReach+1)], func(w string) bool { return cargoWords[w] }) {
		// "the nano-sized parcels cells use to swap proteins, fats and
		// genetic code": genetic material listed with the rest of the
		// cargo describes exosomes (the article's "proteins, lipids, and
		// RNA"), not a worry about the person's genes.
		return true
	}
	if ws[i] == "expecting" && i+1 < len(ws) && (expectedThings[ws[i+1]] || ws[i+1] == "a" && i+2 < len(ws) && expectedThings[ws[i+2]]) {
		// "not expecting miracles, just curious": what the person hopes
		// a product does, not a baby on the way.
		return true
	}
	if ownPastDecade(ws, i) {
		// "my 46 year old face (lots of sun in my 20s)": a grown-up's
		// past, not a young person's skin.
		return true
	}
	if youngPeople[ws[i]] && slices.ContainsFunc(ws[i+1:min(len(ws), i+4)], func(w string) bool { return studyVerbs[w] }) {
		// "so the kids can check the claims against that list": young
		// people who learn or weigh the claims, not young skin.
		return true
	}
	if percentWords[ws[i]] && i+1 < len(ws) && ws[i+1] == "off" {
		// "40 percent off exosome serum today only": a discount, not a
		// product's concentration.
		return true
	}
	if expiryWords[ws[i]] && slices.ContainsFunc(ws[max(0, i-dealReach):i], func(w string) bool { return dealWords[w] }) {
		// "influencer code for 20 off the exosome serum expires
		// tonight": an offer's deadline, not a product's shelf life.
		return true
	}
	if ws[i] == "to" && i+1 < len(ws) && strings.HasPrefix(ws[i+1], "book") &&
		slices.ContainsFunc(ws[max(0, i-2):i], func(w string) bool { return weighingWords[w] }) {
		// "she's deciding whether to book before team photos": a choice
		// the article's advice on spending speaks to, not how to book.
		return true
	}
	if i+1 < len(ws) && tradeWords[ws[i+1]] {
		// "asking as a tattoo artist", "my tattoo clients", "a body
		// shop": the word names a trade, who the person is or serves,
		// not a concern asked about.
		return true
	}
	if (ws[i] == "aftercare" || ws[i] == "after") && i > 0 && (ws[i-1] == "exosome" || ws[i-1] == "exosomes") {
		// "their exosome aftercare kit": an exosome product sold for
		// after a procedure (the article's post-procedure serums), not
		// aftercare in general.
		return true
	}
	if (ws[i] == "warning" || ws[i] == "warnings") && slices.Contains(ws[i+1:min(len(ws), i+4)], "plant") {
		// "why the warning about plant exosomes?": the article's own
		// warning ("Be cautious; some products contain plant-derived
		// exosomes"), not a regulator's.
		return true
	}
	if (ws[i] == "better" || ws[i] == "best") && i+1 < len(ws) && ws[i+1] == "plant" && slices.Contains(ws, "human") {
		// "which is better, plant exosomes or human derived": plant
		// against human (the article's warning), not which plant.
		return true
	}
	if percentWords[ws[i]] && asksShare(ws) {
		// "how much of the exosome craze is science and how much is
		// hype, percentage-wise?": the share asked in figures, not a
		// product's concentration.
		return true
	}
	if proportion(ws, i) {
		// "how much of the exosome craze is science and how much is
		// hype": a share of something, not a price.
		return true
	}
	if vesicleNouns[ws[i]] && slices.ContainsFunc(ws[max(0, i-2):i], func(w string) bool { return cellWords[w] }) {
		// "the cell message capsules": a description of exosomes, not
		// a supplement's capsules.
		return true
	}
	if (ws[i] == "what" || ws[i] == "whatever") && i+2 < len(ws) && (ws[i+1] == "cells" || ws[i+1] == "cell") && cellReleases[ws[i+2]] {
		// "made from what cells shed", "what cells release": the things
		// cells give off (exosomes described), not which cells they
		// come from.
		return true
	}
	if ws[i] == "joint" && slices.ContainsFunc(ws[i+1:min(len(ws), i+3)], func(w string) bool { return sharedThings[w] }) {
		// "our joint beauty budget", "a joint account": shared, not a
		// body's joint.
		return true
	}
	if eyeRoll(ws, i) {
		// "or do I just roll my eyes": a gesture of doubt, not the
		// skin around the eyes.
		return true
	}
	if skinLayer(ws, i) {
		// "smeared onto the outer layer of dead skin": the skin's
		// layers, not layering products.
		return true
	}
	if disclaimsSeeking(ws[max(0, i-seekReach):i]) {
		// "I'm not chasing a refund, I just want to know…", "not asking
		// about price": what the person says they do not ask.
		return true
	}
	if symptomWords[ws[i]] && longStanding(ws[max(0, i-longReach):min(len(ws), i+longReach+1)]) &&
		!slices.ContainsFunc(ws[max(0, i-4):i], func(w string) bool { return causativeVerbs[w] }) {
		// "my skin is irritated and itchy for many years, eczema type,
		// could it help me one day?", "flare-ups of itchy skin": the
		// symptom of a long-standing condition (the article's chronic
		// inflammatory skin issues), not a reaction to a product.
		return true
	}
	if !slices.Contains(ws[max(0, i-3):i], "chronic") {
		return false
	}
	for _, w := range ws[i+1 : min(len(ws), i+6)] {
		if conditionNouns[w] {
			return true
		}
	}
	return false
}

// cellReleases, after "what cells", tell what cells give off.
var cellReleases = map[string]bool{"shed": true, "sheds": true, "release": true, "releases": true, "released": true,
	"secrete": true, "secretes": true, "secreted": true, "produce": true, "produces": true, "make": true, "makes": true,
	"give": true, "send": true, "pump": true, "spit": true, "leave": true, "emit": true, "throw": true}

// sharedThings, after "joint", make it shared: "joint budget", "joint
// beauty budget", "joint decision".
var sharedThings = map[string]bool{"budget": true, "budgets": true, "account": true, "accounts": true, "savings": true,
	"money": true, "finances": true, "bank": true, "card": true, "purchase": true, "decision": true, "income": true,
	"spending": true, "fund": true}

// eyeRoll reports whether "eyes" at i is rolled ("roll my eyes", "rolling
// my eyes", "an eye roll"): doubt, not a part of the face.
func eyeRoll(ws []string, i int) bool {
	if (ws[i] == "my" || ws[i] == "your" || ws[i] == "the") && i+1 < len(ws) {
		i++ // a cue may open with the eyes' owner: "my eyes"
	}
	if ws[i] == "eye" || ws[i] == "eyes" {
		if i+1 < len(ws) && (ws[i+1] == "roll" || ws[i+1] == "rolls" || ws[i+1] == "rolling") {
			return true
		}
		for _, w := range ws[max(0, i-2):i] {
			if w == "roll" || w == "rolls" || w == "rolled" || w == "rolling" {
				return true
			}
		}
	}
	return false
}

// skinLayer reports whether "layer" at i names a layer of the skin ("the
// outer layer", "the top layers of skin") rather than layering products
// ("can I layer it with retinol").
func skinLayer(ws []string, i int) bool {
	if ws[i] != "layer" && ws[i] != "layers" {
		return false
	}
	if i > 0 && skinLayerWords[ws[i-1]] {
		return true
	}
	// "a layer of skin", "layers of the skin".
	for _, w := range ws[i+1 : min(len(ws), i+4)] {
		if w == "skin" || w == "epidermis" || w == "dermis" {
			return ws[i+1] == "of"
		}
	}
	return false
}

// skinLayerWords, before "layer", name a layer of the skin.
var skinLayerWords = map[string]bool{"outer": true, "outermost": true, "top": true, "upper": true, "surface": true,
	"deep": true, "deeper": true, "deepest": true, "inner": true, "lower": true, "protective": true, "dead": true,
	"barrier": true, "skin": true, "first": true, "second": true}

// proportion reports whether "how much" at i asks a share rather than a
// price: "how much is" before a word of what is real or made up ("how
// much is hype").
func proportion(ws []string, i int) bool {
	return i+3 < len(ws) && ws[i] == "how" && ws[i+1] == "much" && ws[i+2] == "is" && shareWords[ws[i+3]]
}

var (
	// youngPeople are cue words for young people.
	youngPeople = map[string]bool{"kids": true, "kid": true, "children": true, "child": true, "teens": true,
		"teenagers": true, "students": true, "pupils": true}
	// youngSkin are the people whose skin a simile holds up as young
	// ("like a teenager's", which analysis reads as "teenagers").
	youngSkin = map[string]bool{"teen": true, "teens": true, "teenager": true, "teenagers": true, "baby": true, "babys": true,
		"child": true, "childs": true, "kid": true, "kids": true, "toddler": true, "toddlers": true, "newborn": true,
		"newborns": true, "schoolgirl": true, "schoolgirls": true, "schoolboy": true, "schoolboys": true}
	// studyVerbs, soon after young people, tell them learning or weighing
	// something ("the kids can check the claims", "teens learn to spot
	// hype").
	studyVerbs = map[string]bool{"check": true, "learn": true, "understand": true, "spot": true, "evaluate": true,
		"judge": true, "analyse": true, "analyze": true, "critique": true, "research": true, "study": true,
		"compare": true, "discuss": true, "debate": true, "question": true, "fact": true}
)

// expiryWords say something ends: a product's shelf life, or an offer's
// deadline when a dealWord stands within dealReach words before.
var expiryWords = map[string]bool{"expire": true, "expires": true, "expired": true, "expiring": true, "expiry": true,
	"expiration": true}

// dealWords name an offer that can run out ("promo code" reads as
// "influencer").
var dealWords = map[string]bool{"code": true, "codes": true, "coupon": true, "coupons": true, "offer": true,
	"offers": true, "sale": true, "deal": true, "deals": true, "discount": true, "promo": true, "promotion": true,
	"voucher": true, "trial": true, "subscription": true, "membership": true, "influencer": true}

// dealReach is how many words before an expiry word its offer may stand
// ("code for 20 off the exosome serum expires").
const dealReach = 8

// weighingWords, just before "to book", make it a choice being weighed.
var weighingWords = map[string]bool{"whether": true, "deciding": true, "decide": true, "debating": true,
	"torn": true, "unsure": true}

// percentWords give a share in figures.
var percentWords = map[string]bool{"percentage": true, "percentages": true, "percent": true}

// asksShare reports whether words ask how much of something is real or
// made up: "how much (of the exosome craze) is hype".
func asksShare(ws []string) bool {
	for j := 1; j < len(ws); j++ {
		if ws[j] != "much" || ws[j-1] != "how" {
			continue
		}
		for k := j + 1; k+1 < len(ws) && k <= j+shareReach; k++ {
			if (ws[k] == "is" || ws[k] == "are") && shareWords[ws[k+1]] {
				return true
			}
		}
	}
	return false
}

// shareReach is how many words after "how much" the verb of a share may
// come: "how much of the exosome craze is".
const shareReach = 6

// shareWords, after "how much is", name what part of a thing is real or
// made up.
var shareWords = map[string]bool{"hype": true, "real": true, "science": true, "marketing": true, "true": true, "legit": true,
	"proven": true, "fluff": true, "myth": true, "fact": true, "bs": true, "hope": true, "evidence": true, "actual": true}

// endsOtherwise reports whether a cue matched at i ends in words that,
// with what stands around its last word, say something else than the
// cue's topic: "brand" in "a brand new ingredient" (new, not a brand), or
// a price word that only describes what the question is about ("why do
// the high priced anti wrinkle lines brag about…", "the expensive brands")
// rather than asking what it costs. Only a cue that matches is read.
func (x *Index) endsOtherwise(cue, ws []string, i int) bool {
	last := cue[len(cue)-1]
	if last != "brand" && last != "brands" && !priceAdjectives[last] {
		return false
	}
	end := matchEnd(cue, ws[i:])
	if end < 0 {
		return false
	}
	end += i // ws[end-1] is the cue's last word
	if last == "brand" {
		return end < len(ws) && ws[end] == "new"
	}
	if last == "brands" {
		return false
	}
	// A price word between a determiner and the noun it describes.
	start := end - 1
	for start > i && priceAdjectives[ws[start-1]] || start > i && ws[start-1] == "high" {
		start--
	}
	if cheaperWords[last] && (start == 0 || !definite[ws[start-1]]) {
		// "the cheaper line" tells which of two; "is there a cheaper
		// option" asks for one that costs less.
		return false
	}
	return start > 0 && determiners[ws[start-1]] && end < len(ws) && !x.isStopWord(ws[end])
}

// definite determiners before a price word that compares two
// (cheaperWords) point at one of two already named.
var definite = map[string]bool{"the": true, "these": true, "those": true, "my": true, "your": true, "their": true,
	"her": true, "his": true, "our": true}

// priceAdjectives are words a cue of prices ends with that may also only
// describe a product ("the pricey lines"), a comparative among them
// which of two ("the plant exosomes in the cheaper line").
var priceAdjectives = map[string]bool{"priced": true, "expensive": true, "pricey": true, "pricy": true, "overpriced": true, "costly": true,
	"cheaper": true, "pricier": true}

// determiners open a noun phrase: a price word right after one describes
// the noun that follows it.
var determiners = map[string]bool{"the": true, "these": true, "those": true, "a": true, "an": true, "my": true, "your": true,
	"their": true, "her": true, "his": true, "our": true, "all": true, "some": true}

// matchEnd returns how many words of ws pattern's first match at ws's
// start takes, or -1 when it does not match there: "*" stands for up to
// maxGap words, "#" for a number, any other word for itself (sameWord).
func matchEnd(pattern, ws []string) int {
	if len(pattern) == 0 {
		return 0
	}
	if pattern[0] == "*" {
		for skip := 0; skip <= maxGap && skip <= len(ws); skip++ {
			if n := matchEnd(pattern[1:], ws[skip:]); n >= 0 {
				return skip + n
			}
		}
		return -1
	}
	if pattern[0] == "#" && len(pattern) > 1 && ageWords[pattern[1]] && len(ws) > 0 {
		// "a 4yo", "my 10yr old": the age typed as one word.
		if n, unit, ok := fusedAge(ws[0]); ok && ageWords[unit] && young(n) {
			if m := matchEnd(pattern[2:], ws[1:]); m >= 0 {
				return 1 + m
			}
		}
	}
	if pattern[0] == "#" && (len(ws) == 0 || !isNumber(ws[0])) || pattern[0] != "#" && (len(ws) == 0 || !sameWord(ws[0], pattern[0])) {
		return -1
	}
	if pattern[0] == "#" && len(pattern) > 1 && ageWords[pattern[1]] && !young(ws[0]) {
		// The cues' ages are the young's ("my 15 year old"): "my 46
		// year old face" is a grown-up's own.
		return -1
	}
	if n := matchEnd(pattern[1:], ws[1:]); n >= 0 {
		return 1 + n
	}
	if len(pattern) > 1 && pattern[1] != "*" {
		// "smells kind of fishy", "a really bad reaction": a hedge
		// between a cue's words leaves it the cue.
		if h := hedgeLen(ws[1:]); h > 0 {
			if n := matchEnd(pattern[1:], ws[1+h:]); n >= 0 {
				return 1 + h + n
			}
		}
	}
	return -1
}

// hedgeLen returns how many words of a hedge ws opens with ("kind of",
// "a bit", "really"), or 0.
func hedgeLen(ws []string) int {
	if len(ws) == 0 {
		return 0
	}
	if hedges[ws[0]] {
		return 1
	}
	return twoWordHedge(ws)
}

// twoWordHedge is hedgeLen for the hedges of two words ("kind of", "a
// bit"): 2 when ws starts with one, else 0.
func twoWordHedge(ws []string) int {
	if len(ws) > 1 && (ws[1] == "of" && (ws[0] == "kind" || ws[0] == "sort") || ws[0] == "a" && (ws[1] == "bit" || ws[1] == "little")) {
		return 2
	}
	return 0
}

// hedges soften or strengthen the word after them.
var hedges = map[string]bool{"kinda": true, "sorta": true, "really": true, "very": true, "super": true,
	"slightly": true, "pretty": true, "somewhat": true, "quite": true, "totally": true}

// vesicleNouns may name exosomes themselves after a word of cells
// (cellWords): "cell message capsules", "tiny cell capsules".
var vesicleNouns = map[string]bool{"capsules": true, "capsule": true}

// cellWords, just before a vesicle noun, make it a description of exosomes.
var cellWords = map[string]bool{"cell": true, "cells": true, "message": true, "messenger": true, "messaging": true,
	"signal": true, "signaling": true, "signalling": true}

// disclaimsSeeking reports whether ws, the words before a cue, deny
// seeking it: a negation and then a verb of seeking ("not chasing a",
// "don't care about the", "not looking for").
func disclaimsSeeking(ws []string) bool {
	for j, w := range ws {
		if negations[w] {
			for _, v := range ws[j+1:] {
				if seekingWords[v] {
					return true
				}
			}
		}
	}
	return false
}

// seekReach is how many words before a cue a denial of seeking it may
// begin.
const seekReach = 5

var (
	negations    = map[string]bool{"not": true, "don't": true, "dont": true, "never": true, "no": true, "isn't": true, "isnt": true}
	seekingWords = map[string]bool{"chasing": true, "asking": true, "looking": true, "wanting": true,
		"want": true, "care": true, "caring": true, "worried": true, "seeking": true, "interested": true, "bothered": true}
)

// ageWords follow a number that is an age in a cue ("# year old", "# yo").
var ageWords = map[string]bool{"year": true, "years": true, "yr": true, "yrs": true, "yo": true, "y": true}

// fundingWords name who paid for a study.
var fundingWords = map[string]bool{"funded": true, "funding": true, "funds": true, "sponsored": true}

// ownPastDecade reports whether the word at i tells a decade of the
// writer's life ("in my 20s", "in my twenties", "in my teens") in a
// message that gives the writer's age as a grown-up's ("my 46 year old
// face", "I'm 52"): a time past, not the writer's age now.
func ownPastDecade(ws []string, i int) bool {
	inMy := func(k int) bool {
		return k >= 0 && k+2 < len(ws) && ws[k] == "in" && ws[k+1] == "my" && decades[ws[k+2]]
	}
	if !inMy(i) && !inMy(i-2) {
		return false
	}
	for k, w := range ws {
		if !isNumber(w) || young(w) || len(w) > 2 {
			continue
		}
		if k+1 < len(ws) && ageWords[ws[k+1]] || k > 0 && (ws[k-1] == "i'm" || ws[k-1] == "im" || ws[k-1] == "am") {
			return true
		}
	}
	return false
}

// decades name a decade of a life after "in my".
var decades = map[string]bool{"20s": true, "twenties": true, "teens": true, "teen": true, "30s": true, "thirties": true}

// young reports whether a number (digits) is a young age: under 20.
// fusedAge splits a word that types an age as one, "4yo", "10yr" or
// "4yo's", into its number and its unit.
func fusedAge(w string) (n, unit string, ok bool) {
	w = strings.TrimSuffix(w, "'s")
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	if i == 0 || i == len(w) {
		return "", "", false
	}
	return w[:i], w[i:], true
}

func young(n string) bool { return len(n) == 1 || len(n) == 2 && n < "20" }

// bodyOfPeople, before "body", make it an organisation ("a governing
// body"); "government" reads as the article's "fda".
var bodyOfPeople = map[string]bool{"fda": true, "government": true, "governing": true, "regulatory": true, "regulating": true,
	"standards": true, "professional": true, "oversight": true, "watchdog": true, "certification": true, "certifying": true,
	"official": true, "industry": true, "medical": true, "student": true, "advisory": true}

// bodyWorksNext reports whether the words after "body" name its workings
// (bodyWorkings), at once or after one word: "the body repair process",
// "the body's swelling signals".
func bodyWorksNext(after []string) bool {
	return len(after) > 0 && bodyWorkings[after[0]] || len(after) > 1 && bodyWorkings[after[1]]
}

// bodyWorkings, after "body", make it the body as an organism: its
// messengers, cells and repair, which the article's biology tells.
var bodyWorkings = map[string]bool{"messengers": true, "messenger": true, "signals": true, "signal": true, "cells": true, "cell": true,
	"processes": true, "process": true, "system": true, "systems": true, "response": true, "responses": true, "repair": true,
	"healing": true, "tissue": true, "tissues": true, "chemistry": true, "hormones": true, "biology": true,
	// "bring down the body chemicals that drive redness": the body's own
	// molecules, as its messengers are.
	"chemicals": true, "chemical": true, "molecules": true, "proteins": true, "compounds": true, "substances": true,
	// "do these serums get my body making more of them": the body
	// producing something (collagen, in the article) is the organism.
	"make": true, "makes": true, "making": true, "produce": true, "produces": true, "producing": true,
	"build": true, "builds": true, "building": true, "create": true, "creates": true, "creating": true}

// cheaperWords compare prices; after a concession (concessions) that
// follows a claim of sameness they only concede a difference.
var cheaperWords = map[string]bool{"cheaper": true, "pricier": true, "cheapest": true}

// concessions open the difference a claim of sameness concedes ("the same,
// just cheaper").
var concessions = map[string]bool{"just": true, "only": true, "but": true}

// conceded reports whether ws, the words before a price comparative, end
// in a concession ("just", "just a") after a claim of sameness.
func conceded(ws []string) bool {
	n := len(ws)
	if n >= 2 && (ws[n-1] == "a" || ws[n-1] == "an") {
		n--
	}
	return n >= 1 && concessions[ws[n-1]] && claimsSameness(ws[max(0, n-1-sameReach):n-1])
}

// claimsSameness reports whether ws holds "same … as", a claim that two
// things are the same ("the same thing as the clinic treatments"), or
// "same … or", the question whether they are ("is that even the same
// thing or just a cheaper knockoff?").
func claimsSameness(ws []string) bool {
	for j, w := range ws {
		if w == "same" && slices.ContainsFunc(ws[j+1:min(len(ws), j+4)], func(v string) bool { return v == "as" || v == "or" }) {
			return true
		}
	}
	return false
}

// sameReach is how many words before a conceded difference "same" may
// stand.
const sameReach = 10

// causeWords are the cues of a reaction a product causes.
var causeWords = map[string]bool{"cause": true, "causes": true, "caused": true}

// lowering verbs ask a product to reduce something.
var lowering = map[string]bool{"lower": true, "lowers": true, "lowering": true, "reduce": true, "reduces": true, "reducing": true,
	"calm": true, "calms": true, "calming": true, "block": true, "blocks": true, "blocking": true, "fight": true, "fights": true,
	"dampen": true, "dampens": true, "suppress": true, "suppresses": true, "inhibit": true, "inhibits": true, "tame": true,
	"target": true, "targets": true, "quiet": true, "quiets": true, "turn": true, "switch": true, "stop": true, "stops": true}

// lowersBefore reports whether the few words before a relative "that"
// hold a lowering verb: "lower the body messengers (that cause …)".
func lowersBefore(ws []string) bool {
	for _, w := range ws[max(0, len(ws)-lowerReach):] {
		if lowering[w] {
			return true
		}
	}
	return false
}

// lowerReach is how many words before "that" a lowering verb may stand.
const lowerReach = 5

// likeness reports whether the cue at ws[i] is held up as a likeness: the
// words before it end in a hedge and the words that make what follows a
// likeness ("just the new", "basically the next", "just this year's",
// "simply another"), or in "like a" before a young person whose skin is
// the simile ("like a teenager's", youngSkin).
func likeness(ws []string, i int) bool {
	n := i
	switch {
	case n >= 2 && ws[n-2] == "like" && (ws[n-1] == "a" || ws[n-1] == "an") && youngSkin[ws[i]]:
		return true
	case n >= 3 && simileHedges[ws[n-3]] && ws[n-2] == "the" && (ws[n-1] == "new" || ws[n-1] == "next" || ws[n-1] == "latest"):
		return true
	case n >= 3 && simileHedges[ws[n-3]] && ws[n-2] == "this" && seasons[ws[n-1]]:
		return true
	case n >= 2 && simileHedges[ws[n-2]] && ws[n-1] == "another":
		return true
	}
	return false
}

// withTheFace reports whether the word at i is joined by "and" (or "&")
// to a part of the face right before or after it: "face and neck", "neck
// and jawline".
func withTheFace(ws []string, i int) bool {
	return i >= 2 && (ws[i-1] == "and" || ws[i-1] == "&") && faceParts[ws[i-2]] ||
		i+2 < len(ws) && (ws[i+1] == "and" || ws[i+1] == "&") && faceParts[ws[i+2]]
}

// faceParts are the face and its parts, where the article's skincare is.
var faceParts = map[string]bool{"face": true, "faces": true, "cheeks": true, "cheek": true, "jawline": true, "jaw": true,
	"jowls": true, "chin": true, "forehead": true, "eyes": true}

// seasons, after "this", date a fashion: "this year's hyaluronic acid".
var seasons = map[string]bool{"year's": true, "season's": true, "month's": true, "summer's": true, "decade's": true}

// simileHedges come before "the new" or "the next" when what follows is a
// likeness ("just the new snail mucin"), not a product ("is the new
// peptide serum…").
var simileHedges = map[string]bool{"just": true, "basically": true, "simply": true, "merely": true, "literally": true}

// placeNouns, after a treatment's name, make it the name of a place or a
// person ("the botox place by my work", "my filler lady").
var placeNouns = map[string]bool{"place": true, "places": true, "clinic": true, "clinics": true, "spa": true, "salon": true,
	"studio": true, "office": true, "lady": true, "guy": true, "girl": true, "bar": true}

// namesPlace reports whether a one-word cue matched at i only names where
// the person goes or who treats them ("the botox place … is pushing
// exosomes"): the scene, not a question about that treatment.
func namesPlace(cue, ws []string, i int) bool {
	return len(cue) == 1 && cue[0] != "*" && cue[0] != "#" && i+1 < len(ws) && placeNouns[ws[i+1]]
}

// matchAt reports whether pattern matches a prefix of ws.
func matchAt(pattern, ws []string) bool { return matchEnd(pattern, ws) >= 0 }

// isNumber reports whether a word is all digits ("1,200" is the words "1"
// and "200").
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// sameWord reports whether a question's word is a cue's word, or its
// possessive ("elevai's serum" names the brand "elevai").
func sameWord(w, c string) bool {
	return w == c || len(w) == len(c)+2 && strings.HasSuffix(w, "'s") && w[:len(c)] == c
}
