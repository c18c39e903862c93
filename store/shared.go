package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"exobot/bot"
)

// opTimeout bounds one shared-state check: past it the check answers as if
// the store were down (a key is new, a budget has room).
const opTimeout = 2 * time.Second

// budgetIdle is how long an unused rate-limit bucket is kept: longer than
// any bucket takes to refill.
const budgetIdle = 10 * time.Minute

// KeySet returns a bot.KeySet named name whose keys expire ttl after they
// were last added. Keys are stored as keyed hashes. Each call is one round
// trip. A failing database answers Add true and Has false (and counts the
// failure): a retried event may be answered twice, none is lost.
func (s *Store) KeySet(name string, ttl time.Duration) bot.KeySet {
	return &keySet{s: s, name: name, ttl: ttl}
}

type keySet struct {
	s    *Store
	name string
	ttl  time.Duration
}

func (k *keySet) key(key string) string { return k.s.hash("key", k.name+"\x00"+key) }

func (k *keySet) Add(ctx context.Context, key string) bool {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	now := k.s.now().UnixMilli()
	var got string
	err := k.s.db.QueryRowContext(ctx, k.s.dialect.q(`INSERT INTO shared_keys (name, expires_ms) VALUES ($1, $2)
		ON CONFLICT (name) DO UPDATE SET expires_ms = excluded.expires_ms WHERE shared_keys.expires_ms <= $3
		RETURNING name`), k.key(key), now+k.ttl.Milliseconds(), now).Scan(&got)
	if errors.Is(err, sql.ErrNoRows) {
		return false
	}
	if err != nil {
		k.s.fail("keyset", err)
	}
	return true
}

func (k *keySet) Touch(ctx context.Context, key string) {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	_, err := k.s.db.ExecContext(ctx, k.s.dialect.q(`INSERT INTO shared_keys (name, expires_ms) VALUES ($1, $2)
		ON CONFLICT (name) DO UPDATE SET expires_ms = excluded.expires_ms`), k.key(key), k.s.now().UnixMilli()+k.ttl.Milliseconds())
	if err != nil {
		k.s.fail("keyset", err)
	}
}

func (k *keySet) Has(ctx context.Context, key string) bool {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	var one int
	err := k.s.db.QueryRowContext(ctx, k.s.dialect.q(`SELECT 1 FROM shared_keys WHERE name = $1 AND expires_ms > $2`),
		k.key(key), k.s.now().UnixMilli()).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false
	}
	if err != nil {
		k.s.fail("keyset", err)
		return false
	}
	return true
}

// Budget returns a bot.Budget of perMinute questions a minute per key, with
// bursts up to perMinute: a token bucket per key, refilled and spent in one
// statement (one round trip). Keys are people ("platform\x00user") and are
// stored as the same keyed hash as in the records, so "forget me" removes
// the bucket too. A failing database allows the question (and counts the
// failure).
func (s *Store) Budget(perMinute int) bot.Budget {
	return &budget{s: s, burst: float64(perMinute), perMS: float64(perMinute) / 60000}
}

type budget struct {
	s     *Store
	burst float64
	perMS float64
}

func (s *Store) budgetName(person string) string { return "budget:" + person }

func (b *budget) Take(ctx context.Context, key string) (allowed, tell bool) {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	platform, user, _ := cut(key)
	name := b.s.budgetName(b.s.person(platform, user))
	// refill is the bucket's tokens now: what it had plus what accrued
	// since, capped at the burst.
	const refill = `(CASE WHEN budgets.tokens + (CAST($3 AS BIGINT) - budgets.last_ms) * CAST($4 AS DOUBLE PRECISION) > CAST($2 AS DOUBLE PRECISION)
		THEN CAST($2 AS DOUBLE PRECISION)
		ELSE budgets.tokens + (CAST($3 AS BIGINT) - budgets.last_ms) * CAST($4 AS DOUBLE PRECISION) END)`
	var ok, refusals int
	err := b.s.db.QueryRowContext(ctx, b.s.dialect.q(`INSERT INTO budgets (name, tokens, last_ms, allowed, refusals)
		VALUES ($1, CAST($2 AS DOUBLE PRECISION) - 1, CAST($3 AS BIGINT), 1, 0)
		ON CONFLICT (name) DO UPDATE SET
		  tokens   = CASE WHEN `+refill+` >= 1 THEN `+refill+` - 1 ELSE `+refill+` END,
		  allowed  = CASE WHEN `+refill+` >= 1 THEN 1 ELSE 0 END,
		  refusals = CASE WHEN `+refill+` >= 1 THEN 0 ELSE budgets.refusals + 1 END,
		  last_ms  = CAST($3 AS BIGINT)
		RETURNING allowed, refusals`), name, b.burst, b.s.now().UnixMilli(), b.perMS).Scan(&ok, &refusals)
	if err != nil {
		b.s.fail("budget", err)
		return true, false
	}
	return ok == 1, ok == 0 && refusals == 1
}

// cut splits "platform\x00user".
func cut(key string) (platform, user string, ok bool) {
	for i := 0; i < len(key); i++ {
		if key[i] == 0 {
			return key[:i], key[i+1:], true
		}
	}
	return "", key, false
}
