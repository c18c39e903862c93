package bot_test

import (
	"strings"
	"testing"

	"exobot/bot"
)

// Questions about exosomes whose focus the article never addresses — how a
// product smells, feels or looks; the particulars of the studies it only
// sums up; one plant source against another — are declined, each naming
// its gap, and the article's own answers beside them (what the studies
// suggest, in vitro against trials, plant- against human-derived, pricey
// against cheap, the "smell test" of the hype) are still given.
func TestAnswer_ProductFeelAndStudyParticularsAreDeclined(t *testing.T) {
	e := engineForFuzz(t)
	declined := []struct{ text, gap string }{
		// How a product smells, feels or looks.
		{"do exosome serums smell weird?", "smell"},
		{"does exosome serum have a smell", "smell"},
		{"my exosome serum smells like fish, is that normal?", "smell"},
		{"my friend says her exosome cream has a weird smell, normal?", "smell"},
		{"omg does exosome serum smell like fish or is it just mine lol", "smell"},
		{"does the exosome serum have a fragrance?", "smell"},
		{"is exosome serum sticky?", "texture"},
		{"pt asking if the exosome serum is supposed to feel tacky after application", "texture"},
		{"does exosome cream feel greasy", "texture"},
		{"is exosome serum thick or runny", "texture"},
		{"is exosome serum oily or watery", "texture"},
		{"what's the consistency of an exosome serum", "texture"},
		{"quick q: exo serum texture, gel or liquid?", "texture"},
		{"what does an exosome cream feel like on the skin", "texture"},
		{"do exosome serums pill under makeup", "texture"},
		{"does exosome serum leave a residue", "texture"},
		{"what color is exosome serum", "colour"},
		{"is the exosome ampoule supposed to be cloudy", "colour"},
		// The particulars of the studies the article sums up.
		{"which cell lines did the exosome studies use?", "studies"},
		{"how many people were in the exosome studies?", "studies"},
		{"how many ppl were in the exosome trial the article talks about", "studies"},
		{"how many patients were in the exosome trials", "studies"},
		{"which lab did the exosome research?", "studies"},
		{"which research group did the fibroblast exosome studies", "studies"},
		{"who funded the exosome studies", "studies"},
		{"who ran the exosome studies", "studies"},
		{"were the exosome studies funded by the companies selling them", "studies"},
		{"were the in vitro exosome studies paid for by the brands", "studies"},
		{"which university studied exosomes", "studies"},
		{"the article says some studies are promising, which universities did them?", "studies"},
		{"did the exosome studies have a placebo group", "studies"},
		{"how much faster did skin heal with exosomes in the studies", "studies"},
		{"which journal published the exosome studies?", "studies"},
		{"were the exosome studies double blind", "studies"},
		{"what were the names of the promising exosome studies", "studies"},
		{"which markers of inflammation went down in the exosome studies", "studies"},
		{"what kind of fibroblasts were used in the exosome studies", "studies"},
		// One plant source against another.
		{"are rose-derived exosomes better than other plant exosomes", "plants"},
		{"which plant exosome is the best one", "plants"},
		{"grape exosomes or centella exosomes, which plant ones are better?", "plants"},
		{"are grape exosomes better than centella ones?", "plants"},
		{"centella exosomes vs ginseng exosomes which is best", ""},
		{"is apple exosome better than grape exosome for wrinkles", "plants"},
		{"rose exosomes vs centella exosomes for redness", "plants"},
		{"which is better for anti-aging, ginseng exosomes or rice exosomes", "plants"},
		{"is a lemon exosome toner better than a grape exosome serum", "plants"},
		{"my serum has apple stem cell exosomes, are they better than the grape ones in my toner", "plants"},
		{"do rose exosomes work better than grape seed exosomes for collagen", "plants"},
		{"are edelweiss exosomes better than lotus exosomes", "plants"},
		{"is sea buckthorn exosome better than lemon exosome", ""},
		{"my serum has bamboo exosomes, better than the rose ones?", ""},
	}
	for _, tt := range declined {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusNoMatch || tt.gap != "" && (r.Reason != bot.ReasonNotCovered || !strings.Contains(r.Answer, tt.gap)) {
			t.Errorf("%q: want declined naming %q, got %s %s %s %q", tt.text, tt.gap, r.Status, r.Reason, r.EntryID, r.Answer)
		}
	}
	answered := []struct{ text, entry string }{
		{"does the exosome hype pass the smell test?", ""},
		{"do exosomes pass the smell test", ""},
		{"smells like marketing to me, are exosomes legit?", ""},
		{"were the exosome studies done on people or in a dish", ""},
		{"what did the exosome studies find", "what-do-studies-show"},
		{"are there any clinical trials on exosomes", "exosome-clinical-trials"},
		{"is the research on exosomes peer reviewed", "exosome-peer-reviewed-research"},
		{"are plant exosomes as good as human ones", "plant-vs-human-exosomes"},
		{"plant exosomes vs human exosomes which is better", "plant-vs-human-exosomes"},
		{"are plant based exosomes any good", "plant-vs-human-exosomes"},
		// Plant against human, and pricey against cheap, are the article's.
		{"are plant exosomes better than human ones", "plant-vs-human-exosomes"},
		{"grape exosomes vs human exosomes?", "plant-vs-human-exosomes"},
		{"are rose exosomes as good as human ones", "plant-vs-human-exosomes"},
		{"vegan exosomes from plants or human derived... does it even matter which one I get?", ""},
		{"are expensive exosome serums better than cheap ones", ""},
		{"are pricey exosome serums better than budget ones", ""},
		{"are luxury exosome creams better than drugstore ones", ""},
		{"Do I need to see a derm before trying an exosome product or can I just grab one?", ""},
		{"do exosomes help skin heal after laser", ""},
		// Mice and placebos are mostly the skeptic's words for weak evidence.
		{"let me guess, 'clinically proven' means one mouse study and a press release", ""},
		{"exosomes: revolutionary or overpriced placebo? don't sugarcoat it", ""},
		{"my esthetician says the exosome serum feels amazing on the skin, is it worth buying?", ""},
	}
	for _, tt := range answered {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusAnswered || tt.entry != "" && r.EntryID != tt.entry {
			t.Errorf("%q: want answered by %q, got %s %s %s", tt.text, tt.entry, r.Status, r.Reason, r.EntryID)
		}
	}
}

