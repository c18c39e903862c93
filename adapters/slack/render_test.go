package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"exobot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const (
	testSource     = "Exosomes in skincare"
	testDisclaimer = "This is general information, not medical advice. Ask a dermatologist about your skin."
)

// renderCases are the replies rendered to golden files.
func renderCases() map[string]bot.Reply {
	return map[string]bot.Reply{
		"answered": {
			Status:   bot.StatusAnswered,
			Question: "What are exosomes?",
			Answer:   "Exosomes are tiny vesicles that cells release to carry signals to other cells.",
			EntryID:  "what-are-exosomes",
			Citations: []bot.Citation{{
				Source: testSource, Section: "What are exosomes?",
				Quote: "Exosomes are small extracellular vesicles released by cells.",
			}},
			Disclaimer: testDisclaimer,
			Related: []bot.Suggestion{
				{ID: "are-exosomes-safe", Question: "Are exosome serums safe?"},
				{ID: "plant-vs-human", Question: "What is the difference between plant and human-derived exosomes?"},
			},
		},
		"no_match": {
			Status:     bot.StatusNoMatch,
			Question:   "can I <!channel> eat them?",
			Answer:     "I'm not sure about “can I <!channel> eat them?”. I can only answer questions about exosomes in skincare.",
			Disclaimer: testDisclaimer,
			Related: []bot.Suggestion{
				{ID: "what-are-exosomes", Question: "What are exosomes?"},
				{ID: "are-exosomes-safe", Question: "Are exosome serums safe?"},
				{ID: "how-to-use", Question: "How do I use an exosome serum in my routine, and how often should I apply it for visible results over time?"},
			},
		},
		"urgent": {
			Status:     bot.StatusUrgent,
			Answer:     "If your face is swelling or you have trouble breathing after a treatment, call emergency services now.",
			Disclaimer: testDisclaimer,
		},
		"help": {
			Status:     bot.StatusHelp,
			Answer:     "Hi! I answer questions about exosomes in skincare & aesthetics.",
			Disclaimer: testDisclaimer,
			Related: []bot.Suggestion{
				{ID: "what-are-exosomes", Question: "What are exosomes?"},
			},
		},
		"rejected": {
			Status:     bot.StatusRejected,
			Answer:     "That message is too long. Please ask one short question.",
			Error:      "question too long",
			Disclaimer: testDisclaimer,
		},
		"long_answer": {
			Status:  bot.StatusAnswered,
			Answer:  strings.Repeat("Exosomes carry proteins & RNA between cells. ", 80),
			EntryID: "long",
			Citations: []bot.Citation{{
				Source: testSource, Section: "Mechanism", Quote: strings.Repeat("very long quote ", 250),
			}},
			Disclaimer: testDisclaimer,
		},
	}
}

func TestRenderReply_Golden(t *testing.T) {
	for name, reply := range renderCases() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false) // keep &amp; and &lt; readable
			enc.SetIndent("", "  ")
			if err := enc.Encode(renderReply(reply)); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join("testdata", "render_"+name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("rendering of %s differs from %s (run go test -update if the change is intended)\ngot:\n%s", name, path, got)
			}
		})
	}
}

