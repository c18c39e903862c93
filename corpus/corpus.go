// Package corpus holds exobot's knowledge: the article it answers from
// (article.txt, with its title and headings in article.yaml) and the curated
// questions and answers drawn from it (data/*.yaml), all embedded in the
// binary with go:embed.
//
// Load parses and validates the embedded corpus; LoadFS does the same for
// any file system with the same layout (the tests' fixtures). Validation
// reports every problem at once, each as "file:line: message": a quote not
// found verbatim under its section, an unknown section, a repeated id or
// phrasing, an empty or unknown field, an article section no entry covers.
//
// An entry may instead mark a topic the article does not cover
// (not_covered: the topic, with no answer or citations), so that questions
// about it are declined by name rather than answered with a near miss.
//
// corpus knows nothing of search or platforms; it hands bot.Entry values to
// whoever wires the program together.
package corpus

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"

	"exobot/internal/parallel"
)

//go:embed article.txt article.yaml lexicon.yaml data/*.yaml
var embedded embed.FS

// File names inside a corpus file system.
const (
	ArticleFile = "article.txt"
	MetaFile    = "article.yaml"
	DataGlob    = "data/*.yaml"
)

// Pos is a position in a corpus file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Problem is one validation failure at a position in the corpus.
type Problem struct {
	Pos
	Msg string
}

func (p *Problem) Error() string { return p.Pos.String() + ": " + p.Msg }

// Load parses and validates the corpus embedded in the binary.
func Load() (*Corpus, error) { return LoadFS(embedded) }

// Read parses the corpus embedded in the binary and returns it before it
// is validated: check validates it and returns what Load would (nil, or
// the problems). A program may index the entries meanwhile, but must not
// answer from them until check has returned nil.
func Read() (c *Corpus, check func() error, err error) { return ReadFS(embedded) }

// LoadFS parses and validates a corpus laid out as article.txt,
// article.yaml and data/*.yaml in fsys. On validation failure it returns
// the corpus as far as it could be read together with an error joining
// every *Problem found (errors.Join), in file and line order.
func LoadFS(fsys fs.FS) (*Corpus, error) {
	c, check, err := ReadFS(fsys)
	if err != nil {
		return nil, err
	}
	return c, check()
}

// ReadFS is Read for a corpus laid out as LoadFS reads it.
func ReadFS(fsys fs.FS) (c *Corpus, check func() error, err error) {
	var probs problems
	art, err := readArticle(fsys, &probs)
	if err != nil {
		return nil, nil, err
	}
	files, err := fs.Glob(fsys, DataGlob)
	if err != nil {
		return nil, nil, fmt.Errorf("load corpus: %w", err)
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("load corpus: no Q&A files match %s", DataGlob)
	}
	// The files are read on every core at once, each into its own problems,
	// gathered in file order: the problems come out as if read one by one.
	type read struct {
		entries []parsed
		probs   problems
		err     error
	}
	reads := make([]read, len(files)+1) // the data files, then the lexicon
	var lex *Lexicon
	parallel.ForEach(len(reads), func(i int) {
		r := &reads[i]
		if i == len(files) {
			if lex, r.err = readLexicon(fsys, &r.probs); r.err != nil {
				r.err = fmt.Errorf("load corpus %s: %w", LexiconFile, r.err)
			}
			return
		}
		data, err := fs.ReadFile(fsys, files[i])
		if err != nil {
			r.err = fmt.Errorf("load corpus %s: %w", files[i], err)
			return
		}
		r.entries = parseEntries(files[i], data, art, &r.probs)
	})
	var all []parsed
	for _, r := range reads {
		if r.err != nil {
			return nil, nil, r.err
		}
		all = append(all, r.entries...)
		probs = append(probs, r.probs...)
	}
	// The entries with an id, the first of a repeated one.
	c = &Corpus{Article: art, Lexicon: lex, pos: map[string]Pos{}}
	for _, p := range all {
		if _, dup := c.pos[p.ID]; p.ID != "" && !dup {
			c.Entries = append(c.Entries, p.Entry)
			c.pos[p.ID] = p.at
		}
	}
	check = func() error {
		// The lexicon is checked beside the entries.
		var lexProbs, entryProbs problems
		var wg sync.WaitGroup
		wg.Go(func() { validateLexicon(lex, art, all, &lexProbs) })
		validate(art, all, c.pos, lex.mapTerm(), &entryProbs)
		wg.Wait()
		return slices.Concat(probs, lexProbs, entryProbs).err()
	}
	return c, check, nil
}

// problems collects validation failures.
type problems []*Problem

func (ps *problems) add(file string, line int, format string, args ...any) {
	*ps = append(*ps, &Problem{Pos: Pos{File: file, Line: line}, Msg: fmt.Sprintf(format, args...)})
}

func (ps problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errors.Join(errs...)
}

// Problems returns the validation problems an error from Load or LoadFS
// carries, in order; nil when err carries none.
func Problems(err error) []*Problem {
	var out []*Problem
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		for _, e := range joined.Unwrap() {
			var p *Problem
			if errors.As(e, &p) {
				out = append(out, p)
			}
		}
		return out
	}
	var p *Problem
	if errors.As(err, &p) {
		out = append(out, p)
	}
	return out
}

// normPhrase folds a phrasing for duplicate detection: lower case, letters
// and digits only, single spaces.
func normPhrase(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}), " ")
}
