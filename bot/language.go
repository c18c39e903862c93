package bot

import (
	"unicode"
	"unicode/utf8"
)

// exobot answers in English only, from an English article. A question in
// another language gets a reply, in English, that says so — not a decline
// that pretends the topic is unknown, and never an English answer to a
// question it did not understand. The detector is deliberately small: the
// script of the letters, then the everyday function words of the languages
// people most often write in, against English's.

// Function words that are common in one of the languages below and are not
// English words (or are too rare in English to matter), with the words for
// exosomes.
var foreignWords = set(
	// Spanish
	"los", "las", "el", "del", "es", "está", "están", "para", "una", "que", "qué", "cómo", "cuánto",
	"cuesta", "por", "pero", "piel", "mi", "sí", "tratamiento", "funcionan", "sirven", "puedo", "usar", "después",
	"aprobados", "exosomas", "exosoma", "cuál", "mejor", "embarazo", "también", "muy",
	// Portuguese
	"são", "não", "iguais", "aos", "vale", "pena", "fazer", "depois", "pele", "exossomos", "exossomo", "vegetais",
	"você", "uma", "isso", "também", "quanto", "custa", "funciona", "posso", "funcionam", "mesmo", "ou", "é",
	"realmente", "minha", "meu", "pra", "tá", "né",
	// French
	"les", "des", "est", "ce", "ça", "pendant", "peau", "marche", "vraiment", "je", "peux", "utiliser",
	"grossesse", "qu'est", "c'est", "sont", "avec", "mais", "dans", "une", "pas", "quoi", "combien", "coûte",
	"sérum", "après", "très",
	// German
	"sind", "ist", "eine", "einen", "für", "das", "der", "und", "nicht", "ich", "mit", "auf", "eigentlich",
	"wie", "lohnt", "sich", "haut", "exosomen", "kann", "wirklich", "nach", "oder",
	// Italian
	"gli", "funzionano", "davvero", "pelle", "chi", "può", "della", "terapia", "esosomi", "sono", "il",
	"di", "che", "quanto", "costa", "dopo", "trattamento",
	// Dutch
	"het", "een", "zijn", "voor", "werkt", "huid", "niet", "ook", "werken", "ze", "echt", "mijn", "ik", "huidverzorging",
	"maar", "wel", "kun", "kunnen", "moet", "zou", "waarom", "hoeveel", "kost", "nog",
	// Swedish, Danish and Norwegian
	"är", "det", "inte", "på", "för", "fungerar", "riktigt", "hudvård", "virker", "hudpleje", "ikke",
	"jeg", "hvad", "vad", "hur", "hvordan", "hvorfor", "varför", "också", "også", "eller", "kan",
	"någon", "noen", "nogen", "efter", "etter", "värt", "verdt", "huden",
	// Finnish
	"onko", "toimivatko", "toimiiko", "mitä", "miten", "miksi", "iho", "ihon", "ihonhoidossa", "ei", "vai",
	"oikeasti", "kannattaako", "minun", "mutta", "myös",
	// Czech and Slovak
	"nebo", "jsou", "fungují", "funguje", "opravdu", "pleť", "kosmetice", "stojí", "mohu", "můžu", "proč",
	"kolik", "také", "jestli", "skutečně",
	// Romanian
	"chiar", "pentru", "piele", "pielea", "și", "este", "sunt", "funcționează", "sau", "merită", "după",
	"cât", "costă", "această", "acest",
	// Catalan
	"els", "funcionen", "veritat", "pell", "amb", "què", "és", "també", "costen",
	// Swahili
	"je", "zinafanya", "kazi", "kwenye", "ngozi", "kwa", "hii", "nini", "gani", "sana", "bei",
	// Vietnamese
	"có", "không", "là", "của", "được", "và", "cho", "tôi", "những", "này", "giúp", "da", "nào",
	// Polish
	"czy", "są", "dla", "się", "jest", "skóry", "skóra", "naprawdę", "działa", "działają", "kosmetykach",
	"warto", "ile", "kosztuje", "mogę", "dlaczego", "moja", "mój", "albo", "też",
	// Indonesian and Malay
	"apakah", "yang", "untuk", "dengan", "kulit", "bisa", "boleh", "tidak", "ini", "itu", "saya", "ada",
	"atau", "pakai", "buat", "gimana", "bagaimana", "berapa", "harga", "wajah", "jerawat", "aman", "sih",
	"nggak", "gak", "kalau", "kalo", "sudah", "udah", "beli", "bagus", "setelah", "hamil", "lebih", "juga",
	"dari", "perawatan", "benar", "bener", "aku", "sangat", "mahu", "tak", "betul", "ke",
	// Tagalog (Taglish mixes it with English words: "worth it ba")
	"ba", "ng", "mga", "ang", "kasi", "naman", "ako", "ko", "ito", "yung", "talaga", "lang", "pwede", "puwede",
	"ano", "paano", "magkano", "kung", "hindi", "sobrang", "mahal", "bumili", "gamitin", "nga", "siya",
	// Hindi and Urdu written in Latin letters (Hinglish)
	"kya", "hai", "hain", "nahi", "nahin", "kaise", "kitna", "kitne", "chahiye", "mera", "meri", "mujhe",
	"karna", "karne", "aur", "bhi", "yeh", "woh", "lagana", "sakte", "sakta", "sakti", "accha", "acha",
)

