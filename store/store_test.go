package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"exobot/bot"
)

// The conformance suite: every test here that calls forEachStore runs on
// the embedded SQLite store and, when EXOBOT_TEST_DATABASE_URL is set, on
// PostgreSQL (bash .ci/postgres.sh start starts a throwaway cluster and
// prints the variable; .ci/run does it).

// clock is a settable time for the store under test.
type clock struct{ ns atomic.Int64 }

func newClock(t time.Time) *clock { c := &clock{}; c.set(t); return c }
func (c *clock) now() time.Time   { return time.Unix(0, c.ns.Load()).UTC() }
func (c *clock) set(t time.Time)  { c.ns.Store(t.UnixNano()) }
func (c *clock) add(d time.Duration) {
	c.ns.Add(int64(d))
}

var t0 = time.Date(2025, 5, 12, 9, 30, 0, 0, time.UTC)

// opener opens a store on the database of the subtest; several calls open
// several stores (replicas) on the same database.
type opener func(t *testing.T, opts Options) *Store

// forEachStore runs f on SQLite and, when EXOBOT_TEST_DATABASE_URL is set,
// on PostgreSQL, each time on a new, empty database.
func forEachStore(t *testing.T, f func(t *testing.T, open opener)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		dir := t.TempDir()
		f(t, func(t *testing.T, opts Options) *Store {
			t.Helper()
			opts.DataDir = dir
			return openForTest(t, opts)
		})
	})
	t.Run("postgresql", func(t *testing.T) {
		u := postgresURL(t)
		f(t, func(t *testing.T, opts Options) *Store {
			t.Helper()
			opts.URL = u
			return openForTest(t, opts)
		})
	})
}

