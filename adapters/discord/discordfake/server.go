// Package discordfake is a fake Discord for tests: an httptest REST server
// and a gateway websocket on loopback that record what a client sends them,
// answer like Discord does, and fail on demand.
//
// It speaks raw JSON (and gorilla/websocket for the gateway) and does not
// import discordgo, so it checks the client's wire format rather than
// sharing its types. Everything it records can be read back and awaited
// with a timeout; waits are event-driven, never polling or sleeping.
//
//	srv := discordfake.New(discordfake.Options{BotToken: "x.y.z"})
//	defer srv.Close()
//	// point the client's REST base URL at srv.APIURL; GET gateway hands out srv.GatewayURL
//	srv.Gateway.WaitIdentify(1, 5*time.Second)
//	srv.Gateway.DispatchMessage(discordfake.Message{...})
//	reqs, err := srv.Wait(1, 5*time.Second, discordfake.Route("POST channels/{channel}/messages"))
//
// The REST server records a call before it sends the response, so a client
// that has seen a response will find the call in Requests. A Server is safe
// for concurrent use.
package discordfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options configures a Server. The zero value is usable.
type Options struct {
	// AppID is the application id (default "100000000000000001").
	AppID string
	// BotUserID is the bot user's id (default: AppID, as for modern apps).
	BotUserID string
	// BotUsername is the bot user's name (default "exobot").
	BotUsername string
	// BotToken, when set, is required: bot-authenticated REST routes answer
	// 401 unless the Authorization header is "Bot "+BotToken, and the
	// gateway closes with 4004 on an IDENTIFY carrying another token.
	// Interaction callbacks and webhook routes need no token, as on Discord.
	BotToken string
	// HeartbeatInterval is sent in HELLO (default 41.25 s).
	HeartbeatInterval time.Duration
	// MaxBody bounds a recorded request body (default 2 MiB).
	MaxBody int64
}

// Request is one REST call the server received.
type Request struct {
	// Seq is the 1-based order of arrival.
	Seq int
	// Method is the HTTP method.
	Method string
	// Path is relative to the API base, without the query:
	// "channels/42/messages".
	Path string
	// RawQuery is the query string, without "?".
	RawQuery string
	// Route is the method and the matched route pattern, such as
	// "POST channels/{channel}/messages", or the method and path when no
	// route matched.
	Route string
	// Params are the pattern's placeholders: channel, app, guild,
	// interaction, token, message.
	Params map[string]string
	// Header is the request's header.
	Header http.Header
	// Body is the raw request body.
	Body []byte
	// Status is what the server answered; 0 when it dropped the connection.
	Status int
	// Fault reports that an injected fault answered this call.
	Fault bool
	// Response is the body the server answered (a created message, with
	// its id), nil when it dropped the connection.
	Response []byte
}

// Decode unmarshals the request body into v.
func (r Request) Decode(v any) error { return json.Unmarshal(r.Body, v) }

// Route returns a match function selecting requests by route, such as
// "POST channels/{channel}/messages", for Wait.
func Route(route string) func(Request) bool {
	return func(r Request) bool { return r.Route == route }
}

// Succeeded returns a match function selecting requests on route that the
// server answered with a 2xx status.
func Succeeded(route string) func(Request) bool {
	return func(r Request) bool { return r.Route == route && r.Status >= 200 && r.Status < 300 }
}

// The routes the server implements, as they appear in Request.Route.
const (
	RouteGateway          = "GET gateway"
	RouteGatewayBot       = "GET gateway/bot"
	RouteCreateMessage    = "POST channels/{channel}/messages"
	RouteTyping           = "POST channels/{channel}/typing"
	RouteGlobalCommands   = "PUT applications/{app}/commands"
	RouteGuildCommands    = "PUT applications/{app}/guilds/{guild}/commands"
	RouteCallback         = "POST interactions/{interaction}/{token}/callback"
	RouteEditWebhookMsg   = "PATCH webhooks/{app}/{token}/messages/{message}"
	RouteDeleteWebhookMsg = "DELETE webhooks/{app}/{token}/messages/{message}"
	RouteFollowup         = "POST webhooks/{app}/{token}"
	RouteCurrentUser      = "GET users/@me"
	RouteCurrentApp       = "GET oauth2/applications/@me"
)

