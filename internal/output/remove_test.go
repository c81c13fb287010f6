package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestRemoveAll(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "outside")
	mustWrite(t, filepath.Join(outside, "keep.html"), "theirs")
	dir := filepath.Join(base, "old")
	for _, f := range []string{"index.html", "a/index.html", "a/b/c/d.html", "a/e.svg", "f/g/index.html"} {
		mustWrite(t, filepath.Join(dir, filepath.FromSlash(f)), f)
	}
	mustMkdir(t, filepath.Join(dir, "empty/deeper"))
	for link, target := range map[string]string{"link": outside, "a/link": outside, "a/b/link": outside} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	if err := removeAll(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s is still there (%v)", dir, err)
	}
	if got := files(t, outside); !reflect.DeepEqual(got, map[string]string{"keep.html": "theirs"}) {
		t.Errorf("removing followed a link: the folder outside holds %v", got)
	}
	if err := removeAll(filepath.Join(base, "missing")); err != nil {
		t.Errorf("removing a missing folder: %v", err)
	}
}
