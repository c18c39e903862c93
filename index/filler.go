package index

// fillerWords are conversational words that carry no topic: greetings,
// hedges, chat slang and verbs of asking. They are removed (like stop
// words) from both the entries and the questions, so "can u tell me
// honestly if exosomes work lol" weighs the same as "exosomes work". Words
// are lower case with straight apostrophes, before stemming.
var fillerWords = []any{
	// greetings, thanks, politeness
	"hi", "hey", "hello", "hiya", "yo", "greetings", "thanks", "thank", "thx", "ty", "please", "pls", "plz", "sorry",
	// asking and knowing
	"tell", "telling", "told", "know", "knows", "knew", "knowing", "wonder", "wondering", "wondered", "curious",
	"question", "questions", "ask", "asking", "asked", "explain", "explanation", "info", "information", "quick",
	"anyone", "someone", "somebody", "anybody", "everyone", "guys", "guy", "folks", "y'all", "yall", "bot", "exobot",
	// chat slang and hedges
	"lol", "lmao", "haha", "omg", "idk", "tbh", "imo", "imho", "btw", "pls", "honestly", "actually", "really",
	"literally", "basically", "just", "like", "kinda", "sorta", "gonna", "wanna", "gotta", "um", "uh", "hmm", "ok",
	"okay", "yeah", "yep", "yes", "nope", "sure", "u", "ur", "r", "ya", "im", "ive", "id", "dont", "doesnt", "cant",
	"isnt", "arent", "wont", "whats", "hows", "thats", "theres", "youre", "i'd", "i've", "i'll",
	// thinking and saying
	"think", "thinking", "thought", "thoughts", "seem", "seems", "heard", "hear", "hearing", "saw", "seen", "say",
	"says", "said", "saying", "mean", "means",
	// generic verbs and nouns
	"get", "gets", "getting", "got", "go", "goes", "going", "use", "uses", "using", "used", "try", "trying", "tried",
	"need", "needs", "want", "wants", "wanted", "can", "may", "might", "will", "shall", "must", "also", "even",
	"still", "though", "anyway", "lot", "lots", "bit", "kind", "sort", "type", "thing", "things", "stuff",
	"something", "anything", "everything", "way", "ways",
}
