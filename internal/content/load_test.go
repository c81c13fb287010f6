package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeSite writes files (slash paths to contents) under a new folder.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// stretchMD is a good stretch with an image and extra front matter lines.
func stretchMD(img string, extra ...string) string {
	return md(append([]string{"title: T", "summary: S", "type: dynamic", "reps: 5", "regions: [neck]",
		"images: [{src: " + img + ", alt: A}]"}, extra...)...)
}

func TestLoadNoContent(t *testing.T) {
	root := writeSite(t, map[string]string{"limber.yaml": "titel: x\n"})
	site, errs := Load(root, Options{})
	checkMessages(t, errs, []string{"content: folder not found (run limber in a site folder or pass --site)"})
	if site == nil || site.Config.Title != DefaultConfig().Title {
		t.Errorf("site = %+v", site)
	}
}

func goodSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"limber.yaml":                          "title: Clinic\nclinic: {name: C, logo: images/logo.svg}\nallow_files: [{path: _redirects, reason: old addresses}]\n",
		"content/images/logo.svg":              "<svg/>",
		"content/stretches/neck/neck-tilt.md":  stretchMD("neck-tilt.svg"),
		"content/stretches/neck/neck-tilt.svg": "<svg/>",
		"content/stretches/cat-cow.md":         stretchMD("../images/logo.svg"),
		"content/stretches/wip.md":             stretchMD("../images/logo.svg", "draft: true"),
		"content/routines/morning.md":          md("title: M", "summary: S", "stretches: [cat-cow, {ref: neck-tilt, reps: 2}]"),
		"content/conditions/osteoporosis.md":   md("title: O", "summary: S"),
		"content/articles/why.md":              md("title: W", "summary: S", "updated: 2024-05-01"),
		"content/_redirects":                   "/a /b\n",
		"content/CNAME":                        "example.org\n",
		"content/.DS_Store":                    "x",
		"content/stretches/cat-cow.md~":        "x",
		"content/stretches/.cat-cow.md.swp":    "x",
		"content/stretches/x.swo":              "x",
		"content/#cat-cow.md#":                 "x",
		"content/4913":                         "x",
		"content/.git/config":                  "x",
		"content/.hidden/page.md":              "not read",
	})
}

func TestLoadGood(t *testing.T) {
	root := goodSite(t)
	site, errs := Load(root, Options{})
	checkMessages(t, errs, nil)
	if site.Root != root || site.Config.Title != "Clinic" || site.Config.Clinic.Logo != "images/logo.svg" {
		t.Errorf("root/config: %q %+v", site.Root, site.Config)
	}
	var slugs []string
	for _, s := range site.Stretches {
		slugs = append(slugs, s.Slug)
	}
	if strings.Join(slugs, " ") != "cat-cow neck-tilt" {
		t.Errorf("stretches = %v", slugs)
	}
	if n := site.Stretches[1]; n.Path != "content/stretches/neck/neck-tilt.md" || n.Images[0].Src != "stretches/neck/neck-tilt.svg" {
		t.Errorf("neck-tilt = %+v", n)
	}
	if len(site.Routines) != 1 || len(site.Routines[0].Stretches) != 2 || len(site.Conditions) != 1 ||
		len(site.Articles) != 1 || site.Articles[0].Updated != "2024-05-01" {
		t.Errorf("routines %+v conditions %+v articles %+v", site.Routines, site.Conditions, site.Articles)
	}
	var files []string
	for _, f := range site.Files {
		files = append(files, f.Rel)
		if info, err := os.Stat(f.Abs); err != nil || info.Size() != f.Size {
			t.Errorf("%s: abs %q size %d", f.Rel, f.Abs, f.Size)
		}
	}
	want := []string{"CNAME", "_redirects", "images/logo.svg", "stretches/neck/neck-tilt.svg"}
	if !slices.Equal(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}
}

func TestLoadDrafts(t *testing.T) {
	site, errs := Load(goodSite(t), Options{Drafts: true})
	checkMessages(t, errs, nil)
	if len(site.Stretches) != 3 || site.Stretches[2].Slug != "wip" || !site.Stretches[2].Draft {
		t.Errorf("stretches = %+v", site.Stretches)
	}
}

func TestLoadDraftsAreChecked(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/stretches/wip.md": stretchMD("nope.svg", "draft: true", "sides: no"),
	})
	site, errs := Load(root, Options{})
	checkMessages(t, errs, []string{
		`content/stretches/wip.md:7:16: images[0].src: "nope.svg" does not exist`,
		`content/stretches/wip.md:9:8: sides: "no" is not one of both, left, right, none`,
	})
	if len(site.Stretches) != 0 {
		t.Errorf("draft kept: %+v", site.Stretches)
	}
}