// "led" as the past of "lead" is a cause, not LED light therapy: "the
// serum led to redness" is read as "the serum caused redness", a reaction
// to a product; LED masks and lights are still light therapy.
func TestAnswer_LedAsAVerbIsNotLightTherapy(t *testing.T) {
	e := engineForFuzz(t)
	for _, q := range []string{
		"the exosome serum led to redness, is it normal?",
		"exosomes led to a breakout",
		"exosome serum led to peeling",
		"my exosome facial has led to redness, normal?",
	} {
		r := askReal(t, e, q)
		if r.Status != bot.StatusNoMatch || strings.Contains(r.Answer, "light therapy") {
			t.Errorf("%q: want declined, not as light therapy, got %s %s %q", q, r.Status, r.Reason, r.Answer)
		}
	}
	for _, q := range []string{
		"do exosomes work with led light",
		"led mask and exosomes together?",
		"is an led mask better than exosomes",
	} {
		r := askReal(t, e, q)
		if r.Status != bot.StatusNoMatch || !strings.Contains(r.Answer, "light therapy") {
			t.Errorf("%q: want declined as light therapy, got %s %s %q", q, r.Status, r.Reason, r.Answer)
		}
	}
}

// A decline names another treatment only when the question asks about
// it: in the clause that asks, or for a topic that is about exosomes
// beside other treatments (comparing, scheduling, layering). A treatment
// named in passing leaves the topic's decline as it is.
func TestAnswer_ATreatmentNamedInPassingIsNotTheDecline(t *testing.T) {
	e := engineForFuzz(t)
	tests := []struct{ text, opens string }{
		{"my derm does PRP too. does exosome serum smell weird?", "The article doesn't cover how exosome products smell"},
		{"my clinic does botox and fillers. how long do exosome results last?", "The article doesn't cover how long results"},
		{"how much does PRP cost", "The article doesn't cover PRP, or the prices"},
		{"how long does PRP last compared to exosomes?", "The article doesn't cover PRP, or"},
		{"is PRP better for my under eyes?", "The article doesn't cover PRP, or how exosomes compare"},
		{"can I do botox and exosomes the same day?", "The article doesn't cover Botox, or scheduling"},
	}
	for _, tt := range tests {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusNoMatch || !strings.HasPrefix(r.Answer, tt.opens) {
			t.Errorf("%q: want a decline opening %q, got %s %s %q", tt.text, tt.opens, r.Status, r.Reason, r.Answer)
		}
	}
}

