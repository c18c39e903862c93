package bot

import (
	"slices"
	"testing"
)

// A long sentence with no stops, as voice typing writes one, is split at
// the clause that says what is asked; a short one, or one whose asking
// clause opens it, is left whole.
func TestRunOnQuestion(t *testing.T) {
	for _, tc := range []struct {
		text, asked string
	}{
		{"okay so hi um I'm driving so using voice my friend said the serum she got at the med spa made her face less red after the laser thing and I want to know if exosomes actually help with inflammation or if that's just a sales pitch thanks",
			"I want to know if exosomes actually help with inflammation or if that's just a sales pitch thanks"},
		{"ok so I'm in the car using voice to text and my coworker keeps going on about her facial and how her skin looks amazing so I was wondering if exosomes are safe to use while pregnant",
			"I was wondering if exosomes are safe to use while pregnant"},
		{"um so basically my aunt went to this medspa in town and they did the laser and then put some serum on after and now she keeps talking about it so my question is do exosomes help you heal after a laser",
			"my question is do exosomes help you heal after a laser"},
		// Too short to be a run-on: the sentence is the question.
		{"my friend at the salon told me about exosomes yesterday and I want to know if they work", ""},
		// The asking clause opens the sentence: nothing to split off.
		{"I want to know if exosomes actually help with inflammation and whether the studies on them were done on people or only in dishes in a lab somewhere", ""},
		// No asking clause at all.
		{"so my sister went to a medspa and they did the laser and then some exosome serum and her face looked amazing after and she keeps talking about it to everyone", ""},
	} {
		_, asked := runOnQuestion(tc.text, Words(tc.text))
		if asked != tc.asked {
			t.Errorf("%q:\n asked %q\n want  %q", tc.text, asked, tc.asked)
		}
	}
}

