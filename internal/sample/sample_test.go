package sample

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCopyTo(t *testing.T) {
	dst := filepath.Join(t.TempDir(), "site")
	if err := CopyTo(dst); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"limber.yaml", "content/stretches/cat-cow.md", "content/routines/morning-back.md"} {
		if _, err := os.Stat(filepath.Join(dst, p)); err != nil {
			t.Error(err)
		}
	}
}
