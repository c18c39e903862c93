package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"exobot/adapters/internal/gate"
	"exobot/adapters/internal/inflight"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"exobot/bot"
)

// Options are the adapter's dependencies and tunables.
type Options struct {
	// Logger receives the adapter's logs; nil discards them.
	Logger *slog.Logger
	// Metrics receives REST retries and failures and feedback clicks; nil
	// means bot.NopMetrics{}.
	Metrics bot.Metrics
	// LogQuestions adds the question's text to log lines. When false (the
	// default) logs carry no message text: only ids, status, entry id and
	// timings.
	LogQuestions bool
	// HTTPClient makes the REST calls; nil means a client with a 15 s
	// timeout. Its transport is wrapped (in a copy) by the one that applies
	// Config.APIURL.
	HTTPClient *http.Client
	// ReplyTimeout bounds answering and posting one reply; 0 means 30 s.
	ReplyTimeout time.Duration
	// Replay remembers the ids of the HTTP interactions received within
	// the signature's validity (10 minutes), so that a captured request
	// cannot be replayed; nil means in this process's memory. Replicas that
	// share one (the store on PostgreSQL) refuse a replay sent to another
	// replica too.
	Replay bot.KeySet
	// Suggester offers the questions for /ask's autocomplete; nil offers
	// only what the person typed.
	Suggester bot.Suggester
}

// APIOps names the operations the adapter counts in bot.Metrics.APIError
// and APIRetry.
var APIOps = []string{"gateway", "send_message", "interaction_respond", "interaction_edit", "interaction_delete", "interaction_followup", "register_commands", "get_application"}

const (
	defaultReplyTimeout = 30 * time.Second
	defaultHTTPTimeout  = 15 * time.Second
	// defaultDeferAfter is how long an interaction waits for its answer
	// before deferring: Discord wants a first response within 3 s.
	defaultDeferAfter = 2 * time.Second
	// maxClockSkew is how far an HTTP interaction's signed timestamp may be
	// from now.
	maxClockSkew = 5 * time.Minute
	// maxInteractionBody bounds an HTTP interaction's body.
	maxInteractionBody = 1 << 20
	registerTimeout    = 30 * time.Second
)

// Adapter connects an Answerer to Discord: through the gateway (mentions,
// direct messages, /ask and buttons) when it has a bot token, and through
// the HTTP interactions endpoint (/ask and buttons) when it has a public
// key. Create it with New, mount the endpoint with Register, then call Run.
// Its methods are safe for concurrent use.
type Adapter struct {
	cfg          Config
	answerer     bot.Answerer
	log          *slog.Logger
	metrics      bot.Metrics
	logText      bool
	replyTimeout time.Duration
	deferAfter   time.Duration
	pubKey       ed25519.PublicKey
	now          func() time.Time

	sess *discordgo.Session // REST for both modes; the gateway with a token
	rest *rest

	botID atomic.Pointer[string]
	appID atomic.Pointer[string]

	running   atomic.Bool // Run was called
	stopping  atomic.Bool // Run's context is done: take no new work
	connect   connectPolicy
	notReady  atomic.Pointer[string]       // why not, while the gateway is not connected
	refused   atomic.Pointer[RefusedError] // why Run gave up
	inflight  inflight.Tracker
	replay    bot.KeySet         // HTTP interactions already received
	suggester bot.Suggester      // /ask autocomplete; nil: the typed text only
	conv      *bot.Conversations // last turns of replies and DMs (conversation.go)
	bodies    *gate.Gate         // interaction bodies read at once, before their signature is checked
}