// Brand against brand, a procedure the article never pairs with exosomes,
// and groups or uses it never mentions (men's skin, sun damage, pets, the
// author's own ties) are declined, each naming its gap; what brands and
// products carry exosomes, and exosomes after microneedling or laser, are
// still answered.
func TestAnswer_BrandsProceduresAndGroupsTheArticleNeverMentions(t *testing.T) {
	e := engineForFuzz(t)
	declined := []struct{ text, gap string }{
		{"is brand x exosome better than brand y", "brands"},
		{"is one brand of exosome serum better than another brand", "brands"},
		{"is brand a exosome cream worth more than brand b", "brands"},
		{"hydrafacial with exosome booster worth it?", "HydraFacials"},
		{"can I get exosomes after my chemical peel", "chemical peels"},
		{"exosomes right after dermaplaning?", "dermaplaning"},
		{"ultherapy and exosomes same week ok?", "ultrasound"},
		{"are exosomes good for men's skin", "men's skin"},
		{"do exosomes work for guys too", "men's skin"},
		{"is exosome serum good for male skin", "men's skin"},
		{"can exosomes repair sun damage", "sun damage"},
		{"do exosomes help sun damaged skin", "sun damage"},
		{"will exosomes fix my sunburn", "sunburn"},
		{"do exosomes reverse photoaging", "photoaging"},
		{"is exosome serum safe for my dog", "pets"},
		{"can i put exosome cream on my cat's scar", "pets"},
		{"is the author paid by brands", "author"},
		{"does the author sell exosomes", "author"},
		{"is the author sponsored by an exosome company", "author"},
	}
	for _, tt := range declined {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusNoMatch || r.Reason != bot.ReasonNotCovered || !strings.Contains(r.Answer, tt.gap) {
			t.Errorf("%q: want declined naming %q, got %s %s %q", tt.text, tt.gap, r.Status, r.Reason, r.Answer)
		}
	}
	for _, q := range []string{
		"what brands use exosomes",
		"which products use exosomes",
		"exosomes after microneedling",
		"exosomes after laser",
		"do exosomes help skin heal after laser",
		"my toner says it has rose exosomes, is that the same thing as the exosomes derms talk about",
		"worth trying a plant exosome toner instead of the human kind since it's way cheaper?",
	} {
		if r := askReal(t, e, q); r.Status != bot.StatusAnswered {
			t.Errorf("%q: want answered, got %s %s %q", q, r.Status, r.Reason, r.Answer)
		}
	}
}

// A source named before the noun the topic qualifies ("the rose exosome
// serum") and again before that noun or "one" ("the centella one", "the
// centella serum") weighs two sources the article never names, and is
// declined; plant against human, pricey against cheap and luxury against
// drugstore, put the same way, are still the article's.
func TestAnswer_SourcesWeighedThroughTheirProductAreDeclined(t *testing.T) {
	e := engineForFuzz(t)
	wantDeclinedNaming(t, e, "plants",
		"is the rose exosome serum better than the centella one",
		"is the rose exosome serum better than the centella serum",
		"rose exosome cream or centella cream?",
	)
	wantStatus(t, e, bot.StatusAnswered,
		"is the plant exosome serum better than the human one",
		"is the pricey exosome serum better than the cheap one",
		"is the luxury exosome serum better than the drugstore one",
	)
}

