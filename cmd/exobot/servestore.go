package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"exobot/bot"
	"exobot/store"
)

// This file wires the store into "exobot serve": it is opened at start
// (the embedded database in EXOBOT_DATA_DIR, or PostgreSQL), records every
// question and feedback click, answers "forget me", deletes old records on
// a schedule, and is closed after the last reply. A store that fails at
// run time never stops answering: the record is dropped and counted in
// exobot_store_errors_total, and /readyz says so.

// storeOps are the operations exobot_store_errors_total counts.
var storeOps = []string{"record", "forget", "keyset", "budget", "prune", "report"}

// pruneEvery is how often serve deletes the records older than
// EXOBOT_RETENTION.
const pruneEvery = time.Hour

// openStore opens the store for serve and arranges for it to be closed
// (after the replies in flight) by s.close.
func (s *server) openStore() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s.metrics.InitStore(storeOps)
	cfg := s.cfg.Store
	st, err := openStore(ctx, cfg, store.Options{Logger: s.log, OnError: s.metrics.StoreError}, false)
	if err != nil {
		if cfg.DatabaseURL == "" {
			return configFailure([]error{fmt.Errorf("%s: %v", envDataDir, err)})
		}
		return &exitError{code: 1, err: fmt.Errorf("serve: %w", err)}
	}
	s.store = st
	where := slog.String("data_dir", cfg.DataDir)
	if cfg.DatabaseURL != "" {
		where = slog.String("data_dir", "") // the URL carries a password: never logged
	}
	s.log.Info("store open", slog.String("db", st.Dialect()), where,
		slog.Bool("record_questions", cfg.RecordText), slog.Float64("retention_h", cfg.Retention.Hours()))
	stopPruning := s.prune(st, cfg.Retention)
	closeEngine := s.close
	s.close = func() {
		stopPruning()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := st.Close(ctx); err != nil {
			s.log.Warn("store did not close cleanly", slog.String("err", err.Error()))
		}
		closeEngine()
	}
	return nil
}

// recording wraps next so that every question is recorded and "forget me"
// is answered: outside the rate limit, so that a person can always ask to
// be forgotten.
func (s *server) recording(next bot.Answerer) bot.Answerer {
	return bot.Record(next, s.store, bot.RecordOptions{Text: s.cfg.Store.RecordText})
}

// adapterMetrics is the Metrics the adapters report to: the registry, plus
// each feedback click recorded in the store.
func (s *server) adapterMetrics() bot.Metrics {
	return bot.RecordFeedback(s.metrics, s.store)
}

// storeHealth reports a store that failed in the last minute, for /readyz.
func (s *server) storeHealth() error {
	if s.store == nil {
		return nil
	}
	return s.store.Health()
}

// prune deletes the records older than retention now and then every
// pruneEvery, until the returned function is called.
func (s *server) prune(st *store.Store, retention time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(pruneEvery)
		defer t.Stop()
		for {
			if err := st.Prune(ctx, time.Now().Add(-retention)); err != nil && ctx.Err() == nil {
				s.log.Warn("deleting old records failed; will retry", slog.String("err", err.Error()))
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		cancel()
		wg.Wait()
	}
}

// sharedSet returns the store's key set name, shared by every replica on
// PostgreSQL; nil with the embedded store, where the adapters keep their
// sets in memory as before.
func (s *server) sharedSet(name string, ttl time.Duration) bot.KeySet {
	if s.store == nil || !s.store.Shared() {
		return nil
	}
	return s.store.KeySet(name, ttl)
}

// rateLimit wraps next in the per-person rate limit: one budget per person
// across replicas on PostgreSQL, in memory otherwise.
func (s *server) rateLimit(next bot.Answerer) bot.Answerer {
	if s.store != nil && s.store.Shared() && s.cfg.RateLimit > 0 {
		return bot.RateLimitBudget(next, s.store.Budget(s.cfg.RateLimit), s.metrics)
	}
	return bot.RateLimit(next, s.cfg.RateLimit, s.metrics)
}
