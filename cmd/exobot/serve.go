package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"exobot/adapters/discord"
	"exobot/adapters/slack"
	"exobot/bot"
	"exobot/metrics"
	"exobot/store"
)

// runDefault serves when a platform is configured, and otherwise chats in
// the terminal: one command lets a new user try the bot.
func runDefault(ctx context.Context, getenv func(string) string, envProblems []error, stdin io.Reader, stdout, stderr io.Writer) error {
	_, slackOn, _ := slack.ConfigFromEnv(getenv)
	_, discordOn, _ := discord.ConfigFromEnv(getenv)
	if slackOn || discordOn {
		return runServe(ctx, getenv, envProblems, stdin, stdout, stderr)
	}
	return runChat(ctx, getenv, stdin, stdout, stderr)
}

// adapter is what serve needs of a platform adapter.
type adapter interface {
	Register(*http.ServeMux)
	Run(context.Context) error
	Ready() bool
	Drain(context.Context) error
}

var (
	_ adapter = (*slack.Adapter)(nil)
	_ adapter = (*discord.Adapter)(nil)
)

const noPlatform = `no platform is configured. To serve, set:
  Slack:   SLACK_BOT_TOKEN, with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)
  Discord: DISCORD_BOT_TOKEN (gateway) and/or DISCORD_PUBLIC_KEY (HTTP interactions)
in the environment or in a .env file here (see .env.example).`

// runServe runs every configured adapter and the HTTP server until ctx is
// done (SIGINT, SIGTERM), then stops taking messages, finishes the replies
// in flight within the shutdown timeout, and returns nil. envProblems are
// the lines of .env that could not be read: configuration problems like
// the others.
func runServe(ctx context.Context, getenv func(string) string, envProblems []error, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadServeConfig(getenv)
	problems := slices.Clone(envProblems)
	if ce, ok := errors.AsType[*configError](err); ok {
		problems = append(problems, ce.problems...)
	} else if err != nil {
		return err
	}
	if !cfg.SlackEnabled && !cfg.DiscordEnabled {
		if isTerminal(stdin) {
			fmt.Fprintf(stderr, "exobot: %s\nStarting the console chat instead.\n\n", noPlatform)
			return runChat(ctx, getenv, stdin, stdout, stderr)
		}
		msg := "serve: " + strings.TrimSuffix(noPlatform, ".")
		if len(problems) > 0 {
			// Probably why: a line of .env that could not be read.
			msg = (&configError{problems: problems}).Error() + "\n" + msg
		}
		return &exitError{code: 2, err: errors.New(msg)}
	}
	if len(problems) > 0 {
		return configFailure(problems)
	}
	log := newLogger(stderr, cfg.LogLevel, cfg.LogFormat)
	// Listen first: an unusable address fails before anything connects.
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return configFailure([]error{fmt.Errorf("%s: cannot listen on %s: %v", envHTTPAddr, cfg.HTTPAddr, errors.Unwrap(err))})
	}
	defer ln.Close()
	var opsLn net.Listener
	if cfg.MetricsAddr != "" {
		if opsLn, err = net.Listen("tcp", cfg.MetricsAddr); err != nil {
			return configFailure([]error{fmt.Errorf("%s: cannot listen on %s: %v", envMetricsAddr, cfg.MetricsAddr, errors.Unwrap(err))})
		}
		defer opsLn.Close()
	}
	h, _ := ctx.Value(serveHooksKey{}).(*serveHooks)
	if h != nil && h.listeningOps != nil && opsLn != nil {
		h.listeningOps(opsLn.Addr())
	}
	if h != nil && h.listening != nil {
		h.listening(ln.Addr())
	}
	bi := readBuildInfo()
	log.Info("exobot starting", slog.String("version", bi.Version), slog.String("revision", bi.Revision), slog.String("go_version", bi.GoVersion))
	s, err := newServer(cfg, log, h)
	if err != nil {
		return err
	}
	defer s.close()
	s.opsLn = opsLn
	err = s.serve(ctx, ln)
	if rejected, ok := errors.AsType[refusal](err); ok {
		// A token the platform refuses is a configuration problem: no
		// retry can fix it.
		return configFailure([]error{rejected})
	}
	return err
}

