package discordfake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes the fake speaks.
const (
	OpDispatch       = 0
	OpHeartbeat      = 1
	OpIdentify       = 2
	OpResume         = 6
	OpReconnect      = 7
	OpInvalidSession = 9
	OpHello          = 10
	OpHeartbeatACK   = 11
)

// Frame is one gateway payload the fake received from a client.
type Frame struct {
	// Seq is the 1-based order of arrival across all connections.
	Seq int
	// Conn is the 1-based number of the connection it arrived on.
	Conn int
	// Op is the gateway opcode.
	Op int
	// Data is the payload's "d".
	Data json.RawMessage
}

// Identify is the part of an IDENTIFY (op 2) payload the fake understands.
type Identify struct {
	Token          string            `json:"token"`
	Intents        int               `json:"intents"`
	Shard          *[2]int           `json:"shard"`
	Compress       bool              `json:"compress"`
	LargeThreshold int               `json:"large_threshold"`
	Properties     map[string]string `json:"properties"`
}

// Resume is a RESUME (op 6) payload.
type Resume struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
}

// Identify decodes an IDENTIFY frame's data.
func (f Frame) Identify() (Identify, error) {
	var id Identify
	err := json.Unmarshal(f.Data, &id)
	return id, err
}

// Resume decodes a RESUME frame's data.
func (f Frame) Resume() (Resume, error) {
	var r Resume
	err := json.Unmarshal(f.Data, &r)
	return r, err
}

// Op returns a match function selecting frames by opcode, for WaitFrames.
func Op(op int) func(Frame) bool { return func(f Frame) bool { return f.Op == op } }

// maxReplay bounds the events a session keeps for RESUME replays.
const maxReplay = 1024

type event struct {
	seq     int64
	payload []byte
}

type gwConn struct {
	n    int
	ws   *websocket.Conn
	wmu  sync.Mutex
	live bool // identified or resumed: dispatches may be sent
}

// Gateway is the fake gateway websocket: HELLO, IDENTIFY → READY,
// heartbeats → ACK, RESUME → replay + RESUMED, and dispatches pushed by
// the test. Missed dispatches are kept (up to 1,024) and replayed on a
// RESUME, as Discord does. Its methods are safe for concurrent use.
type Gateway struct {
	srv    *Server
	frames journal[Frame]
	conns  journal[int] // connection numbers, one record per accepted connection

	upgrader websocket.Upgrader

	mu        sync.Mutex
	cur       *gwConn
	all       []*gwConn
	nconn     int
	sessionID string
	sessions  int
	seq       int64
	events    []event
	noACK     bool
	refuse    int
}

func newGateway(s *Server) *Gateway {
	return &Gateway{srv: s, upgrader: websocket.Upgrader{
		CheckOrigin: func(*http.Request) bool { return true },
	}}
}

// ErrNotConnected is returned by dispatches while no client is identified
// or resumed; the event is still kept for a RESUME replay.
var ErrNotConnected = errors.New("discordfake: no live gateway connection")

func (g *Gateway) serve(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	if g.refuse > 0 {
		g.refuse--
		g.mu.Unlock()
		http.Error(w, "refused by test", http.StatusServiceUnavailable)
		return
	}
	g.mu.Unlock()
	ws, err := g.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	g.mu.Lock()
	g.nconn++
	c := &gwConn{n: g.nconn, ws: ws}
	g.all = append(g.all, c)
	g.cur = c
	interval := g.srv.opts.HeartbeatInterval.Milliseconds()
	g.mu.Unlock()
	g.conns.add(func(int) int { return c.n })

	if g.write(c, map[string]any{"op": OpHello, "d": map[string]any{"heartbeat_interval": interval}}) != nil {
		g.drop(c)
		return
	}
	go g.read(c)
}

func (g *Gateway) read(c *gwConn) {
	defer g.drop(c)
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &p) != nil {
			c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Error while decoding payload."), time.Now().Add(time.Second))
			return
		}
		switch p.Op {
		case OpHeartbeat:
			g.mu.Lock()
			ack := !g.noACK
			g.mu.Unlock()
			if ack && g.write(c, map[string]any{"op": OpHeartbeatACK}) != nil {
				return
			}
		case OpIdentify:
			if !g.identify(c, p.D) {
				return
			}
		case OpResume:
			if !g.resume(c, p.D) {
				return
			}
		}
		// Record after answering, so a waiter that sees an IDENTIFY or a
		// RESUME knows READY or RESUMED is already on the wire.
		g.frames.add(func(seq int) Frame { return Frame{Seq: seq, Conn: c.n, Op: p.Op, Data: p.D} })
	}
}

