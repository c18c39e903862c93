package slackfake

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorilla/websocket"
	"time"
)

func postForm(t *testing.T, s *Server, method string, v url.Values) (*http.Response, map[string]any) {
	t.Helper()
	resp, err := http.PostForm(s.APIURL()+method, v)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var m map[string]any
	_ = json.Unmarshal(body, &m)
	return resp, m
}

func TestServer_RecordsPostsAndChecksTokens(t *testing.T) {
	s := New(Options{BotToken: "xoxb-good"})
	defer s.Close()

	_, m := postForm(t, s, MethodPostMessage, url.Values{"token": {"xoxb-bad"}, "channel": {"C1"}, "text": {"hi"}})
	if m["ok"] != false || m["error"] != "invalid_auth" {
		t.Errorf("wrong token answered %v", m)
	}
	_, m = postForm(t, s, MethodPostMessage, url.Values{"token": {"xoxb-good"}, "channel": {"C1"}, "text": {"hi"}, "thread_ts": {"1.1"}, "blocks": {`[{"type":"divider"}]`}})
	if m["ok"] != true || m["ts"] == "" {
		t.Errorf("post answered %v", m)
	}
	posts, err := s.WaitPosts(1, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	p := posts[0]
	if p.Channel != "C1" || p.ThreadTS != "1.1" || p.Text != "hi" || p.Token != "xoxb-good" || p.Form.Get("token") != "" {
		t.Errorf("recorded %+v", p)
	}
	if blocks, err := p.BlockList(); err != nil || len(blocks) != 1 || blocks[0]["type"] != "divider" {
		t.Errorf("blocks %v, %v", blocks, err)
	}
	if s.Calls(MethodPostMessage) != 2 {
		t.Errorf("calls = %d", s.Calls(MethodPostMessage))
	}
}

func TestServer_FaultsAreServedInOrderThenNormalService(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.Fail(MethodAuthTest, 1, Fault{Status: http.StatusTooManyRequests})
	s.Fail(MethodAuthTest, 1, Fault{Status: http.StatusInternalServerError})
	s.Fail(MethodAuthTest, 1, Fault{SlackError: "account_inactive"})

	resp, _ := postForm(t, s, MethodAuthTest, url.Values{"token": {"t"}})
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "1" {
		t.Errorf("first call: %d Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if resp, _ := postForm(t, s, MethodAuthTest, url.Values{"token": {"t"}}); resp.StatusCode != 500 {
		t.Errorf("second call: %d", resp.StatusCode)
	}
	if _, m := postForm(t, s, MethodAuthTest, url.Values{"token": {"t"}}); m["error"] != "account_inactive" {
		t.Errorf("third call: %v", m)
	}
	if _, m := postForm(t, s, MethodAuthTest, url.Values{"token": {"t"}}); m["ok"] != true || m["user_id"] != "UBOT" {
		t.Errorf("fourth call: %v", m)
	}
}

func TestServer_WaitPostsTimesOut(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	start := time.Now()
	if _, err := s.WaitPosts(1, 30*time.Millisecond); err == nil {
		t.Fatal("WaitPosts returned without a post")
	}
	if time.Since(start) > time.Second {
		t.Error("WaitPosts overran its timeout")
	}
}

func TestServer_ConcurrentPostsAllRecorded(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	const n = 200
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			body := strings.NewReader(`{"text":"r","response_type":"ephemeral"}`)
			resp, err := http.Post(s.ResponseURL("r"+string(rune('a'+i%26))), "application/json", body)
			if err == nil {
				resp.Body.Close()
			}
		})
	}
	if _, err := s.WaitPosts(n, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for _, p := range s.Posts() {
		if p.Method != MethodResponseURL || p.ResponseType != "ephemeral" {
			t.Fatalf("recorded %+v", p)
		}
	}
}

func TestSignature_KnownVector(t *testing.T) {
	// Computed independently (Python's hmac): HMAC-SHA256 of
	// "v0:1531420618:body" with key "secret".
	got := Signature("secret", time.Unix(1531420618, 0), []byte("body"))
	const want = "v0=78e394d129df51c593e1d449277f576c39c361411fecc54edd326794263d3f84"
	if got != want {
		t.Fatalf("Signature = %q, want %q", got, want)
	}
	r := EventRequest("secret", "http://127.0.0.1/slack/events", []byte("{}"))
	ts, _ := strconv.ParseInt(r.Header.Get("X-Slack-Request-Timestamp"), 10, 64)
	if r.Header.Get("X-Slack-Signature") != Signature("secret", time.Unix(ts, 0), []byte("{}")) {
		t.Error("EventRequest's signature does not match its timestamp and body")
	}
}

// TestSocket_ScheduledDropIsNeverHandedOut: once the ack that triggers a
// scheduled drop is recorded, the dropped socket is gone from the server's
// view — Push fails, Connected is false, WaitConnections waits for a new
// socket — rather than handing out a socket that is closing (which made a
// sender burn its retries in milliseconds).
func TestSocket_ScheduledDropIsNeverHandedOut(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	dial := func() *websocket.Conn {
		t.Helper()
		c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(s.URL(), "http")+"/ws", nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		var hello map[string]any
		if err := c.ReadJSON(&hello); err != nil || hello["type"] != "hello" {
			t.Fatalf("hello: %v %v", hello, err)
		}
		return c
	}
	for round := range 50 {
		c := dial()
		if err := s.WaitConnections(round+1, 5*time.Second); err != nil {
			t.Fatal(err)
		}
		s.DropSocketAfterAcks(1)
		id, err := s.Push(EnvelopeEventsAPI, []byte(`{"type":"event_callback"}`), 0)
		if err != nil {
			t.Fatal(err)
		}
		var env map[string]any
		if err := c.ReadJSON(&env); err != nil {
			t.Fatal(err)
		}
		if err := c.WriteJSON(map[string]any{"envelope_id": id}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.WaitAck(id, 5*time.Second); err != nil {
			t.Fatal(err)
		}
		// No window: the ack is recorded and the socket is already gone.
		if s.Connected() {
			t.Fatalf("round %d: Connected after the scheduled drop", round)
		}
		if _, err := s.Push(EnvelopeEventsAPI, []byte(`{}`), 0); err == nil {
			t.Fatalf("round %d: Push succeeded on a dropped socket", round)
		}
		if err := s.WaitConnections(round+1, 20*time.Millisecond); err == nil {
			t.Fatalf("round %d: WaitConnections returned with no socket open", round)
		}
	}
}
