package bot

import "testing"

// What the external tests of the answer net (answer_net_test.go) need of
// the package's internals: training, the file layout, and the models.

var (
	TrainNet        = trainNet
	NetFeatureNames = netFeatureNames
	AnswerNetBin    = &answerNetBin
	NetMinWeight    = netMinWeight
)

const AnswerNetMagic = answerNetMagic

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

// WithoutAnswerNet returns a copy of e that decides by its rules alone.
func WithoutAnswerNet(e *Engine) *Engine {
	c := *e
	c.net = nil
	return &c
}
