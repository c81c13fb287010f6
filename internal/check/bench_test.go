package check_test

import (
	"os"
	"testing"

	"github.com/limber/limber/internal/build"
	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/sample"
)

// BenchmarkRun checks every page of the sample site, or of the site in
// LIMBER_BENCH_SITE (such as a corpus from ../shared/bench/gencorpus.py).
func BenchmarkRun(b *testing.B) {
	dir := os.Getenv("LIMBER_BENCH_SITE")
	if dir == "" {
		dir = b.TempDir()
		if err := sample.CopyTo(dir); err != nil {
			b.Fatal(err)
		}
	}
	s, _, _ := build.Prepare(build.Options{Site: dir, Now: now()})
	b.ResetTimer()
	for range b.N {
		check.Run(s, check.ConfigFrom(s.Config.Check), now())
	}
}

// TestSampleSitePasses: the bundled sample site has no findings at all.
func TestSampleSitePasses(t *testing.T) {
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	same(t, lines(build.Check(build.Options{Site: dir, Now: now()})), []string{})
}
