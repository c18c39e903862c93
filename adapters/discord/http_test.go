package discord

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"exobot/adapters/internal/gate"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"exobot/adapters/discord/discordfake"
	"exobot/bot"
)

// httpEnv is an HTTP-interactions-only adapter (public key, no token)
// behind a real loopback HTTP server, with the fake Discord taking its
// deferred edits.
type httpEnv struct {
	srv     *discordfake.Server
	signer  *discordfake.Signer
	a       *Adapter
	ans     *fakeAnswerer
	metrics *fakeMetrics
	logs    *syncBuffer
	url     string
	cancel  context.CancelFunc
	runErr  chan error
}

func startHTTP(t *testing.T) *httpEnv {
	t.Helper()
	srv := discordfake.New(discordfake.Options{})
	t.Cleanup(srv.Close)
	signer := discordfake.NewSigner([]byte(t.Name()))
	log, logs := newTestLogger()
	e := &httpEnv{srv: srv, signer: signer, ans: newFakeAnswerer(), metrics: newFakeMetrics(), logs: logs, runErr: make(chan error, 1)}
	a, err := New(Config{PublicKey: signer.PublicKeyHex(), APIURL: srv.APIURL}, e.ans,
		Options{Logger: log, Metrics: e.metrics, ReplyTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	a.deferAfter = 200 * time.Millisecond
	e.a = a
	mux := http.NewServeMux()
	a.Register(mux)
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)
	e.url = hs.URL + "/discord/interactions"
	if a.Ready() {
		t.Error("Ready() = true before Run")
	}
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	go func() { e.runErr <- a.Run(ctx) }()
	t.Cleanup(cancel)
	waitUntil(t, "Run has started", a.Ready)
	return e
}

// post sends body signed at ts and returns the status and decoded body.
func (e *httpEnv) post(t *testing.T, body []byte, ts time.Time) (int, payload) {
	t.Helper()
	req, err := e.signer.NewRequest(e.url, body, ts)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, req)
}

func do(t *testing.T, req *http.Request) (int, payload) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var p payload
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatalf("response %q: %v", b, err)
		}
	}
	return resp.StatusCode, p
}

func (e *httpEnv) interaction(in discordfake.Interaction) []byte {
	in.AppID = e.srv.AppID()
	if in.User.ID == "" {
		in.User = alice
	}
	if in.Token == "" {
		in.Token = "htoken-" + in.ID
	}
	return in.JSON()
}

