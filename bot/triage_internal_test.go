package bot

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
)

// TestMain builds the screen's tables before any test: the internal tests
// read them directly, not through Screen.
func TestMain(m *testing.M) {
	screenReady()
	os.Exit(m.Run())
}

// screenSlow screens like screenPart with quick rejection off: every
// detector runs on every text.
func screenSlow(s string) Screening {
	toks := tokenize(s)
	if len(toks) == 0 {
		return Screening{}
	}
	x := newText(toks)
	x.quick = false
	found, hint := decide(x)
	if found.Urgent() {
		return found
	}
	return netScreen(s, hint, nil)
}

// rulesScreen is Screen without the safety net: what the rules alone find.
func rulesScreen(text string) Screening {
	screenReady()
	var s Screening
	head, tail := boundedParts(text)
	for _, part := range []string{head, tail} {
		if toks := tokenize(part); len(toks) > 0 {
			if t, _ := decide(newText(toks)); t.Urgent() && (!s.Urgent() || urgencyRank[t.Urgency] < urgencyRank[s.Urgency]) {
				s = t
			}
		}
	}
	return s
}

// explain lists the signs the detectors find in s, for a failing test's
// message: kind, group, weak or strong, relayed.
func explain(s string) string {
	x := newText(tokenize(s))
	var b strings.Builder
	for i := range detectors {
		if sig, ok := x.find(&detectors[i]); ok {
			fmt.Fprintf(&b, "[%s %s weak=%v relayed=%v] ", sig.kind, sig.group, sig.weak, sig.relayed)
		}
	}
	if b.Len() == 0 {
		var keys []string
		for _, t := range x.toks {
			keys = append(keys, t.key)
		}
		return "no signs; tokens: " + strings.Join(keys, "|")
	}
	return b.String()
}

// Explain is explain for the external tests.
func Explain(s string) string { return explain(s) }

// evalQuestions returns every question of the evaluation and triage sets.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	return questionsIn(t, "../cmd/exobot/testdata/eval*.jsonl", "testdata/triage.jsonl")
}

// questionsIn returns the questions of the JSON-lines files the globs
// match, in order; a line that is not a case fails the test.
func questionsIn(t *testing.T, globs ...string) []string {
	t.Helper()
	var files []string
	for _, g := range globs {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no evaluation files")
	}
	var qs []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct{ Question string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			qs = append(qs, c.Question)
		}
		fh.Close()
	}
	return qs
}

// The fast path (a detector whose words are absent is skipped without
// looking) must never hide an emergency the detectors would find: on every
// evaluation and triage question, and on the unit tests' examples, the
// screen with and without it agree.
func TestScreen_FastPathHidesNothing(t *testing.T) {
	qs := append(evalQuestions(t), triageExamples()...)
	if len(qs) < 300 {
		t.Fatalf("only %d questions checked", len(qs))
	}
	for _, q := range qs {
		if fast, slow := screenPart(q, nil), screenSlow(q); fast != slow {
			t.Errorf("%q: fast path %+v, every detector %+v", q, fast, slow)
		}
	}
}

// CountScreens runs f and returns how many times Screen screened text
// meanwhile. Tests that use it must not run in parallel with each other.
func CountScreens(t *testing.T, text string, f func()) int {
	t.Helper()
	var n atomic.Int64
	hook := func(s string) {
		if s == text {
			n.Add(1)
		}
	}
	screenHook.Store(&hook)
	t.Cleanup(func() { screenHook.Store(nil) })
	f()
	screenHook.Store(nil)
	return int(n.Load())
}

func TestExplain(t *testing.T) {
	s := os.Getenv("TRIAGE_EXPLAIN")
	if s == "" {
		t.Skip("set TRIAGE_EXPLAIN to a message to see the signs the screen finds in it")
	}
	for _, line := range strings.Split(s, "\n") {
		t.Logf("%q: %+v %s", line, Screen(line), explain(line))
	}
}

var updateTypos = flag.Bool("update-typos", false, "rewrite triage_nottypos.go from the English word list")

