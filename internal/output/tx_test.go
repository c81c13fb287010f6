package output

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFreshBuild(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(base, "deep/er/public") // parents are made
	pages := map[string]string{
		"index.html":                   "<h1>home</h1>",
		"stretches/cat-cow/index.html": "<h1>cat-cow</h1>",
		"css/site.css":                 "body{}",
	}
	res := build(t, site, out, false, pages)
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(pages)) {
		t.Errorf("output files = %v, want %v", got, withMarker(pages))
	}
	want := []string{"css/site.css", "index.html", "stretches/cat-cow/index.html"}
	if !reflect.DeepEqual(res.Files, want) || res.Out != out || res.Backup != "" {
		t.Errorf("result = %+v, want files %v in %s and no backup", res, want, out)
	}
	if got := names(t, filepath.Dir(out)); !reflect.DeepEqual(got, []string{".public.limber-lock", "public"}) {
		t.Errorf("beside the output: %v, want only public and its lock file", got)
	}
}

func TestReplaceLimberOutput(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(site, "public")
	build(t, site, out, false, map[string]string{
		"index.html":                   "old home",
		"stretches/deleted/index.html": "a page since deleted",
	})
	pages := map[string]string{"index.html": "new home", "about/index.html": "about"}
	res := build(t, site, out, false, pages)
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(pages)) {
		t.Errorf("output files = %v, want exactly %v", got, withMarker(pages))
	}
	if want := []string{"about/index.html", "index.html"}; !reflect.DeepEqual(res.Files, want) {
		t.Errorf("result files = %v, want %v", res.Files, want)
	}
	noLeftovers(t, site)
	_ = base
}

func TestEmptyForeignFolderIsUsed(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	mustMkdir(t, out)
	build(t, site, out, false, map[string]string{"index.html": "home"})
	if got := files(t, out); len(got) != 2 {
		t.Errorf("output files = %v, want index.html and the marker", got)
	}
}

func TestForeignFolderRefused(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(site, "www")
	mustWrite(t, filepath.Join(out, "thesis.docx"), "years of work")
	before := tree(t, base)
	_, err := Begin(Options{Site: site, Out: out})
	if err == nil || !strings.Contains(err.Error(), "add --force") || !strings.Contains(err.Error(), out) {
		t.Fatalf("Begin over a foreign folder = %v, want a refusal naming it and --force", err)
	}
	if after := tree(t, base); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused Begin changed files:\nbefore %v\nafter  %v", before, after)
	}
}

func TestForeignFolderBackedUpWithForce(t *testing.T) {
	_, site := newSite(t)
	base := site // --force moves a foreign folder aside only inside the site folder
	out := filepath.Join(base, "www")
	mustWrite(t, filepath.Join(out, "thesis.docx"), "years of work")
	mustWrite(t, filepath.Join(base, "www.before-limber/taken.txt"), "an earlier backup")
	before := tree(t, out)
	res := build(t, site, out, true, map[string]string{"index.html": "home"})
	want := filepath.Join(base, "www.before-limber-2")
	if res.Backup != want {
		t.Fatalf("Backup = %q, want %q", res.Backup, want)
	}
	if got := tree(t, want); !reflect.DeepEqual(got, before) {
		t.Errorf("backup = %v, want the old folder unchanged %v", got, before)
	}
	if got := files(t, filepath.Join(base, "www.before-limber")); got["taken.txt"] != "an earlier backup" {
		t.Errorf("the earlier backup was touched: %v", got)
	}
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(map[string]string{"index.html": "home"})) {
		t.Errorf("output = %v", got)
	}
	// The next build replaces limber's own output without --force.
	if res := build(t, site, out, false, map[string]string{"a.html": "a"}); res.Backup != "" {
		t.Errorf("second build made a backup %q", res.Backup)
	}
}

func TestForeignFilesAppearDuringBuild(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(base, "www")
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(out, "notes.txt"), "written while building")
	if err := tx.WriteFile("index.html", []byte("home")); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Commit(); err == nil {
		t.Fatal("Commit over files that appeared during the build = nil, want an error")
	}
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := files(t, out); !reflect.DeepEqual(got, map[string]string{"notes.txt": "written while building"}) {
		t.Errorf("output = %v, want the user's file untouched", got)
	}
	noLeftovers(t, base)
}