func openForTest(t *testing.T, opts Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// postgresURL returns the URL of a new, empty schema on the test cluster,
// dropped when the test ends, or skips the test.
func postgresURL(t *testing.T) string { return postgresURLB(t) }

// postgresURLB is postgresURL for tests and benchmarks.
func postgresURLB(t testing.TB) string {
	t.Helper()
	base := os.Getenv("EXOBOT_TEST_DATABASE_URL")
	if base == "" {
		t.Skip("EXOBOT_TEST_DATABASE_URL is not set: skipping the PostgreSQL half (eval \"$(bash .ci/postgres.sh start)\" starts a throwaway cluster and sets it)")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func flush(t *testing.T, s *Store) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
}

func count(t *testing.T, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(s.dialect.q(query), args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func declined(user, text string, near string, suggested ...string) bot.QuestionEvent {
	return bot.QuestionEvent{At: t0, Platform: "slack", User: user, Status: bot.StatusNoMatch, Text: text,
		Confidence: 0.3, Candidates: []bot.Match{{ID: near, Score: 0.3}}, Suggested: suggested}
}

func answered(user, entry string) bot.QuestionEvent {
	return bot.QuestionEvent{At: t0, Platform: "discord", User: user, Status: bot.StatusAnswered, EntryID: entry,
		Confidence: 0.9, Candidates: []bot.Match{{ID: entry, Score: 0.9}, {ID: "other", Score: 0.2}}}
}

func TestStore_RecordsWhatTheReportShows(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		s := open(t, Options{})
		ctx := context.Background()
		for _, ev := range []bot.QuestionEvent{
			declined("U1", "exosomes for hair loss?", "hair", "what-are-exosomes"),
			declined("U2", "Exosomes for  hair loss", "hair"),
			declined("U3", "do exosomes help [number] scars", "scars", "scars-entry"),
			declined("U4", "", "x"),
			answered("U1", "fda"),
			answered("U2", "fda"),
			answered("U3", "safety"),
			{At: t0, Platform: "slack", User: "U5", Status: bot.StatusNoMatch, NotCovered: "exosomes for hair loss"},
			{At: t0, Platform: "slack", User: "U6", Status: bot.StatusUrgent},
		} {
			s.RecordQuestion(ctx, ev)
		}
		s.RecordFeedback(ctx, bot.FeedbackEvent{At: t0, Platform: "slack", EntryID: "fda", Helpful: true})
		s.RecordFeedback(ctx, bot.FeedbackEvent{At: t0, Platform: "slack", EntryID: "fda", Helpful: false})
		s.RecordFeedback(ctx, bot.FeedbackEvent{At: t0, Platform: "discord", EntryID: "safety", Helpful: false})
		s.RecordFeedback(ctx, bot.FeedbackEvent{At: t0, Platform: "discord", EntryID: "safety", Helpful: false})
		// U3 clicks the suggestion offered with their decline.
		s.RecordQuestion(ctx, bot.QuestionEvent{At: t0.Add(time.Minute), Platform: "slack", User: "U3", Status: bot.StatusAnswered, EntryID: "scars-entry", AskedEntry: "scars-entry"})
		flush(t, s)

		r, err := s.Report(ctx, t0.Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		want := &Report{
			Since:     "2025-05-12T08:30:00Z",
			Questions: map[string]int{"no_match": 5, "answered": 4, "urgent": 1},
			Answered:  []EntryCount{{"fda", 2}, {"safety", 1}, {"scars-entry", 1}},
			Unanswered: []Unanswered{
				{Text: "Exosomes for  hair loss", Count: 2, Near: "hair"},
				{Text: "do exosomes help [number] scars", Count: 1, Near: "scars"},
			},
			UnansweredWithoutText: 2,
			NotCovered:            []TopicCount{{"exosomes for hair loss", 1}},
			Feedback:              []Feedback{{"safety", 0, 2}, {"fda", 1, 1}},
			Clicks:                []EntryCount{{"scars-entry", 1}},
			SuggestedPhrasings:    []Phrasing{{Entry: "scars-entry", Text: "do exosomes help [number] scars", Count: 1}},
		}
		if diff := cmp.Diff(want, r); diff != "" {
			t.Errorf("report (-want +got):\n%s", diff)
		}
		later, err := s.Report(ctx, t0.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if len(later.Questions) != 0 || len(later.Feedback) != 0 {
			t.Errorf("a report from after the records shows %+v", later)
		}
	})
}

func TestStore_KeepsNoTextOfAnsweredQuestionsAndTimesToTheMinute(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		s := open(t, Options{})
		ev := answered("U1", "fda")
		ev.Text = "should never be kept"
		ev.At = t0.Add(42 * time.Second)
		s.RecordQuestion(context.Background(), ev)
		flush(t, s)
		if n := count(t, s, `SELECT COUNT(*) FROM questions WHERE text IS NOT NULL`); n != 0 {
			t.Errorf("%d answered questions kept their text", n)
		}
		if n := count(t, s, `SELECT COUNT(*) FROM questions WHERE at = $1`, t0.Unix()); n != 1 {
			t.Errorf("time not kept to the minute")
		}
	})
}

func TestStore_PeopleAreStoredAsKeyedHashes(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		s := open(t, Options{})
		s.RecordQuestion(context.Background(), declined("U024BE7LH", "x", "y"))
		s.RecordQuestion(context.Background(), declined("U024BE7LH", "x", "y"))
		flush(t, s)
		rows, err := s.db.Query(`SELECT person FROM questions`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var people []string
		for rows.Next() {
			var p string
			rows.Scan(&p)
			people = append(people, p)
		}
		if len(people) != 2 || people[0] != people[1] || len(people[0]) != 32 {
			t.Fatalf("people = %q: want one 32-digit hash twice", people)
		}
		if strings.Contains(people[0], "U024BE7LH") || people[0] == s.hashWithoutKey("slack", "U024BE7LH") {
			t.Errorf("person %q is not a keyed hash", people[0])
		}
		// A replica opening the same database uses the same key.
		r := open(t, Options{})
		if r.person("slack", "U024BE7LH") != people[0] {
			t.Error("a second store on the same database hashes people differently")
		}
	})
}

// hashWithoutKey is what an unkeyed hash would give.
func (s *Store) hashWithoutKey(platform, user string) string {
	c := &Store{key: nil}
	return c.person(platform, user)
}

func TestStore_KeysDifferBetweenStores(t *testing.T) {
	a := openForTest(t, Options{DataDir: t.TempDir()})
	b := openForTest(t, Options{DataDir: t.TempDir()})
	if a.person("slack", "U1") == b.person("slack", "U1") {
		t.Error("two stores share a hashing key")
	}
}

func TestStore_ForgetDeletesEverythingAboutThePersonOnly(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		c := newClock(t0)
		s := open(t, Options{Now: c.now})
		s.RecordQuestion(ctx, declined("U1", "my own words", "near", "entry-a"))
		s.RecordQuestion(ctx, bot.QuestionEvent{At: t0, Platform: "slack", User: "U1", Status: bot.StatusAnswered, EntryID: "entry-a", AskedEntry: "entry-a"})
		s.RecordQuestion(ctx, declined("U2", "someone else's words", "near"))
		other := declined("U1", "same id, other platform", "near")
		other.Platform = "discord"
		s.RecordQuestion(ctx, other)
		s.Budget(6).Take(ctx, "slack\x00U1")
		// Forget waits for what was queued before it.
		if err := s.Forget(ctx, "slack", "U1"); err != nil {
			t.Fatal(err)
		}
		if n := count(t, s, `SELECT COUNT(*) FROM questions WHERE text = 'my own words'`); n != 0 {
			t.Errorf("the forgotten person's text is still there")
		}
		if n := count(t, s, `SELECT COUNT(*) FROM questions WHERE person = $1`, s.person("slack", "U1")); n != 0 {
			t.Errorf("%d questions of the forgotten person remain", n)
		}
		if n := count(t, s, `SELECT COUNT(*) FROM clicks`); n != 0 {
			t.Errorf("%d clicks of the forgotten person remain", n)
		}
		if n := count(t, s, `SELECT COUNT(*) FROM candidates WHERE question_id NOT IN (SELECT id FROM questions)`); n != 0 {
			t.Errorf("%d orphan candidates remain", n)
		}
		if n := count(t, s, `SELECT COUNT(*) FROM budgets`); n != 0 {
			t.Errorf("the forgotten person's rate-limit bucket remains")
		}
		if n := count(t, s, `SELECT COUNT(*) FROM questions`); n != 2 {
			t.Errorf("%d questions remain, want the other person's 2", n)
		}
		if err := s.Forget(ctx, "slack", ""); err != nil {
			t.Errorf("forgetting nobody: %v", err)
		}
	})
}

