package discord

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"exobot/bot"
)

// checkGolden compares v, as indented JSON, with testdata/name.golden.json
// (-update rewrites it).
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
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
		t.Errorf("%s differs from the rendering (go test -run %s -update rewrites it):\n%s", path, t.Name(), got)
	}
}

// TestRenderPrivateAndShared_Golden: the private answer (ephemeral, with
// its Share button beside the feedback buttons) and the shared answer
// (public, its author the sharer), as interaction responses.
func TestRenderPrivateAndShared_Golden(t *testing.T) {
	r := renderCases()["answered"]
	priv := privateMessage(r, true)
	checkLimits(t, priv)
	checkGolden(t, "private_answered", priv.response())

	shared := sharedMessage(r, "Ali <@&123> @everyone")
	checkLimits(t, shared)
	checkGolden(t, "shared_answered", shared.response())
}

func TestRenderPrivateAndShared_Content(t *testing.T) {
	cases := renderCases()
	t.Run("Share sits beside the feedback buttons and carries only the entry id", func(t *testing.T) {
		m := privateMessage(cases["answered"], true)
		last := m.Components[len(m.Components)-1].(discordgo.ActionsRow)
		var ids []string
		for _, c := range last.Components {
			ids = append(ids, c.(discordgo.Button).CustomID)
		}
		if got := strings.Join(ids, ","); got != "fb:y:what-are-exosomes,fb:n:what-are-exosomes,share:what-are-exosomes" {
			t.Errorf("last row %s", got)
		}
		if !m.Ephemeral || m.response().Data.Flags != discordgo.MessageFlagsEphemeral {
			t.Error("a private answer is not ephemeral")
		}
	})
	t.Run("no Share where there is nobody to share with, nor under anything but an answer", func(t *testing.T) {
		for name, m := range map[string]message{
			"bot DM":   privateMessage(cases["answered"], false),
			"urgent":   privateMessage(cases["urgent"], true),
			"no match": privateMessage(cases["no_match"], true),
			"help":     privateMessage(cases["help"], true),
		} {
			for _, row := range m.Components {
				for _, c := range row.(discordgo.ActionsRow).Components {
					if strings.HasPrefix(c.(discordgo.Button).CustomID, idShare) {
						t.Errorf("%s: has a Share button", name)
					}
				}
			}
			if !m.Ephemeral {
				t.Errorf("%s: not ephemeral", name)
			}
		}
	})
	t.Run("the longest reply still fits with Share and an author", func(t *testing.T) {
		r := cases["overlong"]
		checkLimits(t, privateMessage(r, true))
		checkLimits(t, sharedMessage(r, strings.Repeat("😀", 300)))
	})
	t.Run("a shared answer has no Share button and is public", func(t *testing.T) {
		m := sharedMessage(cases["answered"], "Ali")
		if m.Ephemeral || m.Embeds[0].Author == nil || m.Embeds[0].Author.Name != "Shared by Ali" {
			t.Errorf("shared: ephemeral %v, author %+v", m.Ephemeral, m.Embeds[0].Author)
		}
	})
}

// TestRenderShare_LimitsOnHostileInput runs the private and shared
// renderings over awkward replies and names.
func TestRenderShare_LimitsOnHostileInput(t *testing.T) {
	strs := []string{"", strings.Repeat("a", 10000), strings.Repeat("😀", 5000), "@everyone <@&1>"}
	for _, a := range strs {
		r := bot.Reply{Status: bot.StatusAnswered, EntryID: strings.Repeat("e", 94), Answer: a,
			Citations: []bot.Citation{{Source: a, Section: a, Quote: a}}, Matches: []bot.Match{{ID: "e", Question: a}},
			Related: []bot.Suggestion{{ID: "r1", Question: a}}, Disclaimer: a}
		checkLimits(t, privateMessage(r, true))
		checkLimits(t, sharedMessage(r, a))
	}
}
