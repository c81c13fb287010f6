//go:build unix

package render

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadQuickly runs Load and fails if it does not return within a few
// seconds, as it would if it opened a FIFO.
func loadQuickly(t *testing.T, dir string) (*Templates, []string) {
	t.Helper()
	type result struct {
		tm   *Templates
		errs []string
	}
	done := make(chan result, 1)
	go func() {
		tm, errs := Load(dir)
		var msgs []string
		for _, e := range errs {
			msgs = append(msgs, e.Error())
		}
		done <- result{tm, msgs}
	}()
	select {
	case r := <-done:
		return r.tm, r.errs
	case <-time.After(10 * time.Second):
		t.Fatal("Load did not return: it is blocked reading a file")
		return nil, nil
	}
}

// must fails the test on err.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// assetNames lists the paths of tm's assets.
func assetNames(tm *Templates) string {
	var names []string
	for _, a := range tm.Assets() {
		names = append(names, a.Path)
	}
	return strings.Join(names, " ")
}

func TestSymlinksAndSpecialFiles(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "passwd")
	must(t, os.WriteFile(secret, []byte("root:x:0:0"), 0o644))
	must(t, os.Mkdir(filepath.Join(outside, "dir"), 0o755))
	tests := []struct {
		name  string
		setup func(t *testing.T, site string)
		want  []string
	}{
		{"asset link out of the site", func(t *testing.T, site string) {
			must(t, os.Symlink(secret, filepath.Join(site, "templates/assets/p.txt")))
		}, []string{"templates/assets/p.txt: symlink points outside the site; not followed"}},
		{"template link out of the site", func(t *testing.T, site string) {
			must(t, os.Symlink(secret, filepath.Join(site, "templates/home.html")))
		}, []string{"templates/home.html: symlink points outside the site; not followed"}},
		{"relative link climbing out", func(t *testing.T, site string) {
			rel, _ := filepath.Rel(filepath.Join(site, "templates/assets"), secret)
			must(t, os.Symlink(rel, filepath.Join(site, "templates/assets/p.txt")))
		}, []string{"templates/assets/p.txt: symlink points outside the site; not followed"}},
		{"assets folder linked out", func(t *testing.T, site string) {
			must(t, os.RemoveAll(filepath.Join(site, "templates/assets")))
			must(t, os.Symlink(filepath.Join(outside, "dir"), filepath.Join(site, "templates/assets")))
		}, []string{"templates/assets: symlink points outside the site; not followed"}},
		{"templates folder linked out", func(t *testing.T, site string) {
			must(t, os.RemoveAll(filepath.Join(site, "templates")))
			must(t, os.Symlink(outside, filepath.Join(site, "templates")))
		}, []string{"templates: symlink points outside the site; not followed"}},
		{"dangling link", func(t *testing.T, site string) {
			must(t, os.Symlink("gone.css", filepath.Join(site, "templates/assets/x.css")))
		}, []string{"templates/assets/x.css: symlink points to nothing; not followed"}},
		{"link to a folder in the site", func(t *testing.T, site string) {
			must(t, os.Symlink(filepath.Join(site, "content"), filepath.Join(site, "templates/assets/c")))
		}, []string{"templates/assets/c: symlink to a folder; not followed (move or copy the folder here instead)"}},
		{"FIFO as a template", func(t *testing.T, site string) {
			must(t, syscall.Mkfifo(filepath.Join(site, "templates/home.html"), 0o644))
		}, []string{"templates/home.html: not a regular file; limber reads only ordinary files"}},
		{"FIFO as an asset", func(t *testing.T, site string) {
			must(t, os.Mkdir(filepath.Join(site, "templates/assets/sub"), 0o755))
			must(t, syscall.Mkfifo(filepath.Join(site, "templates/assets/sub/pipe.css"), 0o644))
		}, []string{"templates/assets/sub/pipe.css: not a regular file; limber reads only ordinary files"}},
		{"link to a FIFO in the site", func(t *testing.T, site string) {
			must(t, syscall.Mkfifo(filepath.Join(site, "pipe"), 0o644))
			must(t, os.Symlink(filepath.Join(site, "pipe"), filepath.Join(site, "templates/term.html")))
		}, []string{"templates/term.html: not a regular file; limber reads only ordinary files"}},
		{"every problem at once", func(t *testing.T, site string) {
			must(t, os.Symlink(secret, filepath.Join(site, "templates/assets/p.txt")))
			must(t, syscall.Mkfifo(filepath.Join(site, "templates/home.html"), 0o644))
		}, []string{"templates/assets/p.txt: symlink points outside the site; not followed",
			"templates/home.html: not a regular file; limber reads only ordinary files"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := siteWith(t, map[string]string{"assets/style.css": "body{}"})
			must(t, os.Mkdir(filepath.Join(site, "content"), 0o755))
			tt.setup(t, site)
			tm, errs := loadQuickly(t, site)
			if tm != nil || strings.Join(errs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestSymlinksInsideTheSite(t *testing.T) {
	site := siteWith(t, map[string]string{"assets/style.css": "body{}"})
	shared := filepath.Join(site, "shared")
	must(t, os.MkdirAll(filepath.Join(shared, "templates"), 0o755))
	must(t, os.WriteFile(filepath.Join(shared, "logo.svg"), []byte("<svg/>"), 0o644))
	must(t, os.Symlink("../../shared/logo.svg", filepath.Join(site, "templates/assets/logo.svg")))
	tm, errs := loadQuickly(t, site)
	if tm == nil || !strings.Contains(assetNames(tm), "assets/logo.svg") {
		t.Fatalf("a symlink to a file in the site should be followed: %v", errs)
	}

	// A templates/ folder that is a symlink to a folder in the site is used.
	must(t, os.WriteFile(filepath.Join(shared, "templates/extra.html"), []byte(`<p id="mine"></p>`), 0o644))
	linked := t.TempDir()
	must(t, os.Rename(shared, filepath.Join(linked, "shared")))
	must(t, os.Symlink("shared/templates", filepath.Join(linked, "templates")))
	tm, errs = loadQuickly(t, linked)
	if tm == nil || !strings.Contains(strings.Join(tm.IDs(), " "), "mine") {
		t.Errorf("templates/ linked inside the site should be read: %v", errs)
	}
}

func TestLeftoversAreIgnored(t *testing.T) {
	site := siteWith(t, map[string]string{
		"assets/style.css":         "body{}",
		"assets/.DS_Store":         "x",
		"assets/.git/config":       "x",
		"assets/style.css~":        "x",
		"assets/.style.css.swp":    "x",
		"assets/#x#":               "x",
		"assets/4913":              "x",
		"assets/a.tmp":             "x",
		"assets/s.css___jb_tmp___": "x",
		"assets/s.css___jb_old___": "x",
		"assets/.cache/img/a.png":  "x",
		".hidden.html":             "{{broken",
		"home.html~":               "{{broken",
		".git/home.html":           "{{broken",
	})
	must(t, os.Symlink("user@host.1234:1700000000", filepath.Join(site, "templates/.#home.html")))
	must(t, syscall.Mkfifo(filepath.Join(site, "templates/assets/.pipe"), 0o644))
	tm, errs := loadQuickly(t, site)
	if tm == nil {
		t.Fatalf("leftovers should be ignored, got %v", errs)
	}
	want := strings.Join(embeddedAssets(t), " ")
	if got := assetNames(tm); got != want {
		t.Errorf("assets = %s\nwant %s", got, want)
	}
}
