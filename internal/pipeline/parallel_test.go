package pipeline

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// manySite copies testdata/site and adds n generated stretches (each in
// one of several regions, linking to the next) and n/10 routines, so that
// lists, cards and related sections are long enough for every worker to
// take part.
func manySite(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/site")); err != nil {
		t.Fatal(err)
	}
	regions := []string{"calves", "hips", "hamstrings", "neck"}
	for i := range n {
		body := fmt.Sprintf("---\ntitle: Stretch %03d\nsummary: Generated stretch %d.\ntype: static\nhold: 30s\nreps: %d\n"+
			"position: standing\nregions: [%s]\n---\n\nSee [the next one](g%03d.md).\n\n## How to do it\n\n1. Stand tall.\n2. Reach %d.\n",
			n-i, i, 1+i%3, regions[i%len(regions)], (i+1)%n, i)
		writeText(t, filepath.Join(dir, "content/stretches", fmt.Sprintf("g%03d.md", i)), body)
	}
	for r := range n / 10 {
		var items strings.Builder
		for k := range 3 {
			fmt.Fprintf(&items, "  - ref: g%03d\n", (r*7+k)%n)
		}
		writeText(t, filepath.Join(dir, "content/routines", fmt.Sprintf("r%02d.md", r)),
			fmt.Sprintf("---\ntitle: Routine %d\nsummary: Generated routine.\nstretches:\n%s---\n\nDo it daily.\n", r, items.String()))
	}
	return dir
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestParallelBuildIsSequential builds a site of 300 generated stretches on
// one thread and on eight (loading, Markdown, templates and writing all run
// in parallel) and expects the same files with the same bytes and modes,
// and the same manifest.
func TestParallelBuildIsSequential(t *testing.T) {
	site := manySite(t, 300)
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	one := buildInto(t, site, filepath.Join(t.TempDir(), "one"))
	runtime.GOMAXPROCS(8)
	eight := buildInto(t, site, filepath.Join(t.TempDir(), "eight"))
	if len(one) < 600 || len(one) != len(eight) {
		t.Fatalf("%d files on one thread, %d on eight (want the same, over 600)", len(one), len(eight))
	}
	for rel, f := range one {
		if g, ok := eight[rel]; !ok || g.mode != f.mode || !bytes.Equal(g.data, f.data) {
			t.Errorf("%s differs between one thread and eight", rel)
		}
	}
}

// built is one output file: its bytes and mode.
type built struct {
	data []byte
	mode fs.FileMode
}

// buildInto builds site into out and returns every file and folder of out.
func buildInto(t *testing.T, site, out string) map[string]built {
	t.Helper()
	if _, err := Build(t.Context(), Options{Site: site, Out: out}); err != nil {
		t.Fatalf("build: %v", err)
	}
	files := map[string]built{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		f := built{mode: info.Mode()}
		if !d.IsDir() {
			f.data, err = os.ReadFile(p)
		}
		files[filepath.ToSlash(rel)] = f
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
