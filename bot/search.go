package bot

import "context"

// Searcher finds the entries that best match a question. The index package
// implements it with bleve; tests use small fakes. Implementations must be
// safe for concurrent use.
type Searcher interface {
	// Search returns up to limit hits, best first, with what the searcher
	// learned about the question. Query texts are raw user text: no
	// character in them has a special meaning. Text with no searchable
	// words returns no hits and no error.
	Search(ctx context.Context, q Query, limit int) (Result, error)
}

// Query is a question as the engine hands it to a Searcher.
type Query struct {
	// Focus is the part of the message that asks the question.
	Focus string
	// Context is the rest: the story around the question and, for a
	// follow-up, the previous question. It is searched with less weight,
	// and words in it never count against an answer.
	Context string
	// Lead is the focus's leading statements, when its question is asked
	// in a later clause ("sephora has an exosome serum for $220, worth the
	// splurge?"), and Asking the focus without them; both "" otherwise. A
	// Searcher may read a lead as context when what Asking asks needs an
	// object the lead names (a verdict).
	Lead, Asking string
	// Judges reports that a short message passes a verdict on its subject's
	// worth, evidence, approval or hype ("so zero fda approved products
	// and they're charging $400", "if it was so amazing wouldn't the FDA
	// have approved one by now?"): naming no other subject, it judges the
	// one the person is asking the bot about.
	Judges bool
}

// Result is what a search found.
type Result struct {
	Hits []Hit
	// Gap is the id of a not-covered entry whose cue the question's focus
	// contains ("pregnant", "how long do … last"): the question asks what
	// the article does not answer. "" when none does.
	Gap string
	// Named is the id of a not-covered topic that is the person's
	// situation (acne, pregnancy, a skin type: its cues count anywhere) and
	// that a cue names somewhere in the message, focus or story, whether or
	// not the question asks about it; "" when none does.
	Named string
	// Unknown lists the focus's content words that neither the article,
	// the curated Q&A nor the lexicon accounts for, as the person wrote
	// them, and UnknownShare their weighted share of the focus, in [0, 1].
	Unknown      []string
	UnknownShare float64
	// Thin reports that the focus said almost nothing of its own ("what
	// should I tell her?"), so the whole message was searched as the
	// question; Unknown is then empty: a story's words are not its
	// question.
	Thin bool
	// Terms is the number of content words in the focus and context after
	// analysis (stop words and conversational filler removed), and
	// FocusTerms those of the focus.
	Terms, FocusTerms int
	// Verdict reports that the focus only asks for a verdict ("worth
	// it?", "do I say yes", "do I trust her") and the story around it names
	// what the verdict is about: the story's words (a kit, a shop, a code
	// that expires) are the decision's object, not a topic of their own.
	Verdict bool
	// Decides reports that the focus asks whether to buy or try what it
	// names ("should she buy the exosome kit", "worth it?"): a decision the
	// article's spending advice answers, so a topic the article does not
	// cover that its object merely shares words with (at-home use of a kit,
	// its price) is not what it asks unless a cue of that topic says so.
	Decides bool
	// OnTopic reports that the message names the corpus's main topic — a
	// word most entries share, such as "exosomes", or a misspelling of it.
	OnTopic bool
	// Grounded is the weighted share of the question's content words that
	// the article itself uses (in the entries' quotes), in [0, 1].
	Grounded float64
	// Respelled lists the words of the question the searcher read as
	// misspellings of another word ("exoomes" for "exosomes", "reserch"
	// for "research"), each once, as typed (lower case) and as read. The
	// answer net, which learnt words mostly as people spell them right,
	// reads the question respelled.
	Respelled []Respelling
}

// Respelling is a word of a question read as another: Typed, lower case,
// is Word misspelt.
type Respelling struct{ Typed, Word string }

// Hit is one entry found by a Searcher, with the evidence the answering
// policy needs. Score ranks hits within one search only; Coverage and
// Precision are comparable across searches, which is what makes a fixed
// confidence threshold possible.
type Hit struct {
	ID string
	// Score is the search engine's raw relevance score.
	Score float64
	// Coverage is the weighted share of the question's content words that
	// the entry's wording accounts for, in [0, 1]: words of its best
	// matching phrasing count fully, words found only elsewhere in the
	// entry count in part, and words the entry lacks count against it.
	// Words of the focus weigh more than words of the context.
	Coverage float64
	// Precision is the weighted share of the best matching phrasing's
	// words that the question contains, in [0, 1].
	Precision float64
	// Matched is the number of the question's content words found in the
	// entry's best matching phrasing.
	Matched int
	// NeedsTopic reports that most of the entry's phrasings name the
	// corpus's main topic: a question that does not name it (or describe
	// it) is about something else, however many words it shares with the
	// entry ("are peptides better than retinol" is not "should exosomes
	// replace my retinol").
	NeedsTopic bool
}
