package output

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestCheckRefuses(t *testing.T) {
	base, site := newSite(t)
	mustWrite(t, filepath.Join(site, "notes.txt"), "a file\n")
	if err := os.Symlink(filepath.Join(site, "content"), filepath.Join(base, "link-to-content")); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(base, "home")
	mustMkdir(t, home)
	t.Setenv("HOME", home)
	tests := []struct {
		name, out, want string
	}{
		{"site root", site, "is the site folder itself"},
		{"site root with slash", site + "/", "is the site folder itself"},
		{"content", filepath.Join(site, "content"), "is inside content/"},
		{"templates", filepath.Join(site, "templates"), "is inside templates/"},
		{"inside content", filepath.Join(site, "content/stretches"), "is inside content/"},
		{"missing inside content", filepath.Join(site, "content/new/deep"), "is inside content/"},
		{"inside templates", filepath.Join(site, "templates/x"), "is inside templates/"},
		{"dot-dot into content", site + "/public/../content", "is inside content/"},
		{"parent of site", base, "contains the site folder"},
		{"root", "/", "contains the site folder"},
		{"file", filepath.Join(site, "notes.txt"), "is a file, not a folder"},
		{"symlink to content", filepath.Join(base, "link-to-content"), "is inside content/"},
		{"inside symlink to content", filepath.Join(base, "link-to-content/x"), "is inside content/"},
		{"home folder", home, "is your home folder"},
		{"missing limber.yaml", filepath.Join(site, "limber.yaml"), "is the site's settings file limber.yaml"},
		{"inside limber.yaml", filepath.Join(site, "limber.yaml/x"), "is the site's settings file limber.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(site, tt.out)
			if err == nil {
				t.Fatalf("Check(%q) = nil, want an error containing %q", tt.out, tt.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) || !strings.Contains(msg, "\""+tt.out+"\"") {
				t.Errorf("Check(%q) = %q, want it to name the path and say %q", tt.out, msg, tt.want)
			}
		})
	}
}

func TestCheckAllows(t *testing.T) {
	base, site := newSite(t)
	mustMkdir(t, filepath.Join(base, "existing"))
	for _, out := range []string{
		filepath.Join(site, "public"),
		filepath.Join(site, "contents"), // a sibling with a similar name
		filepath.Join(site, "content-public"),
		filepath.Join(base, "existing"),
		filepath.Join(base, "not/yet/made"),
	} {
		if err := Check(site, out); err != nil {
			t.Errorf("Check(%q) = %v, want nil", out, err)
		}
	}
}

func TestCheckRelativeMessage(t *testing.T) {
	_, site := newSite(t)
	t.Chdir(site)
	err := Check(".", "content")
	want := `output folder "content" is inside content/: choose another --out, such as public`
	if err == nil || err.Error() != want {
		t.Errorf("Check(., content) = %v, want %q", err, want)
	}
	if err := Check(".", "public"); err != nil {
		t.Errorf("Check(., public) = %v, want nil", err)
	}
	if err := Check(".", ".."); err == nil {
		t.Error("Check(., ..) = nil, want a refusal of the site's parent")
	}
}

func TestCheckSymlinkedSite(t *testing.T) {
	base, site := newSite(t)
	link := filepath.Join(base, "site-link")
	if err := os.Symlink(site, link); err != nil {
		t.Fatal(err)
	}
	// The site given through a link, the output through the real path, and
	// the other way round: both are the content folder.
	if err := Check(link, filepath.Join(site, "content")); err == nil {
		t.Error("Check(link, real content) = nil, want a refusal")
	}
	if err := Check(site, filepath.Join(link, "content")); err == nil {
		t.Error("Check(real, link/content) = nil, want a refusal")
	}
	if err := Check(link, site); err == nil {
		t.Error("Check(link, real site) = nil, want a refusal")
	}
}

func TestCheckContentIsSymlink(t *testing.T) {
	base, _ := newSite(t)
	site := filepath.Join(base, "site2")
	real := filepath.Join(base, "shared-content")
	mustMkdir(t, site)
	mustMkdir(t, real)
	if err := os.Symlink(real, filepath.Join(site, "content")); err != nil {
		t.Fatal(err)
	}
	if err := Check(site, filepath.Join(real, "out")); err == nil || !strings.Contains(err.Error(), "inside content/") {
		t.Errorf("Check(inside the real content folder) = %v, want a refusal", err)
	}
}

func TestCheckExistingConfig(t *testing.T) {
	_, site := newSite(t)
	mustWrite(t, filepath.Join(site, "limber.yaml"), "title: x\n")
	t.Chdir(site)
	err := Check(".", "limber.yaml")
	want := `output folder "limber.yaml" is the site's settings file limber.yaml: choose another --out, such as public`
	if err == nil || err.Error() != want {
		t.Errorf("Check(., limber.yaml) = %v, want %q", err, want)
	}
}

// TestCheckSymlinkedParts gives the site a content/, templates/ and
// limber.yaml that are symlinks to elsewhere, and checks that an output at,
// inside or containing any of their targets is refused.
func TestCheckSymlinkedParts(t *testing.T) {
	base, _ := newSite(t)
	site := filepath.Join(base, "site2")
	mustMkdir(t, site)
	for _, link := range []struct{ name, target string }{
		{"content", "x/content"}, {"templates", "y/shared/templates"}, {"limber.yaml", "z/limber.yaml"},
	} {
		target := filepath.Join(base, link.target)
		if link.name == "limber.yaml" {
			mustWrite(t, target, "title: x\n")
		} else {
			mustMkdir(t, target)
		}
		mustNoErr(t, os.Symlink(target, filepath.Join(site, link.name)))
	}
	tests := []struct{ out, want string }{
		{"x", "contains the site's content/ folder"},
		{"x/content", "is inside content/"},
		{"x/content/out", "is inside content/"},
		{"y", "contains the site's templates/ folder"},
		{"y/shared", "contains the site's templates/ folder"},
		{"y/shared/templates", "is inside templates/"},
		{"z", "contains the site's settings file limber.yaml"},
		{"z/limber.yaml", "is the site's settings file limber.yaml"},
	}
	for _, tt := range tests {
		out := filepath.Join(base, tt.out)
		if err := Check(site, out); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Check(%s) = %v, want it to say %q", tt.out, err, tt.want)
		}
	}
	for _, ok := range []string{"x/public", "y/public", "z/public", "site2/public"} {
		if err := Check(site, filepath.Join(base, ok)); err != nil {
			t.Errorf("Check(%s) = %v, want nil", ok, err)
		}
	}
	before := tree(t, base)
	if _, err := Begin(Options{Site: site, Out: filepath.Join(base, "x"), Force: true}); err == nil {
		t.Error("Begin with Force into the folder holding the linked content/ = nil, want a refusal")
	}
	if after := tree(t, base); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused Begin changed files:\nbefore %v\nafter  %v", before, after)
	}
}
