package slackfake

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"
)

// Message is a message event's fields, for EventCallback. Type is
// "app_mention" or "message".
type Message struct {
	Type        string // "app_mention" or "message"
	Channel     string
	ChannelType string // "channel", "group", "im", "mpim" (message events)
	User        string
	Text        string
	TS          string
	ThreadTS    string
	BotID       string
	SubType     string
	// Edited marks the message as edited (an app_mention for an edit).
	Edited bool
}

// Mention is an app_mention of the bot in a channel.
func Mention(channel, user, text, ts, threadTS string) Message {
	return Message{Type: "app_mention", Channel: channel, User: user, Text: text, TS: ts, ThreadTS: threadTS}
}

// DM is a message in a direct conversation with the bot.
func DM(channel, user, text, ts string) Message {
	return Message{Type: "message", ChannelType: "im", Channel: channel, User: user, Text: text, TS: ts}
}

// ChannelMessage is a message in a public channel, in a thread when
// threadTS is set.
func ChannelMessage(channel, user, text, ts, threadTS string) Message {
	return Message{Type: "message", ChannelType: "channel", Channel: channel, User: user, Text: text, TS: ts, ThreadTS: threadTS}
}

func (m Message) event() map[string]any {
	ev := map[string]any{
		"type": m.Type, "channel": m.Channel, "text": m.Text, "ts": m.TS, "event_ts": m.TS,
	}
	set := func(k, v string) {
		if v != "" {
			ev[k] = v
		}
	}
	set("user", m.User)
	set("thread_ts", m.ThreadTS)
	set("channel_type", m.ChannelType)
	set("bot_id", m.BotID)
	set("subtype", m.SubType)
	if m.User != "" && m.BotID == "" {
		ev["client_msg_id"] = "msg-" + m.TS
	}
	if m.Edited {
		ev["edited"] = map[string]any{"user": m.User, "ts": m.TS}
	}
	if m.SubType == "message_changed" || m.SubType == "message_deleted" {
		inner := map[string]any{"type": "message", "user": m.User, "text": m.Text, "ts": m.TS}
		if m.SubType == "message_changed" {
			ev["message"] = inner
		} else {
			ev["previous_message"] = inner
			ev["deleted_ts"] = m.TS
		}
		delete(ev, "user")
	}
	return ev
}

// EventCallback is the Events API body (HTTP) or events_api payload
// (Socket Mode) that delivers m with the given event id.
func EventCallback(eventID string, m Message) []byte {
	b, _ := json.Marshal(map[string]any{
		"token": "legacy-verification-token", "team_id": "T0001", "api_app_id": "A0001",
		"type": "event_callback", "event_id": eventID, "event_time": 1700000000,
		"event": m.event(), "authorizations": []map[string]any{{"team_id": "T0001", "user_id": "UBOT", "is_bot": true}},
	})
	return b
}

// URLVerification is the body Slack sends when an Events URL is saved.
func URLVerification(challenge string) []byte {
	b, _ := json.Marshal(map[string]any{"token": "legacy-verification-token", "challenge": challenge, "type": "url_verification"})
	return b
}

// SlashCommand is a slash command invocation.
type SlashCommand struct {
	Command     string // e.g. "/exosomes"
	Text        string
	UserID      string
	ChannelID   string
	ResponseURL string // see Server.ResponseURL
	TriggerID   string
}

func (c SlashCommand) fields() map[string]string {
	return map[string]string{
		"token": "legacy-verification-token", "team_id": "T0001", "team_domain": "fake",
		"channel_id": c.ChannelID, "channel_name": "general", "user_id": c.UserID, "user_name": "someone",
		"command": c.Command, "text": c.Text, "response_url": c.ResponseURL, "trigger_id": c.TriggerID,
		"api_app_id": "A0001",
	}
}

// Form is the command as Slack posts it over HTTP.
func (c SlashCommand) Form() url.Values {
	v := url.Values{}
	for k, f := range c.fields() {
		v.Set(k, f)
	}
	return v
}

