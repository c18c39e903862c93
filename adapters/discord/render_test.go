package discord

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const disclaimer = "This is general information from one article, not medical advice. Ask a dermatologist about your skin."

func renderCases() map[string]bot.Reply {
	long := func(word string, n int) string { return strings.TrimSpace(strings.Repeat(word+" ", n)) }
	var manyRelated []bot.Suggestion
	for i := range 30 {
		manyRelated = append(manyRelated, bot.Suggestion{ID: fmt.Sprintf("entry-%02d", i), Question: fmt.Sprintf("Question %d: %s?", i, long("exosome", 20))})
	}
	var manyCitations []bot.Citation
	for i := range 30 {
		manyCitations = append(manyCitations, bot.Citation{Source: long("Article", 20), Section: fmt.Sprintf("Section %d %s", i, long("heading", 60)), Quote: long("quoted", 300)})
	}
	return map[string]bot.Reply{
		"answered": {
			Status: bot.StatusAnswered, Question: "what r exosomes", EntryID: "what-are-exosomes",
			Answer: "Exosomes are tiny vesicles that cells release to carry proteins and RNA to other cells. In skincare they are sold as ingredients said to support repair.",
			Citations: []bot.Citation{{Source: "Exosomes in skincare", Section: "What exosomes are",
				Quote: "Exosomes are nano-sized extracellular vesicles secreted by cells."}},
			Disclaimer: disclaimer,
			Matches:    []bot.Match{{ID: "what-are-exosomes", Question: "What are exosomes?", Score: 0.92}, {ID: "are-exosomes-safe", Question: "Are exosome products safe?", Score: 0.41}},
			Related: []bot.Suggestion{{ID: "are-exosomes-safe", Question: "Are exosome products safe?"},
				{ID: "exosomes-with-retinol", Question: "Can I use exosomes with retinol?"}},
		},
		"no_match": {
			Status: bot.StatusNoMatch, Question: "best pizza in town",
			Answer:     "I'm not sure I can answer that from the article. Did you mean one of these?",
			Disclaimer: disclaimer,
			Matches:    []bot.Match{{ID: "what-are-exosomes", Question: "What are exosomes?", Score: 0.12}},
			Related: []bot.Suggestion{{ID: "what-are-exosomes", Question: "What are exosomes?"},
				{ID: "are-exosomes-safe", Question: "Are exosome products safe?"},
				{ID: "are-exosomes-safe", Question: "A repeat that must be dropped"},
				{ID: "", Question: "No id, no button"},
				{ID: "exosome-microneedling", Question: "Can exosomes be used with microneedling?"}},
		},
		"urgent": {
			Status:     bot.StatusUrgent,
			Answer:     "That sounds like it could be a serious reaction. Please stop using the product and seek medical care now — call your local emergency number if you have trouble breathing or swelling of the face or throat.",
			Disclaimer: disclaimer,
		},
		"help": {
			Status:     bot.StatusHelp,
			Answer:     "Hi! I answer questions about exosomes in skincare, from one article, with the passage I relied on. Mention me or use /ask.",
			Disclaimer: disclaimer,
			Related:    []bot.Suggestion{{ID: "what-are-exosomes", Question: "What are exosomes?"}},
		},
		"rejected": {
			Status: bot.StatusRejected, Error: "question too long",
			Answer:     "That message is too long for me — please ask one short question.",
			Disclaimer: disclaimer,
		},
		"overlong": {
			Status: bot.StatusAnswered, EntryID: "long-entry",
			Answer:     long("Exosomes😀 are vesicles.", 800),
			Citations:  manyCitations,
			Disclaimer: long("Not medical advice.", 300),
			Matches:    []bot.Match{{ID: "long-entry", Question: long("Very long canonical question", 40) + "?", Score: 0.9}},
			Related:    manyRelated,
		},
	}
}

func TestRenderReply_Golden(t *testing.T) {
	for name, r := range renderCases() {
		t.Run(name, func(t *testing.T) {
			msg := renderReply(r)
			checkLimits(t, msg)
			got, err := json.MarshalIndent(msg.send(nil), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the rendering (go test -run TestRenderReply_Golden -update rewrites it):\n%s", path, got)
			}
		})
	}
}

func TestRenderReply_Content(t *testing.T) {
	cases := renderCases()
	t.Run("answered shows the canonical question, citation, disclaimer, related and feedback", func(t *testing.T) {
		m := renderReply(cases["answered"])
		e := m.Embeds[0]
		if e.Title != "What are exosomes?" {
			t.Errorf("title %q, want the entry's own question (never the user's text)", e.Title)
		}
		if e.Fields[0].Name != "Source: What exosomes are" || e.Fields[0].Value != "“Exosomes are nano-sized extracellular vesicles secreted by cells.”\n— Exosomes in skincare" {
			t.Errorf("citation field %+v", e.Fields[0])
		}
		if e.Fields[1].Name != "Related questions:" {
			t.Errorf("related heading %q", e.Fields[1].Name)
		}
		if e.Footer == nil || e.Footer.Text != disclaimer {
			t.Errorf("footer %+v, want the disclaimer", e.Footer)
		}
		ids := buttonIDs(m)
		want := "ask:are-exosomes-safe ask:exosomes-with-retinol | fb:y:what-are-exosomes fb:n:what-are-exosomes"
		if ids != want {
			t.Errorf("buttons %q, want %q", ids, want)
		}
	})
	t.Run("no_match says Did you mean and offers each suggestion once, without feedback", func(t *testing.T) {
		m := renderReply(cases["no_match"])
		if m.Embeds[0].Title != "" || m.Embeds[0].Fields[0].Name != "Did you mean…?" {
			t.Errorf("embed %+v", m.Embeds[0])
		}
		if ids := buttonIDs(m); ids != "ask:what-are-exosomes ask:are-exosomes-safe ask:exosome-microneedling" {
			t.Errorf("buttons %q", ids)
		}
	})
	t.Run("silent renders nothing", func(t *testing.T) {
		if m := renderReply(bot.Reply{Status: bot.StatusRateLimited, Silent: true}); len(m.Embeds) != 0 || m.Content != "" || len(m.Components) != 0 {
			t.Errorf("silent rendered %+v", m)
		}
	})
	t.Run("overlong is truncated, not dropped", func(t *testing.T) {
		m := renderReply(cases["overlong"])
		e := m.Embeds[0]
		if !strings.HasSuffix(e.Description, "…") || !strings.HasPrefix(e.Description, "Exosomes😀 are vesicles.") {
			t.Errorf("description not truncated with an ellipsis: …%q", e.Description[max(0, len(e.Description)-40):])
		}
		if n := discordLen(e.Description); n < 3000 {
			t.Errorf("description cut to %d characters; the answer should keep most of the room", n)
		}
		if len(e.Fields) < 2 || !strings.HasPrefix(e.Fields[0].Name, "Source: Section 0") || e.Fields[len(e.Fields)-1].Name != "Related questions:" {
			t.Errorf("fields %d, want the first citation and the related list kept", len(e.Fields))
		}
		if len(m.Components) != maxRows {
			t.Errorf("%d rows, want %d (4 of suggestions, 1 of feedback)", len(m.Components), maxRows)
		}
	})
}

