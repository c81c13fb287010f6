package incremental

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/sample"

	"github.com/limber/limber/internal/pipeline"
)

// copySample copies the bundled sample site, in English only, into a
// temporary folder: most of these tests are of the fast paths, most of
// which limber serve takes on a site of one language only.
func copySample(t testing.TB) string { return copySampleIn(t, false) }

// copySampleIn copies the bundled sample site into a temporary folder, in
// English and Spanish when both is true, else in English only.
func copySampleIn(t testing.TB, both bool) string {
	t.Helper()
	dir := t.TempDir()
	copyTo := sample.CopyEnglishTo
	if both {
		copyTo = sample.CopyTo
	}
	if err := copyTo(dir); err != nil {
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
func sameSnapshot(t *testing.T, step string, got, want *pipeline.Snapshot) {
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
	opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"}
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
	s := NewSession(pipeline.Options{Site: dir})
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
	s := NewSession(pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"})
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

// hardText reads far above grade 8: limber check's reading-grade rule
// makes it an error.
const hardText = "Notwithstanding considerable interindividual variability, physiotherapeutic " +
	"interventions emphasizing progressive neuromuscular elongation demonstrate substantial " +
	"improvements regarding musculotendinous extensibility, particularly following standardized " +
	"preparatory thermoregulatory activities. Practitioners consequently recommend incorporating " +
	"individualized periodization, acknowledging comorbidities, contraindications, medication " +
	"considerations, and psychosocial determinants influencing therapeutic adherence. " +
	"Comprehensive documentation facilitates interdisciplinary communication, accountability, " +
	"and evidence-informed modification whenever symptomatology unexpectedly intensifies. " +
	"Additionally, contemporary rehabilitation literature increasingly characterizes " +
	"self-management education as fundamental, recognizing patients' autonomy, expectations, " +
	"socioeconomic circumstances, and environmental accessibility considerations throughout " +
	"longitudinal musculoskeletal rehabilitation programming."

// TestSessionQuickBodyEdits checks limber serve's fast path: an edit to the
// words of a body that no other page shows renders that page alone, and
// everything else (steps, stop-if points, broken links, edits after a
// failed rebuild) still ends equal to a full build.
func TestSessionQuickBodyEdits(t *testing.T) {
	dir := copySample(t)
	opts := pipeline.Options{Site: dir, BaseURL: "https://clinic.example.org/handouts/"}
	s := NewSession(opts)
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	const kc, rt = "content/stretches/knee-to-chest.md", "content/routines/morning-back.md"
	steps := []struct {
		name     string
		change   func()
		paths    []string
		rendered int // pages rendered; 0: more than one, from the pipeline
		broken   bool
	}{
		{"reword a stretch's introduction", func() { edit(t, dir, kc, "This stretch eases", "This stretch softens") }, []string{kc}, 1, false},
		{"add a link to a condition", func() {
			edit(t, dir, kc, "## Tips\n", "## Tips\n\n- See [osteoporosis](../conditions/osteoporosis.md).\n")
		}, []string{kc}, 1, false},
		{"reword two bodies at once", func() {
			edit(t, dir, kc, "This stretch softens", "This stretch eases")
			edit(t, dir, rt, "Many people feel", "Lots of people feel")
		}, []string{kc, rt}, 2, false},
		{"change a step (sheets show it)", func() { edit(t, dir, kc, "2. Hold one knee", "2. Hug one knee") }, []string{kc}, 0, false},
		{"change a stop-if point", func() { edit(t, dir, kc, "- Your hip pinches.", "- Your hip pinches at the front.") }, []string{kc}, 0, false},
		{"break a link", func() { edit(t, dir, kc, "(../conditions/osteoporosis.md)", "(../conditions/nope.md)") }, []string{kc}, 0, true},
		{"fix it, body only", func() { edit(t, dir, kc, "(../conditions/nope.md)", "(../conditions/osteoporosis.md)") }, []string{kc}, 0, false},
		{"a body too hard to read (a rule's error)", func() {
			edit(t, dir, kc, "This stretch eases", hardText+" This stretch eases")
		}, []string{kc}, 0, true},
		{"make it plain again", func() { edit(t, dir, kc, hardText+" ", "") }, []string{kc}, 0, false},
		{"reword again once good", func() { edit(t, dir, kc, "This stretch eases", "This stretch helps") }, []string{kc}, 1, false},
		{"then retitle it", func() { edit(t, dir, kc, "title: Knee to chest", "title: Knee hug") }, []string{kc}, 0, false},
		{"drop its hold (a missing field)", func() { edit(t, dir, kc, "hold: 30s\n", "") }, []string{kc}, 0, true},
		{"meanwhile edit a routine that does not show it", func() {
			edit(t, dir, "content/routines/desk-break.md", "summary: Four", "summary: Five")
		}, []string{"content/routines/desk-break.md"}, 0, true},
		{"mend it: the routine's pages are rendered too", func() { edit(t, dir, kc, "type: static\n", "type: static\nhold: 30s\n") }, []string{kc}, 0, false},
		{"drop its hold again", func() { edit(t, dir, kc, "hold: 30s\n", "") }, []string{kc}, 0, true},
		{"meanwhile retitle the site", func() { edit(t, dir, "limber.yaml", "title: ", "title: Renamed ") }, []string{"limber.yaml"}, 0, true},
		{"mend it: every page shows the new title", func() { edit(t, dir, kc, "type: static\n", "type: static\nhold: 30s\n") }, []string{kc}, 0, false},
	}
	for _, st := range steps {
		st.change()
		got, err := s.Rebuild(st.paths, false)
		if st.broken {
			if err == nil || !strings.Contains(err.Error(), kc+":") {
				t.Fatalf("%s: want the problem reported at %s, got %v", st.name, kc, err)
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
		if st.rendered > 0 && got.Rendered != st.rendered || st.rendered == 0 && got.Rendered <= len(st.paths) {
			t.Errorf("%s: rendered %d pages, want %d (0: the pipeline)", st.name, got.Rendered, st.rendered)
		}
		if len(got.Changed) != got.Rendered && st.rendered > 0 {
			t.Errorf("%s: changed %v, want every rendered page", st.name, got.Changed)
		}
	}
}

// TestSessionOnTwoLanguages edits the sample site in English and Spanish:
// a change to the words of an English page's body takes the fast path
// there too, and every other edit runs the pipeline, which re-renders both
// languages. After each step the result must equal a fresh full build.
func TestSessionOnTwoLanguages(t *testing.T) {
	dir := copySampleIn(t, true)
	opts := pipeline.Options{Site: dir, Now: day()}
	s := NewSession(opts)
	if _, err := s.Rebuild(nil, true); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name, rel, old, new string
		quick               bool
	}{
		{"English tips", "content/stretches/cat-cow.md", "## Tips\n", "## Tips\n\nGo slowly.\n", true},
		{"Spanish tips", "content/stretches/cat-cow.es.md", "## Consejos\n", "## Consejos\n\nVaya despacio.\n", false},
		{"English hold", "content/stretches/knee-to-chest.md", "hold: 30s", "hold: 40s", false},
		{"English step", "content/stretches/cat-cow.md", "1. Get on your hands and knees.", "1. Get down on your hands and knees.", false},
		{"English article", "content/articles/stretching-basics.md", "\n\n", "\n\nA new first paragraph.\n\n", true},
	}
	for _, st := range steps {
		edit(t, dir, st.rel, st.old, st.new)
		got, err := s.Rebuild([]string{st.rel}, false)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		want, err := NewSession(opts).Rebuild(nil, true)
		if err != nil {
			t.Fatal(err)
		}
		sameSnapshot(t, st.name, got.Snapshot, want.Snapshot)
		if got.Quick != st.quick {
			t.Errorf("%s: quick %v, want %v", st.name, got.Quick, st.quick)
		}
	}
}