// refusal is an adapter's error for configuration the platform refused (a
// token, intents, a shard): serve exits with status 2, naming the variable.
type refusal interface {
	error
	RefusedVariable() string
}

// serveHooks let a test that runs "exobot serve" in-process learn the
// address it listens on (EXOBOT_HTTP_ADDR=127.0.0.1:0) and wrap the answer
// engine (a slow or panicking answer). They travel in the context given to
// run, so tests running in parallel do not share them; nothing else sets
// them.
type serveHooks struct {
	listening    func(net.Addr)
	listeningOps func(net.Addr) // EXOBOT_METRICS_ADDR's listener
	wrapEngine   func(bot.Answerer) bot.Answerer
}

type serveHooksKey struct{}

func withServeHooks(ctx context.Context, h *serveHooks) context.Context {
	return context.WithValue(ctx, serveHooksKey{}, h)
}

// server is a running "exobot serve". newServer wires it in this order,
// which is also the place for what comes next: the answer engine, the
// middlewares around it, the adapters (each given the wrapped answerer and
// registering its routes on mux), then the operational endpoints on opsMux.
type server struct {
	cfg      serveConfig
	log      *slog.Logger
	metrics  *metrics.Registry
	answerer bot.Answerer
	adapters map[string]adapter
	mux      *http.ServeMux // the public routes: the adapters', and opsMux's unless apart
	opsMux   *http.ServeMux // /healthz, /readyz, /metrics
	opsLn    net.Listener   // EXOBOT_METRICS_ADDR, when set: opsMux is served there alone
	store    *store.Store   // records and shared state (servestore.go)
	close    func()
}

func newServer(cfg serveConfig, log *slog.Logger, hooks *serveHooks) (*server, error) {
	start := time.Now()
	eng, live, closeEngine, err := newServeEngine(cfg.Store, log)
	if err != nil {
		return nil, err
	}
	log.Info("index built", durationMS("took_ms", time.Since(start)))
	s := &server{cfg: cfg, log: log, metrics: metrics.New(), adapters: map[string]adapter{}, mux: http.NewServeMux(), opsMux: http.NewServeMux(), close: closeEngine}
	bi := readBuildInfo()
	s.metrics.SetBuildInfo(bi.Version, bi.Revision, bi.GoVersion)
	// Every series exists from the start, at zero, for both platforms: a
	// dashboard or an alert reads the same names whichever is configured.
	s.metrics.Init([]string{"slack", "discord"}, map[string][]string{"slack": slack.APIOps, "discord": discord.APIOps})
	s.watchCorpus(live)
	if err := s.openStore(); err != nil {
		s.close()
		return nil, err
	}
	var answerer bot.Answerer = eng
	if hooks != nil && hooks.wrapEngine != nil {
		answerer = hooks.wrapEngine(eng)
	}
	// Outermost first: every question is observed (and guarded against
	// panics), recorded, then rate-limited per person, then queued for a
	// slot.
	s.answerer = bot.Observe(
		s.recording(s.rateLimit(bot.LimitInFlight(answerer, cfg.MaxInFlight))),
		bot.ObserveOptions{Logger: log, Metrics: s.metrics},
	)
	if cfg.SlackEnabled {
		a, err := slack.New(cfg.Slack, s.answerer, slack.Options{
			Logger: log.With("platform", "slack"), Metrics: s.adapterMetrics(), LogQuestions: cfg.LogQuestions, ReplyTimeout: cfg.ReplyTimeout,
			Seen: s.sharedSet("slack-seen", time.Hour), Threads: s.sharedSet("slack-threads", 24*time.Hour),
			Catalog: catalogOf(eng),
		})
		if err != nil {
			s.close()
			return nil, fmt.Errorf("slack: %w", err)
		}
		s.adapters["slack"] = a
	}
	if cfg.DiscordEnabled {
		a, err := discord.New(cfg.Discord, s.answerer, discord.Options{
			Logger: log.With("platform", "discord"), Metrics: s.adapterMetrics(), LogQuestions: cfg.LogQuestions, ReplyTimeout: cfg.ReplyTimeout,
			Replay: s.sharedSet("discord-replay", 10*time.Minute), Suggester: suggesterOf(eng),
		})
		if err != nil {
			s.close()
			return nil, fmt.Errorf("discord: %w", err)
		}
		s.adapters["discord"] = a
	}
	for _, a := range s.adapters {
		a.Register(s.mux)
	}
	healthz := func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	}
	s.opsMux.HandleFunc("GET /healthz", healthz)
	s.opsMux.HandleFunc("GET /readyz", s.readyz)
	s.opsMux.Handle("GET /metrics", s.metrics.Handler())
	if cfg.MetricsAddr == "" {
		s.mux.Handle("/healthz", s.opsMux)
		s.mux.Handle("/readyz", s.opsMux)
		s.mux.Handle("/metrics", s.opsMux)
	} else {
		// Health checks may come to either port; metrics only to the
		// operational one.
		s.mux.HandleFunc("GET /healthz", healthz)
		s.mux.HandleFunc("GET /readyz", s.readyz)
	}
	return s, nil
}