// No English word may be read as a misspelling of a word of the tables
// ("smelling" is not "swelling", "cooking" not "choking"): notTypos lists
// every such word of the English list the index ships (the 50,000 most
// frequent words of spoken English). go test -run NotTypos -update-typos
// rewrites it after the tables change.
func TestScreen_NotTyposListsEveryEnglishNearMiss(t *testing.T) {
	data, err := os.ReadFile("../index/english/subtlex-us.txt")
	if err != nil {
		t.Skipf("no English word list: %v", err)
	}
	var near []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(string(data)) {
		w = strings.ToLower(w)
		if seen[w] {
			continue
		}
		seen[w] = true
		if _, ok := lexicon[canon(w)]; ok {
			continue
		}
		if len(w) >= fuzzyMinLen && fuzzySearch(w) != "" {
			near = append(near, w)
		}
	}
	sort.Strings(near)
	if *updateTypos {
		var b strings.Builder
		b.WriteString("// Code generated by go test -run NotTypos -update-typos; DO NOT EDIT.\n\npackage bot\n\n")
		b.WriteString("// notTypos are the English words one letter away from a word of the\n// tables, which fuzzyWord must not read as its misspelling.\nvar notTypos = map[string]bool{\n")
		for _, w := range near {
			fmt.Fprintf(&b, "\t%q: true,\n", w)
		}
		b.WriteString("}\n")
		src, err := format.Source([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("triage_nottypos.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, w := range near {
		if !notTypos[w] {
			t.Errorf("%q would be read as %q: run go test ./bot -run NotTypos -update-typos", w, fuzzySearch(w))
		}
	}
}

func TestTagSet_HoldsEveryTag(t *testing.T) {
	for tg := tag(1); tg < numTags; tg++ {
		var s tagSet
		s.add(tg)
		var o tagSet
		o.add(tg)
		if !s.has(tg) || !s.any(o) || !(tagSet{}).union(s).has(tg) {
			t.Errorf("tag %d is lost by tagSet", tg)
		}
		for other := tag(1); other < numTags; other++ {
			if other != tg && s.has(other) {
				t.Errorf("tag %d also reads as %d", tg, other)
			}
		}
	}
}

// A deletion two table words share is read as the first of them in byte
// order ("inection" is always "infection", never "injection" on some runs):
// the tables must not depend on the order a map is walked in.
func TestScreen_TypoTablesAreDeterministic(t *testing.T) {
	screenReady()
	for w := range fuzzyWords {
		for i := range len(w) {
			d := w[:i] + w[i+1:]
			if got := fuzzyDeletes[d]; got > w {
				t.Errorf("deletion %q reads as %q, want %q (first in byte order)", d, got, w)
			}
		}
	}
	if got := fuzzyWord("inection"); got != "infection" {
		t.Errorf(`fuzzyWord("inection") = %q, want "infection"`, got)
	}
}

// The rules alone, without the safety net, on the wordings of the causes
// of triage-v9's rule misses and false alarms (the net learnt that set's
// own wordings; these hold the rules to the kind of wording).
func TestRules_TriageV9Causes(t *testing.T) {
	cases := []struct {
		text string
		want Urgency
	}{
		// A sign's subject that is no person: a jaw, a shelf, a barrier.
		{"my jaw hit the floor when i saw her skin", UrgencyNone},
		{"the bathroom cabinet is collapsing under my serums lol", UrgencyNone},
		{"my barrier is literally collapsing after that peel", UrgencyNone},
		{"i hit the floor after the filler and can't get up", UrgencyHeartBrain},
		{"the shelf fell and my mum collapsed", UrgencyHeartBrain},
		// Staff asking about a case in general, "a client" read as one.
		{"how should the front desk respond to a client who talks about suicide?", UrgencyNone},
		{"how should i respond, my client just told me she wants to kill herself", UrgencySelfHarm},
		// Self-harm in its practicalities: two weak signs make one.
		{"written the note, got everything i need", UrgencySelfHarm},
		{"what happens to my emails after i die? planning for this weekend", UrgencySelfHarm},
		{"who should have my makeup? decided to stop trying", UrgencySelfHarm},
		{"can you take them all at once? been saving mine up", UrgencySelfHarm},
		{"i'm not planning on being here next week, so i'm giving my serums to my sister", UrgencySelfHarm},
		{"he'll be gone by morning, he says his face ruined his life", UrgencySelfHarm},
		{"no point carrying on. tonight's the night", UrgencySelfHarm},
		{"the blade's back out after a year clean", UrgencySelfHarm},
		{"dont wana live anymore", UrgencySelfHarm},
		// More wordings of the same kinds, written after the fixes above
		// (the rules missed 12 of 29 such probes before): held here only,
		// not among the net's examples, where they cost the retrained net
		// two held-back emergencies (triage-v4 30 -> 29, triage-v5 29 -> 28).
		{"my last night alive, so no more skincare", UrgencySelfHarm},
		{"my last night, just wanted to say thanks", UrgencySelfHarm},
		{"my last night in rome, just wanted to say thanks", UrgencyNone},
		{"how many of these tablets would you never wake up from", UrgencySelfHarm},
		{"took my pills and didnt wake up until 10", UrgencyNone},
		{"is 25 codeine enough", UrgencySelfHarm},
		{"is 25 ibuprofen enough for the week", UrgencyNone},
		{"the burns on my forearm are open again", UrgencySelfHarm},
		{"the laser burns on my forearm are open again", UrgencyNone},
		{"i can't imagine still being here next year", UrgencySelfHarm},
		{"i can't imagine still being here in this city next year", UrgencyNone},
		{"sorry for everything, these are my final words you'll hear from me", UrgencySelfHarm},
		// The weak signs of self-harm with a skincare object are not ones.
		{"decided to stop trying every new serum, got everything i need", UrgencyNone},
		{"no point carrying on with retinol if it burns, i picked the day to switch", UrgencyNone},
		{"wrote a letter to the brand, done with trying their stuff", UrgencyNone},
		{"who should get my leftover samples? i'm tired of everything in my drawer", UrgencyNone},
		{"got everything i need for the facial, wrote a note of my allergies", UrgencyNone},
		{"planning my facial for this week, what happens after you die is a mystery lol", UrgencyNone},
		{"the dermaplaning razor is back out, what serum after?", UrgencyNone},
		// A stripe up a limb, a known allergy's reaction again, cold dead
		// skin or a blurry patch after filler, the youngest who drank a
		// product, goo on a child's mouth, the wrong word, a smile that
		// won't go up, breathing that sounds like something, "little" of
		// the bottle and of the swelling.
		{"red stripes going up my leg from the injection site", UrgencyInfection},
		{"my throat is doing what it did with the bee sting allergy", UrgencyAirway},
		{"icy patch on my nose since the filler", UrgencyInjection},
		{"a blurry patch over my left eye since the filler", UrgencyInjection},
		{"cold sore on my lip after filler", UrgencyNone},
		{"my youngest drank the toner", UrgencyPoisoning},
		{"my toddler has gunk from the serum all over her mouth", UrgencyPoisoning},
		{"the wrong words come out and my right arm is numb", UrgencyHeartBrain},
		{"half my smile won't go up", UrgencyHeartBrain},
		{"i sound like a whistle when i breathe and my lips are swelling", UrgencyAirway},
		{"lips swollen after that little bottle of serum", UrgencyAirway},
		{"lips a little swollen after the serum", UrgencyNone},
	}
	for _, c := range cases {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_TriageV10Causes holds, for the rules alone, the kinds of
// wording behind triage-v10's first-run misses: the chest named by its
// bones, an "if" that reports the present, a plan to end it, mushy words,
// waking on the floor still dizzy, a chemical named in one sentence and
// the burning eye in the next, a mouthful of a treatment, "how rare is…",
// the neck tight inside, bent forward to get air, the middle of me, a
// goodbye and no answer since, looking up ways to go, "worse than
// expected" (a comparison, not "is it normal").
func TestRules_TriageV10Causes(t *testing.T) {
	cases := []struct {
		text string
		want Urgency
	}{
		{"squeezing behind my breastbone and i'm sweating", UrgencyHeartBrain},
		{"feels like someone is sitting on my ribs", UrgencyHeartBrain},
		{"my ribs feel tight and my lips are tingling", UrgencyAirway},
		{"my cat is sitting on my chest again lol", UrgencyNone},
		{"this dress is so tight on my ribs", UrgencyNone},
		{"my ribs hurt after falling off my bike", UrgencyNone},
		{"is it okay to just sleep if my cheek is swollen hot and i've got the shakes", UrgencyInfection},
		{"can i still get a facial if my skin is sensitive and red", UrgencyNone},
		{"what should i do if my cheek gets swollen and hot and i get the shakes", UrgencyNone},
		{"should i go in if my face is going to swell", UrgencyNone},
		{"not that it matters, i'm planning on ending it after my birthday", UrgencySelfHarm},
		{"i'm planning on ending it with my boyfriend after my birthday", UrgencyNone},
		{"planning to end it with this serum, it broke me out", UrgencyNone},
		{"my smile looks lopsided and my words are mushy", UrgencyHeartBrain},
		{"woke up on the floor and i'm still dizzy", UrgencyHeartBrain},
		{"how do i get glycolic peel off my eyelid? my eye is burning and blurry", UrgencyPoisoning},
		{"my eyes are burning and blurry from crying", UrgencyNone},
		{"my daughter got a mouthful of my acne treatment", UrgencyPoisoning},
		{"how rare is anaphylaxis with skincare ingredients in general", UrgencyNone},
		{"how often do people get hives from exosome serum", UrgencyNone},
		{"my neck feels tight on the inside and it's getting worse", UrgencyAirway},
		{"my neck feels tight after the gym", UrgencyNone},
		{"i have to sit bent forward to get air", UrgencyAirway},
		{"bent forward to get air out of the bottle", UrgencyNone},
		{"this crushing feeling in the middle of me won't go", UrgencyHeartBrain},
		{"stuck in the middle of me and my sister's fight lol", UrgencyNone},
		{"my sister texted me goodbye and now she won't answer her phone", UrgencySelfHarm},
		{"she won't answer her phone, typical", UrgencyNone},
		{"i've been looking up ways to go and i think i've picked one", UrgencySelfHarm},
		{"looking up ways to go vegan with my skincare", UrgencyNone},
		{"looking up ways to go to the airport", UrgencyNone},
		{"can i take ibuprofen? the pain is way worse than expected and the skin looks white then purple in spots after filler", UrgencyInjection},
		{"my lip is more swollen than usual and throbbing after filler", UrgencyNone},
		{"is it normal after filler that the skin looks purple in spots", UrgencyNone},
	}
	for _, c := range cases {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}

// TestRules_TriageV11Causes holds, for the rules alone, the kinds of
// wording behind triage-v11's first-run misses and false alarms: a passive
// wish not to wake up, disappearing for good, others "happier without"
// someone (said by or of them), a product misspelt after a swallow, a
// question led by "in theory", "just wondering," or "quick question," (a
// lead in its own clause does not make the "if" after it a report), and a
// vet's or a doctor's all-clear about him or her (not the person's own
// "she said she's fine").
func TestRules_TriageV11Causes(t *testing.T) {
	cases := []struct {
		text string
		want Urgency
	}{
		{"honestly wouldnt mind if i didnt wake up tomorrow 🙃", UrgencySelfHarm},
		{"i'd be fine if i never woke up", UrgencySelfHarm},
		{"so tired of waking up. doesnt matter what i put on my face", UrgencySelfHarm},
		{"i wouldnt mind if i didnt wake up so early for work", UrgencyNone},
		{"so tired of waking up with a new breakout every week", UrgencyNone},
		{"sick of waking up to dry flaky skin", UrgencyNone},
		{"i wouldnt be upset if i didnt wake up tomorrow", UrgencySelfHarm},
		{"honestly it would be nice to just not wake up", UrgencySelfHarm},
		{"i'd be ok with not waking up tomorrow", UrgencySelfHarm},
		{"i wouldnt be upset if i didnt wake up with a breakout", UrgencyNone},
		{"it would be nice to not wake up at 5am for once", UrgencyNone},
		{"kinda feel like disappearing permanently would fix everything haha", UrgencySelfHarm},
		{"i just want to vanish for good", UrgencySelfHarm},
		{"i want my dark spots to disappear permanently", UrgencyNone},
		{"will the redness vanish for good after microneedling?", UrgencyNone},
		{"i feel like disappearing after that awkward meeting lol", UrgencyNone},
		{"i wish i could fade away forever", UrgencySelfHarm},
		{"i wish my dark spots would fade away forever", UrgencyNone},
		{"my teen daughter left a note saying we'd all be happier without her", UrgencySelfHarm},
		{"i dont wanna liv anymor, evry1 wud be beter off", UrgencySelfHarm},
		{"honestly we're all happier without him since the divorce", UrgencyNone},
		{"everyone would be better off using sunscreen daily", UrgencyNone},
		{"my skin is happier without retinol", UrgencyNone},
		{"i live for this serum", UrgencyNone},
		{"baby swalowed face creem pls help", UrgencyPoisoning},
		{"my toddler drank some seurm", UrgencyPoisoning},
		{"my baby loves the smell of my face creem", UrgencyNone},
		{"in theory can a topical serum make you pass out?", UrgencyNone},
		{"just wondering, if a toddler licked a bit of retinol cream would that be bad", UrgencyNone},
		{"just curious, can a strong retinol make you faint", UrgencyNone},
		{"quick question, can serum make you pass out?", UrgencyNone},
		{"random question, if a baby licked some toner would it be dangerous", UrgencyNone},
		{"quick question, my lips are swelling and my throat feels tight, is that normal?", UrgencyAirway},
		{"just wondering, my toddler licked my retinol cream and now he's drooling, is that bad?", UrgencyPoisoning},
		{"i'm wondering if my throat is closing, it feels so tight", UrgencyAirway},
		{"my dog chewed a cotton pad with toner on it, vet said hes fine. anyway is toner before exosome serum ok?", UrgencyNone},
		{"my son drank some toner, the doctor said hes fine", UrgencyNone},
		{"my son drank some toner and now hes vomiting", UrgencyPoisoning},
		{"my son drank some toner, he said hes fine", UrgencyPoisoning},
		{"my mom tried my serum and her face is swelling up and she's wheezing, she said she's fine but she sounds awful", UrgencyAirway},
		// The rules-alone misses: a lump felt in a later clause, hives that
		// "are spreading" in a later clause, a marbled or dusky, painful
		// face, a vision change told mildly after an injection, a product in
		// the mouth of a child named in the sentence before, an ultimatum
		// beside a plan, "every time i look" (a change, not a habit) and
		// "do people usually" (others' habit, not the writer's).
		{"put on the exosome mask like 10 min ago and now i keep clearing my throat, feels like theres a golf ball stuck in there", UrgencyAirway},
		{"my golf ball is stuck in there under the car lol, anyway best serum?", UrgencyNone},
		{"itchy welts popping up on my chest then arms then belly, started after the booster, theyre spreading so fast", UrgencyAirway},
		{"last summer i had welts on my arms and they spread everywhere, cleared up in a day", UrgencyNone},
		{"they did the exosome + filler combo by my nose an hour ago and part of my cheek looks kind of like marble", UrgencyInjection},
		{"after my filler my skin looks like smooth marble, obsessed", UrgencyNone},
		{"side of my nose looks kinda dusky and its throbbing way more than they said it would", UrgencyInjection},
		{"love this dusky rose blush on my cheeks", UrgencyNone},
		{"seeing slightly double since my forehead injections earlier, probably just tired 😅", UrgencyInjection},
		{"since my forehead injections, my photos look a bit blurry", UrgencyNone},
		{"toddler was quiet too long... found him with my retinol cream smeared all over his face and in his mouth", UrgencyPoisoning},
		{"my son is 2. he got a dab of retinol cream on his cheek but not in his mouth", UrgencyNone},
		{"Honestly though, if this doesn't work I'm done. I've already figured out how I'd do it.", UrgencySelfHarm},
		{"if this doesn't work I'm done with exosomes, i've figured out how to get a refund", UrgencyNone},
		{"after my exosome injections the skin by my nose is white and blotchy and super painful — also how many sessions do people usually need?", UrgencyInjection},
		{"do people usually get white blotchy skin after injections?", UrgencyNone},
		{"the microneedling spot on my cheek is hot to the touch and the red patch is bigger every time i look, plus i feel like ive got the flu", UrgencyInfection},
		{"every time i get microneedling my cheek is hot and red for a day and i feel like ive got the flu", UrgencyNone},
	}
	for _, c := range cases {
		if got := rulesScreen(c.text); got.Urgency != c.want {
			t.Errorf("%q: rules say %q, want %q\n\t%s", c.text, got.Urgency, c.want, explain(c.text))
		}
	}
}