// englishWords are common English function words, to weigh against the
// foreign ones ("do exosomes help", "is it worth it").
var englishWords = set(
	"the", "a", "an", "is", "are", "do", "does", "what", "how", "why", "can", "should", "i", "my", "it", "to",
	"of", "and", "for", "in", "on", "with", "you", "they", "this", "that", "be", "work", "help", "skin", "any",
	"about", "or", "will", "would", "there", "their", "them", "me", "we", "just", "really", "actually", "if",
)

// Words of those languages that are also English ("was", "die", "per",
// "come", "son", "con", "pour") are left out of foreignWords.

// wordLanguage is englishWords and foreignWords in one map (English where
// a word is in both), so that isForeign looks each word up once.
var wordLanguage = func() map[string]int8 {
	m := make(map[string]int8, len(englishWords)+len(foreignWords))
	for w := range foreignWords {
		m[w] = languageForeign
	}
	for w := range englishWords {
		m[w] = languageEnglish
	}
	return m
}()

const (
	languageEnglish = 1 + iota
	languageForeign
)

// letterCounts are a message's letters, counted in one pass for the
// language and spam checks.
type letterCounts struct {
	latin, other int  // letters of the Latin script (ASCII ones among them) and of others
	upper        int  // upper-case letters, of any script
	beyondASCII  bool // the text has characters beyond ASCII
}

// countLetters counts the letters of text.
func countLetters(text string) letterCounts {
	var n letterCounts
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if l := c | 0x20; 'a' <= l && l <= 'z' {
				n.latin++ // an ASCII letter
				if c <= 'Z' {
					n.upper++
				}
			}
			i++
			continue
		}
		n.beyondASCII = true
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			n.latin++
		} else {
			n.other++
		}
		if unicode.IsUpper(r) {
			n.upper++
		}
	}
	return n
}

// isForeign reports whether a message is written in a language other than
// English: mostly letters of another script, more foreign function words
// than English ones (at least two), or more words with accented Latin
// letters than English function words (at least three: English borrows a
// "café" or a "sérum", not a sentence of them). words are Words(text) and
// n countLetters(text).
func isForeign(words []string, n letterCounts) bool {
	if latin, other := n.latin, n.other; other >= 2 && other >= latin/3 {
		// Korean, Chinese, Japanese, Arabic, Cyrillic, Hebrew, Greek…:
		// "FDA" or "exosome" among them does not make it English.
		return true
	}
	if !n.beyondASCII && creole(words) {
		// "mi skin start sag likkle bit… mi fi switch?": Jamaican and
		// other Caribbean English creoles share "mi" and "di" with
		// Spanish and Italian, not the rest.
		return false
	}
	foreign, english, accented := 0, 0, 0
	for i, w := range words {
		switch wordLanguage[w] {
		case languageEnglish:
			english++
		case languageForeign:
			foreign++
		}
		if !n.beyondASCII {
			// No accented letters: once the words left cannot make the
			// foreign ones outnumber the English ones, the text is not
			// foreign.
			if foreign+len(words)-1-i <= english {
				return false
			}
			continue
		}
		for _, r := range w {
			if r > unicode.MaxASCII && unicode.Is(unicode.Latin, r) {
				accented++
				break
			}
		}
	}
	return foreign >= 2 && foreign+accented/2 > english || accented >= 3 && accented > english
}

// creole reports whether words hold at least two words of the Caribbean
// English creoles that no language of foreignWords uses ("fi", "seh",
// "nuh", "likkle"…).
func creole(words []string) bool {
	n := 0
	for _, w := range words {
		if creoleWords[w] {
			n++
		}
	}
	return n >= 2
}

// creoleWords are words of Jamaican and other Caribbean English creoles.
var creoleWords = set("fi", "seh", "nuh", "weh", "wah", "likkle", "ting", "unu", "pickney", "inna", "bredda", "yuh",
	"deh", "dem", "wid", "gwan", "nuff", "fimi", "waan", "mek", "tek", "pon", "haffi", "affi", "cyaan", "nuttin", "sumting",
	"gyal", "bwoy", "mussi")
