// Package discord connects exobot to Discord. It is the only package that
// imports github.com/bwmarrin/discordgo.
//
// With a bot token the Adapter holds a gateway session (intents Guild
// Messages, Direct Messages and Message Content): it answers when it is
// mentioned in a server channel or thread, as a reply to that message,
// and every direct message, ignoring its own, other bots' and webhooks'
// messages; it registers the /ask question:<text> command and answers it
// and its buttons. With a public key it also serves POST
// /discord/interactions, Discord's HTTP interactions endpoint, which needs
// no token, so any number of replicas can run behind a load balancer.
//
// Replies are embeds — the answer, the citation (section heading and the
// quoted words), the disclaimer — with the related questions as buttons
// ("Did you mean…?" when the bot declined) and Helpful 👍 / 👎 buttons,
// all within Discord's limits, and allowed_mentions is always empty so no
// echoed text can ever ping anyone.
//
// Interactions are private by default (interact.go): /ask (unless
// Config.AskPublic), the Ask exobot message command and suggested questions
// answer ephemerally, urgent replies always; a private answer carries a
// Share button that posts the entry's answer publicly, naming the sharer
// (share.go). /ask's question autocompletes from Options.Suggester
// (autocomplete.go). Both commands are registered for guild and user
// install in every context (commands.go). Config.AnswerChannels are "ask
// the bot" channels whose messages are un-addressed questions, replied to
// only when answered (answerchannels.go); replies to exobot's answers and
// DMs pass their previous turn to the engine (conversation.go).
//
// The pure translation functions (message → bot.Question, interaction →
// action, bot.Reply → embed and components) are apart from the I/O; REST
// calls go through discordgo with a bounded retry policy (discordgo alone
// retries 429s forever) and an http.Client transport that applies
// DISCORD_API_URL, never discordgo's package variables. The discordfake
// subpackage is a fake Discord for tests.
package discord
