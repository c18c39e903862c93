package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
)

// keptStopWords are English stop words that tell this corpus's questions
// apart ("who might benefit", "when will they be proven", "why is everyone
// talking about them"), so they are searched like content words.
var keptStopWords = []string{"who", "when", "why"}

// stopWords returns the words analysis removes: bleve's English stop
// words, less keptStopWords, and fillerWords.
func stopWords() []any {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(en.EnglishStopWords); err != nil {
		panic(err) // the embedded list is static
	}
	for _, w := range keptStopWords {
		delete(tm, w)
	}
	out := make([]any, 0, len(tm)+len(fillerWords))
	for w := range tm {
		out = append(out, w)
	}
	return append(out, fillerWords...)
}

// fillerWords carry no topic in a question about skincare: greetings,
// hedges, chat spellings, verbs of asking, and the framing of a story
// around a question — who told whom, when, where it was seen or bought,
// how the person feels. They are removed (like stop words) from both the
// entries and the questions, so that "my cousin at a spa keeps saying
// exosomes will fix my acne, any proof?" weighs like "exosomes acne proof".
// Words are lower case with straight apostrophes, before stemming. A word
// belongs here only if it never names what a question is about.
var fillerWords = []any{
	// greetings, thanks, politeness
	"hi", "hey", "hello", "hiya", "yo", "greetings", "thanks", "thank", "thx", "ty", "please", "pls", "plz", "sorry",
	// asking, knowing, answering
	"figureout", "tell", "telling", "told", "know", "knows", "knew", "knowing", "wonder", "wondering", "wondered", "curious",
	"question", "questions", "ask", "asking", "asked", "asks", "info", "information", "q", "wtf", "reckon",
	"understand", "idea", "clue", "believe", "believing", "believed", "sound", "sounds", "plain", "english", "bout",
	"quick", "answer", "answering", "respond", "reply", "stance", "liner", "whether", "anyone", "someone",
	"somebody", "anybody", "everyone", "guys", "guy", "folks", "y'all", "yall", "bot", "exobot",
	"admit", "admits", "admitting", "admitted", "confess", "concede", "agree", "agreed",
	// chat spellings, slang and hedges
	"lol", "lmao", "haha", "omg", "idk", "tbh", "imo", "imho", "btw", "ngl", "fr", "rn", "lmk", "eli5",
	"honestly", "actually", "really", "literally", "basically", "just", "like", "kinda", "sorta", "gonna", "wanna",
	"gotta", "um", "uh", "hmm", "ok", "okay", "yeah", "yep", "yes", "nope", "nah", "sure", "u", "ur", "r", "ya",
	"n", "w", "wat", "wut", "wht", "wats", "whats", "shud", "shld", "cud", "wud", "abt", "bc", "cuz", "coz", "tho",
	"thru", "ppl", "sth", "smth", "im", "ive", "id", "dont", "doesnt", "cant", "isnt", "arent", "wont", "hows",
	"thats", "theres", "youre", "i'd", "i've", "i'll", "it'll", "she'll", "he'll", "they'll", "we'll", "you'll",
	// thinking, saying, seeing
	"think", "thinking", "thought", "thoughts", "seem", "seems", "heard", "hear", "hearing", "saw", "seen",
	"seeing", "see", "say", "says", "said", "saying", "mean", "means", "swear", "swears", "keep", "keeps",
	"mentioned", "mention", "read", "reading", "wait", "confused", "freaking", "nervous", "worried", "worry",
	"scared", "afraid", "anxious", "stressed", "upset", "obsessed", "true", "real", "normal", "normally",
	// people around the question
	"friend", "friends", "cousin", "daughter", "son", "mom", "mum", "mother", "dad", "father", "sister",
	"brother", "husband", "wife", "partner", "boyfriend", "girlfriend", "coworker", "colleague", "boss",
	"client", "clients", "caller", "customer", "customers", "pt", "esthetician", "aesthetician", "front", "desk",
	"facialist", "facialists", "beautician", "beauticians", "therapist", "estheticians", "aestheticians",
	"receptionist", "rcpt", "recep", "staff", "patient", "patients", "ma", "nurse", "manager", "clinician", "provider",
	"relaying", "relay", "relayed", "passing", "forwarding", "forwarded", "behalf", "ig", "asst", "assistant",
	"coordinator", "pa", "rm", "room", "caller", "lead", "team", "teacher", "class", "school", "presentation",
	"reception", "checkout", "checkin", "consult", "consultation", "tmrw", "tomorrow", "tmr", "lowkey", "highkey", "fave",
	"bloke", "blokes", "mate", "mates", "lad", "lads", "hubby", "wifey", "missus", "bf", "gf",
	// terms of address, at a question's end ("what actually are they bab?")
	"bab", "babe", "babes", "hun", "hon", "luv", "duck", "chuck", "bruv", "bro", "sis", "fam", "dude", "lass",
	"pal", "buddy", "hen", "doll", "sweetie", "darling", "darlin",
	"gran", "granny", "grandma", "grandmother", "nan", "nana", "grandad", "grandpa", "grandfather", "aunt", "auntie",
	"uncle", "niece", "nephew", "bestie", "flatmate", "roommate", "neighbour", "neighbor",
	// wanting something, in words of looking at it ("she's been eyeing it"): no eyes about it
	"eyeing", "eyed", "eyeballing",

	// when
	"week", "weeks", "day", "days", "month", "months", "year", "years", "ago", "last", "yesterday", "today",
	"tonight", "recently", "lately", "already", "now", "nowadays", "ever", "suddenly", "weekend", "weekends",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues", "weds", "thurs",
	"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
	"january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
	// where it was seen, how it was bought
	"instagram", "tiktok", "tiktoker", "youtube", "reddit", "facebook", "online", "internet", "google", "ad",
	"ads", "video", "videos", "post", "posts", "bought", "buying", "spent", "paid", "sold", "selling", "sell",
	"upselling", "upsell", "upsold", "pushing", "phone", "call", "calls", "calling", "called", "email", "text",
	"texted", "dm", "message", "chat", "counter", "store", "shop", "department", "check-in", "checkin",
	// generic verbs and nouns
	"get", "gets", "getting", "got", "go", "goes", "going", "use", "uses", "using", "used", "done",
	"need", "needs", "want", "wants", "wanted", "can", "may", "might", "will", "shall", "must", "also", "even",
	"still", "though", "anyway", "lot", "lots", "bit", "kind", "sort", "type", "thing", "things", "stuff",
	"something", "anything", "everything", "way", "ways", "whole", "regular", "one", "ones",
}

