// Package slackfake is a fake Slack for tests, on loopback: the Web API
// methods a bot uses (auth.test, chat.postMessage, chat.postEphemeral,
// apps.connections.open), response_url endpoints, and a Socket Mode
// websocket. It records what it receives, can push Socket Mode requests and
// inject faults (429 with Retry-After, 5xx, ok:false, a dropped socket), and
// builds signed HTTP requests for an Events API endpoint.
//
// It speaks raw JSON and uses gorilla/websocket; it does not import slack-go,
// so it checks a client against Slack's wire format rather than against the
// library's own idea of it.
//
// A Server is safe for concurrent use. Waits are event-driven: WaitPosts,
// WaitAck and WaitConnections return as soon as what they wait for is
// recorded.
package slackfake

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// The Web API method names the fake answers, and the name under which it
// records response_url posts.
const (
	MethodAuthTest      = "auth.test"
	MethodPostMessage   = "chat.postMessage"
	MethodPostEphemeral = "chat.postEphemeral"
	MethodConnections   = "apps.connections.open"
	MethodResponseURL   = "response_url"
)

// Options configure a Server. The zero value works: it accepts any token
// and answers auth.test as user UBOT, bot BBOT, team T0001.
type Options struct {
	// BotToken, when set, is the only token Web API methods accept (from
	// the form's token field or an Authorization: Bearer header); others get
	// ok:false invalid_auth.
	BotToken string
	// AppToken, when set, is the only token apps.connections.open accepts.
	AppToken string
	// BotUserID, BotID and TeamID are auth.test's answer.
	BotUserID, BotID, TeamID string
	// PingInterval is how often the socket pings the client; 0 means 2 s.
	// (slack-go drops a connection that has not been pinged for 30 s.)
	PingInterval time.Duration
}

// Post is one message the fake received, through chat.postMessage,
// chat.postEphemeral or a response_url.
type Post struct {
	// Method is MethodPostMessage, MethodPostEphemeral or MethodResponseURL.
	Method string
	// Token is the token the call carried (empty for response_url).
	Token    string
	Channel  string
	User     string // chat.postEphemeral's recipient
	ThreadTS string
	Text     string
	// Blocks is the message's blocks as sent (JSON), nil when none.
	Blocks json.RawMessage
	// ResponseType, ReplaceOriginal and ResponseID (the path's last segment)
	// describe a response_url post.
	ResponseType    string
	ReplaceOriginal bool
	ResponseID      string
	// TS is the timestamp the fake gave the message (chat.postMessage).
	TS string
	// Form holds every field of a form-encoded call, token removed.
	Form url.Values
}

// BlockList decodes Blocks into generic JSON values.
func (p Post) BlockList() ([]map[string]any, error) {
	if len(p.Blocks) == 0 {
		return nil, nil
	}
	var out []map[string]any
	err := json.Unmarshal(p.Blocks, &out)
	return out, err
}

// Fault is an answer the fake gives instead of the normal one.
type Fault struct {
	// Status is the HTTP status to answer (429, 500, 503…); 0 means 200.
	Status int
	// RetryAfter is the Retry-After header's value; a 429 without one gets
	// "1".
	RetryAfter string
	// SlackError, with Status 0 or 200, answers {"ok":false,"error":SlackError}.
	SlackError string
	// Delay, with neither Status nor SlackError, serves the call normally —
	// a message is recorded — but answers only after Delay: Slack slower
	// than the client's timeout, having posted the message all the same.
	Delay time.Duration
}

// slow reports whether f is a late answer rather than a failure.
func (f Fault) slow() bool {
	return f.Delay > 0 && (f.Status == 0 || f.Status == http.StatusOK) && f.SlackError == ""
}

// lateWriter holds back a response until its delay has passed (or the
// client has gone).
type lateWriter struct {
	http.ResponseWriter
	r     *http.Request
	delay time.Duration
	once  sync.Once
}

func (l *lateWriter) wait() {
	l.once.Do(func() {
		t := time.NewTimer(l.delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-l.r.Context().Done():
		}
	})
}

func (l *lateWriter) WriteHeader(code int) { l.wait(); l.ResponseWriter.WriteHeader(code) }
func (l *lateWriter) Write(b []byte) (int, error) {
	l.wait()
	return l.ResponseWriter.Write(b)
}

// Server is a fake Slack. Create it with New and Close it when done.
type Server struct {
	opts Options
	srv  *httptest.Server

	mu     sync.Mutex
	posts  []Post
	calls  map[string]int
	faults map[string][]Fault
	acks   map[string]Ack
	conns  []*wsConn // live sockets, newest last
	nconn  int       // sockets ever established
	// dropAfter, when positive, counts acks down to a scheduled drop.
	dropAfter int
	change    chan struct{}
	closed    bool
	surface   []Call // views and assistant calls (surfaces.go)

	seq atomic.Int64
}

