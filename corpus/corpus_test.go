package corpus_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"exobot/bot"
	"exobot/corpus"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fixture builds a corpus file system from the tiny test article and the
// given data files from testdata.
func fixture(t *testing.T, dataFiles ...string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range map[string]string{corpus.ArticleFile: "testdata/article.txt", corpus.MetaFile: "testdata/article.yaml"} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	for _, f := range dataFiles {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		fsys["data/"+filepath.Base(f)] = &fstest.MapFile{Data: b}
	}
	return fsys
}

func TestLoad_ShippedCorpusIsValid(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatalf("the shipped corpus has problems:\n%v", err)
	}
	answered := 0
	for _, e := range c.Entries {
		if e.NotCovered == "" {
			answered++
		}
	}
	if answered < 35 || answered > 60 {
		t.Errorf("corpus has %d answered entries, want 35–60", answered)
	}
	if len(c.Article.Sections) != 6 {
		t.Errorf("article has %d sections, want 6", len(c.Article.Sections))
	}
	for _, e := range c.Entries {
		if len(e.Alternates) < 3 {
			t.Errorf("entry %s has %d alternate phrasings, want several (>= 3)", e.ID, len(e.Alternates))
		}
		for _, cit := range e.Citations {
			if cit.Source != c.Article.Title {
				t.Errorf("entry %s cites source %q, want the article title", e.ID, cit.Source)
			}
		}
	}
}

// The embedded copy of the article must be the shared source text, when
// the shared copy is beside the project (it is not in a bare clone).
func TestLoad_EmbeddedArticleMatchesSharedSource(t *testing.T) {
	shared, err := os.ReadFile("../../shared/article/exosomes-in-skincare.txt")
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("shared article not beside the project")
	}
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.Article.Text != string(shared) {
		t.Error("corpus/article.txt differs from ../shared/article/exosomes-in-skincare.txt")
	}
}

func TestLoad_HeadingsAreTheArticleLines(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, s := range c.Article.Sections {
		lines = append(lines, s.Line)
	}
	want := []int{2, 5, 12, 18, 25, 30}
	if len(lines) != len(want) {
		t.Fatalf("heading lines %v, want %v", lines, want)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Fatalf("heading lines %v, want %v", lines, want)
		}
	}
}

func TestLoadFS_ValidFixture(t *testing.T) {
	c, err := corpus.LoadFS(fixture(t, "valid.yaml"))
	if err != nil {
		t.Fatalf("valid fixture: %v", err)
	}
	if len(c.Entries) != 3 || c.Entries[1].ID != "delta" || len(c.Entries[1].Citations) != 2 {
		t.Fatalf("entries = %+v", c.Entries)
	}
	if pos, ok := c.Where("delta"); !ok || pos.String() != "data/valid.yaml:12" {
		t.Errorf("Where(delta) = %v, %v; want data/valid.yaml:12", pos, ok)
	}
}

