package output

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// begin starts a build of a new site into site/public and aborts it at the
// end of the test.
func begin(t testing.TB) (base string, tx *Tx) {
	t.Helper()
	base, site := newSite(t)
	tx, err := Begin(Options{Site: site, Out: filepath.Join(site, "public")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tx.Abort() })
	return base, tx
}

func TestWriteFileRefusesBadPaths(t *testing.T) {
	base, tx := begin(t)
	before := tree(t, base)
	for _, rel := range []string{
		"", "../x", "/abs", "a/../../x", "a/../b", "..", ".", "./a", "a/.", "a//b", "a/",
		`a\b`, `..\x`, "a\x00b", MarkerName, markerPart, "/", "//x", "a\nb", "a\r", "\n",
	} {
		if err := tx.WriteFile(rel, []byte("x")); err == nil {
			t.Errorf("WriteFile(%q) = nil, want an error", rel)
		}
	}
	if after := tree(t, base); !reflect.DeepEqual(before, after) {
		t.Errorf("refused writes changed files:\nbefore %v\nafter  %v", before, after)
	}
}

func TestWriteFileConflicts(t *testing.T) {
	_, tx := begin(t)
	if err := tx.WriteFile("a", []byte("file")); err != nil {
		t.Fatal(err)
	}
	if err := tx.WriteFile("a/b", []byte("x")); err == nil {
		t.Error("WriteFile under a file = nil, want an error")
	}
	if err := tx.WriteFile("c/d", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if err := tx.WriteFile("c", []byte("x")); err == nil {
		t.Error("WriteFile over a folder = nil, want an error")
	}
	if err := tx.WriteFile("a", []byte("again")); err != nil {
		t.Errorf("rewriting a file: %v", err)
	}
}

func TestConcurrentWriteFile(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Workers share folders, so they race to create them.
				rel := fmt.Sprintf("s%d/deep/p%d-%d/index.html", i%5, w, i)
				if err := tx.WriteFile(rel, []byte(rel)); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	res, err := tx.Commit()
	if err != nil {
		t.Fatal(err)
	}
	got := files(t, out)
	if len(res.Files) != workers*each || len(got) != workers*each+1 {
		t.Fatalf("result has %d files and the folder %d, want %d", len(res.Files), len(got), workers*each)
	}
	for _, rel := range res.Files {
		if got[rel] != rel {
			t.Errorf("%s holds %q", rel, got[rel])
		}
	}
}

func TestCopyFile(t *testing.T) {
	base, tx := begin(t)
	src := filepath.Join(base, "photo.jpg")
	mustWrite(t, src, "jpeg bytes")
	if err := os.Chmod(src, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(base, "photo-link.jpg")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	if err := copyPath(tx, "img/photo.jpg", src); err != nil {
		t.Fatal(err)
	}
	if err := copyPath(tx, "img/link.jpg", link); err != nil {
		t.Errorf("copying through a symlink: %v", err)
	}
	for _, bad := range []string{base, filepath.Join(base, "missing.jpg")} {
		if err := copyPath(tx, "img/bad.jpg", bad); err == nil {
			t.Errorf("CopyFile(%q) = nil, want an error", bad)
		}
	}
	if err := copyPath(tx, "../escape.jpg", src); err == nil {
		t.Error("CopyFile to ../escape.jpg = nil, want an error")
	}
	res, err := tx.Commit()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"img/photo.jpg": "jpeg bytes", "img/link.jpg": "jpeg bytes"}
	if got := files(t, res.Out); !reflect.DeepEqual(got, withMarker(want)) {
		t.Errorf("output = %v, want %v", got, withMarker(want))
	}
	if info, err := os.Stat(filepath.Join(res.Out, "img/photo.jpg")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("copied file mode = %v, %v; want 0644 whatever the source's mode", info.Mode(), err)
	}
}

func TestCheckPathMessages(t *testing.T) {
	for _, rel := range []string{"", "../x", "/abs", `a\b`, MarkerName} {
		err := CheckPath(rel)
		if err == nil {
			t.Fatalf("CheckPath(%q) = nil", rel)
		}
		if msg := err.Error(); msg != strings.ToLower(msg[:1])+msg[1:] {
			t.Errorf("CheckPath(%q) message %q should start lower-case", rel, msg)
		}
	}
}

// TestCopyFileCopiesTheOpenedFile swaps the source's path for a symlink
// after the caller opened it: the writer copies the file the caller opened
// and checked, never what the path leads to now.
func TestCopyFileCopiesTheOpenedFile(t *testing.T) {
	for name, portable := range writers() {
		t.Run(name, func(t *testing.T) {
			base, tx := beginWith(t, portable)
			src, secret := filepath.Join(base, "photo.jpg"), filepath.Join(base, "secret.txt")
			mustWrite(t, src, "jpeg bytes")
			mustWrite(t, secret, "TOP-SECRET")
			in, err := os.Open(src)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			if err := os.Remove(src); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(secret, src); err != nil {
				t.Skip("symlinks not supported:", err)
			}
			if err := tx.CopyFile("photo.jpg", in); err != nil {
				t.Fatal(err)
			}
			res, err := tx.Commit()
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]string{"photo.jpg": "jpeg bytes"}
			if got := files(t, res.Out); !reflect.DeepEqual(got, withMarker(want)) {
				t.Errorf("output = %v, want %v", got, withMarker(want))
			}
		})
	}
}

// TestCheckPathNames checks the names CheckPath refuses because file
// systems, or the marker's one path per line, would: control characters,
// a part over 255 bytes and a path over 1,024 bytes; and the longest it
// accepts, which WriteFile then writes.
func TestCheckPathNames(t *testing.T) {
	part := strings.Repeat("é", MaxPartBytes/2) + "a" // 255 bytes
	deep := strings.Repeat(strings.Repeat("d", 99)+"/", 10) + strings.Repeat("f", 24)
	for _, tt := range []struct {
		rel string
		ok  bool
	}{
		{"a\tb.svg", false}, {"photo\u202egnp.exe", false}, {"a\u2066b", false}, {"a\u200fb", false}, {"a\x1bb", false}, {"a\x7fb", false}, {"a\u0085b", false}, {"a\rb", false},
		{part + "x", false}, {"x/" + part + "é/index.html", false}, {deep + "x", false},
		{part, true}, {"x/" + part + "/index.html", true}, {deep, true}, {"é\u00a0ü.svg", true},
	} {
		if err := CheckPath(tt.rel); (err == nil) != tt.ok {
			t.Errorf("CheckPath(%.40q) = %v, want ok %v", tt.rel, err, tt.ok)
		}
	}
	_, tx := begin(t)
	for _, rel := range []string{part, "x/" + part + "/index.html", deep} {
		if err := tx.WriteFile(rel, []byte("data")); err != nil {
			t.Errorf("WriteFile(%.40q): %v", rel, err)
		}
	}
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
}
