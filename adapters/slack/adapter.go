package slack

import (
	"context"
	"errors"
	"exobot/adapters/internal/gate"
	"exobot/adapters/internal/inflight"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"exobot/bot"
)

// Options are the adapter's collaborators and tuning. The zero value works.
type Options struct {
	// Logger receives the adapter's logs; nil discards them.
	Logger *slog.Logger
	// Metrics receives feedback clicks and Web API retries and failures;
	// nil means bot.NopMetrics.
	Metrics bot.Metrics
	// LogQuestions adds the question's text to the logs. When false (the
	// default) logs carry no message text: only ids, status, entry id and
	// timings.
	LogQuestions bool
	// HTTPClient makes the Web API calls; nil means a client with a 15 s
	// timeout.
	HTTPClient *http.Client
	// ReplyTimeout bounds answering and posting one reply, retries
	// included; 0 means 30 s.
	ReplyTimeout time.Duration
	// Seen remembers what was already taken — event ids, messages, slash
	// commands, button clicks — for an hour, so that each is answered
	// once; nil means in this process's memory. Replicas that share one
	// (the store on PostgreSQL) answer a retry delivered to another
	// replica once.
	Seen bot.KeySet
	// Threads remembers the threads the bot answered in, for a day after
	// its last answer there (thread follow-ups); nil means in memory.
	// Shared, a follow-up reaching another replica is treated the same.
	Threads bot.KeySet
	// Catalog is what the Home tab and the assistant pane show: the
	// source and example questions; nil shows neither.
	Catalog bot.Catalog
}

// APIOps names the Web API operations the adapter counts in
// bot.Metrics.APIError and APIRetry.
var APIOps = []string{"auth.test", "apps.connections.open", "chat.postMessage", "response_url", "views.publish",
	"assistant.threads.setSuggestedPrompts", "assistant.threads.setStatus"}

// slackAPI is the part of *slack.Client the adapter calls.
type slackAPI interface {
	AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	PublishViewContext(ctx context.Context, req slack.PublishViewContextRequest) (*slack.ViewResponse, error)
	SetAssistantThreadsSuggestedPromptsContext(ctx context.Context, params slack.AssistantThreadsSetSuggestedPromptsParameters) error
	SetAssistantThreadsStatusContext(ctx context.Context, params slack.AssistantThreadsSetStatusParameters) error
}

var _ slackAPI = (*slack.Client)(nil)

// Adapter connects a bot.Answerer to Slack. Create it with New, mount its
// HTTP endpoints with Register (HTTP mode), start it with Run and, on
// shutdown, cancel Run's context and call Drain. Its methods are safe for
// concurrent use.
type Adapter struct {
	cfg          Config
	answerer     bot.Answerer
	log          *slog.Logger
	metrics      bot.Metrics
	logQuestions bool
	catalog      bot.Catalog
	// assistant remembers the assistant-pane threads that started (in
	// this process), and thinkingAfter is when a slow answer there shows
	// its status.
	assistant     bot.KeySet
	thinkingAfter time.Duration
	conv          *bot.Conversations // last turns of threads and DMs (conversation.go)
	replyTimeout  time.Duration
	retry         retryPolicy
	ackTimeout    time.Duration

	sdk        *slack.Client // also the base of the Socket Mode client
	api        slackAPI
	httpClient *http.Client
	secrets    *strings.Replacer

	self      atomic.Pointer[identity] // set once auth.test succeeded
	ready     atomic.Bool
	notReady  atomic.Pointer[string] // why not, while connecting
	connect   retryPolicy            // waits between attempts to reach Slack at start
	running   atomic.Bool
	accepting atomic.Bool // HTTP events are taken: after auth.test, until Run's ctx ends

	seen    bot.KeySet // event ids, messages (channel:ts), slash commands and clicks already taken
	threads bot.KeySet // channel:thread_ts of threads the bot answered in
	votes   bot.KeySet // user:message:entry of feedback already recorded

	inflight inflight.Tracker
	bodies   *gate.Gate // request bodies read at once, before their signature is checked
}

// Sizes and lifetimes of the in-memory sets. Slack retries an event three
// times within about five minutes, so an hour of event ids is ample; a
// thread stays followed for a day after the bot last answered in it.
const (
	dedupeTTL   = time.Hour
	dedupeMax   = 100_000
	threadTTL   = 24 * time.Hour
	threadMax   = 10_000
	voteTTL     = 24 * time.Hour
	voteMax     = 100_000
	maxBodySize = 1 << 20
)

