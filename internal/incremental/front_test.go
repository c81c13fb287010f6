package incremental

import (
	"reflect"
	"strings"
	"testing"

	"github.com/limber/limber/internal/pipeline"
)

// TestSessionFrontEdits edits what a stretch's pages show in its front
// matter, and what the site is put together by, and checks after each save
// that limber serve's rebuild gives the same bytes and findings as a full
// build, taking a fast path only for the first kind.
func TestSessionFrontEdits(t *testing.T) {
	dir := copySample(t)
	opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"}
	s := NewSession(opts)
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	const kc = "content/stretches/knee-to-chest.md"
	steps := []struct {
		name, old, new string
		quick          bool
		broken         bool // a rule finds an error, reported at the file
	}{
		{"summary", "summary: A gentle stretch", "summary: A soft stretch", true, false},
		{"hold", "hold: 30s", "hold: 20s", true, false},
		{"a short hold (a warning on it and its routines)", "hold: 20s", "hold: 5s", true, false},
		{"a hold a rule refuses", "hold: 5s", "hold: 10m", false, true},
		{"fixed (the pipeline, after a failure)", "hold: 10m", "hold: 20s", false, false},
		{"reps", "reps: 3", "reps: 4", true, false},
		{"sides", "sides: both", "sides: left", true, false},
		{"difficulty", "difficulty: easy", "difficulty: moderate", true, false},
		{"muscles", "muscles: [lower back", "muscles: [hip flexors, lower back", true, false},
		{"a picture's words", "alt: A person lying", "alt: Someone lying", true, false},
		{"a reference", "title: Back Pain (MedlinePlus", "title: Low Back Pain (MedlinePlus", true, false},
		{"a line more above the pictures", "summary: A soft stretch", "summary: >-\n  A soft stretch", true, false},
		{"a step and a field at once", "2. Hold one knee", "2. Hug one knee", true, false},
		{"title (lists are sorted by it)", "title: Knee to chest", "title: Knee hug", false, false},
		{"a region", "regions: [lower-back, hips]", "regions: [lower-back]", false, false},
		{"a contraindication", ", pregnancy]", "]", false, false},
		{"the kind of stretch", "type: static", "type: dynamic", false, false},
		{"the same picture, written another way", "src: knee-to-chest.svg", "src: ../stretches/knee-to-chest.svg", true, false},
		{"another picture", "src: ../stretches/knee-to-chest.svg", "src: cat-cow.svg", false, false},
		{"back to a shown field", "reps: 4", "reps: 2", true, false},
	}
	for _, st := range steps {
		edit(t, dir, kc, st.old, st.new)
		got, err := s.Rebuild([]string{kc}, false)
		if st.broken {
			if err == nil || !strings.Contains(err.Error(), kc+":5:7: ") {
				t.Fatalf("%s: want the problem reported at %s:5:7, got %v", st.name, kc, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		sameAsFullBuild(t, opts, st.name, got, st.quick)
	}
}

// TestSessionRoutineFrontEdits does the same for a routine's front matter.
func TestSessionRoutineFrontEdits(t *testing.T) {
	dir := copySample(t)
	opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"}
	s := NewSession(opts)
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	const mb = "content/routines/morning-back.md"
	steps := []struct {
		name, old, new string
		quick          bool
	}{
		{"summary (its sheets show it too)", "summary: Five gentle", "summary: Five soft", true},
		{"frequency", "frequency: daily", "frequency: every morning", true},
		{"warm-up", "march in place for 5 minutes", "march in place for 6 minutes", true},
		{"an item's reps", "    reps: 2\n  - ref: cat-cow", "    reps: 3\n  - ref: cat-cow", true},
		{"an item's hold, added", "  - ref: knee-to-chest\n", "  - ref: knee-to-chest\n    hold: 20s\n", true},
		{"an item's notes", "Start with small moves.", "Begin with small moves.", true},
		{"a review date (the sitemap shows it)", "duration: 10 minutes\n", "duration: 10 minutes\nupdated: 2026-11-01\n", false},
		{"the reviewer", "duration: 10 minutes\n", "duration: 10 minutes\nreviewed_by: A. Physio, PT\n", true},
		{"a stretch swapped", "  - ref: cat-cow\n", "  - ref: open-book\n", false},
		{"title", "title: Morning back routine", "title: Morning back", false},
		{"a dose again", "    hold: 20s\n", "    hold: 25s\n", true},
	}
	for _, st := range steps {
		edit(t, dir, mb, st.old, st.new)
		got, err := s.Rebuild([]string{mb}, false)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		sameAsFullBuild(t, opts, st.name, got, st.quick)
	}
}

// sameAsFullBuild compares a rebuild with a full build of the same files:
// every output byte and the findings handed over, and the path taken (a fast path or the pipeline).
func sameAsFullBuild(t *testing.T, opts pipeline.Options, name string, got Rebuilt, quick bool) {
	t.Helper()
	want, err := NewSession(opts).Rebuild(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, name, got.Snapshot, want.Snapshot)
	if got.Quick != quick {
		t.Errorf("%s: fast path %v, want %v", name, got.Quick, quick)
	}
	for url, fs := range got.Findings {
		if !reflect.DeepEqual(fs, want.Findings[url]) {
			t.Errorf("%s: findings of %s\n got %v\nwant %v", name, url, fs, want.Findings[url])
		}
	}
	if quick && (got.Rendered < 2 || got.Rendered >= len(want.Snapshot.Files)/2) {
		t.Errorf("%s: rendered %d pages, want the page's own and those that show it", name, got.Rendered)
	}
}
