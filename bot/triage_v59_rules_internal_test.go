package bot

import "testing"

// TestRules_AStrongUrgeNowAgainstAPast: an urge told as strong, bad or
// hard to fight now, in a message that names cutting or self-harm, is a
// present danger however long ago the writer "used to" do it; an urge to
// cut a fringe or to eat what one cut out, to pick or to scratch, is not.
func TestRules_AStrongUrgeNowAgainstAPast(t *testing.T) {
	checkRules(t, []rulesCase{
		{"years ago I used to cut, and right now the urge is really bad", UrgencySelfHarm},
		{"i used to self harm in school. tonight the urges are stronger than ever", UrgencySelfHarm},
		{"I'm struggling with a strong urge to cut tonight, can't think about skincare", UrgencySelfHarm},
		{"I used to cut my own bangs and the urge to do it again is so strong lol", UrgencyNone},
		{"I used to cut out carbs and tonight the urge for pizza is so strong", UrgencyNone},
		{"the urge to pick my spots is so bad since I stopped cutting sugar", UrgencyNone},
	})
}

// TestRules_CalmAboutAPlan: calm, at peace or settled "about it" or with
// one's decision beside a plan, a day set or letters written is no
// reassurance but a second sign of the plan; calm about a peel or a
// product, or a decision "tonight" told of a treatment, is none.
func TestRules_CalmAboutAPlan(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I've decided, tonight is the night. honestly I feel calm about it", UrgencySelfHarm},
		{"notes to everyone are written and I'm at peace with my decision", UrgencySelfHarm},
		{"I'm calm about it now, my face stopped stinging after the toner", UrgencyNone},
		{"decided tonight is the night for my first retinol, weirdly relaxed about it", UrgencyNone},
		{"I feel at peace with my decision to stop the microneedling", UrgencyNone},
	})
}

// TestRules_AVideoSentByOnesOwnIsSeen: a video, a clip or a video message
// that someone of the writer's own sent ("my dad sent a clip", "a video
// from my sister") shows that person as the writer sees them, a witness's
// report, no story heard; a video sent "of" or "about" someone else, or
// one from a clinic or a feed, stays a story. (A stroke watched on a video
// call was read as live already.)
func TestRules_AVideoSentByOnesOwnIsSeen(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my dad sent a video message a minute ago and one side of his mouth is drooping, he's slurring", UrgencyHeartBrain},
		{"I just saw a video from my sister, her face is drooping and her speech is slurred", UrgencyHeartBrain},
		{"my aunt's face drooped on facetime and her words came out jumbled", UrgencyHeartBrain},
		{"my cousin sent me a video of a lady whose face drooped after botox, is that common?", UrgencyNone},
		{"I saw a video from a clinic where a woman's face drooped and her speech slurred", UrgencyNone},
	})
}

// TestRules_SinceAsBecauseIsNoRecovery: "fine since it's…" gives a reason
// ("since" for "because"), no recovery, so an intake told after it stays
// one; "fine since then" or "ok since lunch" still tells a recovery.
func TestRules_SinceAsBecauseIsNoRecovery(t *testing.T) {
	checkRules(t, []rulesCase{
		{"it's probably fine since it's organic, but my 3 year old drank a good bit of the rosehip oil", UrgencyPoisoning},
		{"should be ok since they're only plant extracts but my toddler swallowed some of my toner", UrgencyPoisoning},
		{"my son licked a bit of serum off my finger last week, he's been fine since then", UrgencyNone},
	})
}

// TestRules_ARelapseWithTheBlade: a relapse told with the means of
// cutting ("relapsed with the razor", "a relapse into cutting") is
// self-harm now, whatever "I'm ok" is said around it; a relapse of a
// diet, or a razor for shaving, is not.
func TestRules_ARelapseWithTheBlade(t *testing.T) {
	checkRules(t, []rulesCase{
		{"honestly I'm fine, I just relapsed with the razor yesterday, only a couple", UrgencySelfHarm},
		{"had a small relapse into cutting on sunday, what heals scars best?", UrgencySelfHarm},
		{"relapsed on my diet and shaved with a blunt razor, now I have bumps on my legs", UrgencyNone},
	})
}

