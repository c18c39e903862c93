package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"exobot/adapters/discord"
	"exobot/adapters/slack"
	"exobot/bot"
	"exobot/metrics"
)

// runDefault serves when a platform is configured, and otherwise chats in
// the terminal: one command lets a new user try the bot.
func runDefault(ctx context.Context, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	_, slackOn, _ := slack.ConfigFromEnv(getenv)
	_, discordOn, _ := discord.ConfigFromEnv(getenv)
	if slackOn || discordOn {
		return runServe(ctx, getenv, stdin, stdout, stderr)
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
// in flight within the shutdown timeout, and returns nil.
func runServe(ctx context.Context, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadServeConfig(getenv)
	if err != nil {
		return err
	}
	if !cfg.SlackEnabled && !cfg.DiscordEnabled {
		if isTerminal(stdin) {
			fmt.Fprintf(stderr, "exobot: %s\nStarting the console chat instead.\n\n", noPlatform)
			return runChat(ctx, getenv, stdin, stdout, stderr)
		}
		return &exitError{code: 2, err: errors.New("serve: " + strings.TrimSuffix(noPlatform, "."))}
	}
	log := newLogger(stderr, cfg.LogLevel, cfg.LogFormat)
	// Listen first: an unusable address fails before anything connects.
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("configuration: %s: cannot listen on %s: %v", envHTTPAddr, cfg.HTTPAddr, errors.Unwrap(err))}
	}
	defer ln.Close()
	h, _ := ctx.Value(serveHooksKey{}).(*serveHooks)
	if h != nil && h.listening != nil {
		h.listening(ln.Addr())
	}
	s, err := newServer(cfg, log, h)
	if err != nil {
		return err
	}
	defer s.close()
	return s.serve(ctx, ln)
}

// serveHooks let a test that runs "exobot serve" in-process learn the
// address it listens on (EXOBOT_HTTP_ADDR=127.0.0.1:0) and wrap the answer
// engine (a slow or panicking answer). They travel in the context given to
// run, so tests running in parallel do not share them; nothing else sets
// them.
type serveHooks struct {
	listening  func(net.Addr)
	wrapEngine func(bot.Answerer) bot.Answerer
}

type serveHooksKey struct{}

func withServeHooks(ctx context.Context, h *serveHooks) context.Context {
	return context.WithValue(ctx, serveHooksKey{}, h)
}

// server is a running "exobot serve".
type server struct {
	cfg      serveConfig
	log      *slog.Logger
	metrics  *metrics.Registry
	answerer bot.Answerer
	adapters map[string]adapter
	mux      *http.ServeMux
	close    func()
}

func newServer(cfg serveConfig, log *slog.Logger, hooks *serveHooks) (*server, error) {
	start := time.Now()
	eng, closeEngine, err := newEngine(log)
	if err != nil {
		return nil, err
	}
	log.Info("index built", slog.Duration("took", time.Since(start)))
	s := &server{cfg: cfg, log: log, metrics: metrics.New(), adapters: map[string]adapter{}, mux: http.NewServeMux(), close: closeEngine}
	var answerer bot.Answerer = eng
	if hooks != nil && hooks.wrapEngine != nil {
		answerer = hooks.wrapEngine(eng)
	}
	// Outermost first: every question is observed (and guarded against
	// panics), then rate-limited per person, then queued for a slot.
	s.answerer = bot.Observe(
		bot.RateLimit(bot.LimitInFlight(answerer, cfg.MaxInFlight), cfg.RateLimit, s.metrics),
		bot.ObserveOptions{Logger: log, Metrics: s.metrics, LogQuestions: cfg.LogQuestions},
	)
	if cfg.SlackEnabled {
		a, err := slack.New(cfg.Slack, s.answerer, slack.Options{
			Logger: log.With("platform", "slack"), Metrics: s.metrics, LogQuestions: cfg.LogQuestions, ReplyTimeout: cfg.ReplyTimeout,
		})
		if err != nil {
			closeEngine()
			return nil, fmt.Errorf("slack: %w", err)
		}
		s.adapters["slack"] = a
	}
	if cfg.DiscordEnabled {
		a, err := discord.New(cfg.Discord, s.answerer, discord.Options{
			Logger: log.With("platform", "discord"), Metrics: s.metrics, LogQuestions: cfg.LogQuestions, ReplyTimeout: cfg.ReplyTimeout,
		})
		if err != nil {
			closeEngine()
			return nil, fmt.Errorf("discord: %w", err)
		}
		s.adapters["discord"] = a
	}
	for _, a := range s.adapters {
		a.Register(s.mux)
	}
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.Handle("GET /metrics", s.metrics.Handler())
	return s, nil
}

// readyz reports ready when the index is built (it is, once the server
// exists) and every adapter is connected.
func (s *server) readyz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	var notReady []string
	for name, a := range s.adapters {
		if !a.Ready() {
			notReady = append(notReady, name)
		}
	}
	if len(notReady) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "not ready: %v\n", notReady)
		return
	}
	io.WriteString(w, "ready\n")
}

// handler wraps the mux so that a panic in any handler is logged and
// answered with a 500, never a stack trace.
func (s *server) handler() http.Handler {
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
		s.mux.ServeHTTP(w, r)
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
	failed := make(chan error, len(s.adapters)+1)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			failed <- fmt.Errorf("http server: %w", err)
		}
	}()
	var running sync.WaitGroup
	for name, a := range s.adapters {
		running.Add(1)
		go func() {
			defer running.Done()
			if err := a.Run(runCtx); err != nil {
				failed <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	s.log.Info("serving", slog.String("addr", ln.Addr().String()), slog.Int("adapters", len(s.adapters)))

	var runErr error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down: no new messages; finishing the replies in flight", slog.Duration("timeout", s.cfg.ShutdownTimeout))
	case runErr = <-failed:
		s.log.Error("stopping", slog.String("err", runErr.Error()))
	}

	// Stop taking new messages: adapters refuse (503) or disconnect, and
	// the server stops accepting; then let the replies in flight finish.
	stopRun()
	shutCtx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
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
			s.log.Warn("replies still in flight at the shutdown timeout", slog.String("adapter", name), slog.String("err", err.Error()))
		}
	}
	s.log.Info("stopped")
	return runErr
}

func runDiscord(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "register" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprintln(stdout, "Usage: exobot discord register\n\nRegisters the /ask command with Discord (globally, or to DISCORD_GUILD_ID), using DISCORD_BOT_TOKEN.")
			return nil
		}
		return usageError("discord: the only subcommand is register")
	}
	if err := noArgs("discord register", args[1:], stdout); err != nil {
		return ignoreHelp(err)
	}
	cfg, enabled, err := discord.ConfigFromEnv(getenv)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("configuration: %w", err)}
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
	fmt.Fprintf(stdout, "registered /ask %s\n", where)
	return nil
}
