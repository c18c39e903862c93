package bot

import (
	"regexp"
	"strings"
	"unicode"
)

// MaxQuestionRunes is the longest question the bot reads, in characters.
const MaxQuestionRunes = 2000

// urgency is what an emergency check found.
type urgency int

const (
	notUrgent urgency = iota
	urgentMedical
	urgentSelfHarm
)

// Emergency patterns run on normalised text (lower case, straight
// apostrophes, single spaces). They err on the side of sending someone to
// care: a missed emergency costs far more than a question left unanswered.
var (
	selfHarmPatterns = compile(
		`suicid`,
		`\bkill(ing)? (myself|me)\b`,
		`\bend(ing)? (my life|it all|things|it)\b`,
		`\b(thinking|thought|think|thinkin) (about|of|abt) (ending|killing|hurting|harming|not being here)\b`,
		`\btake my (own )?life\b`,
		`\b(want|wanna|going|gonna|ready) to die\b`,
		`\bdon'?t want to (live|be alive|be here|exist|wake up)\b`,
		`\b(no|nothing to) (reason|point) (to|in) (live|living|go on)\b`,
		`\b(what'?s|whats|is there) the point (of|in) (living|life|going on|being alive)\b`,
		`\bno point (in )?(living|going on|being alive)\b`,
		`\b(pills|meds|medication|tablets) (saved|stashed|stockpiled|hoarded)\b`,
		`\b(saving|saved|stashing|stashed|hoarding|hoarded|collecting|collected) (up )?(my |all my |some )?(pills|meds|tablets|medication|sleeping pills)\b`,
		`\bstockpil\w*`,
		`\b(not|never|don'?t|dont) (\w+ ){0,3}(want|wanna) to wake up\b`, `\bnever wake up\b`,
		`\bbetter off (without me|if i (just )?(wasn'?t|weren'?t|was not|were not) (here|around|alive)|if i (was|were) gone|dead)\b`,
		`\bif i (just )?(wasn'?t|weren'?t) (here|around|alive)( anymore)?\b`,
		`\b(give|giving) up on (life|living|everything)\b`, `\b(sleep|sleeping) forever\b`,
		`\b(can'?t|cannot) (go on|do this anymore|take it anymore|keep going)\b`,
		`\b(want|wanna) to (disappear|not exist)\b`, `\bnot (want|wanting) to (live|be alive)\b`,
		`\bbetter off dead\b`, `\bkms\b`, `\bunalive\w*`,
		`\b(no|what'?s|whats the) point (in anything |of anything |of it )?anymore\b`,
		`\bself[- ]?harm`,
		`\b(hurt|hurting|harm|harming|cut|cutting) myself\b`,
	)
	medicalPatterns = compile(
		// breathing and airway
		`\b(can'?t|cannot|can not|could ?n'?t|hard to|trouble|difficulty|difficult to|struggling to|unable to|not able to|barely) (breathe?|breathing)\b`,
		`\bshort(ness)? of breath\b`, `\b(not|isn'?t|stopped|stop|has stopped) breathing\b`,
		`\b(lips?|tongue|face|eyes?|eyelids?)\b.{0,30}\b(huge|twice (the|its|their) size|massive|enormous)\b`,
		`\b(wheez\w*|gasping|choking)\b`,
		`\bbreathing (is )?(hard|difficult|problems?|issues?|trouble)\b`,
		`\bthroat\b.{0,40}\b(swell\w*|swollen|clos\w*|tight\w*)`,
		`\bvoice\b.{0,30}\b(weird|hoarse|chang\w*|strange|funny|raspy|muffled|different)\b`, `\bhoarse(ness)?\b`,
		`\b(hard|difficult|trouble|can'?t|cannot|unable) (to )?swallow\w*\b`,
		`\b(face|lips?|tongue|eyes?|mouth|cheeks?)\b.{0,30}\b(balloon\w*|like a balloon|blow\w* up)\b`,
		`\b(swell\w*|swollen|clos\w*|tight\w*)\b.{0,25}\bthroat\b`,
		`\b(lips?|tongue|mouth)\b.{0,40}\b(swell\w*|swollen|puff\w* up|blow\w* up|balloon\w*)`,
		`\b(swell\w*|swollen)\b.{0,25}\b(lips?|tongue)\b`,
		`\b(eyes?|eyelids?) (are |is )?(swollen|swelling) shut\b`,
		`\bface\b.{0,30}\b(swell\w*|swollen)\b.{0,30}\b(fast|rapid\w*|spreading|huge|massive|severe\w*|badly)\b`,
		`\banaphyla\w*`, `\bepi ?pen\b`, `\bhives all over\b`,
		`\b(severe|bad|serious|major) allergic reaction\b`, `\bhaving an allergic reaction\b`,
		// infection
		`\b(fever|feverish|chills)\b`,
		`\bpus\b`, `\b(oozing|weeping|abscess\w*)\b`,
		`\bred(ness)?\b.{0,40}\b(spread\w*|growing|getting bigger|expanding|streak\w*)\b`,
		`\b(spreading|growing) red(ness)?\b`, `\bred (streaks?|lines?)\b`, `\brash\b.{0,40}\bspread\w*`,
		`\b(hot|warm) (and |, )?(swollen|red|painful)\b.{0,40}\b(spread\w*|worse|fever)`,
		`\b(i think|think it'?s|looks?|looking|it'?s|is it|getting|got|get|might be|may be|could be|became|become|seems?|probably) (an? |really |badly )?infect(ed|ion)\b`,
		`\bsepsis\b`,
		// vision and injections
		`\b(vision|eyesight|sight)\b.{0,40}\b(blur\w*|lost|loss|losing|gone|dark\w*|double|chang\w*|spots?|weird|black|dim\w*|went|going)\b`,
		`\b(lost|losing|loss of|blurr?y|blurred|double) (my )?(vision|eyesight|sight)\b`,
		`\b(can'?t|cannot|can not|unable to|could ?n'?t) see\b`,
		`\b(gone|went|going|suddenly) (blind|blurry)\b`, `\bblind(ness)?\b`, `\bsee(ing)? double\b`,
		`\b(everything|it|eye|eyes|vision)('s| is| looks| went| got| has gone)? (all |really |very )?(blurry|blurred|fuzzy|dim)\b`,
		`\b(skin|area|spot|patch|it|cheek|cheeks|nose|lip|lips|face|forehead|chin|temple|part of my \w+)\b.{0,30}\b(turn\w*|went|going|gone|is|looks?) (all |really |very )?(white|pale|grey|gray|blue|purple|dusky|blotchy|mottled)\b`,
		`\b(white|pale|grey|gray|blue|purple|dusky|blotchy|mottled) (and |or )?(blotchy|mottled|patch\w*|spots?)\b.{0,60}\b(inject\w*|filler|needl\w*|shot)`,
		`\b(inject\w*|filler|needl\w*|shot)\b.{0,60}\b(turn\w*|went|going|gone) (all |really |very )?(white|pale|grey|gray|blue|purple|dusky|blotchy|mottled)\b`,
		`\b(blanch\w*|mottl\w*)`,
		`\b(eye|eyes)\b.{0,60}\b(went dark|gone dark|going dark|everything'?s dark|all dark|black|curtain|shadow|can'?t see)\b`,
		`\bcurtain (came|coming|fell|falling|over|down)\b`,
		`\b(went|gone|going|turned) (dark|black|blurry|dim)\b.{0,40}\beyes?\b`,
		// collapse, heart, brain, bleeding
		`\bchest (pain|tight\w*|pressure)\b`, `\bheart attack\b`,
		`\b(severe|extreme|unbearable|excruciating|agonizing|agonising) pain\b`,
		`\b(pain|crushing|pressure|tightness|heaviness|squeezing) (in|on|across) (my |the )?chest\b`, `\bchest\b.{0,20}\b(hurts?|hurting|crushing|heavy)\b`,
		`\b(arm|face|side|leg|hand)\b.{0,20}\b(numb|numbness|tingling|weak|limp|drooping)\b`, `\bnumb(ness)? (in|on) (my )?(arm|face|side|leg)\b`,
		`\b(faint\w*|pass(ed|ing)? out|blacked out|black(ing)? out|unconscious|unresponsive|collaps\w*|seizure\w*|convuls\w*)\b`,
		`\b(can'?t|won'?t) wake (up|him|her|them)\b`,
		`\b(face|mouth|smile) (is |was )?droop\w*`, `\bslurr\w* (speech|words)\b`, `\bstroke\b`,
		`\b(won'?t|will not|can'?t) stop bleeding\b`, `\bbleeding (a lot|heavily|badly|everywhere|won'?t stop)\b`, `\bheavy bleeding\b`,
		`\boverdos\w*`, `\bpoison\w*`, `\bswallowed\b`,
		`\b(emergency|ambulance|er visit|go to the er)\b`, `\bcall(ing|ed)? (911|999|112|000)\b`,
	)
	// A finding right after one of these is denied, not reported: "no
	// fever", "without any pus", "not infected".
	negation = regexp.MustCompile(`\b(no|not|without|never|nor|zero|denies|don'?t have( a| any)?|no signs? of|isn'?t|aren'?t|wasn'?t)( any| a| an)?\s*$`)
)