func TestStore_PruneDeletesOnlyWhatIsOlderThanRetention(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		c := newClock(t0)
		s := open(t, Options{Now: c.now})
		old := declined("U1", "old words", "near", "a")
		old.At = t0.Add(-31 * 24 * time.Hour)
		s.RecordQuestion(ctx, old)
		click := bot.QuestionEvent{At: old.At.Add(time.Minute), Platform: "slack", User: "U1", Status: bot.StatusAnswered, EntryID: "a", AskedEntry: "a"}
		s.RecordQuestion(ctx, click)
		s.RecordFeedback(ctx, bot.FeedbackEvent{At: old.At, Platform: "slack", EntryID: "a"})
		s.RecordQuestion(ctx, declined("U1", "new words", "near"))
		s.RecordFeedback(ctx, bot.FeedbackEvent{At: t0, Platform: "slack", EntryID: "a", Helpful: true})
		s.KeySet("events", time.Minute).Add(ctx, "E1")
		flush(t, s)
		if n := count(t, s, `SELECT COUNT(*) FROM clicks`); n != 1 {
			t.Fatalf("%d clicks before pruning, want 1", n)
		}
		c.add(2 * time.Minute)
		if err := s.Prune(ctx, t0.Add(-30*24*time.Hour)); err != nil {
			t.Fatal(err)
		}
		for query, want := range map[string]int{
			`SELECT COUNT(*) FROM questions`:                          1,
			`SELECT COUNT(*) FROM questions WHERE text = 'new words'`: 1,
			`SELECT COUNT(*) FROM feedback`:                           1,
			`SELECT COUNT(*) FROM clicks`:                             0,
			`SELECT COUNT(*) FROM candidates`:                         1,
			`SELECT COUNT(*) FROM shared_keys`:                        0,
		} {
			if n := count(t, s, query); n != want {
				t.Errorf("%s = %d, want %d", query, n, want)
			}
		}
	})
}