func TestLoadErrors(t *testing.T) {
	root := writeSite(t, map[string]string{
		"limber.yaml":                    "clinic:\n  logo: logo.png\n",
		"content/index.md":               md("title: T", "summary: S"),
		"content/stretches/a/stretch.md": stretchMD("missing.png"),
		"content/stretches/b/stretch.md": stretchMD("../a/stretch.md"),
		"content/conditions/stretch.md":  md("title: T", "summary: S"),
		"content/conditions/Knee.md":     md("title: T", "summary: S"),
		"content/conditions/empty.md":    "",
		"outside.png":                    "x",
		"content/images/real.png":        "x",
	})
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(root, "content", name)); err != nil {
			t.Skip("symlinks not supported:", err)
		}
	}
	link(filepath.Join(root, "outside.png"), "images/in.png")
	elsewhere := filepath.Join(t.TempDir(), "elsewhere.png")
	if err := os.WriteFile(elsewhere, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link(elsewhere, "images/etc.png")
	link(filepath.Join(root, "content", "images", "real.png"), "images/alias.png")
	link(filepath.Join(root, "content", "images"), "pictures")
	link("nowhere.png", "images/broken.png")
	site, errs := Load(root, Options{})
	checkMessages(t, errs, []string{
		`content/conditions/Knee.md: file name "Knee.md" must be lowercase letters, digits and hyphens: rename it to "knee.md"`,
		`content/conditions/empty.md:1:1: file is empty`,
		`content/images/broken.png: symlink points to nothing; not followed`,
		`content/images/etc.png: symlink points outside the content folder; not followed`,
		`content/images/in.png: symlink points outside the content folder; not followed`,
		`content/index.md: Markdown files belong in content/stretches, content/routines, content/conditions or content/articles: move this file into one of them`,
		`content/pictures: symlink to a folder; not followed (move or copy the folder here instead)`,
		`content/stretches/a/stretch.md:7:16: images[0].src: "missing.png" does not exist`,
		`content/stretches/b/stretch.md: slug "stretch" is also used by content/stretches/a/stretch.md: rename one of them (slugs must be unique within content/stretches, even in subfolders)`,
		`content/stretches/b/stretch.md:7:16: images[0].src: "../a/stretch.md" does not exist`,
		`limber.yaml:2:9: clinic.logo: "logo.png" does not exist (this path is relative to the content folder)`,
	})
	var files []string
	for _, f := range site.Files {
		files = append(files, f.Rel)
	}
	if want := []string{"images/alias.png", "images/real.png"}; !slices.Equal(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}
	if len(site.Stretches) != 2 || len(site.Conditions) != 3 {
		t.Errorf("stretches %d conditions %d", len(site.Stretches), len(site.Conditions))
	}
}

func TestLoadLimberYml(t *testing.T) {
	root := writeSite(t, map[string]string{"limber.yml": "title: X\n", "content/CNAME": "x"})
	_, errs := Load(root, Options{})
	checkMessages(t, errs, []string{"limber.yml: rename this file to limber.yaml, the name limber looks for"})
}

func TestLoadOddLimberYaml(t *testing.T) {
	root := writeSite(t, map[string]string{"limber.yaml/x": "", "content/CNAME": "x"})
	_, errs := Load(root, Options{})
	checkMessages(t, errs, []string{"limber.yaml: not a regular file; limber reads only ordinary files"})
	root = writeSite(t, map[string]string{"content/CNAME": "x"})
	if err := os.Symlink("nowhere.yaml", filepath.Join(root, "limber.yaml")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	_, errs = Load(root, Options{})
	checkMessages(t, errs, []string{"limber.yaml: cannot read this file: no such file or directory"})
}

func TestLoadContentSymlink(t *testing.T) {
	files := map[string]string{"stretches/cat-cow.md": stretchMD("../CNAME"), "CNAME": "x"}
	outside := writeSite(t, files)
	root := writeSite(t, map[string]string{"limber.yaml": "title: T\n"})
	if err := os.Symlink(outside, filepath.Join(root, "content")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	site, errs := Load(root, Options{})
	checkMessages(t, errs, []string{"content: symlink points outside the site; not followed"})
	if len(site.Files) != 0 || len(site.Stretches) != 0 || site.Config.Title != "T" {
		t.Errorf("loaded from outside: files %+v stretches %+v config %+v", site.Files, site.Stretches, site.Config)
	}

	inside := writeSite(t, map[string]string{"src/stretches/cat-cow.md": files["stretches/cat-cow.md"], "src/CNAME": "x"})
	if err := os.Symlink("src", filepath.Join(inside, "content")); err != nil {
		t.Fatal(err)
	}
	site, errs = Load(inside, Options{})
	checkMessages(t, errs, nil)
	if len(site.Files) != 1 || len(site.Stretches) != 1 {
		t.Errorf("inside link: files %+v stretches %+v", site.Files, site.Stretches)
	}
}
