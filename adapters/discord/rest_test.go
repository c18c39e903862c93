package discord

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"exobot/adapters/discord/discordfake"
)

// restEnv is an adapter whose REST calls go to the fake, without a gateway.
type restEnv struct {
	srv     *discordfake.Server
	a       *Adapter
	metrics *fakeMetrics
	logs    *syncBuffer
}

func newRESTEnv(t *testing.T, policy retryPolicy) *restEnv {
	t.Helper()
	srv := discordfake.New(discordfake.Options{BotToken: testToken})
	t.Cleanup(srv.Close)
	log, logs := newTestLogger()
	m := newFakeMetrics()
	a, err := New(Config{BotToken: testToken, APIURL: srv.APIURL}, newFakeAnswerer(), Options{Logger: log, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	a.rest.policy = policy
	return &restEnv{srv: srv, a: a, metrics: m, logs: logs}
}

func (e *restEnv) send(ctx context.Context, channel string) error {
	msg := textMessage("hello @everyone", false)
	return e.a.rest.call(ctx, "send_message", nil, func(opts ...discordgo.RequestOption) error {
		_, err := e.a.rest.client.ChannelMessageSendComplex(channel, msg.send(nil), opts...)
		return err
	})
}

func (e *restEnv) calls(channel string) (statuses []int) {
	for _, r := range e.srv.Requests() {
		if r.Route == discordfake.RouteCreateMessage && r.Params["channel"] == channel {
			statuses = append(statuses, r.Status)
		}
	}
	return statuses
}

var fastRetry = retryPolicy{attempts: 4, backoff: 5 * time.Millisecond, maxWait: time.Second}

func TestREST_RetriesAreBounded(t *testing.T) {
	tests := []struct {
		name      string
		fault     discordfake.Fault
		ctx       time.Duration
		wantErr   bool
		wantCalls []int
		retries   int
	}{
		{name: "429 then success", fault: discordfake.Fault{Status: 429, RetryAfter: 20 * time.Millisecond, Times: 1},
			wantCalls: []int{429, 200}, retries: 1},
		{name: "500 twice then success", fault: discordfake.Fault{Status: 500, Times: 2},
			wantCalls: []int{500, 500, 200}, retries: 2},
		{name: "502 then success", fault: discordfake.Fault{Status: 502, Times: 1},
			wantCalls: []int{502, 200}, retries: 1},
		{name: "dropped connection then success", fault: discordfake.Fault{Drop: true, Times: 1},
			wantCalls: []int{0, 200}, retries: 1},
		{name: "429 forever gives up after the attempts", fault: discordfake.Fault{Status: 429, RetryAfter: 5 * time.Millisecond, Times: 100},
			wantErr: true, wantCalls: []int{429, 429, 429, 429}, retries: 3},
		{name: "500 forever gives up", fault: discordfake.Fault{Status: 500, Times: 100},
			wantErr: true, wantCalls: []int{500, 500, 500, 500}, retries: 3},
		{name: "retry_after longer than the deadline gives up at once", fault: discordfake.Fault{Status: 429, RetryAfter: 5 * time.Second, Times: 1},
			ctx: 500 * time.Millisecond, wantErr: true, wantCalls: []int{429}},
		{name: "403 is not retried", fault: discordfake.Fault{Status: 403, Times: 1},
			wantErr: true, wantCalls: []int{403}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newRESTEnv(t, fastRetry)
			tt.fault.Route = discordfake.RouteCreateMessage
			e.srv.AddFault(tt.fault)
			ctx := context.Background()
			if tt.ctx > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctx)
				defer cancel()
			}
			start := time.Now()
			err := e.send(ctx, "42")
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error: %v", err, tt.wantErr)
			}
			if elapsed := time.Since(start); elapsed > 3*time.Second {
				t.Errorf("took %v", elapsed)
			}
			if got := e.calls("42"); !equalInts(got, tt.wantCalls) {
				t.Errorf("calls answered %v, want %v", got, tt.wantCalls)
			}
			if n := e.metrics.get("retry discord send_message"); n != tt.retries {
				t.Errorf("retries counted %d, want %d", n, tt.retries)
			}
			failures := e.metrics.get("error discord send_message")
			logged := strings.Contains(e.logs.String(), "discord API call failed")
			if tt.wantErr != (failures == 1) || tt.wantErr != logged {
				t.Errorf("failure counted %d times, logged %v; want once and logged iff it gave up", failures, logged)
			}
			if err != nil && strings.Contains(err.Error(), testToken) {
				t.Error("the error contains the bot token")
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestREST_ErrorsCarryNoSecrets: interaction URLs hold a token and
// requests hold the Authorization header; neither may reach an error or a
// log line.
func TestREST_ErrorsCarryNoSecrets(t *testing.T) {
	e := newRESTEnv(t, retryPolicy{attempts: 1})
	e.srv.AddFault(discordfake.Fault{Route: discordfake.RouteCallback, Status: 429, RetryAfter: time.Minute})
	in := &discordgo.Interaction{ID: "1", AppID: "2", Token: "SECRET-INTERACTION-TOKEN"}
	err := e.a.rest.tokenRequest(context.Background(), "interaction_respond", http.MethodPost,
		discordgo.EndpointInteractionResponse(in.ID, in.Token), textMessage("x", true).response(), nil)
	if err == nil {
		t.Fatal("no error")
	}
	// A connection refused: url.Error carries the URL.
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	a, _ := New(Config{BotToken: testToken, APIURL: dead.URL + "/api/v10/"}, newFakeAnswerer(), Options{Logger: e.a.log})
	a.rest.policy = retryPolicy{attempts: 1}
	err2 := a.rest.tokenRequest(context.Background(), "interaction_edit", http.MethodPatch,
		discordgo.EndpointInteractionResponseActions("2", in.Token), textMessage("x", false).edit(), nil)
	if err2 == nil {
		t.Fatal("no error from a closed server")
	}
	for _, s := range []string{err.Error(), err2.Error(), e.logs.String()} {
		if strings.Contains(s, in.Token) || strings.Contains(s, testToken) {
			t.Errorf("secret leaked: %s", s)
		}
	}
	var ae *apiError
	if !errors.As(err, &ae) || ae.status != 429 {
		t.Errorf("err = %#v, want an apiError with status 429", err)
	}
}

func TestRewriteTransport(t *testing.T) {
	var (
		mu  sync.Mutex
		got []string
	)
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Method+" "+r.Host+r.URL.RequestURI())
		mu.Unlock()
		w.Header().Set("X-RateLimit-Reset-After", "3600")
		w.WriteHeader(204)
	}))
	defer backend.Close()
	host := strings.TrimPrefix(backend.URL, "http://")
	tr, err := newRewriteTransport(nil, backend.URL+"/proxy/discord/api/v10", 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: tr}
	for _, u := range []string{
		discordgo.EndpointAPI + "channels/1/messages",
		discordgo.EndpointGateway,
		discordgo.EndpointWebhookMessage("2", "tok", "@original") + "?wait=true",
		backend.URL + "/elsewhere", // not Discord's API: untouched
	} {
		resp, err := client.Get(u)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		resp.Body.Close()
		if ra := resp.Header.Get("X-RateLimit-Reset-After"); ra != "2.000" {
			t.Errorf("reset-after %q, want it capped to 2.000", ra)
		}
	}
	want := []string{
		"GET " + host + "/proxy/discord/api/v10/channels/1/messages",
		"GET " + host + "/proxy/discord/api/v10/gateway",
		"GET " + host + "/proxy/discord/api/v10/webhooks/2/tok/messages/@original?wait=true",
		"GET " + host + "/elsewhere",
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if discordgo.EndpointAPI != "https://discord.com/api/v9/" {
		t.Errorf("discordgo.EndpointAPI = %q: something mutated discordgo's package variables", discordgo.EndpointAPI)
	}
}

