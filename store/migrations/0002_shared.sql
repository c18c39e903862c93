-- 2: state that replicas share: keys that expire (event ids taken, threads
-- answered in; stored as keyed hashes) and per-person rate-limit buckets
-- (named by keyed hashes). Times are Unix milliseconds.
CREATE TABLE shared_keys (
  name       TEXT PRIMARY KEY,
  expires_ms BIGINT NOT NULL
);
CREATE INDEX shared_keys_expires ON shared_keys (expires_ms);

CREATE TABLE budgets (
  name     TEXT PRIMARY KEY,
  tokens   DOUBLE PRECISION NOT NULL,
  last_ms  BIGINT NOT NULL,
  allowed  INTEGER NOT NULL,
  refusals INTEGER NOT NULL
);
CREATE INDEX budgets_last ON budgets (last_ms);
