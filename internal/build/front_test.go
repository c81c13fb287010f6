package build

import (
	"reflect"
	"strings"
	"testing"
)

// TestSessionFrontEdits edits what a stretch's pages show in its front
// matter, and what the site is put together by, and checks after each save
// that limber serve's rebuild gives the same bytes and findings as a full
// build, taking the quick road only for the first kind.
func TestSessionFrontEdits(t *testing.T) {
	dir := copySample(t)
	opts := Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"}
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
		{"fixed (the full road, after a failure)", "hold: 10m", "hold: 20s", false, false},
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
		want, err := NewSession(opts).Rebuild(nil, true)
		if err != nil {
			t.Fatal(err)
		}
		sameSnapshot(t, st.name, got.Snapshot, want.Snapshot)
		if got.Quick != st.quick {
			t.Errorf("%s: quick road %v, want %v", st.name, got.Quick, st.quick)
		}
		for url, fs := range got.Findings {
			if !reflect.DeepEqual(fs, want.Findings[url]) {
				t.Errorf("%s: findings of %s\n got %v\nwant %v", st.name, url, fs, want.Findings[url])
			}
		}
		if st.quick && (got.Rendered < 2 || got.Rendered >= len(want.Snapshot.Files)/2) {
			t.Errorf("%s: rendered %d pages, want the stretch's own and those that show it", st.name, got.Rendered)
		}
	}
}
