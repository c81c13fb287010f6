package browsertest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/limber/limber/internal/pipeline"
)

// searchQueries are the 20 queries BenchmarkSearchInChromium times: whole
// words, a word still being typed, typos, and filters alone and with
// words, over the vocabulary of ../shared/bench/gencorpus.py.
var searchQueries = [][2]any{
	{"hamstring", map[string]any{}}, {"lower back", map[string]any{}}, {"calf stre", map[string]any{}},
	{"shoulder", map[string]any{}}, {"neck", map[string]any{}}, {"hip flexor", map[string]any{}},
	{"glute", map[string]any{}}, {"piriformis", map[string]any{}}, {"chest doorway", map[string]any{}},
	{"q", map[string]any{}},
	{"hamstirng", map[string]any{}}, {"sholder", map[string]any{}}, {"piriformsi", map[string]any{}},
	{"trapezuis", map[string]any{}}, {"semitendinosis", map[string]any{}},
	{"", map[string]any{"regions": []string{"hips"}, "positions": []string{"supine"}}},
	{"stretch", map[string]any{"difficulties": []string{"easy"}, "types": []string{"static"}}},
	{"knee to chest", map[string]any{"equipment": []string{"yoga-mat"}}},
	{"", map[string]any{"equipment": []string{"strap"}}},
	{"calf", map[string]any{"positions": []string{"standing"}}},
}

// BenchmarkSearchInChromium builds sites of 1,000 and 10,000 stretches
// (corpora of ../shared/bench/gencorpus.py, with limber check's
// reading-grade off, or $LIMBER_BENCH_SITE_1000 and $LIMBER_BENCH_SITE_10000), opens a page of each in Chromium and measures
// in the page, with performance.now: catalogue.js's open (fetch, parse,
// rows), search.js's buildIndex, and each of 20 queries (words, typos,
// filters) 20 times, all results asked for as the site search does. It
// reports the milliseconds of open and index and the p50, p95 and slowest
// query. Then it times the site search box on a fresh load of the page:
// from focus to the first results (box-first-ms: modules, catalogue and
// index loaded on first use) and each word typed after, to the list
// laid out (box-p50-ms, box-p95-ms; the wait for the next frame is not
// counted). And it reports the bytes of catalogue/index.json as sent gzipped (the first
// load). Run it with -benchtime=1x: each op is a whole page session.
func BenchmarkSearchInChromium(b *testing.B) {
	requireBrowser(b)
	for _, n := range []int{1000, 10000} {
		out := builtCorpus(b, n)
		origin := serveTB(b, out)
		raw, gz := gzipSize(b, filepath.Join(out, "catalogue", "index.json"))
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var rep struct {
				OpenMs, IndexMs float64
				Stretches       int
				Terms           int
				Times           []float64
				Hits            []int
				Errors          []string
				Error           string
				Box             struct {
					FirstMs float64
					Times   []float64
					Error   string
				}
			}
			for range b.N {
				job := map[string]any{"kind": "bench", "url": origin + "/", "root": "/", "queries": searchQueries, "runs": 20}
				runJSON(b, "search.mjs", job, &rep)
				if rep.Error != "" || rep.Box.Error != "" || len(rep.Errors) > 0 || rep.Stretches != n || len(rep.Box.Times) == 0 {
					b.Fatalf("search.mjs: %q %q %q, %d stretches", rep.Error, rep.Box.Error, rep.Errors, rep.Stretches)
				}
			}
			b.Logf("%d stretches, %d distinct words; hits per query %v", rep.Stretches, rep.Terms, rep.Hits)
			logSlowest(b, rep.Times, 20)
			slices.Sort(rep.Times)
			b.ReportMetric(rep.OpenMs, "open-ms")
			b.ReportMetric(rep.IndexMs, "index-ms")
			b.ReportMetric(percentile(rep.Times, 0.50), "p50-ms")
			b.ReportMetric(percentile(rep.Times, 0.95), "p95-ms")
			b.ReportMetric(rep.Times[len(rep.Times)-1], "max-ms")
			slices.Sort(rep.Box.Times)
			b.ReportMetric(rep.Box.FirstMs, "box-first-ms")
			b.ReportMetric(percentile(rep.Box.Times, 0.50), "box-p50-ms")
			b.ReportMetric(percentile(rep.Box.Times, 0.95), "box-p95-ms")
			b.ReportMetric(float64(raw)/1000, "index-KB")
			b.ReportMetric(float64(gz)/1000, "index-gz-KB")
		})
	}
}

// logSlowest logs each query's slowest run and median, times being runs
// times of each query in searchQueries' order.
func logSlowest(b *testing.B, times []float64, runs int) {
	for i, q := range searchQueries {
		t := slices.Clone(times[i*runs : (i+1)*runs])
		slices.Sort(t)
		b.Logf("%-16q %v: median %.1f ms, slowest %.1f ms", q[0], q[1], t[len(t)/2], t[len(t)-1])
	}
}

// percentile returns the p-th value of sorted times.
func percentile(sorted []float64, p float64) float64 {
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

// builtCorpus builds $LIMBER_BENCH_SITE_<n>, or a corpus of n stretches
// made by gencorpus.py, into a temporary folder and returns the output.
func builtCorpus(b *testing.B, n int) string {
	site := os.Getenv(fmt.Sprintf("LIMBER_BENCH_SITE_%d", n))
	if site == "" {
		site = generatedCorpus(b, n)
	}
	out := filepath.Join(b.TempDir(), "public")
	if _, err := pipeline.Build(context.Background(), pipeline.Options{Site: site, Out: out}); err != nil {
		b.Fatalf("build %s: %v", site, err)
	}
	return out
}

// generatedCorpus writes a corpus of n stretches made by
// ../shared/bench/gencorpus.py into a temporary folder, with limber
// check's reading-grade off (generated lorem ipsum reads far above grade
// 8, an error), and returns it; it skips when the script is not there.
func generatedCorpus(b *testing.B, n int) string {
	script := filepath.Join("..", "..", "..", "shared", "bench", "gencorpus.py")
	if _, err := os.Stat(script); err != nil {
		b.Skip("set LIMBER_BENCH_SITE_1000 and LIMBER_BENCH_SITE_10000 (or LIMBER_BENCH_SITE) to site folders (", script, " not found)")
	}
	site := b.TempDir()
	if out, err := exec.Command("python3", script, site, "--stretches", strconv.Itoa(n)).CombinedOutput(); err != nil {
		b.Fatalf("gencorpus.py: %v\n%s", err, out)
	}
	conf := "check:\n  off:\n    reading-grade: generated lorem ipsum\n"
	if err := os.WriteFile(filepath.Join(site, "limber.yaml"), []byte(conf), 0o644); err != nil {
		b.Fatal(err)
	}
	return site
}

// serveTB serves the folder at / until the benchmark ends.
func serveTB(b *testing.B, out string) string {
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	b.Cleanup(srv.Close)
	return srv.URL
}

// gzipSize returns a file's size and its size gzipped at the default
// level, as a web server sends it.
func gzipSize(b *testing.B, path string) (int, int) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(data)
	w.Close()
	return len(data), buf.Len()
}
