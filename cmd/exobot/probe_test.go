package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/adapters/slack/slackfake"
)

// TestBinary_PlatformProbe is the black-box probe of issue 12: it builds
// the real binary, serves it against the fake Discord and Slack on
// loopback, and checks the native features from the outside — /ask's
// autocomplete for "fda", the Ask exobot message command, /ask private by
// default, "exobot discord register", the Home tab, the Ask exobot
// shortcut and the assistant pane's prompts — then stops it with SIGTERM.
func TestBinary_PlatformProbe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "exobot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	df, signer := newDiscordFake(t)
	sf := newSlackFake(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	base := "http://" + addr
	env := []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(),
		"EXOBOT_HTTP_ADDR=" + addr, "EXOBOT_DATA_DIR=" + t.TempDir(), "EXOBOT_LOG_FORMAT=json",
		"DISCORD_PUBLIC_KEY=" + signer.PublicKeyHex(), "DISCORD_API_URL=" + df.APIURL,
		"SLACK_BOT_TOKEN=" + testSlackBot, "SLACK_SIGNING_SECRET=" + testSlackSigning, "SLACK_API_URL=" + sf.APIURL(),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.Command(bin, "serve") // stopped by SIGTERM in the cleanup
	cmd.Env, cmd.Dir = env, t.TempDir()
	logs := &syncBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-exited:
			if err != nil {
				t.Errorf("exobot serve exited with %v", err)
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Error("exobot serve did not stop on SIGTERM")
		}
		if t.Failed() {
			t.Logf("exobot serve logs:\n%s", logs.String())
		}
	})
	c := newClient(t)
	deadline := time.Now().Add(time.Minute)
	for {
		resp, err := c.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready after a minute (last: %v)", err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	interact := func(in discordfake.Interaction) map[string]any {
		t.Helper()
		req, _ := signer.NewRequest(base+"/discord/interactions", in.JSON(), time.Now())
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		var p map[string]any
		if resp.StatusCode != 200 || json.Unmarshal(body, &p) != nil {
			t.Fatalf("interaction %s: %d %s", in.ID, resp.StatusCode, body)
		}
		return p
	}
	user := discordfake.User{ID: "400000000000000001", Username: "alice"}
	in := func(id string, typ int) discordfake.Interaction {
		return discordfake.Interaction{ID: id, AppID: df.AppID(), Type: typ, Token: "probe-" + id,
			GuildID: "300000000000000001", ChannelID: "300000000000000002", User: user}
	}
	flags := func(p map[string]any) int { f, _ := p["data"].(map[string]any)["flags"].(float64); return int(f) }

	// Discord: autocomplete for "fda".
	ac := in("910000000000000001", discordfake.InteractionAutocomplete)
	ac.CommandName, ac.Options, ac.Focused = "ask", map[string]string{"question": "fda"}, "question"
	p := interact(ac)
	choices, _ := p["data"].(map[string]any)["choices"].([]any)
	aboutFDA := false
	for _, ch := range choices {
		name, _ := ch.(map[string]any)["name"].(string)
		aboutFDA = aboutFDA || (name != "fda" && strings.Contains(name, "FDA"))
	}
	if p["type"] != float64(8) || len(choices) < 1 || len(choices) > 25 || !aboutFDA {
		t.Errorf("autocomplete: type %v, %d choices %v; want type 8, 1-25 choices, one about the FDA", p["type"], len(choices), choices)
	}
	// The Ask exobot message command: a private answer about the FDA.
	mc := in("910000000000000002", discordfake.InteractionCommand)
	mc.CommandName, mc.CommandType = "Ask exobot", 3
	mc.Target = &discordfake.Message{ID: "910000000000000099", ChannelID: mc.ChannelID, GuildID: mc.GuildID,
		Author: discordfake.User{ID: "400000000000000002", Username: "bob"}, Content: "are exosomes FDA approved??"}
	p = interact(mc)
	if b, _ := json.Marshal(p); p["type"] != float64(4) || flags(p)&64 == 0 || !strings.Contains(string(b), "are-exosomes-fda-approved") {
		t.Errorf("Ask exobot: %s; want a private answer about the FDA", b)
	}
	// /ask: private by default.
	ask := in("910000000000000003", discordfake.InteractionCommand)
	ask.CommandName, ask.Options = "ask", map[string]string{"question": "what are exosomes?"}
	if p = interact(ask); flags(p)&64 == 0 {
		t.Errorf("/ask answered publicly (flags %d)", flags(p))
	}
	// exobot discord register: autocomplete, user install, the message command.
	reg := exec.CommandContext(ctx, bin, "discord", "register")
	reg.Env, reg.Dir = append(env, "DISCORD_BOT_TOKEN="+testDiscordToken), t.TempDir()
	if out, err := reg.CombinedOutput(); err != nil {
		t.Fatalf("discord register: %v\n%s", err, out)
	}
	reqs, err := df.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteGlobalCommands))
	if err != nil {
		t.Fatal(err)
	}
	body := string(reqs[0].Body)
	for _, want := range []string{`"autocomplete":true`, `"integration_types":[0,1]`, `"contexts":[0,1,2]`, `"name":"Ask exobot"`, `"type":3`} {
		if !strings.Contains(body, want) {
			t.Errorf("registered commands lack %s: %s", want, body)
		}
	}

	// Slack: the Home tab, the shortcut, the assistant pane.
	send := func(req *http.Request) {
		t.Helper()
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d", req.URL.Path, resp.StatusCode)
		}
	}
	send(slackfake.EventRequest(testSlackSigning, base+"/slack/events", slackfake.EventCallbackOf("EvP1", slackfake.AppHomeOpened("U1", "home", ""))))
	if calls, err := sf.WaitSurface(slackfake.MethodViewsPublish, 1, waitLong); err != nil || !strings.Contains(calls[0].Form.Get("view"), `"type":"home"`) {
		t.Errorf("app_home_opened: no Home view published (%v)", err)
	}
	send(slackfake.InteractionRequest(testSlackSigning, base+"/slack/interactivity", slackfake.MessageShortcut(slackfake.Shortcut{
		CallbackID: "ask_exobot", UserID: "U2", Channel: "C1", MessageTS: "1700000000.000001", Text: "are exosomes FDA approved??",
		ResponseURL: sf.ResponseURL("probe"), TriggerID: "probe-1"})))
	if posts, err := sf.WaitPosts(1, waitLong); err != nil || posts[0].ResponseType != "ephemeral" || !strings.Contains(string(posts[0].Blocks), "are-exosomes-fda-approved") {
		t.Errorf("ask_exobot shortcut: %+v (%v); want a private answer about the FDA", posts, err)
	}
	send(slackfake.EventRequest(testSlackSigning, base+"/slack/events",
		slackfake.EventCallbackOf("EvP2", slackfake.AssistantThreadStarted("U1", "D1", "1700000000.000100", ""))))
	if calls, err := sf.WaitSurface(slackfake.MethodSetSuggestedPrompts, 1, waitLong); err != nil {
		t.Errorf("assistant_thread_started: no suggested prompts (%v)", err)
	} else if prompts, _ := calls[0].Prompts(); len(prompts) < 3 || len(prompts) > 4 {
		t.Errorf("assistant_thread_started: %d prompts, want three or four", len(prompts))
	}
}
