package devserver

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// holder holds every rebuild after the first build until the test lets it
// go: the rebuild sends its changed files on entered, then waits for
// release to be closed or for its context to be done.
type holder struct {
	calls   atomic.Int64
	entered chan []string
	release chan struct{}
}

func newHolder() *holder {
	return &holder{entered: make(chan []string, 64), release: make(chan struct{})}
}

func (h *holder) hold(ctx context.Context, paths []string, _ bool) {
	if h.calls.Add(1) == 1 {
		return
	}
	h.entered <- paths
	select {
	case <-h.release:
	case <-ctx.Done():
	}
}

// next waits for a held rebuild to begin and returns its changed files.
func (h *holder) next(t *testing.T) []string {
	t.Helper()
	select {
	case paths := <-h.entered:
		return paths
	case <-time.After(wait):
		t.Fatal("no rebuild began")
		return nil
	}
}

// startHeld runs the server on a copy of the sample site with rebuilds held
// by a new holder, and waits for its first build.
func startHeld(t *testing.T) (*testServer, *holder) {
	h := newHolder()
	s := startConfig(t, Config{Site: copySample(t), Drafts: true, Quiet: 50 * time.Millisecond, hold: h.hold})
	waitMatch(t, "the first build", s.out, `limber: built \d+ pages in \d+ms\n`)
	return s, h
}

// TestServeAnswersDuringRebuild holds a rebuild and checks that the server
// still answers, with the last good site.
func TestServeAnswersDuringRebuild(t *testing.T) {
	s, h := startHeld(t)
	catCow := s.base + "stretches/cat-cow/"
	waitBody(t, catCow, 200, "<title>Cat-cow")
	edit := strings.Replace(readFile(t, s.site, "content/stretches/cat-cow.md"), "title: Cat-cow", "title: Cat and cow", 1)
	writeFile(t, s.site, "content/stretches/cat-cow.md", edit)
	h.next(t)
	if code, body := get(t, catCow); code != 200 || !strings.Contains(body, "<title>Cat-cow") {
		t.Errorf("during a rebuild GET %s = %d, want the last good page:\n%.300s", catCow, code, body)
	}
	close(h.release)
	waitBody(t, catCow, 200, "<title>Cat and cow")
}

// TestServeNewerChangeStopsRebuild holds a rebuild, saves another file, and
// checks that the held rebuild is stopped without publishing anything and
// that the next one takes both changes.
func TestServeNewerChangeStopsRebuild(t *testing.T) {
	s, h := startHeld(t)
	const catCow, lunge = "content/stretches/cat-cow.md", "content/stretches/lunge.md"
	ev := openEvents(t, s.origin, "")
	ev.next(t, "ok")
	writeFile(t, s.site, catCow, strings.Replace(readFile(t, s.site, catCow), "title: Cat-cow", "title: Cat and cow", 1))
	if got := h.next(t); !slices.Equal(got, []string{catCow}) {
		t.Fatalf("the first rebuild was given %q", got)
	}
	writeFile(t, s.site, lunge, strings.Replace(readFile(t, s.site, lunge), "title: Kneeling hip stretch", "title: Kneeling lunge", 1))
	var got []string
	for !slices.Contains(got, lunge) {
		got = h.next(t)
	}
	if !slices.Equal(got, []string{catCow, lunge}) {
		t.Errorf("the rebuild after the stopped one was given %q, want both changes", got)
	}
	waitMatch(t, "a stopped rebuild", s.out, `limber: stopped rebuilding \(content/stretches/cat-cow\.md\): a newer change came\n`)
	if _, body := get(t, s.base+"stretches/cat-cow/"); !strings.Contains(body, "<title>Cat-cow") {
		t.Error("a stopped rebuild published its site")
	}
	close(h.release)
	waitBody(t, s.base+"stretches/cat-cow/", 200, "<title>Cat and cow")
	waitBody(t, s.base+"stretches/lunge/", 200, "<title>Kneeling lunge")
	waitMatch(t, "the rebuild of both", s.out, `limber: rebuilt \d+ pages in \d+ms \(content/stretches/cat-cow\.md and 1 more\)\n`)
	if d := reloadURLs(t, ev); !slices.Contains(d.URLs, "/handouts/stretches/cat-cow/") || !slices.Contains(d.URLs, "/handouts/stretches/lunge/") {
		t.Errorf("reload URLs %v lack the edited pages", d.URLs)
	}
	if s.err.String() != "" {
		t.Errorf("problems were reported:\n%s", s.err.String())
	}
}