func TestStore_ClickCountsOnlyForTheSuggestionsOfARecentDecline(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		s := open(t, Options{})
		click := func(user, entry string, at time.Time) {
			s.RecordQuestion(ctx, bot.QuestionEvent{At: at, Platform: "slack", User: user, Status: bot.StatusAnswered, EntryID: entry, AskedEntry: entry})
		}
		s.RecordQuestion(ctx, declined("U1", "q1", "n", "a", "b"))
		click("U1", "a", t0.Add(time.Minute))           // counts
		click("U1", "a", t0.Add(2*time.Minute))         // the same choice again: not twice
		click("U1", "c", t0.Add(2*time.Minute))         // not offered
		click("U2", "b", t0.Add(2*time.Minute))         // someone else's decline
		click("U1", "b", t0.Add(clickWindow+time.Hour)) // too late
		click("", "b", t0.Add(time.Minute))             // anonymous
		flush(t, s)
		if n := count(t, s, `SELECT COUNT(*) FROM clicks`); n != 1 {
			t.Errorf("%d clicks recorded, want 1", n)
		}
	})
}

func TestKeySet_AddIsTrueExactlyOncePerKeyAcrossReplicas(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		c := newClock(t0)
		a, b := open(t, Options{Now: c.now}), open(t, Options{Now: c.now})
		sets := []bot.KeySet{a.KeySet("events", time.Hour), b.KeySet("events", time.Hour)}
		var firsts atomic.Int32
		var wg sync.WaitGroup
		for i := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if sets[i%2].Add(ctx, "Ev1") {
					firsts.Add(1)
				}
			}()
		}
		wg.Wait()
		if n := firsts.Load(); n != 1 {
			t.Fatalf("Add was true %d times for one key, want 1", n)
		}
		if !sets[0].Add(ctx, "Ev2") {
			t.Error("a new key was not new")
		}
		if !a.KeySet("other", time.Hour).Add(ctx, "Ev1") {
			t.Error("sets with different names share keys")
		}
		c.add(time.Hour)
		if !sets[1].Add(ctx, "Ev1") {
			t.Error("an expired key was not new again")
		}
		if n := count(t, a, `SELECT COUNT(*) FROM shared_keys WHERE name LIKE '%Ev%'`); n != 0 {
			t.Error("keys are stored as they were given")
		}
	})
}

func TestKeySet_TouchAndHasRememberThreads(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		c := newClock(t0)
		a, b := open(t, Options{Now: c.now}), open(t, Options{Now: c.now})
		ta, tb := a.KeySet("threads", 24*time.Hour), b.KeySet("threads", 24*time.Hour)
		if tb.Has(ctx, "C1:1.2") {
			t.Fatal("an unknown thread is known")
		}
		ta.Touch(ctx, "C1:1.2")
		if !tb.Has(ctx, "C1:1.2") {
			t.Fatal("a thread touched on one replica is unknown to the other")
		}
		c.add(23 * time.Hour)
		tb.Touch(ctx, "C1:1.2")
		c.add(23 * time.Hour)
		if !ta.Has(ctx, "C1:1.2") {
			t.Error("Touch did not extend the thread's life")
		}
		c.add(2 * time.Hour)
		if ta.Has(ctx, "C1:1.2") {
			t.Error("an expired thread is still known")
		}
	})
}

func TestBudget_OneLimitPerPersonAcrossReplicas(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		c := newClock(t0)
		a, b := open(t, Options{Now: c.now}), open(t, Options{Now: c.now})
		budgets := []bot.Budget{a.Budget(3), b.Budget(3)}
		type take struct{ allowed, tell bool }
		var got []take
		for i := range 6 {
			al, tell := budgets[i%2].Take(ctx, "slack\x00U1")
			got = append(got, take{al, tell})
		}
		want := []take{{true, false}, {true, false}, {true, false}, {false, true}, {false, false}, {false, false}}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(take{})); diff != "" {
			t.Errorf("takes (-want +got):\n%s", diff)
		}
		if al, _ := budgets[0].Take(ctx, "slack\x00U2"); !al {
			t.Error("another person shares the budget")
		}
		c.add(20 * time.Second) // one token a 20 s at 3 a minute
		if al, _ := budgets[1].Take(ctx, "slack\x00U1"); !al {
			t.Error("the bucket did not refill")
		}
		if al, tell := budgets[0].Take(ctx, "slack\x00U1"); al || !tell {
			t.Errorf("after the refill was spent: allowed %v tell %v, want a refusal that tells", al, tell)
		}

		// Concurrent takes from both replicas: exactly the burst passes.
		var passed atomic.Int32
		var wg sync.WaitGroup
		for i := range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if al, _ := budgets[i%2].Take(ctx, "discord\x00P9"); al {
					passed.Add(1)
				}
			}()
		}
		wg.Wait()
		if n := passed.Load(); n != 3 {
			t.Errorf("%d of 20 concurrent questions passed a limit of 3", n)
		}
	})
}

