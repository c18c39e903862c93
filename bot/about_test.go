package bot_test

import (
	"slices"
	"strings"
	"testing"

	"exobot/bot"
	"exobot/corpus"
)

// TestAbout_IsTheArticle: the engine describes its source as the corpus
// does — the article's title, every heading in the article's order, and
// the date the answers were last reviewed.
func TestAbout_IsTheArticle(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	a := engineForFuzz(t).About()
	if a.Title != c.Article.Title {
		t.Errorf("title %q, want %q", a.Title, c.Article.Title)
	}
	if a.Reviewed != c.Article.Reviewed {
		t.Errorf("reviewed %q, want %q", a.Reviewed, c.Article.Reviewed)
	}
	var headings []string
	for _, s := range c.Article.Sections {
		headings = append(headings, s.Heading)
	}
	if !slices.Equal(a.Sections, headings) {
		t.Errorf("sections\n  %q\nwant the article's headings in order\n  %q", a.Sections, headings)
	}
	if s := bot.NewSwap(engineForFuzz(t)); !slices.Equal(s.About().Sections, headings) {
		t.Error("Swap.About differs from its engine's")
	}
	if !strings.Contains(bot.PrivacyText, "forget me") {
		t.Error("the privacy text does not say how to be forgotten")
	}
}
