package browsertest

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// BenchmarkEditToReloadedTab measures what an author feels in limber
// serve: from saving a stretch to its open Chromium tab showing the change
// (live.js's limber:updated event after an update in place, or the load
// event of a reload). The site is $LIMBER_BENCH_SITE,
// or a corpus of $LIMBER_BENCH_N stretches (default 1,000) made by
// ../shared/bench/gencorpus.py. "body" adds a sentence to the body (the
// fast path), "summary" changes the front matter (lists and browse pages
// are rendered again too). The stretch is the middle one by name, or
// $LIMBER_BENCH_FILE (a site-relative path). Each op is one save; the metrics are the median
// and the slowest save-to-reloaded-tab in milliseconds. Run it with
// -benchtime=20x: the 400 ms pause between saves makes ns/op meaningless.
func BenchmarkEditToReloadedTab(b *testing.B) {
	requireBrowser(b)
	site := corpus(b)
	matches, _ := filepath.Glob(filepath.Join(site, "content", "stretches", "*.md"))
	matches = slices.DeleteFunc(matches, func(m string) bool { // originals only: a translation's page is elsewhere
		_, ok := content.Translation(filepath.Base(m))
		return ok
	})
	if len(matches) == 0 {
		b.Fatal("no stretches in ", site)
	}
	slices.Sort(matches)
	file := matches[len(matches)/2]
	if f := os.Getenv("LIMBER_BENCH_FILE"); f != "" {
		file = filepath.Join(site, filepath.FromSlash(f))
	}
	origin, _ := startServer(b, site, false)
	url := origin + "/stretches/" + strings.TrimSuffix(filepath.Base(file), ".md") + "/"
	for _, edit := range []string{"body", "summary"} {
		b.Run(edit, func(b *testing.B) {
			ms := reloadTimes(b, map[string]any{"url": url, "file": file, "edit": edit, "iters": b.N, "pauseMs": 400})
			slices.Sort(ms)
			b.ReportMetric(ms[len(ms)/2], "median-ms")
			b.ReportMetric(ms[len(ms)-1], "max-ms")
		})
	}
}

// corpus returns $LIMBER_BENCH_SITE, or a generated corpus of
// $LIMBER_BENCH_N stretches; it skips when it can make neither.
func corpus(b *testing.B) string {
	if site := os.Getenv("LIMBER_BENCH_SITE"); site != "" {
		return site
	}
	n := 1000
	if v, err := strconv.Atoi(os.Getenv("LIMBER_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	return generatedCorpus(b, n)
}

// reloadTimes runs reload.mjs on job and returns its timings.
func reloadTimes(b *testing.B, job map[string]any) []float64 {
	var rep struct {
		MS     []float64 `json:"ms"`
		How    []string  `json:"how"`
		Errors []string  `json:"errors"`
	}
	runJSON(b, "reload.mjs", job, &rep)
	if len(rep.Errors) > 0 || len(rep.MS) == 0 {
		b.Fatalf("reload.mjs: %q", rep.Errors)
	}
	if n := len(rep.How) - strings.Count(strings.Join(rep.How, " "), "update"); n > 0 {
		b.Logf("%d of %d saves reloaded the tab instead of updating it in place", n, len(rep.How))
	}
	return rep.MS
}