// New returns an Adapter for cfg that answers with a. It opens no
// connection: Run does.
func New(cfg Config, a bot.Answerer, opts Options) (*Adapter, error) {
	if a == nil {
		return nil, errors.New("discord: nil Answerer")
	}
	cfg.BotToken = strings.TrimPrefix(strings.TrimSpace(cfg.BotToken), "Bot ")
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	ad := &Adapter{
		cfg:          cfg,
		answerer:     a,
		log:          opts.Logger,
		metrics:      opts.Metrics,
		logText:      opts.LogQuestions,
		replyTimeout: opts.ReplyTimeout,
		deferAfter:   defaultDeferAfter,
		connect:      defaultConnect,
		bodies:       gate.New(gate.DefaultSlots, gate.DefaultWait),
		now:          time.Now,
	}
	if ad.log == nil {
		ad.log = slog.New(slog.DiscardHandler)
	}
	ad.suggester = opts.Suggester
	ad.conv = bot.NewConversations(conversationTTL, conversationMax)
	ad.replay = opts.Replay
	if ad.replay == nil {
		ad.replay = guardSet{g: &replayGuard{}, now: func() time.Time { return ad.now() }}
	}
	routeLibraryLogs(ad.log, cfg.BotToken)
	if ad.metrics == nil {
		ad.metrics = bot.NopMetrics{}
	}
	if ad.replyTimeout <= 0 {
		ad.replyTimeout = defaultReplyTimeout
	}
	if cfg.PublicKey != "" {
		ad.pubKey, _ = parsePublicKey(cfg.PublicKey) // validated above
	}
	if cfg.AppID != "" {
		id := cfg.AppID
		ad.appID.Store(&id)
	}
	sess, r, err := newSession(cfg, opts, ad.log, ad.metrics, ad.replyTimeout)
	if err != nil {
		return nil, err
	}
	ad.sess, ad.rest = sess, r
	if cfg.BotToken != "" {
		sess.AddHandler(ad.onReady)
		sess.AddHandler(ad.onConnect)
		sess.AddHandler(ad.onDisconnect)
		sess.AddHandler(ad.onResumed)
		sess.AddHandler(ad.onMessageCreate)
		sess.AddHandler(ad.onInteractionCreate)
	}
	return ad, nil
}

// newSession builds the discordgo session: REST through a client whose
// transport applies cfg.APIURL, 429s returned rather than retried forever
// (rest retries them, bounded), and the gateway's intents and shard.
func newSession(cfg Config, opts Options, log *slog.Logger, m bot.Metrics, replyTimeout time.Duration) (*discordgo.Session, *rest, error) {
	client := &http.Client{Timeout: defaultHTTPTimeout}
	if opts.HTTPClient != nil {
		c := *opts.HTTPClient
		client = &c
	}
	tr, err := newRewriteTransport(client.Transport, cfg.APIURL, replyTimeout)
	if err != nil {
		return nil, nil, fmt.Errorf("discord: %w", err)
	}
	client.Transport = tr

	token := ""
	if cfg.BotToken != "" {
		token = "Bot " + cfg.BotToken
	}
	sess, err := discordgo.New(token)
	if err != nil {
		return nil, nil, fmt.Errorf("discord: new session: %w", err)
	}
	sess.Client = client
	sess.ShouldRetryOnRateLimit = false
	sess.MaxRestRetries = 0
	sess.StateEnabled = false // the adapter keeps no guild caches
	sess.SyncEvents = true    // handlers only enqueue work; see onMessageCreate
	sess.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second}
	sess.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent
	if cfg.ShardCount > 1 {
		sess.ShardID, sess.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	r := &rest{client: sess, policy: defaultRetry, metrics: m, log: log, secrets: []string{cfg.BotToken}}
	return sess, r, nil
}

// Register mounts POST /discord/interactions on mux when the adapter has a
// public key; otherwise it does nothing.
func (a *Adapter) Register(mux *http.ServeMux) {
	if a.pubKey == nil {
		return
	}
	mux.Handle("/discord/interactions", http.HandlerFunc(a.serveInteractions))
}

// Run serves Discord until ctx is done, then closes the gateway and
// returns nil. With a bot token it opens the gateway (intents Guild
// Messages, Direct Messages and Message Content) — retrying for as long as
// Discord cannot be reached, and returning a *RefusedError only when
// Discord refuses the token, the intents or the shard — and registers /ask,
// to Config.GuildID or globally; a failed registration is logged and
// counted but not fatal, since mentions and direct messages still work.
// Without a token it only marks the HTTP endpoint ready and waits. Once ctx
// is done the interactions endpoint answers 503. Run may be called once.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("discord: Run called twice")
	}
	defer a.stopping.Store(true)
	if a.cfg.BotToken == "" {
		a.log.Info("discord: serving HTTP interactions only")
		<-ctx.Done()
		return nil
	}
	if !a.openGateway(ctx) {
		return a.refusal()
	}
	a.log.Info("discord: gateway connected", "shard", a.sess.ShardID, "shards", a.sess.ShardCount)

	regCtx, cancel := context.WithTimeout(ctx, registerTimeout)
	if err := a.registerCommands(regCtx); err != nil {
		a.log.Error("discord: /ask not registered; mentions and DMs still work", "error", err.Error())
	}
	cancel()

	<-ctx.Done()
	a.stopping.Store(true)
	if err := a.sess.Close(); err != nil {
		a.log.Warn("discord: closing the gateway", "error", err.Error())
	}
	a.log.Info("discord: gateway closed")
	return nil
}