func TestStore_AFailingDatabaseNeverFailsTheCaller(t *testing.T) {
	forEachStore(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		var errs atomic.Int32
		s := open(t, Options{OnError: func(string) { errs.Add(1) }})
		ks, bu := s.KeySet("events", time.Hour), s.Budget(1)
		s.db.Close() // the database goes away
		if !ks.Add(ctx, "E1") {
			t.Error("KeySet.Add on a failing database did not answer as new")
		}
		if ks.Has(ctx, "T1") {
			t.Error("KeySet.Has on a failing database answered true")
		}
		ks.Touch(ctx, "T1")
		if al, _ := bu.Take(ctx, "slack\x00U1"); !al {
			t.Error("Budget.Take on a failing database refused")
		}
		s.RecordQuestion(ctx, declined("U1", "x", "y"))
		flush(t, s)
		if errs.Load() < 5 {
			t.Errorf("%d failures counted, want at least 5", errs.Load())
		}
		if s.Health() == nil {
			t.Error("Health reports nothing after failures")
		}
		if err := s.Forget(ctx, "slack", "U1"); err == nil {
			t.Error("Forget on a failing database reported success")
		}
	})
}

func TestStore_QueueFullDropsAndCounts(t *testing.T) {
	var errs atomic.Int32
	var logs syncBuffer
	s := openForTest(t, Options{DataDir: t.TempDir(), QueueSize: 1, OnError: func(string) { errs.Add(1) },
		Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	for range 2000 {
		s.RecordQuestion(context.Background(), declined("U1", "x", "y"))
	}
	flush(t, s)
	recorded := count(t, s, `SELECT COUNT(*) FROM questions`)
	if recorded+int(s.Dropped()) != 2000 || s.Dropped() == 0 || int(errs.Load()) < int(s.Dropped()) {
		t.Errorf("recorded %d, dropped %d, counted %d: want every record written or counted", recorded, s.Dropped(), errs.Load())
	}
	// Every drop is counted, but a flood of them is logged once, not
	// once per record.
	if n := strings.Count(logs.String(), "store operation failed"); n == 0 || n > 2 {
		t.Errorf("%d log lines for %d dropped records, want one or two", n, s.Dropped())
	}
}

// syncBuffer is a bytes.Buffer safe for a logger on another goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func TestOpen_DataDirectoryIsCreatedOrClearlyRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s := openForTest(t, Options{DataDir: dir})
	if _, err := os.Stat(filepath.Join(dir, DBFile)); err != nil {
		t.Errorf("database not created: %v", err)
	}
	s.Close(context.Background())

	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	_, err := Open(context.Background(), Options{DataDir: filepath.Join(file, "data")})
	if err == nil || !strings.Contains(err.Error(), "cannot create the data directory") || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("error = %v", err)
	}
}

func TestOpen_ABadURLNamesNoPassword(t *testing.T) {
	u := "postgres://exobot:hunter2secret@127.0.0.1:1/exobot?connect_timeout=1"
	_, err := Open(context.Background(), Options{URL: u})
	if err == nil {
		t.Fatal("Open succeeded on a closed port")
	}
	if strings.Contains(err.Error(), "hunter2secret") {
		t.Errorf("error shows the password: %v", err)
	}
	if _, err := Open(context.Background(), Options{URL: "mysql://x"}); err == nil || !strings.Contains(err.Error(), "postgres://") {
		t.Errorf("error = %v", err)
	}
}
