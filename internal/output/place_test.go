package output

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// fakePlacer names base as the top of the file system and mounts as its
// mount points, with home as the home folder.
func fakePlacer(base, home string, mounts ...string) placer {
	return placer{
		topLevel: func(dir string) bool { return dir == base || isTopLevel(dir) },
		mount:    func(dir string) bool { return contains(mounts, dir) },
		home:     home,
	}
}

func TestCheckRefusesSystemPlaces(t *testing.T) {
	base, site := newSite(t)
	home := filepath.Join(base, "users/me")
	mustMkdir(t, home)
	mnt := filepath.Join(site, "mnt")
	mustMkdir(t, mnt)
	p := fakePlacer(base, home, mnt)
	tests := []struct{ out, want string }{
		{filepath.Join(base, "etc"), "is a folder at the top of the file system, which limber never replaces, even with --force"},
		{filepath.Join(base, "users"), "is a folder at the top of the file system"},
		{home, "is your home folder"},
		{filepath.Join(base, "users/me/.."), "is a folder at the top of the file system"},
		{filepath.Join(site, "mnt"), "is a mount point"},
	}
	for _, tt := range tests {
		err := p.check(site, tt.out)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), `"`+tt.out+`"`) {
			t.Errorf("check(%s) = %v, want it to name the folder and say %q", tt.out, err, tt.want)
		}
	}
	// Not at the top: the home folder's parent is refused as containing it.
	p = fakePlacer(filepath.Dir(base), home)
	if err := p.check(site, filepath.Join(base, "users")); err == nil || !strings.Contains(err.Error(), "contains your home folder") {
		t.Errorf("check(the home folder's parent) = %v, want a refusal", err)
	}
	for _, ok := range []string{filepath.Join(site, "public"), filepath.Join(site, "mnt/public"), filepath.Join(home, "www")} {
		if err := p.check(site, ok); err != nil {
			t.Errorf("check(%s) = %v, want nil", ok, err)
		}
	}
}

// TestCheckRefusesSystemFolders asks the running system: Check only looks,
// so naming /etc here is safe.
func TestCheckRefusesSystemFolders(t *testing.T) {
	_, site := newSite(t)
	for _, out := range []string{"/etc", "/root", "/usr", "/limber-not-there"} {
		if err := Check(site, out); err == nil || !strings.Contains(err.Error(), "top of the file system") {
			t.Errorf("Check(%s) = %v, want a refusal", out, err)
		}
	}
	if runtime.GOOS == "windows" {
		if err := Check(site, `C:\Windows`); err == nil {
			t.Errorf(`Check(C:\Windows) = nil, want a refusal`)
		}
	}
}

func TestCheckRefusesHomeAncestor(t *testing.T) {
	base, site := newSite(t)
	home := filepath.Join(base, "users/me")
	mustMkdir(t, home)
	t.Setenv("HOME", home)
	for out, want := range map[string]string{home: "is your home folder", filepath.Join(base, "users"): "contains your home folder"} {
		if err := Check(site, out); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Check(%s) = %v, want it to say %q", out, err, want)
		}
	}
	before := tree(t, base)
	if _, err := Begin(Options{Site: site, Out: filepath.Join(base, "users"), Force: true}); err == nil {
		t.Error("Begin with Force into the home folder's parent = nil, want a refusal")
	}
	if after := tree(t, base); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused Begin changed files:\nbefore %v\nafter  %v", before, after)
	}
}

func TestCheckForeignOutsideSite(t *testing.T) {
	base, site := newSite(t)
	mustWrite(t, filepath.Join(base, "www/thesis.docx"), "years of work")
	mustWrite(t, filepath.Join(base, "notes.txt"), "a file")
	mustMkdir(t, filepath.Join(base, "empty"))
	makeOutput(t, filepath.Join(base, "limbers"), oldPages)
	mustWrite(t, filepath.Join(base, "limbers/.git/HEAD"), "ref: main")
	mustWrite(t, filepath.Join(site, "dist/mine.txt"), "inside the site")
	err := Check(site, filepath.Join(base, "www"))
	if err == nil || !strings.Contains(err.Error(), "is outside the site folder and holds files that limber did not make") ||
		!strings.Contains(err.Error(), "even with --force") {
		t.Errorf("Check(a foreign folder outside the site) = %v, want a refusal", err)
	}
	for _, ok := range []string{"empty", "missing", "limbers"} {
		if err := Check(site, filepath.Join(base, ok)); err != nil {
			t.Errorf("Check(%s) = %v, want nil", ok, err)
		}
	}
	if err := Check(site, filepath.Join(site, "dist")); err != nil {
		t.Errorf("Check(a foreign folder inside the site) = %v, want nil: Begin refuses it without --force", err)
	}
	before := tree(t, base)
	if _, err := Begin(Options{Site: site, Out: filepath.Join(base, "www"), Force: true}); err == nil {
		t.Error("Begin with Force into a foreign folder outside the site = nil, want a refusal")
	}
	if after := tree(t, base); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused Begin changed files:\nbefore %v\nafter  %v", before, after)
	}
	// limber's own output outside the site, with files added, is moved aside with Force.
	if res := build(t, site, filepath.Join(base, "limbers"), true, newPages); res.Backup == "" {
		t.Error("a marked output outside the site was not moved aside")
	}
}

// TestCommitRefusesForeignOutsideSite adds the user's files to an empty
// output folder outside the site during a build with Force: Commit refuses
// to move them aside, and Abort leaves them.
func TestCommitRefusesForeignOutsideSite(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(base, "www")
	tx, err := Begin(Options{Site: site, Out: out, Force: true})
	mustNoErr(t, err)
	mustWrite(t, filepath.Join(out, "notes.txt"), "written while building")
	mustNoErr(t, tx.WriteFile("index.html", []byte("home")))
	if _, err := tx.Commit(); err == nil || !strings.Contains(err.Error(), "even with --force") {
		t.Fatalf("Commit = %v, want a refusal", err)
	}
	mustNoErr(t, tx.Abort())
	if got := files(t, out); !reflect.DeepEqual(got, map[string]string{"notes.txt": "written while building"}) {
		t.Errorf("output = %v, want the user's file untouched", got)
	}
	if _, err := os.Lstat(out + backupSuffix); err == nil {
		t.Error("a backup was made")
	}
}
