package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func schemaVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow(`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func rawDB(t *testing.T, opts Options) (*sql.DB, dialect) {
	t.Helper()
	var db *sql.DB
	var err error
	d := sqlite
	if opts.URL != "" {
		d = postgres
		db, err = sql.Open("pgx", opts.URL)
	} else {
		db, err = sql.Open("sqlite", "file:"+filepath.Join(opts.DataDir, DBFile)+"?_pragma=busy_timeout(10000)&_txlock=immediate")
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, d
}

func TestMigrate_EmptyUpToDateAndPreviousVersion(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		// A database at the previous version, with a record in it.
		probe := open(t, Options{})
		opts := probe.opts
		probe.Close(ctx)
		db, d := rawDB(t, opts)
		if d == postgres {
			for _, table := range []string{"schema_migrations", "meta", "questions", "candidates", "feedback", "clicks", "shared_keys", "budgets"} {
				if _, err := db.Exec("DROP TABLE IF EXISTS " + table); err != nil {
					t.Fatal(err)
				}
			}
		} else {
			db.Close()
			for _, f := range []string{DBFile, DBFile + "-wal", DBFile + "-shm"} {
				removeIfExists(filepath.Join(opts.DataDir, f))
			}
			db, _ = rawDB(t, opts)
		}
		// Empty: migrate to the version before the last.
		if err := migrate(ctx, db, d, len(migrations)-1); err != nil {
			t.Fatalf("migrate an empty database: %v", err)
		}
		if v := schemaVersion(t, db); v != len(migrations)-1 {
			t.Fatalf("version %d, want %d", v, len(migrations)-1)
		}
		if _, err := db.Exec(d.q(`INSERT INTO questions (at, platform, status, text) VALUES ($1, 'slack', 'no_match', 'kept through the upgrade')`), t0.Unix()); err != nil {
			t.Fatal(err)
		}
		// Previous version: Open brings it up to date and keeps the data.
		s := open(t, Options{})
		if v := schemaVersion(t, s.db); v != len(migrations) {
			t.Errorf("after Open: version %d, want %d", v, len(migrations))
		}
		if n := count(t, s, `SELECT COUNT(*) FROM questions WHERE text = 'kept through the upgrade'`); n != 1 {
			t.Error("the upgrade lost a record")
		}
		// Up to date: opening again changes nothing.
		var applied int
		db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&applied)
		open(t, Options{})
		var again int
		db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&again)
		if applied != len(migrations) || again != applied {
			t.Errorf("migrations applied %d then %d times, want %d once each", applied, again, len(migrations))
		}
	})
}

func TestMigrate_ANewerSchemaIsRefusedUntouched(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		s := open(t, Options{})
		if _, err := s.db.Exec(s.dialect.q(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, 'future', 0)`), len(migrations)+1); err != nil {
			t.Fatal(err)
		}
		err := migrate(context.Background(), s.db, s.dialect, len(migrations))
		if err == nil || !strings.Contains(err.Error(), "upgrade exobot") {
			t.Errorf("error = %v", err)
		}
	})
}

func TestMigrate_ConcurrentOpensMigrateOnce(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		done := make(chan *Store, 4)
		for range 4 {
			go func() {
				// A failed open ends this goroutine (t.Fatal), and the
				// deferred send still tells the test, which would
				// otherwise wait for it until the test binary times out.
				var s *Store
				defer func() { done <- s }()
				s = open(t, Options{})
			}()
		}
		var s *Store
		for range 4 {
			if got := <-done; got != nil {
				s = got
			}
		}
		if s == nil {
			t.Fatal("no open succeeded")
		}
		if n := count(t, s, `SELECT COUNT(*) FROM schema_migrations`); n != len(migrations) {
			t.Errorf("%d migration rows, want %d", n, len(migrations))
		}
	})
}

// TestMigrations_AreNeverDestructive holds the rule that a migration only
// adds: no DROP, DELETE, TRUNCATE, RENAME or ALTER … DROP.
func TestMigrations_AreNeverDestructive(t *testing.T) {
	bad := regexp.MustCompile(`(?i)\b(drop|delete|truncate|rename|update)\b`)
	for _, m := range migrations {
		for _, st := range m.statements(postgres) {
			if w := bad.FindString(st); w != "" {
				t.Errorf("%s: %q is destructive: %s", m.name, w, st)
			}
		}
	}
}

func removeIfExists(path string) {
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		panic(err)
	}
}
