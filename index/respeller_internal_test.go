package index

import (
	"reflect"
	"strings"
	"testing"
)

// TestRespeller_FoldedAgreesWithRespellings: the respellings gathered as
// correctFacts reads a focus and then its context are respellings' of
// the two joined by a line break, wherever the text is split.
func TestRespeller_FoldedAgreesWithRespellings(t *testing.T) {
	s := newSpeller([]string{"exosomes exosomes exosomes science research collagen part skin"}, func(w string) bool { return w == "the" || w == "is" || w == "on" })
	for _, text := range []string{
		"is the sceince on exoosomes",
		"Exoosomes research",
		"is Jart on exoosomes",
		"is the Reserch on exosomes",
		"eksozom serumu daha",
		"exosomes research",
		"sceince sceince Sceince exoosomes skn SKN",
		"the reserch on Reserch",
		"",
	} {
		ws := strings.Fields(text)
		for i := 0; i <= len(ws); i++ {
			focus, context := strings.Join(ws[:i], " "), strings.Join(ws[i:], " ")
			whole := focus
			if context != "" {
				whole = focus + "\n" + context
			}
			r := newRespeller(focus, context)
			s.correctFacts(focus, nil, nil, nil, &r)
			s.correctFacts(context, nil, nil, nil, &r)
			if got, want := r.respelled(), s.respellings(nil, whole); !reflect.DeepEqual(got, want) {
				t.Errorf("folded respellings of %q then %q = %v, want %v", focus, context, got, want)
			}
		}
	}
}
