package bot

// Texts of the replies the engine gives when it will not look a message up.
const (
	englishOnlyText = "Sorry, I can only read and answer questions in English. I answer from one English-language article on exosomes in skincare, written by a board-certified dermatologist; please ask your question in English, for example one of these:"

	steeringText = "I only answer questions about exosomes in skincare, from one article by a board-certified dermatologist, and I can't take on other roles or instructions. Ask me something about the article, for example:"

	spamText = "That looks like an advert or a repeated message, so I won't answer it. If you have a question about exosomes in skincare, ask it in a sentence, for example:"

	chatterText = "I didn't see a question there. I answer questions about exosomes in skincare from one article by a board-certified dermatologist, for example:"
)
