package watch

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// Generous waits, for a loaded two-core CI machine: tests wait up to
// arrive for a batch, then settle more for any batch that should not come.
const (
	arrive = 5 * time.Second
	settle = 600 * time.Millisecond
	quiet  = 150 * time.Millisecond
)

// newSite makes a small site: limber.yaml and content/stretches/cat-cow.md,
// no templates/ folder.
func newSite(t testing.TB) string {
	t.Helper()
	root := t.TempDir()
	write(t, root, "limber.yaml", "title: Test\n")
	write(t, root, "content/stretches/cat-cow.md", "---\ntitle: Cat-cow\n---\n")
	return root
}

// startOn starts a watcher on root with the test quiet period and closes it
// when the test ends.
func startOn(t testing.TB, root string, opts Options) *Watcher {
	t.Helper()
	if opts.Quiet == 0 {
		opts.Quiet = quiet
	}
	w, err := New(root, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// write writes a file under root, making its folders.
func write(t testing.TB, root, rel, body string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// must fails the test on err.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// collect receives batches until every path in want has been listed, then
// for settle more, and returns them all. It fails if want is not complete
// within arrive.
func collect(t testing.TB, w *Watcher, want ...string) []Batch {
	t.Helper()
	var got []Batch
	seen := map[string]bool{}
	timeout := time.NewTimer(arrive)
	defer timeout.Stop()
	for !hasAll(seen, want) {
		select {
		case b, ok := <-w.Batches():
			if !ok {
				t.Fatalf("Batches closed; got %v, want %v", got, want)
			}
			got = append(got, b)
			for _, p := range b.Paths {
				seen[p] = true
			}
		case <-timeout.C:
			t.Fatalf("no batch listed all of %v within %v; got %v", want, arrive, got)
		}
	}
	return append(got, drain(w, settle)...)
}

// drain returns the batches that arrive within d.
func drain(w *Watcher, d time.Duration) []Batch {
	var got []Batch
	timeout := time.NewTimer(d)
	defer timeout.Stop()
	for {
		select {
		case b, ok := <-w.Batches():
			if !ok {
				return got
			}
			got = append(got, b)
		case <-timeout.C:
			return got
		}
	}
}

// hasAll reports whether seen holds every path in want.
func hasAll(seen map[string]bool, want []string) bool {
	for _, p := range want {
		if !seen[p] {
			return false
		}
	}
	return true
}

// allPaths returns the sorted union of the batches' paths.
func allPaths(bs []Batch) []string {
	var all []string
	for _, b := range bs {
		all = append(all, b.Paths...)
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// wantOne fails unless bs is exactly one batch listing exactly paths.
func wantOne(t testing.TB, bs []Batch, paths ...string) {
	t.Helper()
	if len(bs) != 1 || !slices.Equal(bs[0].Paths, paths) || bs[0].Full {
		t.Errorf("got batches %+v, want one batch %v", bs, paths)
	}
}
