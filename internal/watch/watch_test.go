package watch

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

const catCow = "content/stretches/cat-cow.md"

func TestWriteFile(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	write(t, root, catCow, "---\ntitle: Cat and cow\n---\n")
	wantOne(t, collect(t, w, catCow), catCow)

	write(t, root, "content/stretches/lunge.md", "---\ntitle: Lunge\n---\n")
	wantOne(t, collect(t, w, "content/stretches/lunge.md"), "content/stretches/lunge.md")
}

func TestVimSave(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	dir := filepath.Join(root, "content", "stretches")
	must(t, os.WriteFile(filepath.Join(dir, ".cat-cow.md.swp"), []byte("swap"), 0o644))
	w := startOn(t, root, Options{})
	// vim's save with backupcopy=no: test file 4913, backup by rename,
	// write a new file, restore the mode, drop the backup.
	p := filepath.Join(dir, "cat-cow.md")
	must(t, os.WriteFile(filepath.Join(dir, "4913"), nil, 0o644))
	must(t, os.Remove(filepath.Join(dir, "4913")))
	must(t, os.Rename(p, p+"~"))
	must(t, os.WriteFile(p, []byte("---\ntitle: Cat-cow, saved\n---\n"), 0o644))
	must(t, os.Chmod(p, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, ".cat-cow.md.swp"), []byte("swap 2"), 0o644))
	must(t, os.Remove(p+"~"))
	wantOne(t, collect(t, w, catCow), catCow)
}

func TestReplaceSaves(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		temp string // the temporary file written and renamed over the original
	}{
		{"atomic save with .tmp", "content/stretches/cat-cow.md.tmp"},
		{"hidden temp file", "content/stretches/.cat-cow.md.a1b2"},
		{"sed -i temp file", "content/stretches/sedK3x9Qa"},
		{"jetbrains safe write", "content/stretches/cat-cow.md___jb_tmp___"},
		{"temp file in another folder", "content/tmp-upload"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := newSite(t)
			w := startOn(t, root, Options{})
			tmp := filepath.Join(root, filepath.FromSlash(tt.temp))
			must(t, os.WriteFile(tmp, []byte("---\ntitle: New\n---\n"), 0o644))
			must(t, os.Rename(tmp, filepath.Join(root, filepath.FromSlash(catCow))))
			wantOne(t, collect(t, w, catCow), catCow)
		})
	}
}

func TestInPlaceTruncate(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	f, err := os.OpenFile(filepath.Join(root, filepath.FromSlash(catCow)), os.O_WRONLY|os.O_TRUNC, 0)
	must(t, err)
	_, err = f.WriteString("---\ntitle: ")
	must(t, err)
	_, err = f.WriteString("Cat-cow\n---\n")
	must(t, err)
	must(t, f.Close())
	wantOne(t, collect(t, w, catCow), catCow)
}

func TestRapidWrites(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	for i := range 20 {
		write(t, root, catCow, "---\ntitle: Cat-cow "+string(rune('a'+i))+"\n---\n")
	}
	wantOne(t, collect(t, w, catCow), catCow)
}

func TestNewFolder(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	// The file is written at once, most likely before the folder's watch is
	// added: the scan of the new folder must find it.
	write(t, root, "content/routines/morning.md", "x")
	wantOne(t, collect(t, w, "content/routines/morning.md"), "content/routines/morning.md")
	write(t, root, "content/routines/morning.md", "y") // now through the folder's own watch
	wantOne(t, collect(t, w, "content/routines/morning.md"), "content/routines/morning.md")
}

