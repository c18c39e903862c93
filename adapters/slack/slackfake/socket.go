package slackfake

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

// Socket Mode envelope types.
const (
	EnvelopeEventsAPI   = "events_api"
	EnvelopeSlash       = "slash_commands"
	EnvelopeInteractive = "interactive"
)

// Ack is a client's acknowledgement of a pushed envelope.
type Ack struct {
	EnvelopeID string
	// Payload is the ack's payload (a slash command's immediate response),
	// nil when the client sent none.
	Payload json.RawMessage
}

// wsConn is one Socket Mode connection.
type wsConn struct {
	c    *websocket.Conn
	wmu  sync.Mutex // serialises data frames (gorilla allows one writer)
	done chan struct{}
	once sync.Once
}

func (c *wsConn) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.c.WriteMessage(websocket.TextMessage, b)
}

// close drops the connection without a close frame, as a network failure
// would.
func (c *wsConn) close() {
	c.once.Do(func() {
		close(c.done)
		_ = c.c.Close()
	})
}

func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered
	}
	conn := &wsConn{c: c, done: make(chan struct{})}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		conn.close()
		return
	}
	s.conns = append(s.conns, conn)
	s.nconn++
	n := s.nconn
	s.notifyLocked()
	s.mu.Unlock()

	defer s.drop(conn)

	hello := map[string]any{
		"type": "hello", "num_connections": 1,
		"debug_info":      map[string]any{"host": "slackfake", "approximate_connection_time": 3600},
		"connection_info": map[string]any{"app_id": "A0001"},
	}
	if err := conn.write(hello); err != nil {
		return
	}
	go s.ping(conn, n)

	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			continue
		}
		if string(ack.Payload) == "null" {
			ack.Payload = nil
		}
		s.mu.Lock()
		s.acks[ack.EnvelopeID] = Ack{EnvelopeID: ack.EnvelopeID, Payload: ack.Payload}
		drop := false
		if s.dropAfter > 0 {
			s.dropAfter--
			drop = s.dropAfter == 0
		}
		if drop {
			// Out of the list before anyone is told of the ack: from now
			// on current and WaitConnections never see this socket.
			s.removeLocked(conn)
		}
		s.notifyLocked()
		s.mu.Unlock()
		if drop {
			conn.close()
			return
		}
	}
}

// drop closes conn and takes it out of the live sockets.
func (s *Server) drop(conn *wsConn) {
	s.mu.Lock()
	s.removeLocked(conn)
	s.notifyLocked()
	s.mu.Unlock()
	conn.close()
}

// removeLocked takes conn out of the live sockets; s.mu must be held. A
// socket is removed before it is closed, so that current, Connected and
// WaitConnections never return one that is closing: a sender that found no
// socket waits for the client to reconnect instead of writing into a dead
// one (and burning its retries in milliseconds).
func (s *Server) removeLocked(conn *wsConn) {
	for i, x := range s.conns {
		if x == conn {
			s.conns = append(s.conns[:i], s.conns[i+1:]...)
			return
		}
	}
}

// ping pings the client until the connection ends.
func (s *Server) ping(conn *wsConn, n int) {
	t := time.NewTicker(s.opts.PingInterval)
	defer t.Stop()
	for {
		select {
		case <-conn.done:
			return
		case <-t.C:
			// WriteControl may run concurrently with other writes.
			if err := conn.c.WriteControl(websocket.PingMessage, []byte(strconv.Itoa(n)), time.Now().Add(5*time.Second)); err != nil {
				return
			}
		}
	}
}

// Connections returns how many sockets have been established so far.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nconn
}

// Connected reports whether a socket is open.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns) > 0
}

// WaitConnections waits until at least n sockets have been established in
// total and one is open (not dropped).
func (s *Server) WaitConnections(n int, timeout time.Duration) error {
	err := s.wait(timeout, func() bool { return s.nconn >= n && len(s.conns) > 0 })
	if err != nil {
		return fmt.Errorf("slackfake: waited %s for socket connection %d, have %d", timeout, n, s.Connections())
	}
	return nil
}

// DropSocket closes every open socket abruptly (no close frame), like a
// network failure. The client is expected to reconnect.
func (s *Server) DropSocket() {
	s.mu.Lock()
	conns := s.conns
	s.conns = nil
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
}

// DropSocketAfterAcks schedules a drop: the socket that receives the n-th
// acknowledgement from now is closed abruptly right after recording it.
// n <= 0 cancels a scheduled drop.
func (s *Server) DropSocketAfterAcks(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropAfter = max(n, 0)
}

// SendDisconnect sends {"type":"disconnect"} on the newest socket, asking
// the client to reconnect.
func (s *Server) SendDisconnect() error {
	c, err := s.current()
	if err != nil {
		return err
	}
	return c.write(map[string]any{"type": "disconnect", "reason": "refresh_requested", "debug_info": map[string]any{"host": "slackfake"}})
}

func (s *Server) current() (*wsConn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.conns) == 0 {
		return nil, errors.New("slackfake: no socket connection")
	}
	return s.conns[len(s.conns)-1], nil
}

// Push sends a Socket Mode envelope of the given type with payload on the
// newest socket and returns its envelope id. retryAttempt is reported to
// the client as the delivery attempt (0 for the first).
func (s *Server) Push(envelopeType string, payload []byte, retryAttempt int) (string, error) {
	c, err := s.current()
	if err != nil {
		return "", err
	}
	id := "env-" + strconv.FormatInt(s.seq.Add(1), 10)
	env := map[string]any{
		"envelope_id":              id,
		"type":                     envelopeType,
		"payload":                  json.RawMessage(payload),
		"accepts_response_payload": envelopeType != EnvelopeEventsAPI,
		"retry_attempt":            retryAttempt,
		"retry_reason":             "",
	}
	if retryAttempt > 0 {
		env["retry_reason"] = "timeout"
	}
	if err := c.write(env); err != nil {
		return "", fmt.Errorf("slackfake: push: %w", err)
	}
	return id, nil
}

// PushEvent pushes an Events API callback (see EventCallback).
func (s *Server) PushEvent(callback []byte) (string, error) {
	return s.Push(EnvelopeEventsAPI, callback, 0)
}

// PushSlashCommand pushes a slash command.
func (s *Server) PushSlashCommand(c SlashCommand) (string, error) {
	b, err := json.Marshal(c.fields())
	if err != nil {
		return "", err
	}
	return s.Push(EnvelopeSlash, b, 0)
}

// PushInteraction pushes an interaction payload (see BlockActions).
func (s *Server) PushInteraction(payload []byte) (string, error) {
	return s.Push(EnvelopeInteractive, payload, 0)
}

// Acks returns every acknowledgement received so far, by envelope id.
func (s *Server) Acks() map[string]Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]Ack, len(s.acks))
	for k, v := range s.acks {
		out[k] = v
	}
	return out
}

// WaitAck waits for the client to acknowledge an envelope.
func (s *Server) WaitAck(envelopeID string, timeout time.Duration) (Ack, error) {
	var a Ack
	err := s.wait(timeout, func() bool {
		var ok bool
		a, ok = s.acks[envelopeID]
		return ok
	})
	if err != nil {
		return Ack{}, fmt.Errorf("slackfake: no ack for %s within %s", envelopeID, timeout)
	}
	return a, nil
}
