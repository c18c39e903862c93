package discordfake

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const wait = 5 * time.Second

func TestSigner(t *testing.T) {
	s := NewSigner(nil)
	body := []byte(`{"type":1}`)
	ts := time.Unix(1700000000, 0)
	sig, stamp := s.Sign(body, ts)
	if stamp != "1700000000" {
		t.Errorf("timestamp %q", stamp)
	}
	raw, err := hex.DecodeString(sig)
	if err != nil || !ed25519.Verify(s.PublicKey(), append([]byte(stamp), body...), raw) {
		t.Fatal("signature does not verify over timestamp+body")
	}
	if ed25519.Verify(s.PublicKey(), append([]byte(stamp), `{"type":2}`...), raw) {
		t.Fatal("signature verifies another body")
	}
	seeded1, seeded2 := NewSigner([]byte("seed")), NewSigner([]byte("seed"))
	if seeded1.PublicKeyHex() != seeded2.PublicKeyHex() {
		t.Error("seeded signers differ")
	}
	random1, random2 := NewSigner(nil), NewSigner(nil)
	if random1.PublicKeyHex() == random2.PublicKeyHex() {
		t.Error("random signers are equal")
	}
	req, err := s.NewRequest("http://127.0.0.1/x", body, ts)
	if err != nil {
		t.Fatal(err)
	}
	if req.Header.Get("X-Signature-Ed25519") != sig || req.Header.Get("X-Signature-Timestamp") != stamp {
		t.Error("request headers do not carry the signature")
	}
}

