package cli

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer that a command writes while a test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
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

// TestServeDefaults runs `limber serve` with its default address on a
// free port: it listens on loopback only, serves pages with the live
// script, writes no public/ folder and stops on cancel (Ctrl-C).
func TestServeDefaults(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "stretches"), 0o755)
	os.WriteFile(filepath.Join(dir, "limber.yaml"), []byte("title: Test clinic\nbase_url: /handouts/\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "stretches", "a.md"), []byte("---\ntitle: A stretch\nsummary: Stretch.\ntype: static\nhold: 30s\nreps: 2\nregions: [neck]\ndraft: true\n---\nBody.\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb lockedBuffer
	e := &env{ctx: ctx, stdout: &out, stderr: &errb}
	code := make(chan int, 1)
	go func() { code <- runServe(e, []string{"--site", dir, "--port", "0"}) }()
	rx := regexp.MustCompile(`limber: serving \S+ on http://(127\.0\.0\.1:\d+)/handouts/ \(Ctrl-C to stop\)\n`)
	var addr string
	for end := time.Now().Add(30 * time.Second); addr == "" && time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if m := rx.FindStringSubmatch(out.String()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("no start line on loopback; stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
	}
	resp, err := http.Get("http://" + addr + "/handouts/stretches/a/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !regexp.MustCompile(`<script src="/__limber/live.js" data-build="[^"]+" defer></script></body>`).Match(body) {
		t.Errorf("a draft page, served with drafts on by default: %d %.300s", resp.StatusCode, body)
	}
	cancel()
	select {
	case c := <-code:
		if c != exitOK || !strings.HasSuffix(out.String(), "limber: stopped\n") {
			t.Errorf("exit %d, stdout %q", c, out.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("limber serve did not stop on Ctrl-C")
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Error("limber serve wrote public/")
	}
	if c, err := net.Dial("tcp", addr); err == nil {
		c.Close()
		t.Error("the port is still open after limber serve stopped")
	}
}

// TestServeRefusesMissingSite fails with a message, not a server.
func TestServeRefusesMissingSite(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{ctx: context.Background(), stdout: &out, stderr: &errb}
	if code := runServe(e, []string{"--site", filepath.Join(t.TempDir(), "nope"), "--port", "0"}); code != exitFailed {
		t.Errorf("exit %d, want %d; stderr %s", code, exitFailed, errb.String())
	}
	if !strings.Contains(errb.String(), "limber serve:") {
		t.Errorf("stderr %q", errb.String())
	}
}
