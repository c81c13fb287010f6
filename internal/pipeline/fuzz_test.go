package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzPrepare runs the whole pipeline short of writing (load, index,
// Markdown, templates, every page rendered) on a site whose stretch, routine
// and limber.yaml are fuzzed. Any input must end in problems or pages, never
// a panic.
func FuzzPrepare(f *testing.F) {
	for _, name := range []string{"hamstring.md", "calf.md", "leg-swing.md"} {
		data, err := os.ReadFile(filepath.Join("testdata/site/content/stretches", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, []byte("---\ntitle: R\nsummary: S\nstretches: [fuzz]\n---\n"), []byte("title: T\n"))
	}
	routine, _ := os.ReadFile("testdata/site/content/routines/legs.md")
	config, _ := os.ReadFile("testdata/site/limber.yaml")
	f.Add([]byte("---\ntitle: x\n---\n[a](b.md) ![](c.svg) <script>"), routine, config)
	f.Fuzz(func(t *testing.T, stretch, routine, config []byte) {
		dir := t.TempDir()
		write := func(rel string, data []byte) {
			p := filepath.Join(dir, filepath.FromSlash(rel))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("limber.yaml", config)
		write("content/stretches/fuzz.md", stretch)
		write("content/routines/r.md", routine)
		write("content/conditions/sciatica.md", []byte("---\ntitle: Sciatica\nsummary: Leg pain.\n---\n"))
		s, tpl, errs := Prepare(Options{Site: dir})
		if len(errs) > 0 {
			return
		}
		for _, p := range s.Pages {
			if _, err := tpl.Page(s, p); err != nil {
				t.Fatalf("rendering %s of a site with no problems: %v", p.URL, err)
			}
		}
	})
}