func (g *Gateway) identify(c *gwConn, d json.RawMessage) bool {
	var id Identify
	_ = json.Unmarshal(d, &id)
	if tok := g.srv.opts.BotToken; tok != "" && id.Token != "Bot "+tok {
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.sessions++
	g.sessionID = "fake-session-" + strconv.Itoa(g.sessions)
	g.seq = 0
	g.events = nil
	ready := map[string]any{
		"v":                  10,
		"session_id":         g.sessionID,
		"resume_gateway_url": g.srv.GatewayURL,
		"user":               g.srv.BotUser(),
		"application":        map[string]any{"id": g.srv.opts.AppID, "flags": 0},
		"guilds":             []any{},
		"private_channels":   []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	c.live = true
	return g.dispatchLocked(c, "READY", ready) == nil
}

func (g *Gateway) resume(c *gwConn, d json.RawMessage) bool {
	var r Resume
	_ = json.Unmarshal(d, &r)
	g.mu.Lock()
	defer g.mu.Unlock()
	if r.SessionID == "" || r.SessionID != g.sessionID {
		return g.writeLocked(c, map[string]any{"op": OpInvalidSession, "d": false}) == nil
	}
	for _, e := range g.events {
		if e.seq > r.Seq {
			if g.writeRawLocked(c, e.payload) != nil {
				return false
			}
		}
	}
	c.live = true
	return g.dispatchLocked(c, "RESUMED", map[string]any{}) == nil
}

// Dispatch sends an event (op 0) of type t with data d to the live
// connection and returns its sequence number. With no live connection it
// keeps the event for a RESUME replay and returns ErrNotConnected.
func (g *Gateway) Dispatch(t string, d any) (int64, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	c := g.cur
	if c != nil && !c.live {
		c = nil
	}
	err := g.dispatchLocked(c, t, d)
	return g.seq, err
}

// DispatchMessage pushes a MESSAGE_CREATE.
func (g *Gateway) DispatchMessage(m Message) (int64, error) {
	return g.Dispatch("MESSAGE_CREATE", m.object())
}

// DispatchInteraction pushes an INTERACTION_CREATE.
func (g *Gateway) DispatchInteraction(i Interaction) (int64, error) {
	return g.Dispatch("INTERACTION_CREATE", i.object())
}

func (g *Gateway) dispatchLocked(c *gwConn, t string, d any) error {
	g.seq++
	b, err := json.Marshal(map[string]any{"op": OpDispatch, "s": g.seq, "t": t, "d": d})
	if err != nil {
		return err
	}
	if t != "READY" && t != "RESUMED" {
		g.events = append(g.events, event{seq: g.seq, payload: b})
		if len(g.events) > maxReplay {
			g.events = append(g.events[:0], g.events[len(g.events)-maxReplay:]...)
		}
	}
	if c == nil {
		return ErrNotConnected
	}
	return g.writeRawLocked(c, b)
}

func (g *Gateway) write(c *gwConn, v any) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.writeLocked(c, v)
}

func (g *Gateway) writeLocked(c *gwConn, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return g.writeRawLocked(c, b)
}

func (g *Gateway) writeRawLocked(c *gwConn, b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

func (g *Gateway) drop(c *gwConn) {
	g.mu.Lock()
	if g.cur == c {
		g.cur = nil
	}
	c.live = false
	g.mu.Unlock()
	c.ws.Close()
}

// Drop closes the current connection abruptly (no close frame), as a
// network failure would. It reports whether there was one.
func (g *Gateway) Drop() bool {
	g.mu.Lock()
	c := g.cur
	g.mu.Unlock()
	if c == nil {
		return false
	}
	g.drop(c)
	return true
}

// RequestReconnect sends op 7 (Reconnect) on the current connection.
func (g *Gateway) RequestReconnect() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cur == nil {
		return ErrNotConnected
	}
	return g.writeLocked(g.cur, map[string]any{"op": OpReconnect, "d": nil})
}

// SetHeartbeatACK turns heartbeat ACKs on (the default) or off; a client
// that misses ACKs is expected to reconnect.
func (g *Gateway) SetHeartbeatACK(on bool) {
	g.mu.Lock()
	g.noACK = !on
	g.mu.Unlock()
}

// RefuseConnections makes the next n websocket handshakes fail with 503.
func (g *Gateway) RefuseConnections(n int) {
	g.mu.Lock()
	g.refuse = n
	g.mu.Unlock()
}

// SessionID is the current session's id ("" before the first IDENTIFY).
func (g *Gateway) SessionID() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.sessionID
}

// Connected reports whether a client is identified or resumed right now.
func (g *Gateway) Connected() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.cur != nil && g.cur.live
}

// Frames returns every payload received so far, in order.
func (g *Gateway) Frames() []Frame { return g.frames.snapshot() }

// WaitFrames waits until at least n received frames satisfy match (nil
// matches all) and returns all matching frames so far.
func (g *Gateway) WaitFrames(n int, timeout time.Duration, match func(Frame) bool) ([]Frame, error) {
	return g.frames.wait(n, timeout, match)
}

// WaitIdentify waits for the n-th IDENTIFY (answered with READY) and
// returns the IDENTIFY payloads so far.
func (g *Gateway) WaitIdentify(n int, timeout time.Duration) ([]Identify, error) {
	fs, err := g.frames.wait(n, timeout, Op(OpIdentify))
	out := make([]Identify, 0, len(fs))
	for _, f := range fs {
		id, derr := f.Identify()
		if derr != nil {
			return out, fmt.Errorf("discordfake: decode identify: %w", derr)
		}
		out = append(out, id)
	}
	return out, err
}

// WaitResume waits for the n-th RESUME (answered with a replay and
// RESUMED) and returns the RESUME payloads so far.
func (g *Gateway) WaitResume(n int, timeout time.Duration) ([]Resume, error) {
	fs, err := g.frames.wait(n, timeout, Op(OpResume))
	out := make([]Resume, 0, len(fs))
	for _, f := range fs {
		r, derr := f.Resume()
		if derr != nil {
			return out, fmt.Errorf("discordfake: decode resume: %w", derr)
		}
		out = append(out, r)
	}
	return out, err
}

// WaitConnections waits until n websocket connections have been accepted
// in total and returns how many there were.
func (g *Gateway) WaitConnections(n int, timeout time.Duration) (int, error) {
	cs, err := g.conns.wait(n, timeout, nil)
	return len(cs), err
}

func (g *Gateway) closeAll() {
	g.mu.Lock()
	all := g.all
	g.all = nil
	g.cur = nil
	g.mu.Unlock()
	for _, c := range all {
		c.ws.Close()
	}
}
