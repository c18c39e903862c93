package bot

import "context"

// Searcher finds the entries that best match a question's text. The index
// package implements it with bleve; tests use small fakes. Implementations
// must be safe for concurrent use.
type Searcher interface {
	// Search returns up to limit hits, best first. Text is raw user text:
	// no character in it has a special meaning. Text with no searchable
	// words returns no hits and no error.
	Search(ctx context.Context, text string, limit int) ([]Hit, error)
}

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
	Coverage float64
	// Precision is the weighted share of the best matching phrasing's
	// words that the question contains, in [0, 1].
	Precision float64
	// Terms is the number of content words in the question after
	// analysis (stop words and conversational filler removed).
	Terms int
	// Matched is the number of the question's content words found in the
	// entry's best matching phrasing.
	Matched int
	// OnTopic reports that the question names the corpus's main topic — a
	// word most entries share, such as "exosomes", or a misspelling of it.
	// A question that does not is held to a higher bar.
	OnTopic bool
	// Grounded is the weighted share of the question's content words that
	// the article itself uses (in the entries' quotes), in [0, 1]: the
	// same for every hit of a search.
	Grounded float64
}
