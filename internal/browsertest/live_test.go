package browsertest

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber/limber/internal/sample"

	"github.com/limber/limber/internal/devserver"
)

// requireBrowser skips the test when Chromium, Node or playwright-core is
// missing, or fails it under CI=true, where browser tests must run.
func requireBrowser(t testing.TB) {
	t.Helper()
	require(t, missingBrowser("playwright-core"))
}

// liveJob is the input of live.mjs.
type liveJob struct {
	URL           string `json:"url"`
	File          string `json:"file"`
	Retitled      string `json:"retitled"`
	RetitledTitle string `json:"retitledTitle"`
	Broken        string `json:"broken"`
	Fixed         string `json:"fixed"`
	FixedTitle    string `json:"fixedTitle"`
	ScrollY       int    `json:"scrollY"`
	SheetURL      string `json:"sheetURL"`
	SheetFile     string `json:"sheetFile"`
	SheetEdited   string `json:"sheetEdited"`
	SheetText     string `json:"sheetText"`
}

// liveLook is what live.mjs saw in the tab at one point.
type liveLook struct {
	Title        string  `json:"title"`
	Marked       bool    `json:"marked"`  // false once the tab has reloaded or been updated in place
	Updates      int     `json:"updates"` // updates in place (without a reload) so far
	ScrollY      int     `json:"scrollY"`
	Live         string  `json:"live"`
	Overlay      *string `json:"overlay"`
	Heading      *string `json:"heading"`
	Position     *string `json:"position"`
	InlineStyles int     `json:"inlineStyles"`
	PrintButton  bool    `json:"printButton"`
	Search       bool    `json:"search"` // the header's search box is built
}

// liveReport is live.mjs's output.
type liveReport struct {
	Errors    []string `json:"errors"`
	Start     liveLook `json:"start"`
	Retitled  liveLook `json:"retitled"`
	Broken    liveLook `json:"broken"`
	Fixed     liveLook `json:"fixed"`
	Dismissed liveLook `json:"dismissed"`
	Refixed   liveLook `json:"refixed"`
	Sheet     liveLook `json:"sheet"`
}

// lockedBuffer collects the server's terminal output.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestLiveReload serves a copy of the sample site with limber serve's
// server and drives a Chromium tab on a stretch page: a save with a new
// title reloads the tab by itself and keeps its scroll position; a save
// that breaks the file shows the problem overlay, with the terminal's
// path:line:col line, over the last good page; the fix removes it and
// reloads; Dismiss hides the overlay.
func TestLiveReload(t *testing.T) {
	requireBrowser(t)
	dir, origin, out := startServe(t)
	file := filepath.Join(dir, "content", "stretches", "cat-cow.md")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	retitle := func(title string) string { return strings.Replace(string(orig), "title: Cat-cow", "title: "+title, 1) }
	job := liveJob{
		URL: origin + "/handouts/stretches/cat-cow/", File: file, ScrollY: 300,
		Retitled: retitle("Cat-cow, retitled"), RetitledTitle: "Cat-cow, retitled ·",
		Broken: strings.Replace(string(orig), "reps: 10", "reps: [10", 1),
		Fixed:  retitle("Cat-cow, fixed"), FixedTitle: "Cat-cow, fixed ·",
	}
	routine := filepath.Join(dir, "content", "routines", "morning-back.md")
	r, err := os.ReadFile(routine)
	if err != nil {
		t.Fatal(err)
	}
	job.SheetURL, job.SheetFile, job.SheetText = origin+"/handouts/routines/morning-back/sheet/", routine, "Ten calm minutes"
	job.SheetEdited = strings.Replace(string(r), "summary: ", "summary: Ten calm minutes. ", 1)
	rep := runLive(t, job)
	t.Logf("live.mjs: %+v", rep)
	if len(rep.Errors) > 0 {
		t.Fatalf("errors in the tab or the script: %q\nserver said:\n%s", rep.Errors, out.String())
	}
	checkLive(t, rep, out)
}

