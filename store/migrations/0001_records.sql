-- 1: what people asked and what helped, for the curators' report.
-- Times are Unix seconds (questions: to the minute). People are keyed
-- hashes ('' for anonymous), never platform ids.
CREATE TABLE meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE questions (
  id          {{id}},
  at          BIGINT NOT NULL,
  platform    TEXT NOT NULL,
  person      TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL,
  entry       TEXT NOT NULL DEFAULT '',
  asked_entry TEXT NOT NULL DEFAULT '',
  topic       TEXT NOT NULL DEFAULT '',
  confidence  DOUBLE PRECISION NOT NULL DEFAULT 0,
  suggested   TEXT NOT NULL DEFAULT '',
  text        TEXT
);
CREATE INDEX questions_at ON questions (at);
CREATE INDEX questions_person ON questions (person, at);

CREATE TABLE candidates (
  question_id BIGINT NOT NULL,
  rank        INTEGER NOT NULL,
  entry       TEXT NOT NULL,
  score       DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (question_id, rank)
);

CREATE TABLE feedback (
  id       {{id}},
  at       BIGINT NOT NULL,
  platform TEXT NOT NULL,
  entry    TEXT NOT NULL,
  helpful  INTEGER NOT NULL
);
CREATE INDEX feedback_at ON feedback (at);

CREATE TABLE clicks (
  id          {{id}},
  at          BIGINT NOT NULL,
  question_id BIGINT NOT NULL,
  entry       TEXT NOT NULL,
  person      TEXT NOT NULL
);
CREATE INDEX clicks_at ON clicks (at);
CREATE INDEX clicks_person ON clicks (person);
