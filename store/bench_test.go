package store

import (
	"context"
	"strconv"
	"testing"
	"time"
)

// BenchmarkSharedState_SlackMention measures what sharing state adds to one
// Slack mention's answer: the round trips its checks make — the event id
// and the message de-duplicated, the person's rate-limit bucket, the
// thread remembered (recording is queued, off the answering path).
//
//	go test ./store -run '^$' -bench SharedState -benchtime 2000x
func BenchmarkSharedState_SlackMention(b *testing.B) {
	forEachStoreB(b, func(b *testing.B, s *Store) {
		ctx := context.Background()
		seen, threads, budget := s.KeySet("slack-seen", time.Hour), s.KeySet("slack-threads", 24*time.Hour), s.Budget(6)
		b.ResetTimer()
		for i := range b.N {
			id := strconv.Itoa(i)
			seen.Add(ctx, "event:"+id)
			seen.Add(ctx, "message:C1:"+id)
			budget.Take(ctx, "slack\x00U"+id)
			threads.Touch(ctx, "C1:"+id)
		}
	})
}

func forEachStoreB(b *testing.B, f func(*testing.B, *Store)) {
	b.Run("sqlite", func(b *testing.B) {
		s, err := Open(context.Background(), Options{DataDir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close(context.Background())
		f(b, s)
	})
	b.Run("postgresql", func(b *testing.B) {
		u := postgresURLB(b)
		s, err := Open(context.Background(), Options{URL: u})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close(context.Background())
		f(b, s)
	})
}