// Fault makes matching REST calls fail. Faults are consulted in the order
// they were added; the first whose Route matches a call decides it.
type Fault struct {
	// Route selects calls by route (see the Route constants); "" matches all.
	Route string
	// Skip lets this many matching calls through before the fault starts.
	Skip int
	// Times is how many matching calls fail (default 1).
	Times int
	// Status is the HTTP status to answer, such as 429 or 500.
	Status int
	// RetryAfter is the 429 body's retry_after and the Retry-After header.
	RetryAfter time.Duration
	// Global marks a 429 as a global rate limit.
	Global bool
	// Drop closes the connection without answering instead.
	Drop bool
}

// Server is a fake Discord REST API with a fake gateway. Create it with New.
type Server struct {
	// APIURL is the REST base URL, ending in "/api/v10/".
	APIURL string
	// GatewayURL is the websocket address GET gateway hands out.
	GatewayURL string
	// Gateway is the fake gateway websocket.
	Gateway *Gateway

	opts     Options
	http     *httptest.Server
	requests journal[Request]

	mu     sync.Mutex
	faults []*Fault
	nextID atomic.Int64
}

// New starts a Server on 127.0.0.1. Close it when done.
func New(opts Options) *Server {
	if opts.AppID == "" {
		opts.AppID = "100000000000000001"
	}
	if opts.BotUserID == "" {
		opts.BotUserID = opts.AppID
	}
	if opts.BotUsername == "" {
		opts.BotUsername = "exobot"
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = 41250 * time.Millisecond
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = 2 << 20
	}
	s := &Server{opts: opts}
	s.nextID.Store(900000000000000000)
	s.Gateway = newGateway(s)
	mux := http.NewServeMux()
	mux.HandleFunc("/api/v10/", s.serveREST)
	mux.HandleFunc("/gateway-ws/", s.Gateway.serve)
	mux.HandleFunc("/gateway-ws", s.Gateway.serve)
	s.http = httptest.NewServer(mux)
	s.APIURL = s.http.URL + "/api/v10/"
	s.GatewayURL = "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gateway-ws"
	return s
}

// Close shuts the server and every gateway connection down.
func (s *Server) Close() {
	s.Gateway.closeAll()
	s.http.CloseClientConnections()
	s.http.Close()
}

// AppID is the fake application's id.
func (s *Server) AppID() string { return s.opts.AppID }

// BotUserID is the fake bot user's id.
func (s *Server) BotUserID() string { return s.opts.BotUserID }

// BotUser is the fake bot user.
func (s *Server) BotUser() User {
	return User{ID: s.opts.BotUserID, Username: s.opts.BotUsername, Bot: true}
}

// AddFault schedules a fault for the next matching REST calls.
func (s *Server) AddFault(f Fault) {
	if f.Times <= 0 {
		f.Times = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &f)
}

// Requests returns every REST call received so far, in order.
func (s *Server) Requests() []Request { return s.requests.snapshot() }

// Wait waits until at least n received REST calls satisfy match (nil
// matches all) and returns all the matching calls so far; after timeout it
// returns an error with the ones it saw.
func (s *Server) Wait(n int, timeout time.Duration, match func(Request) bool) ([]Request, error) {
	return s.requests.wait(n, timeout, match)
}

// NewID returns a fresh snowflake-like id.
func (s *Server) NewID() string { return strconv.FormatInt(s.nextID.Add(1), 10) }

type route struct {
	method  string
	pattern []string
	name    string
	bot     bool // needs the bot token
	handle  func(s *Server, w http.ResponseWriter, rec *Request)
}

var routes = func() []route {
	r := func(name string, bot bool, h func(*Server, http.ResponseWriter, *Request)) route {
		method, path, _ := strings.Cut(name, " ")
		return route{method: method, pattern: strings.Split(path, "/"), name: name, bot: bot, handle: h}
	}
	return []route{
		r(RouteGateway, false, (*Server).gateway),
		r(RouteGatewayBot, true, (*Server).gatewayBot),
		r(RouteCreateMessage, true, (*Server).createMessage),
		r(RouteTyping, true, noContent),
		r(RouteGlobalCommands, true, (*Server).putCommands),
		r(RouteGuildCommands, true, (*Server).putCommands),
		r(RouteCallback, false, (*Server).callback),
		r(RouteEditWebhookMsg, false, (*Server).webhookMessage),
		r(RouteDeleteWebhookMsg, false, noContent),
		r(RouteFollowup, false, (*Server).followup),
		r(RouteCurrentUser, true, (*Server).currentUser),
		r(RouteCurrentApp, true, (*Server).currentApp),
	}
}()

