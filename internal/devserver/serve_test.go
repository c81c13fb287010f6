package devserver

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// testServer is Run on a free loopback port, on a site in a temp folder.
type testServer struct {
	site     string
	origin   string // http://127.0.0.1:PORT
	base     string // origin + "/handouts/"
	out, err *syncBuffer
	stop     context.CancelFunc
	done     chan error
	stopped  bool
}

// start runs the server on site until the test ends, and waits for its
// start line.
func start(t testing.TB, site string) *testServer {
	t.Helper()
	return startQuiet(t, site, 50*time.Millisecond)
}

// startQuiet is start with the watcher's quiet period; 0 is serve's
// default.
func startQuiet(t testing.TB, site string, quiet time.Duration) *testServer {
	t.Helper()
	return startConfig(t, Config{Site: site, Drafts: true, Quiet: quiet})
}

// startConfig is start with cfg, whose Out and Err it sets.
func startConfig(t testing.TB, cfg Config) *testServer {
	t.Helper()
	site := cfg.Site
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &testServer{site: site, out: &syncBuffer{}, err: &syncBuffer{}, stop: cancel, done: make(chan error, 1)}
	go func() {
		cfg.Out, cfg.Err = s.out, s.err
		s.done <- Run(ctx, l, cfg)
	}()
	m := waitMatch(t, "limber serve", s.out, `limber: serving (.+) on (http://127\.0\.0\.1:\d+)(/\S*) \(Ctrl-C to stop\)\n`)
	if m[1] != site {
		t.Errorf("start line names %q, want the site folder %q", m[1], site)
	}
	s.origin, s.base = m[2], m[2]+m[3]
	t.Cleanup(func() { s.shutdown(t) })
	return s
}

// shutdown cancels the server and waits for Run to return.
func (s *testServer) shutdown(t testing.TB) {
	t.Helper()
	if s.stopped {
		return
	}
	s.stopped = true
	s.stop()
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("Run returned %v after cancel, want nil", err)
		}
	case <-time.After(wait):
		t.Fatal("Run did not return after its context was cancelled")
	}
}

// reloadURLs waits for the next reload event and returns its URLs.
func reloadURLs(t testing.TB, c *sseClient) reloadData {
	t.Helper()
	var d reloadData
	ev := c.next(t, "reload")
	if err := json.Unmarshal([]byte(ev.Data), &d); err != nil {
		t.Fatalf("reload data %q: %v", ev.Data, err)
	}
	return d
}