func do(t *testing.T, method, url, auth string, body string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func TestServer_RoutesRecordAndAuth(t *testing.T) {
	s := New(Options{BotToken: "a.b.c"})
	defer s.Close()
	bot := "Bot a.b.c"
	if code, b := do(t, "POST", s.APIURL+"channels/42/messages", bot, `{"content":"hi","message_reference":{"message_id":"7"}}`); code != 200 ||
		!bytes.Contains(b, []byte(`"channel_id":"42"`)) || !bytes.Contains(b, []byte(`"type":19`)) {
		t.Errorf("create message → %d %s", code, b)
	}
	if code, _ := do(t, "POST", s.APIURL+"channels/42/messages", "Bot wrong", `{}`); code != 401 {
		t.Errorf("wrong token → %d, want 401", code)
	}
	if code, _ := do(t, "POST", s.APIURL+"interactions/1/tok/callback", "", `{"type":4}`); code != 204 {
		t.Errorf("callback without a token → %d, want 204", code)
	}
	if code, b := do(t, "GET", s.APIURL+"gateway", "", ""); code != 200 || !bytes.Contains(b, []byte(s.GatewayURL)) {
		t.Errorf("gateway → %d %s", code, b)
	}
	if code, _ := do(t, "GET", s.APIURL+"no/such/route", bot, ""); code != 404 {
		t.Errorf("unknown route → %d, want 404", code)
	}
	reqs := s.Requests()
	if len(reqs) != 5 {
		t.Fatalf("%d records, want 5", len(reqs))
	}
	r := reqs[0]
	if r.Seq != 1 || r.Route != RouteCreateMessage || r.Params["channel"] != "42" || r.Status != 200 || string(r.Body) == "" {
		t.Errorf("first record %+v", r)
	}
	if reqs[2].Params["interaction"] != "1" || reqs[2].Params["token"] != "tok" {
		t.Errorf("callback params %v", reqs[2].Params)
	}
	if reqs[4].Route != "GET no/such/route" {
		t.Errorf("unmatched route recorded as %q", reqs[4].Route)
	}
}

func TestServer_FaultSchedule(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.AddFault(Fault{Route: RouteCreateMessage, Skip: 1, Times: 2, Status: 429, RetryAfter: 1500 * time.Millisecond, Global: true})
	s.AddFault(Fault{Route: RouteCreateMessage, Status: 500})
	var codes []int
	var body429 []byte
	for range 5 {
		code, b := do(t, "POST", s.APIURL+"channels/1/messages", "", `{}`)
		codes = append(codes, code)
		if code == 429 {
			body429 = b
		}
	}
	if want := []int{200, 429, 429, 500, 200}; !equal(codes, want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
	var rl struct {
		RetryAfter float64 `json:"retry_after"`
		Global     bool    `json:"global"`
	}
	if json.Unmarshal(body429, &rl) != nil || rl.RetryAfter != 1.5 || !rl.Global {
		t.Errorf("429 body %s", body429)
	}
	// Faults on another route leave this one alone; Drop closes the connection.
	s.AddFault(Fault{Route: RouteTyping, Drop: true})
	if code, _ := do(t, "POST", s.APIURL+"channels/1/messages", "", `{}`); code != 200 {
		t.Errorf("unrelated route → %d", code)
	}
	if code, _ := do(t, "POST", s.APIURL+"channels/1/typing", "", ``); code != 0 {
		t.Errorf("dropped call → %d, want no response", code)
	}
	// A dropped call is recorded after the connection closes: wait for it.
	faults, err := s.Wait(4, wait, func(r Request) bool { return r.Fault })
	if err != nil || len(faults) != 4 || faults[3].Status != 0 {
		t.Errorf("%d calls marked as faults (%v), want 4, the last unanswered", len(faults), err)
	}
}

func equal(a, b []int) bool {
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

func TestWait_TimesOutWithWhatItSaw(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	do(t, "GET", s.APIURL+"gateway", "", "")
	start := time.Now()
	got, err := s.Wait(2, 50*time.Millisecond, Route(RouteGateway))
	if err == nil || len(got) != 1 {
		t.Errorf("Wait → %d records, %v; want 1 and a timeout error", len(got), err)
	}
	if time.Since(start) > time.Second {
		t.Error("Wait overran its timeout")
	}
}

// TestWait_ManyWritersOneWaiter is the load-test shape: many concurrent
// records, one waiter for all of them.
func TestWait_ManyWritersOneWaiter(t *testing.T) {
	var j journal[int]
	const n = 10000
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n / 8 {
				j.add(func(int) int { return w*n + i })
			}
		}()
	}
	got, err := j.wait(n, wait, nil)
	if err != nil || len(got) != n {
		t.Fatalf("waited for %d: got %d, %v", n, len(got), err)
	}
	wg.Wait()
}

type client struct {
	t  *testing.T
	ws *websocket.Conn
}

func dial(t *testing.T, s *Server) *client {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(s.GatewayURL+"/?v=10&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	c := &client{t: t, ws: ws}
	if hello := c.read(); hello.Op != OpHello {
		t.Fatalf("first payload op %d, want HELLO", hello.Op)
	}
	return c
}

type frame struct {
	Op int             `json:"op"`
	S  int64           `json:"s"`
	T  string          `json:"t"`
	D  json.RawMessage `json:"d"`
}

func (c *client) read() frame {
	c.t.Helper()
	c.ws.SetReadDeadline(time.Now().Add(wait))
	var f frame
	if err := c.ws.ReadJSON(&f); err != nil {
		c.t.Fatalf("read: %v", err)
	}
	return f
}

func (c *client) send(op int, d any) {
	c.t.Helper()
	if err := c.ws.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		c.t.Fatal(err)
	}
}

func TestGateway_IdentifyHeartbeatDispatchResume(t *testing.T) {
	s := New(Options{BotToken: "a.b.c"})
	defer s.Close()
	c := dial(t, s)
	c.send(OpIdentify, map[string]any{"token": "Bot a.b.c", "intents": 37376, "properties": map[string]string{"os": "linux"}})
	ready := c.read()
	var rd struct {
		SessionID string `json:"session_id"`
		User      User   `json:"user"`
	}
	json.Unmarshal(ready.D, &rd)
	if ready.T != "READY" || ready.S != 1 || rd.SessionID == "" || rd.User.ID != s.BotUserID() {
		t.Fatalf("READY %+v %+v", ready, rd)
	}
	ids, err := s.Gateway.WaitIdentify(1, wait)
	if err != nil || ids[0].Intents != 37376 || ids[0].Token != "Bot a.b.c" {
		t.Fatalf("identify %+v %v", ids, err)
	}
	c.send(OpHeartbeat, 1)
	if ack := c.read(); ack.Op != OpHeartbeatACK {
		t.Fatalf("heartbeat answered with op %d", ack.Op)
	}
	seq, err := s.Gateway.DispatchMessage(Message{ID: "1", ChannelID: "2", Author: User{ID: "3"}, Content: "hi"})
	if err != nil || seq != 2 {
		t.Fatalf("dispatch seq %d, %v", seq, err)
	}
	if m := c.read(); m.T != "MESSAGE_CREATE" || m.S != 2 || !bytes.Contains(m.D, []byte(`"content":"hi"`)) {
		t.Fatalf("dispatch %+v", m)
	}

	s.Gateway.Drop()
	if _, err := s.Gateway.DispatchMessage(Message{ID: "4", ChannelID: "2", Author: User{ID: "3"}, Content: "missed"}); !errors.Is(err, ErrNotConnected) {
		t.Fatalf("dispatch while dropped: %v", err)
	}
	c2 := dial(t, s)
	c2.send(OpResume, map[string]any{"token": "Bot a.b.c", "session_id": rd.SessionID, "seq": 2})
	if m := c2.read(); m.T != "MESSAGE_CREATE" || m.S != 3 {
		t.Fatalf("replay %+v, want the missed MESSAGE_CREATE", m)
	}
	if m := c2.read(); m.T != "RESUMED" {
		t.Fatalf("after replay %+v, want RESUMED", m)
	}
	if n, err := s.Gateway.WaitConnections(2, wait); n != 2 || err != nil {
		t.Errorf("connections %d, %v", n, err)
	}
	if !s.Gateway.Connected() {
		t.Error("not connected after RESUMED")
	}

	c3 := dial(t, s)
	c3.send(OpResume, map[string]any{"token": "Bot a.b.c", "session_id": "unknown", "seq": 1})
	if m := c3.read(); m.Op != OpInvalidSession {
		t.Errorf("resume of an unknown session → op %d, want 9", m.Op)
	}
}

func TestGateway_WrongTokenClosed4004(t *testing.T) {
	s := New(Options{BotToken: "a.b.c"})
	defer s.Close()
	c := dial(t, s)
	c.send(OpIdentify, map[string]any{"token": "Bot other"})
	c.ws.SetReadDeadline(time.Now().Add(wait))
	_, _, err := c.ws.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != 4004 {
		t.Errorf("read after a bad IDENTIFY: %v, want close 4004", err)
	}
}
