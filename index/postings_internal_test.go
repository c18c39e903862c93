package index

import (
	"context"
	"testing"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Every term of the searched fields has its postings decoded, and a
// cursor over them gives what scorch's own term field reader gives: the
// same documents in the same order, with the same frequencies and norms,
// and the same count; Advance finds what scorch's Advance finds, forwards
// and back.
func TestPostings_AsScorchReadsThem(t *testing.T) {
	x := buildInternal(t)
	ctx := context.Background()
	n := 0
	for i, f := range boosts {
		for term, q := range x.termQueries[i] {
			p := q.(*presentTerm).postings
			if p == nil {
				t.Fatalf("%s:%s has no decoded postings", f.field, term)
			}
			mine, err := p.TermFieldReader(ctx, []byte(term), f.field, true, true, false)
			if err != nil {
				t.Fatal(err)
			}
			theirs, err := x.reader.TermFieldReader(ctx, []byte(term), f.field, true, true, false)
			if err != nil {
				t.Fatal(err)
			}
			if mine.Count() != theirs.Count() {
				t.Fatalf("%s: count %d, scorch %d", term, mine.Count(), theirs.Count())
			}
			var ids []bleveindex.IndexInternalID
			for {
				a, err := mine.Next(nil)
				if err != nil {
					t.Fatal(err)
				}
				b, err := theirs.Next(nil)
				if err != nil {
					t.Fatal(err)
				}
				if (a == nil) != (b == nil) {
					t.Fatalf("%s: one reader ended before the other (%v, %v)", term, a, b)
				}
				if a == nil {
					break
				}
				if !a.ID.Equals(b.ID) || a.Freq != b.Freq || a.Norm != b.Norm {
					t.Fatalf("%s: %v %d %v, scorch %v %d %v", term, a.ID, a.Freq, a.Norm, b.ID, b.Freq, b.Norm)
				}
				ids = append(ids, append(bleveindex.IndexInternalID(nil), a.ID...))
				n++
			}
			// Advance, to the last document and back to the first.
			for _, k := range []int{len(ids) - 1, 0} {
				a, _ := mine.Advance(ids[k], nil)
				b, _ := theirs.Advance(ids[k], nil)
				if a == nil || b == nil || !a.ID.Equals(b.ID) || !a.ID.Equals(ids[k]) || a.Freq != b.Freq || a.Norm != b.Norm {
					t.Fatalf("%s: Advance(%v) = %v, scorch %v", term, ids[k], a, b)
				}
			}
			mine.Close()
			theirs.Close()
		}
	}
	if n == 0 {
		t.Fatal("no postings")
	}
}
