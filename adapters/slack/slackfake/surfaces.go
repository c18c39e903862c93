package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
	"unicode/utf16"
)

// This file fakes Slack's own surfaces: the Home tab (views.publish) and
// the assistant pane (assistant.threads.setSuggestedPrompts and
// setStatus), with Block Kit's limits enforced as Slack does (ok:false
// invalid_blocks, or invalid_arguments, with the reason), and builds the
// events and interactions they bring: app_home_opened,
// assistant_thread_started, a message shortcut.

// The surface methods the fake answers.
const (
	MethodViewsPublish           = "views.publish"
	MethodSetSuggestedPrompts    = "assistant.threads.setSuggestedPrompts"
	MethodSetStatus              = "assistant.threads.setStatus"
	MaxMessageBlocks             = 50
	MaxViewBlocks                = 100
	MaxSuggestedPrompts          = 4
	maxSectionText               = 3000
	maxHeaderText                = 150
	maxButtonText                = 75
	maxActionID                  = 255
	maxButtonValue               = 2000
	maxBlockID                   = 255
	maxContextElements           = 10
	maxActionsElements           = 25
	maxPrivateMetadata           = 3000
	maxPromptTitle, maxPromptMsg = 75, 4000
)

// Call is one surface call the fake took: its method and parameters, the
// token removed. A view's JSON is in Form["view"]; prompts' in
// Form["prompts"].
type Call struct {
	Method string
	Form   url.Values
}

// View decodes a views.publish call's view.
func (c Call) View() (View, error) {
	var v View
	err := json.Unmarshal([]byte(c.Form.Get("view")), &v)
	return v, err
}

// View is a published view.
type View struct {
	Type            string           `json:"type"`
	Blocks          []map[string]any `json:"blocks"`
	PrivateMetadata string           `json:"private_metadata"`
}

// Prompts decodes a setSuggestedPrompts call's prompts.
func (c Call) Prompts() ([]Prompt, error) {
	var p []Prompt
	err := json.Unmarshal([]byte(c.Form.Get("prompts")), &p)
	return p, err
}

// Prompt is a suggested prompt of the assistant pane.
type Prompt struct {
	Title   string `json:"title"`
	Message string `json:"message"`
}

