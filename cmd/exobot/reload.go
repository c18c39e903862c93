package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"exobot/bot"
	"exobot/corpus"
)

// envCorpusDir serves the Q&A from a directory instead of the embedded one.
const envCorpusDir = "EXOBOT_CORPUS_DIR"

// corpusPoll is how often serve looks for edits in EXOBOT_CORPUS_DIR.
const corpusPoll = 2 * time.Second

// liveCorpus serves the Q&A from a directory on disk (the layout of
// ./corpus: article.txt, article.yaml, lexicon.yaml, data/*.yaml) and
// reloads it on SIGHUP and when a file in it changes: the new corpus is
// validated and indexed, then swapped in atomically. A broken edit keeps
// the old corpus serving and logs every problem with file and line.
// Questions being answered finish on the engine they started with.
type liveCorpus struct {
	dir  string
	log  *slog.Logger
	swap *bot.Swap

	mu       sync.Mutex // one reload at a time
	closeCur func()     // releases the current engine's index
	stamp    [32]byte   // the files' names, sizes and times when last loaded
	onResult func(result string)
}

// newServeEngine returns serve's answer engine: the embedded Q&A, or with
// EXOBOT_CORPUS_DIR the directory's, kept live (live is then non-nil: start
// it with s.watchCorpus). close releases the engine in use at the end.
func newServeEngine(cfg storeConfig, log *slog.Logger) (eng bot.Answerer, live *liveCorpus, close func(), err error) {
	if cfg.CorpusDir == "" {
		e, closeEngine, err := newEngine(log)
		return e, nil, closeEngine, err
	}
	l := &liveCorpus{dir: cfg.CorpusDir, log: log, onResult: func(string) {}}
	stamp, _ := l.fingerprint()
	e, closeEngine, err := l.load()
	if ce, ok := errors.AsType[*configError](err); ok {
		return nil, nil, nil, configFailure(ce.problems)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	l.swap, l.closeCur, l.stamp = bot.NewSwap(e), closeEngine, stamp
	log.Info("serving the Q&A from a directory; edits are reloaded", slog.String("dir", l.dir))
	return l.swap, l, func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.closeCur()
	}, nil
}

// load validates and indexes the directory's corpus. Every problem is in
// the error, one a line, as dir/file:line: message.
func (l *liveCorpus) load() (*bot.Engine, func(), error) {
	c, err := corpus.LoadFS(os.DirFS(l.dir))
	if probs := corpus.Problems(err); len(probs) > 0 {
		errs := make([]error, len(probs))
		for i, p := range probs {
			errs[i] = fmt.Errorf("%s:%d: %s", filepath.Join(l.dir, p.Pos.File), p.Pos.Line, p.Msg)
		}
		return nil, nil, &configError{problems: errs}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w", envCorpusDir, l.dir, err)
	}
	return engineFromCorpus(c, l.log)
}

// reload loads the directory again and, if it is valid, swaps it in. It
// reports whether it did.
func (l *liveCorpus) reload(why string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	start := time.Now()
	stamp, _ := l.fingerprint()
	eng, closeEngine, err := l.load()
	l.stamp = stamp // a broken edit is reported once, not at every poll
	if err != nil {
		l.onResult("invalid")
		var ce *configError
		if errors.As(err, &ce) {
			for _, p := range ce.problems {
				l.log.Error("corpus reload rejected: the previous Q&A keeps serving", slog.String("reason", why), slog.String("problem", p.Error()))
			}
		} else {
			l.log.Error("corpus reload failed: the previous Q&A keeps serving", slog.String("reason", why), slog.String("err", err.Error()))
		}
		return false
	}
	l.swap.Replace(eng) // returns once the questions on the old engine are answered
	l.closeCur()
	l.closeCur = closeEngine
	l.onResult("ok")
	l.log.Info("corpus reloaded", slog.String("reason", why), durationMS("took_ms", time.Since(start)))
	return true
}

// fingerprint digests the names, sizes and modification times of every
// file in the directory.
func (l *liveCorpus) fingerprint() ([32]byte, error) {
	h := sha256.New()
	err := filepath.WalkDir(l.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", path, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, err
}

// watch reloads on SIGHUP and whenever the files change (polled every
// interval), until ctx is done.
func (l *liveCorpus) watch(ctx context.Context, interval time.Duration) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			l.reload("SIGHUP")
		case <-t.C:
			stamp, err := l.fingerprint()
			l.mu.Lock()
			changed := err == nil && stamp != l.stamp
			l.mu.Unlock()
			if changed {
				l.reload("files changed")
			}
		}
	}
}

// watchCorpus starts live reloading, counted in
// exobot_corpus_reloads_total, and stops it in s.close.
func (s *server) watchCorpus(l *liveCorpus) {
	if l == nil {
		return
	}
	s.metrics.InitCorpusReloads()
	l.onResult = s.metrics.CorpusReload
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		l.watch(ctx, corpusPoll)
	}()
	prev := s.close
	s.close = func() {
		cancel()
		<-done
		prev()
	}
}
