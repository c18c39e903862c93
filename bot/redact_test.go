package bot

import (
	"strings"
	"testing"
)

func TestRedact_RemovesWhatIdentifiesOrReachesAPerson(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain question kept", "do exosomes help rosacea?", "do exosomes help rosacea?"},
		{"small numbers kept", "I'm 34, is 2 times a week too much?", "I'm 34, is 2 times a week too much?"},
		{"email", "email me at jane.doe+skin@example.co.uk about peels", "email me at [email] about peels"},
		{"email with spaces around @", "write to jane @ example.com please", "write to [email] please"},
		{"email spelt out", "my address is jane at gmail dot com", "my address is [email]"},
		{"email bracketed", "jane(at)clinic(dot)org, reply there", "[email], reply there"},
		{"email square brackets", "jane [at] clinic [dot] net", "[email]"},
		{"url", "I read https://example.com/exo?id=7 yesterday", "I read [url] yesterday"},
		{"www", "see www.skin-shop.io for the serum", "see [url] for the serum"},
		{"bare domain", "the serum from glowlab.com any good?", "the serum from [url] any good?"},
		{"domain spelt out", "is glowlab dot com legit", "is [url] legit"},
		{"slack mention", "<@U024BE7LH> are exosomes safe", "[mention] are exosomes safe"},
		{"discord mention", "<@!80351110224678912> hi <#123|general>", "[mention] hi [mention]"},
		{"handle", "ask @dr.smith about exosomes", "ask [mention] about exosomes"},
		{"phone", "call me on +1 (555) 010-9999 tomorrow", "call me on [number] tomorrow"},
		{"phone dotted", "text 555.010.9999", "text [number]"},
		{"digits spaced out", "my number is 5 5 5 0 1 0 9 9 9 9", "my number is [number]"},
		{"digits spelt out", "call five five five oh one oh nine", "call [number]"},
		{"digits mixed", "ring 07 nine 11 one two three", "ring [number]"},
		{"long digit run", "order 123456 never came", "order [number] never came"},
		{"record number glued", "patient id A1234567 asked", "patient id A[number] asked"},
		{"several at once", "jo@x.io or 555-010-9999 or www.x.com", "[email] or [number] or [url]"},
		{"whitespace folded", "  exosomes \n\t and   acne  ", "exosomes and acne"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Redact(tt.in); got != tt.want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRedact_ReplacesUrgentSentences(t *testing.T) {
	got := Redact("What are exosomes? My throat is swelling and I can't breathe.")
	if strings.Contains(got, "throat") || strings.Contains(got, "breathe") || !strings.Contains(got, RedactedUrgent) {
		t.Errorf("urgent sentence kept: %q", got)
	}
	if !strings.HasPrefix(got, "What are exosomes?") {
		t.Errorf("harmless sentence lost: %q", got)
	}
}

func TestRedact_BoundsLength(t *testing.T) {
	got := Redact(strings.Repeat("exosome ", 200))
	if n := len([]rune(got)); n > MaxRecordedRunes {
		t.Errorf("redacted text has %d runes; limit %d", n, MaxRecordedRunes)
	}
}
