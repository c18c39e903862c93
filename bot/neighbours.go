package bot

import "strings"

// neighbours are treatments and ingredients people weigh against exosomes
// that the article never mentions, each with the words that name it and
// the name a decline gives it. The article's own basics (retinoids,
// antioxidants such as vitamin C, sunscreen), microneedling and lasers are
// not here: it does discuss them.
var neighbours = []struct {
	name  string
	words []string
}{
	{"PRP", []string{"prp", "prf", "platelet rich plasma", "platelet rich fibrin", "vampire facial", "vampire facials"}},
	{"polynucleotides (PDRN)", []string{"polynucleotide", "polynucleotides", "pdrn", "salmon dna", "salmon sperm"}},
	{"Botox", []string{"botox", "dysport", "xeomin", "tox"}},
	{"fillers", []string{"filler", "fillers", "juvederm", "restylane", "radiesse"}},
	{"Sculptra", []string{"sculptra"}},
	{"niacinamide", []string{"niacinamide"}},
	{"hyaluronic acid", []string{"hyaluronic", "hyaluronic acid"}},
	{"bakuchiol", []string{"bakuchiol"}},
	{"azelaic acid", []string{"azelaic", "azelaic acid"}},
	{"glycolic acid", []string{"glycolic", "glycolic acid"}},
	{"salicylic acid", []string{"salicylic", "salicylic acid"}},
	{"tranexamic acid", []string{"tranexamic", "tranexamic acid"}},
	{"hydroquinone", []string{"hydroquinone"}},
	{"peptides", []string{"peptide", "peptides", "copper peptide", "copper peptides"}},
	{"growth factors", []string{"growth factor", "growth factors", "egf"}},
	{"snail mucin", []string{"snail mucin"}},
	{"chemical peels", []string{"chemical peel", "chemical peels"}},
	{"HydraFacials", []string{"hydrafacial", "hydrafacials"}},
	{"dermaplaning", []string{"dermaplaning"}},
	{"LED or red light therapy", []string{"led light", "led lights", "led mask", "led masks", "led therapy", "led facial", "led facials", "led panel", "red light"}},
	{"radiofrequency or ultrasound treatments", []string{"morpheus8", "morpheus", "radiofrequency", "ultherapy", "hifu", "thermage"}},
	{"microcurrent", []string{"microcurrent"}},
	{"collagen supplements", []string{"collagen supplement", "collagen supplements", "collagen powder", "collagen drink", "collagen drinks", "collagen gummies"}},
}

// neighbourPhrase is one of neighbours' phrases split into words, with
// the name of the treatment it names.
type neighbourPhrase struct {
	name  string
	words []string
}

// neighbourStarts maps the first word of each of neighbours' phrases to
// the phrases it opens, in neighbours' order (the treatments in turn, each
// one's words in turn): at each word of a message neighbourNamed tries
// only the phrases that word opens, where trying every phrase at every
// word cost a few thousand comparisons a decline.
var neighbourStarts = func() map[string][]neighbourPhrase {
	m := map[string][]neighbourPhrase{}
	for _, n := range neighbours {
		for _, p := range n.words {
			ws := strings.Fields(p)
			m[ws[0]] = append(m[ws[0]], neighbourPhrase{n.name, ws})
		}
	}
	return m
}()

// neighbourNamed is the name of the first treatment or ingredient the
// message names that the article never mentions ("is PRP better for my
// under eyes?" names PRP), or "": at the message's first word that opens
// a phrase of one, the first such phrase in neighbours' order.
func neighbourNamed(text string) string {
	ws := Words(text)
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(w, "'s")
	}
	for i, w := range ws {
		for _, p := range neighbourStarts[w] {
			if i+len(p.words) <= len(ws) && equalWords(ws[i:i+len(p.words)], p.words) {
				return p.name
			}
		}
	}
	return ""
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// notCoveredNaming declines a question about a topic the article does not
// cover (topic, or none) that names a treatment or ingredient the article
// never mentions: the decline names it in plain words first ("The article
// doesn't cover PRP, or how exosomes compare with…"), so the person sees
// that what they asked about is the gap. topic "" names the treatment
// alone. ok is false when the message names none.
func notCoveredNaming(text, topic string, ref Referral) (answer, named string, ok bool) {
	name := neighbourNamed(text)
	if name == "" {
		return "", "", false
	}
	switch {
	case topic == "":
		named = name
	case neighbourNamed(topic) == name:
		named = topic // "LED, red light or other light therapy" names it already
	case !aboutOtherTreatments(topic) && neighbourNamed(askingPart(text)) != name:
		// Named in passing ("I tried PRP last year but it did nothing,
		// does exosome serum smell weird?"): the decline is the topic's.
		return notCoveredText(topic, ref), topic, true
	default:
		named = name + ", or " + topic
	}
	return notCoveredText(named, ref), named, true
}

// othersTopics are the words of the not-covered topics that are about
// exosomes beside other treatments or skincare: a treatment a question
// about one names is what it asks about, wherever the message names it.
var othersTopics = []string{"with other ingredients", AroundTreatments, "with other skincare"}

// AroundTreatments is in the words of the not-covered topic about
// exosomes before or after other procedures (a peel, a HydraFacial):
// when to have them, or whether to have them together.
const AroundTreatments = "around other treatments"

func aboutOtherTreatments(topic string) bool {
	for _, t := range othersTopics {
		if strings.Contains(topic, t) {
			return true
		}
	}
	return false
}

// askingPart is the part of a message that asks: its asking sentences,
// without the statements an asking sentence opens with ("I tried PRP last
// year but it did nothing, how long do exosome results last?" asks "how
// long do exosome results last?").
func askingPart(text string) string {
	plain := stripNoise(text)
	ws, at, ascii := readWords(plain, nil)
	m := readSentences(plain, ws, at, ascii)
	if _, asking := m.leads(); asking != "" {
		return asking
	}
	focus, _ := m.focus()
	return focus
}
