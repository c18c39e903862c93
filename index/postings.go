package index

import (
	"context"
	"math"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// termPostings is one term's postings in one field, read once from bleve's
// index when it is built (readPostings) and kept decoded, in the order
// bleve's own term field reader gives them: the index never changes once
// built, so a search need not look the term up in the field's dictionary
// and decode its postings again. It is the index reader a presentTerm
// hands bleve's term searcher: the searcher, its scorer and the
// disjunction over the searchers are bleve's, and score what they read
// here — the same documents, frequencies and norms — as they score what
// scorch's reader gives (TestFind_ScoresAsBleveSearchDoes). Every other
// method is the index's own reader's, which stays open as long as the
// index.
type termPostings struct {
	bleveindex.IndexReader // the index's reader, open as long as the index
	term                   string
	field                  string
	docs                   uint64 // the index's document count
	count                  uint64 // the term field reader's Count
	postings               []posting
}

// posting is a document that has the term: its internal number, the
// term's frequency in the field and the field's norm. The norm is kept as
// the float32 that scorch's segment stores, which it reads as a float64
// (readPostings keeps a term only when that holds).
type posting struct {
	num  uint32
	freq uint32
	norm float32
}

// readPostings reads the postings of term in field through r, as a term
// searcher's reader reads them (with frequencies and norms), and returns
// them on r; ok is false when a posting does not fit a posting's fields
// (the term is then left to scorch's reader).
func readPostings(r bleveindex.IndexReader, term, field string) (p *termPostings, ok bool, err error) {
	docs, err := r.DocCount()
	if err != nil {
		return nil, false, err
	}
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), field, true, true, false)
	if err != nil {
		return nil, false, err
	}
	defer tfr.Close()
	p = &termPostings{IndexReader: r, term: term, field: field, docs: docs, count: tfr.Count()}
	var d bleveindex.TermFieldDoc
	for {
		got, err := tfr.Next(d.Reset())
		if err != nil {
			return nil, false, err
		}
		if got == nil {
			break
		}
		n := got.ID.Value()
		if len(got.ID) != 8 || n > math.MaxUint32 || got.Freq > math.MaxUint32 || float64(float32(got.Norm)) != got.Norm || len(got.Vectors) > 0 {
			return nil, false, nil
		}
		p.postings = append(p.postings, posting{num: uint32(n), freq: uint32(got.Freq), norm: float32(got.Norm)})
	}
	return p, true, nil
}

// DocCount is the index's document count, as the index's reader counts
// it, for the term searcher's inverse document frequency.
func (p *termPostings) DocCount() (uint64, error) { return p.docs, nil }

// TermFieldReader reads the term's postings from the start. Another term
// or field, or term vectors, which termPostings does not keep, are read
// by the index's reader.
func (p *termPostings) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (bleveindex.TermFieldReader, error) {
	if field != p.field || string(term) != p.term || includeTermVectors {
		return p.IndexReader.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	}
	return &postingCursor{p: p, freq: includeFreq, norm: includeNorm}, nil
}

// postingCursor is a term field reader over a termPostings: where a
// search is in them.
type postingCursor struct {
	p          *termPostings
	next       int // the place of the next posting
	freq, norm bool
}

// Next returns the next document that has the term, as scorch's reader
// fills it: its internal id, and the frequency and norm when asked for.
func (c *postingCursor) Next(d *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	if c.next >= len(c.p.postings) {
		return nil, nil
	}
	p := c.p.postings[c.next]
	c.next++
	if d == nil {
		d = &bleveindex.TermFieldDoc{}
	}
	d.ID = bleveindex.NewIndexInternalID(d.ID, uint64(p.num))
	if c.freq {
		d.Freq = uint64(p.freq)
	}
	if c.norm {
		d.Norm = float64(p.norm)
	}
	return d, nil
}

// Advance returns the first document at or after id that has the term,
// starting again from the first when id is before where the cursor is.
func (c *postingCursor) Advance(id bleveindex.IndexInternalID, d *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	want := id.Value()
	if c.next > 0 && uint64(c.p.postings[c.next-1].num) >= want {
		c.next = 0
	}
	for c.next < len(c.p.postings) && uint64(c.p.postings[c.next].num) < want {
		c.next++
	}
	return c.Next(d)
}

// Count is the number of documents that have the term.
func (c *postingCursor) Count() uint64 { return c.p.count }

// Close puts the cursor back at the first posting, for a term searcher
// kept for the next search (keptSearcher).
func (c *postingCursor) Close() error {
	c.next = 0
	return nil
}

// Size is the cursor's size in bytes, for bleve's memory estimates.
func (c *postingCursor) Size() int { return 40 }
