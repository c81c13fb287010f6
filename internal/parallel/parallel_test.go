package parallel

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestForCallsEachIndexOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 2, 7, 1000} {
			calls := make([]atomic.Int32, n)
			For(n, func(i int) { calls[i].Add(1) })
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Errorf("GOMAXPROCS %d, n %d: work(%d) ran %d times, want once", procs, n, i, c)
				}
			}
		}
		runtime.GOMAXPROCS(old)
	}
}

func TestForBoundsGoroutines(t *testing.T) {
	old := runtime.GOMAXPROCS(2)
	defer runtime.GOMAXPROCS(old)
	var running, most atomic.Int32
	For(200, func(int) {
		now := running.Add(1)
		for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
		}
		runtime.Gosched()
		running.Add(-1)
	})
	if m := most.Load(); m > 2 {
		t.Errorf("%d calls ran at once, want at most GOMAXPROCS (2)", m)
	}
}

func BenchmarkFor(b *testing.B) {
	out := make([]int, 10000)
	for b.Loop() {
		For(len(out), func(i int) { out[i] = i * i })
	}
}
