package devserver

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

// TestGuardHosts checks which Host headers a server on 127.0.0.1:1313 that
// also answers to myhost.local accepts: IP addresses, localhost and its
// own names, with its port or none; never another name (a DNS rebinding
// page), another port or no Host at all.
func TestGuardHosts(t *testing.T) {
	g := newGuard(http.NotFoundHandler(), &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1313}, []string{"MyHost.local"})
	allowed := []string{"localhost:1313", "localhost", "LOCALHOST:1313", "localhost.:1313", "127.0.0.1:1313", "127.0.0.1",
		"127.0.0.2:1313", "[::1]:1313", "[::1]", "192.168.1.5:1313", "myhost.local:1313", "myhost.local."}
	refused := []string{"", "evil.example", "evil.example:1313", "localhost.evil.example:1313", "127.0.0.1.evil.example:1313",
		"evil.localhost:1313", "127.0.0.1:8080", "localhost:8080", "[::1]:80", "myhost.local:80", "localhost:", ":1313",
		"[]:1313", "localhost:1313:1313", "127.0.0.1.:1313"}
	for _, h := range allowed {
		if !g.allows(h) {
			t.Errorf("Host %q is refused", h)
		}
	}
	for _, h := range refused {
		if g.allows(h) {
			t.Errorf("Host %q is accepted", h)
		}
	}
}

// TestGuardHeaders checks that every kind of response carries the security
// headers, and that a request for another name is refused with 421 and a
// short plain message before it reaches the site.
func TestGuardHeaders(t *testing.T) {
	st := testState(t)
	srv := httptest.NewServer(nil)
	srv.Config.Handler = newGuard(&handler{st: st}, srv.Listener.Addr(), nil)
	t.Cleanup(func() { st.close(); srv.Close() })
	tests := []struct {
		method, path, host string
		code               int
	}{
		{"GET", "/handouts/stretches/a/", "", 200},
		{"GET", "/handouts/assets/style.css", "", 200},
		{"GET", "/handouts/stretches/a.svg", "", 200},
		{"GET", liveJSPath, "", 200},
		{"GET", "/", "", 302},
		{"GET", "/handouts/missing/", "", 404},
		{"GET", "/handouts/../secret.txt", "", 400},
		{"POST", "/handouts/", "", 405},
		{"GET", eventsPath, "", 200},
		{"GET", "/handouts/stretches/a/", "evil.example", 421},
		{"GET", "/handouts/stretches/a/", "localhost.evil.example", 421},
		{"GET", eventsPath, "evil.example:1313", 421},
	}
	for _, tt := range tests {
		resp, body := request(t, tt.method, srv.URL+tt.path, tt.host)
		if resp.StatusCode != tt.code {
			t.Errorf("%s %s (Host %q) = %d, want %d", tt.method, tt.path, tt.host, resp.StatusCode, tt.code)
		}
		for k, v := range SecurityHeaders() {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s %s: %s = %q, want %q", tt.method, tt.path, k, got, v)
			}
		}
		if tt.code == 421 && (!strings.HasPrefix(body, "limber serve answers only to localhost") ||
			!strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") || strings.Contains(body, "stretch a")) {
			t.Errorf("%s %s (Host %q): %q, %s", tt.method, tt.path, tt.host, body, resp.Header.Get("Content-Type"))
		}
	}
}

// request makes one request with a Host header (the URL's when host is
// ""), without following redirects, and returns the response and up to
// 4 KiB of its body; an event stream is cut off after its first bytes.
func request(t *testing.T, method, url, host string) (*http.Response, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	c := &http.Client{Timeout: wait, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	buf := make([]byte, 4096)
	n, _ := io.ReadAtLeast(resp.Body, buf, 1)
	return resp, string(buf[:n])
}

// TestRunGuards checks that Run serves through the guard: a page for
// localhost, a refusal for another name, the headers on both.
func TestRunGuards(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "limber.yaml", "title: Guarded\n")
	writeFile(t, dir, "content/stretches/a.md", "---\ntitle: A\nsummary: S.\ntype: static\nhold: 30s\nreps: 2\nregions: [neck]\n---\nBody.\n")
	s := start(t, dir)
	port := s.origin[strings.LastIndexByte(s.origin, ':')+1:]
	for host, code := range map[string]int{"localhost:" + port: 200, "evil.example:" + port: 421, "localhost:1": 421} {
		resp, _ := request(t, "GET", s.base+"stretches/a/", host)
		if resp.StatusCode != code || resp.Header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("Host %q: %d, X-Frame-Options %q; want %d and DENY", host, resp.StatusCode, resp.Header.Get("X-Frame-Options"), code)
		}
	}
}

// FuzzGuardHost checks that the guard accepts a Host only when it is an
// IP address, localhost or a given name, and never with another port.
func FuzzGuardHost(f *testing.F) {
	for _, s := range []string{"localhost:1313", "evil.example", "[::1]:1313", "[fe80::1%25eth0]:1313", "127.0.0.1:99", "", ":", "[", "a:b:c"} {
		f.Add(s)
	}
	g := newGuard(http.NotFoundHandler(), &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1313}, []string{"myhost.local"})
	f.Fuzz(func(t *testing.T, host string) {
		if !g.allows(host) {
			return
		}
		name, port, err := net.SplitHostPort(host)
		if err != nil {
			name = host
		} else if port != "1313" {
			t.Fatalf("Host %q accepted with another port", host)
		}
		if _, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")); err == nil {
			return // an IP address, with any zone: no DNS answer stands for one
		}
		if name = strings.ToLower(strings.TrimSuffix(name, ".")); name != "localhost" && name != "myhost.local" {
			t.Fatalf("Host %q accepted", host)
		}
	})
}
