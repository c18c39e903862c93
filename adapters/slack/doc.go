// Package slack connects exobot to Slack. It is the only package that
// imports github.com/slack-go/slack (with slackevents and socketmode); no
// slack-go type leaves it.
//
// # Shape
//
// Data flows one way: a Slack event is translated into a bot.Question, a
// bot.Answerer answers it, and the bot.Reply is rendered as Block Kit and
// posted. The pure parts are apart from the I/O and table-tested:
//
//   - translate.go: events to questions (decideMention, decideMessage),
//     Slack markup to plain text (plainText strips the bot's own <@UBOT>),
//     escape and truncate.
//   - render.go: a bot.Reply to a message — the answer section, a context
//     block with each citation (section heading and quoted words) and the
//     disclaimer, the related questions as buttons under RelatedHeading
//     ("Did you mean…?" for a no-match), Helpful 👍 / 👎 buttons for an
//     answer, and always the plain-text fallback (bot.Reply.Text). Golden
//     files in testdata/ (go test -update rewrites them).
//   - handle.go: what to do with an event, a slash command or a button,
//     and posting with retries (retry.go).
//   - http.go: HTTP mode (Register); socket.go: Socket Mode (Run).
//
// # Behaviour
//
// Mentions are answered in the mention's thread; later messages in a
// thread the bot answered in are answered without a mention
// (Config.ThreadFollowUps; the threads are remembered for a day, in a
// bounded in-memory set); DMs are answered in the DM; a slash command (any
// name) is answered through its response_url, privately unless
// Config.SlashEphemeral is off, and without text gets a usage message in
// the immediate response. A suggested-question button asks
// bot.Question{EntryID: …}: its value is the entry id, never question text.
// A feedback button calls bot.Metrics.Feedback once per person and message.
// Messages with any subtype (edits, deletions, bot_message…), from any bot
// or from the bot itself are never answered, and neither is an edited
// mention. Every text from a reply is escaped (& < >) and mrkdwn is sent
// verbatim, so nothing can ping @channel or inject a link. Slack's limits are
// respected: 3000 characters a section, 75 a button label, 50 blocks.
//
// # Slack's own surfaces
//
//   - home.go: the Home tab, published (views.publish) on app_home_opened —
//     what exobot is and is not, the article (Options.Catalog's About), its
//     example questions as buttons answered in the person's DM, how to get
//     a private answer, what is kept — and not again while it is current.
//   - share.go: the Ask exobot message shortcut (callback id ask_exobot),
//     answered privately through its response_url; private answers carry
//     Share in channel, which posts the entry's answer in the conversation
//     headed by the sharer; urgent replies stay private.
//   - assistant.go: the assistant pane — suggested prompts when a thread
//     starts, "is thinking…" while a slow answer there is found.
//   - answerchannels.go: Config.AnswerChannels, where every top-level
//     message is an un-addressed question, replied to only when answered.
//   - conversation.go: threads and DMs pass their previous turn to the
//     engine (bot.Question.Previous), from an in-memory bot.Conversations.
//
// # Reliability
//
// Events are acknowledged at once and answered in their own goroutine, on a
// context detached from Run's and bounded by Options.ReplyTimeout; Drain
// waits for them, so a shutdown loses no accepted message. An event id is
// answered once whatever the number of deliveries (X-Slack-Retry-Num, a
// socket redelivery, or both modes at once), and a message once even when
// two subscriptions deliver it (app_mention and message.*). Web API calls
// retry a 429 after its Retry-After and a 5xx or connection error with
// exponential backoff, a bounded number of times; each retry and each
// give-up is logged and counted (bot.Metrics.APIRetry, APIError). A panic
// while answering is recovered and logged with the event id, and the person
// gets a short apology. Tokens and the signing secret never appear in logs
// or errors; message text appears in logs only with Options.LogQuestions.
//
// # Modes
//
// Socket Mode (Config.AppToken) needs no public URL: Run holds a websocket
// that slack-go reconnects when it drops. HTTP mode (Config.SigningSecret)
// serves POST /slack/events, /slack/commands and /slack/interactivity on
// the caller's mux; every request is verified (v0 HMAC-SHA256, timestamp
// within 5 minutes) before its body is parsed, and bodies over 1 MiB are
// refused. Both may be configured together.
//
// # Testing
//
// Package slackfake is a fake Slack on loopback (Web API, response_url,
// Socket Mode websocket, fault injection, signed requests); the tests run
// the real slack-go client against it.
package slack
