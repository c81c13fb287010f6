package devserver

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/pipeline"
)

// testState serves a small snapshot under /handouts/: pages, a generated
// stylesheet and pictures copied from content/. A secret file lies beside
// the site folder; after the build one picture was removed and another
// swapped for a symlink to the secret.
func testState(t testing.TB) *state {
	t.Helper()
	dir := t.TempDir()
	svg := `<svg xmlns="http://www.w3.org/2000/svg"></svg>`
	for _, name := range []string{"a.svg", "gone.svg", "swapped.svg"} {
		writeFile(t, dir, "site/content/"+name, svg)
	}
	writeFile(t, dir, "secret.txt", "TOP-SECRET-BYTES")
	cs, errs := content.Load(filepath.Join(dir, "site"), content.Options{})
	if len(errs) > 0 || len(cs.Files) != 3 {
		t.Fatalf("loading the test site: %v, files %+v", errs, cs.Files)
	}
	os.Remove(filepath.Join(dir, "site/content/gone.svg"))
	os.Remove(filepath.Join(dir, "site/content/swapped.svg"))
	if err := os.Symlink(filepath.Join(dir, "secret.txt"), filepath.Join(dir, "site/content/swapped.svg")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	files := map[string]pipeline.Output{
		"index.html":                     {Data: []byte("<html><body>home</body></html>")},
		"stretches/a/index.html":         {Data: []byte("<html><body>stretch a</body></html>")},
		"stretches/étirement/index.html": {Data: []byte("<html><body>étirement</body></html>")},
		"assets/style.css":               {Data: []byte("body{}")},
	}
	for _, f := range cs.Files {
		files[strings.Replace(f.Rel, "a.svg", "stretches/a.svg", 1)] = pipeline.Output{Src: f.Abs, File: f}
	}
	st := newState()
	st.publish(&pipeline.Snapshot{Root: "/handouts/", Files: files}, "Back Care", nil)
	return st
}

// TestHandlerRoutes checks what each kind of request gets: pages with the
// live script, assets without it, copied files from disk with their type,
// redirects to the base path and to a folder's slash, a helpful 404, and a
// refusal for any path that climbs out of the site.
func TestHandlerRoutes(t *testing.T) {
	h := &handler{st: testState(t)}
	tests := []struct {
		method, path string
		code         int
		body, ctype  string // body: a substring; ctype: a prefix of Content-Type
		location     string
	}{
		{"GET", "/", 302, "", "", "/handouts/"},
		{"GET", "/handouts", 302, "", "", "/handouts/"},
		{"GET", "/handouts/", 200, "home" + liveTagHead, "text/html", ""},
		{"GET", "/handouts/stretches/a/", 200, "stretch a" + liveTagHead, "text/html", ""},
		{"GET", "/handouts/stretches/a/index.html", 200, liveTagHead, "text/html", ""},
		{"GET", "/handouts/stretches/a", 301, "", "", "/handouts/stretches/a/"},
		{"GET", "/handouts/stretches/%C3%A9tirement/", 200, "étirement" + liveTagHead, "text/html", ""},
		{"GET", "/handouts/assets/style.css", 200, "body{}", "text/css", ""},
		{"GET", "/handouts/stretches/a.svg", 200, "<svg", "image/svg+xml", ""},
		{"HEAD", "/handouts/stretches/a/", 200, "", "text/html", ""},
		{"GET", "/handouts/stretches/missing/", 404, "This page does not exist (any more)", "text/html", ""},
		{"GET", "/handouts/gone.svg", 404, "Back Care", "text/html", ""},
		{"GET", "/handouts/swapped.svg", 404, "Back Care", "text/html", ""},
		{"GET", "/elsewhere/", 404, `<a href="/handouts/">Go to the home page</a>`, "text/html", ""},
		{"GET", "/handouts/../secret.txt", 400, "climbs out", "", ""},
		{"GET", "/handouts/%2e%2e/secret.txt", 400, "climbs out", "", ""},
		{"GET", "/handouts/stretches/%2E%2E/%2E%2E/secret.txt", 400, "climbs out", "", ""},
		{"GET", "/..%2fsecret.txt", 400, "climbs out", "", ""},
		{"GET", "/handouts//secret.txt", 404, "", "", ""},
		{"GET", "/handouts/./stretches/a/", 200, "stretch a", "text/html", ""},
		{"GET", liveJSPath, 200, "EventSource", "text/javascript", ""},
		{"GET", liveCSSPath, 200, "#limber-problems", "text/css", ""},
		{"POST", "/handouts/", 405, "", "", ""},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, "http://x"+tt.path, nil))
		body := rec.Body.String()
		if rec.Code != tt.code || !strings.Contains(body, tt.body) || strings.Contains(body, "TOP-SECRET") {
			t.Errorf("%s %s = %d %.200q, want %d with %q", tt.method, tt.path, rec.Code, body, tt.code, tt.body)
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
			t.Errorf("%s %s: Content-Type %q, want %q", tt.method, tt.path, ct, tt.ctype)
		}
		if loc := rec.Header().Get("Location"); loc != tt.location {
			t.Errorf("%s %s: Location %q, want %q", tt.method, tt.path, loc, tt.location)
		}
		if rec.Header().Get("Cache-Control") != "no-store" {
			t.Errorf("%s %s: a preview must never be cached", tt.method, tt.path)
		}
		if tt.code == 404 && !strings.Contains(body, liveTagHead) {
			t.Errorf("%s %s: the not-found page must carry the live script, to reload when the page comes back", tt.method, tt.path)
		}
	}
}