// New checks cfg and returns an adapter that answers with a. It makes no
// network call; Run does.
func New(cfg Config, a bot.Answerer, opts Options) (*Adapter, error) {
	if a == nil {
		return nil, errors.New("slack: nil Answerer")
	}
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("slack config: %w", err)
	}
	apiURL := cfg.APIURL
	if apiURL == "" {
		apiURL = slack.APIURL
	}
	apiURL, err := normaliseAPIURL(apiURL)
	if err != nil {
		return nil, fmt.Errorf("slack config: %w", err)
	}
	cfg.APIURL = apiURL

	ad := &Adapter{
		cfg:           cfg,
		answerer:      a,
		log:           opts.Logger,
		metrics:       opts.Metrics,
		logQuestions:  opts.LogQuestions,
		catalog:       opts.Catalog,
		assistant:     bot.MemoryKeySet(assistantTTL, assistantMax),
		thinkingAfter: defaultThinkingAfter,
		conv:          bot.NewConversations(conversationTTL, conversationMax),
		replyTimeout:  opts.ReplyTimeout,
		retry:         defaultRetry,
		connect:       connectRetry,
		ackTimeout:    2 * time.Second,
		httpClient:    opts.HTTPClient,
		seen:          opts.Seen,
		threads:       opts.Threads,
		votes:         bot.MemoryKeySet(voteTTL, voteMax),
		bodies:        gate.New(gate.DefaultSlots, gate.DefaultWait),
	}
	if ad.log == nil {
		ad.log = slog.New(slog.DiscardHandler)
	}
	if ad.seen == nil {
		ad.seen = bot.MemoryKeySet(dedupeTTL, 2*dedupeMax)
	}
	if ad.threads == nil {
		ad.threads = bot.MemoryKeySet(threadTTL, threadMax)
	}
	if ad.metrics == nil {
		ad.metrics = bot.NopMetrics{}
	}
	if ad.replyTimeout <= 0 {
		ad.replyTimeout = 30 * time.Second
	}
	if ad.httpClient == nil {
		// Every call goes to one host: keep enough idle connections for
		// bursts of replies instead of the default two.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 64
		ad.httpClient = &http.Client{Timeout: 15 * time.Second, Transport: tr}
	}
	var pairs []string
	for _, s := range []string{cfg.BotToken, cfg.AppToken, cfg.SigningSecret} {
		if s != "" {
			pairs = append(pairs, s, "[REDACTED]")
		}
	}
	ad.secrets = strings.NewReplacer(pairs...)

	opt := []slack.Option{
		slack.OptionAPIURL(apiURL),
		slack.OptionHTTPClient(ad.httpClient),
		slack.OptionLog(discardLogger{}),
	}
	if cfg.AppToken != "" {
		opt = append(opt, slack.OptionAppLevelToken(cfg.AppToken))
	}
	ad.sdk = slack.New(cfg.BotToken, opt...)
	ad.api = ad.sdk
	return ad, nil
}

// Run connects to Slack and serves until ctx is done, then returns nil. It
// first checks the bot token with auth.test, retrying for as long as it
// takes while Slack cannot be reached (doubling waits, up to about a
// minute, with jitter; each failure logged once), and returns a
// *RefusedError only when Slack refuses the token. In Socket Mode it then
// holds the socket open, reconnecting whenever it drops; in HTTP-only mode
// it waits for ctx while Register's handlers take the events. Once ctx is
// done the HTTP handlers answer 503, and replies already accepted carry on:
// call Drain to wait for them.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("slack: Run called twice")
	}
	stop := context.AfterFunc(ctx, func() {
		a.accepting.Store(false)
		a.ready.Store(false)
	})
	defer stop()
	defer func() {
		a.accepting.Store(false)
		a.ready.Store(false)
	}()

	auth, err := a.authenticate(ctx)
	if err != nil || auth == nil {
		return err
	}
	a.self.Store(&identity{UserID: auth.UserID, BotID: auth.BotID, TeamID: auth.TeamID})
	a.log.LogAttrs(ctx, slog.LevelInfo, "slack authenticated",
		slog.String("team_id", auth.TeamID), slog.String("bot_user_id", auth.UserID), slog.String("bot_id", auth.BotID), slog.Any("config", a.cfg))
	if a.cfg.SigningSecret != "" {
		a.accepting.Store(true)
	}
	if a.cfg.AppToken != "" {
		a.setNotReady("connecting the Socket Mode socket")
		return a.runSocket(ctx)
	}
	a.setNotReady("")
	a.ready.Store(true)
	<-ctx.Done()
	return nil
}

