//go:build unix

package content

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/limber/limber/internal/diag"
)

// loadWithin runs Load, failing the test if it has not returned within a
// few seconds (reading a FIFO would block forever).
func loadWithin(t *testing.T, root string) diag.List {
	t.Helper()
	done := make(chan diag.List, 1)
	go func() {
		_, errs := Load(root, Options{})
		done <- errs
	}()
	select {
	case errs := <-done:
		return errs
	case <-time.After(5 * time.Second):
		t.Fatal("Load blocked on a FIFO")
		return nil
	}
}

func TestLoadRefusesFIFOs(t *testing.T) {
	root := writeSite(t, map[string]string{"content/stretches/cat-cow.md": stretchMD("../images/a.png")})
	for _, name := range []string{"limber.yaml", "content/stretches/pipe.md", "content/images/a.png"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(filepath.Join(root, name), 0o644); err != nil {
			t.Skip("cannot make a FIFO:", err)
		}
	}
	if err := os.Symlink("a.png", filepath.Join(root, "content", "images", "link.png")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	checkMessages(t, loadWithin(t, root), []string{
		`content/images/a.png: not a regular file; limber reads only ordinary files`,
		`content/images/link.png: not a regular file; limber reads only ordinary files`,
		`content/stretches/cat-cow.md:7:16: images[0].src: "../images/a.png" does not exist`,
		`content/stretches/pipe.md: not a regular file; limber reads only ordinary files`,
		`limber.yaml: not a regular file; limber reads only ordinary files`,
	})
}
