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
	_, site := newSite(t)
	res := build(t, site, filepath.Join(site, "public"), false, map[string]string{"a/b/c.html": "c", "d.html": "d"})
	err := filepath.WalkDir(res.Out, func(p string, d fs.DirEntry, err error) error {
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
	if err := tx.CopyFile("pipe", fifo); err == nil {
		t.Error("CopyFile of a named pipe = nil, want an error")
	}
	if _, err := os.Stat(filepath.Join(base, "site/public")); err == nil {
		t.Error("an output appeared before Commit")
	}
}
