package newsite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func released() Options {
	return Options{Version: "v1.2.3", Pinned: true, GoVersion: "1.26.8", Date: "2026-12-06"}
}

// fileText returns the text of the file at p.
func fileText(t *testing.T, files []File, p string) string {
	t.Helper()
	for _, f := range files {
		if f.Path == p {
			return string(f.Data)
		}
	}
	t.Fatalf("no file %s", p)
	return ""
}

// TestPinnedVersion checks that a release names its own version on one line
// of each deploy file, and the README says where.
func TestPinnedVersion(t *testing.T) {
	files, err := Files(released())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ file, line string }{
		{"netlify.toml", `  LIMBER_VERSION = "v1.2.3"`},
		{".github/workflows/pages.yml", "  LIMBER_VERSION: v1.2.3"},
		{"netlify.toml", `  GO_VERSION = "1.26.8"`},
		{"README.md", "go install github.com/limber/limber/cmd/limber@v1.2.3"},
		{"content/articles/stretching-basics.md", "updated: 2026-12-06"},
	}
	for _, tt := range tests {
		text := fileText(t, files, tt.file)
		if !strings.Contains(text, tt.line+"\n") && !strings.Contains(text, tt.line+"`") {
			t.Errorf("%s has no line %q", tt.file, tt.line)
		}
		if strings.Contains(text, "pin a release") {
			t.Errorf("%s asks to pin a release, but v1.2.3 is one", tt.file)
		}
	}
}

// TestDevelopmentBuild checks that a development build installs "latest"
// and says to pin a release.
func TestDevelopmentBuild(t *testing.T) {
	o := released()
	o.Version, o.Pinned = "(devel)", false
	files, err := Files(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"netlify.toml", ".github/workflows/pages.yml"} {
		text := fileText(t, files, p)
		if !strings.Contains(text, "pin a release here") || !strings.Contains(text, "LIMBER_VERSION") || !strings.Contains(text, "latest") {
			t.Errorf("%s does not install latest with a comment to pin it:\n%s", p, text)
		}
	}
}

// TestSampleFiles checks that --sample copies the bundled site whole.
func TestSampleFiles(t *testing.T) {
	o := released()
	o.Sample = true
	files, err := Files(o)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../limber.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := fileText(t, files, "limber.yaml"); got != string(want) {
		t.Error("limber.yaml differs from the sample site's")
	}
	fileText(t, files, "content/stretches/cat-cow.md")
	fileText(t, files, "netlify.toml")
	for i := 1; i < len(files); i++ {
		if files[i-1].Path >= files[i].Path {
			t.Errorf("files out of order: %s before %s", files[i-1].Path, files[i].Path)
		}
	}
}

func TestRefuse(t *testing.T) {
	dir := t.TempDir()
	if err := Refuse(filepath.Join(dir, "new")); err != nil {
		t.Errorf("a missing folder: %v", err)
	}
	if err := Refuse(dir); err != nil {
		t.Errorf("an empty folder: %v", err)
	}
	for _, name := range []string{"b", "a", ".git"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err := Refuse(dir)
	if err == nil || !strings.Contains(err.Error(), ": not empty: has .git, a, b;") {
		t.Errorf("Refuse = %v, want it to name .git, a, b", err)
	}
}

// TestCreateNeverOverwrites checks that a file that appears between the
// check and the write is left as it was, and the write stops there.
func TestCreateNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	if err := createFile(dir, File{"a/x.md", []byte("mine")}); err != nil {
		t.Fatal(err)
	}
	if err := createFile(dir, File{"a/x.md", []byte("init's")}); err == nil {
		t.Error("createFile replaced a file")
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "a", "x.md")); string(data) != "mine" {
		t.Errorf("the file now holds %q", data)
	}
	if err := Create(dir, []File{{"y.md", nil}}); err == nil {
		t.Error("Create wrote into a folder that is not empty")
	}
}