func compile(patterns ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(p)
	}
	return out
}

// triggers are word beginnings, and exactTriggers whole words, at least
// one of which every emergency pattern needs; a text with none of them
// skips the patterns, which cost far more than this scan. Adding a pattern
// means adding its rarest required word here (TestTriage checks both).
var (
	triggers = []string{
		// self-harm
		"suicid", "kill", "end", "life", "die", "dead", "liv", "alive", "here", "exist", "wake", "point",
		"better", "self", "harm", "hurt", "myself", "pill", "medication", "tablet", "stockpil", "disappear",
		"forever", "can't", "cant", "cannot", "anymore",
		// airway, allergy
		"breath", "wheez", "gasp", "chok", "throat", "voice", "hoarse", "swallow", "balloon", "blow", "swell",
		"swoll", "puff", "anaphyla", "epi", "hive", "allerg",
		// infection
		"fever", "chill", "pus", "ooz", "weep", "abscess", "spread", "streak", "grow", "bigger", "expand",
		"worse", "infect", "sepsis",
		// vision, blanching
		"vision", "eyesight", "sight", "see", "blind", "blur", "dark", "black", "dim", "curtain", "shadow",
		"white", "pale", "grey", "gray", "blue", "purple", "dusk", "blotch", "mottl", "blanch",
		// heart, brain, collapse, bleeding, help
		"chest", "numb", "tingl", "weak", "limp", "droop", "faint", "pass", "unconscious", "unresponsive",
		"collaps", "seizure", "convuls", "slurr", "stroke", "bleed", "overdos", "poison", "emergenc", "ambulance",
		"huge", "twice", "massive", "enormous", "rash", "double", "fuzzy", "heart", "severe", "extreme",
		"unbearable", "excruciating", "agoni", "unalive",
	}
	exactTriggers = map[string]bool{"red": true, "kms": true, "meds": true, "er": true, "911": true, "999": true, "112": true, "000": true}
)