// readyz reports ready when the index is built (it is, once the server
// exists) and every adapter is connected; otherwise 503, with a line per
// adapter that is not, saying why ("slack: cannot reach Slack: auth.test:
// … (attempt 3, next in 4s)").
func (s *server) readyz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	var lines []string
	for _, name := range slices.Sorted(maps.Keys(s.adapters)) {
		a := s.adapters[name]
		if a.Ready() {
			continue
		}
		why := "not connected"
		if r, ok := a.(interface{ NotReady() string }); ok && r.NotReady() != "" {
			why = r.NotReady()
		}
		lines = append(lines, name+": "+why)
	}
	if len(lines) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "not ready:\n%s\n", strings.Join(lines, "\n"))
		return
	}
	if err := s.storeHealth(); err != nil {
		fmt.Fprintf(w, "ready (degraded: %v)\n", err)
		return
	}
	io.WriteString(w, "ready\n")
}

// handler wraps the public mux so that a panic in any handler is logged and
// answered with a 500, never a stack trace.
func (s *server) handler() http.Handler { return s.guard(s.mux) }

// guard logs a panic in h and answers 500, never a stack trace.
func (s *server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("panic in HTTP handler", slog.String("path", r.URL.Path), slog.String("panic", fmt.Sprintf("%T", p)))
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// serve runs until ctx is done or an adapter fails for good.
func (s *server) serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       90 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	failed := make(chan error, len(s.adapters)+2)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			failed <- fmt.Errorf("http server: %w", err)
		}
	}()
	var opsSrv *http.Server
	if s.opsLn != nil {
		opsSrv = &http.Server{Handler: s.guard(s.opsMux), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
			WriteTimeout: 30 * time.Second, IdleTimeout: 90 * time.Second, ErrorLog: srv.ErrorLog}
		go func() {
			if err := opsSrv.Serve(s.opsLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
				failed <- fmt.Errorf("metrics server: %w", err)
			}
		}()
	}
	var running sync.WaitGroup
	for _, a := range s.adapters {
		running.Add(1)
		go func() {
			defer running.Done()
			// The adapters' errors name them ("slack auth.test: …").
			if err := a.Run(runCtx); err != nil {
				failed <- err
			}
		}()
	}
	attrs := []any{slog.String("addr", ln.Addr().String()), slog.Any("adapters", slices.Sorted(maps.Keys(s.adapters)))}
	if s.opsLn != nil {
		attrs = append(attrs, slog.String("metrics_addr", s.opsLn.Addr().String()))
	}
	s.log.Info("serving", attrs...)

	// Every reply accepted is bounded by the reply timeout (retries and
	// Retry-After waits included, none started that would end past it), so
	// a drain as long as that covers each: posted, or given up and logged.
	drain := s.drainTimeout()
	var runErr error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down: no new messages; finishing the replies in flight", durationMS("timeout_ms", drain))
	case runErr = <-failed:
		s.log.Error("stopping", slog.String("err", runErr.Error()))
	}

	// Stop taking new messages: adapters refuse (503) or disconnect, and
	// the server stops accepting; then let the replies in flight finish.
	stopRun()
	shutCtx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		s.log.Warn("http server did not stop in time", slog.String("err", err.Error()))
	}
	// Drain only once every Run has returned: until its socket or gateway
	// is closed an adapter may still take a message (one already read),
	// and a drain that came first would not wait for its reply.
	stopped := make(chan struct{})
	go func() {
		running.Wait()
		close(stopped)
	}()
	select {
	case <-stopped:
	case <-shutCtx.Done():
		s.log.Warn("adapters still connected at the shutdown timeout")
	}
	for name, a := range s.adapters {
		if err := a.Drain(shutCtx); err != nil {
			// The error names each reply given up (event or interaction id).
			s.log.Error("replies given up at the shutdown timeout", slog.String("adapter", name), slog.String("error", err.Error()))
		}
	}
	if opsSrv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		opsSrv.Shutdown(ctx)
		cancel()
	}
	s.log.Info("stopped")
	return runErr
}