func (rt route) match(method string, parts []string) (map[string]string, bool) {
	if method != rt.method || len(parts) != len(rt.pattern) {
		return nil, false
	}
	var params map[string]string
	for i, p := range rt.pattern {
		if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}") {
			if parts[i] == "" {
				return nil, false
			}
			if params == nil {
				params = make(map[string]string, 4)
			}
			params[p[1:len(p)-1]] = parts[i]
			continue
		}
		if p != parts[i] {
			return nil, false
		}
	}
	return params, true
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	rec := Request{
		Method:   r.Method,
		Path:     strings.TrimPrefix(r.URL.Path, "/api/v10/"),
		RawQuery: r.URL.RawQuery,
		Header:   r.Header.Clone(),
		Body:     body,
	}
	rec.Route = rec.Method + " " + rec.Path
	var rt *route
	parts := strings.Split(rec.Path, "/")
	for i := range routes {
		if params, ok := routes[i].match(r.Method, parts); ok {
			rt, rec.Route, rec.Params = &routes[i], routes[i].name, params
			break
		}
	}
	// Answer into a buffer, record, then send: whoever sees the response
	// can rely on finding the record.
	buf := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
	drop := s.answer(buf, r, &rec, rt, err)
	if !drop {
		rec.Response = slices.Clone(buf.body.Bytes())
	}
	s.requests.add(func(seq int) Request { rec.Seq = seq; return rec })
	if drop {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		http.Error(w, "connection dropped", http.StatusBadGateway)
		return
	}
	for k, v := range buf.header {
		w.Header()[k] = v
	}
	w.WriteHeader(buf.status)
	w.Write(buf.body.Bytes())
}

// bufferedResponse holds a response until the request is recorded.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }

// answer decides and writes the response, filling rec.Status and rec.Fault.
// It reports whether to drop the connection instead.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, rec *Request, rt *route, readErr error) (drop bool) {
	if readErr != nil {
		writeError(w, rec, http.StatusRequestEntityTooLarge, 0, "request body too large")
		return false
	}
	if f := s.takeFault(rec.Route); f != nil {
		rec.Fault = true
		switch {
		case f.Drop:
			rec.Status = 0
			return true
		case f.Status == http.StatusTooManyRequests:
			secs := f.RetryAfter.Seconds()
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(secs))))
			if f.Global {
				w.Header().Set("X-RateLimit-Global", "true")
				w.Header().Set("X-RateLimit-Scope", "global")
			} else {
				w.Header().Set("X-RateLimit-Scope", "user")
			}
			writeJSON(w, rec, http.StatusTooManyRequests, map[string]any{
				"message": "You are being rate limited.", "retry_after": secs, "global": f.Global,
			})
		default:
			writeError(w, rec, f.Status, 0, http.StatusText(f.Status))
		}
		return false
	}
	if rt == nil {
		writeError(w, rec, http.StatusNotFound, 0, "404: Not Found")
		return false
	}
	if rt.bot && s.opts.BotToken != "" && r.Header.Get("Authorization") != "Bot "+s.opts.BotToken {
		writeError(w, rec, http.StatusUnauthorized, 0, "401: Unauthorized")
		return false
	}
	rt.handle(s, w, rec)
	return false
}

func (s *Server) takeFault(routeName string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Route != "" && f.Route != routeName {
			continue
		}
		if f.Skip > 0 {
			f.Skip--
			return nil
		}
		f.Times--
		if f.Times <= 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		c := *f
		return &c
	}
	return nil
}

func writeJSON(w http.ResponseWriter, rec *Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"message":"fake: marshal error","code":0}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
	rec.Status = status
}

func writeError(w http.ResponseWriter, rec *Request, status, code int, msg string) {
	writeJSON(w, rec, status, map[string]any{"message": msg, "code": code})
}

func noContent(_ *Server, w http.ResponseWriter, rec *Request) {
	w.WriteHeader(http.StatusNoContent)
	rec.Status = http.StatusNoContent
}

