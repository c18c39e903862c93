package discordfake

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCheckCallback_DiscordsRules(t *testing.T) {
	choices := func(n int, name, value string) string {
		var cs []map[string]string
		for range n {
			cs = append(cs, map[string]string{"name": name, "value": value})
		}
		b, _ := json.Marshal(map[string]any{"type": 8, "data": map[string]any{"choices": cs}})
		return string(b)
	}
	button := func(id, label string) map[string]any {
		return map[string]any{"type": 2, "style": 2, "custom_id": id, "label": label}
	}
	msg := func(data map[string]any) string {
		b, _ := json.Marshal(map[string]any{"type": 4, "data": data})
		return string(b)
	}
	tests := []struct {
		name, body string
		bad        string // a word of the reason; "" when valid
	}{
		{"pong", `{"type":1}`, ""},
		{"25 choices", choices(25, "What are exosomes?", "What are exosomes?"), ""},
		{"26 choices", choices(26, "a", "a"), "26 choices"},
		{"choice name of 101", choices(1, strings.Repeat("n", 101), "v"), "name"},
		{"choice value of 101", choices(1, "n", strings.Repeat("v", 101)), "value"},
		{"empty choice name", choices(1, "", "v"), "name"},
		{"no choices", `{"type":8,"data":{"choices":[]}}`, ""},
		{"message", msg(map[string]any{"content": "hi", "flags": 64}), ""},
		{"content of 2001", msg(map[string]any{"content": strings.Repeat("x", 2001)}), "content"},
		{"embed over 6000", msg(map[string]any{"embeds": []any{map[string]any{"description": strings.Repeat("x", 4000), "footer": map[string]any{"text": strings.Repeat("y", 2001)}}}}), "totals"},
		{"six rows", msg(map[string]any{"components": []any{
			map[string]any{"type": 1, "components": []any{button("a", "a")}}, map[string]any{"type": 1, "components": []any{button("b", "b")}},
			map[string]any{"type": 1, "components": []any{button("c", "c")}}, map[string]any{"type": 1, "components": []any{button("d", "d")}},
			map[string]any{"type": 1, "components": []any{button("e", "e")}}, map[string]any{"type": 1, "components": []any{button("f", "f")}}}}), "rows"},
		{"repeated custom_id", msg(map[string]any{"components": []any{map[string]any{"type": 1, "components": []any{button("a", "a"), button("a", "b")}}}}), "repeated"},
		{"label of 81", msg(map[string]any{"components": []any{map[string]any{"type": 1, "components": []any{button("a", strings.Repeat("l", 81))}}}}), "label"},
		{"unknown type", `{"type":42}`, "unknown"},
	}
	for _, tt := range tests {
		got := checkCallback([]byte(tt.body))
		if (got == "") != (tt.bad == "") || !strings.Contains(got, tt.bad) {
			t.Errorf("%s: checkCallback = %q, want %q", tt.name, got, tt.bad)
		}
	}
}

func TestCheckCommands_DiscordsRules(t *testing.T) {
	tests := []struct {
		name, body string
		bad        string
	}{
		{"chat and message", `[{"type":1,"name":"ask","description":"d","contexts":[0,1,2],"integration_types":[0,1],"options":[{"type":3,"name":"question","description":"q","autocomplete":true}]},{"type":3,"name":"Ask exobot","options":null}]`, ""},
		{"upper-case chat name", `[{"type":1,"name":"Ask","description":"d"}]`, "name"},
		{"chat without description", `[{"type":1,"name":"ask"}]`, "description"},
		{"message with description", `[{"type":3,"name":"Ask exobot","description":"d"}]`, "no description"},
		{"message name of 33", `[{"type":3,"name":"` + strings.Repeat("a", 33) + `"}]`, "name"},
		{"unknown context", `[{"type":1,"name":"ask","description":"d","contexts":[3]}]`, "contexts"},
		{"unknown integration type", `[{"type":1,"name":"ask","description":"d","integration_types":[2]}]`, "integration_types"},
		{"autocomplete with choices", `[{"type":1,"name":"ask","description":"d","options":[{"type":3,"name":"q","description":"q","autocomplete":true,"choices":[{"name":"a","value":"a"}]}]}]`, "mutually exclusive"},
	}
	for _, tt := range tests {
		got := checkCommands([]byte(tt.body))
		if (got == "") != (tt.bad == "") || !strings.Contains(got, tt.bad) {
			t.Errorf("%s: checkCommands = %q, want %q", tt.name, got, tt.bad)
		}
	}
}