// Surface returns the surface calls of method received so far, in order.
func (s *Server) Surface(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.surface {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// WaitSurface waits until method has been called successfully n times and
// returns those calls.
func (s *Server) WaitSurface(method string, n int, timeout time.Duration) ([]Call, error) {
	var out []Call
	err := s.wait(timeout, func() bool {
		out = out[:0]
		for _, c := range s.surface {
			if c.Method == method {
				out = append(out, c)
			}
		}
		return len(out) >= n
	})
	if err != nil {
		return out, fmt.Errorf("slackfake: waited %s for %d %s calls, got %d", timeout, n, method, len(out))
	}
	return out, nil
}

// serveSurface answers the surface methods; false for any other.
func (s *Server) serveSurface(w http.ResponseWriter, method string, req apiRequest) bool {
	fail := func(code, why string) {
		writeJSON(w, map[string]any{"ok": false, "error": code, "errors": []string{why}})
	}
	switch method {
	case MethodViewsPublish:
		if req.form.Get("user_id") == "" {
			fail("invalid_arguments", "user_id is required")
			return true
		}
		var v struct {
			Type            string          `json:"type"`
			Blocks          json.RawMessage `json:"blocks"`
			PrivateMetadata string          `json:"private_metadata"`
		}
		if err := json.Unmarshal([]byte(req.form.Get("view")), &v); err != nil {
			fail("invalid_arguments", "view is not JSON")
			return true
		}
		switch {
		case v.Type != "home":
			fail("invalid_arguments", "views.publish takes a view of type home")
			return true
		case len(v.PrivateMetadata) > maxPrivateMetadata:
			fail("invalid_arguments", "private_metadata is over 3000 characters")
			return true
		}
		if why := CheckBlocks(v.Blocks, MaxViewBlocks); why != "" {
			fail("invalid_blocks", why)
			return true
		}
		s.recordSurface(method, req.form)
		writeJSON(w, map[string]any{"ok": true, "view": map[string]any{"id": "V" + strconv.FormatInt(s.seq.Add(1), 10), "type": "home",
			"blocks": v.Blocks, "private_metadata": v.PrivateMetadata}})
	case MethodSetSuggestedPrompts:
		var prompts []Prompt
		if req.form.Get("channel_id") == "" || req.form.Get("thread_ts") == "" {
			fail("invalid_arguments", "channel_id and thread_ts are required")
			return true
		}
		if err := json.Unmarshal([]byte(req.form.Get("prompts")), &prompts); err != nil || len(prompts) == 0 || len(prompts) > MaxSuggestedPrompts {
			fail("invalid_arguments", "prompts must be 1 to 4 {title, message}")
			return true
		}
		for i, p := range prompts {
			if p.Title == "" || p.Message == "" {
				fail("invalid_arguments", fmt.Sprintf("prompts[%d]: a title and a message are required", i))
				return true
			}
		}
		s.recordSurface(method, req.form)
		writeJSON(w, map[string]any{"ok": true})
	case MethodSetStatus:
		if req.form.Get("channel_id") == "" || req.form.Get("thread_ts") == "" {
			fail("invalid_arguments", "channel_id and thread_ts are required")
			return true
		}
		s.recordSurface(method, req.form)
		writeJSON(w, map[string]any{"ok": true})
	default:
		return false
	}
	return true
}

func (s *Server) recordSurface(method string, form url.Values) {
	s.mu.Lock()
	s.surface = append(s.surface, Call{Method: method, Form: form})
	s.notifyLocked()
	s.mu.Unlock()
}

func textLen(s string) int { return len(utf16.Encode([]rune(s))) }

// CheckBlocks returns why blocks (a JSON array) break Block Kit's limits
// for a surface holding at most max blocks, or "": text lengths of
// sections, headers and context elements, buttons' text, action_id and
// value, unique block ids and action ids.
func CheckBlocks(raw json.RawMessage, max int) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var blocks []struct {
		Type    string `json:"type"`
		BlockID string `json:"block_id"`
		Text    *struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"text"`
		Elements []map[string]any `json:"elements"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		return "blocks are not a JSON array of objects"
	}
	if len(blocks) > max {
		return fmt.Sprintf("%d blocks, at most %d", len(blocks), max)
	}
	blockIDs := map[string]bool{}
	actionIDs := map[string]bool{}
	for i, b := range blocks {
		if b.BlockID != "" {
			if blockIDs[b.BlockID] || len(b.BlockID) > maxBlockID {
				return fmt.Sprintf("blocks[%d].block_id %q repeated or too long", i, b.BlockID)
			}
			blockIDs[b.BlockID] = true
		}
		switch b.Type {
		case "section":
			if b.Text == nil || b.Text.Text == "" || textLen(b.Text.Text) > maxSectionText {
				return fmt.Sprintf("blocks[%d]: a section needs text of 1-%d characters", i, maxSectionText)
			}
		case "header":
			if b.Text == nil || b.Text.Type != "plain_text" || b.Text.Text == "" || textLen(b.Text.Text) > maxHeaderText {
				return fmt.Sprintf("blocks[%d]: a header needs plain_text of 1-%d characters", i, maxHeaderText)
			}
		case "context":
			if len(b.Elements) == 0 || len(b.Elements) > maxContextElements {
				return fmt.Sprintf("blocks[%d]: a context holds 1-%d elements", i, maxContextElements)
			}
			for j, e := range b.Elements {
				if t, _ := e["text"].(string); textLen(t) > maxSectionText {
					return fmt.Sprintf("blocks[%d].elements[%d]: text over %d", i, j, maxSectionText)
				}
			}
		case "actions":
			if len(b.Elements) == 0 || len(b.Elements) > maxActionsElements {
				return fmt.Sprintf("blocks[%d]: actions hold 1-%d elements", i, maxActionsElements)
			}
			for j, e := range b.Elements {
				id, _ := e["action_id"].(string)
				value, _ := e["value"].(string)
				text, _ := e["text"].(map[string]any)
				label, _ := text["text"].(string)
				switch {
				case id == "" || len(id) > maxActionID || actionIDs[id]:
					return fmt.Sprintf("blocks[%d].elements[%d].action_id %q empty, too long or repeated", i, j, id)
				case e["type"] == "button" && (label == "" || textLen(label) > maxButtonText):
					return fmt.Sprintf("blocks[%d].elements[%d]: a button's text must be 1-%d characters", i, j, maxButtonText)
				case len(value) > maxButtonValue:
					return fmt.Sprintf("blocks[%d].elements[%d].value over %d", i, j, maxButtonValue)
				}
				actionIDs[id] = true
			}
		case "divider", "image", "rich_text", "markdown", "input", "file", "video":
		default:
			return fmt.Sprintf("blocks[%d]: unknown block type %q", i, b.Type)
		}
	}
	return ""
}

// AppHomeOpened is the app_home_opened event of user opening tab ("home"
// or "messages") of the app, seeing view's private_metadata (""
// for a tab never published).
func AppHomeOpened(user, tab, viewMetadata string) map[string]any {
	ev := map[string]any{"type": "app_home_opened", "user": user, "channel": "D" + user, "tab": tab, "event_ts": "1700000000.000100"}
	if viewMetadata != "" {
		ev["view"] = map[string]any{"id": "VHOME", "type": "home", "private_metadata": viewMetadata, "blocks": []any{}}
	}
	return ev
}

// AssistantThreadStarted is the assistant_thread_started event of user
// opening a new thread in the assistant pane: the DM channel and the
// thread's ts, from a context channel (where they were, "" for none).
func AssistantThreadStarted(user, channel, threadTS, contextChannel string) map[string]any {
	return map[string]any{"type": "assistant_thread_started", "event_ts": threadTS,
		"assistant_thread": map[string]any{"user_id": user, "channel_id": channel, "thread_ts": threadTS,
			"context": map[string]any{"channel_id": contextChannel, "team_id": "T0001"}}}
}

// EventCallbackOf is the Events API body delivering an event built by the
// functions above (or any inner event) with the given event id.
func EventCallbackOf(eventID string, event map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{
		"token": "legacy-verification-token", "team_id": "T0001", "api_app_id": "A0001",
		"type": "event_callback", "event_id": eventID, "event_time": 1700000000,
		"event": event, "authorizations": []map[string]any{{"team_id": "T0001", "user_id": "UBOT", "is_bot": true}},
	})
	return b
}

