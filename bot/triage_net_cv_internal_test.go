package bot

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNet_LeaveOneSetOut (EXOBOT_NET_CV=weights, e.g. "1,3,5,8") trains the
// safety net's urgent model once for each tuned triage set left out, and for
// each of five groups of tuned evaluation sets left out, with the
// emergencies weighted as given, and screens the left-out messages by the
// rules and that net: the figure to choose netUrgentWeight by (its comment
// has the last run's), without a held-back set. EXOBOT_NET_CV_AT (e.g.
// "0.97,0.9,0.85") reports the same at other thresholds than netThreshold,
// the figure to choose netThreshold by.
func TestNet_LeaveOneSetOut(t *testing.T) {
	env := os.Getenv("EXOBOT_NET_CV")
	if env == "" {
		t.Skip("EXOBOT_NET_CV unset: a development run (about twenty minutes on two cores)")
	}
	all := netTrainingSet(t)
	var folds [][]string
	triage, _ := filepath.Glob("testdata/triage*.jsonl")
	for _, f := range triage {
		if !strings.Contains(f, "holdback") {
			folds = append(folds, []string{f})
		}
	}
	evals, _ := filepath.Glob("../cmd/exobot/testdata/eval*.jsonl")
	for i := 0; i < 5; i++ {
		var g []string
		for j := i; j < len(evals); j += 5 {
			g = append(g, evals[j])
		}
		folds = append(folds, g)
	}
	for _, ws := range strings.Split(env, ",") {
		w, err := strconv.ParseFloat(ws, 64)
		if err != nil {
			t.Fatal(err)
		}
		ths := []float64{netThreshold}
		if at := os.Getenv("EXOBOT_NET_CV_AT"); at != "" {
			ths = ths[:0]
			for _, s := range strings.Split(at, ",") {
				th, err := strconv.ParseFloat(s, 64)
				if err != nil {
					t.Fatal(err)
				}
				ths = append(ths, th)
			}
		}
		urgent, others := 0, 0
		caught, alarms := make([]int, len(ths)), make([]int, len(ths))
		netCaught, netAlarms := make([]int, len(ths)), make([]int, len(ths))
		for _, fold := range folds {
			left := map[string]bool{}
			var cases []SetCase
			for _, f := range fold {
				for _, c := range readSetFile(t, f) {
					if c.Expect == "any" {
						continue
					}
					left[c.Question] = true
					cases = append(cases, c)
				}
			}
			var xs [][]string
			var ys []bool
			for _, e := range all {
				if !left[e.text] {
					xs = append(xs, netFeatureNames(e.text))
					ys = append(ys, e.urgent)
				}
			}
			positiveWeight = w
			bias, weights := trainNet(xs, ys)
			positiveWeight = 1
			for _, c := range cases {
				z := bias
				for _, f := range netFeatureNames(c.Question) {
					z += weights[f]
				}
				p := 1 / (1 + math.Exp(-z))
				rules := rulesScreen(c.Question).Urgent()
				if c.Expect == "urgent" {
					urgent++
				} else {
					others++
				}
				for i, th := range ths {
					net := p >= th
					got := rules || net
					if c.Expect == "urgent" {
						caught[i] += b2i(got)
						netCaught[i] += b2i(net)
					} else {
						alarms[i] += b2i(got)
						netAlarms[i] += b2i(net)
					}
				}
			}
		}
		for i, th := range ths {
			t.Logf("weight %g, threshold %g: the net alone caught %d/%d, false alarms %d/%d; with the rules caught %d, false alarms %d", w, th, netCaught[i], urgent, netAlarms[i], others, caught[i], alarms[i])
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