// TestRenderReply_Limits checks every rendered case against Slack's limits
// and that no raw markup from a reply reaches the message.
func TestRenderReply_Limits(t *testing.T) {
	for name, reply := range renderCases() {
		msg := renderReply(reply)
		b, err := json.Marshal(msg)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Text   string `json:"text"`
			Blocks []struct {
				Type     string `json:"type"`
				BlockID  string `json:"block_id"`
				Text     *struct{ Type, Text string }
				Elements []struct {
					Type     string
					Text     json.RawMessage
					ActionID string `json:"action_id"`
					Value    string
				}
			}
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Text == "" || textLen(doc.Text) > maxFallbackText {
			t.Errorf("%s: fallback text length %d", name, textLen(doc.Text))
		}
		if len(doc.Blocks) == 0 || len(doc.Blocks) > maxBlocks {
			t.Errorf("%s: %d blocks", name, len(doc.Blocks))
		}
		if strings.Contains(doc.Text, "<!") {
			t.Errorf("%s: raw broadcast in fallback text %q", name, doc.Text)
		}
		ids := map[string]bool{}
		for _, blk := range doc.Blocks {
			if ids[blk.BlockID] {
				t.Errorf("%s: block id %q repeated", name, blk.BlockID)
			}
			ids[blk.BlockID] = true
			if blk.Text != nil {
				if textLen(blk.Text.Text) > maxSectionText {
					t.Errorf("%s: section text %d long", name, textLen(blk.Text.Text))
				}
				if strings.Contains(blk.Text.Text, "<") {
					t.Errorf("%s: raw < in section %q", name, blk.Text.Text)
				}
			}
			actionIDs := map[string]bool{}
			for _, el := range blk.Elements {
				var txt struct{ Type, Text string }
				_ = json.Unmarshal(el.Text, &txt)
				if el.Type == "button" {
					if textLen(txt.Text) > maxButtonText || len(el.ActionID) > maxActionID || len(el.Value) > maxButtonValue || el.Value == "" {
						t.Errorf("%s: button out of limits: %+v", name, el)
					}
					if actionIDs[el.ActionID] {
						t.Errorf("%s: action id %q repeated in a block", name, el.ActionID)
					}
					actionIDs[el.ActionID] = true
				} else if textLen(txt.Text) > maxContextText || strings.Contains(txt.Text, "<") {
					t.Errorf("%s: context element out of limits or unescaped: %d", name, textLen(txt.Text))
				}
			}
		}
	}
}

func TestRenderReply_SilentIsEmpty(t *testing.T) {
	got := renderReply(bot.Reply{Status: bot.StatusRateLimited, Silent: true, Answer: "ignored"})
	if got.Text != "" || got.Blocks != nil {
		t.Errorf("silent reply rendered as %+v", got)
	}
}

func TestRenderReply_FeedbackOnlyForAnswers(t *testing.T) {
	for name, reply := range renderCases() {
		b, _ := json.Marshal(renderReply(reply))
		has := bytes.Contains(b, []byte(actionHelpful))
		want := reply.Status == bot.StatusAnswered
		if has != want {
			t.Errorf("%s: feedback buttons present = %t, want %t", name, has, want)
		}
	}
}

func TestRenderReply_ManyRelatedAndCitationsCapped(t *testing.T) {
	r := bot.Reply{Status: bot.StatusNoMatch, Answer: "Not sure.", Disclaimer: "d"}
	for i := range 30 {
		r.Related = append(r.Related, bot.Suggestion{ID: "e" + string(rune('a'+i%26)), Question: "q"})
		r.Citations = append(r.Citations, bot.Citation{Section: "s", Quote: "q"})
	}
	r.Related = append([]bot.Suggestion{{ID: "", Question: "no id"}, {ID: strings.Repeat("x", 2001), Question: "huge id"}}, r.Related...)
	msg := renderReply(r)
	b, _ := json.Marshal(msg)
	if n := bytes.Count(b, []byte(`"action_id":"`+actionAsk)); n != maxRelated {
		t.Errorf("%d suggestion buttons, want %d", n, maxRelated)
	}
	blocks, _ := json.Marshal(msg.Blocks)
	if bytes.Contains(blocks, []byte("no id")) || bytes.Contains(blocks, []byte("huge id")) {
		t.Errorf("a suggestion without a usable id was rendered")
	}
	var doc struct {
		Blocks []struct {
			BlockID  string            `json:"block_id"`
			Elements []json.RawMessage `json:"elements"`
		}
	}
	_ = json.Unmarshal(b, &doc)
	for _, blk := range doc.Blocks {
		if blk.BlockID == blockSources && len(blk.Elements) != maxContextElems {
			t.Errorf("context block has %d elements, want %d (9 citations + disclaimer)", len(blk.Elements), maxContextElems)
		}
	}
}
