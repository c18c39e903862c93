package bot_test

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"exobot/bot"
)

// TestTrainingSets checks the sets the nets learn from and never score
// (testdata/train): every line a case with a known expectation, group and
// section headings, no question twice, and no question that is also a
// question of a held-back or fresh set — a training set that held one
// would teach the nets the answer to a question they are measured on.
func TestTrainingSets(t *testing.T) {
	files, _ := filepath.Glob(bot.TrainingSets)
	if len(files) == 0 {
		t.Skip("no training sets")
	}
	headings := articleSections(t)
	measured := map[string]string{}
	for _, g := range []string{"../cmd/exobot/testdata/holdback/*.jsonl", "../cmd/exobot/testdata/fresh/*.jsonl", "testdata/*holdback*.jsonl"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			for _, c := range bot.ReadSetFile(t, f) {
				measured[normQuestion(c.Question)] = filepath.Base(f)
			}
		}
	}
	if len(measured) == 0 {
		t.Fatal("no held-back sets to compare with")
	}
	seen := map[string]string{}
	for _, f := range files {
		for i, c := range bot.ReadSetFile(t, f) {
			at := filepath.Base(f) + ":" + strconv.Itoa(i+1)
			q := normQuestion(c.Question)
			switch {
			case q == "":
				t.Errorf("%s: no question", at)
			case !slices.Contains([]string{"answered", "declined", "urgent", "not_urgent"}, c.Expect):
				t.Errorf("%s: expect %q", at, c.Expect)
			case c.Expect == "answered" && len(c.Sections) == 0:
				t.Errorf("%s: answered with no section", at)
			case c.Expect == "urgent" && !slices.Contains([]string{"airway", "infection", "injection", "heart-brain", "poisoning", "self-harm"}, c.Group):
				t.Errorf("%s: urgent in group %q", at, c.Group)
			}
			for _, s := range c.Sections {
				if !slices.Contains(headings, s) {
					t.Errorf("%s: %q is not a heading of the article", at, s)
				}
			}
			if other, ok := seen[q]; ok {
				t.Errorf("%s: the question of %s again", at, other)
			}
			seen[q] = at
			if set, ok := measured[q]; ok {
				t.Errorf("%s: a question of %s, which is measured, never learnt", at, set)
			}
		}
	}
}

// normQuestion is a question with case and spacing folded.
func normQuestion(q string) string { return strings.Join(strings.Fields(strings.ToLower(q)), " ") }
