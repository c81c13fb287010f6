package output

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// builtWithUserFiles builds two pages into site/public, then puts the given
// user files into it, and returns the output folder.
func builtWithUserFiles(t *testing.T, site string, user map[string]string) string {
	t.Helper()
	out := filepath.Join(site, "public")
	build(t, site, out, false, map[string]string{"index.html": "home", "stretches/a/index.html": "a"})
	for rel, data := range user {
		mustWrite(t, filepath.Join(out, rel), data)
	}
	return out
}

func TestUserFilesInOutputRefused(t *testing.T) {
	tests := []struct {
		name string
		user map[string]string
		want string
	}{
		{"git folder", map[string]string{".git/HEAD": "ref", ".git/objects/ab/cd": "x"}, `(.git)`},
		{"file at the top", map[string]string{"CNAME": "example.org"}, `(CNAME)`},
		{"file in a page folder", map[string]string{"stretches/a/notes.txt": "mine"}, `(stretches/a/notes.txt)`},
		{"folder in a page folder", map[string]string{"stretches/b/x.html": "mine"}, `(stretches/b)`},
		{"six of them", map[string]string{"a": "", "b": "", "c": "", "d/e": "", ".f": "", "stretches/g": ""},
			`(.f, a, b, c, d and 1 more)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, site := newSite(t)
			out := builtWithUserFiles(t, site, tt.user)
			before := tree(t, site)
			_, err := Begin(Options{Site: site, Out: out})
			if err == nil {
				t.Fatal("Begin over an output holding user files = nil, want a refusal")
			}
			for _, want := range []string{tt.want, "--force", `"public.before-limber"`, "did not write"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Begin = %q, want it to say %q", err, want)
				}
			}
			if after := tree(t, site); !reflect.DeepEqual(before, after) {
				t.Errorf("a refused Begin changed files:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

func TestUserFilesMovedAsideWithForce(t *testing.T) {
	_, site := newSite(t)
	out := builtWithUserFiles(t, site, map[string]string{".git/HEAD": "ref: refs/heads/gh-pages"})
	before := tree(t, out)
	res := build(t, site, out, true, map[string]string{"index.html": "new"})
	if want := out + ".before-limber"; res.Backup != want {
		t.Fatalf("Backup = %q, want %q", res.Backup, want)
	}
	if got := tree(t, res.Backup); !reflect.DeepEqual(got, before) {
		t.Errorf("backup = %v, want the old output unchanged %v", got, before)
	}
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(map[string]string{"index.html": "new"})) {
		t.Errorf("output = %v", got)
	}
	noLeftovers(t, site)
}

func TestUserFilesAppearDuringBuild(t *testing.T) {
	_, site := newSite(t)
	out := builtWithUserFiles(t, site, nil)
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(out, ".git/HEAD"), "ref")
	before := tree(t, out)
	if err := tx.WriteFile("index.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Commit(); err == nil || !strings.Contains(err.Error(), "(.git)") {
		t.Fatalf("Commit over a .git made during the build = %v, want a refusal naming it", err)
	}
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
	if after := tree(t, out); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused Commit changed the output:\nbefore %v\nafter  %v", before, after)
	}
	noLeftovers(t, site)
}

func TestOutputChangedByUser(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, out string)
		want   string
	}{
		{"page replaced by a folder", func(t *testing.T, out string) {
			mustNoErr(t, os.Remove(filepath.Join(out, "index.html")))
			mustWrite(t, filepath.Join(out, "index.html/x"), "mine")
		}, "(index.html)"},
		{"page replaced by a symlink", func(t *testing.T, out string) {
			mustNoErr(t, os.Remove(filepath.Join(out, "index.html")))
			mustNoErr(t, os.Symlink("/etc/hostname", filepath.Join(out, "index.html")))
		}, "(index.html)"},
		{"page folder replaced by a symlink", func(t *testing.T, out string) {
			mustNoErr(t, os.RemoveAll(filepath.Join(out, "stretches")))
			mustNoErr(t, os.Symlink(t.TempDir(), filepath.Join(out, "stretches")))
		}, "(stretches)"},
		{"old marker", func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, MarkerName), Marker)
		}, "(index.html, stretches)"},
		{"manifest edited to reach outside", func(t *testing.T, out string) {
			mustWrite(t, filepath.Join(out, MarkerName), Marker+"../x\n/abs\nindex.html/\n")
		}, "(index.html, stretches)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, site := newSite(t)
			out := builtWithUserFiles(t, site, nil)
			tt.change(t, out)
			_, err := Begin(Options{Site: site, Out: out})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Begin = %v, want a refusal naming %s", err, tt.want)
			}
		})
	}
}

func TestOldMarkerAloneIsLimbers(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	mustWrite(t, filepath.Join(out, MarkerName), Marker)
	build(t, site, out, false, map[string]string{"index.html": "home"})
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(map[string]string{"index.html": "home"})) {
		t.Errorf("output = %v", got)
	}
}

func TestManifest(t *testing.T) {
	tests := []struct {
		body        string
		files, dirs []string
	}{
		{"", nil, nil},
		{"index.html\n", []string{"index.html"}, nil},
		{"a/b/c.html\na/d.html\n", []string{"a/b/c.html", "a/d.html"}, []string{"a", "a/b"}},
		{"../x\n/abs\na//b\n./c\n\n" + MarkerName + "\nok\n", []string{"ok"}, nil},
		{"no-newline-at-end", []string{"no-newline-at-end"}, nil},
	}
	for _, tt := range tests {
		files, dirs := manifest([]byte(Marker + tt.body))
		if got := keys(files); !reflect.DeepEqual(got, tt.files) {
			t.Errorf("manifest(%q) files = %v, want %v", tt.body, got, tt.files)
		}
		if got := keys(dirs); !reflect.DeepEqual(got, tt.dirs) {
			t.Errorf("manifest(%q) dirs = %v, want %v", tt.body, got, tt.dirs)
		}
	}
}

// FuzzManifest checks that any marker body gives only valid paths, that
// every folder listed is above a file listed, and that writing the files
// back out as a marker and reading it again gives the same list.
func FuzzManifest(f *testing.F) {
	for _, seed := range []string{"", "index.html\n", "a/b\na/c\n", "../x\n", "a\x00b\n", "a\r\nb\n", "\n\n", "é/ü.html\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		files, dirs := manifest([]byte(Marker + body))
		for file := range files {
			if err := CheckPath(file); err != nil {
				t.Fatalf("manifest kept %q: %v", file, err)
			}
		}
		for dir := range dirs {
			if !hasFileUnder(files, dir) {
				t.Fatalf("folder %q is above no listed file", dir)
			}
		}
		again, _ := manifest([]byte(markerText(keys(files))))
		if !reflect.DeepEqual(keys(again), keys(files)) {
			t.Fatalf("round trip: %v, want %v", keys(again), keys(files))
		}
	})
}

func hasFileUnder(files map[string]bool, dir string) bool {
	for f := range files {
		if strings.HasPrefix(f, dir+"/") {
			return true
		}
	}
	return false
}

// keys returns the keys of m, sorted, or nil when there are none.
func keys(m map[string]bool) []string {
	var list []string
	for k := range m {
		list = append(list, k)
	}
	sort.Strings(list)
	return list
}

func mustNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
