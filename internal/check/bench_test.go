package check_test

import (
	"os"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/pipeline"
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
	s, _, _ := pipeline.Prepare(pipeline.Options{Site: dir, Now: now()})
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
	same(t, lines(pipeline.Check(pipeline.Options{Site: dir, Now: now()})), []string{})
}

// BenchmarkCheckSite runs the rules on every page of a generated site of
// 300 stretches, a third with hard steps, and 100 routines that share
// them, with one Checker, as a build does.
func BenchmarkCheckSite(b *testing.B) {
	s := sheetSite(b, 300, 100)
	cfg := check.ConfigFrom(s.Config.Check)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c := check.New(s, cfg, now())
		for _, p := range s.Pages {
			c.Page(p)
		}
	}
}