// checkLive checks live.mjs's report against what the server printed.
func checkLive(t *testing.T, rep liveReport, out *lockedBuffer) {
	t.Helper()
	if rep.Start.Live != "open" || !rep.Start.Marked || rep.Start.ScrollY < 250 {
		t.Errorf("at start: %+v; want a connected tab scrolled down", rep.Start)
	}
	if r := rep.Retitled; r.Marked || r.Updates != 1 || r.ScrollY < rep.Start.ScrollY-2 || r.ScrollY > rep.Start.ScrollY+2 {
		t.Errorf("after the retitle the tab must have been updated in place (marked %v, updates %d) at scroll %d, got %d",
			r.Marked, r.Updates, rep.Start.ScrollY, r.ScrollY)
	}
	if !rep.Start.Search || !rep.Retitled.Search {
		t.Errorf("the search box must be built at start (%v) and again after an update in place (%v)",
			rep.Start.Search, rep.Retitled.Search)
	}
	b := rep.Broken
	line := regexp.MustCompile(`(?m)^content/stretches/cat-cow\.md:\d+:\d+: .+$`).FindString(out.String())
	if b.Overlay == nil || line == "" || !strings.Contains(*b.Overlay, line) {
		t.Errorf("the overlay %v must show the terminal's line %q", b.Overlay, line)
	}
	if !b.Marked || !strings.HasPrefix(b.Title, "Cat-cow, retitled") {
		t.Errorf("a broken save must not reload the tab, which keeps the last good page: %+v", b)
	}
	if b.Position == nil || *b.Position != "fixed" || b.InlineStyles != 0 || b.Heading == nil || !strings.Contains(*b.Heading, "1 problem") {
		t.Errorf("the overlay must be fixed, styled by live.css and say how many problems: %+v", b)
	}
	if f := rep.Fixed; f.Overlay != nil || f.Marked {
		t.Errorf("the fix must remove the overlay and reload the page: %+v", f)
	}
	if d := rep.Dismissed; d.Overlay != nil || !d.Marked {
		t.Errorf("Dismiss must hide the overlay without a reload: %+v", d)
	}
	if r := rep.Refixed; r.Overlay != nil || !strings.HasPrefix(r.Title, "Cat-cow, retitled") {
		t.Errorf("after the second fix: %+v", r)
	}
	if s := rep.Sheet; s.Marked || s.Updates != 0 || !s.PrintButton {
		t.Errorf("a sheet runs sheet.js, so it must reload (not update in place) and show its print button again: %+v", s)
	}
}

// startServe runs limber serve's server on a copy of the sample site under
// /handouts/ until the test ends, and returns the site folder, the origin
// and the server's terminal output.
func startServe(t *testing.T) (string, string, *lockedBuffer) {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	yaml, err := os.ReadFile(filepath.Join(dir, "limber.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	yaml = regexp.MustCompile(`(?m)^base_url: .*$`).ReplaceAll(yaml, []byte("base_url: /handouts/"))
	os.WriteFile(filepath.Join(dir, "limber.yaml"), yaml, 0o644)
	origin, out := startServer(t, dir, true)
	return dir, origin, out
}

// startServer runs limber serve's server on the site folder until the test
// or benchmark ends, and returns its origin and terminal output.
func startServer(tb testing.TB, dir string, drafts bool) (string, *lockedBuffer) {
	tb.Helper()
	l, err := devserver.Listen("127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	out := &lockedBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- devserver.Run(ctx, l, devserver.Config{Site: dir, Drafts: drafts, Out: out, Err: out}) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("serve: %v", err)
		}
	})
	for end := time.Now().Add(2 * time.Minute); !strings.Contains(out.String(), "limber: serving"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(end) {
			tb.Fatalf("the server did not start:\n%s", out.String())
		}
	}
	return "http://" + l.Addr().(*net.TCPAddr).String(), out
}

// runLive runs live.mjs on the job and returns its report.
func runLive(t *testing.T, job liveJob) liveReport {
	t.Helper()
	var rep liveReport
	runJSON(t, "live.mjs", job, &rep)
	return rep
}
