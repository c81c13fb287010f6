package pipeline

import (
	"bytes"
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/limber/limber/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// buildFixture builds testdata/site into a fresh folder and returns it.
func buildFixture(t *testing.T) string { return buildSite(t, "testdata/site") }

// buildSite builds the site folder dir into a fresh folder and returns it.
func buildSite(t *testing.T, dir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), Options{Site: dir, Out: out}); err != nil {
		t.Fatalf("build: %v", err)
	}
	return out
}

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGolden compares every file the fixture sites build to their golden
// folders: testdata/site to testdata/golden, and testdata/site-es, a site in
// English and Spanish, to testdata/golden-es. Run "go test
// ./internal/pipeline -update" after an intended change and review the diff.
func TestGolden(t *testing.T) {
	for site, golden := range map[string]string{"testdata/site": "testdata/golden", "testdata/site-es": "testdata/golden-es"} {
		t.Run(site, func(t *testing.T) { compareGolden(t, buildSite(t, site), golden) })
	}
}

// compareGolden compares the files built into out with the folder golden,
// or rewrites golden with them under -update.
func compareGolden(t *testing.T, out, golden string) {
	got := readTree(t, out)
	checkAssetsCopied(t, got)
	if *update {
		os.RemoveAll(golden)
		for rel, data := range got {
			p := filepath.Join(golden, filepath.FromSlash(rel))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := readTree(t, golden)
	for rel, data := range got {
		if w, ok := want[rel]; !ok {
			t.Errorf("%s: built but not in %s", rel, golden)
		} else if !bytes.Equal(data, w) {
			t.Errorf("%s differs from %s (run with -update and review the diff)", rel, golden)
		}
	}
	for rel := range want {
		if _, ok := got[rel]; !ok {
			t.Errorf("%s: in %s but not built", rel, golden)
		}
	}
}

// TestDeterministic builds the fixture with one and with several threads and
// in two time zones and expects the same bytes.
func TestDeterministic(t *testing.T) {
	prev := runtime.GOMAXPROCS(1)
	first := readTree(t, buildFixture(t))
	runtime.GOMAXPROCS(8)
	t.Setenv("TZ", "Pacific/Chatham")
	second := readTree(t, buildFixture(t))
	runtime.GOMAXPROCS(prev)
	if len(first) != len(second) {
		t.Fatalf("%d files, then %d", len(first), len(second))
	}
	for rel, data := range first {
		if !bytes.Equal(data, second[rel]) {
			t.Errorf("%s differs between builds", rel)
		}
	}
}

// checkAssetsCopied checks that the built-in static files are written as
// they are embedded, and leaves them out of the golden comparison, where
// every style change would otherwise need a second copy.
func checkAssetsCopied(t *testing.T, got map[string][]byte) {
	t.Helper()
	err := fs.WalkDir(templates.FS(), "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		want, err := fs.ReadFile(templates.FS(), p)
		if !bytes.Equal(got[p], want) {
			t.Errorf("%s is not the embedded file", p)
		}
		delete(got, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
