package incremental

import (
	"io/fs"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/pipeline"
)

// The three adapters below are FuzzServeEquivalence's only calls into the
// engine, so that the test moves with it: start limber serve's session,
// rebuild it after changes as the watcher reports them, and make a fresh
// full build to compare with.

// startEngine starts limber serve's engine with its first, full build.
func startEngine(opts pipeline.Options) (*Session, Rebuilt, error) {
	s := NewSession(opts)
	r, err := s.Rebuild(nil, true)
	return s, r, err
}

// rebuildAfter rebuilds the engine after the files in changed changed.
func rebuildAfter(s *Session, changed []string) (Rebuilt, error) { return s.Rebuild(changed, false) }

// freshBuild builds the site from nothing, as limber serve does at start.
func freshBuild(opts pipeline.Options) (Rebuilt, error) { return NewSession(opts).Rebuild(nil, true) }

// maxBatches bounds the rebuilds of one fuzz input, and maxBatch the edits
// saved together in one batch.
const maxBatches, maxBatch = 12, 4

// FuzzServeEquivalence applies a sequence of edits, decoded from the input
// (see equiv_edits_test.go), to a copy of the sample site (in English, or
// in English and Spanish), rebuilding
// limber serve's engine after each batch with the changed paths as the
// watcher reports them. After every batch what the server would show (every
// file's bytes and source, and the findings merged as it merges them)
// must equal a fresh full build, and every file that changed must be in
// Changed (the browser tabs to reload); when the fresh build fails the engine must
// fail with the same problems, and then serves its last good site.
func FuzzServeEquivalence(f *testing.F) {
	for _, s := range equivSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := &editor{data: data}
		b := e.next()
		dir := copySampleIn(t, b&4 != 0)
		e.dir = dir
		opts := equivOptions(dir, b)
		eng, first, err := startEngine(opts)
		if err != nil {
			t.Fatalf("the sample site fails: %v", err)
		}
		held, shown := first.Findings, first.Snapshot
		var trail []string
		for n := 0; n < maxBatches && e.at < len(e.data); n++ {
			names, changed := e.batch()
			if len(changed) == 0 {
				continue
			}
			trail = append(trail, strings.Join(names, "+")+" "+strings.Join(changed, ","))
			got, gotErr := rebuildAfter(eng, changed)
			want, wantErr := freshBuild(opts)
			t.Logf("%s: quick %v rendered %d, problems: %v", trail[len(trail)-1], got.Quick, got.Rendered, firstLine(gotErr))
			where := strings.Join(trail, "\n  ")
			if !sameProblems(gotErr, wantErr) {
				t.Fatalf("after\n  %s\nthe engine says %v\na full build says %v", where, gotErr, wantErr)
			}
			if wantErr != nil {
				continue
			}
			held = merge(held, got)
			if d := snapshotDiff(got.Snapshot, want.Snapshot); d != "" {
				t.Fatalf("after\n  %s\nthe served site differs from a full build: %s", where, d)
			}
			if g, w := findingLines(held), findingLines(want.Findings); !reflect.DeepEqual(g, w) {
				t.Fatalf("after\n  %s\nthe served findings (quick %v)\n%v\ndiffer from a full build's\n%v", where, got.Quick, g, w)
			}
			if missed := unannounced(shown, got); len(missed) > 0 {
				t.Fatalf("after\n  %s\nthese files changed but are not in Changed, so an open tab would not reload: %v", where, missed)
			}
			shown = got.Snapshot
		}
	})
}

// equivOptions returns the options of a fuzz input, chosen by its first
// byte: drafts shown or not, base URL from limber.yaml or overridden. Its
// third bit chose the site (copySampleIn).
func equivOptions(dir string, b byte) pipeline.Options {
	opts := pipeline.Options{Site: dir, Drafts: b&1 != 0, Now: day()}
	if b&2 != 0 {
		opts.BaseURL = "https://clinic.example.org/handouts/"
	}
	return opts
}

// batch applies the next edits saved together (a header byte with its high
// bit set adds the next edit) and returns their names and the changed
// paths as the watcher reports them: sorted, once each, without a file
// that was made and removed again within the batch.
func (e *editor) batch() (names []string, changed []string) {
	before := e.files()
	kinds := editKinds()
	for len(names) < maxBatch && e.at < len(e.data) {
		h := e.next()
		k := kinds[int(h&0x7f)%len(kinds)]
		names = append(names, k.name)
		changed = append(changed, k.run(e)...)
		if h&0x80 == 0 {
			break
		}
	}
	slices.Sort(changed)
	changed = slices.Compact(changed)
	after := e.files()
	changed = slices.DeleteFunc(changed, func(p string) bool { return !before[p] && !after[p] })
	return names, changed
}

// files lists the site's files by slash path.
func (e *editor) files() map[string]bool {
	out := map[string]bool{}
	filepath.WalkDir(e.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(e.dir, p)
			out[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	return out
}

// firstLine returns the first line of err, or "none".
func firstLine(err error) string {
	if err == nil {
		return "none"
	}
	l, _, _ := strings.Cut(err.Error(), "\n")
	return l
}

// sameProblems reports whether two rebuilds failed alike: both not at all,
// or both with the same problems.
func sameProblems(a, b error) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Error() == b.Error()
}

// snapshotDiff describes the first files that differ between two
// snapshots, or returns "".
func snapshotDiff(got, want *pipeline.Snapshot) string {
	var diffs []string
	for k, w := range want.Files {
		if g, ok := got.Files[k]; !ok {
			diffs = append(diffs, k+" missing")
		} else if !same(g, w) {
			diffs = append(diffs, k+" differs")
		}
	}
	for k := range got.Files {
		if _, ok := want.Files[k]; !ok {
			diffs = append(diffs, k+" extra")
		}
	}
	slices.Sort(diffs)
	return strings.Join(diffs[:min(len(diffs), 8)], ", ")
}

// unannounced lists the files that differ between the snapshot served
// before a rebuild and the one after it (new, gone or with other bytes)
// but that the rebuild does not list in Changed, which tells the browser
// tabs showing them to reload.
func unannounced(before *pipeline.Snapshot, r Rebuilt) []string {
	var out []string
	for k, v := range r.Snapshot.Files {
		if old, ok := before.Files[k]; (!ok || !same(old, v)) && !slices.Contains(r.Changed, k) {
			out = append(out, k)
		}
	}
	for k := range before.Files {
		if _, ok := r.Snapshot.Files[k]; !ok && !slices.Contains(r.Changed, k) {
			out = append(out, k+" (gone)")
		}
	}
	slices.Sort(out)
	return out[:min(len(out), 8)]
}

// findingLines returns findings as limber serve shows them: lines by page,
// without pages that have none.
func findingLines(by map[string][]check.Finding) map[string][]string {
	out := map[string][]string{}
	for u, fs := range by {
		for _, f := range fs {
			out[u] = append(out[u], f.String())
		}
	}
	return out
}

// TestEquivCoversEveryField fails when a front matter key has no values
// for FuzzServeEquivalence to set: a new field must be fuzzed too.
func TestEquivCoversEveryField(t *testing.T) {
	for sec, values := range map[string]map[string][]string{
		"stretches": stretchValues, "routines": routineValues, "conditions": pageValues,
		"articles": pageValues, "routines.stretches": itemValues,
	} {
		for _, k := range content.Keys(sec) {
			if len(values[k]) == 0 {
				t.Errorf("FuzzServeEquivalence sets no value of %s's %q: add some to equiv_edits_test.go", sec, k)
			}
		}
	}
}
