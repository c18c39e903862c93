package slack

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack/slackevents"

	"exobot/bot"
)

var self = identity{UserID: "UBOT", BotID: "BBOT", TeamID: "T1"}

func TestPlainText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"own mention at start", "<@UBOT> what are exosomes?", "what are exosomes?"},
		{"own mention with label", "<@UBOT|exobot> what are exosomes?", "what are exosomes?"},
		{"own mention in the middle", "hey <@UBOT>, are they safe?", "hey , are they safe?"},
		{"own mention twice", "<@UBOT> <@UBOT> hi", "hi"},
		{"only the mention", "<@UBOT>", ""},
		{"other user mention", "<@UBOT> ask <@U123> too", "ask @U123 too"},
		{"other user mention with label", "<@UBOT> ask <@U123|anna>", "ask @anna"},
		{"channel link", "see <#C1|general>", "see #general"},
		{"broadcasts", "<!here> <!channel> <!everyone>", "@here @channel @everyone"},
		{"user group", "<!subteam^S1|@derm> hi", "@derm hi"},
		{"link with label", "read <https://example.com/x|this page>", "read this page"},
		{"bare link", "read <https://example.com/x>", "read https://example.com/x"},
		{"entities unescaped", "is 5 &lt; 6 &amp;&amp; 7 &gt; 2?", "is 5 < 6 && 7 > 2?"},
		{"escaped markup stays text", "&lt;!channel&gt;", "<!channel>"},
		{"whitespace collapsed", "  what\n\tare   exosomes  ", "what are exosomes"},
		{"unclosed bracket kept", "a <b", "a <b"},
		{"no self id keeps mentions", "<@UBOT> hi", "@UBOT hi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "UBOT"
			if tt.name == "no self id keeps mentions" {
				id = ""
			}
			if got := plainText(tt.in, id); got != tt.want {
				t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"<!channel> <!here>", "&lt;!channel&gt; &lt;!here&gt;"},
		{"<@U1>", "&lt;@U1&gt;"},
		{"<https://evil.example|click me>", "&lt;https://evil.example|click me&gt;"},
		{"a & b", "a &amp; b"},
		{"&amp;", "&amp;amp;"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"short kept", "hello", 10, "hello"},
		{"exact kept", "hello", 5, "hello"},
		{"cut with ellipsis", "hello world", 6, "hello…"},
		{"trailing space trimmed", "hello world", 7, "hello…"},
		{"entity not split", "a &amp; b", 5, "a…"},
		{"entity kept whole", "a &amp; b", 8, "a &amp;…"},
		{"multibyte counted as characters", "ééééé", 3, "éé…"},
		{"astral counts two", "😀😀😀", 5, "😀😀…"},
		{"zero limit", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := truncate(tt.in, tt.limit)
			if got != tt.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
			if textLen(got) > tt.limit {
				t.Errorf("truncate(%q, %d) is %d long", tt.in, tt.limit, textLen(got))
			}
		})
	}
}

