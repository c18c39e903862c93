package corpus

import (
	"fmt"
	"io/fs"
	"strings"

	"gopkg.in/yaml.v3"
)

// Article is the source article, split into its sections.
type Article struct {
	Title  string
	Author string
	// Text is the article verbatim.
	Text     string
	Sections []Section
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
	Headings []string `yaml:"headings"`
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
	art := Article{Title: meta.Title, Author: meta.Author, Text: string(text)}
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
