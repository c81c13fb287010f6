package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkRebuildOneStretch measures limber serve's rebuild after one
// stretch's hold changes, on $LIMBER_BENCH_SITE (skipped when unset). The
// site folder is edited and restored.
func BenchmarkRebuildOneStretch(b *testing.B) {
	site := os.Getenv("LIMBER_BENCH_SITE")
	if site == "" {
		b.Skip("set LIMBER_BENCH_SITE to a site folder")
	}
	matches, _ := filepath.Glob(filepath.Join(site, "content", "stretches", "*.md"))
	if len(matches) == 0 {
		b.Fatal("no stretches")
	}
	path := matches[len(matches)/2]
	orig, _ := os.ReadFile(path)
	defer os.WriteFile(path, orig, 0o644)
	rel := "content/stretches/" + filepath.Base(path)
	s := NewSession(Options{Site: site})
	if _, err := s.Rebuild(nil, true); err != nil {
		b.Fatal(err)
	}
	rendered := 0
	for i := 0; b.Loop(); i++ {
		os.WriteFile(path, append(orig, []byte(strings.Repeat(" ", i%2))...), 0o644)
		res, err := s.Rebuild([]string{rel}, false)
		if err != nil {
			b.Fatal(err)
		}
		rendered = res.Rendered
	}
	b.ReportMetric(float64(rendered), "pages/op")
}