// openGateway opens the gateway, retrying for as long as it takes while
// Discord cannot be reached — doubling waits from about a second up to a
// minute, with jitter, each failure logged once and counted — and reports
// whether it is open. It gives up only when ctx is done or Discord refuses
// the configuration (a bad token, intents or shards), which it records for
// refusal.
func (a *Adapter) openGateway(ctx context.Context) bool {
	for attempt := 1; ; attempt++ {
		opened := make(chan error, 1)
		go func() { opened <- a.sess.Open() }()
		var err error
		select {
		case err = <-opened:
		case <-ctx.Done():
			// Open has no context: close whatever it opens later.
			a.stopping.Store(true)
			go func() {
				if <-opened == nil {
					a.sess.Close()
				}
			}()
			return false
		}
		if err == nil {
			a.setNotReady("")
			return true
		}
		if refused := refusedGateway(err); refused != nil {
			a.metrics.APIError(platform, "gateway")
			a.refused.Store(refused)
			a.setNotReady(refused.Error())
			return false
		}
		wait := a.connect.backoff(attempt)
		msg := a.describeGateway(err)
		a.metrics.APIRetry(platform, "gateway")
		a.setNotReady(fmt.Sprintf("cannot open the gateway: %s (attempt %d, next in %s)", msg, attempt, wait.Round(100*time.Millisecond)))
		a.log.LogAttrs(ctx, slog.LevelWarn, "discord gateway not reachable, retrying",
			slog.String("op", "gateway"), slog.Int("attempt", attempt), ms("wait_ms", wait), slog.String("error", msg))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return false
		}
	}
}

// refusal is what Run returns when openGateway gave up: the refusal, or nil
// when its context ended.
func (a *Adapter) refusal() error {
	if r := a.refused.Load(); r != nil {
		return r
	}
	return nil
}

// connectPolicy spaces the attempts to open the gateway at start.
type connectPolicy struct{ first, max time.Duration }

var defaultConnect = connectPolicy{first: time.Second, max: time.Minute}

// backoff is the wait after the attempt-th failure: first, doubling up to
// max, plus up to half again of jitter.
func (p connectPolicy) backoff(attempt int) time.Duration {
	d := p.first << min(attempt-1, 30)
	if d <= 0 || d > p.max {
		d = p.max
	}
	if half := int64(d / 2); half > 0 {
		d += time.Duration(rand.Int64N(half)) // #nosec G404 -- jitter needs no crypto
	}
	return d
}

// RefusedError reports a configuration Discord refused when the gateway
// was opened — a bad token (close 4004, HTTP 401), intents the application
// may not use (4013, 4014), an invalid shard (4010, 4011): retrying cannot
// help, the operator must fix it. It never carries the token.
type RefusedError struct {
	// Variable is the environment variable to fix, or "" when the fix is
	// in the developer portal (intents).
	Variable string
	// Reason says what Discord refused and how to fix it.
	Reason string
}

func (e *RefusedError) Error() string {
	if e.Variable == "" {
		return "discord refused the gateway connection: " + e.Reason
	}
	return fmt.Sprintf("%s was refused by Discord: %s", e.Variable, e.Reason)
}

// RefusedVariable names the variable to fix ("" for a portal setting).
func (e *RefusedError) RefusedVariable() string { return e.Variable }

