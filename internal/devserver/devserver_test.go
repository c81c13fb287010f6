package devserver

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandlerServesOnlyTheFolder(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "site")
	os.MkdirAll(filepath.Join(dir, "stretches", "a"), 0o755)
	os.WriteFile(filepath.Join(dir, "stretches", "a", "index.html"), []byte("stretch page"), 0o644)
	os.WriteFile(filepath.Join(root, "secret.txt"), []byte("secret"), 0o644)
	h := (&Server{Dir: dir}).Handler()
	tests := []struct {
		path string
		code int
		body string
	}{
		{"/stretches/a/", 200, "stretch page"},
		{"/stretches/missing/", 404, ""},
		{"/../secret.txt", 404, ""},
		{"/%2e%2e/secret.txt", 404, ""},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "http://x"+tt.path, nil))
		if rec.Code != tt.code || !strings.Contains(rec.Body.String(), tt.body) || strings.Contains(rec.Body.String(), "secret") {
			t.Errorf("GET %s = %d %q, want %d with %q", tt.path, rec.Code, rec.Body.String(), tt.code, tt.body)
		}
		if rec.Code == 200 && rec.Header().Get("Cache-Control") != "no-store" {
			t.Errorf("GET %s: previews must not be cached", tt.path)
		}
	}
}

func TestServeOnLoopbackAndStop(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("home"), 0o644)
	srv := &Server{Dir: dir, Addr: "127.0.0.1:0"}
	l, err := srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(l.Addr().String(), "127.0.0.1:") {
		t.Errorf("listening on %s, want loopback", l.Addr())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Serve(ctx, l) }()
	resp, err := http.Get("http://" + l.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "home" {
		t.Errorf("body %q", body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel: %v", err)
	}
}
