package discordfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"unicode/utf16"
)

// This file holds Discord's documented limits on what an app sends, which
// the fake enforces like Discord does: a request that breaks one is
// answered 400 with code 50035 (Invalid Form Body) and the reason, and is
// recorded with that status, so a test sees the mistake.

// Limits the fake enforces.
const (
	MaxContent        = 2000
	MaxEmbeds         = 10
	MaxEmbedTotal     = 6000
	MaxTitle          = 256
	MaxDescription    = 4096
	MaxFields         = 25
	MaxFieldName      = 256
	MaxFieldValue     = 1024
	MaxFooter         = 2048
	MaxAuthorName     = 256
	MaxRows           = 5
	MaxRowComponents  = 5
	MaxLabel          = 80
	MaxCustomID       = 100
	MaxChoices        = 25
	MaxChoiceName     = 100
	MaxChoiceValue    = 100
	MaxCommandName    = 32
	MaxCommandDesc    = 100
	MaxCommandOptions = 25
)

// FlagEphemeral is the message flag of a message only its user sees.
const FlagEphemeral = 64

// Interaction callback types.
const (
	CallbackPong                = 1
	CallbackMessage             = 4
	CallbackDeferredMessage     = 5
	CallbackDeferredUpdate      = 6
	CallbackUpdateMessage       = 7
	CallbackAutocompleteResults = 8
)

// length counts as Discord does: UTF-16 code units at most.
func length(s string) int { return len(utf16.Encode([]rune(s))) }

type wireEmbed struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
	Author *struct {
		Name string `json:"name"`
	} `json:"author"`
}

type wireComponent struct {
	Type       int             `json:"type"`
	CustomID   string          `json:"custom_id"`
	Label      string          `json:"label"`
	URL        string          `json:"url"`
	Components []wireComponent `json:"components"`
}

type wireMessage struct {
	Content    string          `json:"content"`
	Embeds     []wireEmbed     `json:"embeds"`
	Components []wireComponent `json:"components"`
	Flags      int             `json:"flags"`
	Choices    []struct {
		Name  string          `json:"name"`
		Value json.RawMessage `json:"value"`
	} `json:"choices"`
}

// checkMessage returns why m breaks Discord's limits, or "".
func checkMessage(m wireMessage) string {
	if n := length(m.Content); n > MaxContent {
		return fmt.Sprintf("content is %d long, at most %d", n, MaxContent)
	}
	if len(m.Embeds) > MaxEmbeds {
		return fmt.Sprintf("%d embeds, at most %d", len(m.Embeds), MaxEmbeds)
	}
	for i, e := range m.Embeds {
		total := length(e.Title) + length(e.Description)
		switch {
		case length(e.Title) > MaxTitle:
			return fmt.Sprintf("embeds.%d.title too long", i)
		case length(e.Description) > MaxDescription:
			return fmt.Sprintf("embeds.%d.description too long", i)
		case len(e.Fields) > MaxFields:
			return fmt.Sprintf("embeds.%d has %d fields", i, len(e.Fields))
		}
		for j, f := range e.Fields {
			if length(f.Name) > MaxFieldName || length(f.Value) > MaxFieldValue || f.Name == "" || f.Value == "" {
				return fmt.Sprintf("embeds.%d.fields.%d: name 1-%d, value 1-%d", i, j, MaxFieldName, MaxFieldValue)
			}
			total += length(f.Name) + length(f.Value)
		}
		if e.Footer != nil {
			if length(e.Footer.Text) > MaxFooter {
				return fmt.Sprintf("embeds.%d.footer.text too long", i)
			}
			total += length(e.Footer.Text)
		}
		if e.Author != nil {
			if length(e.Author.Name) > MaxAuthorName {
				return fmt.Sprintf("embeds.%d.author.name too long", i)
			}
			total += length(e.Author.Name)
		}
		if total > MaxEmbedTotal {
			return fmt.Sprintf("embeds.%d totals %d characters, at most %d", i, total, MaxEmbedTotal)
		}
	}
	if len(m.Components) > MaxRows {
		return fmt.Sprintf("%d component rows, at most %d", len(m.Components), MaxRows)
	}
	ids := map[string]bool{}
	for i, row := range m.Components {
		if row.Type != 1 || len(row.Components) == 0 || len(row.Components) > MaxRowComponents {
			return fmt.Sprintf("components.%d: an action row of 1-%d components", i, MaxRowComponents)
		}
		for j, c := range row.Components {
			switch {
			case length(c.Label) > MaxLabel:
				return fmt.Sprintf("components.%d.components.%d.label is over %d", i, j, MaxLabel)
			case c.URL == "" && (c.CustomID == "" || length(c.CustomID) > MaxCustomID):
				return fmt.Sprintf("components.%d.components.%d.custom_id must be 1-%d long", i, j, MaxCustomID)
			case c.CustomID != "" && ids[c.CustomID]:
				return fmt.Sprintf("components.%d.components.%d.custom_id %q is repeated", i, j, c.CustomID)
			}
			ids[c.CustomID] = true
		}
	}
	return ""
}

