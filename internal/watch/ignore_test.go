package watch

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestDefaultIgnore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		rel  string
		want bool
	}{
		{"content/stretches/cat-cow.md", false},
		{"content/stretches/cat-cow.svg", false},
		{"content/images/logo.svg", false},
		{"content/_redirects", false},
		{"content/CNAME", false},
		{"templates/base.html", false},
		{"limber.yaml", false},
		{"content/stretches/lunge.md.bak", false},
		{"content/#hashtag.md", false},
		{"content/stretches/cat-cow.md~", true},
		{"content/stretches/.cat-cow.md.swp", true},
		{"content/stretches/cat-cow.md.swp", true},
		{"content/stretches/cat-cow.md.swo", true},
		{"content/stretches/cat-cow.md.swx", true},
		{"content/stretches/4913", true},
		{"content/stretches/#cat-cow.md#", true},
		{"content/stretches/.#cat-cow.md", true},
		{"content/stretches/cat-cow.md.tmp", true},
		{"content/stretches/cat-cow.md___jb_tmp___", true},
		{"content/stretches/cat-cow.md___jb_old___", true},
		{"content/.DS_Store", true},
		{"content/.git/HEAD", true},
		{"content/old~/cat-cow.md", true},
		{".limber.yaml.swp", true},
		{"public", true},
		{"public/index.html", true},
		{"public/_redirects", true},
		{"publicity/index.md", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := DefaultIgnore(tt.rel); got != tt.want {
			t.Errorf("DefaultIgnore(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

func TestOutFolder(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	tests := []struct{ out, want string }{
		{"", ""},
		{"public", "public"},
		{"content/_site", "content/_site"},
		{filepath.Join(root, "content", "_site"), "content/_site"},
		{filepath.Join(filepath.Dir(root), "elsewhere"), ""},
		{".", ""},
		{"..", ""},
	}
	for _, tt := range tests {
		if got := newState(root, Options{}, nil, nil).outRel(tt.out); got != tt.want {
			t.Errorf("outRel(%q) = %q, want %q", tt.out, got, tt.want)
		}
	}
}

// FuzzDefaultIgnore checks that DefaultIgnore never panics, never ignores
// a plain stretch file, and judges a folder like everything in it.
func FuzzDefaultIgnore(f *testing.F) {
	for _, s := range []string{"content/stretches/cat-cow.md", "content/.x", "a~", "#x#", "4913", "public", "/", ""} {
		f.Add(s)
	}
	// Seeds from the sample site that ships with limber.
	for _, rel := range sampleFiles() {
		f.Add(rel)
	}
	if DefaultIgnore("content/stretches/x.md") {
		f.Fatal("DefaultIgnore ignores content/stretches/x.md")
	}
	f.Fuzz(func(t *testing.T, rel string) {
		got := DefaultIgnore(rel)
		if got != DefaultIgnore(rel+"/child.md") {
			t.Errorf("DefaultIgnore(%q) = %v but differs for a file inside it", rel, got)
		}
		if plain(rel) && DefaultIgnore("content/stretches/"+rel+".md") {
			t.Errorf("DefaultIgnore ignores the plain file content/stretches/%s.md", rel)
		}
	})
}

// plain reports whether s is a non-empty name of letters, digits and
// dashes, as clinicians name stretch files.
func plain(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return s != ""
}

// sampleFiles returns the site-relative paths of the sample site's files.
func sampleFiles() []string {
	var files []string
	for _, top := range []string{"content", "templates"} {
		filepath.WalkDir(filepath.Join("../..", top), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel("../..", p)
				files = append(files, filepath.ToSlash(rel))
			}
			return nil
		})
	}
	return files
}

// The sample site's files must all be watched.
func TestSampleSiteNotIgnored(t *testing.T) {
	t.Parallel()
	files := sampleFiles()
	for _, rel := range files {
		if DefaultIgnore(rel) {
			t.Errorf("DefaultIgnore(%q) = true for a file of the sample site", rel)
		}
	}
	if _, err := os.Stat("../../content"); err == nil && len(files) == 0 {
		t.Error("no sample site files found")
	}
}