func TestRegisterCommands(t *testing.T) {
	srv := discordfake.New(discordfake.Options{BotToken: testToken, AppID: "123456789012345678"})
	defer srv.Close()
	ctx := context.Background()

	if err := RegisterCommands(ctx, Config{BotToken: testToken, APIURL: srv.APIURL}, Options{}); err != nil {
		t.Fatal(err)
	}
	reqs, err := srv.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteGlobalCommands))
	if err != nil {
		t.Fatal(err)
	}
	if reqs[0].Params["app"] != "123456789012345678" {
		t.Errorf("registered for app %q, want the one GET oauth2/applications/@me reported", reqs[0].Params["app"])
	}
	if _, err := srv.Wait(1, time.Second, discordfake.Succeeded(discordfake.RouteCurrentApp)); err != nil {
		t.Error("the application id was not looked up")
	}

	if err := RegisterCommands(ctx, Config{BotToken: testToken, APIURL: srv.APIURL, AppID: "99", GuildID: "77"}, Options{}); err != nil {
		t.Fatal(err)
	}
	reqs, err = srv.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteGuildCommands))
	if err != nil {
		t.Fatal(err)
	}
	if reqs[0].Params["app"] != "99" || reqs[0].Params["guild"] != "77" {
		t.Errorf("guild registration went to %s", reqs[0].Path)
	}
	if reqs[0].Header.Get("Authorization") != "Bot "+testToken {
		t.Error("registration was not authenticated with the bot token")
	}

	other := "MTAw.b3RoZXI.d3Jvbmc"
	m := newFakeMetrics()
	err = RegisterCommands(ctx, Config{BotToken: other, APIURL: srv.APIURL}, Options{Metrics: m})
	if err == nil || !strings.Contains(err.Error(), "401") || strings.Contains(err.Error(), other) {
		t.Errorf("wrong token: err = %v, want a 401 without the token", err)
	}
	if m.get("error discord get_application") != 1 {
		t.Error("the failure was not counted")
	}
	if err := RegisterCommands(ctx, Config{PublicKey: testPublicKey}, Options{}); err == nil {
		t.Error("registering without a token succeeded")
	}
}

func TestFixFor_NamesWhatToDo(t *testing.T) {
	for status, want := range map[int]string{401: EnvBotToken, 403: "permission", 404: "gone", 500: "", 429: ""} {
		got := fixFor(status)
		if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
			t.Errorf("fixFor(%d) = %q, want %q", status, got, want)
		}
	}
}
