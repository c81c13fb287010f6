package output

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// writers names the two ways a Tx writes: openat2 (on Linux) and os.Root.
func writers() map[string]bool { return map[string]bool{"fast": false, "portable": true} }

// beginWith starts a build of a new site into site/public, portable or not,
// and aborts it at the end of the test.
func beginWith(t *testing.T, portable bool) (base string, tx *Tx) {
	t.Helper()
	base, site := newSite(t)
	tx, err := Begin(Options{Site: site, Out: filepath.Join(site, "public"), portable: portable})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tx.Abort() })
	return base, tx
}

func TestFastWriterOnLinux(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("openat2 is Linux only")
	}
	_, tx := beginWith(t, false)
	if tx.fast == nil {
		t.Skip("this kernel has no openat2 (Linux 5.6 or later), or a sandbox forbids it")
	}
}

func TestWritersMakeTheSameOutput(t *testing.T) {
	got := map[string]map[string]string{}
	for name, portable := range writers() {
		base, tx := beginWith(t, portable)
		src := filepath.Join(base, "photo.jpg")
		mustWrite(t, src, "jpeg bytes")
		for _, rel := range []string{"index.html", "a/index.html", "a/b/c/index.html", "a/b/sheet.html"} {
			if err := tx.WriteFile(rel, []byte(rel)); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if err := copyPath(tx, "a/b/photo.jpg", src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := copyPath(tx, "empty.txt", os.DevNull); err == nil {
			t.Errorf("%s: copying %s = nil, want an error: it is not a regular file", name, os.DevNull)
		}
		if err := tx.WriteFile("index.html/x", nil); err == nil {
			t.Errorf("%s: writing under a file = nil, want an error", name)
		}
		if err := tx.WriteFile("a/b", nil); err == nil {
			t.Errorf("%s: writing over a folder = nil, want an error", name)
		}
		res, err := tx.Commit()
		if err != nil {
			t.Fatal(err)
		}
		got[name] = files(t, res.Out)
	}
	if !reflect.DeepEqual(got["fast"], got["portable"]) {
		t.Errorf("the writers differ:\nfast     %v\nportable %v", got["fast"], got["portable"])
	}
}

// TestWritersRefuseLinks plants symbolic links inside the build folder,
// as another program could, and checks that no write follows them out.
func TestWritersRefuseLinks(t *testing.T) {
	for name, portable := range writers() {
		base, tx := beginWith(t, portable)
		outside := filepath.Join(base, "outside")
		mustMkdir(t, outside)
		mustWrite(t, filepath.Join(outside, "x.html"), "theirs")
		if err := tx.WriteFile("a/index.html", []byte("ours")); err != nil {
			t.Fatal(err)
		}
		for link, target := range map[string]string{"dir": outside, "a/file.html": filepath.Join(outside, "x.html")} {
			if err := os.Symlink(target, filepath.Join(tx.tmp, filepath.FromSlash(link))); err != nil {
				t.Fatal(err)
			}
		}
		for _, rel := range []string{"dir/x.html", "dir/new/index.html", "a/file.html"} {
			if err := tx.WriteFile(rel, []byte("ours")); err == nil {
				t.Errorf("%s: WriteFile(%q) through a link = nil, want an error", name, rel)
			}
		}
		want := map[string]string{"x.html": "theirs"}
		if after := files(t, outside); !reflect.DeepEqual(after, want) {
			t.Errorf("%s: the folder outside now holds %v, want %v", name, after, want)
		}
	}
}
