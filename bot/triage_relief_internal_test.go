package bot

import (
	"strings"
	"testing"
)

// TestRules_OthersRelievedOfMe: ideation told as others relieved of the
// writer ("my family will finally get a break from me", "they'll be rid of
// me") is a weak sign, an emergency with a plan or "ending it"; "better off
// with out me" is "without me", however it is spelt. A break from the
// writer for a weekend, or from what the writer does, is none.
func TestRules_OthersRelievedOfMe(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my family will finally get a break from me soon. I have a plan for it", true},
		{"they'll all finally be rid of me, I've made a plan", true},
		{"my friends r beter off wit out me, im endin it", true},
		{"everyone would be better off with out me, i'm ending it", true},
		{"soon everyone will be free of me. i've got it all planned", true},
		{"they'd all be relieved if i was gone, i have a plan", true},
		{"my family deserves a break from me. im ending it", true},
		// A time away undoes the relief, not the other signs beside it.
		{"they'd all be relieved if i was gone this weekend, i have the pills ready", true},
		{"everyone would be happier if i was gone for good, i'm done after my shift tonight", true},

		{"my kids get a break from me this weekend at grandmas, i have a plan for my spa day", false},
		{"my husband finally gets a break from me cooking, I have a plan for dinner", false},
		{"my skin finally gets a break from me picking at it", false},
		{"is this serum better with out vitamin c", false},
		{"my husband would be glad if i was gone for the weekend, i have a plan for my spa day", false},
		{"my skin is free of acne, i have a plan", false},
		{"my skin needs a break from me picking", false},
		// A plan for something named in its clause is no sign at all.
		{"got a plan for my skincare routine, is exosome serum a good add", false},
		{"i have a plan for my spa day, should i add the exosome facial", false},
		// Things given away are no plan's object: still an emergency.
		{"I've given most of my stuff away and I've got a plan for Friday.", true},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
}

// TestScreen_WithOutIsWithout: "with out" is read as the one word, within
// a clause only.
func TestScreen_WithOutIsWithout(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"better off wit out me", "better off|without me"},
		{"hang out with out friends", "hang|out|without|friends"},
		{"came with, out of breath", "came|with|out of breath"},
	} {
		var keys []string
		for _, tk := range tokenize(c.text) {
			keys = append(keys, tk.key)
		}
		if got := strings.Join(keys, "|"); got != c.want {
			t.Errorf("%q: tokens %s, want %s", c.text, got, c.want)
		}
	}
}

// TestRules_JokeToneIndicator: a joking tone indicator ("/j", "/jk",
// "/lh") undoes a call to the emergency services made over an obvious
// hyperbole, as "lol" and "jk" do; it undoes nothing else, so every sign
// of a real emergency beside it still alarms.
func TestRules_JokeToneIndicator(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"calling 911 bc my routine has 12 steps now /j", false},
		{"calling an ambulance, my serum collection hit 30 bottles /jk", false},
		{"calling poison control bc i bought 6 serums /j", false},
		{"calling 911 because my skincare routine has 14 steps lol", false},

		{"calling 911 because my skincare routine has 14 steps", true},
		{"calling 911, my throat is closing /j", true},
		{"should I call 911? my toddler drank my serum /j", true},
		{"I'm feeling suicidal because of my acne /j", true},
		{"syncope after an exosome IV drip, still dizzy /j", true},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
	for _, c := range []struct {
		rest string
		n    int
	}{
		{"j", 1}, {"j lol", 1}, {"jk", 2}, {"JK.", 2}, {"lh", 2},
		{"jaw", 0}, {"s", 0}, {"jk2", 0}, {"", 0},
	} {
		if got := jokeTone(c.rest); got != c.n {
			t.Errorf("jokeTone(%q) = %d, want %d", c.rest, got, c.n)
		}
	}
}

// TestRules_ExposureDeniedAndWell: a child's contact with a product whose
// intake is denied outright ("he never put it in his mouth") and that shows
// no sign of harm ("he's happily napping") is no poisoning; a hedged
// denial, anything swallowed, or a symptom keeps it one. A child eating
// food after a product was on a parent's hands is no intake of it.
func TestRules_ExposureDeniedAndWell(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my toddler touched my exosome cream, I wiped it off, he never put it in his mouth and he's happily napping", false},
		{"my toddler got my exosome cream on his hands, he didn't put any in his mouth", false},
		{"my toddler ate avocado after I had exosome cream on my hands", false},
		{"my daughter keeps licking her red chapped lips", false},

		{"my toddler touched my exosome cream, he never put it in his mouth but now he's coughing", true},
		{"my toddler got into my exosome cream, I don't think he put it in his mouth but he's drooling", true},
		{"my toddler touched my retinol cream, not sure if he put it in his mouth", true},
		{"my toddler touched my exosome cream and never put it in his mouth but he swallowed some of the toner", true},
		{"my toddler ate some of my exosome cream", true},
		{"my toddler ate my exosome cream after his avocado", true},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
}