// New starts a fake Slack on 127.0.0.1.
func New(opts Options) *Server {
	if opts.BotUserID == "" {
		opts.BotUserID = "UBOT"
	}
	if opts.BotID == "" {
		opts.BotID = "BBOT"
	}
	if opts.TeamID == "" {
		opts.TeamID = "T0001"
	}
	if opts.PingInterval <= 0 {
		opts.PingInterval = 2 * time.Second
	}
	s := &Server{
		opts:   opts,
		calls:  make(map[string]int),
		faults: make(map[string][]Fault),
		acks:   make(map[string]Ack),
		change: make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/{method}", s.serveAPI)
	mux.HandleFunc("POST /response/{id}", s.serveResponseURL)
	mux.HandleFunc("GET /ws", s.serveSocket)
	s.srv = httptest.NewServer(mux)
	return s
}

// Close drops every socket and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	s.closed = true
	conns := s.conns
	s.conns = nil
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
	s.srv.Close()
}

// URL is the server's base URL, http://127.0.0.1:port.
func (s *Server) URL() string { return s.srv.URL }

// APIURL is the Web API base URL to give a client (slack.OptionAPIURL); it
// ends with "/".
func (s *Server) APIURL() string { return s.srv.URL + "/api/" }

// ResponseURL returns a response_url on the fake for id; posts to it are
// recorded with Method MethodResponseURL and ResponseID id.
func (s *Server) ResponseURL(id string) string { return s.srv.URL + "/response/" + url.PathEscape(id) }

// Posts returns a copy of every post received so far, in order.
func (s *Server) Posts() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.posts...)
}

// Calls returns how many times method was called (faults included).
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// WaitPosts waits until at least n posts have been received and returns
// them all, or returns an error after timeout with those received so far.
func (s *Server) WaitPosts(n int, timeout time.Duration) ([]Post, error) {
	var out []Post
	err := s.wait(timeout, func() bool {
		if len(s.posts) >= n {
			out = append([]Post(nil), s.posts...)
			return true
		}
		return false
	})
	if err != nil {
		return s.Posts(), fmt.Errorf("slackfake: waited %s for %d posts, got %d", timeout, n, len(s.Posts()))
	}
	return out, nil
}

// WaitCalls waits until method has been called at least n times.
func (s *Server) WaitCalls(method string, n int, timeout time.Duration) error {
	err := s.wait(timeout, func() bool { return s.calls[method] >= n })
	if err != nil {
		return fmt.Errorf("slackfake: waited %s for %d calls of %s, got %d", timeout, n, method, s.Calls(method))
	}
	return nil
}

// Fail makes the next count calls of method (MethodResponseURL included)
// answer f, after any faults already scheduled.
func (s *Server) Fail(method string, count int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range count {
		s.faults[method] = append(s.faults[method], f)
	}
}

// wait calls cond under the lock each time something is recorded, until it
// returns true or timeout passes.
func (s *Server) wait(timeout time.Duration, cond func() bool) error {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		ok, ch, closed := cond(), s.change, s.closed
		s.mu.Unlock()
		if ok {
			return nil
		}
		if closed {
			return errors.New("slackfake: server closed")
		}
		select {
		case <-ch:
		case <-timer.C:
			return errors.New("slackfake: timeout")
		}
	}
}

// notifyLocked wakes every waiter; s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.change)
	s.change = make(chan struct{})
}

// begin counts a call and pops its fault, if one is scheduled.
func (s *Server) begin(method string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls[method]++
	s.notifyLocked()
	q := s.faults[method]
	if len(q) == 0 {
		return Fault{}, false
	}
	s.faults[method] = q[1:]
	return q[0], true
}

func (s *Server) record(p Post) {
	s.mu.Lock()
	s.posts = append(s.posts, p)
	s.notifyLocked()
	s.mu.Unlock()
}

// writeFault answers a scheduled fault.
func writeFault(w http.ResponseWriter, f Fault) {
	if f.Status != 0 && f.Status != http.StatusOK {
		if f.Status == http.StatusTooManyRequests {
			ra := f.RetryAfter
			if ra == "" {
				ra = "1"
			}
			w.Header().Set("Retry-After", ra)
		} else if f.RetryAfter != "" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		http.Error(w, http.StatusText(f.Status), f.Status)
		return
	}
	writeJSON(w, map[string]any{"ok": false, "error": f.SlackError})
}

func writeJSON(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(b)
}

// apiRequest is a Web API call's parameters, from a form or a JSON body.
type apiRequest struct {
	token string
	form  url.Values
}

