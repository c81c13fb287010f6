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

func TestOpenRefusesAFIFOSwappedIn(t *testing.T) {
	root := writeSite(t, map[string]string{"content/a.png": "picture"})
	f := loadFiles(t, root)["a.png"]
	name := filepath.Join(root, "content", "a.png")
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skip("cannot make a FIFO:", err)
	}
	for what, open := range map[string]func() (*os.File, error){"Open": f.Open, "OpenNow": f.OpenNow} {
		done := make(chan error, 1)
		go func() {
			in, err := open()
			if in != nil {
				in.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			if want := "content/a.png: " + notRegular; err == nil || err.Error() != want {
				t.Errorf("%s of a FIFO: %v, want %q", what, err, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s blocked on a FIFO", what)
		}
	}
}