func TestNestedNewFolders(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	write(t, root, "content/a/b/c/deep.md", "x")
	write(t, root, "content/a/b/side.md", "x")
	bs := collect(t, w, "content/a/b/c/deep.md", "content/a/b/side.md")
	if got, want := allPaths(bs), []string{"content/a/b/c/deep.md", "content/a/b/side.md"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	write(t, root, "content/a/b/c/deep.md", "y")
	wantOne(t, collect(t, w, "content/a/b/c/deep.md"), "content/a/b/c/deep.md")
}

func TestRemovedFolder(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	write(t, root, "content/a/x.md", "x")
	write(t, root, "content/a/sub/y.md", "y")
	w := startOn(t, root, Options{})
	must(t, os.RemoveAll(filepath.Join(root, "content", "a")))
	bs := collect(t, w, "content/a/x.md", "content/a/sub/y.md")
	if got, want := allPaths(bs), []string{"content/a/sub/y.md", "content/a/x.md"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	write(t, root, "content/a/sub/z.md", "z")
	wantOne(t, collect(t, w, "content/a/sub/z.md"), "content/a/sub/z.md")
	write(t, root, "content/a/sub/z.md", "z2")
	wantOne(t, collect(t, w, "content/a/sub/z.md"), "content/a/sub/z.md")
}

func TestRenamedFolder(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	write(t, root, "content/a/sub/y.md", "y")
	w := startOn(t, root, Options{})
	must(t, os.Rename(filepath.Join(root, "content", "a"), filepath.Join(root, "content", "b")))
	wantOne(t, collect(t, w, "content/a/sub/y.md", "content/b/sub/y.md"),
		"content/a/sub/y.md", "content/b/sub/y.md")
	// The old subfolder watch must not report under the old name.
	write(t, root, "content/b/sub/y.md", "y2")
	wantOne(t, collect(t, w, "content/b/sub/y.md"), "content/b/sub/y.md")

	// A folder moved out of the site: its files are gone, and changes in
	// its new place are not reported.
	away := filepath.Join(t.TempDir(), "away")
	must(t, os.Rename(filepath.Join(root, "content", "b"), away))
	wantOne(t, collect(t, w, "content/b/sub/y.md"), "content/b/sub/y.md")
	must(t, os.WriteFile(filepath.Join(away, "sub", "y.md"), []byte("y3"), 0o644))
	write(t, root, catCow, "sentinel")
	wantOne(t, collect(t, w, catCow), catCow)
}

func TestTemplatesCreatedLater(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	write(t, root, "templates/base.html", "<html>")
	wantOne(t, collect(t, w, "templates/base.html"), "templates/base.html")
	write(t, root, "templates/base.html", "<html lang=en>")
	wantOne(t, collect(t, w, "templates/base.html"), "templates/base.html")
}

func TestConfig(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	write(t, root, "limber.yaml", "title: Changed\n")
	wantOne(t, collect(t, w, "limber.yaml"), "limber.yaml")
	write(t, root, "limber.yaml.tmp", "title: Atomic\n")
	must(t, os.Rename(filepath.Join(root, "limber.yaml.tmp"), filepath.Join(root, "limber.yaml")))
	wantOne(t, collect(t, w, "limber.yaml"), "limber.yaml")
}

func TestIgnored(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{Out: "content/_site"})
	for _, rel := range []string{
		"content/.hidden.md", "content/stretches/cat-cow.md~", "content/stretches/.cat-cow.md.swp",
		"content/stretches/cat-cow.md.swx", "content/stretches/4913", "content/stretches/#cat-cow.md#",
		"content/stretches/.#cat-cow.md", "content/x.tmp", "content/.git/HEAD", "content/_site/index.html",
		"public/index.html", "README.md", "notes/todo.md", "templates/.DS_Store",
	} {
		write(t, root, rel, "ignored")
	}
	write(t, root, catCow, "sentinel")
	wantOne(t, collect(t, w, catCow), catCow)
}

func TestChmodOnly(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	write(t, root, "content/stretches/lunge.md", "x")
	w := startOn(t, root, Options{})
	must(t, os.Chmod(filepath.Join(root, "content", "stretches", "lunge.md"), 0o600))
	write(t, root, catCow, "sentinel")
	wantOne(t, collect(t, w, catCow), catCow)
}

func TestCustomIgnore(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{Ignore: func(rel string) bool { return filepath.Ext(rel) == ".svg" }})
	write(t, root, "content/stretches/cat-cow.svg", "<svg/>")
	write(t, root, "content/stretches/.draft.md", "shown: a custom Ignore replaces DefaultIgnore")
	wantOne(t, collect(t, w, "content/stretches/.draft.md"), "content/stretches/.draft.md")
}

func TestNewFails(t *testing.T) {
	t.Parallel()
	if _, err := New(filepath.Join(t.TempDir(), "missing"), Options{}); err == nil {
		t.Error("New on a missing folder: no error")
	}
}

func TestDefaults(t *testing.T) {
	t.Parallel()
	got := normalize(Options{})
	if got.Quiet != 75*time.Millisecond || got.MaxDelay != time.Second || got.Ignore == nil {
		t.Errorf("normalize(Options{}) = %+v", got)
	}
	if got := normalize(Options{Quiet: 2 * time.Second}); got.MaxDelay != 2*time.Second {
		t.Errorf("MaxDelay = %v, want at least Quiet", got.MaxDelay)
	}
}

func TestFolderMovedIn(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	w := startOn(t, root, Options{})
	outside := filepath.Join(t.TempDir(), "knee")
	must(t, os.MkdirAll(filepath.Join(outside, "rehab"), 0o755))
	must(t, os.WriteFile(filepath.Join(outside, "rehab", "slides.md"), []byte("x"), 0o644))
	must(t, os.Rename(outside, filepath.Join(root, "content", "knee")))
	wantOne(t, collect(t, w, "content/knee/rehab/slides.md"), "content/knee/rehab/slides.md")
	write(t, root, "content/knee/rehab/slides.md", "y")
	wantOne(t, collect(t, w, "content/knee/rehab/slides.md"), "content/knee/rehab/slides.md")
}