func buttonIDs(m message) string {
	var rows []string
	for _, row := range m.Components {
		var ids []string
		for _, c := range row.(discordgo.ActionsRow).Components {
			ids = append(ids, c.(discordgo.Button).CustomID)
		}
		rows = append(rows, strings.Join(ids, " "))
	}
	return strings.Join(rows, " | ")
}

// checkLimits fails the test if m breaks any of Discord's limits.
func checkLimits(t *testing.T, m message) {
	t.Helper()
	if n := discordLen(m.Content); n > maxContent {
		t.Errorf("content %d > %d", n, maxContent)
	}
	if len(m.Embeds) > 10 {
		t.Errorf("%d embeds", len(m.Embeds))
	}
	for _, e := range m.Embeds {
		check := func(what string, s string, limit int) {
			if n := discordLen(s); n > limit {
				t.Errorf("%s: %d > %d", what, n, limit)
			}
			if !utf8Valid(s) {
				t.Errorf("%s: invalid UTF-8", what)
			}
		}
		check("title", e.Title, maxTitle)
		check("description", e.Description, maxDescription)
		if len(e.Fields) > maxFields {
			t.Errorf("%d fields > %d", len(e.Fields), maxFields)
		}
		for i, f := range e.Fields {
			check(fmt.Sprintf("field %d name", i), f.Name, maxFieldName)
			check(fmt.Sprintf("field %d value", i), f.Value, maxFieldValue)
			if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
				t.Errorf("field %d is empty (Discord rejects it)", i)
			}
		}
		if e.Footer != nil {
			check("footer", e.Footer.Text, maxFooter)
		}
		if n := embedLen(e); n > maxEmbedTotal {
			t.Errorf("embed total %d > %d", n, maxEmbedTotal)
		}
	}
	if len(m.Components) > maxRows {
		t.Errorf("%d rows > %d", len(m.Components), maxRows)
	}
	seen := map[string]bool{}
	for _, row := range m.Components {
		r := row.(discordgo.ActionsRow)
		if len(r.Components) == 0 || len(r.Components) > maxButtonsPerRow {
			t.Errorf("row of %d buttons", len(r.Components))
		}
		for _, c := range r.Components {
			b := c.(discordgo.Button)
			if n := discordLen(b.Label); n == 0 || n > maxLabel {
				t.Errorf("label %q is %d long", b.Label, n)
			}
			if n := discordLen(b.CustomID); n == 0 || n > maxCustomID {
				t.Errorf("custom_id %q is %d long", b.CustomID, n)
			}
			if seen[b.CustomID] {
				t.Errorf("custom_id %q repeats", b.CustomID)
			}
			seen[b.CustomID] = true
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"eleven chars", 11, "eleven cha…"},
		{"one two three four five", 20, "one two three four…"},
		{"😀😀😀😀", 5, "😀😀…"}, // each emoji counts 2
		{"abc", 0, ""},
		{"abcdef", 1, "…"},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if discordLen(got) > tt.max {
			t.Errorf("truncate(%q, %d) is %d long", tt.in, tt.max, discordLen(got))
		}
	}
}

// TestRenderReply_LimitsOnHostileInput renders replies built from extreme
// and awkward strings and checks every limit holds.
func TestRenderReply_LimitsOnHostileInput(t *testing.T) {
	strs := []string{"", " ", "\n\n", strings.Repeat("a", 10000), strings.Repeat("😀", 5000), strings.Repeat("é ", 3000),
		"@everyone <@&1> <@2> **bold**", strings.Repeat("word ", 2000), "\x00\x01 control"}
	for i, a := range strs {
		for j, b := range strs {
			r := bot.Reply{
				Status: bot.StatusAnswered, EntryID: "e", Answer: a,
				Citations:  []bot.Citation{{Source: b, Section: a, Quote: b}, {Section: b, Quote: a}},
				Matches:    []bot.Match{{ID: "e", Question: a}},
				Related:    []bot.Suggestion{{ID: "r1", Question: a}, {ID: "r2", Question: b}, {ID: strings.Repeat("x", 200), Question: a}},
				Disclaimer: b + a,
			}
			t.Run(fmt.Sprintf("%d-%d", i, j), func(t *testing.T) { checkLimits(t, renderReply(r)) })
		}
	}
}
