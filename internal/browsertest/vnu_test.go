package browsertest

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/sample"
	"github.com/limber/limber/internal/site"
)

// vnuJar is the Nu HTML Checker that npm ci installs from package.json.
const vnuJar = "node_modules/vnu-jar/build/dist/vnu.jar"

// requireVnu skips the test when Java or vnu-jar is missing, or fails it
// under CI=true.
func requireVnu(t *testing.T) {
	t.Helper()
	require(t, append(missingCommands([2]string{"java", "default-jre-headless"}), missingNPM("vnu-jar")...))
}

// vnuMessage is one message of vnu's JSON output.
type vnuMessage struct {
	Type        string `json:"type"` // "error", "non-document-error" or "info"
	URL         string `json:"url"`
	FirstLine   int    `json:"firstLine"` // absent when it is lastLine
	LastLine    int    `json:"lastLine"`
	FirstColumn int    `json:"firstColumn"`
	LastColumn  int    `json:"lastColumn"`
	Message     string `json:"message"`
}

// canaryHTML is a page with two errors the checker must find, on lines 3
// and 4: a duplicate id and a list item outside a list. With canaryCSS, a
// style sheet with a bad colour, it proves that vnu ran, that its output is
// read and that its line numbers are right (with --also-check-css, vnu
// 26.9.27 gives HTML errors one line too early, so CSS is checked apart).
const (
	canaryHTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Canary</title></head>
<body><p id="a">One</p><p id="a">Two</p>
<li>Stray</li></body></html>
`
	canaryCSS = "p { margin: 0; }\na { color: bogus; }\n"
)

// TestPagesAreValidHTML builds the sample site twice, for the base URL "/"
// and for an absolute base URL with a path, and runs the Nu HTML Checker
// over every HTML and CSS file of both, in every language (the Spanish
// pages under es/ too). Every error fails the test as
// public/<path>:line:col: message.
func TestPagesAreValidHTML(t *testing.T) {
	requireVnu(t)
	builds := []struct{ name, out string }{{"root", buildAt(t, "/")}, {"absolute-with-path", buildAt(t, baseURL)}}
	canary := writeCanary(t)
	dirs := []string{canary, builds[0].out, builds[1].out}
	start := time.Now()
	msgs := runVnu(t, append([]string{"--skip-non-html"}, dirs...)...)
	msgs = append(msgs, runVnu(t, append([]string{"--css"}, cssFiles(t, dirs)...)...)...)
	t.Logf("vnu checked %d folders in %v", len(dirs), time.Since(start).Round(time.Millisecond))
	byDir, rest := vnuErrors(msgs, dirs)
	if got := byDir[canary]; len(got) != 3 || !strings.HasPrefix(got[0], "public/bad.css:2:") ||
		!strings.HasPrefix(got[1], "public/canary.html:3:24: ") || !strings.HasPrefix(got[2], "public/canary.html:4:1: ") {
		t.Fatalf("vnu must report the canary's three errors on the right lines, got %q", got)
	}
	for _, e := range rest {
		t.Errorf("vnu: %s", e)
	}
	for _, b := range builds {
		t.Run(b.name, func(t *testing.T) {
			requireLanguages(t, b.out)
			for _, e := range byDir[b.out] {
				t.Error(e)
			}
		})
	}
}

// TestRenderedPagesAreValidHTML checks with the Nu HTML Checker what the
// scripts build, which TestPagesAreValidHTML cannot see in the files: the
// home page with the site search's results open, the builder once it shows
// "Search stretches", and the program page with docs/programs.md's
// realistic program once it shows the sheet. snapshot.mjs saves each page's
// DOM (the doctype and the document's outerHTML) after its scripts ran.
func TestRenderedPagesAreValidHTML(t *testing.T) {
	requireVnu(t)
	requireBrowser(t)
	s, out := buildSite(t, baseURL)
	root := serve(t, out, "/handouts/") + s.Root
	dir := filepath.Join(t.TempDir(), "public")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := []map[string]any{{"name": "home-searched", "url": root, "search": "back"}}
	apps := appPages(t, root)
	for _, l := range s.Languages()[1:] {
		apps = append(apps, langAppPages(t, root, l.Lang)...)
	}
	for _, p := range apps {
		pages = append(pages, map[string]any{"name": p.Name, "url": p.URL, "wait": p.Wait})
	}
	var rep struct{ Errors []string }
	runJSON(t, "snapshot.mjs", map[string]any{"out": dir, "pages": pages}, &rep)
	for _, e := range rep.Errors {
		t.Error(e)
	}
	byDir, rest := vnuErrors(runVnu(t, "--skip-non-html", dir), []string{dir})
	for _, e := range append(byDir[dir], rest...) {
		t.Errorf("vnu, after the scripts ran: %s", e)
	}
}

// sampleLanguages are the languages of the sample site after its default,
// whose pages are under a folder named for each.
func sampleLanguages() []string { return []string{"es"} }

// requireLanguages fails the test when a build of the sample site has no
// pages in one of sampleLanguages, which vnu would then not check.
func requireLanguages(t *testing.T, out string) {
	t.Helper()
	for _, l := range sampleLanguages() {
		if _, err := os.Stat(filepath.Join(out, l, "index.html")); err != nil {
			t.Errorf("the build has no %s pages for vnu to check: %v", l, err)
		}
	}
}

// writeCanary writes the canary page and style sheet into a new folder and
// returns it.
func writeCanary(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "public")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"canary.html": canaryHTML, "bad.css": canaryCSS} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// cssFiles returns every .css file under the folders.
func cssFiles(t *testing.T, dirs []string) []string {
	t.Helper()
	var files []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".css") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// buildAt copies the sample site into a temporary folder, builds it for
// the base URL and returns the output folder.
func buildAt(t *testing.T, base string) string {
	t.Helper()
	_, out := buildSite(t, base)
	return out
}

// buildSite copies the sample site into a temporary folder, builds it for
// the base URL and returns the indexed site and the output folder.
func buildSite(t *testing.T, base string) (*site.Site, string) {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{Site: dir, Out: filepath.Join(dir, "public"), BaseURL: base}
	if _, err := pipeline.Build(context.Background(), opts); err != nil {
		t.Fatalf("build for %s: %v", base, err)
	}
	s, _, errs := pipeline.Prepare(opts)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s, opts.Out
}

// runVnu runs the checker once with the arguments (options, then files or
// folders) and returns its messages.
func runVnu(t *testing.T, args ...string) []vnuMessage {
	t.Helper()
	args = append([]string{"-jar", vnuJar, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always"}, args...)
	out := run(t, 5*time.Minute, "java", args...)
	var res struct {
		Messages []vnuMessage `json:"messages"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("vnu printed no JSON report: %v\n%s", err, out)
	}
	return res.Messages
}

