package catalogue_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// BenchmarkCatalogue makes the catalogue of generated corpora of 1,000 and
// 10,000 stretches, and reports the size of the builder's first load (the
// index) raw and gzip-compressed (index-bytes, index-gzip-bytes), and of
// the routines and the largest shard compressed (routines-gzip-bytes,
// shard-gzip-bytes). A corpus is the site in
// $LIMBER_BENCH_SITE_1000 or $LIMBER_BENCH_SITE_10000, or one made by
// ../shared/bench/gencorpus.py in a temp folder; it skips when neither is
// available.
func BenchmarkCatalogue(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("stretches=%d", n), func(b *testing.B) {
			s := corpusSite(b, n)
			var files []catalogue.File
			b.ReportAllocs()
			for b.Loop() {
				files = catalogue.Files(s)
			}
			b.ReportMetric(float64(len(files[0].Data)), "index-bytes")
			b.ReportMetric(float64(gzipSize(b, files[0].Data)), "index-gzip-bytes")
			b.ReportMetric(float64(gzipSize(b, files[1].Data)), "routines-gzip-bytes")
			largest := 0
			for _, f := range files[2:] {
				largest = max(largest, gzipSize(b, f.Data))
			}
			b.ReportMetric(float64(largest), "shard-gzip-bytes")
			b.ReportMetric(float64(len(files)-2), "shards")
		})
	}
}

// corpusSite returns the site graph of a corpus of n stretches, after the
// Markdown stage.
func corpusSite(b *testing.B, n int) *site.Site {
	b.Helper()
	dir := os.Getenv("LIMBER_BENCH_SITE_" + strconv.Itoa(n))
	if dir == "" {
		dir = generate(b, n)
	}
	s, _, errs := pipeline.Prepare(pipeline.Options{Site: dir})
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	return s
}

// generate writes a corpus of n stretches with gencorpus.py, skipping when
// it or python3 is missing.
func generate(b *testing.B, n int) string {
	script := filepath.Join("..", "..", "..", "shared", "bench", "gencorpus.py")
	if _, err := os.Stat(script); err != nil {
		b.Skip("set LIMBER_BENCH_SITE_", n, " to a site folder (", script, " not found)")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		b.Skip("set LIMBER_BENCH_SITE_", n, " to a site folder (python3 not found)")
	}
	dir := b.TempDir()
	if out, err := exec.Command("python3", script, dir, "--stretches", strconv.Itoa(n)).CombinedOutput(); err != nil {
		b.Fatalf("gencorpus.py: %v\n%s", err, out)
	}
	// Generated lorem ipsum reads far above grade 8, an error of limber check.
	conf := "check:\n  off:\n    reading-grade: generated lorem ipsum\n"
	if err := os.WriteFile(filepath.Join(dir, "limber.yaml"), []byte(conf), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// gzipSize returns the size of data compressed by gzip at its default
// level, as a web server would send it.
func gzipSize(b *testing.B, data []byte) int {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(data); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return buf.Len()
}

// BenchmarkPatch measures what limber serve's front-matter fast path adds
// for the catalogue after an edit of one stretch's summary: the catalogue
// patched and its files written again (the index's summary column and
// the stretch's shard encoded again, the rest kept), at 10,000 stretches.
func BenchmarkPatch(b *testing.B) {
	s := corpusSite(b, 10000)
	c := catalogue.Make(s)
	c.Files()
	st := s.Stretches[len(s.Stretches)/2]
	summary := st.Summary
	defer func() { st.Summary = summary }()
	for i := 0; b.Loop(); i++ {
		st.Summary = summary + strings.Repeat(" Now.", i%2)
		c = c.Patch(st)
		c.Files()
	}
}