// refusedGateway returns the refusal err is, or nil when retrying may help.
func refusedGateway(err error) *RefusedError {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004:
			return &RefusedError{Variable: EnvBotToken, Reason: "authentication failed (close 4004): copy the token again from the developer portal's Bot page"}
		case 4013, 4014:
			return &RefusedError{Reason: fmt.Sprintf("intents not allowed (close %d): enable the Message Content intent under Bot → Privileged Gateway Intents in the developer portal", ce.Code)}
		case 4010, 4011:
			return &RefusedError{Variable: EnvShardID, Reason: fmt.Sprintf("invalid sharding (close %d): check %s and %s", ce.Code, EnvShardID, EnvShardCount)}
		}
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return &RefusedError{Variable: EnvBotToken, Reason: "GET /gateway answered HTTP 401: copy the token again from the developer portal's Bot page"}
	}
	return nil
}

// describeGateway explains a failure to open the gateway, without a token
// or an interaction URL.
func (a *Adapter) describeGateway(err error) string {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		return fmt.Sprintf("gateway closed the connection (close %d %s)", ce.Code, ce.Text)
	}
	if errors.Is(err, websocket.ErrBadHandshake) {
		return "the gateway refused the websocket handshake (is outbound WSS to Discord allowed?)"
	}
	return a.rest.describe(err)
}

// setNotReady records why the adapter is not ready ("" once it is).
func (a *Adapter) setNotReady(why string) { a.notReady.Store(&why) }

// NotReady says why the adapter is not ready — opening the gateway, and
// the last failure; reconnecting; stopping — or "" when it is ready.
func (a *Adapter) NotReady() string {
	if a.Ready() {
		return ""
	}
	switch {
	case !a.running.Load():
		return "not started"
	case a.stopping.Load():
		if r := a.refused.Load(); r != nil {
			return r.Error()
		}
		return "stopping"
	}
	if p := a.notReady.Load(); p != nil && *p != "" {
		return *p
	}
	return "gateway not connected"
}

// Ready reports whether the adapter can serve: the gateway is connected
// (with a bot token) or Run has started (HTTP interactions only). It is
// false before Run and once Run's context is done.
func (a *Adapter) Ready() bool {
	if !a.running.Load() || a.stopping.Load() {
		return false
	}
	if a.cfg.BotToken == "" {
		return true
	}
	a.sess.RLock()
	defer a.sess.RUnlock()
	return a.sess.DataReady
}

// Drain waits until every accepted message and interaction has been
// answered and its reply sent (or has given up), or until ctx is done.
// Replies run on contexts detached from Run's, bounded by ReplyTimeout, so
// a shutdown that cancels Run and then drains loses no accepted message.
func (a *Adapter) Drain(ctx context.Context) error {
	if err := a.inflight.Wait(ctx); err != nil {
		return fmt.Errorf("discord: %w", err)
	}
	return nil
}

// RegisterCommands registers the /ask command with Discord, to
// cfg.GuildID or globally, without opening the gateway: for deployments
// that serve HTTP interactions only (`exobot discord register`). It needs
// cfg.BotToken; the application id comes from cfg.AppID or is looked up.
func RegisterCommands(ctx context.Context, cfg Config, opts Options) error {
	if cfg.BotToken == "" {
		return fmt.Errorf("discord: registering /ask needs %s", EnvBotToken)
	}
	a, err := New(cfg, nopAnswerer{}, opts)
	if err != nil {
		return err
	}
	return a.registerCommands(ctx)
}

type nopAnswerer struct{}

func (nopAnswerer) Answer(context.Context, bot.Question) bot.Reply { return bot.Reply{Silent: true} }

func (a *Adapter) registerCommands(ctx context.Context) error {
	appID, err := a.applicationID(ctx)
	if err != nil {
		return err
	}
	attrs := []slog.Attr{slog.String("app_id", appID), slog.String("guild_id", a.cfg.GuildID)}
	err = a.rest.call(ctx, "register_commands", attrs, func(opts ...discordgo.RequestOption) error {
		_, err := a.rest.client.ApplicationCommandBulkOverwrite(appID, a.cfg.GuildID, commands(), opts...)
		return err
	})
	if err != nil {
		return err
	}
	scope := "globally (may take a while to appear)"
	if a.cfg.GuildID != "" {
		scope = "to guild " + a.cfg.GuildID
	}
	a.log.Info("discord: registered /ask and the Ask exobot message command "+scope, "app_id", appID)
	return nil
}

