package devserver

import (
	"bufio"
	"bytes"
	"context"
	"github.com/limber/limber/internal/sample"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// wait is how long a test waits for something that must happen: generous,
// for a loaded two-core CI machine. Nothing is timed.
const wait = 30 * time.Second

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitMatch waits until the buffer matches re and returns the match.
func waitMatch(t testing.TB, what string, buf *syncBuffer, re string) []string {
	t.Helper()
	rx := regexp.MustCompile(re)
	for end := time.Now().Add(wait); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if m := rx.FindStringSubmatch(buf.String()); m != nil {
			return m
		}
	}
	t.Fatalf("%s never printed a line matching %q; it printed:\n%s", what, re, buf.String())
	return nil
}

// copySample copies the bundled sample site into a temporary folder and
// sets its base path to /handouts/.
func copySample(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "limber.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	data = regexp.MustCompile(`(?m)^base_url: .*$`).ReplaceAll(data, []byte("base_url: /handouts/"))
	writeFile(t, dir, "limber.yaml", string(data))
	return dir
}

// writeFile writes a site file in place (truncate and write), making its
// folder.
func writeFile(t testing.TB, dir, rel, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// renameFile saves a site file as many editors do: write a temporary file
// beside it, then rename it over the original.
func renameFile(t testing.TB, dir, rel, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.WriteFile(p+".tmp", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(p+".tmp", p); err != nil {
		t.Fatal(err)
	}
}

// readFile returns a site file's text.
func readFile(t testing.TB, dir, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// get fetches a URL without following redirects.
func get(t testing.TB, url string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: wait, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// waitBody polls a URL until it answers code with a body containing want.
func waitBody(t testing.TB, url string, code int, want string) string {
	t.Helper()
	var got, body string
	for end := time.Now().Add(wait); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		var c int
		c, body = get(t, url)
		if c == code && strings.Contains(body, want) {
			return body
		}
		got = http.StatusText(c)
	}
	t.Fatalf("GET %s: never answered %d with %q; last %s:\n%.400s", url, code, want, got, body)
	return ""
}

// sseEvent is one server-sent event as a client sees it.
type sseEvent struct {
	ID, Name, Data string
}

// sseClient reads one event stream in the background.
type sseClient struct {
	events chan sseEvent
	cancel context.CancelFunc
	done   chan struct{}
}

// openEvents connects to the event stream of the server at origin, with a
// Last-Event-ID header when lastID is not empty.
func openEvents(t testing.TB, origin, lastID string) *sseClient {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", origin+eventsPath, nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatalf("connecting to the event stream: %v", err)
	}
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/event-stream" {
		t.Fatalf("event stream: %d %s", resp.StatusCode, ct)
	}
	c := &sseClient{events: make(chan sseEvent, 256), cancel: cancel, done: make(chan struct{})}
	go c.read(resp.Body)
	t.Cleanup(c.close)
	return c
}

// read parses the stream into events until it ends.
func (c *sseClient) read(body io.ReadCloser) {
	defer close(c.done)
	defer close(c.events)
	defer body.Close()
	sc := bufio.NewScanner(body)
	sc.Buffer(nil, 1<<22)
	var ev sseEvent
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ": ")
		switch k {
		case "id":
			ev.ID = v
		case "event":
			ev.Name = v
		case "data":
			ev.Data = v
		case "":
			if ev.Name != "" {
				c.events <- ev
			}
			ev = sseEvent{}
		}
	}
}

// close ends the stream and waits for its reader.
func (c *sseClient) close() {
	c.cancel()
	<-c.done
}

// next waits for the next event named name, skipping others, and fails if
// the stream ends first.
func (c *sseClient) next(t testing.TB, name string) sseEvent {
	t.Helper()
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				t.Fatalf("the event stream ended before a %q event", name)
			}
			if ev.Name == name {
				return ev
			}
		case <-timer.C:
			t.Fatalf("no %q event within %s", name, wait)
		}
	}
}
