package index

import "strings"

// synonyms maps words and two-word phrases people type to the word the
// corpus uses for the same thing. Both the entries and the questions are
// rewritten with it before analysis, so either side may use either word.
// Only true equivalents in this domain belong here: words the article
// distinguishes (research, trials, data, evidence) stay apart.
var synonyms = map[string]string{
	// the topic
	"exo": "exosomes", "exos": "exosomes", "exosome's": "exosome",
	// who
	"derm": "dermatologist", "derms": "dermatologists", "doc": "dermatologist", "docs": "dermatologists",
	"doctor": "dermatologist", "doctors": "dermatologists", "dr": "dermatologist", "dermo": "dermatologist",
	"skin doctor": "dermatologist", "skin doctors": "dermatologists", "dermatology": "dermatologist",
	"med spa": "medspa", "med spas": "medspas", "medi spa": "medspa", "medispa": "medspa", "medical spa": "medspa",
	// money
	"dosh": "money", "cash": "money", "bucks": "money", "quid": "money", "price": "cost", "prices": "cost",
	"priced": "cost", "pricey": "expensive", "costly": "expensive", "spendy": "expensive", "dear": "expensive",
	// procedures
	"micro needling": "microneedling", "microneedle": "microneedling", "micro needle": "microneedling",
	"dermapen": "microneedling", "needling": "microneedling",
	// skin
	"fine lines": "wrinkles", "crow's feet": "wrinkles", "wrinkly": "wrinkles", "ageing": "aging",
	"pimples": "acne", "pimple": "acne", "zits": "acne", "zit": "acne", "breakouts": "acne", "breakout": "acne",
	"broken out": "acne", "spots": "acne",
	"little": "tiny", "small": "tiny", "itty": "tiny",
	"cream": "product", "creams": "product", "lotion": "product", "lotions": "product",
	// shorthands
	"tl dr": "bottom line", "tldr": "bottom line", "in short": "bottom line", "in a nutshell": "bottom line",
	"legitimate": "legit", "cleared": "approved", "approval": "approved", "colour": "color",
	"cautious": "caution", "careful": "caution", "wary": "caution",
	"petri dish": "lab", "dish": "lab", "test tube": "lab", "laboratory": "lab",
}

// canonWords rewrites words with synonyms, two-word phrases first.
func canonWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) {
			if c, ok := synonyms[ws[i]+" "+ws[i+1]]; ok {
				out = append(out, c)
				i++
				continue
			}
		}
		if c, ok := synonyms[ws[i]]; ok {
			out = append(out, c)
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// canonical returns text as lower-case words rewritten with synonyms.
func canonical(text string) string { return strings.Join(canonWords(words(text)), " ") }
