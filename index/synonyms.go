package index

import (
	"strings"

	"exobot/bot"
)

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
	"sceptical": "caution", "skeptical": "caution", "hesitant": "caution",
	"turn back time": "rewind the clock", "turn back the clock": "rewind the clock", "reverse time": "rewind the clock",
	"routine": "regimen", "routines": "regimens",
	"tiktoker": "influencer", "tiktokers": "influencers", "youtuber": "influencer", "youtubers": "influencers",
	"instagrammer": "influencer", "blogger": "influencer", "bloggers": "influencers", "content creator": "influencer",
	"crepey": "aging", "saggy": "aging", "sagging": "aging", "old skin": "aging skin", "older skin": "aging skin",
	"mature skin": "aging skin", "ageing skin": "aging skin",
	"puffy": "inflammation", "swollen": "inflammation", "swelling": "inflammation", "irritated": "inflammation",
	"irritation": "inflammation", "inflamed": "inflammation",
	"quicker": "faster", "quickly": "faster", "speed up": "faster", "sooner": "faster",
	"co2": "laser", "fraxel": "laser", "ipl": "laser", "bbl": "laser", "erbium": "laser", "fractional": "laser",
	"switch": "replace", "swap": "replace", "ditch": "replace", "instead of": "replace",
	"on the market": "products", "in stores": "products", "cosmetic": "skincare", "cosmetics": "skincare",
	"beauty products": "skincare", "purpose": "point",
}

// maxPhrase is the longest phrase, in words, that synonyms maps.
const maxPhrase = 4

// canonWords rewrites words with synonyms, longest phrases first.
func canonWords(ws []string) []string {
	out := make([]string, 0, len(ws))
next:
	for i := 0; i < len(ws); i++ {
		for n := min(maxPhrase, len(ws)-i); n >= 1; n-- {
			if c, ok := synonyms[strings.Join(ws[i:i+n], " ")]; ok {
				out = append(out, c)
				i += n - 1
				continue next
			}
		}
		out = append(out, ws[i])
	}
	return out
}

// canonical returns text as lower-case words rewritten with synonyms.
func canonical(text string) string { return strings.Join(canonWords(bot.Words(text)), " ") }
