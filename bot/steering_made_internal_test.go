package bot

import (
	"strings"
	"testing"
)

// TestSteeringNeeds_MadeToSay runs the "make it say…" pattern over the ways
// of writing what it matches — its openers, verbs, determiners, objects
// and verbs of saying, in any case, joined by one space or two — and
// checks that its test (steeringNeeds) passes each message it matches.
func TestSteeringNeeds_MadeToSay(t *testing.T) {
	i := -1
	for k, st := range steering {
		if strings.Contains(st.pattern.src, "(make|get|force|trick)") {
			i = k
		}
	}
	if i < 0 || steeringNeeds[i] == nil {
		t.Fatal("no test of the make-it-say pattern: its source changed?")
	}
	matched := 0
	for _, open := range []string{"", "ok. ", "so, ", "please ", "i'll ", "lol ", "remake "} {
		for _, verb := range []string{"make", "Get", "FORCE", "trick"} {
			for _, det := range []string{"", " the", " THIS", "  the"} {
				for _, who := range []string{"it", "Bot", "you", "yourself", "EXOBOT", "ai", "chatbot", "its"} {
					for _, to := range []string{"", " to", " TO"} {
						for _, say := range []string{" say", " Admit", " announce", "  say"} {
							text := open + verb + det + " " + who + to + say + " so"
							if !steering[i].pattern.re().MatchString(text) {
								continue
							}
							matched++
							if !steeringNeeds[i](text) {
								t.Errorf("the pattern matches %q, which its test rejects", text)
							}
						}
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("the pattern matched none of the messages")
	}
}