// authenticate calls auth.test until it succeeds, Slack refuses the token
// (a *RefusedError), or ctx is done (nil, nil).
func (a *Adapter) authenticate(ctx context.Context) (*slack.AuthTestResponse, error) {
	for attempt := 1; ; attempt++ {
		auth, err := a.api.AuthTestContext(ctx)
		if err == nil {
			return auth, nil
		}
		if ctx.Err() != nil {
			return nil, nil
		}
		if reason, refused := refusedToken(err); refused {
			a.metrics.APIError(platform, "auth.test")
			a.setNotReady("Slack refused " + EnvBotToken)
			return nil, &RefusedError{Variable: EnvBotToken, Reason: "auth.test: " + reason}
		}
		wait := a.connect.backoff(attempt)
		if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
			wait = max(wait, rl.RetryAfter)
		}
		msg := a.redact(err)
		a.metrics.APIRetry(platform, "auth.test")
		a.setNotReady(fmt.Sprintf("cannot reach Slack: auth.test: %s (attempt %d, next in %s)", msg, attempt, wait.Round(100*time.Millisecond)))
		a.log.LogAttrs(ctx, slog.LevelWarn, "slack not reachable, retrying",
			slog.String("op", "auth.test"), slog.Int("attempt", attempt), ms("wait_ms", wait), slog.String("error", msg))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, nil
		}
	}
}

// refusedToken reports whether err is Slack refusing a token — retrying
// cannot help — and Slack's reason.
func refusedToken(err error) (string, bool) {
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type", "ekm_access_denied":
			return se.Err, true
		}
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok && sc.Code == http.StatusUnauthorized {
		return "HTTP 401", true
	}
	return "", false
}

// RefusedError reports a token Slack refused (invalid_auth and the like):
// retrying cannot help, the operator must fix Variable. It never carries the
// token.
type RefusedError struct {
	// Variable is the environment variable holding the refused token:
	// SLACK_BOT_TOKEN or SLACK_APP_TOKEN.
	Variable string
	// Reason is Slack's answer, such as "auth.test: invalid_auth".
	Reason string
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("%s was refused by Slack (%s): check the token and that the app is installed in the workspace", e.Variable, e.Reason)
}

// RefusedVariable names the variable to fix.
func (e *RefusedError) RefusedVariable() string { return e.Variable }

// setNotReady records why the adapter is not ready ("" once it is).
func (a *Adapter) setNotReady(why string) { a.notReady.Store(&why) }

// NotReady says why the adapter is not ready — still reaching Slack, and
// the last failure — or "" when it is ready.
func (a *Adapter) NotReady() string {
	if a.ready.Load() {
		return ""
	}
	if p := a.notReady.Load(); p != nil && *p != "" {
		return *p
	}
	if !a.running.Load() {
		return "not started"
	}
	return "not connected"
}

// Ready reports whether the adapter is connected: the socket is up in Socket
// Mode, auth.test succeeded in HTTP mode, and Run's context is not done.
func (a *Adapter) Ready() bool { return a.ready.Load() }

// Drain waits until the reply to every event accepted so far has been posted
// (or has failed for good), or until ctx is done. Replies run on contexts
// detached from Run's, bounded by Options.ReplyTimeout, so cancelling Run
// loses no accepted message.
func (a *Adapter) Drain(ctx context.Context) error {
	if err := a.inflight.Wait(ctx); err != nil {
		return fmt.Errorf("slack drain: %w", err)
	}
	return nil
}

// tokenPattern matches secrets that might appear in an error from a
// library: Slack tokens, a Socket Mode URL's ticket, a response_url's path
// (anyone holding it may post for a while) on any Slack hooks host, in any
// case (hooks.slack.com, HOOKS.SLACK.COM, hooks.slack-gov.com). The
// adapter's own secrets are replaced verbatim as well.
var tokenPattern = regexp.MustCompile(`(?i)\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+|ticket=[^&\s"]+|\bhooks\.[a-z0-9.-]+/[^\s"]+`)

// urlPattern matches URLs, whose paths redact removes unless they are the
// Web API's: a response_url may come from any host Slack names.
var urlPattern = regexp.MustCompile(`(?i)\bhttps?://[^\s"/]+(/[^\s"]*)?`)

// redact renders an error for a log line without any secret in it.
func (a *Adapter) redact(err error) string {
	if err == nil {
		return ""
	}
	s := a.secrets.Replace(err.Error())
	s = urlPattern.ReplaceAllStringFunc(s, func(u string) string {
		if strings.HasPrefix(strings.ToLower(u), strings.ToLower(a.cfg.APIURL)) {
			return u
		}
		if i := strings.Index(u[strings.Index(u, "//")+2:], "/"); i >= 0 {
			return u[:strings.Index(u, "//")+2+i] + "/[REDACTED]"
		}
		return u
	})
	return tokenPattern.ReplaceAllString(s, "[REDACTED]")
}

// ms is a duration for the logs: milliseconds, with the unit in the key.
func ms(key string, d time.Duration) slog.Attr {
	return slog.Float64(key, float64(d.Microseconds())/1000)
}

// discardLogger silences slack-go's own logger (it only logs in debug mode,
// which the adapter never turns on, since debug output carries payloads).
type discardLogger struct{}

func (discardLogger) Output(int, string) error { return nil }
