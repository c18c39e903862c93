package bot

import "testing"

// TestScreen_ALeadDoesNotMakeAQuestionPersonal: a lead before a question
// about no one in particular ("be honest, does…", "ok but does…",
// "honestly, does…") leaves it a question, as it is without the lead; the
// writer's own pain or signs after the same lead still alarm.
func TestScreen_ALeadDoesNotMakeAQuestionPersonal(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"be honest, does exosome microneedling hurt like hell", false},
		{"honestly, does microneedling hurt like hell?", false},
		{"ok but does exosome microneedling hurt like hell", false},
		{"tbh does the exosome injection hurt like crazy", false},

		{"so does it hurt like hell when my lips go numb and purple?", true},
		{"be honest, my throat is closing up after the facial, is that normal?", true},
		{"ok but my lip went white and blotchy after the filler and it's agony", true},
	} {
		if got := Screen(c.text); got.Urgent() != c.urgent {
			t.Errorf("%q: screen says %q, want urgent %v\n\t%s", c.text, got.Urgency, c.urgent, explain(c.text))
		}
	}
}

// TestScreen_ShorthandAloneGivesTheNetNothing: a message with no word of
// three letters as written ("pt C o 2", and "2 2 10 X o LB 21 U N 000",
// where "N" reads as "and"; both found by FuzzScreen) is no alarm from
// the safety net, which would read it differently once the message goes
// on; staff shorthand the rules read ("pt c/o SOB") still alarms.
func TestScreen_ShorthandAloneGivesTheNetNothing(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"pt C o 2", false},
		{"pt c/o 2", false},
		{"2 2 10 X o LB 21 U N 000", false},
		{"u n r ur", false},
		{"pt c/o SOB", true},
	} {
		if got := Screen(c.text); got.Urgent() != c.urgent {
			t.Errorf("%q: screen says %q, want urgent %v\n\t%s", c.text, got.Urgency, c.urgent, explain(c.text))
		}
	}
}

// TestScreen_ThousandsAreNoEmergencyNumber: a price written with a
// thousands separator ("25,000 shillings") is one number, not 25 and the
// Australian emergency number 000; the number itself is still a call for
// help, and so is a list of numbers with 000 in it.
func TestScreen_ThousandsAreNoEmergencyNumber(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"I work in Nairobi and a shop here sells an exosome serum for 25,000 shillings, is it FDA approved?", false},
		{"I paid 1,000 dollars for three sessions and I need to know if it works", false},
		{"my clinic charges 12,000 rand, should I do it", false},
		{"I called 000, my daughter is not breathing properly", true},
		{"I need 000 now, he collapsed", true},
		{"should I call 000 or 111, her lips are going blue", true},
	})
}

// TestScreen_JamaicanLittleOne: "likkle" is "little" and "outta" "out of"
// in Jamaican English: "mi likkle one just drink outta di serum bottle" is
// a child who drank a product (eval-v48's one missed emergency at its first
// run); a little one who only plays with a bottle is not.
func TestScreen_JamaicanLittleOne(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"mi likkle one just drink outta di serum bottle, she only three", true},
		{"mi likkle girl drink outta di toner bottle", true},
		{"mi lickle one swallow di retinol cream", true},

		{"mi likkle one just play wid di serum bottle, it shut tight", false},
		{"get outta here, exosomes for a likkle price?", false},
		{"a likkle bit of serum goes a long way", false},
	})
}
