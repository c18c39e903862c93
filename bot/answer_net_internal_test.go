package bot

import (
	"slices"
	"strings"
	"testing"
)

// The answer net's answerable model reads, at run time, exactly the
// features its training spells (answer_net_test.go's
// answerableFeatureNames): the message's, and those of the sentence it
// asks last marked focusPrefix.
func TestAnswerNet_FocusFeaturesMatchTraining(t *testing.T) {
	texts := []string{"", "?", "Don’t   STOP!! it's 2am. is it ok?", strings.Repeat("x", 100) + " y?", "ÉTÉ été, naïve café. why?\nok"}
	for _, set := range readTunedSets(t, "../cmd/exobot/testdata/eval*.jsonl") {
		for _, c := range set.Cases {
			texts = append(texts, c.Question)
		}
	}
	for _, text := range texts {
		got := appendFeaturesFrom(appendNetFeatures(nil, text), 0, askedLast(text), focusPrefix)
		var want []uint64
		for _, f := range netFeatureNames(text) {
			want = append(want, netHash(f))
		}
		for _, f := range netFeatureNames(askedLast(text)) {
			want = append(want, netHash(focusPrefix+f))
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: features differ from training's", text)
		}
		// answerableProb merges the two sorted lists rather than sorting
		// them together.
		merged := mergeHashes(nil, appendNetFeatures(nil, text), appendFeaturesFrom(nil, 0, askedLast(text), focusPrefix))
		if !slices.Equal(merged, want) {
			t.Fatalf("%q: merged features differ from training's", text)
		}
	}
}
