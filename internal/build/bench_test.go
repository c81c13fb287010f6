package build

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkBuildSample builds the bundled sample site end to end.
func BenchmarkBuildSample(b *testing.B) {
	out := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		if _, err := Run(context.Background(), Options{Site: "../..", Out: out}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildCorpus builds the site in $LIMBER_BENCH_SITE, such as a
// corpus made by ../shared/bench/gencorpus.py; it skips when unset.
func BenchmarkBuildCorpus(b *testing.B) {
	site := os.Getenv("LIMBER_BENCH_SITE")
	if site == "" {
		b.Skip("set LIMBER_BENCH_SITE to a site folder")
	}
	out := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		if _, err := Run(context.Background(), Options{Site: site, Out: out}); err != nil {
			b.Fatal(err)
		}
	}
}
