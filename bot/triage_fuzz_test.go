package bot_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"exobot/bot"
)

var urgencies = map[bot.Urgency]bool{
	bot.UrgencyNone: true, bot.UrgencySelfHarm: true, bot.UrgencyPoisoning: true, bot.UrgencyAirway: true,
	bot.UrgencyHeartBrain: true, bot.UrgencyInjection: true, bot.UrgencyInfection: true, bot.UrgencyMedical: true,
}

// FuzzScreen feeds arbitrary text to the emergency screen: it must never
// panic or hang, must answer the same way twice, must name a known kind,
// and what its rules find in a message the screen must still find when the
// message goes on for tens of thousands of characters after it (the screen
// reads the start of every message).
//
// That last check is of the rules, not of the safety net: the net weighs
// every word of a message together, so a long ordinary story after a
// short text it alone alarmed on ("10 1 000000 n o 00 lips") can outweigh
// it. Reading a message's opening sentences on their own as well was
// tried, and not kept: openings alone ("I've had eczema on my neck and
// eyelids since I was a kid.") alarmed on five tuned look-alikes and three
// held-back ones, which the rest of their message had explained.
func FuzzScreen(f *testing.F) {
	for _, s := range []string{
		"my throat is closing", "i want to die", "no fever, just red", "my toddler drank my toner",
		"what are the signs of anaphylaxis?", "k1ll mys3lf", "THROAAAAT SWELLING", "pt c/o SOB",
		"", "\x00\xff", "'''", "a, b; c. d! e? f…", "$$$ lol 😂 💀", "38.5 39c 101f 3yo 2 y/o",
		"can't can’t cant ca'nt", strings.Repeat("swelling ", 300), "the the the the", "no no no my lips",
	} {
		f.Add(s)
	}
	filler := ". " + strings.Repeat("I have been reading about skincare for weeks and comparing brands. ", 600)
	f.Fuzz(func(t *testing.T, text string) {
		done := make(chan bot.Screening, 1)
		go func() { done <- bot.Screen(text) }()
		var s bot.Screening
		select {
		case s = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Screen(%q) hung", text)
		}
		if !urgencies[s.Urgency] || s.Relayed && !s.Urgent() {
			t.Fatalf("Screen(%q) = %+v", text, s)
		}
		if again := bot.Screen(text); again != s {
			t.Fatalf("Screen(%q) = %+v, then %+v", text, s, again)
		}
		if utf8.RuneCountInString(text) <= bot.ScreenRunes-200 {
			if r := bot.RulesScreen(text); r.Urgent() {
				if !s.Urgent() {
					t.Fatalf("Screen(%q) = %+v, but its rules found %+v", text, s, r)
				}
				if long := bot.Screen(text + filler); !long.Urgent() {
					t.Fatalf("Screen(%q) = %+v, but not urgent when the message goes on: %+v", text, s, long)
				}
			}
		}
	})
}
