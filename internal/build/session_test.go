package build

import (
	"bytes"
	"github.com/limber/limber/internal/sample"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// copySample copies the bundled sample site into a temporary folder.
func copySample(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit rewrites a site file by replacing old with new, which must occur.
func edit(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", rel, old)
	}
	os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644)
}

// sameSnapshot fails unless a and b hold the same files with the same bytes.
func sameSnapshot(t *testing.T, step string, got, want *Snapshot) {
	t.Helper()
	for k, w := range want.Files {
		g, ok := got.Files[k]
		if !ok {
			t.Errorf("%s: %s missing from the incremental build", step, k)
		} else if !bytes.Equal(g.Data, w.Data) || g.Src != w.Src {
			t.Errorf("%s: %s differs from a full build", step, k)
		}
	}
	for k := range got.Files {
		if _, ok := want.Files[k]; !ok {
			t.Errorf("%s: %s is in the incremental build but not in a full one", step, k)
		}
	}
}

// TestSessionEqualsFullBuild edits the sample site step by step and checks
// after each step that the incremental result equals a fresh full build.
func TestSessionEqualsFullBuild(t *testing.T) {
	dir := copySample(t)
	opts := Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"}
	s := NewSession(opts)
	first, err := s.Rebuild(nil, true)
	if err != nil || !first.Full {
		t.Fatalf("first rebuild: %v", err)
	}
	total := len(first.Snapshot.Files)
	steps := []struct {
		name    string
		change  func()
		paths   []string
		partial bool // expect only some pages rendered
	}{
		{"retitle a stretch", func() { edit(t, dir, "content/stretches/cat-cow.md", "title: Cat-cow", "title: Cat and cow") }, []string{"content/stretches/cat-cow.md"}, true},
		{"retitle it to move in every list", func() { edit(t, dir, "content/stretches/cat-cow.md", "title: Cat and cow", "title: Zebra cat-cow") }, []string{"content/stretches/cat-cow.md"}, true},
		{"change a hold", func() { edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 30s", "hold: 45s") }, []string{"content/stretches/knee-to-chest.md"}, true},
		{"move a stretch to another region", func() { edit(t, dir, "content/stretches/lunge.md", "regions: [", "regions: [calves, ") }, []string{"content/stretches/lunge.md"}, false},
		{"edit a condition summary", func() { edit(t, dir, "content/conditions/osteoporosis.md", "summary: ", "summary: Take care. ") }, []string{"content/conditions/osteoporosis.md"}, true},
		{"edit a routine override", func() {
			edit(t, dir, "content/routines/morning-back.md", "ref: knee-to-chest", "ref: knee-to-chest\n    notes: \"New note.\"")
		}, []string{"content/routines/morning-back.md"}, true},
		{"edit an article body", func() {
			edit(t, dir, "content/articles/stretching-basics.md", "\n\n", "\n\nA new first paragraph.\n\n")
		}, []string{"content/articles/stretching-basics.md"}, true},
		{"add a stretch", func() {
			os.WriteFile(filepath.Join(dir, "content/stretches/new-one.md"), []byte("---\ntitle: A new one\nsummary: New.\ntype: dynamic\nreps: 5\nregions: [hips]\n---\nSee [cat-cow](cat-cow.md).\n"), 0o644)
		}, []string{"content/stretches/new-one.md"}, false},
		{"remove it", func() { os.Remove(filepath.Join(dir, "content/stretches/new-one.md")) }, []string{"content/stretches/new-one.md"}, false},
		{"change a drawing", func() { edit(t, dir, "content/stretches/cat-cow.svg", "<svg", "<svg data-x=\"1\"") }, []string{"content/stretches/cat-cow.svg"}, true},
		{"change limber.yaml", func() { edit(t, dir, "limber.yaml", "title: ", "title: Renamed ") }, []string{"limber.yaml"}, false},
	}
	for _, st := range steps {
		st.change()
		got, err := s.Rebuild(st.paths, false)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		want, err := NewSession(opts).Rebuild(nil, true)
		if err != nil {
			t.Fatal(err)
		}
		sameSnapshot(t, st.name, got.Snapshot, want.Snapshot)
		if st.partial && got.Rendered*2 > total {
			t.Errorf("%s: rendered %d pages of %d; an edit like this must re-render only what shows it", st.name, got.Rendered, total)
		}
		if len(got.Changed) == 0 {
			t.Errorf("%s: nothing reported changed", st.name)
		}
	}
}

// TestSessionKeepsLastGoodSite breaks a file and fixes it again.
func TestSessionKeepsLastGoodSite(t *testing.T) {
	dir := copySample(t)
	s := NewSession(Options{Site: dir})
	good, err := s.Rebuild(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		edit(t, dir, "content/stretches/lunge.md", "reps:", "reps: many\nx_reps:")
		_, err := s.Rebuild([]string{"content/stretches/lunge.md"}, false)
		if err == nil || !strings.Contains(err.Error(), "content/stretches/lunge.md:") {
			t.Fatalf("a broken file must be reported with its path, got %v", err)
		}
		edit(t, dir, "content/stretches/lunge.md", "reps: many\nx_reps:", "reps:")
		fixed, err := s.Rebuild([]string{"content/stretches/lunge.md"}, false)
		if err != nil {
			t.Fatalf("after the fix: %v", err)
		}
		sameSnapshot(t, "fixed", fixed.Snapshot, good.Snapshot)
	}
}

// TestSessionSitemap checks that a partial rebuild remakes sitemap.xml and
// reports it changed when a routine's review date changes.
func TestSessionSitemap(t *testing.T) {
	dir := copySample(t)
	s := NewSession(Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"})
	first, err := s.Rebuild(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"sitemap.xml", "robots.txt", "404.html", "assets/favicon.svg"} {
		if _, ok := first.Snapshot.Files[p]; !ok {
			t.Errorf("%s is missing from the snapshot", p)
		}
	}
	edit(t, dir, "content/routines/morning-back.md", "\nfrequency:", "\nupdated: 2026-01-02\nfrequency:")
	got, err := s.Rebuild([]string{"content/routines/morning-back.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if got.Full || !slices.Contains(got.Changed, "sitemap.xml") || slices.Contains(got.Changed, "robots.txt") {
		t.Errorf("full %v, changed %v: want a partial rebuild that changed sitemap.xml, not robots.txt", got.Full, got.Changed)
	}
	if !bytes.Contains(got.Snapshot.Files["sitemap.xml"].Data, []byte("<lastmod>2026-01-02</lastmod>")) {
		t.Error("sitemap.xml lacks the new review date")
	}
}
