package discord

import (
	"context"
	"slices"
	"testing"

	"exobot/adapters/discord/discordfake"
)

// TestRegisterCommands_UserInstallEverywhere: /ask and the Ask exobot
// message command are registered for guild and user install, usable in
// servers, the bot's DM and private channels; the fake (which holds
// Discord's rules for command bodies) accepts them.
func TestRegisterCommands_UserInstallEverywhere(t *testing.T) {
	srv := discordfake.New(discordfake.Options{BotToken: testToken, AppID: "123456789012345678"})
	defer srv.Close()
	if err := RegisterCommands(context.Background(), Config{BotToken: testToken, APIURL: srv.APIURL}, Options{}); err != nil {
		t.Fatal(err)
	}
	reqs, err := srv.Wait(1, waitLong, discordfake.Route(discordfake.RouteGlobalCommands))
	if err != nil {
		t.Fatal(err)
	}
	if reqs[0].Status != 200 {
		t.Fatalf("registration answered %d: %s", reqs[0].Status, reqs[0].Body)
	}
	var cmds []struct {
		Name             string `json:"name"`
		Type             int    `json:"type"`
		Description      string `json:"description"`
		IntegrationTypes []int  `json:"integration_types"`
		Contexts         []int  `json:"contexts"`
	}
	if err := reqs[0].Decode(&cmds); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"ask": 1, "Ask exobot": 3}
	if len(cmds) != len(want) {
		t.Fatalf("registered %d commands, want %d: %+v", len(cmds), len(want), cmds)
	}
	for _, c := range cmds {
		if want[c.Name] != c.Type {
			t.Errorf("command %q type %d, want %d", c.Name, c.Type, want[c.Name])
		}
		if !slices.Equal(c.IntegrationTypes, []int{0, 1}) {
			t.Errorf("%s: integration_types %v, want [0 1] (guild and user install)", c.Name, c.IntegrationTypes)
		}
		if !slices.Equal(c.Contexts, []int{0, 1, 2}) {
			t.Errorf("%s: contexts %v, want [0 1 2] (servers, the bot's DM, private channels)", c.Name, c.Contexts)
		}
	}
}