// Click is a click on a button in a message, for BlockActions.
type Click struct {
	ActionID, BlockID, Value string
	UserID                   string
	Channel                  string
	// MessageTS and ThreadTS locate the message holding the button.
	MessageTS, ThreadTS string
	// Ephemeral marks a button in an ephemeral message.
	Ephemeral   bool
	ResponseURL string
	// ActionTS distinguishes clicks; empty means a fresh one.
	ActionTS string
	// Home marks a button on the app's Home tab (a view, not a message).
	Home bool
	// UserName is the clicker's user name.
	UserName string
}

// clickSeq makes default action timestamps unique.
var clickSeq atomic.Int64

// BlockActions is the block_actions interaction payload of a click.
func BlockActions(c Click) []byte {
	if c.ActionTS == "" {
		c.ActionTS = strconv.FormatInt(time.Now().Unix(), 10) + "." + strconv.FormatInt(clickSeq.Add(1), 10)
	}
	container := map[string]any{
		"type": "message", "message_ts": c.MessageTS, "channel_id": c.Channel, "is_ephemeral": c.Ephemeral,
	}
	if c.ThreadTS != "" {
		container["thread_ts"] = c.ThreadTS
	}
	message := map[string]any{"type": "message", "ts": c.MessageTS, "bot_id": "BBOT", "user": "UBOT", "text": "answer"}
	if c.ThreadTS != "" {
		message["thread_ts"] = c.ThreadTS
	}
	name := c.UserName
	if name == "" {
		name = "someone"
	}
	payload := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": c.UserID, "username": name, "name": name, "team_id": "T0001"},
		"api_app_id":   "A0001",
		"token":        "legacy-verification-token",
		"container":    container,
		"trigger_id":   "trigger-" + c.ActionTS,
		"team":         map[string]any{"id": "T0001", "domain": "fake"},
		"channel":      map[string]any{"id": c.Channel, "name": "general"},
		"message":      message,
		"response_url": c.ResponseURL,
		"actions": []map[string]any{{
			"action_id": c.ActionID, "block_id": c.BlockID, "value": c.Value, "type": "button",
			"text": map[string]any{"type": "plain_text", "text": "button", "emoji": true}, "action_ts": c.ActionTS,
		}},
	}
	if c.Home {
		// A Home tab button: no channel, message or response_url.
		payload["container"] = map[string]any{"type": "view", "view_id": "VHOME"}
		payload["view"] = map[string]any{"id": "VHOME", "type": "home"}
		delete(payload, "channel")
		delete(payload, "message")
		delete(payload, "response_url")
	}
	b, _ := json.Marshal(payload)
	return b
}

// InteractionForm is the interaction as Slack posts it over HTTP: the
// payload JSON in a form field.
func InteractionForm(payload []byte) url.Values {
	return url.Values{"payload": {string(payload)}}
}

// Signature computes Slack's v0 request signature of body at ts with secret.
func Signature(secret string, ts time.Time, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + strconv.FormatInt(ts.Unix(), 10) + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// SignedRequest builds a POST of body to target signed with secret at ts,
// as Slack sends it.
func SignedRequest(secret, target, contentType string, body []byte, ts time.Time) *http.Request {
	r, err := http.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		panic("slackfake: " + err.Error())
	}
	r.Header.Set("Content-Type", contentType)
	r.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts.Unix(), 10))
	r.Header.Set("X-Slack-Signature", Signature(secret, ts, body))
	r.Header.Set("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
	return r
}

// EventRequest is a signed Events API request (JSON body) made now.
func EventRequest(secret, target string, body []byte) *http.Request {
	return SignedRequest(secret, target, "application/json", body, time.Now())
}

// RetriedEventRequest is EventRequest for a redelivery: Slack's retry
// headers are set.
func RetriedEventRequest(secret, target string, body []byte, retryNum int) *http.Request {
	r := EventRequest(secret, target, body)
	r.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retryNum))
	r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	return r
}

// CommandRequest is a signed slash command request made now.
func CommandRequest(secret, target string, c SlashCommand) *http.Request {
	return SignedRequest(secret, target, "application/x-www-form-urlencoded", []byte(c.Form().Encode()), time.Now())
}

// InteractionRequest is a signed interactivity request made now.
func InteractionRequest(secret, target string, payload []byte) *http.Request {
	return SignedRequest(secret, target, "application/x-www-form-urlencoded", []byte(InteractionForm(payload).Encode()), time.Now())
}