// TestServeEdits runs the real server on a copy of the sample site under
// /handouts/ and edits files as an author does, checking what is served,
// what the event stream announces and what the terminal shows.
func TestServeEdits(t *testing.T) {
	site := copySample(t)
	s := start(t, site)
	waitMatch(t, "the first build", s.out, `limber: built \d+ pages in \d+ms\n`)
	if code, body := get(t, s.origin+"/"); code != 302 || strings.Contains(body, "cat-cow") {
		t.Errorf("GET / = %d, want a redirect to the base path", code)
	}
	ev := openEvents(t, s.origin, "")
	ev.next(t, "ok")
	catCow := s.base + "stretches/cat-cow/"
	orig := readFile(t, site, "content/stretches/cat-cow.md")

	t.Run("atomic rename", func(t *testing.T) {
		renameFile(t, site, "content/stretches/cat-cow.md", strings.Replace(orig, "title: Cat-cow", "title: Cat and cow", 1))
		waitBody(t, catCow, 200, "<title>Cat and cow")
		d := reloadURLs(t, ev)
		for _, want := range []string{"/handouts/stretches/cat-cow/", "/handouts/stretches/"} {
			if !slices.Contains(d.URLs, want) {
				t.Errorf("reload URLs %v lack %s", d.URLs, want)
			}
		}
		if d.All || slices.Contains(d.URLs, "/handouts/conditions/pregnancy/") {
			t.Errorf("reload must list only the changed pages, got %+v", d)
		}
		waitMatch(t, "a rebuild", s.out, `limber: rebuilt \d+ pages? in \d+ms \(content/stretches/cat-cow\.md\)\n`)
	})
	t.Run("in place", func(t *testing.T) {
		writeFile(t, site, "content/stretches/cat-cow.md", strings.Replace(orig, "title: Cat-cow", "title: Cow and cat", 1))
		waitBody(t, catCow, 200, "<title>Cow and cat")
		if d := reloadURLs(t, ev); !slices.Contains(d.URLs, "/handouts/stretches/cat-cow/") {
			t.Errorf("reload URLs %v lack the edited page", d.URLs)
		}
	})
	chin := s.base + "stretches/chin-tuck/"
	t.Run("new file in a new folder", func(t *testing.T) {
		writeFile(t, site, "content/stretches/neck/chin-tuck.md", "---\ntitle: Chin tuck\nsummary: Draw your chin back.\ntype: static\nhold: 5s\nreps: 10\nregions: [neck]\n---\nSit tall.\n")
		body := waitBody(t, chin, 200, "<title>Chin tuck")
		if !regexp.MustCompile(regexp.QuoteMeta(liveTagHead) + `[^"]+" defer></script></body>`).MatchString(body) {
			t.Error("a served page lacks the live-reload script")
		}
		if d := reloadURLs(t, ev); !slices.Contains(d.URLs, "/handouts/stretches/chin-tuck/") {
			t.Errorf("reload URLs %v lack the new page", d.URLs)
		}
	})
	t.Run("delete", func(t *testing.T) {
		if err := os.Remove(filepath.Join(site, "content/stretches/neck/chin-tuck.md")); err != nil {
			t.Fatal(err)
		}
		body := waitBody(t, chin, 404, "This page does not exist (any more)")
		for _, want := range []string{"Back Care Stretches", liveTagHead, `href="/handouts/"`} {
			if !strings.Contains(body, want) {
				t.Errorf("the not-found page lacks %q", want)
			}
		}
		if d := reloadURLs(t, ev); !slices.Contains(d.URLs, "/handouts/stretches/chin-tuck/") {
			t.Errorf("reload URLs %v lack the deleted page", d.URLs)
		}
	})
	t.Run("break and fix", func(t *testing.T) { breakAndFix(t, s, ev) })
	if _, err := os.Stat(filepath.Join(site, "public")); !os.IsNotExist(err) {
		t.Errorf("limber serve must never write public/: %v", err)
	}
}

// breakAndFix breaks a stretch's front matter and fixes it three times:
// the problems reach the open stream and a new one with path:line, the
// last good site stays served, and each fix clears them.
func breakAndFix(t *testing.T, s *testServer, ev *sseClient) {
	orig := readFile(t, s.site, "content/stretches/lunge.md")
	broken := strings.Replace(orig, "reps: 3", "reps: [3", 1)
	lunge, catCow := s.base+"stretches/lunge/", s.base+"stretches/cat-cow/"
	for i := range 3 {
		renameFile(t, s.site, "content/stretches/lunge.md", broken)
		p := ev.next(t, "problems")
		if !regexp.MustCompile(`"content/stretches/lunge\.md:\d+(:\d+)?: [^"]+"`).MatchString(p.Data) {
			t.Fatalf("cycle %d: problems event %s lacks path:line: message", i, p.Data)
		}
		waitMatch(t, "a failed rebuild", s.err, `limber: \d+ problems?; still serving the last good site\n`)
		if code, body := get(t, lunge); code != 200 || !strings.Contains(body, "Kneeling hip stretch") {
			t.Errorf("cycle %d: the broken page must still serve its last good version, got %d", i, code)
		}
		if code, body := get(t, catCow); code != 200 || !strings.Contains(body, "<title>Cow and cat") {
			t.Errorf("cycle %d: other pages must still serve, got %d", i, code)
		}
		late := openEvents(t, s.origin, "")
		if got := late.next(t, "problems"); got.Data != p.Data {
			t.Errorf("a tab opened while broken got %s, want %s", got.Data, p.Data)
		}
		late.close()
		// The fix is saved whole (as the break is), so that the watcher
		// never sees it half written: a half-written file is a failed
		// rebuild of its own, which the count below would take for one
		// more break (it did on a busy machine).
		renameFile(t, s.site, "content/stretches/lunge.md", strings.Replace(orig, "Kneeling hip stretch", "Kneeling hip stretch "+string(rune('A'+i)), 1))
		ev.next(t, "ok")
		if d := reloadURLs(t, ev); !slices.Contains(d.URLs, "/handouts/stretches/lunge/") {
			t.Errorf("cycle %d: the fix must reload the changed page, got %v", i, d.URLs)
		}
		waitBody(t, lunge, 200, "Kneeling hip stretch "+string(rune('A'+i)))
	}
	if n := strings.Count(s.err.String(), "still serving the last good site"); n != 3 {
		t.Errorf("%d failed rebuilds reported, want 3:\n%s", n, s.err)
	}
}

