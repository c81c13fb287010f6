package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/internal/sample"
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
