package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"exobot/adapters/slack/slackfake"
)

// testPostgresURL returns the URL of a new, empty schema on the test
// cluster (EXOBOT_TEST_DATABASE_URL), dropped when the test ends, or skips.
func testPostgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("EXOBOT_TEST_DATABASE_URL")
	if base == "" {
		t.Skip("EXOBOT_TEST_DATABASE_URL is not set: skipping the replicas-on-PostgreSQL test (eval \"$(bash .ci/postgres.sh start)\" starts a throwaway cluster and sets it)")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "replicas_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestReplicas_ShareDeduplicationThreadsAndRateLimitsOnPostgreSQL runs two
// replicas of "exobot serve" on one PostgreSQL database behind the same
// fake Slack: every event is delivered to one replica and retried to the
// other, thread follow-ups go to the replica that did not answer the
// thread, and one person's DMs alternate between replicas.
func TestReplicas_ShareDeduplicationThreadsAndRateLimitsOnPostgreSQL(t *testing.T) {
	dbURL := testPostgresURL(t)
	sf := newSlackFake(t)
	env := merge(slackHTTPEnv(sf.APIURL()), map[string]string{envDatabaseURL: dbURL})
	replicas := []*served{startServe(t, env, nil, nil), startServe(t, env, nil, nil)}
	for _, r := range replicas {
		r.waitReady(t)
	}
	c := newClient(t)
	send := func(r int, eventID string, m slackfake.Message, retry int) {
		t.Helper()
		code, err := deliverSlackEvent(c, replicas[r].url, eventID, m, retry)
		if err != nil {
			t.Errorf("event %s to replica %d: %v", eventID, r, err)
			return
		}
		if code != 200 {
			t.Errorf("event %s to replica %d: status %d", eventID, r, code)
		}
	}

	// Mentions, each retried to the other replica: each answered once.
	n := 2000
	if testing.Short() || raceOn {
		n = 300 // the race detector makes each answer several times slower
	}
	start := time.Now()
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1))
				if i > n {
					return
				}
				m := slackMention(i, "CREP", fmt.Sprintf("U%05d", i), "are exosomes fda approved?")
				first := i % 2
				send(first, fmt.Sprintf("EvRep%d", i), m, 0)
				send(1-first, fmt.Sprintf("EvRep%d", i), m, 1)
			}
		}()
	}
	wg.Wait()
	if _, err := sf.WaitPosts(n, 2*time.Minute); err != nil {
		t.Fatalf("answers: %v", err)
	}
	sent := time.Since(start)
	time.Sleep(500 * time.Millisecond) // a second answer to any event would have arrived
	byThread := postsByThread(sf.Posts())
	if len(byThread) != n {
		t.Errorf("%d threads answered, want %d", len(byThread), n)
	}
	for ts, posts := range byThread {
		if len(posts) != 1 {
			t.Errorf("thread %s: %d replies, want exactly 1", ts, len(posts))
		}
	}
	t.Logf("%d events, each delivered to both replicas: answered once each in %s", n, sent.Round(time.Millisecond))

	// A follow-up in a thread the other replica answered (thread 1 went
	// to replica 1 first: i%2 == 1) is answered without a mention.
	before := len(sf.Posts())
	follow := slackfake.ChannelMessage("CREP", "U00001", "and are exosomes safe?", slackTS(n+1), slackTS(1))
	send(0, "EvRepFollow", follow, 0)
	posts, err := sf.WaitPosts(before+1, 10*time.Second)
	if err != nil {
		t.Fatalf("follow-up crossing replicas not answered: %v", err)
	}
	if p := posts[before]; p.ThreadTS != slackTS(1) {
		t.Errorf("follow-up answered in thread %q, want %q", p.ThreadTS, slackTS(1))
	}

	// One person's DMs alternate between replicas: one budget (6 a
	// minute), so 6 answers and one polite refusal for 8 questions.
	before = len(sf.Posts())
	for i := range 8 {
		send(i%2, fmt.Sprintf("EvRepDM%d", i), slackfake.DM("DREP", "ULIMIT", "what are exosomes?", slackTS(n+10+i)), 0)
	}
	time.Sleep(time.Second)
	if _, err := sf.WaitPosts(before+7, 10*time.Second); err != nil {
		t.Fatalf("DMs: %v", err)
	}
	time.Sleep(500 * time.Millisecond)
	var answers, refusals int
	for _, p := range sf.Posts()[before:] {
		if strings.Contains(p.Text, rateLimitedWords) {
			refusals++
		} else {
			answers++
		}
	}
	if answers != 6 || refusals != 1 {
		t.Errorf("8 DMs across two replicas: %d answers and %d refusals, want 6 and 1", answers, refusals)
	}
	for i, r := range replicas {
		if err := r.stop(t); err != nil {
			t.Errorf("replica %d: %v", i, err)
		}
	}
}
