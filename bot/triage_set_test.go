package bot_test

import (
	"fmt"
	"sort"
	"testing"

	"exobot/bot"
)

// triageCase is one case of a triage set (testdata/triage*.jsonl), written
// by someone who had not seen the screen's code.
type triageCase struct {
	Question string `json:"question"`
	Expect   string `json:"expect"` // urgent | not_urgent
	Group    string `json:"group"`
	Kind     string `json:"kind"`
	Note     string `json:"note"`
}

func readTriageSet(t *testing.T, path string) []triageCase {
	t.Helper()
	cs := bot.ReadJSONLines[triageCase](t, path)
	for n, c := range cs {
		if c.Expect != "urgent" && c.Expect != "not_urgent" {
			t.Fatalf("%s: case %d: expect %q", path, n+1, c.Expect)
		}
	}
	return cs
}

// setScore is what the screen does on a triage set.
type setScore struct{ urgent, caught, calm, alarms int }

func (s setScore) String() string {
	return fmt.Sprintf("emergencies caught %d/%d (%.1f%%), false alarms %d/%d (%.1f%%)", s.caught, s.urgent, pct(s.caught, s.urgent), s.alarms, s.calm, pct(s.alarms, s.calm))
}

// scoreTriageSet screens every case of a set. When t is not nil it reports
// each miss (as an error when missesFail) and each false alarm, and logs
// the rates per group and kind; a holdback set is scored with t nil, as
// totals only.
func scoreTriageSet(t *testing.T, cases []triageCase, missesFail bool) setScore {
	type tally struct{ n, hit int }
	per := map[string]*tally{}
	var sc setScore
	for _, c := range cases {
		s := bot.Screen(c.Question)
		key := fmt.Sprintf("%-10s %-12s %s", c.Expect, c.Group, c.Kind)
		if per[key] == nil {
			per[key] = &tally{}
		}
		per[key].n++
		switch {
		case c.Expect == "urgent":
			sc.urgent++
			if s.Urgent() {
				sc.caught++
				per[key].hit++
			} else if t != nil && missesFail {
				t.Errorf("missed [%s/%s]: %q", c.Group, c.Kind, c.Question)
			} else if t != nil {
				t.Logf("missed [%s/%s]: %q", c.Group, c.Kind, c.Question)
			}
		default:
			sc.calm++
			if s.Urgent() {
				sc.alarms++
				per[key].hit++
				if t != nil {
					t.Logf("false alarm [%s] %q: %s", c.Kind, c.Question, s.Urgency)
				}
			}
		}
	}
	if t == nil {
		return sc
	}
	keys := make([]string, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s  %d/%d", k, per[k].hit, per[k].n)
	}
	t.Logf("%s", sc)
	return sc
}

// TestScreen_TriageSet holds the screen to the triage set: every emergency
// caught and at most 1% false alarms among the messages that only sound
// alarming. With -v it prints the rates per group and kind, and the totals
// of the holdback set (which is never looked at case by case and holds no
// floor: it says whether the fixes generalise).
//
//	go test ./bot -run TriageSet -v
func TestScreen_TriageSet(t *testing.T) {
	cases := readTriageSet(t, "testdata/triage.jsonl")
	if len(cases) < 350 {
		t.Fatalf("%d cases, want at least 350", len(cases))
	}
	sc := scoreTriageSet(t, cases, true)
	if sc.urgent < 200 || sc.calm < 150 {
		t.Errorf("%d emergencies and %d others, want at least 200 and 150", sc.urgent, sc.calm)
	}
	if float64(sc.alarms) > 0.01*float64(sc.calm) {
		t.Errorf("false alarms %d/%d, want at most 1%%", sc.alarms, sc.calm)
	}
	hold := scoreTriageSet(nil, readTriageSet(t, "testdata/triage-holdback.jsonl"), false)
	t.Logf("holdback (totals only): %s", hold)
}