// TestRules_AnEndToldFormally: a decision told as a clause of the
// writer's own ("I've decided I'm done", "concluded that I…"), not going
// on told of nothing named ("I shall not be continuing") and arrangements
// called necessary or final are each a weak sign, two an emergency
// however calmly told; a decision to try a serum, not continuing with
// peels, or arrangements for a trip are none.
func TestRules_AnEndToldFormally(t *testing.T) {
	checkRules(t, []rulesCase{
		{"to be plain, I have concluded that I will not be carrying on past sunday", UrgencySelfHarm},
		{"after a lot of thought I decided that I'm tired of it all. what moisturiser is best?", UrgencySelfHarm},
		{"I won't be continuing after this month and I've made my final arrangements", UrgencySelfHarm},
		{"I decided I'll switch to the gentler cleanser, any tips?", UrgencyNone},
		{"I won't be continuing with the peels after friday, made the necessary arrangements with the clinic", UrgencyNone},
		{"I've made all the necessary arrangements for my trip abroad, won't be carrying on with the facials", UrgencyNone},
	})
}

// TestRules_ABareCallAsAPunchline: a sentence that is no more than a call
// for an ambulance ("999 pls", "someone call 911"), told after one that
// laughs, prices or raves about nothing of the body, is the joke's
// punchline; after a sign, a child's intake or a plea, or alone, it stays
// a call.
func TestRules_ABareCallAsAPunchline(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my toddler swallowed some of my cleanser lol. 999 pls", UrgencyPoisoning},
		{"my tongue is swelling up haha. someone call 911", UrgencyAirway},
		{"911 please", UrgencyMedical},
		{"I can't get my breath after the mask lol. 999 pls", UrgencyMedical},
		{"the quote they gave me for six sessions lmao. 999 pls", UrgencyNone},
		{"my sister saw me in the charcoal mask and screamed 😂. somebody call 911", UrgencyNone},
		{"just looked at the cost of the exosome facial. 999 please", UrgencyNone},
	})
}

// TestScreen_LettersReadiedBeforeAnOperation: letters to one's family or
// passwords left "in case" or "before" an operation, an anaesthetic or a
// deployment named in the same sentence are planning for a known risk,
// not a farewell, for the rules and for the safety net; letters written
// beside pills, a wish to be gone or no operation stay a farewell.
func TestScreen_LettersReadiedBeforeAnOperation(t *testing.T) {
	checkScreenUrgency(t, []rulesCase{
		{"I've written letters to my daughters and left my logins with my wife in case the op doesn't go well", UrgencyNone},
		{"wrote notes to the kids before my anaesthetic on monday, feeling a bit silly", UrgencyNone},
		{"I wrote letters to my kids and counted out the pills, in case the surgery doesn't do it", UrgencySelfHarm},
		{"I've written letters to my family, nobody needs me around anymore", UrgencySelfHarm},
		{"finished writing letters to my parents tonight, they'll understand", UrgencySelfHarm},
	})
}

// TestRules_AProtocolOrTrainingAskedWithoutAQuestionMark: asking for the
// protocol, the procedure or the policy "when" or "if" a client does
// something, or how to train or teach staff to spot or handle a client
// who does, is a training question with or without its question mark; a
// protocol asked beside a client of one's own now, or one's own signs
// told beside training, stays a case.
func TestRules_AProtocolOrTrainingAskedWithoutAQuestionMark(t *testing.T) {
	checkRules(t, []rulesCase{
		{"what is the procedure if a client says her tongue feels huge after the jelly mask", UrgencyNone},
		{"whats our policy when someone can't breathe properly after a peel", UrgencyNone},
		{"how do we teach the front desk to notice a patient whose lips are swelling", UrgencyNone},
		{"what's the procedure, my client's tongue is swelling and she's wheezing", UrgencyAirway},
		{"I'm teaching my staff to spot reactions but right now my own lips are swelling and I can't breathe", UrgencyAirway},
		{"what's the plan, my lips are this swollen and I can barely breathe", UrgencyAirway},
	})
}