// TestHandlerBeforeFirstGoodBuild serves a page that says the site has
// problems, with the live script so that it reloads when they are fixed.
func TestHandlerBeforeFirstGoodBuild(t *testing.T) {
	st := newState()
	st.fail([]string{"limber.yaml:1:1: bad"})
	rec := httptest.NewRecorder()
	(&handler{st: st}).ServeHTTP(rec, httptest.NewRequest("GET", "http://x/anything/", nil))
	if body := rec.Body.String(); rec.Code != 503 || !strings.Contains(body, "The site has problems") || !strings.Contains(body, liveTagHead) {
		t.Errorf("got %d %q", rec.Code, body)
	}
}

func TestInject(t *testing.T) {
	tag := liveTag("abc-3")
	if tag != `<script src="/__limber/live.js" data-build="abc-3" defer></script>` {
		t.Errorf("liveTag = %q", tag)
	}
	tests := []struct{ in, want string }{
		{"<p>x</p></body></html>", "<p>x</p>" + tag + "</body></html>"},
		{"<p>x</p></BODY>", "<p>x</p>" + tag + "</BODY>"},
		{"<p>x</p>", "<p>x</p>" + tag},
		{"<pre></body></pre></body>", "<pre></body></pre>" + tag + "</body>"},
		{"", tag},
	}
	for _, tt := range tests {
		if got := string(inject([]byte(tt.in), tag)); got != tt.want {
			t.Errorf("inject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPageCarriesItsBuild checks the race a tab would otherwise lose: a
// page is sent, the site is rebuilt before the page's event stream opens,
// and the stream, started from the build id in the page, still announces
// the change.
func TestPageCarriesItsBuild(t *testing.T) {
	st := testState(t)
	h := &handler{st: st}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://x/handouts/stretches/a/", nil))
	m := regexp.MustCompile(`data-build="([^"]+)"`).FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatalf("no build id in the page: %q", rec.Body.String())
	}
	snap, _, title, _ := st.site()
	st.publish(snap, title, []string{"/handouts/stretches/a/"})
	evs := st.pending(st.subscribe(m[1]))
	var got []string
	for _, ev := range evs {
		if d, ok := ev.data.(reloadData); ok {
			got = d.URLs
		}
	}
	if !slices.Contains(got, "/handouts/stretches/a/") {
		t.Errorf("events %+v: the stream from the page's build must announce the rebuild", evs)
	}
}

func TestOutputURL(t *testing.T) {
	tests := []struct{ root, out, want string }{
		{"/", "index.html", "/"},
		{"/handouts/", "index.html", "/handouts/"},
		{"/handouts/", "stretches/cat-cow/index.html", "/handouts/stretches/cat-cow/"},
		{"/handouts/", "stretches/cat-cow.svg", "/handouts/stretches/cat-cow.svg"},
		{"/handouts/", "assets/myindex.html", "/handouts/assets/myindex.html"},
		{"/", "stretches/étirement/index.html", "/stretches/%C3%A9tirement/"},
		{"/", "images/a b.png", "/images/a%20b.png"},
	}
	for _, tt := range tests {
		if got := outputURL(tt.root, tt.out); got != tt.want {
			t.Errorf("outputURL(%q, %q) = %q, want %q", tt.root, tt.out, got, tt.want)
		}
	}
}

// TestClimbs lists request paths that must be refused and some that are
// fine.
func TestClimbs(t *testing.T) {
	for p, want := range map[string]bool{
		"/../x": true, "/a/../../x": true, "/a/..": true, "..": true, `/a\..\x`: true,
		"/": false, "/a..b/": false, "/..a/": false, "/a/.../": false,
	} {
		if got := climbs(p); got != want {
			t.Errorf("climbs(%q) = %v, want %v", p, got, want)
		}
	}
}

// decodeReload returns a reload event's data.
func decodeReload(t *testing.T, ev event) reloadData {
	t.Helper()
	d, ok := ev.data.(reloadData)
	if !ok || ev.name != "reload" {
		t.Fatalf("want a reload event, got %q %+v", ev.name, ev.data)
	}
	return d
}

// names lists the names of events.
func names(evs []event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.name)
	}
	return out
}

// TestStateEvents walks a tab through a session: connect, a rebuild, a
// break, the same break again, the fix, and reconnections.
func TestStateEvents(t *testing.T) {
	st := testState(t)
	c := st.subscribe("")
	if got := names(st.pending(c)); !slices.Equal(got, []string{"ok"}) {
		t.Fatalf("a new tab on a good site gets %v, want [ok]", got)
	}
	snap, _, _, _ := st.site()
	st.publish(snap, "Back Care", []string{"/handouts/stretches/a/"})
	evs := st.pending(c)
	if len(evs) != 1 || !slices.Equal(decodeReload(t, evs[0]).URLs, []string{"/handouts/stretches/a/"}) {
		t.Fatalf("after a rebuild: %+v", evs)
	}
	lastID := evs[0].id
	st.fail([]string{"content/stretches/a.md:2:8: bad"})
	evs = st.pending(c)
	if len(evs) != 1 || evs[0].name != "problems" {
		t.Fatalf("after a break: %+v", evs)
	}
	if b, _ := json.Marshal(evs[0].data); !strings.Contains(string(b), "content/stretches/a.md:2:8: bad") {
		t.Errorf("problems event data %s", b)
	}
	st.fail([]string{"content/stretches/a.md:2:8: bad"})
	if evs := st.pending(c); len(evs) != 0 {
		t.Errorf("the same problems again must not be resent: %+v", evs)
	}
	fresh := st.subscribe("")
	if got := names(st.pending(fresh)); !slices.Equal(got, []string{"problems"}) {
		t.Errorf("a tab opened while the site is broken gets %v, want [problems]", got)
	}
	st.publish(snap, "Back Care", []string{"/handouts/", "/handouts/stretches/b/"})
	if got := names(st.pending(c)); !slices.Equal(got, []string{"ok", "reload"}) {
		t.Errorf("after the fix: %v, want [ok reload]", got)
	}
	back := st.subscribe(lastID)
	evs = st.pending(back)
	if got := decodeReload(t, evs[len(evs)-1]); got.All || !slices.Equal(got.URLs, []string{"/handouts/", "/handouts/stretches/b/"}) {
		t.Errorf("a tab reconnecting after missing a rebuild gets %+v", got)
	}
	for _, id := range []string{"0123-1", "nonsense", "-5"} {
		evs := st.pending(st.subscribe(id))
		if got := decodeReload(t, evs[len(evs)-1]); !got.All {
			t.Errorf("a tab of another server run (id %q) must reload, got %+v", id, got)
		}
	}
	for range maxHistory + 1 {
		st.publish(snap, "Back Care", []string{"/handouts/"})
	}
	if got := decodeReload(t, st.pending(st.subscribe(lastID))[1]); !got.All {
		t.Errorf("a tab that missed more rebuilds than are remembered must reload, got %+v", got)
	}
	st.unsubscribe(c)
	st.close()
	st.close()
}

// FuzzHandler requests arbitrary paths: the handler never panics, never
// serves anything outside the snapshot, and answers with a known status.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{"/", "/handouts/", "/handouts/stretches/a", "/handouts/../secret.txt",
		"/handouts/stretches/../../secret.txt", "/handouts//secret.txt", "/handouts/\x00", "/handouts/%", "/__limber/live.js"} {
		f.Add(s)
	}
	st := testState(f)
	h := &handler{st: st}
	f.Fuzz(func(t *testing.T, p string) {
		if strings.HasPrefix(p, eventsPath) {
			return // a stream; it does not end by itself
		}
		req := &http.Request{Method: "GET", URL: &url.URL{Path: p}, Header: http.Header{}}
		req = req.WithContext(t.Context())
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 301, 302, 400, 404:
		default:
			t.Fatalf("GET %q: status %d", p, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "TOP-SECRET") {
			t.Fatalf("GET %q served a file outside the site", p)
		}
		if out, _ := resolve(map[string]pipeline.Output{"a/index.html": {}}, p); out != "" && out != "a/index.html" {
			t.Fatalf("resolve(%q) = %q, not in the snapshot", p, out)
		}
	})
}
