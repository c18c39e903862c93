// Package store keeps what exobot remembers: the questions people asked and
// what helped (for the curators' report), and the state that replicas share
// (de-duplication keys, the threads the bot answered in, per-person rate
// limits). It is the only package that imports database drivers.
//
// One schema and one query layer over database/sql serve two databases: an
// embedded SQLite file (modernc.org/sqlite, pure Go: no C compiler, no
// server) by default, and PostgreSQL (pgx) for several replicas. Migrations
// are embedded, versioned, applied at Open under a lock, and never
// destructive.
//
// People are stored only as a keyed hash of platform and user id; the key is
// generated once per store. The store implements bot.Recorder, bot.KeySet
// and bot.Budget; a failing database never fails the caller: the operation
// is dropped (or answered as if the key were new) and counted.
package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	_ "modernc.org/sqlite"             // database/sql driver "sqlite"
)

// DBFile is the embedded database's file name inside the data directory.
const DBFile = "exobot.db"

// Options configure Open.
type Options struct {
	// DataDir holds the embedded database (DBFile); it is created when
	// missing. Ignored when URL is set.
	DataDir string
	// URL, when set, is a PostgreSQL URL (postgres://… or postgresql://…).
	URL string
	// Logger receives the store's warnings; nil discards them. Nothing
	// about a person is logged.
	Logger *slog.Logger
	// OnError is called once for each operation the database failed (the
	// op names it: "record", "forget", "keyset", "budget", "prune").
	OnError func(op string)
	// QueueSize bounds the records waiting to be written; 0 means 4096.
	// Beyond it records are dropped and counted.
	QueueSize int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Store is an open store. Its methods are safe for concurrent use.
type Store struct {
	opts    Options
	db      *sql.DB
	dialect dialect
	key     []byte
	log     *slog.Logger
	onError func(string)
	now     func() time.Time
	where   string // the data directory or the PostgreSQL host, for messages

	queue     chan op
	closeOnce sync.Once
	written   chan struct{} // closed when the writer has stopped
	dropped   atomic.Int64
	lastErr   atomic.Pointer[failure]

	failMu  sync.Mutex
	failLog map[string]*failLog // op -> when its failure was last logged
}

type failure struct {
	op string
	at time.Time
}

// dialect is what differs between the two databases.
type dialect int

const (
	sqlite dialect = iota
	postgres
)

func (d dialect) String() string {
	if d == postgres {
		return "postgresql"
	}
	return "sqlite"
}

// Open opens (creating if needed) the store and applies its migrations. The
// embedded database is created in opts.DataDir; an unwritable directory is
// an error that says so.
func Open(ctx context.Context, opts Options) (*Store, error) {
	s := &Store{opts: opts, log: opts.Logger, onError: opts.OnError, now: opts.Now}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.onError == nil {
		s.onError = func(string) {}
	}
	if s.now == nil {
		s.now = time.Now
	}
	var err error
	if opts.URL != "" {
		s.dialect = postgres
		if !strings.HasPrefix(opts.URL, "postgres://") && !strings.HasPrefix(opts.URL, "postgresql://") {
			return nil, errors.New("open store: the database URL must start with postgres:// or postgresql://")
		}
		s.where = "PostgreSQL"
		if s.db, err = sql.Open("pgx", opts.URL); err != nil {
			return nil, fmt.Errorf("open store: %s", redactURL(err.Error(), opts.URL))
		}
		s.db.SetMaxOpenConns(16)
		s.db.SetMaxIdleConns(16)
		s.db.SetConnMaxIdleTime(5 * time.Minute)
	} else {
		dir := opts.DataDir
		if dir == "" {
			return nil, errors.New("open store: no data directory")
		}
		s.where = dir
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("open store: cannot create the data directory %s: %w", dir, errors.Unwrap(err))
		}
		if err := checkWritable(dir); err != nil {
			return nil, fmt.Errorf("open store: the data directory %s is not writable: %w", dir, err)
		}
		dsn := "file:" + filepath.Join(dir, DBFile) + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
		if s.db, err = sql.Open("sqlite", dsn); err != nil {
			return nil, fmt.Errorf("open store %s: %w", dir, err)
		}
		// One connection: SQLite writes one at a time anyway, and this
		// process's writes then never wait on each other's locks.
		s.db.SetMaxOpenConns(1)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := s.reach(pingCtx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store: cannot reach %s: %s", s.where, redactURL(err.Error(), opts.URL))
	}
	if err := migrate(pingCtx, s.db, s.dialect, len(migrations)); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store %s: %s", s.where, redactURL(err.Error(), opts.URL))
	}
	if s.key, err = personKey(pingCtx, s.db, s.dialect); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store %s: %w", s.where, err)
	}
	size := opts.QueueSize
	if size <= 0 {
		size = 4096
	}
	s.queue = make(chan op, size)
	s.written = make(chan struct{})
	go s.writer()
	return s, nil
}