// mayBeUrgent reports whether normalised text has a trigger word.
func mayBeUrgent(norm string) bool {
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		if exactTriggers[w] {
			return true
		}
		for _, t := range triggers {
			if strings.HasPrefix(w, t) {
				return true
			}
		}
	}
	return false
}

// triage reports whether normalised text describes a possible emergency.
func triage(norm string) urgency {
	if !mayBeUrgent(norm) {
		return notUrgent
	}
	if anyMatch(selfHarmPatterns, norm) {
		return urgentSelfHarm
	}
	if anyMatch(medicalPatterns, norm) {
		return urgentMedical
	}
	return notUrgent
}

// anyMatch reports whether a pattern matches somewhere that is not negated
// by the few words before it.
func anyMatch(patterns []*regexp.Regexp, s string) bool {
	for _, p := range patterns {
		for _, loc := range p.FindAllStringIndex(s, -1) {
			before := s[max(0, loc[0]-24):loc[0]]
			if !negation.MatchString(before) {
				return true
			}
		}
	}
	return false
}

// normalize folds text for the triage and greeting checks: lower case,
// straight apostrophes, letters, digits and basic punctuation, single
// spaces.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '’' || r == '‘' || r == '＇' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			r = ' '
		}
		r = unicode.ToLower(r)
		if r == ' ' {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

var (
	greetingWords = map[string]bool{
		"hi": true, "hii": true, "hiii": true, "hello": true, "helo": true, "hey": true, "heya": true, "hiya": true,
		"howdy": true, "yo": true, "sup": true, "greetings": true, "good": true, "morning": true, "afternoon": true,
		"evening": true, "there": true, "help": true, "start": true, "menu": true, "commands": true, "exobot": true,
		"bot": true, "please": true, "pls": true, "me": true, "gm": true, "hola": true, "ping": true, "info": true,
		"all": true, "everyone": true, "team": true, "folks": true, "y'all": true, "guys": true,
	}
	// Whole messages only: "what should I ask my derm about exosomes" is a
	// question, "what should I ask?" a request for help.
	helpPhrases = compile(
		`^(what|who) (are|r) (you|u)$`,
		`^what (can|do|should) (you|u|i) (do|ask|know)( here| about| you)?$`,
		`^what (is|'?s) (this|exobot)( bot)?$`,
		`^how (do|does|can) (i|this|it) (use|work)( this| it| you)?$`,
		`^(how to use|usage|instructions|about)$`,
		`^(can|could) (you|u) help( me)?$`,
	)
	wordSplit = regexp.MustCompile(`[^\p{L}\p{N}']+`)
)

var closingPhrases = compile(
	`^(ok(ay)?|k|cool|great|awesome|perfect|got it|gotcha|alright|all right|nice|good)?( so)?,? ?(thanks?|thank you|thank u|thx|ty|cheers|tysm|much appreciated|appreciate it)\b.{0,60}$`,
	`^(that'?s all|that'?s it|nothing else|no more questions|bye|goodbye|good bye|see ya|see you|later|cya|have a (good|nice|great) (one|day|night))\b.{0,60}$`,
	`^(ok(ay)?|k|cool|great|got it|gotcha|alright|nice)[.! ]*$`,
)

// isClosing reports whether normalised text only thanks or says goodbye.
func isClosing(norm string) bool {
	for _, p := range closingPhrases {
		if p.MatchString(norm) && !strings.Contains(norm, "?") {
			return true
		}
	}
	return false
}

// isHelp reports whether normalised text is only a greeting or a request
// for help, with no question in it.
func isHelp(norm string) bool {
	bare := strings.Trim(wordSplit.ReplaceAllString(norm, " "), " ")
	for _, p := range helpPhrases {
		if p.MatchString(bare) {
			return true
		}
	}
	words := strings.Fields(bare)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !greetingWords[w] {
			return false
		}
	}
	return true
}