func (s *Server) gateway(w http.ResponseWriter, rec *Request) {
	writeJSON(w, rec, http.StatusOK, map[string]any{"url": s.GatewayURL})
}

func (s *Server) gatewayBot(w http.ResponseWriter, rec *Request) {
	writeJSON(w, rec, http.StatusOK, map[string]any{
		"url": s.GatewayURL, "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
	})
}

// messageFromBody echoes a message payload back as the message Discord
// would create, with an id, the channel and the bot as author.
func (s *Server) messageFromBody(rec *Request, channelID string) (map[string]any, error) {
	m := map[string]any{}
	if len(rec.Body) > 0 {
		if err := json.Unmarshal(rec.Body, &m); err != nil {
			return nil, err
		}
	}
	delete(m, "allowed_mentions")
	delete(m, "message_reference")
	m["id"] = s.NewID()
	m["channel_id"] = channelID
	m["type"] = 0
	m["author"] = s.BotUser()
	m["timestamp"] = time.Now().UTC().Format(time.RFC3339)
	return m, nil
}

// callback takes an interaction's first response, checked against
// Discord's rules.
func (s *Server) callback(w http.ResponseWriter, rec *Request) {
	if why := checkCallback(rec.Body); why != "" {
		invalidBody(w, rec, why)
		return
	}
	noContent(s, w, rec)
}

// checkBody checks a message body against Discord's limits; false means
// the request was answered 400.
func checkBody(w http.ResponseWriter, rec *Request) bool {
	var m wireMessage
	if err := json.Unmarshal(rec.Body, &m); err != nil {
		writeError(w, rec, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return false
	}
	if why := checkMessage(m); why != "" {
		invalidBody(w, rec, why)
		return false
	}
	return true
}

func (s *Server) createMessage(w http.ResponseWriter, rec *Request) {
	if !checkBody(w, rec) {
		return
	}
	m, err := s.messageFromBody(rec, rec.Params["channel"])
	if err != nil {
		writeError(w, rec, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	if ref, ok := decodeRef(rec.Body); ok {
		m["message_reference"] = ref
		m["type"] = 19
	}
	writeJSON(w, rec, http.StatusOK, m)
}

func decodeRef(body []byte) (map[string]any, bool) {
	var v struct {
		Ref map[string]any `json:"message_reference"`
	}
	if json.Unmarshal(body, &v) != nil || v.Ref == nil {
		return nil, false
	}
	return v.Ref, true
}

func (s *Server) webhookMessage(w http.ResponseWriter, rec *Request) {
	if !checkBody(w, rec) {
		return
	}
	m, err := s.messageFromBody(rec, "")
	if err != nil {
		writeError(w, rec, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	m["webhook_id"] = rec.Params["app"]
	writeJSON(w, rec, http.StatusOK, m)
}

func (s *Server) followup(w http.ResponseWriter, rec *Request) {
	if !checkBody(w, rec) {
		return
	}
	q, _ := url.ParseQuery(rec.RawQuery)
	if q.Get("wait") != "true" {
		noContent(s, w, rec)
		return
	}
	s.webhookMessage(w, rec)
}

func (s *Server) putCommands(w http.ResponseWriter, rec *Request) {
	if why := checkCommands(rec.Body); why != "" {
		invalidBody(w, rec, why)
		return
	}
	var cmds []map[string]any
	if err := json.Unmarshal(rec.Body, &cmds); err != nil {
		writeError(w, rec, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	for _, c := range cmds {
		c["id"] = s.NewID()
		c["application_id"] = rec.Params["app"]
		c["version"] = s.NewID()
		if g := rec.Params["guild"]; g != "" {
			c["guild_id"] = g
		}
	}
	writeJSON(w, rec, http.StatusOK, cmds)
}

func (s *Server) currentUser(w http.ResponseWriter, rec *Request) {
	writeJSON(w, rec, http.StatusOK, s.BotUser())
}

func (s *Server) currentApp(w http.ResponseWriter, rec *Request) {
	writeJSON(w, rec, http.StatusOK, map[string]any{
		"id": s.opts.AppID, "name": s.opts.BotUsername, "bot_public": true, "bot": s.BotUser(),
	})
}

// String describes a request for test failure messages (no body).
func (r Request) String() string {
	return fmt.Sprintf("#%d %s %s -> %d", r.Seq, r.Route, r.Path, r.Status)
}
