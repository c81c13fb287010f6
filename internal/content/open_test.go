package content

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/internal/diag"
)

// swap replaces the file at name with a symlink to target, as someone
// racing a build could.
func swap(t *testing.T, name, target string) {
	t.Helper()
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, name); err != nil {
		t.Skip("symlinks not supported:", err)
	}
}

// readAll reads and closes f.
func readAll(t *testing.T, f *os.File) string {
	t.Helper()
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// loadFiles loads the site at root cleanly and returns its files by Rel.
func loadFiles(t *testing.T, root string) map[string]File {
	t.Helper()
	site, errs := Load(root, Options{})
	checkMessages(t, errs, nil)
	files := map[string]File{}
	for _, f := range site.Files {
		files[f.Rel] = f
	}
	return files
}

func TestOpenReadsWhatLoadChecked(t *testing.T) {
	root := writeSite(t, map[string]string{"content/images/a.png": "picture", "secret.txt": "token"})
	if err := os.Symlink("a.png", filepath.Join(root, "content/images/alias.png")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	files := loadFiles(t, root)
	for _, rel := range []string{"images/a.png", "images/alias.png"} {
		f, err := files[rel].Open()
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if got := readAll(t, f); got != "picture" {
			t.Errorf("%s: read %q, want the picture", rel, got)
		}
	}
	swap(t, filepath.Join(root, "content/images/a.png"), filepath.Join(root, "secret.txt"))
	const want = ": changed while limber was reading the site; build again"
	for _, rel := range []string{"images/a.png", "images/alias.png"} {
		if f, err := files[rel].Open(); err == nil {
			t.Errorf("%s: Open after a swap read %q, want an error", rel, readAll(t, f))
		} else if err.Error() != "content/"+rel+want {
			t.Errorf("%s: Open after a swap: %v", rel, err)
		}
		if f, err := files[rel].OpenNow(); err == nil {
			t.Errorf("%s: OpenNow after a swap read %q, want an error", rel, readAll(t, f))
		}
	}
}

func TestOpenNowReadsAnEditedFile(t *testing.T) {
	root := writeSite(t, map[string]string{"content/a.txt": "old"})
	f := loadFiles(t, root)["a.txt"]
	name := filepath.Join(root, "content/a.txt")
	if err := os.WriteFile(name+".new", []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(name+".new", name); err != nil { // as editors save: another file
		t.Fatal(err)
	}
	if in, err := f.Open(); err == nil {
		t.Errorf("Open of a replaced file read %q, want an error", readAll(t, in))
	}
	in, err := f.OpenNow()
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, in); got != "new" {
		t.Errorf("OpenNow read %q, want the new bytes", got)
	}
}

func TestOpenRefusesAFolderSwappedForALink(t *testing.T) {
	root := writeSite(t, map[string]string{"content/images/a.png": "picture", "outside/a.png": "private"})
	files := loadFiles(t, root)
	dir := filepath.Join(root, "content/images")
	if err := os.Rename(dir, filepath.Join(root, "content/moved")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "outside"), dir); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	for name, open := range map[string]func() (*os.File, error){"Open": files["images/a.png"].Open, "OpenNow": files["images/a.png"].OpenNow} {
		if f, err := open(); err == nil {
			t.Errorf("%s through a swapped folder read %q, want an error", name, readAll(t, f))
		}
	}
}

func TestMarkdownSwappedAfterTheWalk(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/stretches/a.md":  stretchMD("a.png"),
		"content/stretches/a.png": "picture",
		"outside.md":              md("title: Private", "summary: token"),
	})
	entries, errs := walkContent(root)
	checkMessages(t, errs, nil)
	swap(t, filepath.Join(root, "content/stretches/a.md"), filepath.Join(root, "outside.md"))
	var perrs diag.List
	for _, e := range entries {
		if isMarkdown(e.rel) {
			if pages := readPage(e, &perrs); len(pages) != 0 {
				t.Errorf("read a page through a swapped link: %+v", pages[0].Source())
			}
		}
	}
	checkMessages(t, perrs, []string{"content/stretches/a.md: changed while limber was reading the site; build again"})
}

func TestRereadThroughASwappedFolder(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/stretches/a.md":  stretchMD("a.png"),
		"content/stretches/a.png": "picture",
		"outside/a.md":            stretchMD("a.png", "draft: true"),
		"outside/a.png":           "private",
	})
	cache := NewCache()
	if _, errs := Load(root, Options{Cache: cache}); len(errs) > 0 {
		t.Fatal(errs)
	}
	dir := filepath.Join(root, "content/stretches")
	if err := os.Rename(dir, filepath.Join(root, "content/moved")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "outside"), dir); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	if _, now, ok := cache.Reread(root, "stretches/a.md"); ok {
		t.Errorf("Reread through a swapped folder read %+v", now.Source())
	}
}

func TestOpenBeneathRefusesSymlinks(t *testing.T) {
	dir := writeSite(t, map[string]string{"a.txt": "a", "sub/b.txt": "b"})
	if err := os.Symlink("a.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	opens := map[string]func(dir, rel string) (*os.File, error){"openBeneath": openBeneath, "openInRoot": openInRoot}
	for name, open := range opens {
		for rel, want := range map[string]string{"a.txt": "a", filepath.Join("sub", "b.txt"): "b"} {
			f, err := open(dir, rel)
			if err != nil {
				t.Errorf("%s(%q): %v", name, rel, err)
			} else if got := readAll(t, f); got != want {
				t.Errorf("%s(%q) read %q, want %q", name, rel, got, want)
			}
		}
		for _, rel := range []string{"link.txt", filepath.Join("..", filepath.Base(dir), "a.txt"), "missing.txt"} {
			if f, err := open(dir, rel); err == nil {
				t.Errorf("%s(%q) read %q, want an error", name, rel, readAll(t, f))
			}
		}
	}
}

func TestReadSizedReadsPastTheWalkedSize(t *testing.T) {
	want := strings.Repeat("stretch ", 300)
	dir := writeSite(t, map[string]string{"a.md": want})
	for _, size := range []int64{0, 10, int64(len(want)), 5000} {
		f, err := os.Open(filepath.Join(dir, "a.md"))
		if err != nil {
			t.Fatal(err)
		}
		got, err := readSized(f, size)
		f.Close()
		if err != nil || string(got) != want {
			t.Errorf("readSized with size %d = %d bytes, %v; want %d bytes", size, len(got), err, len(want))
		}
	}
}
