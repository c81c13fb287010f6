// Package parallel runs independent pieces of work on all CPUs with a
// bounded number of goroutines.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls work(i) for every i in [0, n) on at most GOMAXPROCS goroutines
// and returns when every call has returned. The calls may run in any order
// and at the same time, so each must write only to its own results (such
// as element i of a slice made beforehand); a caller that then reads the
// results in index order gets the same answer as a loop would give.
func For(n int, work func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			work(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				work(i)
			}
		}()
	}
	wg.Wait()
}
