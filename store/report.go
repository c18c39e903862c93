package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Report is what the curators read: what was asked since a time, what
// could not be answered, and what helped.
type Report struct {
	// Since is the start of the period (to the minute), RFC 3339.
	Since string `json:"since"`
	// Questions counts questions by reply status.
	Questions map[string]int `json:"questions"`
	// Answered counts answers by entry, most asked first.
	Answered []EntryCount `json:"answered"`
	// Unanswered are the recorded (redacted) texts of declined questions,
	// grouped when the same question was asked more than once, most asked
	// first, each with the entry nearest to it. Only questions recorded
	// with EXOBOT_RECORD_QUESTIONS=redacted have a text.
	Unanswered []Unanswered `json:"unanswered"`
	// UnansweredWithoutText counts declined questions whose text was not
	// recorded.
	UnansweredWithoutText int `json:"unanswered_without_text"`
	// NotCovered counts declines by the topic they named.
	NotCovered []TopicCount `json:"not_covered"`
	// Feedback counts Helpful / Not helpful clicks by entry, most Not
	// helpful first.
	Feedback []Feedback `json:"feedback"`
	// Clicks counts "Did you mean…?" suggestions chosen, by entry.
	Clicks []EntryCount `json:"clicks"`
	// SuggestedPhrasings are declined questions whose suggestion the person
	// then chose: candidate alternates for that entry.
	SuggestedPhrasings []Phrasing `json:"suggested_phrasings"`
}

// EntryCount is a count for one entry.
type EntryCount struct {
	Entry string `json:"entry"`
	Count int    `json:"count"`
}

// Unanswered is one declined question's redacted text.
type Unanswered struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
	// Near is the entry that came closest, or "".
	Near string `json:"near"`
}

// TopicCount is a count for one not-covered topic.
type TopicCount struct {
	Topic string `json:"topic"`
	Count int    `json:"count"`
}

// Feedback is the clicks on one entry's answers.
type Feedback struct {
	Entry      string `json:"entry"`
	Helpful    int    `json:"helpful"`
	NotHelpful int    `json:"not_helpful"`
}

