package pipeline

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
		if _, err := Build(context.Background(), Options{Site: "../..", Out: out}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildCorpus builds the site in $LIMBER_BENCH_SITE, such as a
// corpus made by ../shared/bench/gencorpus.py; it skips when unset. The
// output goes into a temporary folder beside the site, on the same file
// system (put the site on /dev/shm): the default temporary folder may be
// on a disk, whose file creation would then swamp the profile.
func BenchmarkBuildCorpus(b *testing.B) {
	site := os.Getenv("LIMBER_BENCH_SITE")
	if site == "" {
		b.Skip("set LIMBER_BENCH_SITE to a site folder")
	}
	dir, err := os.MkdirTemp(filepath.Dir(filepath.Clean(site)), "limber-bench-out-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "public")
	for b.Loop() {
		if _, err := Build(context.Background(), Options{Site: site, Out: out}); err != nil {
			b.Fatal(err)
		}
	}
}
