package slack

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// The HTTP-mode endpoints.
const (
	PathEvents        = "/slack/events"
	PathCommands      = "/slack/commands"
	PathInteractivity = "/slack/interactivity"
)

// Register adds the HTTP-mode endpoints to mux — POST /slack/events (Events
// API, url_verification included), POST /slack/commands (slash commands) and
// POST /slack/interactivity (buttons) — when the configuration has a signing
// secret; otherwise it adds nothing. Every request must carry a valid v0
// signature made less than five minutes ago (401 otherwise, checked before
// the body is parsed) and a body of at most 1 MiB (413). Events are
// acknowledged at once and answered in the background; until Run has
// checked the token, and after Run's context is done, events get 503 so
// that Slack retries them.
func (a *Adapter) Register(mux *http.ServeMux) {
	if a.cfg.SigningSecret == "" {
		return
	}
	mux.Handle("POST "+PathEvents, a.verified(a.serveEvents))
	mux.Handle("POST "+PathCommands, a.verified(a.serveCommand))
	mux.Handle("POST "+PathInteractivity, a.verified(a.serveInteraction))
}

// verified checks a request's size and signature before handing its body on.
func (a *Adapter) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		attrs := []slog.Attr{slog.String("path", r.URL.Path), slog.String("remote", r.RemoteAddr)}
		// The headers first: a request without a fresh signature is refused
		// before its body is read.
		sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
		if err != nil {
			a.refuse(w, r, http.StatusUnauthorized, reason(err), attrs)
			return
		}
		// Then a bounded number of bodies read at once, since their
		// signature can only be checked once they are whole.
		if !a.bodies.Enter(r.Context()) {
			w.Header().Set("Retry-After", "1")
			a.refuse(w, r, http.StatusServiceUnavailable, "too many requests being read", attrs)
			return
		}
		defer a.bodies.Leave()
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodySize))
		if err != nil {
			if _, tooBig := errors.AsType[*http.MaxBytesError](err); tooBig {
				a.refuse(w, r, http.StatusRequestEntityTooLarge, "body over 1 MiB", attrs)
				return
			}
			a.refuse(w, r, http.StatusBadRequest, "unreadable body", attrs)
			return
		}
		if _, err := sv.Write(body); err != nil || sv.Ensure() != nil {
			a.refuse(w, r, http.StatusUnauthorized, "signature mismatch", attrs)
			return
		}
		next(w, r, body)
	})
}

// reason describes why a signature check failed, without any header value.
func reason(err error) string {
	switch {
	case errors.Is(err, slack.ErrMissingHeaders):
		return "missing signature headers"
	case errors.Is(err, slack.ErrExpiredTimestamp):
		return "timestamp more than 5 minutes off"
	default:
		return "malformed signature headers"
	}
}

func (a *Adapter) refuse(w http.ResponseWriter, r *http.Request, code int, why string, attrs []slog.Attr) {
	a.log.LogAttrs(r.Context(), slog.LevelWarn, "slack request refused",
		append(attrs, slog.Int("status", code), slog.String("reason", why))...)
	http.Error(w, http.StatusText(code), code)
}

// notAccepting answers 503 while the adapter cannot take events.
func (a *Adapter) notAccepting(w http.ResponseWriter, r *http.Request) bool {
	if a.accepting.Load() {
		return false
	}
	a.log.LogAttrs(r.Context(), slog.LevelInfo, "slack request while not running: 503", slog.String("path", r.URL.Path))
	w.Header().Set("Retry-After", "1")
	http.Error(w, "not accepting events", http.StatusServiceUnavailable)
	return true
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &outer); err != nil {
		a.refuse(w, r, http.StatusBadRequest, "malformed JSON", nil)
		return
	}
	if outer.Type == slackevents.URLVerification {
		writeJSON(w, map[string]string{"challenge": outer.Challenge})
		return
	}
	if a.notAccepting(w, r) {
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// An event type this version cannot parse: acknowledge it, or Slack
		// would retry it for nothing.
		a.log.LogAttrs(r.Context(), slog.LevelWarn, "slack event not understood, acknowledged", slog.String("error", a.redact(err)))
		w.WriteHeader(http.StatusOK)
		return
	}
	retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
	a.onEventsAPI(r.Context(), ev, retry)
	w.WriteHeader(http.StatusOK)
}

// acceptForm is the common start of the form-encoded routes (slash
// commands, interactivity): refuse while not accepting, then parse the
// verified body. ok is false when a response has been written.
func (a *Adapter) acceptForm(w http.ResponseWriter, r *http.Request, body []byte) (url.Values, bool) {
	if a.notAccepting(w, r) {
		return nil, false
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		a.refuse(w, r, http.StatusBadRequest, "malformed form", nil)
		return nil, false
	}
	return form, true
}

func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	form, ok := a.acceptForm(w, r, body)
	if !ok {
		return
	}
	cmd := slack.SlashCommand{
		TeamID:      form.Get("team_id"),
		ChannelID:   form.Get("channel_id"),
		UserID:      form.Get("user_id"),
		Command:     form.Get("command"),
		Text:        form.Get("text"),
		ResponseURL: form.Get("response_url"),
		TriggerID:   form.Get("trigger_id"),
		APIAppID:    form.Get("api_app_id"),
	}
	if resp := a.onSlashCommand(r.Context(), cmd); resp != nil {
		writeJSON(w, resp)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	form, ok := a.acceptForm(w, r, body)
	if !ok {
		return
	}
	var ic slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &ic); err != nil {
		a.refuse(w, r, http.StatusBadRequest, "malformed payload", nil)
		return
	}
	a.onInteraction(r.Context(), ic)
	w.WriteHeader(http.StatusOK)
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}
