package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// serveInteractions is POST /discord/interactions. It checks the request's
// Ed25519 signature and the freshness of its signed timestamp before
// anything else (401 otherwise), answers PING with PONG, and answers /ask
// and button clicks in the HTTP response — deferring (type 5) and editing
// through the interaction webhook when the answer is slow — so it needs no
// bot token and any number of replicas can share the traffic.
func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if a.stopping.Load() {
		w.Header().Set("Retry-After", "1")
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	// The headers first: a request without a fresh, well-formed signature
	// is refused before its body is read.
	stamp, sig, reason := a.signatureHeaders(r.Header)
	if reason != "" {
		a.log.Debug("discord: rejected interaction request", "reason", reason)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	// Then a bounded number of bodies read at once: the signature can only
	// be checked once a body is whole.
	if !a.bodies.Enter(r.Context()) {
		a.log.Warn("discord: too many interaction bodies being read at once: 503")
		w.Header().Set("Retry-After", "1")
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	a.bodies.Leave()
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if reason := a.verifyBody(stamp, sig, body); reason != "" {
		a.log.Debug("discord: rejected interaction request", "reason", reason)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if in.Type != discordgo.InteractionPing && !a.replay.Add(r.Context(), in.ID) {
		// A signed request is valid for minutes; Discord never sends an
		// interaction twice, so a repeat is a replay.
		a.log.Warn("discord: replayed interaction rejected", "interaction_id", in.ID)
		http.Error(w, "interaction already received", http.StatusConflict)
		return
	}
	switch in.Type {
	case discordgo.InteractionPing:
		writeJSON(w, discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent, discordgo.InteractionApplicationCommandAutocomplete:
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
		return
	}

	hr := &httpResponder{w: w, written: make(chan struct{})}
	k := a.inflight.Add("interaction " + in.ID)
	go func() {
		defer a.inflight.Done(k)
		defer hr.fail() // a response the handler never produced: 500
		ctx, cancel := a.replyContext(r.Context())
		defer cancel()
		defer a.recoverPanic("interaction_id", in.ID)
		a.handleInteraction(ctx, &in, func(ctx context.Context, resp *discordgo.InteractionResponse) error {
			err := hr.respond(ctx, resp)
			if err != nil {
				a.log.LogAttrs(ctx, slog.LevelWarn, "discord: interaction response not sent",
					append(interactionAttrs(&in), slog.String("error", err.Error()))...)
			}
			return err
		})
	}()
	select {
	case <-hr.written:
	case <-r.Context().Done():
	}
	hr.detach()
}

// signatureHeaders checks what can be checked before the body is read: a
// timestamp within maxClockSkew of now and a signature of the right shape.
func (a *Adapter) signatureHeaders(h http.Header) (stamp string, sig []byte, reason string) {
	stamp = h.Get("X-Signature-Timestamp")
	secs, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return "", nil, "missing or malformed X-Signature-Timestamp"
	}
	if skew := a.now().Sub(time.Unix(secs, 0)); skew > maxClockSkew || skew < -maxClockSkew {
		return "", nil, "stale timestamp"
	}
	sig, err = hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return "", nil, "missing or malformed X-Signature-Ed25519"
	}
	return stamp, sig, ""
}

// verifyBody checks the signature of timestamp and body.
func (a *Adapter) verifyBody(stamp string, sig, body []byte) string {
	msg := make([]byte, 0, len(stamp)+len(body))
	msg = append(append(msg, stamp...), body...)
	if !ed25519.Verify(a.pubKey, msg, sig) {
		return "bad signature"
	}
	return ""
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

// httpResponder writes an interaction's first response into the HTTP
// response, from the goroutine answering it, while the handler waits. Once
// the handler has returned (detach) the ResponseWriter is off limits.
type httpResponder struct {
	mu      sync.Mutex
	w       http.ResponseWriter
	gone    bool          // the handler returned
	done    bool          // a response was written
	written chan struct{} // closed when a response is written
}

var errRequestGone = errors.New("the HTTP request ended before the response was ready")

func (h *httpResponder) respond(_ context.Context, resp *discordgo.InteractionResponse) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(resp); err != nil {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.gone {
		return errRequestGone
	}
	if h.done {
		return errors.New("interaction already answered")
	}
	h.done = true
	h.w.Header().Set("Content-Type", "application/json")
	h.w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	h.w.WriteHeader(http.StatusOK)
	h.w.Write(buf.Bytes())
	if f, ok := h.w.(http.Flusher); ok {
		f.Flush()
	}
	close(h.written)
	return nil
}

// fail answers 500 if nothing was written and the handler still waits.
func (h *httpResponder) fail() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.gone || h.done {
		return
	}
	h.done = true
	http.Error(h.w, "internal error", http.StatusInternalServerError)
	close(h.written)
}

func (h *httpResponder) detach() {
	h.mu.Lock()
	h.gone = true
	h.mu.Unlock()
}

// guardSet is the in-memory bot.KeySet of interaction ids: a replayGuard.
type guardSet struct {
	g   *replayGuard
	now func() time.Time
}

func (s guardSet) Add(_ context.Context, id string) bool { return s.g.first(id, s.now()) }
func (s guardSet) Touch(_ context.Context, id string)    { s.g.first(id, s.now()) }
func (s guardSet) Has(context.Context, string) bool      { return false } // unused

// replayGuard remembers the interaction ids seen within the signature's
// validity window (2 × maxClockSkew), so a captured request cannot be
// replayed. It holds at most maxSeen ids; beyond that the oldest are
// forgotten early.
type replayGuard struct {
	limit int // 0: maxSeen
	mu    sync.Mutex
	ids   map[string]time.Time
	order []seenID // arrival order, for expiry
}

type seenID struct {
	id string
	at time.Time
}

const maxSeen = 200_000

// first reports whether id is new, and remembers it.
func (g *replayGuard) first(id string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ids == nil {
		g.ids = make(map[string]time.Time)
	}
	limit := g.limit
	if limit <= 0 {
		limit = maxSeen
	}
	for len(g.order) > 0 && (now.Sub(g.order[0].at) > 2*maxClockSkew || len(g.order) >= limit) {
		delete(g.ids, g.order[0].id)
		g.order = g.order[1:]
	}
	if _, dup := g.ids[id]; dup {
		return false
	}
	g.ids[id] = now
	g.order = append(g.order, seenID{id, now})
	return true
}