// A long sentence typed without stops is split where a question opens in
// it after a story, as a stop would split it; a short one, one whose
// question opens it, and one that only tells ("the thing is that…") are
// left whole.
func TestSplitRunOns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"my neighbour has had dry itchy patches on her knees and scalp for ages and her cousin in sales says exosome therapy will fix it all is that something that could help someone like her later on",
			[]string{"my neighbour has had dry itchy patches on her knees and scalp for ages and her cousin in sales says exosome therapy will fix it all", "is that something that could help someone like her later on"}},
		{"the lady at the salon said her exosome facial was the best money she ever spent and i am tempted to book one next month should i talk to a skin doctor before i do",
			[]string{"the lady at the salon said her exosome facial was the best money she ever spent and i am tempted to book one next month", "should i talk to a skin doctor before i do"}},
		// Too short to be a run-on.
		{"my friend swears by her serum is it any good", []string{"my friend swears by her serum is it any good"}},
		// The question opens the sentence: nothing to split off.
		{"is it true that exosomes calm redness after a laser because my friend had one last week and her face settled down really quickly afterwards",
			[]string{"is it true that exosomes calm redness after a laser because my friend had one last week and her face settled down really quickly afterwards"}},
		// Only telling: "is that" before a clause says what the thing is.
		{"my esthetician uses a serum after every microneedling session and what she likes most about it is that it takes the redness down by the next morning for most people",
			[]string{"my esthetician uses a serum after every microneedling session and what she likes most about it is that it takes the redness down by the next morning for most people"}},
	} {
		var got []string
		for _, s := range read(tc.text).sentences {
			got = append(got, s.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// A run-on that asks by its length alone, with no question shape in it,
// still says where its question starts when a clause says what is
// wanted, after a connective or after none; and a story that ends saying
// what it wants to know hands the asking to the question split off after
// it. Either way the story's words are left to the story.
func TestRunOnFocusAfterWantingToKnow(t *testing.T) {
	for _, tc := range []struct {
		text, focus string
	}{
		{"my flatmate works at a beauty counter and keeps bringing home samples with rose exosomes in them and i have eczema on my hands i just want to know are rose exosomes the same as the ones from human cells",
			"i just want to know are rose exosomes the same as the ones from human cells"},
		{"my husband has been on at me for weeks about a face cream with exosomes that his mate swears by and i have no clue what to say to him could someone tell me what exosomes actually are",
			"could someone tell me what exosomes actually are"},
		{"i've had psoriasis on my elbows since school and my aunt keeps sending me exosome links i'm not asking about my elbows i really want to know is the science behind exosome creams solid yet",
			"is the science behind exosome creams solid yet"},
		{"i've had psoriasis on my elbows since school and my aunt keeps sending me exosome links i'm not asking if they'd clear my elbows i just want to know does any of it work on people",
			"does any of it work on people"},
		// No clause says what is wanted: the message is its own focus.
		{"my flatmate works at a beauty counter and keeps bringing home samples with rose exosomes in them and honestly the packaging alone must cost more than the cream inside it",
			"my flatmate works at a beauty counter and keeps bringing home samples with rose exosomes in them and honestly the packaging alone must cost more than the cream inside it"},
	} {
		if focus, _ := read(tc.text).focus(); focus != tc.focus {
			t.Errorf("%q:\n focus %q\n want  %q", tc.text, focus, tc.focus)
		}
	}
}

// A tag question that ends a sentence typed without a stop before it is
// split off, as a stop would split it, after a story of a few words; a
// pronoun that is the sentence's own object, a comma that already shows
// the tag, and a tag with too little before it are left alone.
func TestRunOnTagQuestionSplitOff(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"my gym buddy says the exosome cream took ten years off her face is it",
			[]string{"my gym buddy says the exosome cream took ten years off her face", "is it"}},
		{"the lady at the counter swears i need the exosome serum for my wrinkles do i",
			[]string{"the lady at the counter swears i need the exosome serum for my wrinkles", "do i"}},
		{"every salon on my street has an exosome offer this month looks like a gimmick to me am i wrong",
			[]string{"every salon on my street has an exosome offer this month looks like a gimmick to me", "am i wrong"}},
		// The words belong to the sentence: no tag.
		{"i keep buying exosome serums every payday and i honestly don't know why i do that",
			[]string{"i keep buying exosome serums every payday and i honestly don't know why i do that"}},
		{"everyone in my office has switched to an exosome night cream and honestly so do i",
			[]string{"everyone in my office has switched to an exosome night cream and honestly so do i"}},
		// A comma already shows the tag.
		{"my gym buddy says the exosome cream took ten years off her face, is it?",
			[]string{"my gym buddy says the exosome cream took ten years off her face, is it?"}},
		// Too little before it to be a story.
		{"exosome cream is it", []string{"exosome cream is it"}},
	} {
		var got []string
		for _, s := range read(tc.text).sentences {
			got = append(got, s.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// A story split off a run-on that asks only in a doubt it ends with ("not
// sure if…", "wondering whether…") keeps its telling apart: the doubt is
// read with the question after it, as its own sentence would be.
func TestRunOnDoubtReadWithTheQuestion(t *testing.T) {
	for _, tc := range []struct {
		text, focus string
	}{
		{"my salon is doing a spring offer on facials this month and the deluxe one has exosomes added for another forty quid not sure if i should pay the extra what would a skin doctor say",
			"not sure if i should pay the extra what would a skin doctor say"},
		{"my mum bought me a voucher for the medspa round the corner and they have an exosome facial on the menu wondering whether it's worth using it on that why do people rate them",
			"wondering whether it's worth using it on that why do people rate them"},
		// No doubt before the question: the story is the story.
		{"my mum bought me a voucher for the medspa round the corner and they have an exosome facial on the menu what would a skin doctor say about it",
			"what would a skin doctor say about it"},
	} {
		if focus, _ := read(tc.text).focus(); focus != tc.focus {
			t.Errorf("%q:\n focus %q\n want  %q", tc.text, focus, tc.focus)
		}
	}
}

// A run-on typed without any stop that asks with a copula or "does"
// before an article near its end ("…is the skincare side backed by…")
// is split there, or at a question word just before it; one whose copula
// is further from the end than a question runs, or one with a comma, is
// left whole.
func TestRunOnCopulaQuestionSplitOff(t *testing.T) {
	for _, tc := range []struct {
		text, asked string
	}{
		{"we covered cell signalling in my biology module this term and then my feed filled up with clinics selling exosome facials is the skincare side backed by anything like the same research",
			"is the skincare side backed by anything like the same research"},
		{"my auntie bought a rose exosome toner at the market and my cousin bought the one the clinic sells and they keep arguing over dinner about it does the plant kind do the same job",
			"does the plant kind do the same job"},
		{"i have a cupboard full of half used serums and a new exosome one from my birthday and i am trying to cut down to a few bottles which ones does the research back",
			"which ones does the research back"},
		// The copula is the story's own, too far from the end.
		{"my sister is the one who got me into skincare and she has been going on about exosome facials for months now and the clinic near her house has started offering them at a discount", ""},
		// A comma: the writer's stops are read as they are.
		{"we covered cell signalling in my biology module this term, and then my feed filled up with clinics selling exosome facials is the skincare side backed by anything like the same research", ""},
	} {
		ss := read(tc.text).sentences
		asked := ""
		if len(ss) > 1 {
			asked = ss[len(ss)-1].text
		}
		if asked != tc.asked {
			t.Errorf("%q:\n asked %q\n want  %q", tc.text, asked, tc.asked)
		}
	}
}
