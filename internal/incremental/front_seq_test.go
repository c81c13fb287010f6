package incremental

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/limber/limber/internal/pipeline"
)

// TestSessionPatchSequences saves stretch, routine, body and condition
// edits in a row, with drafts left out and included (a routine holding one
// stretch twice), and compares every rebuild with a full build.
func TestSessionPatchSequences(t *testing.T) {
	for _, drafts := range []bool{false, true} {
		dir := copySample(t)
		opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/", Drafts: drafts, Now: day()}
		const kc = "content/stretches/knee-to-chest.md"
		const mb = "content/routines/morning-back.md"
		const os_ = "content/conditions/osteoporosis.md"
		if drafts {
			edit(t, dir, "content/stretches/lunge.md", "title:", "draft: true\ntitle:")
		}
		edit(t, dir, mb, "  - ref: lumbar-twist\n", "  - ref: knee-to-chest\n    reps: 4\n    notes: Again.\n  - ref: lumbar-twist\n")
		s := NewSession(opts)
		first, err := s.Rebuild(nil, true)
		if err != nil {
			t.Fatal(err)
		}
		served := first.Findings
		steps := []struct{ name, file, old, new string }{
			{"stretch summary", kc, "summary: A gentle stretch", "summary: A soft stretch"},
			{"stretch hold", kc, "hold: 30s", "hold: 20s"},
			{"routine second item notes", mb, "notes: Again.", "notes: Once more."},
			{"stretch body only", kc, "1. Lie on your back", "1. Lie down on your back"},
			{"stretch hold short", kc, "hold: 20s", "hold: 5s"},
			{"routine summary", mb, "summary: Five gentle", "summary: Five soft"},
			{"condition summary (the pipeline)", os_, "summary:", "summary: Weak bones."},
			{"stretch sides", kc, "sides: both", "sides: left"},
			{"stretch step and front", kc, "2. Hold one knee", "2. Hug one knee\nStop now.\n"},
			{"stretch check_off", kc, "sides: left", "sides: left\ncheck_off:\n  hold-time: a test"},
			{"stretch hold back", kc, "hold: 5s", "hold: 30s"},
			{"routine second reps", mb, "    reps: 4\n", "    reps: 5\n"},
			{"stretch title (full)", kc, "title: Knee to chest", "title: Knee hug"},
			{"stretch hold after full", kc, "hold: 30s", "hold: 25s"},
			{"routine item hold after full", mb, "    reps: 5\n", "    reps: 5\n    hold: 40s\n"},
			{"stretch summary again", kc, "summary: A soft stretch", "summary: A kind stretch"},
		}
		for _, st := range steps {
			edit(t, dir, st.file, st.old, st.new)
			got, err := s.Rebuild([]string{st.file}, false)
			if err != nil {
				t.Fatalf("drafts %v %s: %v", drafts, st.name, err)
			}
			want, err := NewSession(opts).Rebuild(nil, true)
			if err != nil {
				t.Fatal(err)
			}
			sameSnapshot(t, st.name, got.Snapshot, want.Snapshot)
			served = merge(served, got)
			if !reflect.DeepEqual(served, want.Findings) {
				t.Errorf("drafts %v %s (quick %v): findings\n%v\nwant\n%v", drafts, st.name, got.Quick, served, want.Findings)
			}
			t.Logf("drafts %v %s: quick %v rendered %d", drafts, st.name, got.Quick, got.Rendered)
		}
	}
}

// TestSessionDeleteAfterPatch patches a new stretch, saves two files at
// once, then deletes the patched stretch.
func TestSessionDeleteAfterPatch(t *testing.T) {
	dir := copySample(t)
	opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/", Now: day()}
	data, _ := os.ReadFile(filepath.Join(dir, "content/stretches/knee-to-chest.md"))
	os.WriteFile(filepath.Join(dir, "content/stretches/zz-test.md"), []byte(strings.Replace(string(data), "title: Knee to chest", "title: Zed test", 1)), 0o644)
	s := NewSession(opts)
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	const lu = "content/stretches/zz-test.md"
	const mb = "content/routines/morning-back.md"
	const kc = "content/stretches/knee-to-chest.md"
	edit(t, dir, lu, "summary: A gentle", "summary: A new")
	got, err := s.Rebuild([]string{lu}, false)
	if err != nil || !got.Quick {
		t.Fatal(err, got.Quick)
	}
	sameAsFullBuild(t, opts, "patch", got, true)
	edit(t, dir, kc, "hold: 30s", "hold: 20s")
	edit(t, dir, mb, "summary: Five gentle", "summary: Five soft")
	got, err = s.Rebuild([]string{kc, mb}, false)
	if err != nil {
		t.Fatal(err)
	}
	sameAsFullBuild(t, opts, "two kinds", got, false)
	if err := os.Remove(filepath.Join(dir, lu)); err != nil {
		t.Fatal(err)
	}
	got, err = s.Rebuild([]string{lu}, false)
	if err != nil {
		t.Fatal(err)
	}
	sameAsFullBuild(t, opts, "deleted", got, false)
}

// TestSessionRoutinePatchUndone saves a routine whose new dose a rule
// refuses: the patch is undone, the fix takes the pipeline, and the next
// edit is patched again.
func TestSessionRoutinePatchUndone(t *testing.T) {
	dir := copySample(t)
	opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/", Now: day()}
	s := NewSession(opts)
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	const mb = "content/routines/morning-back.md"
	edit(t, dir, mb, "    hold: 30s\n", "    hold: 10m\n")
	if _, err := s.Rebuild([]string{mb}, false); err == nil {
		t.Fatal("want a rule error")
	}
	edit(t, dir, mb, "    hold: 10m\n", "    hold: 25s\n")
	got, err := s.Rebuild([]string{mb}, false)
	if err != nil {
		t.Fatal(err)
	}
	sameAsFullBuild(t, opts, "fixed", got, false)
	edit(t, dir, mb, "summary: Five gentle", "summary: Five soft")
	got, err = s.Rebuild([]string{mb}, false)
	if err != nil {
		t.Fatal(err)
	}
	sameAsFullBuild(t, opts, "patched after", got, true)
}