// TestScreen_LaterTriageSets holds the screen to the tuned parts of the
// later independent sets, each by another writer (testdata/triage-v2.jsonl
// to triage-v82.jsonl): at least the floors below, which only ever rise.
// With -v it prints the rates per group and kind, each miss and false
// alarm, and the totals of each held-back quarter
// (triage-v*-holdback.jsonl), which is never read case by case and holds
// no floor.
//
//	go test ./bot -run 'LaterTriageSets/v3' -v
func TestScreen_LaterTriageSets(t *testing.T) {
	sets := []struct {
		name      string
		minCases  int
		minCaught int // of the tuned part's emergencies
		maxAlarms int // of its messages that only sound alarming
	}{
		{"v2", 280, 180, 0},  // of 180 emergencies and 108 others
		{"v3", 240, 143, 0},  // of 144 emergencies and 102 others
		{"v4", 270, 150, 0},  // of 150 emergencies and 120 others
		{"v5", 270, 150, 0},  // of 150 emergencies and 120 others
		{"v6", 230, 133, 0},  // of 133 emergencies and 100 others
		{"v7", 240, 146, 0},  // of 146 emergencies and 100 others (1 false alarm until a wish to die at the sight of a skin feature was read as a figure)
		{"v8", 240, 146, 0},  // of 146 emergencies and 100 others
		{"v9", 240, 146, 0},  // of 146 emergencies and 100 others
		{"v10", 240, 146, 0}, // of 146 emergencies and 100 others
		{"v11", 240, 146, 0}, // of 146 emergencies and 100 others
		{"v12", 220, 128, 0}, // of 128 emergencies and 98 others (first run 124 and 2; 127 once the net learnt it, 128 and 0 once the rules read a need that ends soon, a swelling that went down, a denied intake and a death foretold on looks)
		{"v13", 220, 128, 0}, // of 128 emergencies and 98 others (first run 123 and 4; 128 and 3 once the net learnt it, 0 once a pet that only tried or licked skin and a recovery timed in minutes were read)
		{"v14", 220, 128, 0}, // of 128 emergencies and 98 others (first run 126 and 3; 128 once the net learnt it; 0 once a fuss laughed off as giving a symptom, a pace that times an improvement and a staff question asked "how to handle…" were read)
		{"v15", 220, 128, 0}, // of 128 emergencies and 98 others (first run 123 and 1; 128 once the net learnt it; 0 once a product named as the emergency service was read as a figure)
		{"v16", 220, 128, 0}, // of 128 emergencies and 98 others (first run 127 and 0; 128 once the net learnt it)
		{"v17", 220, 128, 0}, // of 128 emergencies and 98 others (first run 127 and 1; 128 once the net learnt it; 0 once a joke tag on a call for help and a denied exposure were read)
		{"v18", 220, 128, 0}, // of 128 emergencies and 98 others (first run 124 and 0; 128 once the net learnt it)
		{"v19", 220, 128, 0}, // of 128 emergencies and 100 others (first run 120 and 5; 128 once the net learnt it; 0 false alarms once the rules read its figures and settled scares)
		{"v20", 220, 128, 0}, // of 128 emergencies and 100 others (first run 126 and 7; 128 once the net learnt it; 0 false alarms once the rules read jokes taken back, an ellipsis before a cause, role plays and drafted macros, and a scare a nurse found fine)
		{"v21", 220, 128, 0}, // of 128 emergencies and 100 others (first run 125 and 5; 127 once the net learnt it; 128 and 0 by the rules alone once they read its understated fever, a purchase dated before the case, absences, hypotheticals and training)
		{"v22", 220, 128, 0}, // of 128 emergencies and 100 others (first run 124 and 1; 128 once the net learnt it; 128 and 0 by the rules alone once they read its understated self-harm, elephant-on-the-chest, microinjections and a drafted handout)
		{"v23", 220, 128, 0}, // of 128 emergencies and 100 others (first run 115 and 3; 128 once the net learnt it; 128 and 0 by the rules alone once they read its breath hard to get, fevers and occlusions told plainly, a faint that ended on the floor, a child in slang, a scare disproved, self-harm told aside or texted, a fright at a needle and a CPD question)
		{"v24", 220, 128, 0}, // of 128 emergencies and 100 others (first run 119 and 1; 128 once the net learnt it; no false alarm once the rules read a harmless cause a check found; 128 by the rules alone once they read Caribbean spellings, a past that dates a person, "where it went in" and "mine had a mouthful")
		{"v25", 220, 128, 0}, // of 128 emergencies and 100 others (first run 122 and 6; 128 once the net learnt it; 128 and 0 by the rules alone once they read its play-downs, a staff writer introduced by role, an example after a general question, Scots and Caribbean spellings, settled and decade-old pasts, pretend play, tablets counted after, relapses told as slips and old ways, and occlusions told by likeness)
		{"v26", 220, 128, 0}, // of 128 emergencies and 100 others (first run 127 and 6; 128 once the net learnt it; 0 false alarms once the rules read a harmless cause a check found, a past over years ago or "grand now", an "end it" someone meant of a routine, a staff question asking to outline how we handle a patient, and a face grey from a tired shift; by the rules alone 121 → 127 once they read "take the lot and not wake up", "bub", making a child throw up, "asking for my son who just did", "asking for me" and "finishing it properly"; 128 once they read "better if I go" with others spared the cost of the writer)
		{"v27", 220, 128, 0}, // of 128 emergencies and 100 others (first run 126 and 4; 128 and 3 once the net learnt it; 0 false alarms once the rules read a thing that "wan kill me", a temperature said normal and a scare fine for weeks; by the rules alone 116 → 128 once they read "a bit" as no bite, a sign asked about then "still" there, growth by the hour, an eye dimmer, "injecshuns", a noun's "'s", "asking because" the bottle is empty, "won't be getting any older", "cuttn", "ion" and a night picked after a day of thinking about it)
		{"v28", 220, 128, 0}, // of 128 emergencies and 100 others (first run 124 and 3; 128 and 2 once the net learnt it; 0 false alarms once the rules read pills of a daily routine and a scare fine for a month; by the rules alone 115 → 123 once they read "al" and "tnite", a mouth that hangs, words that won't come out right, "when I was brushing my teeth" tonight, a return to the razor, a near jump from a bridge, being "found", others better off soon, "the end for me" with everything ready and a plan to "be gone by" a date; 128 once they read a question asked then said to be the case now, a reason after "if" told as it is, a child who "drinks" a product and a child found with pills, the bottle open)
		{"v29", 220, 128, 0}, // of 128 emergencies and 100 others (first run 128 and 2; 128 and 2 once the net learnt it; the rules alone 115 and 2; 0 false alarms once the rules read poisoned "by" ads or hype as a figure and a scare "totally healed now" as over; by the rules alone 124 → 128 once they read "not a big drama", "why… since my nose job this morning", a voice going small all of a sudden after a mask, and a blackout that ended on the floor however asked)
		{"v30", 220, 128, 0}, // of 128 emergencies and 100 others (first run 126 and 6; 127 once the net learnt it; 128 and 0 once the rules read a product that takes a few words to name in "could … make", "a known reaction", "toxic if swallowed", a vet who said it will pass, a wish "way happier now" past, "nobdy", a little brother, half a bottle of vitamins, a pet's keeping arranged with no one to worry after, and a bridge that would end it all; by the rules alone 120 → 125, then 127 once they read a sting "loads" at an injection beside white skin and one gone quiet after a sip of a product)
		{"v31", 220, 128, 0}, // of 128 emergencies and 100 others (first run 121 and 1; 128 and 0 once the net learnt it; the rules alone 114 and 0, then 128 once they read its fourteen misses' causes)
		{"v32", 220, 128, 0}, // of 128 emergencies and 100 others (first run 126 and 2; 128 and 2 once the net learnt it; the rules alone 117 and 2, then 128 and 0 once they read its eleven misses' and two false alarms' causes)
		{"v33", 220, 128, 0}, // of 128 emergencies and 100 others (first run 127 and 6; 128 and 5 once the net learnt it; the rules alone 118 and 5, then 128 and 0 once they read its ten misses' and five false alarms' causes)
		{"v34", 220, 128, 2}, // of 128 emergencies and 100 others (first run 125 and 4; 128 and 2 once the net learnt it; the rules alone 114 and 2, then 125 and 2 after their causes were read, then 126 and 2)
		{"v35", 220, 128, 3}, // of 128 emergencies and 100 others (first run 127 and 4; 128 and 4 once the net learnt it, 128 and 3 once the rules read a receptionist's question of a case in general; the rules alone 121 and 4, then 124 and 4, then 126 and 4, then 126 and 3, then 128 and 3 once they read a swelling told as "it" reaching the tongue, a one-sided smile, a product named as the injection and "chest pane")
		{"v36", 220, 128, 2}, // of 128 emergencies and 100 others (first run 128 and 4; 128 and 2 once the net learnt it; the rules alone 118 and 2, then 121 and 2)
		{"v37", 220, 128, 0}, // of 128 emergencies and 100 others (first run 127 and 0; 128 and 0 once the net learnt it)
		{"v38", 220, 128, 0}, // of 128 emergencies and 100 others (first run 128 and 3; 128 and 0 once the rules read a laugh, an emergency service of a thing's own and a poison line)
		{"v39", 220, 128, 0}, // of 128 emergencies and 100 others (first run 128 and 1; 128 and 0 once the rules read an intake nearly made and stopped before any went in; the rules alone 123 and 1, then 124 and 0 once they also read one student singled out of a class, 128 and 0 once they read an intake shown rather than told and a recovery only guessed)
		{"v40", 220, 128, 0}, // of 128 emergencies and 100 others (first run 127 and 1; 128 and 1 once the net learnt it; 0 false alarms once the rules read a past put right and the writer "now" wary of the next treatment; the rules alone 115 and 1, then 120 and 0, then 128 and 0)
		{"v41", 220, 128, 0}, // of 128 emergencies and 100 others (first run 125 and 1; 127 and 1 once the net learnt it; 128 and 0 once the rules read its causes; the rules alone 114 and 1, then 125 and 0)
		{"v42", 220, 128, 2}, // of 128 emergencies and 100 others (first run 127 and 3; 128 and 3 once the net learnt it; 128 and 2 once the rules read its causes; the rules alone 118 and 3, then 124 and 2)
		{"v43", 220, 128, 2}, // of 128 emergencies and 100 others (first run 127 and 3; 128 and 2 once the net learnt it; the rules alone 120 and 2)
		{"v44", 220, 128, 2}, // of 128 emergencies and 100 others (first run 126 and 4 at the twenty-eighth session's final build 739c312; 128 and 2 once the net learnt it; the rules alone 118 and 2, then 126 and 2)
		{"v45", 220, 128, 0}, // of 128 emergencies and 100 others (first run 127 and 3 at the twenty-ninth session's start build 060ad03; 128 and 3 once the net learnt it; the rules alone 120 and 3, then 127 and 0 with TestRules_V45Causes)
		{"v46", 220, 128, 0}, // of 128 emergencies and 100 others (first run 165/170 and 8/130 whole at the twenty-ninth session's final build 03af29b; tuned part 125 and 5 at the thirtieth's start build cadc038, 128 and 5 once the net learnt it; the rules alone 121 and 5, then 121 and 4 with TestRules_V47Causes, 122 and 0 with TestRules_V47CausesB)
		{"v47", 220, 128, 0}, // of 128 emergencies and 100 others (first run 169/170 and 5/130 whole at the thirtieth session's start build cadc038; tuned part 127 and 3 before and after the net learnt it, 128 and 0 with TestRules_V47CausesB; the rules alone 116 and 3, then 117 and 0, 119 and 0 with TestRules_V47CausesC)
		{"v48", 220, 128, 0}, // of 128 emergencies and 100 others (first run 163/170 and 2/130 whole at the thirtieth session's final build 1d94d72; tuned part 124 and 1 then, 126 and 1 once the rules read Scots spellings, 128 and 0 once the net learnt it; the rules alone 114 and 0)
		{"v49", 220, 128, 4}, // of 128 emergencies and 100 others (first run 167/170 and 5/130 whole at the thirty-first session's start build 8eca189; tuned part 125 and 4 then, 128 and 4 once the net learnt it; the rules alone 115 and 4)
		{"v50", 220, 128, 0}, // of 128 emergencies and 100 others (first run 168/170 and 4/130 whole at the thirty-first session's final build eab4da8; tuned part 126 and 4 then, 128 and 0 after the thirty-second session's retrain and rules rounds; the rules alone 117 and 3, then 119 and 0)
		{"v51", 220, 128, 0}, // of 128 emergencies and 100 others (first run 169/170 and 4/130 whole at the thirty-second session's start build 1170aee; tuned part 128 and 4 then, 128 and 3 once the net learnt it, 128 and 0 after the rules rounds; the rules alone 120 and 3, then 123 and 0)
		{"v52", 220, 128, 0}, // of 128 emergencies and 100 others (first run 166/170 and 7/130 whole at the thirty-second session's final build 05d5319; tuned part 126 and 6 then, 128 and 5 once the net learnt it, 128 and 0 after the thirty-third session's rules rounds; the rules alone 112 and 5, then 112 and 0)
		{"v53", 220, 128, 0}, // of 128 emergencies and 100 others (first run 170/170 and 10/130 whole at the thirty-third session's start build 0af8c36; tuned part 128 and 9 then and once the net learnt it, 128 and 0 after the rules rounds; the rules alone 117 and 9, then 120 and 0)
		{"v54", 220, 127, 0}, // of 128 emergencies and 100 others (first run 169/170 and 1/130 whole at the thirty-third session's final build 5660de6; tuned part 127 and 1 then, 127 and 0 once the net learnt it; the rules alone 123 and 0)
		{"v55", 220, 128, 0}, // of 128 emergencies and 100 others (first run 166/170 and 6/130 whole at the thirty-fourth session's start build f274c36; tuned part 125 and 5 then, 128 and 5 once the net learnt it, 128 and 0 after the rules round; the rules alone 115 and 5, then 115 and 0)
		{"v56", 220, 128, 0}, // of 128 emergencies and 100 others (first run 166/170 and 2/130 whole at the thirty-fourth session's final build 08beacd; tuned part 125 and 0 then, 128 and 0 once the net learnt it; the rules alone 112 and 0)
		{"v57", 220, 127, 0}, // of 128 emergencies and 100 others (first run 167/170 and 1/130 whole at the thirty-fifth session's start build ef725e3; tuned part 125 and 0 then, 127 and 0 once the net learnt it; the rules alone 112 and 0)
		{"v58", 220, 128, 1}, // of 128 emergencies and 100 others (first run 168/170 and 2/130 whole at the thirty-fifth session's final build ceb73ef; tuned part 127 and 2 then, 128 and 1 once the net learnt it; the rules alone 121 and 1, then 126 and 1 after the thirty-sixth session's rules rounds)
		{"v59", 220, 128, 0}, // of 128 emergencies and 100 others (first run 169/170 and 3/130 whole at the thirty-sixth session's start build dfaf02f; tuned part 127 and 1 then, 128 and 0 once the net learnt it; the rules alone 119 and 0, then 126 and 0 after the rules rounds)
		{"v60", 220, 128, 1}, // of 128 emergencies and 100 others (first run 170/170 and 1/130 whole at the thirty-sixth session's final build 8b6b736; tuned part 128 and 1 then and at the thirty-seventh's final build 81cbad1; the rules alone 116 and 1)
		{"v61", 220, 128, 0}, // of 128 emergencies and 100 others (first run 168/170 and 4/130 whole at the thirty-seventh session's start build 92ee4fa; tuned part 127 and 3 then, 128 and 0 at its final build 81cbad1 once the net learnt it and after the rules rounds; the rules alone 120 and 2, then 123 and 0)
		{"v62", 220, 127, 4}, // of 128 emergencies and 100 others (first run 166/170 and 4/130 whole at the thirty-seventh session's final build 81cbad1; tuned part 126 and 4 then, 127 and 4 once the net learnt it; the rules alone 112 and 4)
		{"v63", 220, 128, 0}, // of 128 emergencies and 100 others (first run 170/170 and 5/130 whole at the thirty-eighth session's start build 5605bcd; tuned part 128 and 5 then, 128 and 0 at its final build 14619f9 after the rules rounds; the rules alone 121 and 4, then 128 and 0)
		{"v64", 220, 128, 0}, // of 128 emergencies and 100 others (first run 168/170 and 8/130 whole at the thirty-eighth session's final engine build 59c276f; tuned part 126 and 5 then, 128 and 0 at its final build 14619f9 after its last rules round, before the net learnt it; the rules alone 120 and 5, then 128 and 0)
		{"v65", 220, 128, 0}, // of 128 emergencies and 100 others (first run 169/170 and 0/130 whole at the thirty-ninth session's start build 75634b1; tuned part 128 and 0 then, before the net learnt it; the rules alone 120 and 0)
		{"v66", 220, 128, 1}, // of 128 emergencies and 100 others (first run 168/170 and 3/130 whole at the thirty-ninth session's final build 5059ba0; tuned part 126 and 3 then, 128 and 1 at 1b19c48 after its last rules round, before the net learnt it; the rules alone 124 and 1 then)
		{"v67", 220, 127, 0}, // of 128 emergencies and 100 others (first run 169/170 and 0/130 whole at the fortieth session's start build 1b19c48; tuned part 127 and 0 then, before the net learnt it; the rules alone 120 and 0)
		{"v68", 220, 128, 1}, // of 128 emergencies and 100 others (first run 168/170 and 3/130 whole at the fortieth session's final build 156d3a2; tuned part 126 and 2 then, 128 and 1 at e425449 after its last rules round, before the net learnt it; the rules alone 122 and 1 then)
		{"v69", 220, 128, 1}, // of 128 emergencies and 100 others (first run 170/170 and 2/130 whole at the forty-first session's start build e425449; tuned part 128 and 1 then, before the net learnt it; the rules alone 125 and 1)
		{"v70", 220, 128, 0}, // of 128 emergencies and 100 others (first run 170/170 and 1/130 whole at the forty-first session's final build 097fb40; tuned part 128 and 0 then, before the net learnt it; the rules alone 127 and 0)
		{"v71", 220, 126, 5}, // of 128 emergencies and 100 others (first run 166/170 and 5/130 whole at the forty-second session's start build a62c3a4; tuned part 126 and 5 then, before the net learnt it; the rules alone 121 and 5)
		{"v72", 220, 128, 2}, // of 128 emergencies and 100 others (first run 169/170 and 2/130 whole at the forty-second session's final build 8e5707d; tuned part 128 and 2 then, before the net learnt it; the rules alone 120 and 2)
		{"v73", 220, 128, 2}, // of 128 emergencies and 100 others (first run 170/170 and 2/130 whole at the forty-third session's start build de3bef6; tuned part 128 and 2 then, before the net learnt it; the rules alone 123 and 2)
		{"v74", 220, 125, 0}, // of 128 emergencies and 100 others (first run 167/170 and 0/130 whole at the forty-third session's final build 5c7d948; tuned part 125 and 0 then, before the net learnt it; the rules alone 119 and 0)
		{"v75", 220, 125, 1}, // of 128 emergencies and 100 others (first run 167/170 and 2/130 whole at the forty-fourth session's start build 5a359b0; tuned part 125 and 1 then, before the net learnt it; the rules alone 117 and 1)
		{"v76", 220, 127, 1}, // of 128 emergencies and 100 others (first run 169/170 and 2/130 whole at the forty-fourth session's final build 23585b1; tuned part 127 and 1 then, before the net learnt it; the rules alone 120 and 1)
		{"v78", 220, 127, 0}, // of 128 emergencies and 100 others (first run 169/170 and 1/130 whole at the forty-fifth session's start build 899d17b; tuned part 127 and 0 then, before the net learnt it; the rules alone 122 and 0)
		{"v77", 220, 125, 1}, // of 128 emergencies and 100 others (first run 167/170 and 2/130 whole at the forty-fifth session's final build fb9316f, kept unread until then; tuned part 125 and 1 at 2b970f0, before the net learnt it; the rules alone 122 and 1)
		{"v80", 220, 126, 2}, // of 128 emergencies and 100 others (first run 168/170 and 3/130 whole at the forty-sixth session's start build 2b970f0; tuned part 126 and 2 then, before the net learnt it; the rules alone 122 and 1)
		{"v79", 220, 128, 1}, // of 128 emergencies and 100 others (first run 170/170 and 1/130 whole at the forty-sixth session's final build 143ba96, kept unread until then; tuned part 128 and 1 at bd10df6, before the net learnt it; the rules alone 124 and 1)
		{"v82", 220, 128, 5}, // of 128 emergencies and 100 others (first run 170/170 and 6/130 whole at the forty-seventh session's start build bd10df6; tuned part 128 and 5 then, before the net learnt it; the rules alone 123 and 5)
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			cases := readTriageSet(t, "testdata/triage-"+set.name+".jsonl")
			if len(cases) < set.minCases {
				t.Fatalf("%d cases, want at least %d", len(cases), set.minCases)
			}
			sc := scoreTriageSet(t, cases, false)
			if sc.caught < set.minCaught {
				t.Errorf("caught %d emergencies, want at least %d", sc.caught, set.minCaught)
			}
			if sc.alarms > set.maxAlarms {
				t.Errorf("%d false alarms, want at most %d", sc.alarms, set.maxAlarms)
			}
			hold := scoreTriageSet(nil, readTriageSet(t, "testdata/triage-"+set.name+"-holdback.jsonl"), false)
			t.Logf("holdback (totals only): %s", hold)
		})
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