// A judgement of exosomes together with a procedure the article never
// pairs them with ("chemical peel then exosomes, good idea?") judges the
// pairing, and is declined naming it; after laser or microneedling, which
// the article names, it is still answered.
func TestAnswer_AJudgementOfAnUnpairedProcedureIsDeclined(t *testing.T) {
	e := engineForFuzz(t)
	for _, tt := range []struct{ text, gap string }{
		{"chemical peel then exosomes, good idea?", "chemical peels"},
		{"exosomes after a hydrafacial, worth it?", "HydraFacials"},
	} {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusNoMatch || r.Reason != bot.ReasonNotCovered || !strings.Contains(r.Answer, tt.gap) {
			t.Errorf("%q: want declined naming %q, got %s %s %q", tt.text, tt.gap, r.Status, r.Reason, r.Answer)
		}
	}
	for _, q := range []string{
		"exosomes after microneedling, good idea?",
		"exosomes after laser, worth it?",
		"sephora has an exosome serum for $220, worth the splurge?",
	} {
		if r := askReal(t, e, q); r.Status != bot.StatusAnswered {
			t.Errorf("%q: want answered, got %s %s %s", q, r.Status, r.Reason, r.EntryID)
		}
	}
}

// A verdict on a product named by its maker — a capitalised word, inside a
// sentence, that neither the corpus nor everyday English has, right before
// the topic ("is the Medik8 exosome serum worth it?") — is declined naming
// reviews of particular brands, in the question or in the story before it;
// the article's own verdicts on exosome products as a kind, a name that
// opens a sentence, and a named product's regulation are still answered.
func TestAnswer_AVerdictOnAProductNamedByItsMakerIsDeclined(t *testing.T) {
	e := engineForFuzz(t)
	wantDeclinedNaming(t, e, "brands",
		"Is the Medik8 exosome serum worth the money?",
		"is the Skinbetter exosome cream any good?",
		"What do you think of the Dermalogica exosome booster?",
		"My aunt swears by the Sulwhasoo exosome ampoule. Is it legit?",
		"Is the Augustinus Bader exosome line worth it?",
		"Is Dr. Barbara Sturm's exosome serum worth buying?",
	)
	wantStatus(t, e, bot.StatusAnswered,
		"Are exosome serums worth the money?",
		"is the exosome serum my derm sells any good?",
		"Are rose exosomes as good as human ones?",
		"Is the Kiehl's exosome serum FDA approved?",
		"Exosome serums, worth it or not? Asking for my mum Linda",
	)
}

// A word the lexicon lists as describing the subject ("nanoparticles",
// "blobs"), right after the subject's own word, is the subject's noun, not a
// word the article does not account for: "what are exosome
// nanoparticles", "what kinds of products have cell-signal
// nanoparticles in them now" (the lexicon makes "cell signal" the
// subject) are answered, and "exosome serum" keeps its own meaning.
func TestAnswer_TheSubjectsOwnNounIsTheSubject(t *testing.T) {
	e := engineForFuzz(t)
	for _, tt := range []struct{ text, section string }{
		{"what are exosome nanoparticles", "What Are Exosomes in Skincare?"},
		{"do the exosome blobs in serums actually work", "The Science: Do Exosomes Actually Work in Skincare?"},
		{"what kinds of products have cell-signal nanoparticles in them now", "What Brands Are Using Them in 2025?"},
	} {
		r := askReal(t, e, tt.text)
		if r.Status != bot.StatusAnswered || len(r.Citations) == 0 || r.Citations[0].Section != tt.section {
			t.Errorf("%q: want answered from %q, got %s %s %+v", tt.text, tt.section, r.Status, r.Reason, r.Citations)
		}
	}
}

// A question that names the article itself ("summarize the article") asks
// about its subject, as one that names exosomes does: the article's own
// summary answers, and a topic it does not cover is still declined by name.
func TestAnswer_TheArticleNamedIsTheSubject(t *testing.T) {
	e := engineForFuzz(t)
	if r := askReal(t, e, "summarize the article"); r.Status != bot.StatusAnswered || len(r.Citations) == 0 || r.Citations[0].Section != "Bottom Line" {
		t.Errorf("summarize the article: want answered from Bottom Line, got %s %s %+v", r.Status, r.Reason, r.Citations)
	}
	wantDeclinedNaming(t, e, "hair", "what does the article say about hair loss")
	wantDeclinedNaming(t, e, "pregnancy", "what does this article say about exosomes in pregnancy")
}