func TestDecideMention(t *testing.T) {
	q := func(text, user string) bot.Question { return bot.Question{Text: text, Platform: "slack", User: user} }
	tests := []struct {
		name       string
		ev         slackevents.AppMentionEvent
		want       inbound
		wantReason string
	}{
		{
			name: "top-level mention replies in a new thread",
			ev:   slackevents.AppMentionEvent{User: "U1", Channel: "C1", Text: "<@UBOT> what are exosomes?", TimeStamp: "1.1"},
			want: inbound{Question: q("what are exosomes?", "U1"), Channel: "C1", ThreadTS: "1.1", TS: "1.1", Kind: "mention"},
		},
		{
			name: "mention in a thread replies in that thread",
			ev:   slackevents.AppMentionEvent{User: "U1", Channel: "C1", Text: "<@UBOT> and safety?", TimeStamp: "2.2", ThreadTimeStamp: "1.1"},
			want: inbound{Question: q("and safety?", "U1"), Channel: "C1", ThreadTS: "1.1", TS: "2.2", Kind: "mention"},
		},
		{name: "edited", ev: slackevents.AppMentionEvent{User: "U1", Channel: "C1", Text: "<@UBOT> x", TimeStamp: "1.1", Edited: &slackevents.Edited{User: "U1", TimeStamp: "1.2"}}, wantReason: "edited"},
		{name: "another bot", ev: slackevents.AppMentionEvent{User: "U2", BotID: "B2", Channel: "C1", Text: "<@UBOT> x", TimeStamp: "1.1"}, wantReason: "bot message"},
		{name: "own message", ev: slackevents.AppMentionEvent{User: "UBOT", Channel: "C1", Text: "<@UBOT> x", TimeStamp: "1.1"}, wantReason: "own message"},
		{name: "no user", ev: slackevents.AppMentionEvent{Channel: "C1", Text: "<@UBOT> x", TimeStamp: "1.1"}, wantReason: "no user"},
		{name: "in a DM", ev: slackevents.AppMentionEvent{User: "U1", Channel: "D1", Text: "<@UBOT> x", TimeStamp: "1.1"}, wantReason: "mention in a DM (answered as a DM)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := decideMention(&tt.ev, self)
			if reason != tt.wantReason {
				t.Fatalf("reason = %q, want %q", reason, tt.wantReason)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("inbound (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecideMessage(t *testing.T) {
	answered := func(channel, thread string) bool { return channel == "C1" && thread == "1.1" }
	q := func(text, user string) bot.Question { return bot.Question{Text: text, Platform: "slack", User: user} }
	unaddressed := func(q bot.Question) bot.Question { q.Unaddressed = true; return q }
	msg := func(m slackevents.MessageEvent) *slackevents.MessageEvent { return &m }
	tests := []struct {
		name       string
		ev         *slackevents.MessageEvent
		followUps  bool
		want       inbound
		wantReason string
	}{
		{
			name: "DM answered at the top level",
			ev:   msg(slackevents.MessageEvent{User: "U1", Channel: "D1", ChannelType: "im", Text: "are they safe?", TimeStamp: "5.5"}),
			want: inbound{Question: q("are they safe?", "U1"), Channel: "D1", TS: "5.5", Kind: "dm"},
		},
		{
			name: "DM thread reply answered in its thread",
			ev:   msg(slackevents.MessageEvent{User: "U1", Channel: "D1", ChannelType: "im", Text: "and then?", TimeStamp: "6.6", ThreadTimeStamp: "5.5"}),
			want: inbound{Question: q("and then?", "U1"), Channel: "D1", ThreadTS: "5.5", TS: "6.6", Kind: "dm"},
		},
		{
			name:      "follow-up in an answered thread",
			ev:        msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "channel", Text: "how long do they last?", TimeStamp: "2.2", ThreadTimeStamp: "1.1"}),
			followUps: true,
			want:      inbound{Question: unaddressed(q("how long do they last?", "U1")), Channel: "C1", ThreadTS: "1.1", TS: "2.2", Kind: "follow_up"},
		},
		{
			name:      "private channel follow-up",
			ev:        msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "group", Text: "ok?", TimeStamp: "2.2", ThreadTimeStamp: "1.1"}),
			followUps: true,
			want:      inbound{Question: unaddressed(q("ok?", "U1")), Channel: "C1", ThreadTS: "1.1", TS: "2.2", Kind: "follow_up"},
		},
		{name: "follow-ups off", ev: msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "channel", Text: "x", TimeStamp: "2.2", ThreadTimeStamp: "1.1"}), wantReason: "thread follow-ups disabled"},
		{name: "thread not answered by the bot", followUps: true, ev: msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "channel", Text: "x", TimeStamp: "2.2", ThreadTimeStamp: "9.9"}), wantReason: "thread the bot has not answered in"},
		{name: "top-level channel message", followUps: true, ev: msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "channel", Text: "x", TimeStamp: "2.2"}), wantReason: "not a thread reply"},
		{name: "thread parent itself", followUps: true, ev: msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "channel", Text: "x", TimeStamp: "1.1", ThreadTimeStamp: "1.1"}), wantReason: "not a thread reply"},
		{name: "follow-up that mentions the bot", followUps: true, ev: msg(slackevents.MessageEvent{User: "U1", Channel: "C1", ChannelType: "channel", Text: "<@UBOT> x", TimeStamp: "2.2", ThreadTimeStamp: "1.1"}), wantReason: "mentions the bot (answered as a mention)"},
		{name: "edit", followUps: true, ev: msg(slackevents.MessageEvent{SubType: "message_changed", Channel: "D1", ChannelType: "im", TimeStamp: "2.2"}), wantReason: "subtype message_changed"},
		{name: "deletion", followUps: true, ev: msg(slackevents.MessageEvent{SubType: "message_deleted", Channel: "D1", ChannelType: "im", TimeStamp: "2.2"}), wantReason: "subtype message_deleted"},
		{name: "bot_message subtype", followUps: true, ev: msg(slackevents.MessageEvent{SubType: "bot_message", BotID: "B2", Channel: "D1", ChannelType: "im", Text: "x", TimeStamp: "2.2"}), wantReason: "subtype bot_message"},
		{name: "channel join", followUps: true, ev: msg(slackevents.MessageEvent{SubType: "channel_join", User: "U1", Channel: "C1", ChannelType: "channel", TimeStamp: "2.2", ThreadTimeStamp: "1.1"}), wantReason: "subtype channel_join"},
		{name: "another bot without subtype", followUps: true, ev: msg(slackevents.MessageEvent{User: "U2", BotID: "B2", Channel: "D1", ChannelType: "im", Text: "x", TimeStamp: "2.2"}), wantReason: "bot message"},
		{name: "own message", followUps: true, ev: msg(slackevents.MessageEvent{User: "UBOT", Channel: "C1", ChannelType: "channel", Text: "x", TimeStamp: "2.2", ThreadTimeStamp: "1.1"}), wantReason: "own message"},
		{name: "no user", followUps: true, ev: msg(slackevents.MessageEvent{Channel: "D1", ChannelType: "im", Text: "x", TimeStamp: "2.2"}), wantReason: "no user"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := decideMessage(tt.ev, self, tt.followUps, answered)
			if reason != tt.wantReason {
				t.Fatalf("reason = %q, want %q", reason, tt.wantReason)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("inbound (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUsageTextEscapesCommand(t *testing.T) {
	got := usageText("/<!channel>")
	if strings.Contains(got, "<!channel>") {
		t.Errorf("usage text %q carries a raw broadcast", got)
	}
	if !strings.Contains(usageText("/ask"), "/ask what are exosomes?") {
		t.Errorf("usage text %q does not show the command", usageText("/ask"))
	}
}
