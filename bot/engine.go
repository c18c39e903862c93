package bot

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultThreshold is the calibrated confidence an answer needs: below it
// the bot declines. It was set on the three evaluation sets in
// cmd/exobot/testdata together (see TestEvaluation there): on each, 0.33 to
// 0.375 keeps both in-scope answers and out-of-scope declines at or above
// 95%, and 0.35 sits in the middle of that range.
const DefaultThreshold = 0.35

// Options configure an Engine. The zero value is usable.
type Options struct {
	// Threshold is the confidence an answer needs, in (0, 1];
	// 0 means DefaultThreshold.
	Threshold float64
	// Logger receives search failures; nil discards them.
	Logger *slog.Logger
}

// Engine answers questions from curated entries through a Searcher. It is
// safe for concurrent use by many goroutines: after New it is read-only.
type Engine struct {
	entries   map[string]*Entry
	phrased   map[string]*Entry   // phraseKey of every phrasing -> its entry
	sections  map[string][]*Entry // first citation's section -> entries, in corpus order
	search    Searcher
	threshold float64
	examples  []Suggestion
	log       *slog.Logger
	suggest   *suggestIndex // autocomplete (suggest.go)
	net       *answerNet    // the answer net's models (answer_net.go)
}

// Limits on what a reply carries.
const (
	maxMatches = 3
	maxRelated = 3
	// searchDepth is how many hits the engine asks for.
	searchDepth = 6
	// suggestFloor is the confidence a declined candidate needs to be
	// offered as "Did you mean…?".
	suggestFloor = 0.25
)