// vnuErrors sorts the error messages into the folders they are about:
// for each folder, its errors as public/<path>:line:col: message, sorted.
// Messages about no file of the folders (vnu's own failures) come last.
func vnuErrors(msgs []vnuMessage, dirs []string) (map[string][]string, []string) {
	byDir := map[string][]string{}
	var rest []string
	for _, m := range msgs {
		if m.Type == "info" {
			continue
		}
		dir, rel := folderOf(m.URL, dirs)
		if dir == "" {
			rest = append(rest, fmt.Sprintf("%s: %s: %s", m.URL, m.Type, m.Message))
			continue
		}
		byDir[dir] = append(byDir[dir], fmt.Sprintf("public/%s:%d:%d: %s", rel,
			cmp.Or(m.FirstLine, m.LastLine), cmp.Or(m.FirstColumn, m.LastColumn), m.Message))
	}
	for _, errs := range byDir {
		slices.Sort(errs)
	}
	return byDir, rest
}

// folderOf returns which of the folders a file: URL is in, and the file's
// slash path inside it, or "" when it is in none.
func folderOf(fileURL string, dirs []string) (string, string) {
	u, err := url.Parse(fileURL)
	if err != nil || u.Scheme != "file" {
		return "", ""
	}
	for _, dir := range dirs {
		if rel, err := filepath.Rel(dir, filepath.FromSlash(u.Path)); err == nil && !strings.HasPrefix(rel, "..") {
			return dir, filepath.ToSlash(rel)
		}
	}
	return "", ""
}

// TestVnuErrors checks how vnu's messages become test failures, without
// Java: by folder, as public/<path>:line:col, warnings left out, and
// messages about no file of the folders kept apart.
func TestVnuErrors(t *testing.T) {
	a, b := filepath.FromSlash("/tmp/x/public"), filepath.FromSlash("/tmp/y/public")
	msgs := []vnuMessage{
		{Type: "error", URL: "file:/tmp/y/public/stretches/cat-cow/index.html", LastLine: 9, FirstColumn: 3, LastColumn: 7, Message: "Duplicate ID “x”."},
		{Type: "error", URL: "file:/tmp/x/public/index.html", FirstLine: 4, LastLine: 5, LastColumn: 2, Message: "Stray end tag “div”."},
		{Type: "info", URL: "file:/tmp/x/public/index.html", LastLine: 1, Message: "a warning"},
		{Type: "error", URL: "file:/tmp/x/public/assets/style.css", LastLine: 2, FirstColumn: 12, Message: "CSS: bad colour."},
		{Type: "non-document-error", URL: "file:/tmp/z/gone.html", Message: "File not found."},
		{Type: "error", URL: "file:/tmp/x/publicity/index.html", LastLine: 1, FirstColumn: 1, Message: "not in a folder"},
	}
	byDir, rest := vnuErrors(msgs, []string{a, b})
	want := map[string][]string{
		a: {"public/assets/style.css:2:12: CSS: bad colour.", "public/index.html:4:2: Stray end tag “div”."},
		b: {"public/stretches/cat-cow/index.html:9:3: Duplicate ID “x”."},
	}
	for dir, w := range want {
		if !slices.Equal(byDir[dir], w) {
			t.Errorf("errors in %s: got %q, want %q", dir, byDir[dir], w)
		}
	}
	if len(byDir) != 2 || len(rest) != 2 || !strings.Contains(rest[0], "File not found.") {
		t.Errorf("got %d folders and the other messages %q; want 2 folders and the missing file and the stray folder", len(byDir), rest)
	}
}