// applicationID is Config.AppID, READY's application id, or the one GET
// /oauth2/applications/@me reports.
func (a *Adapter) applicationID(ctx context.Context) (string, error) {
	if p := a.appID.Load(); p != nil && *p != "" {
		return *p, nil
	}
	var app struct {
		ID string `json:"id"`
	}
	err := a.rest.call(ctx, "get_application", nil, func(opts ...discordgo.RequestOption) error {
		body, err := a.rest.client.RequestWithBucketID("GET", discordgo.EndpointOAuth2Application("@me"), nil, discordgo.EndpointOAuth2Application(""), opts...)
		if err != nil {
			return err
		}
		return json.Unmarshal(body, &app)
	})
	if err != nil {
		return "", err
	}
	if !isSnowflake(app.ID) {
		return "", fmt.Errorf("discord get_application: no application id in the answer; set %s", EnvAppID)
	}
	a.appID.Store(&app.ID)
	return app.ID, nil
}

// botUserID is the bot's user id, known from READY.
func (a *Adapter) botUserID() string {
	if p := a.botID.Load(); p != nil {
		return *p
	}
	return ""
}

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		id := r.User.ID
		a.botID.Store(&id)
	}
	if r.Application != nil && r.Application.ID != "" && a.cfg.AppID == "" {
		id := r.Application.ID
		a.appID.Store(&id)
	}
	a.log.Info("discord: READY", "bot_user_id", a.botUserID())
}

func (a *Adapter) onConnect(s *discordgo.Session, _ *discordgo.Connect) {
	if a.stopping.Load() {
		// discordgo's reconnect loop can outlive Close; undo it. (Open holds
		// the session's lock while it emits Connect, hence the goroutine.)
		go s.Close()
	}
}

func (a *Adapter) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	if !a.stopping.Load() {
		a.setNotReady("gateway disconnected; reconnecting")
		a.log.Warn("discord: gateway disconnected; reconnecting")
	}
}

func (a *Adapter) onResumed(*discordgo.Session, *discordgo.Resumed) {
	a.log.Info("discord: gateway session resumed")
}

// onMessageCreate runs on discordgo's read loop (SyncEvents): it decides
// at once whether to answer and counts the message as in flight before
// handing it to a goroutine, so Drain cannot miss it.
func (a *Adapter) onMessageCreate(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil {
		return
	}
	defer a.recoverPanic("message_id", mc.ID)
	q, ok := questionFromMessage(mc.Message, a.botUserID())
	if !ok {
		q, ok = answerChannelQuestion(mc.Message, a.botUserID(), a.cfg.AnswerChannels)
	}
	if !ok {
		return
	}
	m := mc.Message
	k := a.inflight.Add("message " + m.ID)
	go func() {
		defer a.inflight.Done(k)
		a.replyToMessage(m, q)
	}()
}

// onInteractionCreate handles gateway interactions; the first response
// goes through the interaction callback endpoint.
func (a *Adapter) onInteractionCreate(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	in := ic.Interaction
	defer a.recoverPanic("interaction_id", in.ID)
	k := a.inflight.Add("interaction " + in.ID)
	go func() {
		defer a.inflight.Done(k)
		ctx, cancel := a.replyContext(context.Background())
		defer cancel()
		defer a.recoverPanic("interaction_id", in.ID)
		a.handleInteraction(ctx, in, func(ctx context.Context, resp *discordgo.InteractionResponse) error {
			return a.rest.tokenRequest(ctx, "interaction_respond", http.MethodPost,
				discordgo.EndpointInteractionResponse(in.ID, in.Token), resp, interactionAttrs(in))
		})
	}()
}

// replyContext derives a reply's context: detached from parent's
// cancellation (a shutdown must not lose an accepted message) and bounded
// by ReplyTimeout.
func (a *Adapter) replyContext(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(parent), a.replyTimeout)
}

// recoverPanic logs a panic with the id of the event being handled, so one
// bad message never takes the session (or the process) down. Use it
// deferred.
func (a *Adapter) recoverPanic(idKey, id string) {
	if p := recover(); p != nil {
		a.log.Error("discord: panic while handling an event", idKey, id,
			"panic", truncate(fmt.Sprint(p), 200), "stack", string(debug.Stack()))
	}
}