// New returns an Engine over entries, searched by s.
func New(entries []Entry, s Searcher, opts Options) (*Engine, error) {
	if len(entries) == 0 {
		return nil, errors.New("new engine: no entries")
	}
	if s == nil {
		return nil, errors.New("new engine: no searcher")
	}
	th := opts.Threshold
	if th == 0 {
		th = DefaultThreshold
	}
	if th < 0 || th > 1 || math.IsNaN(th) {
		return nil, fmt.Errorf("new engine: threshold %v is not in (0, 1]", opts.Threshold)
	}
	e := &Engine{
		entries:   make(map[string]*Entry, len(entries)),
		phrased:   map[string]*Entry{},
		sections:  map[string][]*Entry{},
		search:    s,
		threshold: th,
		log:       opts.Logger,
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	for i := range entries {
		en := &entries[i]
		if en.ID == "" {
			return nil, fmt.Errorf("new engine: entry %d has no id", i)
		}
		if _, dup := e.entries[en.ID]; dup {
			return nil, fmt.Errorf("new engine: entry id %q is repeated", en.ID)
		}
		e.entries[en.ID] = en
		for _, p := range append([]string{en.Question}, en.Alternates...) {
			if k := phraseKey(p); k != "" && e.phrased[k] == nil {
				e.phrased[k] = en
			}
		}
		if sec := section(en); sec != "" && en.NotCovered == "" {
			if len(e.sections[sec]) == 0 && len(e.examples) < maxRelated {
				e.examples = append(e.examples, Suggestion{ID: en.ID, Question: en.Question})
			}
			e.sections[sec] = append(e.sections[sec], en)
		}
	}
	e.suggest = newSuggestIndex(entries)
	e.net = newAnswerNet(answerNets(), entries)
	return e, nil
}

func section(en *Entry) string {
	if len(en.Citations) == 0 {
		return ""
	}
	return en.Citations[0].Section
}

// Examples returns a few questions the engine can answer, for
// introductions.
func (e *Engine) Examples() []Suggestion { return append([]Suggestion(nil), e.examples...) }

// Answer implements Answerer. Every reply carries a caution: the
// Disclaimer, or UrgentDisclaimer under an urgent reply. Checks run in
// order: an entry asked by id; a possible emergency (Screen, before any
// search and whatever the length); empty or over-long input; a greeting or
// request for help; then the search and the confidence decision.
func (e *Engine) Answer(ctx context.Context, q Question) Reply {
	if q.EntryID != "" {
		if en, ok := e.entries[q.EntryID]; ok && en.NotCovered == "" {
			return e.answered(en, []Match{{ID: en.ID, Question: en.Question, Score: 1}}, "")
		}
		return e.noMatch("", nil, nil)
	}
	text := clean(q.Text)
	// The bounded screen runs first, whatever the length: an over-long
	// message that opens (or ends) with an emergency gets the urgent reply,
	// as the middlewares that let it past the rate limit expect. Its safety
	// net's reading of the message is the answer net's too.
	var nr netReading
	if sc, _ := screening(ctx, q, &nr); sc.Urgent() {
		return urgentReply(sc, text)
	}
	// A text has no more runes than bytes: only a longer one is counted.
	if len(text) > MaxQuestionRunes {
		if n := utf8.RuneCountInString(text); n > MaxQuestionRunes {
			return Reply{
				Status:     StatusRejected,
				Question:   truncateRunes(text, 80),
				Answer:     fmt.Sprintf("That message is too long for me (%d characters). Please ask one question in under %d characters.", n, MaxQuestionRunes),
				Error:      fmt.Sprintf("question is %d characters; the limit is %d", n, MaxQuestionRunes),
				Disclaimer: Disclaimer,
			}
		}
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return Reply{
			Status:     StatusRejected,
			Answer:     "I didn't catch a question there. Ask me something about exosomes in skincare.",
			Error:      "question is empty",
			Related:    e.Examples(),
			Disclaimer: Disclaimer,
		}
	}
	// A message with a question mark is never only thanks (isClosing),
	// a greeting or a request for help is short (isHelp), and thanks or a
	// goodbye opens with one of a few words (mayClose): a message is
	// folded only as far as isHelp reads, and all of it only when it may
	// be thanks.
	var normBuf [256]byte
	asked := strings.Contains(text, "?")
	stripped := stripNoise(text)
	asking := trimAsking(stripped)
	norm := appendNormalizedUpTo(normBuf[:0], asking, maxHelpBytes+1)
	if isHelp(norm) {
		return Reply{Status: StatusHelp, Question: text, Answer: helpText, Related: e.Examples(), Disclaimer: Disclaimer}
	}
	if !asked && mayClose(norm) && len(norm) > maxHelpBytes+1 {
		norm = appendNormalized(normBuf[:0], text) // all of it
	}
	if !asked && isClosing(norm) {
		// Not a question: nothing from the article to answer.
		return Reply{Status: StatusNoMatch, Question: text, Answer: closingText, Disclaimer: Disclaimer, Reason: ReasonChatter}
	}
	return e.understand(ctx, text, stripped, asking, q.Previous, &nr)
}

// understand answers a message that is neither an emergency nor a
// greeting: it drops platform noise; declines other languages, attempts to
// steer the bot, spam and chatter that asks nothing; answers a question the
// corpus phrases exactly; and otherwise searches the question's focus (the
// sentences that ask) with the rest of the message, and a follow-up's
// previous turn, as context. nr is the screen's reading of the message for
// the nets. stripped is stripNoise(text) and asking trimAsking(stripped),
// which Answer has read: they are read again only for a text a quote
// changes.
func (e *Engine) understand(ctx context.Context, text, stripped, asking string, prev *Turn, nr *netReading) Reply {
	quote := ""
	if q, rest, ok := quoteAndReply(text); ok {
		// "> did anyone see the exosome thread yesterday\nwhat even is an
		// exosome": the quoted lines are another's words the reply
		// answers; they are its story, not a question of its own.
		quote, text = stripNoise(q), rest
		stripped = stripNoise(rest)
		asking = ""
	}
	plain := stripped
	if said := quotedAsSaid(text); said != text {
		plain, asking = stripNoise(said), ""
	}
	if plain == "" {
		return e.decline(text, ReasonChatter, chatterText)
	}
	relayedText := ""
	if relaysNothing(plain) {
		// "A client asked me this and I want to get it right: @everyone
		// @everyone": the question passed on was all noise.
		return e.decline(text, ReasonChatter, chatterText)
	}
	if q, ok := relayedQuestion(plain); ok {
		// "Receptionist here, a caller wants to know: I had microneedling
		// on Thursday… Does the serum help?": the lead tells only who
		// asks; what follows is read as if the caller had typed it, its
		// story a story and its question the question.
		plain, relayedText, asking = q, q, ""
	}
	if asking == "" {
		asking = trimAsking(plain)
	}
	plain = setAside(asking)
	// The message's words, read once for the checks below and its
	// sentences.
	var atBuf [64]int32
	ws, at, ascii := readWords(plain, atBuf[:0])
	letters := countLetters(plain)
	if isForeign(ws, letters) {
		return e.decline(text, ReasonLanguage, englishOnlyText)
	}
	if isSteering(plain, ws) || steersSlipped(plain, ws) {
		return e.decline(text, ReasonSteering, steeringText)
	}
	if en := e.phrasedAs(ws); en != nil {
		// A question the corpus itself phrases, or one exobot offered and
		// the person asked back.
		match := []Match{{ID: en.ID, Question: en.Question, Score: 1}}
		if en.NotCovered != "" {
			return e.noMatch(text, match, en)
		}
		return e.answered(en, match, text)
	}
	m := readSentences(plain, ws, at, ascii)
	if isSpam(plain, ws, m, letters) || broadcastPitch(text, plain, ws, letters) {
		return e.decline(text, ReasonSpam, spamText)
	}
	shouted := shouts(letters)
	if shouted {
		// "WHOS A GOOD CANIDATE FOR EXOSOME TREATMNT": capitals are the
		// person's tone, not names or acronyms; read as if written in
		// lower case.
		plain = strings.ToLower(plain)
		ws, at, ascii = readWords(plain, atBuf[:0])
		m = readSentences(plain, ws, at, ascii)
	}
	if !m.asks {
		// "she wantts to know what exosomes are", "so it's snake oil
		// righht": the words that would make it ask, slipped, are read
		// as those words before the message counts as asking nothing.
		t, ok := unslipped(plain, ws, frameWords)
		if !ok {
			return e.decline(text, ReasonChatter, chatterText)
		}
		tws, tat, tascii := readWords(t, nil)
		tm := readSentences(t, tws, tat, tascii)
		if !tm.asks {
			return e.decline(text, ReasonChatter, chatterText)
		}
		ws, m = tws, tm
	}
	focus, story := m.focus()
	beforeRemark, remarked := m.remarkAfter()
	if remarked {
		// "…does the Dr. Jart exosome ampoule actually work. Just
		// trying to make sense of it all.": the remark tells why the
		// question is asked; the question is read without it, by the
		// search and the answer net.
		story = ""
	}
	if quote != "" && !asksOwnQuestion(focus) {
		// A reply that names exosomes and points at nothing ("> anyone
		// tried the new serum at the mall?\nWhat are exosomes, in the
		// skincare sense?") asks its own question; the quote it answers
		// is no story of it.
		story = strings.TrimSpace(quote + " " + story)
	}
	focus, story = reframe(focus), reframe(story)
	lead, asking := m.leads()
	var leadWords []string
	if lead != "" {
		leadWords = Words(lead)
	}
	if lead != "" && dictatedLead.count(leadWords) > 0 {
		// "my hands are covered in paint so I'm using voice, are exosomes
		// FDA approved?": the lead tells how the message came, and why;
		// the question is what follows it.
		focus, lead, asking = reframe(asking), "", ""
	} else if lead != "" && attributesToArticle(leadWords) {
		// "So per the doc who wrote this, what sort of person is it
		// meant for?": the lead only says whose answer is wanted, the
		// article's, which every answer is; the question follows it.
		focus, lead, asking = reframe(asking), "", ""
	} else if lead != "" && articleSaysOfIt.re().MatchString(asking) {
		// "Those plant exosomes, does the article say anything about
		// them?": what is asked is what the article says of the thing
		// the lead names; the words about the article ask nothing of
		// their own (its author, its bottom line).
		focus, lead, asking = reframe(lead), "", ""
	}
	relayed := false
	if q, ok := relayedQuestion(focus); ok && story == "" {
		// "Receptionist here, a caller wants to know: what year were
		// exosomes discovered?": the lead tells only who asks; the
		// question is what follows it, for the answer net too, which
		// would otherwise take the relaying for a sign of a question
		// the article answers.
		focus, lead, asking, relayed = q, "", "", true
	}
	if lead != "" {
		lead, asking = reframe(lead), reframe(asking)
	}
	if l := linkWords(text); l != "" {
		story = strings.TrimSpace(story + " " + l)
	}
	// The answer net reads what the person asked, after the previous turn
	// for a follow-up: "and are they safe?" alone says too little.
	// Without a greeting, thanks or a plea ("hey, … thanks!") and without
	// addresses typed into it, as the search reads it.
	asked := withoutBareLinks(trimAsking(text))
	if relayedText != "" {
		asked = withoutBareLinks(trimAsking(relayedText))
	}
	if remarked {
		asked = withoutBareLinks(beforeRemark)
	}
	if relayed {
		asked = focus
	}
	asked = topicInFull(asked)
	if shouted {
		asked = strings.ToLower(asked)
	}
	if prev == nil && story == "" && lead == "" {
		// "do they work?" as the first message: they are exosomes, for
		// the search and the answer net both.
		if r := pronounsAsTopic(text, ws); r != text {
			if en := e.phrasedAs(Words(r)); en != nil && en.NotCovered == "" {
				// "where do they come from?" is the corpus's own
				// "where do exosomes come from?".
				return e.answered(en, []Match{{ID: en.ID, Question: en.Question, Score: 1}}, text)
			}
			asked, focus = r, r
		}
	}
	if prev != nil && isFollowUp(m) {
		story = strings.TrimSpace(story + " " + e.previous(prev))
		asked = e.previous(prev) + "\n" + text
	}
	if story != "" && onlyVerdict(focus) {
		// "medspa offered me exosomes as a $250 upsell. yes or no?"
		focus = "worth it?"
	}
	chooses := false // the focus asks only which of two things to do
	if i := strings.LastIndexAny(focus, ",:;–—"); story == "" && i > 0 {
		// "Exosome facial $480 at Orchard, go or don't go ah?": the
		// choice is of what the clause before it tells (after the mark,
		// which a dash makes three bytes long).
		_, w := utf8.DecodeRuneInString(focus[i:])
		if chooses = actionChoice(focus[i+w:]); chooses {
			focus, story = strings.TrimSpace(focus[i+w:]), strings.TrimSpace(focus[:i])
		}
	} else if story != "" {
		chooses = actionChoice(focus)
	}
	if chooses {
		// "…booked for Saturday and now I'm having second thoughts. Keep
		// it or cancel?": whether it is worth it, for the answer net too,
		// which has seen few such choices.
		focus = "worth it?"
		asked = story + " " + focus
	}
	if q, ok := decisionOrder(focus); ok {
		// "yes or no: book the exosome treatment my clinic keeps texting
		// me about?": whether to book it, for the answer net too.
		focus = q
		asked = strings.TrimSpace(story + " " + q)
	}
	if thing, ok := thingOrNot(focus); ok {
		// "exosome facial or nah?": whether to have the thing named,
		// as "…worth it?" asks.
		focus = thing + " worth it?"
	}
	// "what should I use instead?": instead of exosomes — unless a story
	// names something else it would replace ("…redness from a new cream.
	// what should I use instead?"). After a lead ("If this stuff isn't
	// proven yet, what should I be using instead?"), the question it asks.
	// (The story is read last, once: most messages ask for no alternative.)
	alt, ok := alternativeOfTopic(focus)
	ofAsking := false
	if !ok {
		alt, ok = alternativeOfTopic(asking)
		ok = ok && strings.HasSuffix(focus, asking)
		ofAsking = ok
	}
	if ok && (story == "" || namesSubject(Words(story))) {
		if ofAsking {
			focus, asking = strings.TrimSuffix(focus, asking)+alt, alt
		} else {
			focus = alt
		}
	}
	focus = quotedInFull(focus, story)
	if term := quotedTerm(story); term != "" && asksOfThat(focus) {
		// "Cool, 'skin communication'. What does that even mean?": the
		// question asks about the term the story only quotes.
		focus, story = "'"+term+"' "+focus, ""
	}
	if asksAudience(focus) && !storyNamesOther(story) {
		// "who is this stuff really aimed at?": who might benefit —
		// unless the story names the treatment it asks of ("my derm
		// suggested a chemical peel. who is it for?").
		focus = "who are exosomes for?"
	} else if lead != "" && asksAudience(asking) && countWords(lead) <= audienceLeadWords && !storyNamesOther(story+" "+lead) {
		// "Based on the evidence, who are they for?", "Honestly, who is
		// it aimed at?": a few words before it say on what the answer
		// should rest, or how it is asked; the question is who might
		// benefit all the same.
		focus, lead, asking = "who are exosomes for?", "", ""
	}
	judges := len(m.sentences) <= verdictSentences && slices.ContainsFunc(m.sentences, passesVerdict)
	res, err := e.search.Search(ctx, Query{Focus: focus, Context: story, Lead: lead, Asking: asking, Judges: judges}, searchDepth)
	if err != nil {
		// The person gets a decline, never the internal error.
		e.log.LogAttrs(ctx, slog.LevelError, "search failed", slog.String("err", err.Error()))
		res = Result{}
	}
	// The answer net reads the question with the words the searcher read
	// as misspellings respelled (Result.Respelled), a reading of its own.
	netText, netR := asked, nr
	if t := respelled(asked, res.Respelled); t != asked {
		netText, netR = t, &netReading{}
	}
	var matches []Match
	var best *Entry
	bestConf := 0.0
	bestMatched := 0
	for i, h := range res.Hits {
		en, ok := e.entries[h.ID]
		if !ok {
			continue
		}
		conf := confidence(res, h)
		if best == nil && conf > 0 && i < maxMatches && !((res.Verdict || res.Decides) && en.NotCovered != "") {
			// The best hit the question can be about, among the first
			// few: an entry that needs the topic is skipped for a
			// question without it, and a topic the article does not
			// cover for a verdict whose story merely names it (a kit, a
			// shop, a code that expires), or for a decision to buy one
			// (Decides: "should she buy the exosome kit").
			best, bestConf, bestMatched = en, conf, h.Matched
		}
		if matches == nil {
			matches = make([]Match, 0, len(res.Hits))
		}
		matches = append(matches, Match{ID: en.ID, Question: en.Question, Score: round3(conf)})
	}
	// overruled: the rules or the answer net passed over a not-covered
	// first hit no cue named, for a covered rival (or a verdict or a
	// decision never took it, above).
	overruled := res.Verdict || res.Decides
	if best != nil && best.NotCovered != "" && res.Gap == "" {
		switch {
		case story != "" || judges && bestConf < e.threshold || sharesOneWordOnly(res, bestMatched) || best.CuesAnywhere && res.Named != best.ID:
			// A story that never cues the not-covered topic its words
			// happen to match best; a question about exosomes that
			// shares one word with it and no cue ("would you add
			// exosomes to your routine right now?" is not about
			// aftercare routines); or a situation no word of the message
			// names at all ("does exosome serum help after
			// microneedling" never says acne); or a verdict on the
			// subject that the topic matches too weakly to decline by
			// name ("let me guess, another miracle ingredient backed by
			// zero real studies?" judges exosomes, it asks nothing of
			// other actives): a covered entry answers.
			best, bestConf = e.coveredRival(res, best, bestConf)
			overruled = best.NotCovered == ""
		case best.CuesAnywhere:
			// A topic that is the person's situation (a prescription,
			// pregnancy, a skin type) ranked first though no cue of it
			// is in the message: "…asked if exosomes could replace her
			// retinoid" never says it was prescribed, and the article's
			// comparison with retinoids, nearly as sure, answers it.
			best, bestConf = e.surerCovered(res, best, bestConf)
		case e.netSure(netR, netText):
			// A topic no cue named that ranked first on a shared word
			// ("lab" for the details of particular studies), when the
			// answer net is sure the article answers the question: a
			// covered entry nearly as sure answers.
			best, bestConf = e.coveredRival(res, best, bestConf)
			overruled = true
		}
	}
	if gap := e.entries[res.Gap]; gap != nil && gap.NotCovered != "" {
		if en := e.overruledGap(netR, netText, res, gap); en != nil {
			return e.answered(en, matches, text)
		}
		return e.noMatch(text, matches, gap)
	}
	if res.UnknownShare >= unknownVeto {
		// The question is about something the article never mentions.
		if en := e.unsureAnswer(netR, netText, res, judges); en != nil {
			return e.answered(en, matches, text)
		}
		return e.noMatch(text, matches, nil)
	}
	threshold := e.threshold
	if story != "" && res.OnTopic && len(m.sentences) >= storySentences {
		// A story about exosomes with its question at the end: the entry
		// the whole of it points to is the answer, even when the story's
		// words dilute how much of the message any entry accounts for.
		threshold = min(threshold, storyThreshold)
	}
	if best != nil && bestConf >= threshold {
		if best.NotCovered != "" {
			return e.noMatch(text, matches, best)
		}
		// The answer net's two checks share one reading of the message
		// (the screen's, when it read the same text).
		var buf [128]uint64
		var hs []uint64
		if e.net != nil {
			hs = netR.features(netText, buf[:0])
		}
		if e.unanswerable(hs, len(ws), netText) && !(judges && bestConf >= 1) {
			// A verdict on the subject as a whole ("do exosomes pass the
			// smell test") that an entry covers word for word is the
			// article's verdict, whatever the net makes of its idiom.
			return e.noMatch(text, matches, nil)
		}
		words := len(ws)
		if story != "" && asksWhatTheyAre(Words(focus)) {
			// "…I'd like to know what I'm putting on. What is an
			// exosome?": a question of what exosomes are, asked after a
			// story, is that question, read well word by word; the story
			// tells why it is asked, and the sections' models, which read
			// the whole message, would take the story's words for it.
			words = 0
		}
		return e.answered(e.verdictOfKind(e.surest(hs, words, res, best, bestConf), res, focus), matches, text)
	}
	if en := e.unsureAnswer(netR, netText, res, judges || overruled); en != nil {
		// A not-covered topic the rules or the net already passed over
		// stays passed over.
		return e.answered(e.verdictOfKind(en, res, focus), matches, text)
	}
	return e.noMatch(text, matches, nil)
}

// sharesOneWordOnly reports whether a not-covered topic's hit, matching
// matched of the question's words, is not what a question about exosomes
// asks: it shares one word with it, and nothing in the question cues the
// topic ("would you add exosomes to your routine right now?" is not about
// aftercare routines).
func sharesOneWordOnly(res Result, matched int) bool {
	return matched <= 1 && res.OnTopic && res.Gap == ""
}

// coveredRival returns, for a story's best hit that is a topic the
// article does not cover and that no cue of that topic marked, the first
// covered entry among the first few hits with at least rivalMargin of its
// confidence; best otherwise. A long story shares words with many entries
// ("a take-home kit", "a $240 serum", "is any of it FDA approved"), and a
// not-covered topic its words happen to outweigh the article on is not
// what its question asks: the person never named that topic.
func (e *Engine) coveredRival(res Result, best *Entry, bestConf float64) (*Entry, float64) {
	for en, c := range e.coveredHits(res) {
		if c > 0 && c >= bestConf*rivalMargin {
			return en, c
		}
	}
	return best, bestConf
}

// verdictOfKind returns, in place of en, the article's verdict on
// exosomes as a whole (its entries tagged verdictTags), the entry on the
// plant-derived kind among the hits when the question names that kind:
// "are plant exosomes a scam?", "plant exosomes sound like marketing
// nonsense, am I wrong?" are answered by its warning about them. en
// otherwise.
func (e *Engine) verdictOfKind(en *Entry, res Result, focus string) *Entry {
	if !slices.ContainsFunc(en.Tags, func(t string) bool { return verdictTags[t] }) || slices.Contains(en.Tags, plantTag) || !namesPlantKind(focus) {
		return en
	}
	if p := e.taggedHit(res, plantTag); p != nil {
		return p
	}
	return en
}

// taggedHit returns the first covered hit with some confidence that
// carries tag, or nil: any of the hits, since the question named what the
// tag marks.
func (e *Engine) taggedHit(res Result, tag string) *Entry {
	for _, h := range res.Hits {
		if en := e.entries[h.ID]; en != nil && en.NotCovered == "" && slices.Contains(en.Tags, tag) && confidence(res, h) > 0 {
			return en
		}
	}
	return nil
}

// verdictTags mark the entries that give the article's verdict on
// exosomes as a whole.
var verdictTags = set("scam", "hype", "summary")

// plantTag marks the entries on plant-derived exosomes, the kind the
// article warns "may not have the same benefits as human-derived ones".
const plantTag = "plant-derived"

// namesPlantKind reports whether text names the plant-derived kind of
// exosomes: "plant exosomes", "plant-based", "botanical", "phyto".
func namesPlantKind(text string) bool {
	return slices.ContainsFunc(Words(text), func(w string) bool { return plantKinds[w] })
}

var plantKinds = set("plant", "plants", "botanical", "botanicals", "phyto", "phytoexosomes", "plant-based", "plant-derived")

// coveredHits yields the covered entries among the first maxMatches hits,
// in rank order, each with its confidence: the candidates that may answer
// in place of a not-covered topic (coveredRival, surerCovered).
func (e *Engine) coveredHits(res Result) iter.Seq2[*Entry, float64] {
	return func(yield func(*Entry, float64) bool) {
		for i, h := range res.Hits {
			if i >= maxMatches {
				return
			}
			en, ok := e.entries[h.ID]
			if !ok || en.NotCovered != "" {
				continue
			}
			if !yield(en, confidence(res, h)) {
				return
			}
		}
	}
}

// phraseKey folds a phrasing for exact lookup: its words, lower case.
func phraseKey(s string) string { return strings.Join(Words(s), " ") }

// phrasedAs returns the entry one of whose phrasings has exactly the words
// ws (phraseKey), or nil. The key is joined in a buffer on the stack and
// looked up without allocating.
func (e *Engine) phrasedAs(ws []string) *Entry {
	var arr [256]byte
	b := arr[:0]
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return e.phrased[string(b)]
}

// audienceLeadWords is how many words may come before a question of who
// exosomes are for, in the same sentence, and leave it that question.
const audienceLeadWords = 5

// asksWhatTheyAre reports whether ws ask what exosomes are and nothing
// else: "what is an exosome", "what even are exosomes", "what exactly is
// an exosome".
func asksWhatTheyAre(ws []string) bool {
	i := 0
	switch {
	case len(ws) > 1 && (ws[0] == "what" || ws[0] == "wat") && (ws[1] == "is" || ws[1] == "are" || ws[1] == "r"):
		i = 2
	case len(ws) > 0 && (ws[0] == "what's" || ws[0] == "whats"):
		i = 1
	default:
		return false
	}
	for i < len(ws) && definitionFillers[ws[i]] {
		i++
	}
	return i == len(ws)-1 && strings.HasPrefix(ws[i], "exosom")
}

// definitionFillers may come between "what is" and the subject of a
// definition.
var definitionFillers = set("an", "a", "even", "exactly", "actually", "really", "these", "those", "the")

// followUpWords open or mark a message that leans on what came before:
// "and is it safe?", "what about acne scars", "why not?".
var (
	followUpOpeners  = set("and", "but", "so", "also", "plus", "then", "ok", "okay", "what", "how", "why", "wait", "hm", "hmm")
	followUpPronouns = set("it", "they", "them", "that", "those", "this", "these", "its", "their", "theirs", "there", "one", "ones")
)

// isFollowUp reports whether a message is short and leans on the previous
// turn of the conversation.
func isFollowUp(m message) bool {
	var ws []string
	for _, s := range m.sentences {
		ws = append(ws, s.words...)
	}
	if len(ws) == 0 || len(ws) > 10 {
		return false
	}
	if followUpOpeners[ws[0]] {
		return true
	}
	for _, w := range ws {
		if followUpPronouns[w] {
			return true
		}
	}
	return false
}

// A message of storySentences or more sentences that names the topic is a
// story; its best entry needs only storyThreshold — unless it is a
// question with a short remark after it (message.remarkAfter).
const (
	storySentences = 2
	storyThreshold = 0.15
)

// surerCovered returns, for a best hit that is a not-covered situation no
// cue marked, the surest covered entry among the first few hits with at
// least situationMargin of its confidence; best otherwise.
func (e *Engine) surerCovered(res Result, best *Entry, bestConf float64) (*Entry, float64) {
	floor := bestConf * situationMargin
	var rival *Entry
	rivalConf := 0.0
	for en, c := range e.coveredHits(res) {
		if c >= floor && c > rivalConf {
			rival, rivalConf = en, c
		}
	}
	if rival == nil {
		return best, bestConf
	}
	return rival, rivalConf
}

// situationMargin is the share of a not-covered situation's confidence a
// covered entry needs to answer in its place when no cue names the
// situation (surerCovered).
const situationMargin = 0.95

// unknownVeto is the share of a question's focus, by weight, that words
// the article, the Q&A and the lexicon never use may take before the bot
// declines whatever the best entry's coverage: those words are what the
// question is about, and the article does not say.
const unknownVeto = 0.5

// rivalMargin is the share of a not-covered best hit's confidence a
// covered entry needs to answer a story in its place (coveredRival).
const rivalMargin = 0.5

// previous renders a follow-up's previous turn as context: the question
// the person asked and the entry's own question when one was answered.
func (e *Engine) previous(p *Turn) string {
	s := p.Question
	if en := e.entries[p.EntryID]; en != nil {
		s += " " + en.Question
	}
	return s
}

// confidence turns a hit's evidence into the bot's confidence in [0, 1],
// to be compared with the threshold (DefaultThreshold by default):
//
//   - A question that names the corpus's topic (exosomes) is as good as the
//     share of its content the entry accounts for (coverage).
//   - A longer message on topic that contains a whole phrasing of the entry
//     (two or more of its words and nearly all its weight) is answered even
//     when the story around it is long, as long as the entry still accounts
//     for some of it: people explain their situation before they ask.
//   - A question that does not name the topic is not about an entry whose
//     phrasings mostly do, and must also be grounded in the article's own
//     words: the whole corpus is about exosomes, so a
//     question about something else that merely shares words with the
//     curated phrasings ("PRP vs microneedling for acne scars") is out of
//     scope, while "what are the MVPs of anti-aging" is the article's own
//     language.
func confidence(r Result, h Hit) float64 {
	if r.Terms == 0 {
		return 0
	}
	c := h.Coverage
	switch {
	case !r.OnTopic && h.NeedsTopic:
		return 0
	case !r.OnTopic:
		c = math.Min(c, r.Grounded)
	case r.Terms >= 4 && h.Matched >= 2 && h.Precision >= 0.75 && h.Coverage >= 0.15:
		c = math.Max(c, DefaultThreshold+(1-DefaultThreshold)*h.Coverage)
	}
	return math.Max(0, math.Min(1, c))
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// answered builds the reply for an entry. question is what was asked, or
// "" when the entry was asked by id.
func (e *Engine) answered(en *Entry, matches []Match, q string) Reply {
	if q == "" {
		q = en.Question
	}
	if len(matches) > maxMatches {
		matches = matches[:maxMatches]
	}
	return Reply{
		Status:     StatusAnswered,
		Question:   q,
		Answer:     en.Answer,
		EntryID:    en.ID,
		Citations:  append([]Citation(nil), en.Citations...),
		Disclaimer: Disclaimer,
		Matches:    matches,
		Related:    e.related(en, matches),
	}
}

// related offers other questions: the runners-up of the search that have
// some evidence, then entries from the same section of the article.
func (e *Engine) related(en *Entry, matches []Match) []Suggestion {
	var out []Suggestion
	add := func(x *Entry) {
		if len(out) >= maxRelated || x.ID == en.ID {
			return
		}
		for _, s := range out {
			if s.ID == x.ID {
				return
			}
		}
		if out == nil {
			out = make([]Suggestion, 0, maxRelated) // one allocation, and none for no suggestion
		}
		out = append(out, Suggestion{ID: x.ID, Question: x.Question})
	}
	for _, m := range matches {
		if x := e.entries[m.ID]; m.Score >= suggestFloor && x.NotCovered == "" {
			add(x)
		}
	}
	for _, x := range e.sections[section(en)] {
		add(x)
	}
	return out
}

// noMatch declines. topic, when not nil, is the not-covered topic the
// question is about: the decline names it and who to ask instead.
func (e *Engine) noMatch(question string, matches []Match, topic *Entry) Reply {
	var related []Suggestion
	for _, m := range matches {
		if m.Score >= suggestFloor && len(related) < maxRelated && e.entries[m.ID].NotCovered == "" {
			if related == nil {
				related = make([]Suggestion, 0, maxRelated)
			}
			related = append(related, Suggestion{ID: m.ID, Question: m.Question})
		}
	}
	answer, reason, notCovered := noMatchText, ReasonUnsure, ""
	if topic != nil {
		answer, reason, notCovered = notCoveredText(topic.NotCovered, topic.Referral), ReasonNotCovered, topic.NotCovered
		if named, _, ok := notCoveredNaming(question, topic.NotCovered, topic.Referral); ok {
			answer = named // the topic stays what reports count
		}
	} else if named, name, ok := notCoveredNaming(question, "", ReferDermatologist); ok {
		answer, reason, notCovered = named, ReasonNotCovered, name
	}
	if len(related) == 0 {
		related = e.Examples()
	}
	if len(matches) > maxMatches {
		matches = matches[:maxMatches]
	}
	return Reply{
		Status:     StatusNoMatch,
		Reason:     reason,
		Question:   question,
		Answer:     answer,
		NotCovered: notCovered,
		Matches:    matches,
		Related:    related,
		Disclaimer: Disclaimer,
	}
}

// decline says why the bot will not look the message up, and offers the
// example questions.
func (e *Engine) decline(question string, reason Reason, text string) Reply {
	return Reply{Status: StatusNoMatch, Reason: reason, Question: question, Answer: text, Related: e.Examples(), Disclaimer: Disclaimer}
}

// clean makes arbitrary input safe to process: invalid UTF-8 replaced,
// tabs made spaces, control characters other than line feeds dropped.
func clean(s string) string {
	if printableASCII(s) {
		return s // nothing to replace or drop
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\t' {
			return ' '
		}
		if r == '\n' {
			return r // kept: it ends a sentence
		}
		if unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}

// printableASCII reports whether s is printable ASCII and line breaks
// only: text clean leaves as it is.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < ' ' || c > '~') && c != '\n' {
			return false
		}
	}
	return true
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// storyNamesOther reports whether a story names a treatment or procedure
// and not the subject: what a question pointing back at it ("who is it
// for?") asks of.
func storyNamesOther(story string) bool {
	return story != "" && !namesSubject(Words(story)) && namesATreatment(story)
}
