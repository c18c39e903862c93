// Package parallel runs independent pieces of work on every core at once,
// for the start-up steps that build tables from many independent inputs
// (the corpus's files and entries, the index's entries).
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// ForEach calls fn(0) … fn(n-1), on every core at once, and returns when
// all have returned. fn must be safe to call concurrently.
func ForEach(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		})
	}
	wg.Wait()
}