// Shortcut is a use of a message shortcut on a message.
type Shortcut struct {
	CallbackID  string // "ask_exobot"
	UserID      string
	UserName    string
	Channel     string
	MessageTS   string
	MessageUser string
	Text        string // the message's text, as Slack formats it
	ResponseURL string
	TriggerID   string
}

// MessageShortcut is the message_action interaction payload of a shortcut.
func MessageShortcut(c Shortcut) []byte {
	if c.TriggerID == "" {
		c.TriggerID = "trigger-" + strconv.FormatInt(clickSeq.Add(1), 10)
	}
	b, _ := json.Marshal(map[string]any{
		"type": "message_action", "token": "legacy-verification-token", "action_ts": "1700000000.000200",
		"team":         map[string]any{"id": "T0001", "domain": "fake"},
		"user":         map[string]any{"id": c.UserID, "name": c.UserName, "username": c.UserName, "team_id": "T0001"},
		"channel":      map[string]any{"id": c.Channel, "name": "general"},
		"callback_id":  c.CallbackID,
		"trigger_id":   c.TriggerID,
		"message_ts":   c.MessageTS,
		"message":      map[string]any{"type": "message", "user": c.MessageUser, "ts": c.MessageTS, "text": c.Text},
		"response_url": c.ResponseURL,
	})
	return b
}
