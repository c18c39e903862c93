package slack

import (
	"net/url"
	"os"
	"slices"
	"testing"

	"gopkg.in/yaml.v3"
)

type manifest struct {
	Features struct {
		AppHome struct {
			HomeTab             bool `yaml:"home_tab_enabled"`
			MessagesTab         bool `yaml:"messages_tab_enabled"`
			MessagesTabReadOnly bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		AssistantView struct {
			Description string `yaml:"assistant_description"`
		} `yaml:"assistant_view"`
		Shortcuts []struct {
			Name       string `yaml:"name"`
			Type       string `yaml:"type"`
			CallbackID string `yaml:"callback_id"`
		} `yaml:"shortcuts"`
		SlashCommands []struct {
			Command string `yaml:"command"`
			URL     string `yaml:"url"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			Enabled    bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

func readManifest(t *testing.T, path string) manifest {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// TestManifests_ExactlyWhatTheAdapterNeeds keeps the two manifests in step
// with the code and with each other.
func TestManifests_ExactlyWhatTheAdapterNeeds(t *testing.T) {
	wantScopes := []string{"app_mentions:read", "assistant:write", "channels:history", "chat:write", "commands", "groups:history", "im:history"}
	wantEvents := []string{"app_home_opened", "app_mention", "assistant_thread_context_changed", "assistant_thread_started", "message.channels", "message.groups", "message.im"}
	for _, tt := range []struct {
		path   string
		socket bool
	}{{"manifest-socket.yaml", true}, {"manifest-http.yaml", false}} {
		m := readManifest(t, tt.path)
		scopes, events := slices.Sorted(slices.Values(m.OAuth.Scopes.Bot)), slices.Sorted(slices.Values(m.Settings.Events.BotEvents))
		if !slices.Equal(scopes, wantScopes) {
			t.Errorf("%s: scopes %v, want %v", tt.path, scopes, wantScopes)
		}
		if !slices.Equal(events, wantEvents) {
			t.Errorf("%s: events %v, want %v", tt.path, events, wantEvents)
		}
		if !m.Features.AppHome.MessagesTab || m.Features.AppHome.MessagesTabReadOnly {
			t.Errorf("%s: people cannot DM the bot", tt.path)
		}
		if !m.Features.AppHome.HomeTab {
			t.Errorf("%s: no Home tab", tt.path)
		}
		if m.Features.AssistantView.Description == "" {
			t.Errorf("%s: no assistant view (the AI assistant pane)", tt.path)
		}
		if len(m.Features.Shortcuts) != 1 || m.Features.Shortcuts[0].Type != "message" || m.Features.Shortcuts[0].CallbackID != shortcutAsk ||
			m.Features.Shortcuts[0].Name != "Ask exobot" {
			t.Errorf("%s: shortcuts %+v, want the Ask exobot message shortcut", tt.path, m.Features.Shortcuts)
		}
		if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/exosomes" {
			t.Errorf("%s: slash commands %+v", tt.path, m.Features.SlashCommands)
		}
		if !m.Settings.Interactivity.Enabled || m.Settings.SocketMode != tt.socket {
			t.Errorf("%s: interactivity %t, socket mode %t", tt.path, m.Settings.Interactivity.Enabled, m.Settings.SocketMode)
		}
		urls := map[string]string{
			PathEvents:        m.Settings.Events.RequestURL,
			PathCommands:      m.Features.SlashCommands[0].URL,
			PathInteractivity: m.Settings.Interactivity.RequestURL,
		}
		for path, raw := range urls {
			if tt.socket {
				if raw != "" {
					t.Errorf("%s: Socket Mode manifest has a request URL %q", tt.path, raw)
				}
				continue
			}
			u, err := url.Parse(raw)
			if err != nil || u.Scheme != "https" || u.Path != path {
				t.Errorf("%s: request URL %q, want https://…%s", tt.path, raw, path)
			}
		}
	}
}
