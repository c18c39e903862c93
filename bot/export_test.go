package bot

import (
	"errors"
	"testing"
)

// What the external tests of the answer net (answer_net_test.go) need of
// the package's internals: training, the file layout, and the models.

var (
	RenderModel     = renderModel
	ReadTunedSets   = readTunedSets
	ReadSetFile     = readSetFile
	NetFeatureNames = netFeatureNames
	AnswerNetBin    = &answerNetBin
	NetMinWeight    = netMinWeight
	AskedLast       = askedLast
	RulesScreen     = rulesScreen
)

const FocusPrefix = focusPrefix

const TrainingSets = trainingSets

const AnswerNetMagic = answerNetMagic

// The answer net's constants, for the leave-one-set-out run's default.
const (
	AnswerableThreshold = answerableThreshold
	UnanswerableBelow   = unanswerableBelow
	SectionWeight       = sectionWeight
	RerankWords         = rerankWords
)

// ReadJSONLines reads a JSON-lines file of the test data (readJSONLines).
func ReadJSONLines[T any](t *testing.T, file string) []T { return readJSONLines[T](t, file) }

func EncodeModels(t *testing.T, magic, text string) []byte { return encodeModels(t, magic, text) }
func NetWeights(t *testing.T, text string) map[string]float64 {
	return netWeights(t, text)
}

// AnswerNetModels reports the models answer_net.bin holds, and their
// probabilities for text.
func AnswerNetProbs(text string) map[string]float64 {
	out := map[string]float64{}
	for name, m := range answerNets() {
		out[name] = m.prob(text)
	}
	return out
}

// WithAnswerNet returns a copy of e with the answer net encoded in bin
// (answer_net.bin's layout) used with the given constants.
func WithAnswerNet(e *Engine, bin []byte, threshold, below, weight float64, minWords int) (*Engine, error) {
	ms, err := decodeModels(bin, answerNetMagic)
	if err != nil {
		return nil, err
	}
	entries := make([]Entry, 0, len(e.entries))
	for _, en := range e.entries {
		entries = append(entries, *en)
	}
	c := *e
	c.net = newAnswerNet(ms, entries)
	if c.net == nil {
		return nil, errors.New("no answerable model")
	}
	c.net.threshold, c.net.below, c.net.weight, c.net.minWords = threshold, below, weight, minWords
	return &c, nil
}

// WithoutAnswerNet returns a copy of e that decides by its rules alone.
func WithoutAnswerNet(e *Engine) *Engine {
	c := *e
	c.net = nil
	return &c
}
