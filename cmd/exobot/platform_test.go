package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/adapters/slack/slackfake"
)

// TestServe_DiscordNative runs "exobot serve" with the real engine behind
// Discord HTTP interactions and checks the native features end to end:
// /ask's autocomplete, the Ask exobot message command, private answers by
// default with their Share button, urgent replies private, Share public.
func TestServe_DiscordNative(t *testing.T) {
	df, signer := newDiscordFake(t)
	s := startServe(t, discordHTTPEnv(df.APIURL, signer), nil, nil)
	s.waitReady(t)
	c := newClient(t)
	user := discordfake.User{ID: "400000000000000001", Username: "alice"}
	base := func(id string, typ int) discordfake.Interaction {
		return discordfake.Interaction{ID: id, AppID: df.AppID(), Type: typ, Token: "tok-" + id,
			GuildID: "300000000000000001", ChannelID: "300000000000000002", User: user}
	}
	send := func(t *testing.T, in discordfake.Interaction) map[string]any {
		t.Helper()
		req, err := signer.NewRequest(s.url+"/discord/interactions", in.JSON(), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("interaction %s: %d %s", in.ID, resp.StatusCode, body)
		}
		if why := discordfake.CheckResponse(body); why != "" {
			t.Errorf("Discord would refuse the response: %s", why)
		}
		var p map[string]any
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	flags := func(p map[string]any) int {
		d, _ := p["data"].(map[string]any)
		f, _ := d["flags"].(float64)
		return int(f)
	}
	text := func(p map[string]any) string { b, _ := json.Marshal(p["data"]); return string(b) }

	t.Run("autocomplete for fda", func(t *testing.T) {
		in := base("900000000000000001", discordfake.InteractionAutocomplete)
		in.CommandName, in.Options, in.Focused = "ask", map[string]string{"question": "fda"}, "question"
		p := send(t, in)
		if p["type"] != float64(8) {
			t.Fatalf("type %v, want 8", p["type"])
		}
		choices, _ := p["data"].(map[string]any)["choices"].([]any)
		if len(choices) < 1 || len(choices) > 25 {
			t.Fatalf("%d choices, want 1 to 25", len(choices))
		}
		fda := false
		for _, c := range choices {
			name := c.(map[string]any)["name"].(string)
			fda = fda || (strings.Contains(name, "FDA") && name != "fda")
		}
		if !fda {
			t.Errorf("no suggested question about the FDA in %v", choices)
		}
	})

	t.Run("Ask exobot on a message answers it privately", func(t *testing.T) {
		in := base("900000000000000002", discordfake.InteractionCommand)
		in.CommandName, in.CommandType = "Ask exobot", 3
		in.Target = &discordfake.Message{ID: "900000000000000099", ChannelID: in.ChannelID, GuildID: in.GuildID,
			Author: discordfake.User{ID: "400000000000000002", Username: "bob"}, Content: "are exosomes FDA approved??"}
		p := send(t, in)
		if p["type"] != float64(4) || flags(p)&64 == 0 {
			t.Fatalf("type %v flags %d, want a private answer", p["type"], flags(p))
		}
		if got := text(p); !strings.Contains(got, "FDA") || !strings.Contains(got, "share:are-exosomes-fda-approved") {
			t.Errorf("answer %s, want the FDA answer with a Share button", got)
		}
	})

	t.Run("/ask is private by default; urgent too; Share is public", func(t *testing.T) {
		in := base("900000000000000003", discordfake.InteractionCommand)
		in.CommandName, in.Options = "ask", map[string]string{"question": "are exosomes fda approved"}
		if p := send(t, in); flags(p)&64 == 0 {
			t.Errorf("/ask answer public: %s", text(p))
		}
		in = base("900000000000000004", discordfake.InteractionCommand)
		in.CommandName, in.Options = "ask", map[string]string{"question": "my throat is closing up after the exosome facial"}
		if p := send(t, in); flags(p)&64 == 0 || strings.Contains(text(p), "share:") {
			t.Errorf("urgent reply public or shareable: %s", text(p))
		}
		in = base("900000000000000005", discordfake.InteractionComponent)
		in.CustomID, in.MessageID, in.MessageFlags = "share:are-exosomes-fda-approved", "900000000000000098", 64
		p := send(t, in)
		if flags(p)&64 != 0 || !strings.Contains(text(p), "Shared by alice") || !strings.Contains(text(p), "FDA") {
			t.Errorf("shared answer %s, want it public, naming alice", text(p))
		}
	})
}

// TestDiscordRegister_NativeCommands: "exobot discord register" registers
// /ask with autocomplete and the Ask exobot message command, for guild and
// user install in every context, and the fake (Discord's rules) takes it.
func TestDiscordRegister_NativeCommands(t *testing.T) {
	df, _ := newDiscordFake(t)
	env := map[string]string{"DISCORD_BOT_TOKEN": testDiscordToken, "DISCORD_API_URL": df.APIURL}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"discord", "register"}, func(k string) string { return env[k] }, strings.NewReader(""), &stdout, &stderr)
	if err != nil {
		t.Fatalf("register: %v\n%s", err, stderr.String())
	}
	reqs, err := df.Wait(1, waitLong, discordfake.Route(discordfake.RouteGlobalCommands))
	if err != nil {
		t.Fatal(err)
	}
	if reqs[0].Status != 200 {
		t.Fatalf("registration answered %d: %s", reqs[0].Status, reqs[0].Body)
	}
	var cmds []struct {
		Name             string `json:"name"`
		Type             int    `json:"type"`
		IntegrationTypes []int  `json:"integration_types"`
		Contexts         []int  `json:"contexts"`
		Options          []struct {
			Name         string `json:"name"`
			Autocomplete bool   `json:"autocomplete"`
		} `json:"options"`
	}
	if err := reqs[0].Decode(&cmds); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range cmds {
		got[c.Name] = true
		if len(c.IntegrationTypes) != 2 || len(c.Contexts) != 3 {
			t.Errorf("%s: integration_types %v contexts %v, want [0 1] and [0 1 2]", c.Name, c.IntegrationTypes, c.Contexts)
		}
		if c.Name == "ask" && (len(c.Options) != 1 || !c.Options[0].Autocomplete) {
			t.Errorf("/ask options %+v, want question with autocomplete", c.Options)
		}
		if c.Name == "Ask exobot" && c.Type != 3 {
			t.Errorf("Ask exobot has type %d, want 3 (message)", c.Type)
		}
	}
	if !got["ask"] || !got["Ask exobot"] {
		t.Errorf("registered %v, want /ask and Ask exobot", got)
	}
	if !strings.Contains(stdout.String(), "Ask exobot") {
		t.Errorf("stdout %q does not say what was registered", stdout.String())
	}
}