// drainTimeout is how long a shutdown waits for the replies in flight: the
// shutdown timeout, or the reply timeout (and a second to post) when that
// is longer, since no reply accepted could take longer than that.
func (s *server) drainTimeout() time.Duration {
	return max(s.cfg.ShutdownTimeout, s.cfg.ReplyTimeout+time.Second)
}

// durationMS is a duration for the logs: milliseconds, the unit in the
// key ("took_ms").
func durationMS(key string, d time.Duration) slog.Attr {
	return slog.Float64(key, float64(d.Microseconds())/1000)
}

const discordRegisterHelp = `Registers /ask and the "Ask exobot" message command with Discord, for
server and user install — globally, or to the server DISCORD_GUILD_ID,
where they appear at once — using DISCORD_BOT_TOKEN (and DISCORD_APP_ID,
DISCORD_API_URL when set). Run it once for deployments that serve HTTP
interactions only; with the gateway, serve registers them itself.
`

func runDiscord(ctx context.Context, args []string, getenv func(string) string, envProblems []error, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "register" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprint(stdout, "Usage: exobot discord register\n\n"+discordRegisterHelp)
			return nil
		}
		return usageError("discord: the only subcommand is register")
	}
	if err := noArgs("discord register", "exobot discord register", discordRegisterHelp, args[1:], stdout); err != nil {
		return ignoreHelp(err)
	}
	cfg, enabled, err := discord.ConfigFromEnv(getenv)
	if problems := append(slices.Clone(envProblems), problemsOf(err)...); len(problems) > 0 {
		return configFailure(problems)
	}
	if !enabled || cfg.BotToken == "" {
		return &exitError{code: 2, err: errors.New("discord register: set DISCORD_BOT_TOKEN (and DISCORD_GUILD_ID to register to one server)")}
	}
	log := newLogger(stderr, slog.LevelInfo, "auto")
	if err := discord.RegisterCommands(ctx, cfg, discord.Options{Logger: log}); err != nil {
		return fmt.Errorf("discord register: %w", err)
	}
	where := "globally (it can take up to an hour to appear)"
	if cfg.GuildID != "" {
		where = "to server " + cfg.GuildID
	}
	fmt.Fprintf(stdout, "registered /ask and the Ask exobot message command %s\n", where)
	return nil
}
