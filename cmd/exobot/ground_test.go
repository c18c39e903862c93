package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"exobot/bot"
)

// askJSON answers each line through "exobot ask --json -".
func askJSON(t *testing.T, questions ...string) []jsonReply {
	t.Helper()
	out, errOut, code := runExobot(t, strings.Join(questions, "\n")+"\n", "ask", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var replies []jsonReply
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r jsonReply
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		replies = append(replies, r)
	}
	if len(replies) != len(questions) {
		t.Fatalf("%d replies for %d questions", len(replies), len(questions))
	}
	return replies
}

// Every citation in the JSON output names the version of the article it
// quotes: the review date and the start of the text's SHA-256.
func TestAsk_JSONCitationsCarryTheArticleVersion(t *testing.T) {
	version := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}/sha256:[0-9a-f]{12}$`)
	for _, r := range askJSON(t, "are exosomes fda approved?", "what are exosomes", "who might benefit from exosomes") {
		if r.Status != bot.StatusAnswered || len(r.Citations) == 0 {
			t.Fatalf("%q: %s with %d citations", r.Question, r.Status, len(r.Citations))
		}
		for _, c := range r.Citations {
			if !version.MatchString(c.Version) {
				t.Errorf("%q: citation version %q", r.Question, c.Version)
			}
		}
	}
}

// The everyday disclaimer, in the article's terms, is on every reply but
// the urgent ones (which carry their own caution), and no reply calls the
// article vetted.
func TestAsk_EverydayDisclaimerOnEveryStatus(t *testing.T) {
	seen := map[bot.Status]bool{}
	for _, r := range askJSON(t, "are exosomes fda approved?", "what time do you open on saturday", "do exosomes help with hair loss", "hi", "", strings.Repeat("exosomes ", 300)) {
		seen[r.Status] = true
		if r.Disclaimer != bot.Disclaimer || !strings.HasSuffix(r.Text, bot.Disclaimer) {
			t.Errorf("%.40q (%s): disclaimer %q", r.Question, r.Status, r.Disclaimer)
		}
		if strings.Contains(strings.ToLower(r.Text), "vetted") {
			t.Errorf("%.40q (%s) says vetted: %s", r.Question, r.Status, r.Text)
		}
	}
	for _, s := range []bot.Status{bot.StatusAnswered, bot.StatusNoMatch, bot.StatusHelp, bot.StatusRejected} {
		if !seen[s] {
			t.Errorf("no %s reply among the questions", s)
		}
	}
}

// A question the article does not cover is declined naming the gap and the
// right person: the clinic for a price, not a dermatologist.
func TestAsk_PriceQuestionIsReferredToTheClinic(t *testing.T) {
	r := askJSON(t, "how much does an exosome treatment cost at a clinic")[0]
	if r.Status != bot.StatusNoMatch || len(r.Citations) != 0 {
		t.Fatalf("status %s, %d citations", r.Status, len(r.Citations))
	}
	if !strings.HasPrefix(r.Answer, "The article doesn't cover ") || !strings.Contains(r.Answer, "the clinic") || strings.Contains(r.Answer, "dermatologist") {
		t.Errorf("answer = %q", r.Answer)
	}
}

// editedCorpus is a copy of ./corpus with edit applied to the data file
// named file.
func editedCorpus(t *testing.T, file string, edit func(string) string) string {
	t.Helper()
	dir := copyCorpus(t)
	path := filepath.Join(dir, file)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := edit(string(b))
	if edited == string(b) {
		t.Fatalf("the edit changed nothing in %s", file)
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A copy of the shipped corpus passes "corpus check --dir"; the same copy
// with an unsupported sentence added to one answer — however it is added —
// fails, naming that entry.
func TestCorpusCheck_DirFailsOnAnUnsupportedSentenceNamingTheEntry(t *testing.T) {
	const entry = "are-exosomes-fda-approved"
	ok := copyCorpus(t)
	if out, errOut, code := runExobot(t, "", "corpus", "check", "--dir", ok); code != 0 {
		t.Fatalf("the copied corpus fails: exit %d\n%s%s", code, out, errOut)
	}
	// afterAnswer inserts text after the "answer:" line of the entry.
	afterAnswer := func(text string) func(string) string {
		return func(s string) string {
			at := strings.Index(s, "- id: "+entry+"\n")
			if at < 0 {
				return s
			}
			ans := at + strings.Index(s[at:], "  answer:\n") + len("  answer:\n")
			return s[:ans] + text + s[ans:]
		}
	}
	tests := []struct {
		name string
		edit func(string) string
	}{
		{"a sentence naming a quote", afterAnswer("    - say: Exosome serums are approved for use in hospitals and cure wrinkles.\n      from: [fda]\n")},
		{"a sentence naming no quote", afterAnswer("    - say: Exosome serums are approved for use in hospitals and cure wrinkles.\n")},
		{"a sentence added to another", func(s string) string {
			return strings.Replace(s, "    - say: According to the article, no FDA-approved topical skincare product currently contains exosomes as a validated active ingredient.\n",
				"    - say: According to the article, no FDA-approved topical skincare product currently contains exosomes as a validated active ingredient. Exosome serums cure wrinkles.\n", 1)
		}},
		{"a bare verdict", afterAnswer("    - say: No.\n      from: [fda]\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := editedCorpus(t, filepath.Join("data", "2-science.yaml"), tt.edit)
			_, errOut, code := runExobot(t, "", "corpus", "check", "--dir", dir)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr:\n%s", code, errOut)
			}
			if !strings.Contains(errOut, "data/2-science.yaml:") || !strings.Contains(errOut, entry) {
				t.Errorf("stderr does not name %s in data/2-science.yaml:\n%s", entry, errOut)
			}
		})
	}
}
