package incremental

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/pipeline"
)

// BenchmarkRebuildOneStretch measures limber serve's rebuild after one
// stretch changes, on $LIMBER_BENCH_SITE (skipped when unset): "body" adds
// a space to its body (the fast path: its page alone), "front-matter"
// changes its summary (its routines, lists and browse pages too). The
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
	edits := map[string]func(i int) []byte{
		"body": func(i int) []byte { return append(slices.Clone(orig), strings.Repeat(" ", i%2)...) },
		"front-matter": func(i int) []byte {
			return []byte(strings.Replace(string(orig), "\nsummary: ", "\nsummary: "+strings.Repeat("Now. ", i%2), 1))
		},
	}
	for _, name := range []string{"body", "front-matter"} {
		b.Run(name, func(b *testing.B) { rebuildLoop(b, site, path, edits[name]) })
	}
}

// rebuildLoop times Session.Rebuild after each edit of the file at path.
func rebuildLoop(b *testing.B, site, path string, edit func(i int) []byte) {
	rel := "content/stretches/" + filepath.Base(path)
	s := NewSession(pipeline.Options{Site: site})
	if _, err := s.Rebuild(nil, true); err != nil {
		b.Fatal(err)
	}
	rendered := 0
	for i := 0; b.Loop(); i++ {
		os.WriteFile(path, edit(i), 0o644)
		res, err := s.Rebuild([]string{rel}, false)
		if err != nil {
			b.Fatal(err)
		}
		rendered = res.Rendered
	}
	b.ReportMetric(float64(rendered), "pages/op")
}
