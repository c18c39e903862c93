package index_test

import (
	"context"
	"sync"
	"testing"

	"exobot/bot"
	"exobot/corpus"
	"exobot/index"
)

var _ bot.Searcher = (*index.Index)(nil)

func build(t *testing.T) *index.Index {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := index.Build(c.Entries, index.Options{Lexicon: c.Lexicon.Phrases(), TopicTerms: c.Lexicon.TopicTerms(), TopicNear: c.Lexicon.TopicNear()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

// search asks the index a question that is all focus.
func search(x *index.Index, q string, limit int) (bot.Result, error) {
	return x.Search(context.Background(), bot.Query{Focus: q}, limit)
}

func top(t *testing.T, x *index.Index, q string) bot.Hit {
	t.Helper()
	h, _ := topResult(t, x, q)
	return h
}

// searchStory searches a question asked after a story, as the engine
// passes one: the story as context, the question as focus.
func searchStory(t *testing.T, x *index.Index, story, focus string) bot.Result {
	t.Helper()
	res, err := x.Search(context.Background(), bot.Query{Focus: focus, Context: story}, 5)
	if err != nil {
		t.Fatalf("Search(%q + %q): %v", story, focus, err)
	}
	return res
}

func topResult(t *testing.T, x *index.Index, q string) (bot.Hit, bot.Result) {
	t.Helper()
	res, err := search(x, q, 5)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	if len(res.Hits) == 0 {
		t.Fatalf("Search(%q): no hits", q)
	}
	return res.Hits[0], res
}

func TestSearch_FindsTheEntryForEveryWording(t *testing.T) {
	x := build(t)
	tests := []struct{ q, id string }{
		{"Are exosome skincare products FDA approved?", "are-exosomes-fda-approved"},
		{"exozomes fda aprovd", "are-exosomes-fda-approved"},      // misspelled
		{"do exsomes boost colagen", "exosomes-collagen-elastin"}, // misspelled
		{"would my derm recommend exosomes", "would-a-dermatologist-recommend-exosomes"},
		{"are exosomes snakeoil", "are-exosomes-a-scam"}, // run together
		{"plant exosomes vs human ones", "plant-vs-human-exosomes"},
	}
	for _, tt := range tests {
		if h := top(t, x, tt.q); h.ID != tt.id {
			t.Errorf("Search(%q) = %s, want %s", tt.q, h.ID, tt.id)
		}
	}
}

// Raw user text is never query syntax: + - : ^ * ~ " are plain characters.
func TestSearch_QuerySyntaxIsPlainText(t *testing.T) {
	x := build(t)
	for _, q := range []string{`"exosomes`, `exosomes:`, `+`, `-exosomes fda`, `answer:collagen`, `exosomes^10`, `exo*`, `exosomes~2`, `(fda) AND [approved] OR {x}`, `/regexp.*/`, `\`} {
		if _, err := search(x, q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	plain := top(t, x, "exosomes fda approved")
	withSyntax := top(t, x, `-exosomes +fda: "approved`)
	if plain.ID != withSyntax.ID {
		t.Errorf("syntax changed the result: %s vs %s", plain.ID, withSyntax.ID)
	}
}

func TestSearch_StopWordsOnlyFindNothing(t *testing.T) {
	x := build(t)
	for _, q := range []string{"what is the", "", "   ", "?!", "lol ok"} {
		res, err := search(x, q, 5)
		if err != nil || len(res.Hits) != 0 {
			t.Errorf("Search(%q) = %v, %v; want nothing", q, res.Hits, err)
		}
	}
}

// Evidence is comparable across questions, unlike bleve's raw scores.
func TestSearch_EvidenceIsBoundedAndMeaningful(t *testing.T) {
	x := build(t)
	exact, exactRes := topResult(t, x, "Are exosome skincare products FDA approved?")
	if exact.Coverage < 0.9 || exact.Precision < 0.9 || !exactRes.OnTopic || exactRes.UnknownShare != 0 {
		t.Errorf("exact question: %+v %+v", exact, exactRes)
	}
	offTopic, offRes := topResult(t, x, "is la roche posay anthelios good sunscreen")
	if offTopic.Coverage > 0.5 || offRes.OnTopic || offRes.Grounded > 0.5 || offRes.UnknownShare < 0.3 {
		t.Errorf("off-topic question: %+v %+v", offTopic, offRes)
	}
	for _, r := range []struct {
		h   bot.Hit
		res bot.Result
	}{{exact, exactRes}, {offTopic, offRes}} {
		for _, v := range []float64{r.h.Coverage, r.h.Precision, r.res.Grounded, r.res.UnknownShare} {
			if v < 0 || v > 1 {
				t.Errorf("evidence out of [0,1]: %+v %+v", r.h, r.res)
			}
		}
	}
}

func TestSearch_RespectsLimit(t *testing.T) {
	x := build(t)
	for _, n := range []int{0, 1, 3} {
		res, err := search(x, "exosomes skincare serum", n)
		if err != nil || len(res.Hits) > n {
			t.Errorf("limit %d: %d hits, %v", n, len(res.Hits), err)
		}
	}
}

func TestSearch_CancelledContext(t *testing.T) {
	x := build(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Search(ctx, bot.Query{Focus: "are exosomes fda approved"}, 5); err == nil {
		t.Error("a cancelled search succeeded")
	}
}

func TestSearch_SafeForConcurrentUse(t *testing.T) {
	x := build(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				q := []string{"are exosomes fda approved", "exosomes for acne", "what are exosomes"}[(g+i)%3]
				if _, err := search(x, q, 5); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestBuild_NoEntries(t *testing.T) {
	if _, err := index.Build(nil, index.Options{}); err == nil {
		t.Error("Build(nil) succeeded")
	}
}

// A question with no word of its own asks about the story around it, so
// the story's cues name the gap; a question of its own ("worth it?") keeps
// its own subject, and only situations (pregnancy, a prescription…) count
// from the story.
func TestSearch_StoryCuesWhenTheQuestionSaysNothing(t *testing.T) {
	x := build(t)
	tests := []struct {
		story, focus, gap string
	}{
		{"the clinic email says the exosome results last up to a year.", "is that true?", "not-covered-results-duration"},
		{"the clinic email says the exosome results last up to a year.", "worth it?", ""},
		{"i'm 20 weeks pregnant and my friend swears by exosome facials.", "worth it?", "not-covered-pregnancy"},
		// A question about the subject itself leaves the story out of the
		// search, not the situation out of the cues.
		{"nursing my baby these days", "are exosomes ok to use?", "not-covered-pregnancy"},
		{"my cousin keeps talking about them", "what even are exosomes?", ""},
		// A question that only judges the story, or points back at it,
		// asks about the story.
		{"tretinoin + exosome serum same night", "ok or too much?", "not-covered-layering"},
		{"the clinic email says the exosome results last up to a year.", "is that true for exosomes?", "not-covered-results-duration"},
		// "how much do … do" asks how much they do, not what they cost.
		{"", "How much do exosomes really do for skin?", ""},
		{"", "how much does an exosome facial usually run?", "not-covered-prices"},
	}
	for _, tt := range tests {
		res := searchStory(t, x, tt.story, tt.focus)
		if res.Gap != tt.gap {
			t.Errorf("%q + %q: gap %q, want %q", tt.story, tt.focus, res.Gap, tt.gap)
		}
	}
}

// The cues read the person's own words: a description of the topic ("stem
// cell … creams") is searched as exosomes, but "apple stem cell creams"
// still names another ingredient.
func TestSearch_CuesReadTheWordsBeforeTheTopicIsDescribed(t *testing.T) {
	x := build(t)
	res, err := x.Search(context.Background(), bot.Query{Focus: "what do you think of those apple stem cell creams?"}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if res.Gap != "not-covered-other-actives" {
		t.Errorf("gap %q, want not-covered-other-actives", res.Gap)
	}
}

// Weighing two things the article names by one word is a choice the
// article does not make; weighing one of them against exosomes is.
func TestSearch_ComparisonWithinOneConceptIsNotGrounded(t *testing.T) {
	x := build(t)
	for _, tt := range []struct {
		q        string
		grounded bool
	}{
		{"tretinoin or adapalene for wrinkles", false},
		{"fraxel vs co2 whats the difference", false},
		{"spf 30 vs spf 50 which one", false},
		{"retinoids or antioxidants for wrinkles", true},
	} {
		res, err := search(x, tt.q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Grounded > 0; got != tt.grounded {
			t.Errorf("%q: grounded %.2f, want grounded=%v", tt.q, res.Grounded, tt.grounded)
		}
	}
}

// A lexicon word is never read as a corpus word's misspelling: "tret" is
// tretinoin (a retinoid), not "treat".
func TestSearch_LexiconWordsAreNotMisspellings(t *testing.T) {
	x := build(t)
	if h := top(t, x, "tret or exosomes"); h.ID != "exosomes-vs-retinol" {
		t.Errorf("tret or exosomes: top %s, want exosomes-vs-retinol", h.ID)
	}
}

// "this" as the subject of a short question with nothing told before it
// is what the person asks the bot about; after a story, it is the story.
func TestSearch_ThisAsTheSubject(t *testing.T) {
	x := build(t)
	res, err := x.Search(context.Background(), bot.Query{Focus: "isn't this just medspas inventing a new thing to upsell"}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if !res.OnTopic {
		t.Errorf("no story: not on topic")
	}
	for _, focus := range []string{"so is this a real breakthrough or mostly marketing noise dressed up in lab words", "is this a big buzz thing at the fancy facial clinics right now, or more niche?",
		"would it help my face bounce back faster after i get it zapped w a laser"} {
		res, err = x.Search(context.Background(), bot.Query{Focus: focus}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !res.OnTopic {
			t.Errorf("%q, no story: not on topic", focus)
		}
	}
	res, err = x.Search(context.Background(), bot.Query{Focus: "is this normal?", Context: "my cheeks went pink after a chemical peel."}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if res.OnTopic {
		t.Errorf("after a story about a peel: on topic")
	}
}

// A hedge between a cue's words ("smells kind of fishy", "smells a bit
// off") leaves it the cue; the words alone, apart, are not one.
func TestSearch_AHedgeInsideACueLeavesItTheCue(t *testing.T) {
	x := build(t)
	wantGaps(t, x, []gapCase{
		{"my exosome serum smells kind of fishy. is it bad?", "not-covered-texture-and-scent"},
		{"my new exosome serum smells a bit off, normal?", "not-covered-texture-and-scent"},
		{"my exosome serum smells fishy, is it bad?", "not-covered-texture-and-scent"},
		{"the science smells kind of thin to me, are exosomes proven?", ""},
	})
}

// queryGap is a query, with its story, and the not-covered topic its
// search should name as the gap ("" for none).
type queryGap struct {
	q   bot.Query
	gap string
}

// wantQueryGaps searches x for each case's query and fails for each whose
// gap is not the one wanted (wantGaps, for a query with a story).
func wantQueryGaps(t *testing.T, x *index.Index, cases []queryGap) {
	t.Helper()
	for _, tt := range cases {
		res, err := x.Search(context.Background(), tt.q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if res.Gap != tt.gap {
			t.Errorf("%q / %q: gap %q, want %q", tt.q.Context, tt.q.Focus, res.Gap, tt.gap)
		}
	}
}

// Whether exosomes are proven is the same for everyone: a skin type told
// in a short story does not make a question about studies one the article
// does not cover, while the person's health (pregnancy) still does, and
// a question about using them still weighs the skin type.
func TestSearch_AProofQuestionIsTheSameForEveryone(t *testing.T) {
	wantQueryGaps(t, build(t), []queryGap{
		{bot.Query{Focus: "are exosome products backed by peer reviewed studies or not?", Context: "sensitive skin here, been fooled before."}, ""},
		{bot.Query{Focus: "are exosomes proven yet?", Context: "as a cautious sensitive-skin person i assume every new active is hype until proven."}, ""},
		{bot.Query{Focus: "are exosomes proven yet?", Context: "pregnant with my first."}, "not-covered-pregnancy"},
		{bot.Query{Focus: "are exosomes ok to use?", Context: "sensitive skin here."}, "not-covered-skin-types"},
	})
}

// Of two topics' cues starting at the same word, the longer names what
// is asked: "cause cancer" is the worry about DNA and cancer, though
// "cause" alone is a cue of side effects, which come first in the corpus.
func TestSearch_TheLongerCueFromTheSameWordNamesTheGap(t *testing.T) {
	wantGaps(t, build(t), []gapCase{
		{"could an exosome serum cause cancer?", "not-covered-dna-cancer"},
		{"what side effects can exosome serum cause?", "not-covered-side-effects-of-products"},
	})
}

// Whether to try or buy exosomes is a decision the article makes for
// everyone: a skin type told in a short story before it describes who
// decides, while the person's health and a concern the treatment would be
// for (acne) still name what the article does not cover, and so does a
// skin type the question itself asks about.
func TestSearch_ASkinTypeInADecisionsStoryDescribesWhoDecides(t *testing.T) {
	wantQueryGaps(t, build(t), []queryGap{
		{bot.Query{Focus: "Do I jump on exosomes now or wait a couple of years?", Context: "61, oily skin, getting crow's feet."}, ""},
		{bot.Query{Focus: "is an exosome serum worth it for me?", Context: "combination skin, new to all this."}, ""},
		{bot.Query{Focus: "is an exosome serum worth it for me?", Context: "pregnant with my second."}, "not-covered-pregnancy"},
		{bot.Query{Focus: "would exosomes be worth trying?", Context: "breakouts every month."}, "not-covered-acne"},
		{bot.Query{Focus: "are exosomes ok to use?", Context: "sensitive skin here."}, "not-covered-skin-types"},
		{bot.Query{Focus: "are exosomes worth it for oily skin?"}, "not-covered-skin-types"},
	})
}

// Cells that talk, or their chatter, describe exosomes as the article's
// "messengers" do: a story about a "cell talk" add-on is about them.
func TestSearch_CellTalkDescribesTheSubject(t *testing.T) {
	x := build(t)
	for _, q := range []bot.Query{
		{Focus: "Why is that a thing?", Context: "The medspas around me keep pushing a 'cell talk' add-on right after laser sessions."},
		{Focus: "are the cell chatter serums legit?"},
	} {
		res, err := x.Search(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !res.OnTopic {
			t.Errorf("%q / %q: not on topic", q.Focus, q.Context)
		}
	}
	// Talk alone, or talk beside no word of cells, is not the subject.
	res, err := x.Search(context.Background(), bot.Query{Focus: "is this normal?", Context: "my derm wants to talk about a chemical peel."}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if res.OnTopic {
		t.Errorf("talk about a peel: on topic")
	}
}

// Asking about growths on the skin, how much of a product is exosomes,
// injecting them, putting them on broken skin, or embryos as their source
// is asking about a topic next to the article's that it never covers: the
// cues name the gap, while the article's own subjects near them do not.
func TestSearch_AdjacentFociAreNamedGaps(t *testing.T) {
	x := build(t)
	tests := []struct{ focus, gap string }{
		{"could an exosome cream make a mole get bigger?", "not-covered-growths"},
		{"do exosomes shrink warts", "not-covered-growths"},
		{"how many exosomes are actually in one bottle of serum?", "not-covered-dosing"},
		{"what percent of the formula is exosomes", "not-covered-dosing"},
		{"are exosomes ever injected into the face?", "not-covered-injections-and-iv"},
		{"is an exosome skin booster the same as the serum", "not-covered-injections-and-iv"},
		{"exosome serum on skin that's cracked from the cold, ok?", "not-covered-broken-skin"},
		{"can exosomes go on raw skin", "not-covered-broken-skin"},
		{"are skincare exosomes made from embryonic cells?", "not-covered-exosome-sources"},
		// The article's subjects next to them stay answerable.
		{"do exosomes help fibroblasts grow?", ""},
		{"do exosomes help skin heal after a laser?", ""},
		{"are there stem cell exosomes in skincare?", ""},
	}
	for _, tt := range tests {
		res, err := search(x, tt.focus, 5)
		if err != nil {
			t.Fatal(err)
		}
		if res.Gap != tt.gap {
			t.Errorf("%q: gap %q, want %q", tt.focus, res.Gap, tt.gap)
		}
	}
}

// A verdict asked after a story that weighs a choice ("swap", "instead
// of", "better") asks about the choice, as it does when the choice and the
// verdict are one sentence; a verdict on a story without a choice keeps
// asking for the verdict.
func TestSearch_VerdictOnAChoiceInTheStoryAsksTheChoice(t *testing.T) {
	x := build(t)
	tests := []struct{ story, focus, want string }{
		{"I want to ditch my vitamin C serum and use an exosome one instead.", "Smart move?", "exosomes-vs-retinol"},
		{"Planning to switch from my retinoid to exosome drops.", "Yay or nay?", "exosomes-vs-retinol"},
		{"thinking of swapping my sunscreen budget for an exosome cream", "good idea?", "exosomes-vs-retinol"},
		{"My esthetician offered an exosome add-on for $150.", "worth it?", "are-exosome-serums-worth-the-money"},
	}
	for _, tt := range tests {
		res := searchStory(t, x, tt.story, tt.focus)
		if len(res.Hits) == 0 || res.Hits[0].ID != tt.want {
			t.Errorf("%q + %q: hits %v, want %s first", tt.story, tt.focus, res.Hits, tt.want)
		}
	}
}

// People's words for a dermatologist's advice, for keeping or returning a
// purchase, for lab dishes and for where exosomes come from are the
// article's (corpus/lexicon.yaml).
func TestSearch_PeoplesWordsForAdviceAndSources(t *testing.T) {
	x := build(t)
	tests := []struct{ q, want string }{
		{"would my derm tell me to try exosome serums?", "would-a-dermatologist-recommend-exosomes"},
		{"the plant ones vs the ones from people, same thing?", "plant-vs-human-exosomes"},
		{"exosomes from fruit, are they as good as human ones?", "plant-vs-human-exosomes"},
		{"is the leafy green version as good as the human cell version?", "plant-vs-human-exosomes"},
		{"the herbal kind vs the human kind, same thing?", "plant-vs-human-exosomes"},
		{"is it sensible to spend 300 on an exosome serum", "are-exosome-serums-worth-the-money"},
		{"what sort of patient would get something out of exosomes?", "who-might-benefit"},
		{"who is behind the exosome trend, lab companies?", "why-is-everyone-talking-about-exosomes"},
		{"what should i be checking before i carry an exosome line in my studio?", "how-to-vet-an-exosome-product"},
		{"what do exosomes carry?", "what-do-exosomes-contain"},
		{"so exosome research is just cell dishes?", "what-does-in-vitro-mean"},
	}
	for _, tt := range tests {
		if h := top(t, x, tt.q); h.ID != tt.want {
			t.Errorf("%q: top %s, want %s", tt.q, h.ID, tt.want)
		}
	}
}

// A question that points back at a claim about exosomes it was just told
// ("is that true?") asks about that claim: a topic the sentences before it
// merely mention does not decline it, unless it is the person's health.
// A question that points at nothing reads the whole story's situation.
func TestSearch_StoryCuesCountWhereTheQuestionPoints(t *testing.T) {
	x := build(t)
	tests := []struct{ story, focus, gap string }{
		{"I get flushed after threading my eyebrows. My sister says exosomes reduce inflammation.", "Is that what they do?", ""},
		{"My hair is thinning. A clinic says exosomes regrow it.", "Is that true?", "not-covered-hair"},
		{"I'm 12 weeks pregnant. My friend says exosomes are totally safe.", "Is that true?", "not-covered-pregnancy"},
		{"Started a blood thinner last month. My aunt says exosomes reduce inflammation.", "Is that right?", "not-covered-side-effects-of-products"},
		{"My eyebrows are patchy. My sister swears by exosomes.", "Should I try them?", "not-covered-hair"},
	}
	for _, tt := range tests {
		res := searchStory(t, x, tt.story, tt.focus)
		if res.Gap != tt.gap {
			t.Errorf("%q + %q: gap %q, want %q", tt.story, tt.focus, res.Gap, tt.gap)
		}
	}
}

// A definition asked first ("what even are …") is the question; a clause
// after the subject about where exosomes turn up or why everyone talks of
// them only sets the scene, however the subject is named or described.
func TestSearch_DefinitionWithATailAboutWhereTheyTurnUp(t *testing.T) {
	x := build(t)
	tests := []struct{ q, want string }{
		{"what exactly are those little cell messengers everybody keeps adding to moisturizers", "what-are-exosomes"},
		{"what are exosomes and why are brands selling them in every cream", "what-are-exosomes"},
		{"wat r exosomes n y r they all over my feed in every product", "what-are-exosomes"},
		{"what are exosomes made of", "what-do-exosomes-contain"},
	}
	for _, tt := range tests {
		if h := top(t, x, tt.q); h.ID != tt.want {
			t.Errorf("%q: top %s, want %s", tt.q, h.ID, tt.want)
		}
	}
}

// A cue's words may say something else than its topic: "for days after"
// is how long a symptom lasted, not when to schedule a treatment, and a
// symptom in the description of a chronic skin condition ("a chronic itchy
// scaly skin condition") is the article's chronic inflammatory skin
// issues, not a reaction to a product.
func TestSearch_CueWordsThatDescribeSomethingElse(t *testing.T) {
	x := build(t)
	tests := []gapCase{
		{"my cheeks stay blotchy for days after microneedling, would exosomes calm that", ""},
		{"can i use exosomes 2 days after microneedling", "not-covered-timing-with-other-treatments"},
		{"with a lifelong itchy scaly skin condition, could exosomes help someday?", ""},
		{"my exosome serum made my face itchy", "not-covered-side-effects-of-products"},
		// a simile of young skin is no skin type of the person's
		{"the serum that makes skin bounce back like a teenager's, has it been tested on people?", ""},
		{"can a teenager use exosome serum?", "not-covered-skin-types"},
	}
	wantGaps(t, x, tests)
}

// A cue word may only describe something else: a possessive before "own"
// says whose a thing is ("the skin's own repair signals"), not a concern of
// that part, and a treatment's name before a place or a person ("the filler
// clinic", "my botox lady") names where the person goes, not a question
// about that treatment.
func TestSearch_CueWordsThatOnlyNameWhoseOrWhere(t *testing.T) {
	x := build(t)
	tests := []gapCase{
		{"do exosomes work with the body's own healing signals?", ""},
		{"can exosomes fix stretch marks on my body?", "not-covered-body-concerns"},
		{"my botox lady offers exosomes now, what are they", ""},
		{"can i do exosomes the same week as botox", "not-covered-timing-with-other-treatments"},
	}
	wantGaps(t, x, tests)
}

// A cue's word may play another part in the question than naming its
// topic: "body" after an organisation's word is an organisation ("a
// government body"), and before its workings or its molecules the body as
// an organism ("the body signals", "the body chemicals"); "cause"
// after "lower the … that" is what exosomes are asked to lower; "brand new"
// is new; a price word between a determiner and its noun only describes
// ("the pricey anti-wrinkle lines"), and "just cheaper" after a claim of
// sameness only concedes a difference; "just this year's X" is a likeness;
// "how much is hype" asks a share; "in my 20s" beside a grown-up's age
// is a time past; "brand-funded" against "independent" trials is their
// contrary, not a study's funder asked; skin that peels is a reaction, a
// peel a treatment; the skin's outer layer is anatomy, not layering; "what
// cells shed" describes exosomes, it does not ask which cells; "the kids
// can check the claims" are young people learning, not young skin. "the kids
// can check the claims" are young people learning, not young skin.
// Asked as the topic, each still cues it.
func TestSearch_CueWordsInAnotherRole(t *testing.T) {
	x := build(t)
	tests := []gapCase{
		{"is any government body actually keeping an eye on these products?", ""},
		{"is there a regulatory body checking exosome serums", ""},
		{"do the tiny particles from cells lower the body signals that cause swelling and redness?", ""},
		{"can the signalling vesicles bring down the body chemicals that drive redness and swelling", ""},
		{"do exosomes calm the body molecules behind inflammation", ""},
		{"does exosome lotion work on body skin like arms and legs", "not-covered-body-concerns"},
		{"do exosomes work on the body, like stretch marks?", "not-covered-body-concerns"},
		{"can i use exosome serum on my body", "not-covered-body-concerns"},
		{"wht dose a dermatoligist look 4 b4 recomending sumthing new", ""},
		{"what dose of exosomes?", "not-covered-dosing"},
		{"what dose a day of exosome serum", "not-covered-dosing"},
		{"how much exosome serum should i use per dose", "not-covered-dosing"},
		{"can exosome serum cause breakouts", "not-covered-side-effects-of-products"},
		{"does exosome serum cause redness", "not-covered-side-effects-of-products"},
		{"if a skin specialist were deciding whether to recommend a brand new active ingredient, what would they want to see first?", ""},
		{"can you recommend a brand of exosome serum", "not-covered-product-ethics-and-brands"},
		{"why do the pricey anti-wrinkle lines keep bragging about 'cell communication'?", ""},
		{"why are exosome facials so pricey", "not-covered-prices"},
		{"why is exosome serum so expensive", "not-covered-prices"},
		{"the influencer said it's the same thing as the clinic treatments, just cheaper. is that true?", ""},
		{"ok 'plant exosomes'. is that even the same thing or just a cheaper knockoff?", ""},
		{"the protein that keeps skin plump - do these serums get my body making more of it?", ""},
		{"do exosome serums work on the body as well as the face", "not-covered-body-concerns"},
		{"does anyone actually vet what's in these serums?", ""},
		{"my vet asked if the exosome serum is safe for my dog", "not-covered-pets"},
		{"would aging skin be a target for these therapies someday?", ""},
		{"does target sell exosome serum", "not-covered-product-ethics-and-brands"},
		{"my 46 year old face could use some regenerating. is exosome stuff proven for aging skin?", ""},
		{"my 15 year old wants exosome serum, is she too young?", "referral-young-skin"},
		{"are exosomes safe for a 12 year old? my granddaughter keeps asking", "referral-young-skin"},
		{"are exosomes ok for 14 year olds", "referral-young-skin"},
		{"is exosome serum good for a 55 year old?", ""},
		{"are there any exosome dupes that work as well?", "not-covered-product-ethics-and-brands"},
		{"how do i cancel my exosome appointment", "not-covered-clinic-logistics"},
		{"can i reschedule my exosome facial", "not-covered-clinic-logistics"},
		{"do i cancel my exosome facial booking? kinda regretting it", ""},
		{"after microneedling, do you put exosomes on right away or wait 24 hours?", "not-covered-timing-with-other-treatments"},
		{"should i buy exosomes now or wait for more research?", ""},
		{"has Medsafe approved any exosome products here in NZ?", "not-covered-legality"},
		{"has the fda approved any exosome products?", ""},
		{"any research on exosomes for vitiligo?", "not-covered-pigmentation"},
		{"is the exosome hype worth anything or do I just roll my eyes", ""},
		{"do exosome creams work around my eyes?", "not-covered-face-areas"},
		{"fad that fades, or will the cell-messenger stuff actually be a thing someday?", ""},
		{"do the results of exosome facials fade?", "not-covered-results-duration"},
		{"am I even allowed to apply exosomes after microneedling or does it need a nurse?", "not-covered-legality"},
		{"do collagen powders actually do anything for wrinkles?", "not-covered-other-actives"},
		{"should we put our joint beauty budget into exosomes or into retinol?", ""},
		{"can exosomes help my joint pain?", "not-covered-injections-and-iv"},
		{"are plant exosomes just a cheap knockoff of the real thing?", ""},
		{"explain it like I'm a guy who just learned what SPF means", ""},
		{"what sunscreen should i use after exosome microneedling", "not-covered-procedure-aftercare"},
		{"ad selling exosome serum as 'clinically proven'. order or scroll past", ""},
		{"which order do i put on exosome serum and retinol, or does it matter", "not-covered-layering"},
		{"what do they carry, fats, proteins, bits of genetic code?", ""},
		{"could exosomes change my genetic code?", "not-covered-dna-cancer"},
		{"I'm not chasing a refund, I just want to know if it helped my skin recover after microneedling", ""},
		{"can i get a refund for my exosome facial", "not-covered-clinic-logistics"},
		{"are exosome serums for guys like me yet?", ""},
		{"are exosome serums made for men?", "not-covered-men"},
		{"do the cell message capsules make the skin more firm?", ""},
		{"are exosome capsules you swallow any good?", "not-covered-other-actives"},
		{"is the plant kind cheaper than the human kind?", "not-covered-prices"},
		{"same serum at two shops, why is one just cheaper", "not-covered-prices"},
		{"lol so exosomes are just this year's hyaluronic acid right?", ""},
		{"are exosomes better than hyaluronic acid", "not-covered-other-actives"},
		{"how much is hype and how much is real with exosomes?", ""},
		{"my 46 year old face (lots of sun in my 20s) needs help, is exosome stuff proven for aging skin?", ""},
		{"I'm in my 20s, should I start exosomes?", "referral-young-skin"},
		{"is there any independent trial behind these exosome serums or is it all brand-funded?", ""},
		{"who funded the exosome studies?", "not-covered-study-details"},
		{"my face started to peel after the exosome serum, normal?", "not-covered-side-effects-of-products"},
		{"will it make my skin peel?", "not-covered-side-effects-of-products"},
		{"can i get a chemical peel and exosomes the same week?", "not-covered-timing-with-other-treatments"},
		{"how much of the exosome buzz is science and how much is marketing?", ""},
		{"how much is an exosome facial?", "not-covered-prices"},
		{"how much of the exosome craze is science and how much is hype, percentage-wise?", ""},
		{"what percentage of the serum is exosomes?", "not-covered-dosing"},
		{"what would a dermatologist want to see before endorsing an ingredient, so the kids can check the claims against that list?", ""},
		{"can kids use exosome serum?", "referral-young-skin"},
		{"are exosomes ok for kids?", "referral-young-skin"},
		{"how much exosome is in it, percentage-wise?", "not-covered-dosing"},
		{"how much of the serum do i use, and how much is a bottle?", "not-covered-prices"},
		{"so a cell messenger smeared onto the outer layer of dead skin is supposed to do what exactly?", ""},
		{"can exosomes even get past the top layers of skin?", ""},
		{"can i layer exosome serum under my retinol?", "not-covered-layering"},
		{"is that new ingredient made from what cells shed something that could settle redness down someday?", ""},
		{"what cells do skincare exosomes come from?", "not-covered-exosome-sources"},
		{"which cells are they taken from, fat or bone marrow?", "not-covered-exosome-sources"},
		{"what layer goes first, the exosome serum or the vitamin c?", "not-covered-layering"},
		{"influencer code for 20 off the exosome serum expires tonight do i pull the trigger", ""},
		{"the promo code expires friday, is exosome serum worth it?", ""},
		{"does exosome serum expire?", "not-covered-storage"},
		{"email says 40 percent off exosome serum today only and clinically proven, is it actually clinically proven", ""},
		{"what percent of the serum is actually exosomes?", "not-covered-dosing"},
		{"are exosome treatments legit or hype, she's deciding whether to book before team photos", ""},
		{"how do i book an exosome facial", "not-covered-clinic-logistics"},
		{"Medspa says I need their exosome aftercare kit after microneedling or I'll heal badly. Should I buy it?", ""},
		{"what aftercare after exosome microneedling?", "not-covered-procedure-aftercare"},
		{"which is better, plant exosomes or human derived", ""},
		{"which plant exosomes are the best?", "not-covered-exosome-sources"},
		{"why the warning about plant exosomes? what's wrong with them", ""},
		{"is the exosome skin serum any good for aging skin?", ""},
		{"hey dudes, are exosome serums legit or hype?", ""},
		{"if exosomes are so amazing why do derms still bang on about sunscreen", ""},
		{"has any country put bans on exosome facials?", "not-covered-legality"},
		{"has the fda issued any warning about exosome serums?", "not-covered-regulator-plans"},
	}
	wantGaps(t, x, tests)
}

// A cue's words may only say which product, or how it is bought: a price
// comparative after a definite determiner picks one of two ("the cheaper
// line"), "order" after a subject or before where from is buying ("just
// order online"), "one line" is the form of the answer, and "that's why
// it was so expensive" tells a consequence of a claim. Asked as the
// topic, each still cues it.
func TestSearch_CueWordsThatOnlySayWhichProductOrHowItIsBought(t *testing.T) {
	x := build(t)
	wantGaps(t, x, []gapCase{
		{"are the plant exosomes in the cheaper line as good as the human ones?", ""},
		{"is the human serum in the pricier range really better than the plant one?", ""},
		{"is there a cheaper exosome serum that works as well?", "not-covered-prices"},
		{"how much cheaper is it online?", "not-covered-prices"},
		{"should i ask my derm about exosomes or just order online", ""},
		{"i was going to order exosome serum from a website, should i ask a dermatologist first?", ""},
		{"which order do i apply exosomes and retinol", "not-covered-layering"},
		{"in what order should i layer exosome serum and moisturizer", "not-covered-layering"},
		{"is exosome serum better in the morning or at night?", "not-covered-layering"},
		{"should i use exosome serum at night or in the morning?", "not-covered-layering"},
		{"one line on what the research says about exosomes for skin", ""},
		{"which cell line did the exosome studies use?", "not-covered-study-details"},
		{"which study found exosomes boost collagen by 30%?", "not-covered-papers"},
		{"why is exosome serum so expensive", "not-covered-prices"},
	})
	if h := top(t, x, "one line on what the research says about exosomes for skin"); h.ID != "what-do-studies-show" {
		t.Errorf("one line on the research: top %s, want what-do-studies-show", h.ID)
	}
	for _, tt := range []struct{ story, focus, gap string }{
		{"The nurse told me their exosome serum was FDA approved and that's why it was so expensive. Something about that felt off.", "Is that even true?", ""},
		{"My exosome facial was so expensive.", "Is that normal?", "not-covered-prices"},
	} {
		if res := searchStory(t, x, tt.story, tt.focus); res.Gap != tt.gap {
			t.Errorf("%q + %q: gap %q, want %q", tt.story, tt.focus, res.Gap, tt.gap)
		}
	}
}

// gapCase is a question and the not-covered topic its search should find
// ("" for none).
type gapCase struct{ q, gap string }

// wantGaps asks each question and checks the gap its top result names.
func wantGaps(t *testing.T, x *index.Index, tests []gapCase) {
	t.Helper()
	for _, tt := range tests {
		_, res := topResult(t, x, tt.q)
		if res.Gap != tt.gap {
			t.Errorf("%q: gap %q, want %q", tt.q, res.Gap, tt.gap)
		}
	}
}

// A short message that passes a verdict on its subject (Query.Judges) and
// names no other subject judges exosomes: it is on topic. A verdict on a
// treatment the message names is not about exosomes. A message that points at what the
// bot said ("that ingredient you brought up earlier") or holds a pronoun
// nothing in it stands for ("if it ever pans out…") is on topic too,
// unless it names another treatment.
func TestSearch_AVerdictNamingNoOtherSubjectIsOnTopic(t *testing.T) {
	x := build(t)
	for _, tt := range []struct {
		q      string
		judges bool
		want   bool
	}{
		{"honestly if it was so amazing wouldn't the FDA have approved one by now?", true, true},
		{"honestly if it was so amazing wouldn't the FDA have approved one by now?", false, true}, // "it": pointsAway
		{"honestly if microneedling was so amazing wouldn't the FDA have approved one by now?", false, false},
		{"if microneedling was so amazing wouldn't the FDA have approved it?", true, false},
		{"that ingredient you brought up earlier, is there any approved active on the market built around it?", false, true},
		{"that treatment you mentioned, is microneedling better?", false, false},
		{"If it ever pans out, who's the likely winner — what sort of patient?", false, true},
		{"no regulator has approved it as an active and people pay hundreds for it?", false, true},
		{"If microneedling ever pans out, who's the likely winner?", false, false},
		{"who's the likely winner, what sort of patient?", false, false},
	} {
		res, err := x.Search(context.Background(), bot.Query{Focus: tt.q, Judges: tt.judges}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if res.OnTopic != tt.want {
			t.Errorf("Search(%q, judges %v).OnTopic = %v, want %v", tt.q, tt.judges, res.OnTopic, tt.want)
		}
	}
}

// "is any of this actually proven" asks for proof of the whole subject the
// person asks the bot about, as "any science behind it?" does; after a
// story that names another of the article's treatments it asks of that.
func TestSearch_ProofOfAnyOfThisAsksOfTheSubject(t *testing.T) {
	wantOnTopic(t, build(t), []topicCase{
		{"is any of this actually proven", "sure, baby face in a bottle.", true},
		{"is all of it backed by research?", "", true},
		{"is any of this proven", "my derm offered me a laser for my scars.", false},
		{"is any of this normal", "my cheeks went pink after a chemical peel.", false},
	})
}

// topicCase is a question, the story before it, and whether the search
// reads it as about the corpus's subject (Result.OnTopic).
type topicCase struct {
	focus, context string
	onTopic        bool
}

func wantOnTopic(t *testing.T, x *index.Index, tests []topicCase) {
	t.Helper()
	for _, tt := range tests {
		res, err := x.Search(context.Background(), bot.Query{Focus: tt.focus, Context: tt.context}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if res.OnTopic != tt.onTopic {
			t.Errorf("%q after %q: on topic %v, want %v", tt.focus, tt.context, res.OnTopic, tt.onTopic)
		}
	}
}

// A phrase of the article quoted word for word ("'post-laser recovery'")
// is what the article claims for exosomes: the question is on topic,
// named or not; a quote the article never says, or words between
// apostrophes, are not.
func TestSearch_AQuoteOfTheArticleIsOnTopic(t *testing.T) {
	wantOnTopic(t, build(t), []topicCase{
		{"how is the 'post-laser recovery' evidence anything more than marketing from the spas selling it?", "", true},
		{"my cream says it will “rewind the clock”, is that real?", "", true},
		{"how is the 'instant glow' evidence anything more than marketing from the spas selling it?", "", false},
		{"my sister's cream isn't cheap, is that real?", "", false},
	})
}

// A short question whose subject is "that" or "this" ("is that a real
// thing or a scam?") asks of what the story before it names: a treatment
// the article does not weigh is declined by name, as "is it worth it?"
// after it is; after a story about exosomes it is their verdict.
func TestSearch_ThatAsksOfTheStorysTreatment(t *testing.T) {
	wantGaps(t, build(t), []gapCase{
		{"stem cell facelift - is that a real thing or a scam?", "not-covered-other-actives"},
		{"my sister is obsessed with PRP facials. is that legit?", "not-covered-other-actives"},
		{"everyone at my gym swears by collagen gummies. is this a scam?", "not-covered-other-actives"},
		{"exosome facials - is that a real thing or a scam?", ""},
		{"my derm offered exosomes after my laser. is that a good idea?", ""},
	})
}

// Exosomes reaching the blood or the rest of the body from the face is
// how far they get through the skin, which the article never tells.
func TestSearch_BloodstreamIsAbsorption(t *testing.T) {
	wantGaps(t, build(t), []gapCase{
		{"Do exosomes get into your bloodstream when you put them on your face?", "not-covered-absorption"},
		{"can the exosomes from a serum end up in my blood stream", "not-covered-absorption"},
		{"do topical exosomes travel into the body", "not-covered-absorption"},
		{"do exosomes work on my body", "not-covered-body-concerns"},
	})
}

// Regulators other than the FDA name the rules of another country; a
// question of how a product works with the person's hormones or
// medicines is the safety of mixing treatments; a price asked as "correct",
// "normal rate" or "overcharging" is a particular clinic's price.
func TestSearch_RegulatorsHormonesAndRates(t *testing.T) {
	wantGaps(t, build(t), []gapCase{
		{"is exosome treatment approved by NAFDAC here in Nigeria?", "not-covered-legality"},
		{"has the CDSCO cleared exosome serums in India", "not-covered-legality"},
		{"Do exosome serums interact with hormones at all or change how HRT affects my skin?", "not-covered-side-effects-of-products"},
		{"can exosomes interfere with my medication", "not-covered-side-effects-of-products"},
		{"Is this the correct price for exosome therapy or are they overcharging?", "not-covered-prices"},
		{"what is the normal rate for an exosome facial", "not-covered-prices"},
		{"how do exosomes interact with skin cells", ""},
		{"are exosome products FDA approved", ""},
	})
}
