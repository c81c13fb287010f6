//go:build unix

package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestPermissionsIgnoreUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	for name, portable := range writers() {
		t.Run(name, func(t *testing.T) {
			base, tx := beginWith(t, portable)
			mustWrite(t, filepath.Join(base, "photo.jpg"), "jpeg")
			for _, rel := range []string{"a/b/c.html", "d.html"} {
				if err := tx.WriteFile(rel, []byte(rel)); err != nil {
					t.Fatal(err)
				}
			}
			if err := copyPath(tx, "e/photo.jpg", filepath.Join(base, "photo.jpg")); err != nil {
				t.Fatal(err)
			}
			res, err := tx.Commit()
			if err != nil {
				t.Fatal(err)
			}
			checkModes(t, res.Out)
		})
	}
}

// checkModes fails unless every file under out has mode 0644 and every
// folder 0755.
func checkModes(t *testing.T, out string) {
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		want := fs.FileMode(0o644)
		if d.IsDir() {
			want = 0o755 | fs.ModeDir
		}
		if info.Mode() != want {
			t.Errorf("%s has mode %v, want %v", p, info.Mode(), want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestCopyFileRefusesFifo(t *testing.T) {
	base, tx := begin(t)
	fifo := filepath.Join(base, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	if err := copyPath(tx, "pipe", fifo); err == nil {
		t.Error("CopyFile of a named pipe = nil, want an error")
	}
	if _, err := os.Stat(filepath.Join(base, "site/public")); err == nil {
		t.Error("an output appeared before Commit")
	}
}