// An answer is its sentences joined; each sentence points at its quotes
// (or at what the article lacks), and the citations are the quotes in the
// order the sentences first use them.
func TestLoadFS_AnswerIsSentencesWithTheirQuotes(t *testing.T) {
	c, err := corpus.LoadFS(fixture(t, "valid.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e := c.Entries[2]
	want := []bot.Sentence{
		{Text: "Not yet.", Quotes: []int{0}},
		{Text: "The dermatologist who wrote the article looks for two things, clear sources and honest labels.", Quotes: []int{1, 2, 3}},
		{Text: "Delta products don’t meet these standards.", Quotes: []int{4}},
		{Text: "A few early studies suggest gamma rays may heal wounds.", Quotes: []int{5}},
		{Text: "The article doesn't mention sigma or tau.", Missing: []string{"sigma", "tau"}},
	}
	if diff := cmp.Diff(want, e.Sentences, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	var texts []string
	for _, s := range want {
		texts = append(texts, s.Text)
	}
	if e.Answer != strings.Join(texts, " ") {
		t.Errorf("answer = %q", e.Answer)
	}
	var quotes []string
	for _, ct := range e.Citations {
		quotes = append(quotes, ct.Quote)
	}
	wantQuotes := []string{"not yet.", "I always look for two things", "Clear sources", "Honest labels", "Delta products don’t meet these standards.", "Gamma rays may heal wounds, a few early studies suggest."}
	if diff := cmp.Diff(wantQuotes, quotes); diff != "" {
		t.Errorf("citations (-want +got):\n%s", diff)
	}
}

// Each invalid fixture exhibits one failure mode; validation must name the
// file and line of every problem, and nothing else.
func TestLoadFS_ReportsEachProblemWithFileAndLine(t *testing.T) {
	tests := []struct {
		fixture string
		want    []string // "file:line: fragment of the message"
	}{
		{"quote-not-verbatim.yaml", []string{`data/quote-not-verbatim.yaml:10: quote not found verbatim under "First Heading"`}},
		{"quote-wrong-section.yaml", []string{`data/quote-wrong-section.yaml:12: quote is under "First Heading", not "Second Heading"`}},
		{"quote-punctuation.yaml", []string{`data/quote-punctuation.yaml:10: quote differs from the article only in punctuation`}},
		{"unknown-section.yaml", []string{
			`article.txt:2: section "First Heading" is cited by no entry`,
			`data/unknown-section.yaml:10: unknown section "First heading"`,
		}},
		{"repeated-id.yaml", []string{`data/repeated-id.yaml:12: id "delta" is repeated: first defined at data/repeated-id.yaml:1`}},
		{"empty-field.yaml", []string{
			`data/empty-field.yaml:3: alternates has an empty item`,
			`data/empty-field.yaml:4: answer is empty`,
			`data/empty-field.yaml:9: tags must be a non-empty list`,
		}},
		{"missing-field.yaml", []string{`data/missing-field.yaml:1: answer is missing`}},
		{"unknown-field.yaml", []string{`data/unknown-field.yaml:3: unknown field "alternate"`}},
		{"repeated-phrasing.yaml", []string{`data/repeated-phrasing.yaml:14: phrasing "delta please" repeats one in alpha (data/repeated-phrasing.yaml:3)`}},
		{"bad-id.yaml", []string{`data/bad-id.yaml:1: id "Alpha One" must be kebab-case`}},
		{"uncovered-section.yaml", []string{`article.txt:5: section "Second Heading" is cited by no entry`}},
		{"referral-missing.yaml", []string{`data/referral-missing.yaml:17: referral is missing: say who to ask about "the last letter" instead (one of dermatologist, doctor, prescriber, clinic, treating-clinic, maker, financial-adviser)`}},
		{"referral-unknown.yaml", []string{
			`data/referral-unknown.yaml:16: referral must be absent: only a not_covered topic refers people elsewhere`,
			`data/referral-unknown.yaml:22: referral "pharmacy" is not one of dermatologist, doctor`,
		}},
		{"trait-misplaced.yaml", []string{
			`data/trait-misplaced.yaml:16: trait must be absent: only a not_covered topic has cues`,
			`data/trait-misplaced.yaml:23: trait must be true or false`,
		}},
		{"bad-yaml.yaml", []string{
			`article.txt:2: section "First Heading" is cited by no entry`,
			`article.txt:5: section "Second Heading" is cited by no entry`,
			`data/bad-yaml.yaml:2: not valid YAML: did not find expected ',' or ']'`,
		}},
		{"answer-format.yaml", []string{
			`data/answer-format.yaml:4: alpha: answer must be a list of sentences, each {say: a sentence, from: [ids of the quotes that support it]} or {say: a sentence about what the article does not say, missing: [the words it lacks]}`,
			`data/answer-format.yaml:14: delta: say holds more than one sentence ("Delta epsilon."…): give each its own item`,
			`data/answer-format.yaml:14: delta: sentence cites "alpha", which is not one of the entry's citation ids (delta)`,
			`data/answer-format.yaml:14: delta, sentence 1 "Delta epsilon. Alpha beta gamma.": "alpha", "beta", "gamma" are not in its quotes (delta)`,
			`data/answer-format.yaml:16: delta: sentence cites "epsilon", which is not one of the entry's citation ids (delta)`,
			`data/answer-format.yaml:18: delta: sentence has neither from (the quotes that support it) nor missing (what the article does not say)`,
			`data/answer-format.yaml:19: delta: a sentence has from (the quotes that support it) or missing (what the article does not say), not both`,
			`data/answer-format.yaml:19: delta, sentence 4 "Delta.": a statement about the article's silence must say so`,
			`data/answer-format.yaml:19: delta, sentence 4 "Delta.": missing "omega" is not said in the sentence`,
			`data/answer-format.yaml:26: citation id is missing: name the quote so that sentences can cite it`,
		}},

		// Grounding: one fixture per way a sentence can say more than, or
		// other than, its quotes.
		{"ground-unsupported-word.yaml", []string{
			`data/ground-unsupported-word.yaml:7: delta, sentence 2 "Alpha is the first letter, before beta and gamma.": "first", "letter", "before" are not in its quotes (alpha)`,
		}},
		{"ground-verdict.yaml", []string{
			`data/ground-verdict.yaml:5: gamma, sentence 1 "They might.": opens with the verdict "they might", which its quotes do not give`,
			`data/ground-verdict.yaml:9: gamma, sentence 3 "No, alpha, beta, gamma.": opens with the verdict "no", which its quotes do not give`,
			`data/ground-verdict.yaml:9: gamma, sentence 3 "No, alpha, beta, gamma.": is negative, but none of its quotes (alpha) is`,
		}},
		{"ground-quote-unused.yaml", []string{
			`data/ground-quote-unused.yaml:5: delta, sentence 1 "Delta epsilon.": quote alpha supports nothing in it`,
			`data/ground-quote-unused.yaml:16: delta: quote quoted supports no sentence`,
		}},
		{"ground-first-person.yaml", []string{
			`data/ground-first-person.yaml:5: standards, sentence 1 "Look for two things, clear sources and honest labels.": reports the author's own view (quote two-things) without saying whose it is`,
			`data/ground-first-person.yaml:7: standards, sentence 2 "Dermatologists look for clear sources.": reports the author's own view (quote two-things) without saying whose it is`,
			`data/ground-first-person.yaml:7: standards, sentence 2 "Dermatologists look for clear sources.": speaks of "dermatologists" in general`,
		}},
		{"ground-silence-false.yaml", []string{
			`data/ground-silence-false.yaml:7: delta, sentence 2 "The article doesn't mention gamma rays.": says the article lacks "gamma rays", but it is there: article.txt:7 "Gamma rays may heal wounds, a few early studies suggest."`,
			`data/ground-silence-false.yaml:9: delta, sentence 3 "The article says nothing about omega.": missing "sigma" is not said in the sentence`,
			`data/ground-silence-false.yaml:9: delta, sentence 3 "The article says nothing about omega.": "omega" is neither in the article nor listed as missing`,
		}},
		{"ground-negation.yaml", []string{
			`data/ground-negation.yaml:5: standards, sentence 1 "Delta products meet these standards.": drops the negation of quote standards`,
			`data/ground-negation.yaml:7: standards, sentence 2 "Alpha is not beta or gamma.": is negative, but none of its quotes (alpha) is`,
		}},
		{"ground-hedge.yaml", []string{
			`data/ground-hedge.yaml:5: gamma, sentence 1 "In a few early studies, gamma rays heal wounds.": states as fact what quote gamma reports as a claim or a possibility`,
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.fixture, ".yaml"), func(t *testing.T) {
			_, err := corpus.LoadFS(fixture(t, "invalid/"+tt.fixture))
			probs := corpus.Problems(err)
			var got []string
			for _, p := range probs {
				got = append(got, p.Error())
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for i := range tt.want {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("problem %d = %q\nwant prefix %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// All problems in all files come back from one call, in file and line order.
func TestLoadFS_ReportsEveryProblemAtOnce(t *testing.T) {
	_, err := corpus.LoadFS(fixture(t, "invalid/quote-not-verbatim.yaml", "invalid/empty-field.yaml", "invalid/unknown-section.yaml"))
	probs := corpus.Problems(err)
	var got []string
	for _, p := range probs {
		got = append(got, p.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"data/empty-field.yaml:4: answer is empty",
		"data/quote-not-verbatim.yaml:10: quote not found verbatim",
		"data/quote-not-verbatim.yaml:12: id \"delta\" is repeated: first defined at data/empty-field.yaml:10",
		"data/unknown-section.yaml:10: unknown section",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing problem %q in:\n%s", want, all)
		}
	}
	for i := 1; i < len(probs); i++ {
		a, b := probs[i-1], probs[i]
		if a.File > b.File || a.File == b.File && a.Line > b.Line {
			t.Fatalf("problems out of order: %v before %v", a, b)
		}
	}
}

// ReadFS hands the entries back before validating them (the first of a
// repeated id, as LoadFS), and its check reports what LoadFS does.
func TestReadFS_EntriesFirstProblemsFromCheck(t *testing.T) {
	fsys := fixture(t, "invalid/quote-not-verbatim.yaml", "invalid/empty-field.yaml", "invalid/unknown-section.yaml")
	loaded, loadErr := corpus.LoadFS(fsys)
	c, check, err := corpus.ReadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(loaded.Entries, c.Entries); diff != "" {
		t.Errorf("ReadFS's entries differ from LoadFS's (-LoadFS +ReadFS):\n%s", diff)
	}
	if got, want := fmt.Sprint(check()), fmt.Sprint(loadErr); got != want || loadErr == nil {
		t.Errorf("check() = %s\nLoadFS: %s", got, want)
	}
}

// Every citation carries the version of the article it was checked
// against: the review date and the start of the text's SHA-256.
func TestLoad_CitationsCarryTheArticleVersion(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := c.Article.Reviewed + "/sha256:" + corpus.TextSHA256([]byte(c.Article.Text))[:12]
	if c.Article.Version() != want {
		t.Errorf("version = %q, want %q", c.Article.Version(), want)
	}
	n := 0
	for _, e := range c.Entries {
		for _, ct := range e.Citations {
			n++
			if ct.Version != want {
				t.Fatalf("entry %s cites version %q, want %q", e.ID, ct.Version, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no citations")
	}
}

// article.yaml pins the text the corpus was reviewed against: a changed
// article fails the check until it is reviewed and re-pinned, and the
// message says how.
func TestLoadFS_ArticleChangedSinceReviewFails(t *testing.T) {
	fsys := fixture(t, "valid.yaml")
	changed := string(fsys[corpus.ArticleFile].Data) + "Zeta eta.\n"
	fsys[corpus.ArticleFile] = &fstest.MapFile{Data: []byte(changed)}
	newSum := corpus.TextSHA256([]byte(changed))
	probs := corpus.Problems(func() error { _, err := corpus.LoadFS(fsys); return err }())
	if len(probs) != 1 {
		t.Fatalf("got %d problems, want 1: %v", len(probs), probs)
	}
	for _, want := range []string{"article.yaml:3: article.txt has changed since it was reviewed on 2026-01-02", "set reviewed: to the date of that review", "sha256: to " + newSum} {
		if !strings.Contains(probs[0].Error(), want) {
			t.Errorf("problem %q lacks %q", probs[0], want)
		}
	}

	// Re-pinned with a new review date: valid again, with a new version.
	meta := strings.NewReplacer("2026-01-02", "2026-02-03", corpus.TextSHA256(fixture(t)[corpus.ArticleFile].Data), newSum).Replace(string(fsys[corpus.MetaFile].Data))
	fsys[corpus.MetaFile] = &fstest.MapFile{Data: []byte(meta)}
	c, err := corpus.LoadFS(fsys)
	if err != nil {
		t.Fatalf("re-pinned: %v", err)
	}
	if v := c.Entries[0].Citations[0].Version; v != "2026-02-03/sha256:"+newSum[:12] {
		t.Errorf("version after re-pinning = %q", v)
	}
}

func TestLoadFS_ArticleMustBePinned(t *testing.T) {
	fsys := fixture(t, "valid.yaml")
	fsys[corpus.MetaFile] = &fstest.MapFile{Data: []byte("title: A Tiny Article\nreviewed: 2 Jan 2026\nheadings: [First Heading, Second Heading]\n")}
	var got []string
	for _, p := range corpus.Problems(func() error { _, err := corpus.LoadFS(fsys); return err }()) {
		got = append(got, p.Error())
	}
	want := []string{
		"article.yaml:1: sha256 is missing: re-read every answer",
		`article.yaml:2: reviewed "2 Jan 2026" is not a date (YYYY-MM-DD)`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d = %q, want prefix %q", i, got[i], want[i])
		}
	}
}