// reach pings the database. SQLite may answer "database is locked" to a
// connection opened while another process (a replica starting at the same
// moment) switches the file to WAL, a step its busy timeout does not
// cover: reach tries again until ctx ends.
func (s *Store) reach(ctx context.Context) error {
	for {
		err := s.db.PingContext(ctx)
		if err == nil || s.dialect != sqlite || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Dialect names the database: "sqlite" or "postgresql".
func (s *Store) Dialect() string { return s.dialect.String() }

// Shared reports whether the database can be shared by several processes
// on several machines (PostgreSQL).
func (s *Store) Shared() bool { return s.dialect == postgres }

// Close writes the records still queued (waiting at most until ctx is done)
// and closes the database.
func (s *Store) Close(ctx context.Context) error {
	s.closeOnce.Do(func() { close(s.queue) })
	select {
	case <-s.written:
	case <-ctx.Done():
		s.log.Warn("store: closing with records still queued", slog.Int("queued", len(s.queue)))
	}
	return s.db.Close()
}

// Health reports the store's state for a readiness check: nil when its last
// operation succeeded or its last failure is more than a minute old.
func (s *Store) Health() error {
	f := s.lastErr.Load()
	if f == nil || s.now().Sub(f.at) > time.Minute {
		return nil
	}
	return fmt.Errorf("store: %s failed %s ago; answering goes on, recording is dropped", f.op, s.now().Sub(f.at).Round(time.Second))
}

// fail counts and logs a failed operation. The error's text comes from the
// driver and carries no person: people are hashes, and question text is
// never part of a statement.
//
// Failures are counted every time but logged at most once per operation
// every failLogEvery, with how many were not logged since, so that a flood
// (records arriving faster than the database writes them) does not flood
// the logs too.
func (s *Store) fail(op string, err error) {
	s.onError(op)
	now := s.now()
	s.lastErr.Store(&failure{op: op, at: now})
	s.failMu.Lock()
	st := s.failLog[op]
	if st == nil {
		st = &failLog{}
		if s.failLog == nil {
			s.failLog = map[string]*failLog{}
		}
		s.failLog[op] = st
	}
	if !st.last.IsZero() && now.Sub(st.last) < failLogEvery {
		st.quiet++
		s.failMu.Unlock()
		return
	}
	quiet := st.quiet
	st.last, st.quiet = now, 0
	s.failMu.Unlock()
	attrs := []any{slog.String("op", op), slog.String("db", s.dialect.String()), slog.String("err", err.Error())}
	if quiet > 0 {
		attrs = append(attrs, slog.Int("more_since_last_log", quiet))
	}
	s.log.Warn("store operation failed", attrs...)
}

// failLogEvery is how often a failing operation is logged, at most.
const failLogEvery = 10 * time.Second

// failLog is when an operation's failure was last logged, and how many
// failures have not been logged since.
type failLog struct {
	last  time.Time
	quiet int
}

// person returns the keyed hash that stands for a person: never the id.
func (s *Store) person(platform, user string) string {
	if user == "" {
		return ""
	}
	return s.hash("person", platform+"\x00"+user)
}

// hash is a keyed hash of kind and value, 32 hex digits.
func (s *Store) hash(kind, value string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(kind + "\x00" + value))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// q rewrites a query written for PostgreSQL ($1, $2…) for the dialect:
// SQLite's numbered parameters are ?1, ?2….
func (d dialect) q(query string) string {
	if d == postgres {
		return query
	}
	return strings.ReplaceAll(query, "$", "?")
}

// personKey returns the store's hashing key, generating it on first use.
// Replicas opening one database at once agree on one key.
func personKey(ctx context.Context, db *sql.DB, d dialect) ([]byte, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("generate the hashing key: %w", err)
	}
	if _, err := db.ExecContext(ctx, d.q(`INSERT INTO meta (name, value) VALUES ('person_key', $1) ON CONFLICT (name) DO NOTHING`), hex.EncodeToString(b)); err != nil {
		return nil, fmt.Errorf("store the hashing key: %w", err)
	}
	var v string
	if err := db.QueryRowContext(ctx, `SELECT value FROM meta WHERE name = 'person_key'`).Scan(&v); err != nil {
		return nil, fmt.Errorf("read the hashing key: %w", err)
	}
	key, err := hex.DecodeString(v)
	if err != nil || len(key) < 16 {
		return nil, errors.New("the stored hashing key is malformed")
	}
	return key, nil
}

// checkWritable creates and removes a file in dir.
func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".write-check-*")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return pe.Err
		}
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// redactURL removes a database URL (and so its password) from a message.
func redactURL(msg, url string) string {
	if url == "" {
		return msg
	}
	msg = strings.ReplaceAll(msg, url, "[database URL]")
	if i := strings.Index(url, "://"); i >= 0 {
		if at := strings.LastIndex(url, "@"); at > i {
			if userinfo := url[i+3 : at]; userinfo != "" {
				msg = strings.ReplaceAll(msg, userinfo, "[credentials]")
			}
		}
	}
	return msg
}
