package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Article is the source article, split into its sections.
type Article struct {
	Title  string
	Author string
	// Reviewed is the date (YYYY-MM-DD) the corpus was last reviewed
	// against this text of the article.
	Reviewed string
	// SHA256 is the hex SHA-256 of article.txt as it was reviewed.
	SHA256 string
	// Text is the article verbatim.
	Text     string
	Sections []Section
}

// Version identifies the reviewed text of the article: the review date and
// the first 12 hex digits of its SHA-256, as in
// "2026-12-01/sha256:4a370ad4f25c". Every citation carries it.
func (a Article) Version() string {
	h := a.SHA256
	if len(h) > 12 {
		h = h[:12]
	}
	return a.Reviewed + "/sha256:" + h
}

// Section is one headed part of the article.
type Section struct {
	Heading string
	// Line is the heading's 1-based line number in article.txt.
	Line int
	// Body is the text between this heading and the next, verbatim.
	Body string
}

// Section returns the section with the given heading, exactly as written.
func (a Article) Section(heading string) (Section, bool) {
	for _, s := range a.Sections {
		if s.Heading == heading {
			return s, true
		}
	}
	return Section{}, false
}

type articleMeta struct {
	Title    string   `yaml:"title"`
	Author   string   `yaml:"author"`
	Reviewed string   `yaml:"reviewed"`
	SHA256   string   `yaml:"sha256"`
	Headings []string `yaml:"headings"`
}

var sha256Pattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// TextSHA256 returns the hex SHA-256 of an article's text, the value
// article.yaml pins as sha256.
func TextSHA256(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:])
}

// checkPin records a problem unless article.yaml pins the text of
// article.txt: a review date and the SHA-256 of the text that was
// reviewed. When the text has changed, the message says how to re-pin it.
func checkPin(meta articleMeta, lines map[string]int, text []byte, probs *problems) {
	got := TextSHA256(text)
	line := func(key string) int {
		if l := lines[key]; l > 0 {
			return l
		}
		return 1
	}
	howTo := fmt.Sprintf("re-read every answer in data/*.yaml against article.txt, then set reviewed: to the date of that review (YYYY-MM-DD) and sha256: to %s in %s", got, MetaFile)
	if meta.Reviewed == "" {
		probs.add(MetaFile, 1, "reviewed is missing: the date the corpus was last reviewed against article.txt; %s", howTo)
	} else if _, err := time.Parse(time.DateOnly, meta.Reviewed); err != nil {
		probs.add(MetaFile, line("reviewed"), "reviewed %q is not a date (YYYY-MM-DD)", meta.Reviewed)
	}
	switch {
	case meta.SHA256 == "":
		probs.add(MetaFile, 1, "sha256 is missing: %s", howTo)
	case !sha256Pattern.MatchString(meta.SHA256):
		probs.add(MetaFile, line("sha256"), "sha256 %q is not 64 lower-case hex digits; %s", meta.SHA256, howTo)
	case meta.SHA256 != got:
		probs.add(MetaFile, line("sha256"), "article.txt has changed since it was reviewed on %s (its sha256 is now %s, %s pins %s): %s", meta.Reviewed, got, MetaFile, meta.SHA256, howTo)
	}
}

// keyLines maps each top-level key of a YAML mapping document to its line.
func keyLines(raw []byte) map[string]int {
	var doc yaml.Node
	out := map[string]int{}
	if yaml.Unmarshal(raw, &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return out
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		out[m.Content[i].Value] = m.Content[i].Line
	}
	return out
}

// readArticle reads article.txt and splits it at the headings listed in
// article.yaml. A heading that is not a line of its own, in order, is a
// problem; a missing or unreadable file is an error.
func readArticle(fsys fs.FS, probs *problems) (Article, error) {
	text, err := fs.ReadFile(fsys, ArticleFile)
	if err != nil {
		return Article{}, fmt.Errorf("load corpus: %w", err)
	}
	raw, err := fs.ReadFile(fsys, MetaFile)
	if err != nil {
		return Article{}, fmt.Errorf("load corpus: %w", err)
	}
	var meta articleMeta
	if err := yaml.Unmarshal(raw, &meta); err != nil {
		return Article{}, fmt.Errorf("load corpus %s: %w", MetaFile, err)
	}
	if meta.Title == "" {
		probs.add(MetaFile, 1, "title is empty")
	}
	if len(meta.Headings) == 0 {
		probs.add(MetaFile, 1, "headings is empty")
	}
	checkPin(meta, keyLines(raw), text, probs)
	art := Article{Title: meta.Title, Author: meta.Author, Reviewed: meta.Reviewed, SHA256: meta.SHA256, Text: string(text)}
	lines := strings.Split(strings.ReplaceAll(art.Text, "\r\n", "\n"), "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) != meta.Title && meta.Title != "" {
		probs.add(ArticleFile, 1, "first line is not the title %q from %s", meta.Title, MetaFile)
	}
	next := 1 // headings come after the title, in order
	for _, h := range meta.Headings {
		at := -1
		for i := next; i < len(lines); i++ {
			if strings.TrimSpace(lines[i]) == h {
				at = i
				break
			}
		}
		if at < 0 {
			probs.add(MetaFile, 1, "heading %q is not a line of %s after the previous heading", h, ArticleFile)
			continue
		}
		art.Sections = append(art.Sections, Section{Heading: h, Line: at + 1})
		next = at + 1
	}
	for i := range art.Sections {
		end := len(lines)
		if i+1 < len(art.Sections) {
			end = art.Sections[i+1].Line - 1
		}
		art.Sections[i].Body = strings.Join(lines[art.Sections[i].Line:end], "\n")
	}
	return art, nil
}