func TestAbortLeavesOldOutput(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	build(t, site, out, false, map[string]string{"index.html": "home", "a/b.html": "b"})
	before := tree(t, site)
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"index.html", "a/b.html", "new/page.html"} {
		if err := tx.WriteFile(rel, []byte("half-finished")); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		if err := tx.Abort(); err != nil {
			t.Fatalf("Abort: %v", err)
		}
	}
	if after := tree(t, site); !reflect.DeepEqual(before, after) {
		t.Errorf("Abort changed the site:\nbefore %v\nafter  %v", before, after)
	}
	if err := tx.WriteFile("x.html", nil); err == nil {
		t.Error("WriteFile after Abort = nil, want an error")
	}
	if _, err := tx.Commit(); err == nil {
		t.Error("Commit after Abort = nil, want an error")
	}
}

func TestAbortAfterCommit(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.WriteFile("index.html", []byte("home")); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	before := tree(t, site)
	if err := tx.Abort(); err != nil {
		t.Errorf("Abort after Commit = %v, want nil", err)
	}
	if _, err := tx.Commit(); err == nil {
		t.Error("a second Commit = nil, want an error")
	}
	if after := tree(t, site); !reflect.DeepEqual(before, after) {
		t.Errorf("Abort after Commit changed files:\nbefore %v\nafter  %v", before, after)
	}
}

func TestStaleLeftoversCleaned(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(base, "public")
	build(t, site, out, false, map[string]string{"index.html": "home"})
	mustWrite(t, filepath.Join(base, ".public.limber-new-123/"+MarkerName), Marker)
	mustWrite(t, filepath.Join(base, ".public.limber-new-123/half.html"), "half")
	mustWrite(t, filepath.Join(base, ".public.limber-old-456/"+MarkerName), Marker)
	mustWrite(t, filepath.Join(base, ".public.limber-new-789/mine.txt"), "no marker: not limber's")
	mustWrite(t, filepath.Join(base, ".public.limber-old-bad/"+MarkerName), "a different text")
	mustWrite(t, filepath.Join(base, ".other.limber-new-1/"+MarkerName), Marker)
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Abort()
	got := names(t, base)
	for _, gone := range []string{".public.limber-new-123", ".public.limber-old-456"} {
		for _, n := range got {
			if n == gone {
				t.Errorf("stale %s was not removed", gone)
			}
		}
	}
	for _, kept := range []string{".public.limber-new-789/mine.txt", ".public.limber-old-bad/" + MarkerName, ".other.limber-new-1/" + MarkerName} {
		if _, err := os.Stat(filepath.Join(base, kept)); err != nil {
			t.Errorf("%s was removed, but it is not a leftover of this output: %v", kept, err)
		}
	}
}

func TestCrashBetweenRenames(t *testing.T) {
	base, site := newSite(t)
	out := filepath.Join(base, "public")
	build(t, site, out, false, map[string]string{"index.html": "home", "a/b.html": "b"})
	before := tree(t, out)
	// A commit that died after moving the old output aside, before moving
	// the new one in.
	if err := os.Rename(out, filepath.Join(base, ".public.limber-old-0badf00d")); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(base, ".public.limber-new-42/"+MarkerName), Marker)
	tx, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); !reflect.DeepEqual(got, before) {
		t.Errorf("recovered output = %v, want %v", got, before)
	}
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); !reflect.DeepEqual(got, before) {
		t.Errorf("output after Abort = %v, want %v", got, before)
	}
	noLeftovers(t, base)
}

func TestSymlinkedOutput(t *testing.T) {
	base, site := newSite(t)
	real := filepath.Join(base, "www")
	link := filepath.Join(site, "public")
	mustMkdir(t, real)
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	build(t, site, link, false, map[string]string{"index.html": "one"})
	res := build(t, site, link, false, map[string]string{"index.html": "two"})
	if res.Out != real {
		t.Errorf("Out = %q, want the link's target %q", res.Out, real)
	}
	if data, err := os.ReadFile(filepath.Join(link, "index.html")); err != nil || string(data) != "two" {
		t.Errorf("through the link: %q, %v; want two", data, err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link itself was replaced: %v, %v", info, err)
	}
	noLeftovers(t, base)
}

func TestBeginRunsCheck(t *testing.T) {
	_, site := newSite(t)
	before := tree(t, site)
	if _, err := Begin(Options{Site: site, Out: filepath.Join(site, "content"), Force: true}); err == nil {
		t.Fatal("Begin into content/ with Force = nil, want a refusal")
	}
	if after := tree(t, site); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused Begin changed files:\nbefore %v\nafter  %v", before, after)
	}
}