// CheckResponse returns why an interaction response (the body of a
// callback, or of an HTTP interaction's answer) breaks Discord's rules, or
// "" when Discord would take it.
func CheckResponse(body []byte) string { return checkCallback(body) }

// checkCallback returns why an interaction callback body breaks Discord's
// rules, or "".
func checkCallback(body []byte) string {
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &cb); err != nil {
		return "invalid JSON"
	}
	var m wireMessage
	if len(cb.Data) > 0 && string(cb.Data) != "null" {
		if err := json.Unmarshal(cb.Data, &m); err != nil {
			return "invalid data"
		}
	}
	switch cb.Type {
	case CallbackPong, CallbackDeferredUpdate:
		return ""
	case CallbackMessage, CallbackUpdateMessage, CallbackDeferredMessage:
		return checkMessage(m)
	case CallbackAutocompleteResults:
		if len(m.Choices) > MaxChoices {
			return fmt.Sprintf("%d choices, at most %d", len(m.Choices), MaxChoices)
		}
		for i, c := range m.Choices {
			var v string
			if err := json.Unmarshal(c.Value, &v); err != nil {
				return fmt.Sprintf("choices.%d.value must be a string", i)
			}
			if n := length(c.Name); n < 1 || n > MaxChoiceName {
				return fmt.Sprintf("choices.%d.name must be 1-%d long, is %d", i, MaxChoiceName, n)
			}
			if n := length(v); n < 1 || n > MaxChoiceValue {
				return fmt.Sprintf("choices.%d.value must be 1-%d long, is %d", i, MaxChoiceValue, n)
			}
		}
		return ""
	}
	return fmt.Sprintf("unknown interaction callback type %d", cb.Type)
}

var chatCommandName = regexp.MustCompile(`^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$`)

// checkCommands returns why a bulk overwrite of commands breaks Discord's
// rules, or "".
func checkCommands(body []byte) string {
	var cmds []struct {
		Type             int    `json:"type"`
		Name             string `json:"name"`
		Description      string `json:"description"`
		Contexts         []int  `json:"contexts"`
		IntegrationTypes []int  `json:"integration_types"`
		Options          []struct {
			Type         int    `json:"type"`
			Name         string `json:"name"`
			Description  string `json:"description"`
			Autocomplete bool   `json:"autocomplete"`
			Choices      []any  `json:"choices"`
		} `json:"options"`
	}
	if err := json.Unmarshal(body, &cmds); err != nil {
		return "invalid JSON"
	}
	for i, c := range cmds {
		typ := c.Type
		if typ == 0 {
			typ = 1
		}
		switch typ {
		case 1:
			if !chatCommandName.MatchString(c.Name) {
				return fmt.Sprintf("%d.name %q: chat commands are 1-32 lower-case letters, digits, - or _", i, c.Name)
			}
			if n := length(c.Description); n < 1 || n > MaxCommandDesc {
				return fmt.Sprintf("%d.description must be 1-%d long", i, MaxCommandDesc)
			}
		case 2, 3:
			if n := length(c.Name); n < 1 || n > MaxCommandName {
				return fmt.Sprintf("%d.name must be 1-%d long", i, MaxCommandName)
			}
			if c.Description != "" || len(c.Options) > 0 {
				return fmt.Sprintf("%d: user and message commands have no description or options", i)
			}
		default:
			return fmt.Sprintf("%d.type %d unknown", i, c.Type)
		}
		for _, ctx := range c.Contexts {
			if ctx < 0 || ctx > 2 {
				return fmt.Sprintf("%d.contexts: %d unknown", i, ctx)
			}
		}
		for _, it := range c.IntegrationTypes {
			if it < 0 || it > 1 {
				return fmt.Sprintf("%d.integration_types: %d unknown", i, it)
			}
		}
		if len(c.Options) > MaxCommandOptions {
			return fmt.Sprintf("%d has %d options", i, len(c.Options))
		}
		for j, o := range c.Options {
			if !chatCommandName.MatchString(o.Name) || length(o.Description) < 1 || length(o.Description) > MaxCommandDesc {
				return fmt.Sprintf("%d.options.%d: bad name or description", i, j)
			}
			if o.Autocomplete && len(o.Choices) > 0 {
				return fmt.Sprintf("%d.options.%d: autocomplete and choices are mutually exclusive", i, j)
			}
			if o.Autocomplete && o.Type != 3 && o.Type != 4 && o.Type != 10 {
				return fmt.Sprintf("%d.options.%d: only string and number options autocomplete", i, j)
			}
		}
	}
	return ""
}

// invalidBody answers 400 Invalid Form Body with why.
func invalidBody(w http.ResponseWriter, rec *Request, why string) {
	writeJSON(w, rec, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035, "errors": why})
}
