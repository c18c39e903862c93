package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

func TestAutocompleteChoices(t *testing.T) {
	many := make([]bot.Suggestion, 40)
	for i := range many {
		many[i] = bot.Suggestion{ID: fmt.Sprintf("e%02d", i), Question: fmt.Sprintf("Question %d?", i)}
	}
	long := strings.Repeat("exosomes ", 12) + "?" // 109 characters
	tests := []struct {
		name  string
		typed string
		sugg  []bot.Suggestion
		want  []string // name=value
	}{
		{"nothing typed: the suggestions", "", many[:2], []string{"Question 0?=Question 0?", "Question 1?=Question 1?"}},
		{"typed text first, as typed", "  are  exosomes\nfda ", []bot.Suggestion{{ID: "fda", Question: "Are exosome skincare products FDA approved?"}},
			[]string{"are exosomes fda=are exosomes fda", "Are exosome skincare products FDA approved?=Are exosome skincare products FDA approved?"}},
		{"a suggestion equal to the typed text is not repeated", "what are exosomes?", []bot.Suggestion{{ID: "w", Question: "What are exosomes?"}},
			[]string{"what are exosomes?=what are exosomes?"}},
		{"at most 25", "q", many, nil},
		{"typed text too long to be a choice: no choices, so it is sent whole", strings.Repeat("a", 101), many, []string{}},
		{"a question too long to be a value is valued by its entry", "", []bot.Suggestion{{ID: "long-one", Question: long}},
			[]string{truncate(long, 100) + "=" + choiceEntry + "long-one"}},
		{"blank and repeated suggestions dropped", "", []bot.Suggestion{{ID: "a", Question: " "}, {ID: "b", Question: "B?"}, {ID: "c", Question: "b?"}},
			[]string{"B?=B?"}},
		{"emoji count double", strings.Repeat("😀", 51), nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := autocompleteChoices(tt.typed, tt.sugg)
			if got == nil {
				t.Fatal("nil choices: Discord wants a list")
			}
			if len(got) > maxChoices {
				t.Errorf("%d choices", len(got))
			}
			var pairs []string
			for _, c := range got {
				v := c.Value.(string)
				if n := discordLen(c.Name); n < 1 || n > maxChoiceName {
					t.Errorf("name %q is %d long", c.Name, n)
				}
				if n := discordLen(v); n < 1 || n > maxChoiceValue {
					t.Errorf("value %q is %d long", v, n)
				}
				pairs = append(pairs, c.Name+"="+v)
			}
			if tt.want == nil {
				if len(got) != maxChoices {
					t.Errorf("%d choices, want %d", len(got), maxChoices)
				}
				return
			}
			if strings.Join(pairs, "|") != strings.Join(tt.want, "|") {
				t.Errorf("choices\n  %q\nwant\n  %q", pairs, tt.want)
			}
		})
	}
}

// TestAutocomplete_Golden is the autocomplete answer for "fda" as Discord
// receives it.
func TestAutocomplete_Golden(t *testing.T) {
	sugg := []bot.Suggestion{
		{ID: "are-exosomes-fda-approved", Question: "Are exosome skincare products FDA approved?"},
		{ID: "when-will-exosomes-be-proven", Question: "When will exosomes be proven or ready for mainstream use?"},
	}
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: autocompleteChoices("fda", sugg)},
	}
	b, _ := json.Marshal(resp)
	if why := discordfake.CheckResponse(b); why != "" {
		t.Errorf("Discord would refuse it: %s", why)
	}
	checkGolden(t, "autocomplete_fda", resp)
}

type suggesterFunc func(ctx context.Context, text string, limit int) []bot.Suggestion

func (f suggesterFunc) Suggest(ctx context.Context, text string, limit int) []bot.Suggestion {
	return f(ctx, text, limit)
}

// TestAutocomplete_AnsweredAtOnceWithChoices: an autocomplete interaction
// (type 4) is answered in the HTTP response with type 8 and choices that
// Discord accepts, asks the suggester for what was typed, and asks the
// answerer nothing; picking a long suggestion asks its entry.
func TestAutocomplete_AnsweredAtOnceWithChoices(t *testing.T) {
	e := startHTTP(t)
	asked := make(chan string, 10)
	e.a.suggester = suggesterFunc(func(_ context.Context, text string, limit int) []bot.Suggestion {
		asked <- text
		if limit != 25 {
			t.Errorf("limit %d, want 25", limit)
		}
		return []bot.Suggestion{{ID: "are-exosomes-fda-approved", Question: "Are exosome skincare products FDA approved?"}}
	})
	now := time.Now()
	body := e.interaction(discordfake.Interaction{ID: "9101", Type: discordfake.InteractionAutocomplete, GuildID: "3001", ChannelID: "2001",
		CommandName: "ask", Options: map[string]string{"question": "fda"}, Focused: "question"})
	req, _ := e.signer.NewRequest(e.url, body, now)
	start := time.Now()
	status, p := do(t, req)
	took := time.Since(start)
	if status != 200 || p["type"] != float64(8) {
		t.Fatalf("autocomplete → %d %v, want 200 with type 8", status, p)
	}
	raw, _ := json.Marshal(p)
	if why := discordfake.CheckResponse(raw); why != "" {
		t.Errorf("Discord would refuse the answer: %s", why)
	}
	choices := p["data"].(map[string]any)["choices"].([]any)
	if len(choices) != 2 || choices[1].(map[string]any)["name"] != "Are exosome skincare products FDA approved?" {
		t.Errorf("choices %v", choices)
	}
	if len(asked) != 1 || <-asked != "fda" {
		t.Errorf("the suggester was not asked for \"fda\" once")
	}
	if took > 2*time.Second {
		t.Errorf("autocomplete took %v; Discord allows 3 s", took)
	}
	if e.ans.calledWith(func(bot.Question) bool { return true }) {
		t.Error("the answerer was asked a question; autocomplete asks none")
	}

	// Picking a suggestion valued by its entry asks that entry directly.
	status, p = e.post(t, e.interaction(discordfake.Interaction{ID: "9102", Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
		CommandName: "ask", Options: map[string]string{"question": choiceEntry + entryRetinol}}), now)
	if status != 200 || p["type"] != float64(4) {
		t.Fatalf("/ask → %d %v", status, p)
	}
	if !e.ans.calledWith(func(q bot.Question) bool { return q.EntryID == entryRetinol && q.Text == "" }) {
		t.Error("the picked suggestion did not ask its entry")
	}
}