// TestServe_SlackNative runs "exobot serve" with the real engine behind
// Slack's HTTP mode and checks the native features end to end: the Home
// tab published when opened (the article, its sections, the review date),
// the Ask exobot shortcut answering privately with Share in channel, and
// Share posting the answer publicly.
func TestServe_SlackNative(t *testing.T) {
	sf := newSlackFake(t)
	logs := newLogSink(true)
	s := startServe(t, slackHTTPEnv(sf.APIURL()), nil, logs)
	s.waitReady(t)
	c := newClient(t)
	post := func(t *testing.T, req *http.Request) {
		t.Helper()
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", req.URL.Path, resp.StatusCode)
		}
	}

	t.Run("app_home_opened publishes the Home view", func(t *testing.T) {
		post(t, slackfake.EventRequest(testSlackSigning, s.url+"/slack/events", slackfake.EventCallbackOf("EvH1", slackfake.AppHomeOpened("U1", "home", ""))))
		calls, err := sf.WaitSurface(slackfake.MethodViewsPublish, 1, waitLong)
		if err != nil {
			t.Fatal(err)
		}
		view := calls[0].Form.Get("view")
		for _, want := range []string{`"type":"home"`, "Exosomes in Skincare: The Next Frontier or Just Hype?", "Bottom Line", "last reviewed", "forget me", `"value":"what-are-exosomes"`} {
			if !strings.Contains(view, want) {
				t.Errorf("the Home view lacks %q", want)
			}
		}
	})

	t.Run("a DM follow-up is read in the light of the answer before it", func(t *testing.T) {
		before := len(sf.Posts())
		post(t, slackfake.EventRequest(testSlackSigning, s.url+"/slack/events",
			slackfake.EventCallback("EvD1", slackfake.DM("D7", "U7", "are exosomes fda approved?", "1700000000.000501"))))
		// Once its reply is posted (and logged), the turn is remembered.
		logs.wait(t, 1, func(r map[string]any) bool { return r["msg"] == "reply posted" && r["channel"] == "D7" })
		// The follow-up, alone, is declined; after the answer it is not.
		post(t, slackfake.EventRequest(testSlackSigning, s.url+"/slack/events",
			slackfake.EventCallback("EvD2", slackfake.DM("D8", "U8", "why not?", "1700000000.000502"))))
		post(t, slackfake.EventRequest(testSlackSigning, s.url+"/slack/events",
			slackfake.EventCallback("EvD3", slackfake.DM("D7", "U7", "why not?", "1700000000.000503"))))
		posts, err := sf.WaitPosts(before+3, waitLong)
		if err != nil {
			t.Fatal(err)
		}
		byChannel := map[string]string{}
		for _, p := range posts[before+1:] {
			byChannel[p.Channel] = string(p.Blocks)
		}
		// An answer carries Helpful buttons valued by its entry.
		fda := `"action_id":"exobot_helpful","value":"are-exosomes-fda-approved"`
		if !strings.Contains(byChannel["D7"], fda) {
			t.Errorf("the follow-up after the FDA answer got %s, want the FDA answer", byChannel["D7"])
		}
		if strings.Contains(byChannel["D8"], "exobot_helpful") {
			t.Errorf("the same words with no conversation got %s, want a decline", byChannel["D8"])
		}
	})

	t.Run("assistant_thread_started sets suggested prompts", func(t *testing.T) {
		post(t, slackfake.EventRequest(testSlackSigning, s.url+"/slack/events",
			slackfake.EventCallbackOf("EvA1", slackfake.AssistantThreadStarted("U1", "D1", "1700000000.000100", ""))))
		calls, err := sf.WaitSurface(slackfake.MethodSetSuggestedPrompts, 1, waitLong)
		if err != nil {
			t.Fatal(err)
		}
		prompts, err := calls[0].Prompts()
		if err != nil || len(prompts) < 3 || len(prompts) > 4 {
			t.Errorf("prompts %+v (%v), want three or four", prompts, err)
		}
	})

	t.Run("the Ask exobot shortcut answers privately; Share posts publicly", func(t *testing.T) {
		before := len(sf.Posts())
		post(t, slackfake.InteractionRequest(testSlackSigning, s.url+"/slack/interactivity", slackfake.MessageShortcut(slackfake.Shortcut{
			CallbackID: "ask_exobot", UserID: "U2", UserName: "bo", Channel: "C1", MessageTS: "1700000000.000001", MessageUser: "U3",
			Text: "are exosomes FDA approved??", ResponseURL: sf.ResponseURL("shortcut"), TriggerID: "trs1"})))
		posts, err := sf.WaitPosts(before+1, waitLong)
		if err != nil {
			t.Fatal(err)
		}
		p := posts[before]
		if p.Method != slackfake.MethodResponseURL || p.ResponseType != "ephemeral" || !strings.Contains(p.Text, "FDA") ||
			!strings.Contains(string(p.Blocks), `"exobot_share"`) {
			t.Fatalf("shortcut answer %+v, want a private answer about the FDA with Share in channel", p)
		}
		post(t, slackfake.InteractionRequest(testSlackSigning, s.url+"/slack/interactivity", slackfake.BlockActions(slackfake.Click{
			ActionID: "exobot_share", BlockID: "feedback", Value: "are-exosomes-fda-approved", UserID: "U2", UserName: "bo",
			Channel: "C1", MessageTS: "1700000000.000002", Ephemeral: true, ResponseURL: sf.ResponseURL("share")})))
		posts, err = sf.WaitPosts(before+2, waitLong)
		if err != nil {
			t.Fatal(err)
		}
		if p := posts[before+1]; p.Method != slackfake.MethodPostMessage || p.Channel != "C1" || !strings.Contains(string(p.Blocks), "Shared by *bo*") {
			t.Errorf("shared answer %+v, want it in C1 headed by bo", p)
		}
	})
}