// fillerPhrases are idioms whose words, read one by one, would name
// something ("place", "first", "start"), but which only mark when or
// how a thing is asked: "what is an exosome in the first place?" asks
// what an exosome is. The index drops them from questions and entries
// alike, like fillerWords, before it searches. ("To start with" is not
// one: "the age to start with exosomes" asks when to start.)
var fillerPhrases = append([]string{
	"in the first place", "for starters", "these days", "this day and age",
	"at the end of the day", "when all is said and done", "at this point in time",
	// Idioms of the body that name no part of it, which would otherwise
	// cue the body's not-covered concerns: "why are derms dragging their
	// feet", "a body of evidence", "in my neck of the woods".
	"neck of the woods", "pain in the neck", "up to my neck", "breathing down my neck", "stick my neck out",
	"neck and neck", "hands down", "hands on", "hands are tied", "in good hands", "on the other hand",
	"second hand", "first hand", "hand in hand", "hands full", "cost an arm and a leg", "an arm and a leg",
	"twist my arm", "up in arms", "on my feet all day", "on their feet all day", "back on my feet", "put my feet up", "find my feet",
	// Burns that are not: "burnt out on skincare trends", "my burning
	// question" would otherwise cue the not-covered concern of a
	// product's safety. (A let-down, "I've been burned before", the bot
	// reads as one before the index sees it.)
	"burned out", "burnt out", "burning out", "burn out", "burning question",
	// Swallows that are not: "hard to swallow that these cost $300",
	// "swallowed my pride", "swallowed the marketing" would otherwise cue
	// the safety of a product swallowed.
	"hard to swallow", "tough to swallow", "bitter pill to swallow", "swallow my pride", "swallowed my pride",
	"swallowing my pride", "swallow fine", "swallowing fine", "swallowed the hype", "swallow the hype",
	"swallowed the marketing", "swallow the marketing", "hook line and sinker",
}, append(append(bodyIdioms(), inLaws()...), aBody()...)...)

// bodyIdioms are the idioms of fillerPhrases said with any person's
// hands or feet: "dragging their feet", "get my hands on".
func bodyIdioms() []string {
	var out []string
	for _, who := range []string{"my", "their", "its", "our", "his", "her", "your"} {
		for _, v := range []string{"drag", "drags", "dragging", "dragged"} {
			out = append(out, v+" "+who+" feet")
		}
	}
	return out
}

// inLaws are the relatives by marriage, whose "laws", read alone, would
// cue the not-covered topic of legality: "the serum my sister-in-law's
// been selling", "my in-laws swear by it". Like the relatives in
// fillerWords, they never name what a question is about.
func inLaws() []string {
	var out []string
	for _, kin := range []string{"mother", "father", "sister", "brother", "son", "daughter", "my", "the", "our", "his", "her", "your", "their"} {
		for _, law := range []string{"law", "laws", "law's"} {
			out = append(out, kin+" in "+law)
		}
	}
	return out
}

// aBody is "a body" for a person, as US Southern and Appalachian English
// say it after a verb of asking or ability ("what should a body do",
// "how's a body to know"), which would otherwise cue the not-covered
// concerns of the body.
func aBody() []string {
	var out []string
	for _, v := range []string{"should", "would", "could", "can", "does", "do", "must", "how's", "hows", "is", "will", "might"} {
		out = append(out, v+" a body")
	}
	return out
}

// idioms are phrases of the body that stand for a word the corpus uses:
// "a body of evidence" is evidence, "get my hands on" is buy.
func idioms() map[string]string {
	out := map[string]string{
		"body of evidence": "evidence", "body of research": "research", "body of data": "data", "body of work": "research",
	}
	for _, who := range []string{"my", "their", "our", "his", "her", "your"} {
		for _, v := range []string{"get", "gets", "getting", "got"} {
			out[v+" "+who+" hands on"] = "buy"
		}
	}
	return out
}

// withFillerPhrases returns lexicon with each of fillerPhrases that it
// does not already map mapped to nothing, and each of idioms to its word.
func withFillerPhrases(lexicon map[string]string) map[string]string {
	out := make(map[string]string, len(lexicon)+len(fillerPhrases))
	for _, p := range fillerPhrases {
		out[p] = ""
	}
	for p, to := range idioms() {
		out[p] = to
	}
	for p, to := range lexicon {
		out[p] = to
	}
	return out
}
