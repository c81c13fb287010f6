package devserver

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
)

// benchSite returns the site of the serve benchmarks: $LIMBER_BENCH_SITE,
// or a 1,000-stretch corpus made by ../shared/bench/gencorpus.py in a temp
// folder. It skips when neither is available.
func benchSite(b *testing.B) string {
	if site := os.Getenv("LIMBER_BENCH_SITE"); site != "" {
		return site
	}
	script := filepath.Join("..", "..", "..", "shared", "bench", "gencorpus.py")
	if _, err := os.Stat(script); err != nil {
		b.Skip("set LIMBER_BENCH_SITE to a site folder (", script, " not found)")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		b.Skip("set LIMBER_BENCH_SITE to a site folder (python3 not found)")
	}
	dir := b.TempDir()
	if out, err := exec.Command("python3", script, dir, "--stretches", "1000").CombinedOutput(); err != nil {
		b.Fatalf("gencorpus.py: %v\n%s", err, out)
	}
	return dir
}

// BenchmarkEditToEvent measures limber serve's edit-to-reload latency on
// a 1,000-stretch site: from saving one stretch (a new last sentence in
// its body, written in place) to the "reload" event naming its page on an
// open event stream, which is when a tab starts reloading. It includes
// the watcher's quiet period (in the sub-benchmark's name: serve's
// default, and the watch package's own default of 75ms for comparison)
// and the incremental rebuild, whose own time and page count are reported
// as rebuild-ms and pages/op. Edits are 400ms apart, as an author's are.
// The stretch is the middle one by name, or $LIMBER_BENCH_FILE (a
// site-relative path); it is restored afterwards.
func BenchmarkEditToEvent(b *testing.B) {
	site := benchSite(b)
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
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(file, orig, 0o644)
	for _, quiet := range []time.Duration{DefaultQuiet, 75 * time.Millisecond} {
		b.Run("quiet="+quiet.String(), func(b *testing.B) { benchEdits(b, site, file, orig, quiet) })
	}
}

// benchEdits runs the edit loop of BenchmarkEditToEvent on one server.
func benchEdits(b *testing.B, site, file string, orig []byte, quiet time.Duration) {
	s := startQuiet(b, site, quiet)
	ev := openEvents(b, s.origin, "")
	ev.next(b, "ok")
	slug := strings.TrimSuffix(filepath.Base(file), ".md")
	page := s.base[len(s.origin):] + "stretches/" + slug + "/"
	for i := 0; b.Loop(); i++ {
		// The quiet period is in the text so that the second server's first
		// save is a change too when each runs once (-benchtime=1x).
		edited := fmt.Appendf(slices.Clip(orig), "\nEdited %d times (%s).\n", i, quiet)
		if err := os.WriteFile(file, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		for !slices.Contains(reloadURLs(b, ev).URLs, page) {
		}
		b.StopTimer()
		time.Sleep(400 * time.Millisecond)
		b.StartTimer()
	}
	b.StopTimer()
	ms, pages := meanRebuild(s.out.String())
	b.ReportMetric(ms, "rebuild-ms")
	b.ReportMetric(pages, "pages/op")
}

// meanRebuild averages the times and page counts of the "limber:
// rebuilt" lines.
func meanRebuild(out string) (ms, pages float64) {
	lines := regexp.MustCompile(`limber: rebuilt (\d+) pages? in (\d+)ms`).FindAllStringSubmatch(out, -1)
	if len(lines) == 0 {
		return 0, 0
	}
	for _, m := range lines {
		p, _ := strconv.Atoi(m[1])
		t, _ := strconv.Atoi(m[2])
		pages += float64(p)
		ms += float64(t)
	}
	return ms / float64(len(lines)), pages / float64(len(lines))
}
