package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"exobot/bot"
)

var _ bot.Recorder = (*Store)(nil)

// op is one write waiting in the queue: a question, a feedback click, or a
// barrier — a forget request, or a flush — whose result goes to done once
// everything queued before it is written.
type op struct {
	question *bot.QuestionEvent
	feedback *bot.FeedbackEvent
	forget   string // the person's hash, for a forget request
	done     chan error
}

// clickWindow is how long after a decline a click on one of its "Did you
// mean…?" suggestions counts as choosing that entry for the question.
const clickWindow = 30 * time.Minute

// batchSize bounds the records written in one transaction.
const batchSize = 128

// RecordQuestion queues ev to be written; it never blocks: when the queue
// is full the record is dropped and counted. It implements bot.Recorder.
func (s *Store) RecordQuestion(_ context.Context, ev bot.QuestionEvent) {
	s.enqueue(op{question: &ev})
}

// RecordFeedback queues ev to be written, like RecordQuestion.
func (s *Store) RecordFeedback(_ context.Context, ev bot.FeedbackEvent) {
	s.enqueue(op{feedback: &ev})
}

// Forget deletes everything recorded about the person — their questions,
// the candidates and clicks that hang on them, their rate-limit bucket —
// after the records queued before it are written, and returns when it is
// done (or ctx is).
func (s *Store) Forget(ctx context.Context, platform, user string) error {
	if user == "" {
		return nil
	}
	done := make(chan error, 1)
	if err := s.send(ctx, op{forget: s.person(platform, user), done: done}); err != nil {
		return err
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// errClosed is returned by a request made after Close.
var errClosed = errors.New("store: closed")

// send queues a barrier, waiting for room until ctx is done.
func (s *Store) send(ctx context.Context, o op) (err error) {
	defer func() {
		if recover() != nil { // the queue is closed
			err = errClosed
		}
	}()
	select {
	case s.queue <- o:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Store) enqueue(o op) {
	defer func() {
		if recover() != nil { // the queue is closed: the store is closing
			s.dropped.Add(1)
			s.onError("record")
		}
	}()
	select {
	case s.queue <- o:
	default:
		s.dropped.Add(1)
		s.fail("record", fmt.Errorf("queue full (%d): record dropped", cap(s.queue)))
	}
}

// Dropped returns how many records were dropped because the queue was full
// or the store closing.
func (s *Store) Dropped() int64 { return s.dropped.Load() }

// writer writes the queue in batches until it is closed and empty.
func (s *Store) writer() {
	defer close(s.written)
	var batch []op
	for o := range s.queue {
		batch = append(batch[:0], o)
	fill:
		for len(batch) < batchSize && o.done == nil {
			select {
			case next, ok := <-s.queue:
				if !ok {
					break fill
				}
				batch = append(batch, next)
				if next.done != nil {
					break fill
				}
			default:
				break fill
			}
		}
		s.writeBatch(batch)
	}
}

// writeBatch writes the records of batch in one transaction, then answers
// the barrier that may end it.
func (s *Store) writeBatch(batch []op) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var records []op
	var barrier *op
	for i := range batch {
		if batch[i].done != nil {
			barrier = &batch[i]
		} else {
			records = append(records, batch[i])
		}
	}
	if len(records) > 0 {
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			for _, o := range records {
				var err error
				if o.question != nil {
					err = s.insertQuestion(ctx, tx, o.question)
				} else {
					err = s.insertFeedback(ctx, tx, o.feedback)
				}
				if err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			s.fail("record", fmt.Errorf("%d records dropped: %w", len(records), err))
		}
	}
	if barrier == nil {
		return
	}
	var err error
	if barrier.forget != "" {
		if err = s.inTx(ctx, func(tx *sql.Tx) error { return s.deletePerson(ctx, tx, barrier.forget) }); err != nil {
			s.fail("forget", err)
		}
	}
	barrier.done <- err
}

func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *Store) insertQuestion(ctx context.Context, tx *sql.Tx, ev *bot.QuestionEvent) error {
	at := toMinute(ev.At)
	person := s.person(ev.Platform, ev.User)
	var text any
	if ev.Text != "" && ev.Status == bot.StatusNoMatch {
		text = ev.Text
	}
	var id int64
	err := tx.QueryRowContext(ctx, s.dialect.q(`INSERT INTO questions
		(at, platform, person, status, entry, asked_entry, topic, confidence, suggested, text)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`),
		at, ev.Platform, person, string(ev.Status), ev.EntryID, ev.AskedEntry, ev.NotCovered, ev.Confidence,
		strings.Join(ev.Suggested, ","), text).Scan(&id)
	if err != nil {
		return fmt.Errorf("insert question: %w", err)
	}
	for i, c := range ev.Candidates {
		if _, err := tx.ExecContext(ctx, s.dialect.q(`INSERT INTO candidates (question_id, rank, entry, score) VALUES ($1, $2, $3, $4)`),
			id, i, c.ID, c.Score); err != nil {
			return fmt.Errorf("insert candidate: %w", err)
		}
	}
	if ev.AskedEntry != "" && person != "" {
		// A suggestion button: if the person's latest decline within the
		// window offered this entry, they chose it for that question.
		_, err := tx.ExecContext(ctx, s.dialect.q(`INSERT INTO clicks (at, question_id, entry, person)
			SELECT $1, q.id, CAST($2 AS TEXT), CAST($3 AS TEXT) FROM questions q
			WHERE q.person = $3 AND q.status = 'no_match' AND q.asked_entry = '' AND q.at >= $4
			  AND (',' || q.suggested || ',') LIKE $5
			  AND NOT EXISTS (SELECT 1 FROM clicks c WHERE c.question_id = q.id AND c.entry = $2)
			ORDER BY q.at DESC, q.id DESC LIMIT 1`),
			at, ev.AskedEntry, person, at-int64(clickWindow/time.Second), "%,"+ev.AskedEntry+",%")
		if err != nil {
			return fmt.Errorf("insert click: %w", err)
		}
	}
	return nil
}

func (s *Store) insertFeedback(ctx context.Context, tx *sql.Tx, ev *bot.FeedbackEvent) error {
	helpful := 0
	if ev.Helpful {
		helpful = 1
	}
	_, err := tx.ExecContext(ctx, s.dialect.q(`INSERT INTO feedback (at, platform, entry, helpful) VALUES ($1, $2, $3, $4)`),
		toMinute(ev.At), ev.Platform, ev.EntryID, helpful)
	if err != nil {
		return fmt.Errorf("insert feedback: %w", err)
	}
	return nil
}

func (s *Store) deletePerson(ctx context.Context, tx *sql.Tx, person string) error {
	for _, st := range []string{
		`DELETE FROM candidates WHERE question_id IN (SELECT id FROM questions WHERE person = $1)`,
		`DELETE FROM clicks WHERE person = $1 OR question_id IN (SELECT id FROM questions WHERE person = $1)`,
		`DELETE FROM questions WHERE person = $1`,
	} {
		if _, err := tx.ExecContext(ctx, s.dialect.q(st), person); err != nil {
			return fmt.Errorf("forget: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.dialect.q(`DELETE FROM budgets WHERE name = $1`), s.budgetName(person)); err != nil {
		return fmt.Errorf("forget: %w", err)
	}
	return nil
}

// Prune deletes the records older than before (questions, their
// candidates and clicks, feedback) and the shared state that has expired.
// exobot serve runs it on a schedule with EXOBOT_RETENTION.
func (s *Store) Prune(ctx context.Context, before time.Time) error {
	cut := before.Unix()
	nowMS := s.now().UnixMilli()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, st := range []struct {
			sql string
			arg int64
		}{
			{`DELETE FROM candidates WHERE question_id IN (SELECT id FROM questions WHERE at < $1)`, cut},
			{`DELETE FROM clicks WHERE at < $1 OR question_id IN (SELECT id FROM questions WHERE at < $1)`, cut},
			{`DELETE FROM questions WHERE at < $1`, cut},
			{`DELETE FROM feedback WHERE at < $1`, cut},
			{`DELETE FROM shared_keys WHERE expires_ms <= $1`, nowMS},
			{`DELETE FROM budgets WHERE last_ms < $1`, nowMS - int64(budgetIdle/time.Millisecond)},
		} {
			if _, err := tx.ExecContext(ctx, s.dialect.q(st.sql), st.arg); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.fail("prune", err)
		return fmt.Errorf("prune: %w", err)
	}
	return nil
}

// Flush waits until every record queued before the call is written (or
// ctx is done). Tests and "exobot report" in-process use it.
func (s *Store) Flush(ctx context.Context) error {
	done := make(chan error, 1)
	if err := s.send(ctx, op{done: done}); err != nil {
		return err
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func toMinute(t time.Time) int64 { return t.Unix() - t.Unix()%60 }

func nowUnix() int64 { return time.Now().Unix() }
