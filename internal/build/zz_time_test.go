package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/site"
)

func TestZZTime(t *testing.T) {
	dir := os.Getenv("LIMBER_BENCH_SITE")
	if dir == "" {
		t.Skip()
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "content", "stretches", "*.md"))
	path := matches[len(matches)/2]
	orig, _ := os.ReadFile(path)
	defer os.WriteFile(path, orig, 0o644)
	rel := "stretches/" + filepath.Base(path)
	s := NewSession(Options{Site: dir})
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		os.WriteFile(path, []byte(strings.Replace(string(orig), "\nsummary: ", "\nsummary: "+strings.Repeat("Now. ", i%2), 1)), 0o644)
		s.cache.Forget(rel)
		t0 := time.Now()
		cs, _ := content.Load(s.opts.Site, content.Options{Drafts: s.opts.Drafts, Cache: s.cache})
		t1 := time.Now()
		ns, _ := site.Index(cs, site.Options{BaseURL: s.opts.BaseURL})
		t2 := time.Now()
		s.renderMarkdown(ns, s.md)
		t3 := time.Now()
		s.check(ns)
		t4 := time.Now()
		pages := s.pagesToRender(ns, []string{rel}, false)
		t5 := time.Now()
		out, _ := s.render(ns, pages)
		t6 := time.Now()
		s.last, s.bySrc = ns, pagesBySrc(ns)
		byURL(ns, s.findings)
		t7 := time.Now()
		fmt.Printf("load %v index %v md %v check %v which %v render %v (%d pages) byurl %v total %v\n", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4), t6.Sub(t5), out.Rendered, t7.Sub(t6), t7.Sub(t0))
	}
}
