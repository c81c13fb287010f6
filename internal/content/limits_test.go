package content

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// grow makes the site file rel size bytes long without writing them (a
// sparse file), keeping what it holds.
func grow(t *testing.T, root, rel string, size int64) {
	t.Helper()
	if err := os.Truncate(filepath.Join(root, filepath.FromSlash(rel)), size); err != nil {
		t.Fatal(err)
	}
}

func TestLoadTooLarge(t *testing.T) {
	atLimit := md("title: T", "summary: S")
	atLimit += strings.Repeat("x", MaxFileBytes-len(atLimit))
	root := writeSite(t, map[string]string{
		"limber.yaml":                 "title: Clinic\n",
		"content/articles/huge.md":    md("title: T", "summary: S"),
		"content/articles/limit.md":   atLimit,
		"content/articles/over.md":    md("title: T", "summary: S"),
		"content/files/big-video.mp4": "x",
		"content/files/huge.svg":      "<svg/>",
	})
	grow(t, root, "content/articles/huge.md", 200<<20)
	grow(t, root, "content/articles/over.md", MaxFileBytes+1)
	grow(t, root, "content/files/big-video.mp4", 5<<20)    // copied, never read
	grow(t, root, "content/files/huge.svg", MaxSVGBytes+1) // read to be checked
	grow(t, root, "limber.yaml", 3<<20)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	site, errs := Load(root, Options{})
	runtime.ReadMemStats(&after)
	checkMessages(t, errs, []string{
		"content/articles/huge.md: file is 200.0 MiB, more than limber's limit of 1 MiB for a page or limber.yaml: split it into several pages",
		"content/articles/over.md: file is 1.0 MiB, more than limber's limit of 1 MiB for a page or limber.yaml: split it into several pages",
		"content/files/huge.svg: this SVG picture is 16.0 MiB, more than limber's limit of 16 MiB for a picture it checks: simplify it, or save it as PNG or JPEG",
		"limber.yaml: file is 3.0 MiB, more than limber's limit of 1 MiB for a page or limber.yaml: split it into several pages",
	})
	if len(site.Articles) != 1 || site.Articles[0].Slug != "limit" || len(site.Files) != 2 {
		t.Errorf("articles %d files %d, want the page at the limit, the video and the picture", len(site.Articles), len(site.Files))
	}
	if read := after.TotalAlloc - before.TotalAlloc; read > 16<<20 {
		t.Errorf("Load allocated %d MiB: the large files were read", read>>20)
	}
}

func TestRereadTooLarge(t *testing.T) {
	root := writeSite(t, map[string]string{"content/articles/a.md": md("title: T", "summary: S")})
	c := NewCache()
	if _, errs := Load(root, Options{Cache: c}); len(errs) > 0 {
		t.Fatal(errs)
	}
	grow(t, root, "content/articles/a.md", 200<<20)
	if _, _, ok := c.Reread(root, "articles/a.md"); ok {
		t.Error("Reread took a file past MaxFileBytes")
	}
}