// TestRules_ChillsWithAngrySkin: chills told by what they do ("teeth
// chattering under a duvet in july": a month with a present tense is the
// time of year, not a past) beside skin told as raw or melting meat or
// pizza is an infection; the likeness alone is acne talk, and chills in a
// past month are over.
func TestRules_ChillsWithAngrySkin(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my face looks like a melting pepperoni pizza and I'm under a duvet in july with my teeth chattering", true},
		{"my cheek looks like raw meat and I'm shivering under two blankets", true},
		{"im shivering under a blanket in july and my face is red and hot", true},

		{"my face looks like a pepperoni pizza, what serum helps acne", false},
		{"my skin looks like a pizza lol", false},
		{"I had chills in july, is the facial safe now", false},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
}

// TestRules_ReplacedAndOccasionGoodbyes: belongings given away with a
// reason that replaces them ("switching to the new routine") and a goodbye
// to everyone at the end of an occasion (camp, a party) stay quiet, the
// safety net's alarm on a replaced giveaway included; the same without the
// reason or the occasion, or with a last night, alarm.
func TestRules_ReplacedAndOccasionGoodbyes(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"giving away my old skincare, won't need any of it after switching to the new routine", false},
		{"said goodbye to everyone at the end of summer camp", false},
		{"said my goodbyes to everyone at the airport", false},
		{"giving away all my old makeup since I switched to clean beauty, won't need it anymore", false},

		{"giving away all my stuff, won't need any of it soon", true},
		{"giving away all my skincare, won't need any of it", true},
		{"said goodbye to everyone, this is my last night", true},
		{"said goodbye to everyone at school today, this is my last day", true},
		{"said goodbye to everyone at the party, I have a plan for tonight", true},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
}

// TestRules_LongAndMisspeltMisses: the rules-only misses of the tuned
// sets' long and misspelt cases, each beside a look-alike: "-tion" spelt
// as it sounds ("infecshun"), the room spinning with one leg gone heavy
// (a stroke's signs, weak each), vision "doubled", and a child's intake
// told with only its amount unknown ("not sure how much he drank").
func TestRules_LongAndMisspeltMisses(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"the infecshun on my cheek is spredding fast", true},
		{"my infecshun is spreading and im burning up", true},
		{"suddenly the room spun and my left leg feels heavy", true},
		{"my vision is doubled since this morning", true},
		{"my 18-month-old opened the salicylic acid toner. The toner is half gone, I'm not sure how much he drank.", true},

		{"which serum is best for infecshun prone skin", false},
		{"my left leg feels heavy after leg press at the gym", false},
		{"the room spun after two glasses of wine at the spa lol", false},
		{"my serum order doubled in price", false},
		{"my toddler had my serum tube, not sure how much he got on his hands", false},
		{"my daughter loves my toner, I don't know how much she had this week, is that bad for her skin", false},
	} {
		wantUrgentByRulesAndScreen(t, c.text, c.urgent)
	}
}

// wantUrgentByRulesAndScreen checks that the rules alone, and the whole
// screen (rules and safety net), find text urgent exactly when urgent
// says: the rules are the floor a retrain of the net cannot move.
func wantUrgentByRulesAndScreen(t *testing.T, text string, urgent bool) {
	t.Helper()
	if got := rulesScreen(text).Urgent(); got != urgent {
		t.Errorf("rules: %q: urgent %v, want %v (%s)", text, got, urgent, explain(text))
	}
	if got := Screen(text).Urgent(); got != urgent {
		t.Errorf("screen: %q: urgent %v, want %v (%+v)", text, got, urgent, Screen(text))
	}
}

// TestScreen_PlanNamedByItsObject: a plan "for" an ordinary thing (a meal,
// a spa day) is framed by its object, so neither the rules nor the safety
// net alarm on it; a plan to end things told beside a facial is still an
// emergency.
func TestScreen_PlanNamedByItsObject(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my husband finally gets a break from me cooking, I have a plan for dinner", false},
		{"kids are at grandma's, I have a plan for lunch with the girls", false},
		{"i have a plan for my spa day, should i add the exosome facial", false},

		{"my client told me during her facial that she has a plan to end things this weekend", true},
		{"I have a plan for tonight and I won't be here tomorrow", true},
		{"I've got a plan, nobody will miss me, anyway which facial is best", true},
	} {
		if got := Screen(c.text).Urgent(); got != c.urgent {
			t.Errorf("screen: %q: urgent %v, want %v (%s)", c.text, got, c.urgent, explain(c.text))
		}
	}
}

// TestScreen_RecoveryCountedInTime: a self-harm past with the recovery
// counted in time is no alarm, even for the safety net; a recovery told as
// broken since, or a count beside a fresh act, is.
func TestScreen_RecoveryCountedInTime(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"the old habit with the razor came back last year but i got help and i'm 8 months clean now", false},
		{"used to hurt myself as a teen, clean for three years now, will exosomes fade the scars?", false},
		{"2 years clean from cutting today!! what fades old white scars best", false},

		{"i was 8 months clean but i cut again last night and it's deep", true},
		{"clean for a year until tonight, i don't want to be here anymore", true},
		{"6 months clean and i just want to die tonight", true},
	} {
		if got := Screen(c.text).Urgent(); got != c.urgent {
			t.Errorf("screen: %q: urgent %v, want %v (%s)", c.text, got, c.urgent, explain(c.text))
		}
	}
}