func TestInteractionsEndpoint(t *testing.T) {
	e := startHTTP(t)
	now := time.Now()
	ask := func(id, question string) []byte {
		return e.interaction(discordfake.Interaction{ID: id, Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
			CommandName: "ask", Options: map[string]string{"question": question}})
	}

	t.Run("PingAnsweredWithPong", func(t *testing.T) {
		status, p := e.post(t, discordfake.Ping("7001", e.srv.AppID()).JSON(), now)
		if status != 200 || p["type"] != float64(1) || len(p) != 1 {
			t.Errorf("PING → %d %v, want 200 {\"type\":1}", status, p)
		}
	})

	t.Run("Rejected401BeforeAnythingElse", func(t *testing.T) {
		body := ask("7002", "what are exosomes")
		other := discordfake.NewSigner([]byte("someone else"))
		badKey, _ := other.NewRequest(e.url, body, now)
		tampered, _ := e.signer.NewRequest(e.url, body, now)
		tampered.Body = io.NopCloser(bytes.NewReader(bytes.Replace(body, []byte("exosomes"), []byte("exosomez"), 1)))
		stale, _ := e.signer.NewRequest(e.url, body, now.Add(-6*time.Minute))
		future, _ := e.signer.NewRequest(e.url, body, now.Add(6*time.Minute))
		unsigned, _ := http.NewRequest(http.MethodPost, e.url, bytes.NewReader(body))
		garbled, _ := e.signer.NewRequest(e.url, body, now)
		garbled.Header.Set("X-Signature-Ed25519", "not hex")
		// The signature covers the timestamp header: re-dating a request breaks it.
		redated, _ := e.signer.NewRequest(e.url, body, now.Add(-time.Hour))
		redated.Header.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix(), 10))
		for name, req := range map[string]*http.Request{
			"other key": badKey, "tampered body": tampered, "stale timestamp": stale, "future timestamp": future,
			"unsigned": unsigned, "garbled signature": garbled, "re-dated": redated,
		} {
			if status, _ := do(t, req); status != http.StatusUnauthorized {
				t.Errorf("%s: status %d, want 401", name, status)
			}
		}
		if e.ans.calledWith(func(q bot.Question) bool { return q.Text == "what are exosomes" }) {
			t.Error("a rejected request reached the answerer")
		}
	})

	t.Run("AskAnsweredInResponse", func(t *testing.T) {
		before := len(e.srv.Requests())
		status, p := e.post(t, ask("7003", "what are exosomes"), now)
		if status != 200 || p["type"] != float64(4) {
			t.Fatalf("/ask → %d %v, want 200 with type 4", status, p)
		}
		d := p["data"].(map[string]any)
		assertNoMentions(t, "/ask response", d)
		if em := firstEmbed(t, d); !strings.Contains(em["description"].(string), "tiny vesicles") {
			t.Errorf("embed = %v", em)
		}
		if len(e.srv.Requests()) != before {
			t.Error("an answer in the HTTP response also called Discord's REST API")
		}
	})

	t.Run("SuggestedQuestionButton", func(t *testing.T) {
		body := e.interaction(discordfake.Interaction{ID: "7004", Type: discordfake.InteractionComponent, ChannelID: "dm-1", CustomID: "ask:" + entryRetinol, MessageID: "1"})
		status, p := e.post(t, body, now)
		if status != 200 || p["type"] != float64(4) {
			t.Fatalf("button → %d %v", status, p)
		}
		if !e.ans.calledWith(func(q bot.Question) bool { return q.EntryID == entryRetinol && q.User == alice.ID }) {
			t.Error("the button did not ask its entry")
		}
		assertNoMentions(t, "button response", p["data"].(map[string]any))
	})

	t.Run("FeedbackButton", func(t *testing.T) {
		body := e.interaction(discordfake.Interaction{ID: "7005", Type: discordfake.InteractionComponent, GuildID: "3001", ChannelID: "2001", CustomID: "fb:y:" + entryExosomes, MessageID: "1"})
		status, p := e.post(t, body, now)
		d, _ := p["data"].(map[string]any)
		if status != 200 || p["type"] != float64(4) || d["content"] != textFeedback || int(d["flags"].(float64))&64 == 0 {
			t.Fatalf("feedback → %d %v, want an ephemeral thank-you", status, p)
		}
		assertNoMentions(t, "feedback response", d)
		if n := e.metrics.get("feedback discord " + entryExosomes + " true"); n != 1 {
			t.Errorf("feedback metric = %d, want 1", n)
		}
	})

	t.Run("SilentAndPanicAnsweredPrivately", func(t *testing.T) {
		for q, want := range map[string]string{"silent one": textSilentAck, "panic here": textApology} {
			status, p := e.post(t, ask("7006-"+q[:5], q), now)
			d, _ := p["data"].(map[string]any)
			if status != 200 || d["content"] != want || int(d["flags"].(float64))&64 == 0 {
				t.Errorf("%q → %d %v, want an ephemeral %q", q, status, p, want)
			}
		}
	})

	t.Run("SlowAskDeferredThenEditedThroughWebhook", func(t *testing.T) {
		status, p := e.post(t, ask("7007", "slow http"), now)
		if status != 200 || p["type"] != float64(5) {
			t.Fatalf("slow /ask → %d %v, want 200 with type 5", status, p)
		}
		e.ans.release("slow http")
		reqs, err := e.srv.Wait(1, waitLong, discordfake.Succeeded(discordfake.RouteEditWebhookMsg))
		if err != nil {
			t.Fatal(err)
		}
		r := reqs[0]
		if r.Params["app"] != e.srv.AppID() || r.Params["token"] != "htoken-7007" || r.Params["message"] != "@original" {
			t.Errorf("edit went to %s", r.Path)
		}
		if r.Header.Get("Authorization") != "" {
			t.Error("the webhook edit carried an Authorization header; it needs none")
		}
		assertNoMentions(t, "deferred edit", decode(t, r.Body))
	})

	t.Run("SlowSilentDeferredThenPlaceholderDeleted", func(t *testing.T) {
		status, p := e.post(t, ask("7009", "slow silent"), now)
		if status != 200 || p["type"] != float64(5) {
			t.Fatalf("→ %d %v, want type 5", status, p)
		}
		e.ans.release("slow silent")
		if _, err := e.srv.Wait(1, waitLong, func(r discordfake.Request) bool {
			return r.Route == discordfake.RouteDeleteWebhookMsg && r.Params["token"] == "htoken-7009" && r.Params["message"] == "@original"
		}); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("ReplayedInteractionRejected", func(t *testing.T) {
		body := e.interaction(discordfake.Interaction{ID: "7008", Type: discordfake.InteractionComponent, GuildID: "3001", ChannelID: "2001", CustomID: "fb:y:replayed", MessageID: "1"})
		if status, _ := e.post(t, body, now); status != 200 {
			t.Fatalf("first → %d", status)
		}
		if status, _ := e.post(t, body, now.Add(time.Second)); status != http.StatusConflict {
			t.Errorf("replay → %d, want 409", status)
		}
		if n := e.metrics.get("feedback discord replayed true"); n != 1 {
			t.Errorf("feedback counted %d times, want 1", n)
		}
	})

	t.Run("MalformedRequests", func(t *testing.T) {
		if status, _ := e.post(t, []byte("{not json"), now); status != http.StatusBadRequest {
			t.Errorf("signed garbage → %d, want 400", status)
		}
		big := bytes.Repeat([]byte("x"), maxInteractionBody+1)
		if status, _ := e.post(t, big, now); status != http.StatusRequestEntityTooLarge {
			t.Errorf("over-long body → %d, want 413", status)
		}
		get, _ := http.NewRequest(http.MethodGet, e.url, nil)
		if status, _ := do(t, get); status != http.StatusMethodNotAllowed {
			t.Errorf("GET → %d, want 405", status)
		}
	})

	t.Run("StopsTakingWorkAfterShutdown", func(t *testing.T) {
		e.cancel()
		if err := <-e.runErr; err != nil {
			t.Fatalf("Run → %v, want nil", err)
		}
		if e.a.Ready() {
			t.Error("Ready() = true after shutdown")
		}
		if status, _ := e.post(t, discordfake.Ping("7099", e.srv.AppID()).JSON(), now); status != http.StatusServiceUnavailable {
			t.Errorf("after shutdown → %d, want 503", status)
		}
		if err := e.a.Drain(context.Background()); err != nil {
			t.Error(err)
		}
	})

	t.Run("NoSecretsOrTextInLogs", func(t *testing.T) {
		logs := e.logs.String()
		for _, s := range []string{"what are exosomes", "htoken-"} {
			if strings.Contains(logs, s) {
				t.Errorf("logs contain %q", s)
			}
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestRegister_WithoutPublicKeyMountsNothing(t *testing.T) {
	a, err := New(Config{BotToken: testToken}, newFakeAnswerer(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Register(mux)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/discord/interactions", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("POST /discord/interactions without a public key → %d, want 404", rec.Code)
	}
}

// TestInteractionsEndpoint_Concurrent signs and posts many interactions at
// once, as issue 5's load test will, and checks each is answered.
// TestInteractionsEndpoint_Concurrent sends 200 /ask interactions, 20 at a
// time, and expects each to be answered exactly once: in its HTTP response
// (type 4) or, when the answer took longer than the deferral delay — a busy
// host — deferred (type 5) and then edited in once. A failure names the
// interaction, the status, the response type and the body.
func TestInteractionsEndpoint_Concurrent(t *testing.T) {
	e := startHTTP(t)
	const n, parallel = 200, 20
	now := time.Now()
	errs := make(chan string, n)
	deferred := make(chan string, n)
	sem := make(chan struct{}, parallel)
	for i := range n {
		sem <- struct{}{}
		go func() {
			defer func() { <-sem }()
			id := itoa(int64(800000 + i))
			body := e.interaction(discordfake.Interaction{ID: id, Type: discordfake.InteractionCommand, GuildID: "3001", ChannelID: "2001",
				CommandName: "ask", Options: map[string]string{"question": "what are exosomes " + id}})
			req, _ := e.signer.NewRequest(e.url, body, now)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				errs <- "interaction " + id + ": " + err.Error()
				return
			}
			raw, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			var p payload
			if err == nil {
				err = json.Unmarshal(raw, &p)
			}
			switch {
			case err != nil || resp.StatusCode != 200:
				errs <- fmt.Sprintf("interaction %s: status %d, body %.200q (%v)", id, resp.StatusCode, raw, err)
			case p["type"] == float64(4) && strings.Contains(string(raw), "Exosomes are tiny vesicles"):
				errs <- ""
			case p["type"] == float64(5):
				deferred <- "htoken-" + id
				errs <- ""
			default:
				errs <- fmt.Sprintf("interaction %s: response type %v, want 4 with its answer or 5 (deferred): %.200q", id, p["type"], raw)
			}
		}()
	}
	for range n {
		if msg := <-errs; msg != "" {
			t.Error(msg)
		}
	}
	close(deferred)
	var tokens []string
	for tok := range deferred {
		tokens = append(tokens, tok)
	}
	if len(tokens) > 0 {
		// Each deferred answer is edited in exactly once.
		t.Logf("%d of %d interactions deferred (a slow host)", len(tokens), n)
		edits, err := e.srv.Wait(len(tokens), waitLong, discordfake.Succeeded(discordfake.RouteEditWebhookMsg))
		if err != nil {
			t.Error(err)
		}
		count := map[string]int{}
		for _, r := range edits {
			count[r.Params["token"]]++
		}
		for _, tok := range tokens {
			if count[tok] != 1 {
				t.Errorf("deferred interaction %s edited %d times, want once", tok, count[tok])
			}
		}
	}
}

// TestInteractionsEndpoint_SignatureHeadersCheckedBeforeTheBody: a request
// without a fresh, well-formed signature is refused before its body is
// read, and bodies read at once are bounded: a request that finds no slot in
// time gets 503, and the slots free up as reads finish.
func TestInteractionsEndpoint_SignatureHeadersCheckedBeforeTheBody(t *testing.T) {
	e := startHTTP(t)
	e.a.bodies = gate.New(2, 200*time.Millisecond)
	addr := strings.TrimPrefix(strings.TrimSuffix(e.url, "/discord/interactions"), "http://")
	dial := func() net.Conn {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(waitLong))
		t.Cleanup(func() { c.Close() })
		return c
	}
	status := func(c net.Conn) int {
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("reading the response: %v", err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for name, headers := range map[string]string{
		"unsigned": "",
		"stale":    fmt.Sprintf("X-Signature-Timestamp: %d\r\nX-Signature-Ed25519: %0128x\r\n", time.Now().Add(-time.Hour).Unix(), 0),
		"garbled":  fmt.Sprintf("X-Signature-Timestamp: %d\r\nX-Signature-Ed25519: zz\r\n", time.Now().Unix()),
	} {
		c := dial()
		fmt.Fprintf(c, "POST /discord/interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n%s\r\n", headers)
		if code := status(c); code != http.StatusUnauthorized {
			t.Errorf("%s request with its body pending: %d, want 401 before the body", name, code)
		}
	}
	// Two slow senders with fresh, well-formed (forged) headers hold the
	// two slots; a genuine request waits, then gets 503.
	forged := fmt.Sprintf("POST /discord/interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"+
		"X-Signature-Timestamp: %d\r\nX-Signature-Ed25519: %0128x\r\n\r\n{", time.Now().Unix(), 0)
	var slow []net.Conn
	for range 2 {
		c := dial()
		io.WriteString(c, forged)
		slow = append(slow, c)
	}
	waitUntil(t, "both slow senders to hold a slot", func() bool { return e.a.bodies.InUse() == 2 })
	ping := discordfake.Ping("7101", e.srv.AppID()).JSON()
	if code, _ := e.post(t, ping, time.Now()); code != http.StatusServiceUnavailable {
		t.Errorf("a request while every slot is held: %d, want 503", code)
	}
	for _, c := range slow {
		c.Close()
	}
	waitUntil(t, "the slots to free up", func() bool { return e.a.bodies.InUse() == 0 })
	if code, p := e.post(t, ping, time.Now()); code != http.StatusOK || p["type"] != float64(1) {
		t.Errorf("a PING once the slow senders left: %d %v, want 200 PONG", code, p)
	}
}
