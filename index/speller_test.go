package index

import (
	"strings"
	"testing"

	"exobot/bot"
)

func TestSpeller(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosomes exosomes exosomes exozomes collagen dermatologist snake oil inflammation medicine supposed work skin form farm actually"}, func(w string) bool { return w == "the" || w == "actually" })
	tests := []struct{ in, want string }{
		{"exsomes", "exosomes"},           // one deletion
		{"exosmoes", "exosomes"},          // transposition
		{"colagen", "collagen"},           // one insertion
		{"dermatolgist", "dermatologist"}, // long word
		{"exozomes", "exosomes"},          // a corpus misspelling, aliased
		{"snakeoil", "snake oil"},         // run together
		{"apple", "apple"},                // real English: never corrected
		{"medicube", "medicube"},          // two edits from an everyday word: a name, left alone
		{"the", "the"},                    // stop word
		{"inflamation", "inflammation"},
		{"xyzzy", "xyzzy"}, // nothing close
		{"what dose a dermatolgist look for", "what does a dermatologist look for"}, // "does", two letters swapped
		{"dose it work", "does it work"},
		{"what dose should i use", "what dose should i use"},                       // the noun
		{"wht dose a dermatologist look for", "wht does a dermatologist look for"}, // after a question word typed short
		{"what dose a day", "what dose a day"},                                     // an amount a day: the noun
		{"cn i use it wit my serum", "cn i use it with my serum"},                  // text-speak
		{"a wit so sharp", "a wit so sharp"},                                       // the noun
		{"shud i by exosomes", "should i buy exosomes"},                            // "buy" by sound, after a subject and a modal
		{"where to by exosomes", "where to buy exosomes"},                          // after "to" and a wish or plan
		{"can i by any chance use it", "can i by any chance use it"},               // the preposition
		{"is it made by the skin", "is it made by the skin"},
		{"should i be worried by the hype", "should i be worried by the hype"},
		{"what are they supposedly fixing", "what are they supposed fixing"}, // an adverb of a corpus word
		{"apply it daily", "apply it daily"},                                 // "dai" is not a corpus word
		{"do they wrk on skn", "do they work on skin"},                       // typed without vowels
		{"frm", "frm"},                   // "form" or "farm": left alone
		{"5 nm", "5 nm"},                 // a unit, not a word without vowels
		{"acualy", "actually"},           // a long filler word, to be dropped as it is
		{"is SKN in it", "is skn in it"}, // capitals: an acronym, not a word without vowels
		{"WRK or skn", "wrk or skin"},
		{"is Skn ok", "is skin ok"}, // capitalised as a sentence opens, not an acronym
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRewriter_LongestPhraseFirst(t *testing.T) {
	r := newRewriter(map[string]string{
		"derm": "dermatologist", "fine lines": "wrinkles", "crow's feet": "wrinkles", "tl dr": "bottom line",
		"exos": "exosomes", "turn back time": "rewind the clock", "turn": "rotate", "routines": "regimens",
	})
	tests := []struct{ in, want string }{
		{"My Derm says", "my dermatologist says"},
		{"fine lines and crow's feet", "wrinkles and wrinkles"},
		{"tl;dr exos?", "bottom line exosomes"},
		{"stem cell routines that turn back time", "stem cell regimens that rewind the clock"},
		{"turn it", "rotate it"},
	}
	for _, tt := range tests {
		if got := strings.Join(r.words(bot.Words(tt.in)), " "); got != tt.want {
			t.Errorf("rewrite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A hedge between a phrase's words ("who is it really for") leaves the
// phrase; a hedge before it, or a phrase that spells the hedge itself, is
// read as written.
func TestRewriter_PhraseReadsThroughHedges(t *testing.T) {
	r := newRewriter(map[string]string{
		"who is it for": "candidate", "worth the money": "worth", "even so": "nevertheless", "fine lines": "wrinkles",
	})
	tests := []struct{ in, want string }{
		{"who is it really for", "candidate"},
		{"who is it actually even for?", "candidate"},
		{"is it truly worth the money", "is it truly worth"},
		{"worth literally the money", "worth"},
		{"really fine lines", "really wrinkles"},
		{"even so", "nevertheless"},
		{"who is it really", "who is it really"},
		{"fine not lines", "fine not lines"},
	}
	for _, tt := range tests {
		if got := strings.Join(r.words(bot.Words(tt.in)), " "); got != tt.want {
			t.Errorf("rewrite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSalient_EverydayTyposAreNotNames(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"acctually", false}, // a letter typed twice
		{"raelly", false},    // two letters swapped
		{"actualy", false},   // a letter left out
		{"elevai", true},     // a brand
		{"placenta", true},   // a rarer English word
		{"gud", false},       // short chat spelling
	}
	for _, tt := range tests {
		if got := salient(tt.word); got != tt.want {
			t.Errorf("salient(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestMatchAt_CueWordsAndPossessives(t *testing.T) {
	tests := []struct {
		cue, text string
		want      bool
	}{
		{"elevai", "is elevai's serum legit", true},
		{"how long * last", "how long does one bottle of serum usually last", true},
		{"how long * last", "how long should i wait before i can finally go out and say it will last", false},
		{"elevai", "is elevation legit", false},
		{"# * too much", "is 1 200 for three sessions too much", true},
		{"# * too much", "is three sessions too much", false},
	}
	for _, tt := range tests {
		ws := strings.Fields(tt.text)
		got := false
		for i := range ws {
			got = got || matchAt(strings.Fields(tt.cue), ws[i:])
		}
		if got != tt.want {
			t.Errorf("cue %q in %q = %v, want %v", tt.cue, tt.text, got, tt.want)
		}
	}
}

// "x" written as it sounds ("ggs", "ks", "cks") is read as "x" when no
// vocabulary word is a few edits away: "eggsosome" is "exosome".
func TestSpeller_XSpelledAsItSounds(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosome exosome collagen"}, func(string) bool { return false })
	tests := []struct{ in, want string }{
		{"eggsosomes", "exosomes"},
		{"eksosome", "exosome"},
		{"ecksosomes", "exosomes"},
		{"xyzzks", "xyzzks"}, // nothing close either way
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpeller_ChatSpellingsReadAsTheirWords(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosomes dermatologist recommending before everyone something what are why and for dermaplaning derma serum vitamin"}, func(w string) bool {
		return w == "the" || w == "a" || w == "are" || w == "and" || w == "for" || w == "what" || w == "why"
	})
	tests := []struct{ in, want string }{
		// chat spellings read as the words they stand for
		{"wht dose a dermatoligist look 4 b4 recomending sumthing new", "wht does a dermatologist look for before recommending something new"},
		{"wat r exosoms even n y is evry1 puttin them in face stuf", "wat are exosomes even and why is everyone puttin them in face stuff"},
		{"is it gud 4 ppl w dry skin", "is it good for people w dry skin"},
		{"who does really benefit from this exosome ting", "who does really benefit from this exosomes thing"},
		{"are dem serums any gud", "are them serums any good"},
		{"is it daft tae splash oot on it", "is it daft to splash out on it"}, // Scots
		{"whit dae ye think aboot exosomes", "what do ye think about exosomes"},
		{"ah cannae afford it", "ah can't afford it"},
		{"are they meant for folk like me", "are they meant for people like me"},
		// what must not change: numbers, letters named, real different words
		{"after 4 weeks", "after 4 weeks"},                 // a number counting
		{"3 or 4 sessions", "3 or 4 sessions"},             // a number among numbers
		{"is 4 enough", "is 4 enough"},                     // a number
		{"vitamin a n exosomes", "vitamin a and exosomes"}, // "a" is named, "n" between words
		{"y/n", "y n"}, // yes or no, not "why and"
		{"exosomes y/n", "exosomes y n"},
		{"n = 20 people", "n 20 people"},       // a letter before a number
		{"exo serum", "exo serum"},             // a brand's short name: not corrected
		{"dermaplaning", "dermaplaning"},       // a different word: not "derma"
		{"hw do u use it", "hw do you use it"}, // question words typed short: left to the question-shape readers
		{"sum of it", "sum of it"},             // "sum" is a word of its own: not chat
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Two edits of any kind are read for a long word, not only those the
// deletion index finds ("exozmoes": a letter wrong and two swapped), and
// a key held down or pressed twice is read through ("exossommes",
// "microneeedling"); a word two edits from an everyday word stays a name.
func TestSpeller_TwoEditsAndHeldKeys(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosomes microneedling collagen approved medicine"}, func(string) bool { return false })
	tests := []struct{ in, want string }{
		{"exozmoes", "exosomes"},            // substitution and transposition
		{"exsoomes", "exosomes"},            // deletion and insertion apart
		{"exossommes", "exosomes"},          // two letters doubled
		{"exooosomes", "exosomes"},          // one letter tripled
		{"microneeedling", "microneedling"}, // a doubled letter of the word's own, tripled
		{"colllagen", "collagen"},
		{"exsooems", "exosomes"}, // doubled and swapped
		{"medicube", "medicube"}, // two edits from an everyday word: a name
		{"eexxyyzz", "eexxyyzz"}, // squeezed, still nothing close
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A misspelling nearest to one of the corpus's own rare misspellings is
// read as the word that one stands for.
func TestSpeller_NearARareMisspellingIsItsWord(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosomes exosomes exosomes exsomes"}, func(string) bool { return false })
	tests := []struct{ in, want string }{
		{"exsomos", "exosomes"},
		{"exsomes", "exosomes"},
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A word with a clitic is as salient as the word it is on: "nothing's
// been trialled" says nothing the article fails to account for, while
// "placenta's" still names a source the article never mentions.
func TestSalient_AWordWithACliticIsJudgedByItsWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"nothing's", false},
		{"nobody's", false},
		{"everyone'll", false},
		{"placenta's", true},
		{"elevai's", true},
	}
	for _, tt := range tests {
		if got := salient(tt.word); got != tt.want {
			t.Errorf("salient(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// A word that is an everyday English word slipped (a letter left out, one
// doubled, two swapped) is that word when the corpus never uses it, not
// the corpus word one change away: "gues" is "guess", not "gums". A slip
// of a word the corpus uses is still that word.
func TestSpeller_AnEverydayWordSlippedIsThatWord(t *testing.T) {
	s := newSpeller([]string{"gums research exosomes"}, func(string) bool { return false })
	tests := []struct{ in, want string }{
		{"gues", "guess"},
		{"guesss", "guess"},
		{"reserch", "research"},
		{"exsomes", "exosomes"},
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A word dictated in two whose second half is no word at all ("in
// flammation") is the corpus's word the two make together; two words that
// make none ("in vitro") stay two.
func TestSpeller_AWordDictatedInTwoIsJoined(t *testing.T) {
	s := newSpeller([]string{"exosomes reduce inflammation fibroblast activity in vitro studies"}, func(string) bool { return false })
	tests := []struct{ in, want string }{
		{"reduce in flammation", "reduce inflammation"},
		{"in vitro studies", "in vitro studies"},
		{"reduce in flammation in vitro", "reduce inflammation in vitro"},
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A cue word of a topic the article does not cover, typed with a letter
// dropped, doubled or two swapped, is the cue — before an everyday word
// one slip away and a corpus word one letter changed — but a cue is never
// reached by a changed letter ("lasered" is no "layered") nor without its
// first letter (Spanish "ayer" is no "layer"). Stop words, which the
// usual correction never corrects into, are reached by a slip too.
func TestSpeller_ACueWordSlippedIsTheCue(t *testing.T) {
	s := newSpeller([]string{"exosomes heal serum skin collagen laser lasers"}, func(w string) bool { return w == "after" || w == "under" || w == "the" })
	s.addCues([]string{"halal", "salmon", "injected", "acne", "layered", "layer", "amazon", "after"})
	tests := []struct{ in, want string }{
		{"hlal", "halal"},         // a letter dropped, not the corpus's "heal" nor an everyday "hall"
		{"slamon", "salmon"},      // two letters swapped
		{"injeccted", "injected"}, // a letter doubled
		{"ance", "acne"},
		{"amazonn", "amazon"},
		{"lasered", "lasers"},         // a changed letter reaches no cue
		{"ayer", "ayer"},              // nor a dropped first letter
		{"seurm", "serum"},            // a corpus word as before
		{"aftter skin", "after skin"}, // a stop word slipped
		{"unedr the eye", "under the eye"},
	}
	for _, tt := range tests {
		if got := s.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// respellings reports the words the speller reads as near misspellings,
// as typed and as read; nothing for a text with a word it cannot read
// (another language, most likely), and never a name typed with a capital
// or a short word.
func TestSpeller_RespellingsAreNearMisspellings(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosomes science research collagen part"}, func(w string) bool { return w == "the" || w == "is" || w == "on" })
	tests := []struct {
		in   string
		want []bot.Respelling
	}{
		{"is the sceince on exoosomes", []bot.Respelling{{Typed: "sceince", Word: "science"}, {Typed: "exoosomes", Word: "exosomes"}}},
		{"Exoosomes research", []bot.Respelling{{Typed: "exoosomes", Word: "exosomes"}}}, // a capital that opens the text
		{"is Jart on exoosomes", nil},       // a word it cannot read: a name, or another language
		{"is the Reserch on exosomes", nil}, // a capital inside: a name
		{"eksozom serumu daha", nil},        // words it cannot read
		{"exosomes research", nil},
	}
	for _, tt := range tests {
		got := s.respellings(nil, tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("respellings(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("respellings(%q) = %v, want %v", tt.in, got, tt.want)
			}
		}
	}
}
