package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/limber/limber/internal/output"
)

// TestCopyReadsWhatLoadChecked loads the fixture site, then swaps a file
// it will copy for a symlink to a secret outside the site, as a process
// racing the build could between the walk and the copy: the copy fails at
// the file's path instead of publishing the secret.
func TestCopyReadsWhatLoadChecked(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	if err := os.CopyFS(site, os.DirFS("testdata/site")); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("TOP-SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	ns, tpl, errs := Prepare(Options{Site: site})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	name := filepath.Join(site, "content/files/sheet.pdf")
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, name); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	tx, err := output.Begin(output.Options{Site: site, Out: filepath.Join(site, "public")})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Abort()
	err = writeFiles(context.Background(), tx, ns, tpl, &Written{})
	const want = "content/files/sheet.pdf: changed while limber was reading the site; build again"
	if err == nil || err.Error() != want {
		t.Errorf("copying a file swapped for a symlink: %v, want %q", err, want)
	}
}