// Phrasing is a candidate alternate phrasing for an entry.
type Phrasing struct {
	Entry string `json:"entry"`
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Report reads what was recorded since the given time.
func (s *Store) Report(ctx context.Context, since time.Time) (*Report, error) {
	from := toMinute(since)
	r := &Report{
		Since:              time.Unix(from, 0).UTC().Format(time.RFC3339),
		Questions:          map[string]int{},
		Answered:           []EntryCount{},
		Unanswered:         []Unanswered{},
		NotCovered:         []TopicCount{},
		Feedback:           []Feedback{},
		Clicks:             []EntryCount{},
		SuggestedPhrasings: []Phrasing{},
	}
	q := func(query string, scan func(*sql.Rows) error) error {
		rows, err := s.db.QueryContext(ctx, s.dialect.q(query), from)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return fmt.Errorf("report: %w", err)
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		return nil
	}
	err := q(`SELECT status, COUNT(*) FROM questions WHERE at >= $1 GROUP BY status`, func(rows *sql.Rows) error {
		var st string
		var n int
		err := rows.Scan(&st, &n)
		r.Questions[st] = n
		return err
	})
	if err == nil {
		err = q(`SELECT entry, COUNT(*) FROM questions WHERE at >= $1 AND status = 'answered' AND entry <> '' GROUP BY entry`, func(rows *sql.Rows) error {
			var e EntryCount
			err := rows.Scan(&e.Entry, &e.Count)
			r.Answered = append(r.Answered, e)
			return err
		})
	}
	unanswered := map[string]*unansweredGroup{}
	if err == nil {
		err = q(`SELECT q.text, COALESCE(c.entry, '') FROM questions q
			LEFT JOIN candidates c ON c.question_id = q.id AND c.rank = 0
			WHERE q.at >= $1 AND q.status = 'no_match' AND q.asked_entry = ''`, func(rows *sql.Rows) error {
			var text sql.NullString
			var near string
			if err := rows.Scan(&text, &near); err != nil {
				return err
			}
			if !text.Valid || text.String == "" {
				r.UnansweredWithoutText++
				return nil
			}
			group(unanswered, groupKey(text.String), text.String).add(text.String, near)
			return nil
		})
	}
	if err == nil {
		err = q(`SELECT topic, COUNT(*) FROM questions WHERE at >= $1 AND topic <> '' GROUP BY topic`, func(rows *sql.Rows) error {
			var t TopicCount
			err := rows.Scan(&t.Topic, &t.Count)
			r.NotCovered = append(r.NotCovered, t)
			return err
		})
	}
	if err == nil {
		err = q(`SELECT entry, SUM(helpful), SUM(1 - helpful) FROM feedback WHERE at >= $1 GROUP BY entry`, func(rows *sql.Rows) error {
			var f Feedback
			err := rows.Scan(&f.Entry, &f.Helpful, &f.NotHelpful)
			r.Feedback = append(r.Feedback, f)
			return err
		})
	}
	if err == nil {
		err = q(`SELECT entry, COUNT(*) FROM clicks WHERE at >= $1 GROUP BY entry`, func(rows *sql.Rows) error {
			var e EntryCount
			err := rows.Scan(&e.Entry, &e.Count)
			r.Clicks = append(r.Clicks, e)
			return err
		})
	}
	phrasings := map[string]*unansweredGroup{}
	if err == nil {
		err = q(`SELECT c.entry, q.text FROM clicks c JOIN questions q ON q.id = c.question_id
			WHERE c.at >= $1 AND q.text IS NOT NULL AND q.text <> ''`, func(rows *sql.Rows) error {
			var entry, text string
			if err := rows.Scan(&entry, &text); err != nil {
				return err
			}
			group(phrasings, entry+"\x00"+groupKey(text), text).add(text, entry)
			return nil
		})
	}
	if err != nil {
		s.fail("report", err)
		return nil, err
	}
	for _, g := range unanswered {
		r.Unanswered = append(r.Unanswered, Unanswered{Text: g.text, Count: g.count, Near: g.mostNear()})
	}
	for _, g := range phrasings {
		r.SuggestedPhrasings = append(r.SuggestedPhrasings, Phrasing{Entry: g.mostNear(), Text: g.text, Count: g.count})
	}
	byCount := func(a, b EntryCount) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Entry, b.Entry)) }
	slices.SortFunc(r.Answered, byCount)
	slices.SortFunc(r.Clicks, byCount)
	slices.SortFunc(r.Unanswered, func(a, b Unanswered) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Text, b.Text)) })
	slices.SortFunc(r.NotCovered, func(a, b TopicCount) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Topic, b.Topic)) })
	slices.SortFunc(r.Feedback, func(a, b Feedback) int {
		return cmp.Or(b.NotHelpful-a.NotHelpful, b.Helpful-a.Helpful, strings.Compare(a.Entry, b.Entry))
	})
	slices.SortFunc(r.SuggestedPhrasings, func(a, b Phrasing) int {
		return cmp.Or(strings.Compare(a.Entry, b.Entry), b.Count-a.Count, strings.Compare(a.Text, b.Text))
	})
	return r, nil
}

// unansweredGroup gathers the texts that differ only in case, spacing and
// final punctuation.
type unansweredGroup struct {
	text  string // the first spelling seen
	count int
	near  map[string]int
}

func group(m map[string]*unansweredGroup, k, text string) *unansweredGroup {
	g := m[k]
	if g == nil {
		g = &unansweredGroup{text: text, near: map[string]int{}}
		m[k] = g
	}
	return g
}

func (g *unansweredGroup) add(text, near string) {
	g.count++
	if text < g.text {
		g.text = text // a stable choice, whatever the order of the rows
	}
	if near != "" {
		g.near[near]++
	}
}

// mostNear is the entry most often nearest, ties broken by name.
func (g *unansweredGroup) mostNear() string {
	best, n := "", 0
	for e, c := range g.near {
		if c > n || c == n && e < best {
			best, n = e, c
		}
	}
	return best
}

func groupKey(text string) string {
	return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(text), " ")), " ?!.")
}
