package bot

// Disclaimer is the standard caution every reply carries.
const Disclaimer = "Not medical advice: the evidence on exosomes in skincare is preliminary, and no FDA-approved topical skincare product currently contains exosomes. Talk to a board-certified dermatologist about your own skin."

const (
	noMatchText = "I only answer from a vetted article on exosomes in skincare by a board-certified dermatologist, and I'm not sure it covers that. For anything about your own skin, please ask a board-certified dermatologist."

	notCoveredText = "I only answer from a vetted article on exosomes in skincare by a board-certified dermatologist, and it doesn't cover %s. For that, please ask a board-certified dermatologist."

	closingText = "You're welcome! Ask me anything else about exosomes in skincare whenever you like."

	helpText = "Hi! I'm exobot. I answer questions about exosomes in skincare from one vetted article by a board-certified dermatologist, and I quote the article in every answer."

	urgentMedicalText = "This could be a medical emergency, so I won't answer from the article. Please seek urgent medical care now: call your local emergency number (911 in the US, 112 in the EU, 999 in the UK) or go to the nearest emergency department. If a clinic did your treatment, call them too, but don't wait on a reply."

	urgentSelfHarmText = "I'm really sorry you're feeling this way, and you deserve support right now. Please call your local emergency number, or reach a crisis line: call or text 988 in the US, call 116 123 (Samaritans) in the UK and Ireland, or find your country's line at findahelpline.com. If you can, tell someone near you how you're feeling."
)