// answerResult is an answer, or the news that answering panicked.
type answerResult struct {
	reply    bot.Reply
	ok       bool
	duration time.Duration
}

// answer asks the Answerer, recovering a panic (logged with the event's id).
func (a *Adapter) answer(ctx context.Context, q bot.Question, idKey, id string) (res answerResult) {
	start := time.Now()
	defer func() {
		res.duration = time.Since(start)
		if p := recover(); p != nil {
			a.log.Error("discord: panic while answering", idKey, id,
				"panic", truncate(fmt.Sprint(p), 200), "stack", string(debug.Stack()))
			res.ok = false
		}
	}()
	return answerResult{reply: a.answerer.Answer(ctx, q), ok: true}
}

// replyToMessage answers a gateway message with a reply to it, in the same
// channel (a thread is a channel).
func (a *Adapter) replyToMessage(m *discordgo.Message, q bot.Question) {
	defer a.recoverPanic("message_id", m.ID)
	ctx, cancel := a.replyContext(context.Background())
	defer cancel()
	start := time.Now()
	if q.Previous == nil {
		q.Previous = a.previousTurn(m)
	}
	res := a.answer(ctx, q, "message_id", m.ID)
	kind := "mention"
	switch {
	case m.GuildID == "":
		kind = "dm"
	case q.Unaddressed:
		kind = "answer_channel"
	case repliesTo(m, a.botUserID()):
		kind = "reply"
	}
	attrs := []slog.Attr{slog.String("kind", kind), slog.String("message_id", m.ID), slog.String("channel", m.ChannelID),
		slog.String("guild", m.GuildID), slog.String("user", q.User)}
	var msg message
	switch {
	case !res.ok && !q.Unaddressed:
		msg = textMessage(textApology, false)
	case !res.ok, res.reply.Silent, !postsReply(q, res.reply):
		a.logReply(ctx, slog.LevelInfo, "reply silent", attrs, q, res, start, nil)
		return
	default:
		msg = renderReply(res.reply)
	}
	noFail := false
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail}
	var sent *discordgo.Message
	err := a.rest.call(ctx, "send_message", attrs, func(opts ...discordgo.RequestOption) error {
		var err error
		sent, err = a.rest.client.ChannelMessageSendComplex(m.ChannelID, msg.send(ref), opts...)
		return err
	})
	if err != nil {
		a.logReply(ctx, slog.LevelError, "reply not delivered", attrs, q, res, start, err)
		return
	}
	if res.ok {
		a.rememberTurn(m, sent, q, res.reply)
	}
	a.logReply(ctx, slog.LevelInfo, "reply posted", attrs, q, res, start, nil)
}

// logReply logs the one line a question gets, with the same keys whatever
// became of it: attrs (kind, message or interaction id, channel, guild,
// user), status, entry and asked_entry when there is one, answer_ms,
// total_ms, the question's text only when the operator opted in, and the
// error of a reply not delivered.
func (a *Adapter) logReply(ctx context.Context, level slog.Level, msg string, attrs []slog.Attr, q bot.Question, res answerResult, start time.Time, err error) {
	attrs = append(slices.Clip(attrs), slog.String("status", string(res.reply.Status)))
	attrs = append(attrs, slog.String("entry", res.reply.EntryID)) // "" when not answered
	if q.EntryID != "" {
		attrs = append(attrs, slog.String("asked_entry", q.EntryID))
	}
	attrs = append(attrs, ms("answer_ms", res.duration), ms("total_ms", time.Since(start)))
	if a.logText {
		attrs = append(attrs, slog.String("question", q.Text))
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
	}
	a.log.LogAttrs(ctx, level, msg, attrs...)
}

// ms is a duration for the logs: milliseconds, with the unit in the key.
func ms(key string, d time.Duration) slog.Attr {
	return slog.Float64(key, float64(d.Microseconds())/1000)
}

func interactionAttrs(in *discordgo.Interaction) []slog.Attr {
	kind := "command"
	if in.Type == discordgo.InteractionMessageComponent {
		kind = "button"
	}
	return []slog.Attr{slog.String("kind", kind), slog.String("interaction_id", in.ID), slog.String("channel", in.ChannelID),
		slog.String("guild", in.GuildID), slog.String("user", interactionUser(in))}
}
