package discordfake

import (
	"encoding/json"
	"time"
)

// User is a Discord user as it appears in payloads.
type User struct {
	ID       string `json:"id"`
	Username string `json:"username"`
	Bot      bool   `json:"bot,omitempty"`
	System   bool   `json:"system,omitempty"`
}

// Message types used by the fake (Discord's message types).
const (
	MessageTypeDefault     = 0
	MessageTypeGuildJoin   = 7 // a system message: someone joined
	MessageTypeReply       = 19
	MessageTypeChatInput   = 20
	MessageTypeThreadStart = 21
)

// Message is a MESSAGE_CREATE payload.
type Message struct {
	ID        string
	ChannelID string
	// GuildID is empty for a direct message.
	GuildID   string
	Author    User
	Content   string
	Mentions  []User
	WebhookID string
	Type      int
	// ReplyTo, when set, makes this a reply (type 19) to that message: it
	// carries message_reference and referenced_message.
	ReplyTo *Message
	// Buttons are custom_ids of buttons on the message (one row), and
	// EmbedTitle an embed's title: a bot's answer as Discord relays it.
	Buttons    []string
	EmbedTitle string
}

func (m Message) object() map[string]any {
	mentions := m.Mentions
	if mentions == nil {
		mentions = []User{}
	}
	o := map[string]any{
		"id":               m.ID,
		"channel_id":       m.ChannelID,
		"author":           m.Author,
		"content":          m.Content,
		"mentions":         mentions,
		"mention_roles":    []string{},
		"mention_everyone": false,
		"type":             m.Type,
		"timestamp":        time.Now().UTC().Format(time.RFC3339),
		"tts":              false,
		"pinned":           false,
		"attachments":      []any{},
		"embeds":           []any{},
	}
	if m.GuildID != "" {
		o["guild_id"] = m.GuildID
		o["member"] = map[string]any{"roles": []string{}}
	}
	if m.WebhookID != "" {
		o["webhook_id"] = m.WebhookID
	}
	if len(m.Buttons) > 0 {
		var buttons []any
		for _, id := range m.Buttons {
			buttons = append(buttons, map[string]any{"type": 2, "style": 2, "label": id, "custom_id": id})
		}
		o["components"] = []any{map[string]any{"type": 1, "components": buttons}}
	}
	if m.EmbedTitle != "" {
		o["embeds"] = []any{map[string]any{"type": "rich", "title": m.EmbedTitle}}
	}
	if m.ReplyTo != nil {
		o["type"] = MessageTypeReply
		o["message_reference"] = map[string]any{"message_id": m.ReplyTo.ID, "channel_id": m.ReplyTo.ChannelID, "guild_id": m.ReplyTo.GuildID}
		o["referenced_message"] = m.ReplyTo.object()
	}
	return o
}

// JSON is the message as Discord sends it in a MESSAGE_CREATE's "d".
func (m Message) JSON() []byte {
	b, _ := json.Marshal(m.object())
	return b
}

// Interaction types.
const (
	InteractionPing         = 1
	InteractionCommand      = 2
	InteractionComponent    = 3
	InteractionAutocomplete = 4
	InteractionModalSubmit  = 5
)

// Interaction is an INTERACTION_CREATE payload, or the body of an HTTP
// interaction.
type Interaction struct {
	ID    string
	AppID string
	Type  int
	Token string
	// GuildID is empty for an interaction in a DM; User then appears as
	// "user" rather than "member.user".
	GuildID   string
	ChannelID string
	User      User
	// CommandName and Options are for application commands (type 2);
	// Options are string options by name.
	CommandName string
	Options     map[string]string
	// CustomID and MessageID are for message components (type 3): the
	// clicked button's custom_id and the message it is on.
	CustomID  string
	MessageID string
	// MessageFlags are the flags of the message a clicked button is on:
	// 64 for an ephemeral message.
	MessageFlags int
	// Target, for a message command (CommandType 3), is the message it was
	// used on: it becomes data.target_id and data.resolved.messages.
	Target *Message
	// CommandType is the application command's type: 1 (chat input, the
	// default) or 3 (message).
	CommandType int
	// Focused names the option being typed in an autocomplete interaction
	// (type 4).
	Focused string
	// Context overrides where the interaction happened: 0 a server, 1 the
	// bot's DM, 2 a group DM or another DM. nil: 0 with a GuildID, else 1.
	Context *int
	// Nick is the person's server nickname, GlobalName their display name.
	Nick, GlobalName string
}

// ContextPrivateChannel is the interaction context of a group DM or a DM
// between other people (a user-installed app), for Interaction.Context.
const ContextPrivateChannel = 2

// Ctx returns a pointer to c, for Interaction.Context.
func Ctx(c int) *int { return &c }

// Ping returns a PING interaction (type 1).
func Ping(id, appID string) Interaction {
	return Interaction{ID: id, AppID: appID, Type: InteractionPing, Token: "ping-token-" + id}
}

func (i Interaction) object() map[string]any {
	o := map[string]any{
		"id":             i.ID,
		"application_id": i.AppID,
		"type":           i.Type,
		"token":          i.Token,
		"version":        1,
	}
	if i.Type == InteractionPing {
		return o
	}
	o["channel_id"] = i.ChannelID
	o["locale"] = "en-US"
	o["app_permissions"] = "0"
	user := map[string]any{"id": i.User.ID, "username": i.User.Username}
	if i.User.Bot {
		user["bot"] = true
	}
	if i.GlobalName != "" {
		user["global_name"] = i.GlobalName
	}
	if i.GuildID != "" {
		o["guild_id"] = i.GuildID
		member := map[string]any{"user": user, "roles": []string{}, "permissions": "0"}
		if i.Nick != "" {
			member["nick"] = i.Nick
		}
		o["member"] = member
		o["context"] = 0
		o["authorizing_integration_owners"] = map[string]string{"0": i.GuildID}
	} else {
		o["user"] = user
		o["context"] = 1
		o["authorizing_integration_owners"] = map[string]string{"1": i.User.ID}
	}
	if i.Context != nil {
		o["context"] = *i.Context
	}
	switch i.Type {
	case InteractionCommand, InteractionAutocomplete:
		opts := []map[string]any{}
		for name, v := range i.Options {
			opt := map[string]any{"name": name, "type": 3, "value": v}
			if i.Type == InteractionAutocomplete && name == i.Focused {
				opt["focused"] = true
			}
			opts = append(opts, opt)
		}
		typ := i.CommandType
		if typ == 0 {
			typ = 1
		}
		data := map[string]any{"id": "200000000000000001", "name": i.CommandName, "type": typ}
		if typ == 1 {
			data["options"] = opts
		}
		if i.Target != nil {
			data["target_id"] = i.Target.ID
			data["resolved"] = map[string]any{"messages": map[string]any{i.Target.ID: i.Target.object()}}
		}
		o["data"] = data
	case InteractionComponent:
		o["data"] = map[string]any{"custom_id": i.CustomID, "component_type": 2}
		o["message"] = map[string]any{
			"id": i.MessageID, "channel_id": i.ChannelID, "content": "", "type": 0, "flags": i.MessageFlags,
			"author":    map[string]any{"id": i.AppID, "username": "exobot", "bot": true},
			"timestamp": time.Now().UTC().Format(time.RFC3339), "embeds": []any{}, "components": []any{},
			"mentions": []any{}, "attachments": []any{},
		}
	}
	return o
}

// JSON is the interaction as Discord sends it.
func (i Interaction) JSON() []byte {
	b, _ := json.Marshal(i.object())
	return b
}
