package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"exobot/store"
)

// The store's variables: where "exobot serve" records and shares state,
// what it records, and for how long. .env.example documents them.
const (
	envDataDir         = "EXOBOT_DATA_DIR"
	envDatabaseURL     = "EXOBOT_DATABASE_URL"
	envRecordQuestions = "EXOBOT_RECORD_QUESTIONS"
	envRetention       = "EXOBOT_RETENTION"
)

// storeConfig is the curation loop's part of the configuration: the store,
// and the Q&A served live from a directory.
type storeConfig struct {
	DataDir     string        // the embedded database's directory
	DatabaseURL string        // PostgreSQL, when set; never printed
	RecordText  bool          // keep unanswered questions' redacted text
	Retention   time.Duration // records older than this are deleted
	CorpusDir   string        // serve the Q&A from here, reloading edits
}

// loadStoreConfig reads the store's variables. Errors name the variable,
// never its value.
func loadStoreConfig(getenv func(string) string) (storeConfig, []error) {
	c := storeConfig{DataDir: "./exobot-data", Retention: 30 * 24 * time.Hour}
	var errs []error
	if v := getenv(envDataDir); v != "" {
		c.DataDir = v
	}
	if v := getenv(envDatabaseURL); v != "" {
		if !strings.HasPrefix(v, "postgres://") && !strings.HasPrefix(v, "postgresql://") {
			errs = append(errs, fmt.Errorf("%s must be a PostgreSQL URL, postgres://user:password@host:5432/db", envDatabaseURL))
		}
		c.DatabaseURL = v
	}
	switch v := strings.ToLower(getenv(envRecordQuestions)); v {
	case "", "off":
	case "redacted":
		c.RecordText = true
	default:
		errs = append(errs, fmt.Errorf("%s must be off or redacted", envRecordQuestions))
	}
	if v := getenv(envRetention); v != "" {
		d, err := parseDays(v)
		if err != nil || d < time.Hour {
			errs = append(errs, fmt.Errorf("%s must be a duration of at least 1h, such as 30d or 12h", envRetention))
		} else {
			c.Retention = d
		}
	}
	if v := getenv(envCorpusDir); v != "" {
		if info, err := os.Stat(v); err != nil || !info.IsDir() {
			errs = append(errs, fmt.Errorf("%s: %s is not a directory (want one laid out like ./corpus: article.txt, article.yaml, lexicon.yaml, data/*.yaml)", envCorpusDir, v))
		}
		c.CorpusDir = v
	}
	return c, errs
}

// parseDays parses a duration that may also be a whole number of days
// ("7d"), as well as anything time.ParseDuration takes ("36h").
func parseDays(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil || days < 0 || days > 100*365 {
			return 0, fmt.Errorf("bad number of days %q", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("bad duration %q", s)
	}
	return d, nil
}

// openStore opens the configured store. mustExist refuses to create an
// embedded database that is not there yet (a report has nothing to read).
func openStore(ctx context.Context, c storeConfig, opts store.Options, mustExist bool) (*store.Store, error) {
	opts.URL, opts.DataDir = c.DatabaseURL, c.DataDir
	if c.DatabaseURL == "" && mustExist {
		if _, err := os.Stat(filepath.Join(c.DataDir, store.DBFile)); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("nothing recorded in %s yet: \"exobot serve\" records there (set %s to read another directory, or %s for PostgreSQL)", c.DataDir, envDataDir, envDatabaseURL)
		}
	}
	return store.Open(ctx, opts)
}
