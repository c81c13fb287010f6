package cli

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// TestServeHosts runs `limber serve --host clinic.local`: it answers to
// localhost, its IP address and clinic.local, and refuses any other name
// with 421 Misdirected Request.
func TestServeHosts(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "stretches"), 0o755)
	os.WriteFile(filepath.Join(dir, "limber.yaml"), []byte("title: Test clinic\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "stretches", "a.md"), []byte("---\ntitle: A stretch\nsummary: Stretch.\ntype: static\nhold: 30s\nreps: 2\nregions: [neck]\n---\nBody.\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb lockedBuffer
	code := make(chan int, 1)
	go func() {
		code <- runServe(&env{ctx: ctx, stdout: &out, stderr: &errb}, []string{"--site", dir, "--port", "0", "--host", "clinic.local"})
	}()
	t.Cleanup(func() { cancel(); <-code })
	rx := regexp.MustCompile(`on http://127\.0\.0\.1:(\d+)/ `)
	var port string
	for end := time.Now().Add(30 * time.Second); port == "" && time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if m := rx.FindStringSubmatch(out.String()); m != nil {
			port = m[1]
		}
	}
	if port == "" {
		t.Fatalf("no start line; stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
	}
	for host, want := range map[string]int{"localhost:" + port: 200, "127.0.0.1:" + port: 200, "clinic.local:" + port: 200,
		"Clinic.Local": 200, "evil.example:" + port: 421, "clinic.local.evil.example:" + port: 421} {
		req, _ := http.NewRequest("GET", "http://127.0.0.1:"+port+"/stretches/a/", nil)
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %q: %d, want %d", host, resp.StatusCode, want)
		}
	}
}

// TestServeHostNeedsAName refuses a --host with a port or nothing in it.
func TestServeHostNeedsAName(t *testing.T) {
	for _, h := range []string{"", "clinic.local:1313", "http://clinic.local"} {
		var out, errb lockedBuffer
		if code := runServe(&env{ctx: context.Background(), stdout: &out, stderr: &errb}, []string{"--host", h}); code != exitUsage {
			t.Errorf("--host %q: exit %d, want %d", h, code, exitUsage)
		}
	}
}