func readAPIRequest(r *http.Request) (apiRequest, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err != nil {
		return apiRequest{}, err
	}
	req := apiRequest{form: url.Values{}}
	if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		req.token = bearer
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		if len(strings.TrimSpace(string(body))) == 0 || string(body) == "null" {
			break
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			return req, err
		}
		for k, v := range m {
			switch v := v.(type) {
			case string:
				req.form.Set(k, v)
			default:
				b, _ := json.Marshal(v)
				req.form.Set(k, string(b))
			}
		}
	default:
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return req, err
		}
		req.form = form
	}
	if t := req.form.Get("token"); t != "" && req.token == "" {
		req.token = t
	}
	req.form.Del("token")
	return req, nil
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := r.PathValue("method")
	if f, ok := s.begin(method); ok {
		if !f.slow() {
			writeFault(w, f)
			return
		}
		w = &lateWriter{ResponseWriter: w, r: r, delay: f.Delay}
	}
	req, err := readAPIRequest(r)
	if err != nil {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_form_data"})
		return
	}
	want := s.opts.BotToken
	if method == MethodConnections {
		want = s.opts.AppToken
	}
	if req.token == "" {
		writeJSON(w, map[string]any{"ok": false, "error": "not_authed"})
		return
	}
	if want != "" && req.token != want {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	switch method {
	case MethodAuthTest:
		writeJSON(w, map[string]any{
			"ok": true, "url": "https://fake.slack.com/", "team": "Fake", "team_id": s.opts.TeamID,
			"user": "exobot", "user_id": s.opts.BotUserID, "bot_id": s.opts.BotID,
		})
	case MethodPostMessage, MethodPostEphemeral:
		channel := req.form.Get("channel")
		if channel == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		if req.form.Get("text") == "" && req.form.Get("blocks") == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "no_text"})
			return
		}
		ts := s.nextTS()
		p := Post{
			Method: method, Token: req.token, Channel: channel, User: req.form.Get("user"),
			ThreadTS: req.form.Get("thread_ts"), Text: req.form.Get("text"), TS: ts, Form: req.form,
		}
		if b := req.form.Get("blocks"); b != "" {
			p.Blocks = json.RawMessage(b)
			if why := CheckBlocks(p.Blocks, MaxMessageBlocks); why != "" {
				writeJSON(w, map[string]any{"ok": false, "error": "invalid_blocks", "errors": []string{why}})
				return
			}
		}
		s.record(p)
		if method == MethodPostEphemeral {
			writeJSON(w, map[string]any{"ok": true, "message_ts": ts})
			return
		}
		writeJSON(w, map[string]any{"ok": true, "channel": channel, "ts": ts,
			"message": map[string]any{"type": "message", "text": p.Text, "ts": ts, "thread_ts": p.ThreadTS, "bot_id": s.opts.BotID, "user": s.opts.BotUserID}})
	case MethodConnections:
		writeJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/ws?ticket=" + strconv.FormatInt(s.seq.Add(1), 10)})
	default:
		if !s.serveSurface(w, method, req) {
			writeJSON(w, map[string]any{"ok": false, "error": "unknown_method"})
		}
	}
}

// nextTS returns a fresh, increasing Slack-style message timestamp.
func (s *Server) nextTS() string {
	n := s.seq.Add(1)
	return fmt.Sprintf("%d.%06d", 1700000000+n/1000000, n%1000000)
}

func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	if f, ok := s.begin(MethodResponseURL); ok {
		if !f.slow() {
			writeFault(w, f)
			return
		}
		w = &lateWriter{ResponseWriter: w, r: r, delay: f.Delay}
	}
	var body struct {
		Text            string          `json:"text"`
		ThreadTS        string          `json:"thread_ts"`
		Blocks          json.RawMessage `json:"blocks"`
		ResponseType    string          `json:"response_type"`
		ReplaceOriginal bool            `json:"replace_original"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 8<<20)).Decode(&body); err != nil {
		http.Error(w, "invalid_payload", http.StatusBadRequest)
		return
	}
	if body.Text == "" && len(body.Blocks) == 0 {
		writeJSON(w, map[string]any{"ok": false, "error": "no_text"})
		return
	}
	if string(body.Blocks) == "null" {
		body.Blocks = nil
	}
	if why := CheckBlocks(body.Blocks, MaxMessageBlocks); why != "" {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_blocks", "errors": []string{why}})
		return
	}
	s.record(Post{
		Method: MethodResponseURL, ThreadTS: body.ThreadTS, Text: body.Text, Blocks: body.Blocks,
		ResponseType: body.ResponseType, ReplaceOriginal: body.ReplaceOriginal, ResponseID: r.PathValue("id"),
	})
	writeJSON(w, map[string]any{"ok": true})
}

// upgrader accepts the Origin slack-go sends (https://api.slack.com) and
// none at all.
var upgrader = websocket.Upgrader{
	CheckOrigin: func(r *http.Request) bool {
		o := r.Header.Get("Origin")
		return o == "" || o == "https://api.slack.com"
	},
}
