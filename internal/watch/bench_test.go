package watch

import (
	"slices"
	"strconv"
	"testing"
	"time"
)

// BenchmarkEventToBatch measures the time from writing a file to receiving
// a batch that lists it, with a 1ms quiet period: the watcher's own share
// of edit-to-reload latency (add Quiet for the default figure). Each
// iteration writes a new file, so a late second batch for the previous file
// cannot be mistaken for this one.
func BenchmarkEventToBatch(b *testing.B) {
	root := newSite(b)
	write(b, root, "content/bench/start.md", "x")
	w := startOn(b, root, Options{Quiet: time.Millisecond})
	b.ResetTimer()
	for i := range b.N {
		rel := "content/bench/" + strconv.Itoa(i) + ".md"
		write(b, root, rel, "x")
		for got := false; !got; {
			select {
			case bt := <-w.Batches():
				got = slices.Contains(bt.Paths, rel)
			case <-time.After(arrive):
				b.Fatalf("no batch for %s", rel)
			}
		}
	}
}
