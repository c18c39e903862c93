package index

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"exobot/corpus"
)

func TestScratchDump(t *testing.T) {
	c, _ := corpus.Load()
	x, _ := Build(c.Entries)
	sec := map[string][]string{}
	for _, e := range c.Entries {
		for _, ct := range e.Citations {
			sec[e.ID] = append(sec[e.ID], ct.Section)
		}
	}
	anchor := regexp.MustCompile(`\bexosom`)
	f, _ := os.Open("../cmd/exobot/testdata/eval.jsonl")
	out, _ := os.Create("/tmp/feat.tsv")
	defer out.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var ec struct {
			Question, Expect, Kind string
			Sections               []string
		}
		json.Unmarshal(sc.Bytes(), &ec)
		hits, _ := x.Search(context.Background(), ec.Question, 3)
		text := x.speller.correct(ec.Question)
		q := x.newQuery(text)
		anch := x.onTopic(q.terms)
		_ = anchor
		if len(hits) == 0 {
			fmt.Fprintf(out, "%s\t%v\t0\t0\tfalse\t0\t0\t0\t-\t%s\n", ec.Expect, anch, ec.Question)
			continue
		}
		h := hits[0]
		right := false
		for _, s := range sec[h.ID] {
			if slices.Contains(ec.Sections, s) {
				right = true
			}
		}
		fmt.Fprintf(out, "%s\t%v\t%.3f\t%.3f\t%v\t%d\t%d\t%.3f\t%s\t%s\n", ec.Expect, anch, h.Coverage, h.Precision, right, h.Terms, h.Matched, h.Grounded, h.ID, strings.ReplaceAll(ec.Question, "\t", " "))
	}
}

func TestScratchDF(t *testing.T) {
	c, _ := corpus.Load()
	x, _ := Build(c.Entries)
	for _, tp := range x.topic {
		fmt.Println("topic", string(tp), x.weight[string(tp)])
	}
}

func TestScratchQ(t *testing.T) {
	c, _ := corpus.Load()
	x, _ := Build(c.Entries)
	q := os.Getenv("Q")
	fmt.Println("corrected:", canonical(x.speller.correct(q)))
	qq := x.newQuery(canonical(x.speller.correct(q)))
	fmt.Println("terms:", qq.terms, qq.weights)
	hits, _ := x.Search(context.Background(), q, 6)
	for _, h := range hits {
		fmt.Printf("%-40s score=%.3f cov=%.3f prec=%.3f m=%d n=%d topic=%v g=%.2f\n", h.ID, h.Score, h.Coverage, h.Precision, h.Matched, h.Terms, h.OnTopic, h.Grounded)
	}
}