// TestServeBrokenAtStart starts on a site with a problem: it keeps
// running, says so, and serves the site once it is fixed.
func TestServeBrokenAtStart(t *testing.T) {
	site := copySample(t)
	orig := readFile(t, site, "limber.yaml")
	writeFile(t, site, "limber.yaml", orig+"colour: blue\n")
	s := start(t, site)
	waitMatch(t, "the failed first build", s.err, `limber.yaml:\d+:\d+: [^\n]+\nlimber: 1 problem; the site appears when they are fixed\n`)
	waitBody(t, s.base, 503, "The site has problems")
	ev := openEvents(t, s.origin, "")
	ev.next(t, "problems")
	writeFile(t, site, "limber.yaml", orig)
	ev.next(t, "ok")
	if d := reloadURLs(t, ev); !d.All {
		t.Errorf("the first good build must reload every tab, got %+v", d)
	}
	waitBody(t, s.origin+"/handouts/", 200, "Back Care Stretches")
}

// TestServeStops cancels the server's context with a tab connected: Run
// returns, the stream ends, the port is closed, no file is left and no
// goroutine of the server, the watcher or net/http lingers.
func TestServeStops(t *testing.T) {
	before := t.TempDir()
	site := copySample(t)
	s := start(t, site)
	ev := openEvents(t, s.origin, "")
	ev.next(t, "ok")
	s.shutdown(t)
	select {
	case _, ok := <-ev.events:
		for ok {
			_, ok = <-ev.events
		}
	case <-time.After(wait):
		t.Fatal("the event stream did not end when the server stopped")
	}
	if c, err := net.DialTimeout("tcp", strings.TrimPrefix(s.origin, "http://"), time.Second); err == nil {
		c.Close()
		t.Error("the port still accepts connections after the server stopped")
	}
	if entries, _ := os.ReadDir(filepath.Dir(before)); len(entries) > 2 {
		t.Errorf("files left in the test's temp folder: %v", entries)
	}
	waitNoLeaks(t)
}

// waitNoLeaks waits until no goroutine runs code of this package, the
// watcher, or net/http's server, and fails if some remain.
func waitNoLeaks(t *testing.T) {
	t.Helper()
	leak := regexp.MustCompile(`limber/internal/(devserver|watch)\.[^T]|net/http\.\(\*conn\)\.serve|fsnotify`)
	var stacks string
	for end := time.Now().Add(wait); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		buf := make([]byte, 1<<20)
		stacks = string(buf[:runtime.Stack(buf, true)])
		var found []string
		for g := range strings.SplitSeq(stacks, "\n\n") {
			if leak.MatchString(g) && !strings.Contains(g, "waitNoLeaks") {
				found = append(found, g)
			}
		}
		if len(found) == 0 {
			return
		}
		stacks = strings.Join(found, "\n\n")
	}
	t.Errorf("goroutines still running after the server stopped:\n%s", stacks)
}
