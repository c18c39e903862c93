package bot

// Disclaimer is the everyday caution every reply carries (urgent replies
// carry their own). Its middle sentence says what the article says, in the
// article's terms: "most of this data is preliminary", "no FDA-approved
// topical skincare product currently contains exosomes as a validated
// active ingredient".
const Disclaimer = "Not medical advice. According to the article, the evidence on exosomes in skincare is mostly preliminary, and no FDA-approved topical skincare product currently contains exosomes as a validated active ingredient. Talk to a board-certified dermatologist about your own skin."

const (
	noMatchText = "I answer only from one article on exosomes in skincare, written by a board-certified dermatologist, and I'm not sure it covers that. For anything about your own skin, please ask a board-certified dermatologist."

	closingText = "You're welcome! Ask me anything else about exosomes in skincare whenever you like."

	helpText = "Hi! I'm exobot. I answer questions about exosomes in skincare from one article by a board-certified dermatologist, and I quote the article in every answer."
)

// referralText is the sentence of a decline that says who to ask.
var referralText = map[Referral]string{
	ReferDermatologist:  "For that, please ask a board-certified dermatologist.",
	ReferDoctor:         "For that, please ask a doctor.",
	ReferPrescriber:     "For that, please ask the doctor who prescribed your treatment before you change, stop or combine anything.",
	ReferClinic:         "For that, please ask the clinic or the seller directly.",
	ReferTreatingClinic: "Please contact the clinic that did your treatment: they know what was done and can check how you're healing.",
	ReferMaker:          "For that, please ask the company that makes the product.",
	ReferAdviser:        "For that, please ask a financial adviser.",
}

// notCoveredText declines a question about a topic the article does not
// cover: it names the gap in plain words, then who to ask. An unknown or
// empty referral falls back to a board-certified dermatologist.
func notCoveredText(topic string, ref Referral) string {
	who, ok := referralText[ref]
	if !ok {
		who = referralText[ReferDermatologist]
	}
	return "The article doesn't cover " + topic + ". " + who // one allocation, as Sprintf's text
}
