package bot

import "testing"

// TestRules_PastReactionBackNow: a sign told in the past ("two summers
// ago", "las year … did close up") and then told back now ("it's
// happening again", "it's back", "now it swelling again") is that sign
// now; a past that has not come back ("never again since", "all good
// now"), or whose coming back is only feared or supposed ("what if it's
// happening again next time?"), stays over.
func TestRules_PastReactionBackNow(t *testing.T) {
	checkRules(t, []rulesCase{
		{"two summers ago my throat shut tight after a face mask and they used my epipen. right now it's happening again", UrgencyAirway},
		{"las summer mi throat did close up from one serum. now it happening again", UrgencyAirway},
		{"a while back my tongue swelled up from a lip balm. it's back", UrgencyAirway},
		{"las year mi lip dem did swell up from one balm an now dem swelling again", UrgencyAirway},
		{"last summer my face swelled up from a toner and now it's swelling again", UrgencyAirway},

		{"my throat closed up once years back from shellfish, never again since. fine with exosomes?", UrgencyNone},
		{"two summers ago my face swelled from a mask, all good now, are exosome masks gentler?", UrgencyNone},
		{"last year my throat closed up from a cream. what if it's happening again next time I try one?", UrgencyNone},
	})
}

// TestRules_DroppedLetterOfRareWordOverUnlikelyChange: a word one letter
// dropped from an English word, however rare ("slurging" from
// "splurging"), is read as that word rather than as a word of the tables
// one unlikely letter changed away ("slurring": g for r, keys apart); a
// key beside the right one or a vowel for a vowel still reads as the
// table word.
func TestRules_DroppedLetterOfRareWordOverUnlikelyChange(t *testing.T) {
	checkRules(t, []rulesCase{
		{"treating myself and slurging on the big exosome set for my birthday, worth it?", UrgencyNone},
		{"is slurging on a clinic exosome facial smarter than buying the serum?", UrgencyNone},

		{"his speech is slurrimg and his face droops on one side", UrgencyHeartBrain},
	})
}

// TestRules_ShortSlipsReadByTheirPlace: a slip of four letters the word
// lists read as another word is read by its place: "thik" (or "thick")
// after a subject and before "about" or "of" is "think"; "dank" told of
// what a person or child did, before what was drunk, is "drank". A thick
// tongue, "the thick of it" and a dank room stay as they are; a world
// "lighter" if the writer disappeared is a burden told, as "better" is.
func TestRules_ShortSlipsReadByTheirPlace(t *testing.T) {
	checkRules(t, []rulesCase{
		{"lately i thik about not waking up at all. anyway which exosome serum is best for dry skin?", UrgencySelfHarm},
		{"my son just dank half my exosome toner out of the bottle", UrgencyPoisoning},
		{"the baby dank some of my face cleanser while I was in the shower", UrgencyPoisoning},
		{"lately i think the world would be lighter if i just disappeared. anyway, exosome toners?", UrgencySelfHarm},

		{"my tongue feels thick since the lip serum", UrgencyAirway},
		{"we were in the thick of wedding prep, is an exosome facial ok a week before?", UrgencyNone},
		{"my flat is so dank my skin is breaking out, would exosomes help?", UrgencyNone},
		{"would my tan get lighter if i disappeared from the sun for a month?", UrgencyNone},
	})
}

// TestRules_ChildLickedThenSignAfterAllClear: a child who licked, sipped
// or chewed a product and is sick after an all-clear is a poisoning, as
// one who drank or swallowed it is; an all-clear with the child well
// stays over.
func TestRules_ChildLickedThenSignAfterAllClear(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my niece licked a bit of night cream, the pharmacist said no problem but now she's throwing up", UrgencyPoisoning},
		{"my grandson chewed a serum capsule, nurse line said it's fine but he's vomiting now", UrgencyPoisoning},
		{"my little boy licked some face serum, the gp said it was fine but now he's vomiting", UrgencyPoisoning},
		{"my granddaughter sipped some toner, the doctor said it's fine but now she's vomiting", UrgencyPoisoning},

		{"my niece licked a bit of night cream, the doctor said it's fine and she is happy. are exosome creams safe round kids?", UrgencyNone},
	})
}
