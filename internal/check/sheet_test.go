package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// sheetSite writes a site of stretches with hard and easy steps and
// routines that share them, and returns it prepared for the rules.
func sheetSite(t testing.TB, stretches, routines int) *site.Site {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{}
	for i := range stretches {
		steps := easyText
		if i%3 == 0 {
			steps = hardText
		}
		steps = "1. " + strings.TrimSpace(strings.ReplaceAll(steps, ". ", ".\n1. "))
		files[fmt.Sprintf("content/stretches/s%d.md", i)] = page([]string{fmt.Sprintf("title: Stretch %d", i),
			"summary: Turn your head slowly.", "type: static", "hold: 30s", "reps: 2", "regions: [neck]"},
			"Sit tall.\n\n## How to do it\n\n"+steps+"\n\n## Stop if\n\n- It hurts.\n")
	}
	for r := range routines {
		var refs []string
		for k := range 4 {
			refs = append(refs, fmt.Sprintf("s%d", (r*3+k*5)%stretches))
		}
		files[fmt.Sprintf("content/routines/r%d.md", r)] = page([]string{fmt.Sprintf("title: Routine %d", r),
			"summary: Stretch every day.", "stretches: [" + strings.Join(refs, ", ") + "]"}, "Do them in order.\n")
	}
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, _, errs := pipeline.Prepare(pipeline.Options{Site: dir, Now: now()})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s
}

// fresh returns the findings of page p from a Checker of its own, which
// has worked nothing out before.
func fresh(s *site.Site, p *site.Page) []check.Finding {
	return check.New(s, check.ConfigFrom(s.Config.Check), now()).Page(p)
}

// TestSheetMemoSameFindings: one Checker checking routines that share
// stretches, from several goroutines at once (run with -race), finds what
// a new Checker for each page finds; and after a stretch's steps change it
// scores the new steps, not the ones it worked out before.
func TestSheetMemoSameFindings(t *testing.T) {
	s := sheetSite(t, 9, 12)
	c := check.New(s, check.ConfigFrom(s.Config.Check), now())
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, p := range s.Pages {
				if p.Src == nil {
					continue
				}
				if got, want := c.Page(p), fresh(s, p); !slices.Equal(got, want) {
					t.Errorf("%s: memo found\n  %v\nnew Checker found\n  %v", p.Src.Path, got, want)
				}
			}
		})
	}
	wg.Wait()
	hard, easy := s.Stretches[0], s.Stretches[1] // stretch 0 has hard steps, 1 easy ones
	easy.Steps = slices.Clone(hard.Steps)
	for _, p := range s.Pages {
		if r, ok := p.Data.(*site.Routine); ok && slices.ContainsFunc(r.Items, func(it *site.Item) bool { return it.Stretch == easy }) {
			if got, want := c.Page(p), fresh(s, p); !slices.Equal(got, want) {
				t.Errorf("%s after an edit: memo found\n  %v\nnew Checker found\n  %v", p.Src.Path, got, want)
			}
		}
	}
}
