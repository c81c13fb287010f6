package devserver

import (
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
)

// SecurityHeaders returns the headers limber serve sends with every
// response, the same as netlify.toml sends with the published site (a test
// in internal/deploytest keeps the two equal): a Content-Security-Policy
// that lets a page load only from its own server, with no inline script or
// style and in no other site's frame, nosniff, and no referrer for other
// sites. live.js and live.css come from the same server (under /__limber/)
// and the event stream is on it too, so live reload needs nothing more.
func SecurityHeaders() map[string]string {
	return map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; " +
			"base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
		"X-Content-Type-Options": "nosniff",
		"Referrer-Policy":        "same-origin",
		"X-Frame-Options":        "DENY",
	}
}

// guard wraps the server's handler. It sets SecurityHeaders on every
// response and refuses, with 421 Misdirected Request, a request whose Host
// header does not name this server: a web page whose own name an attacker
// has pointed at this computer (DNS rebinding) would otherwise be able to
// read the preview.
type guard struct {
	next    http.Handler
	headers map[string]string
	port    string          // the server's port; "" when unknown
	names   map[string]bool // host names allowed besides localhost, in lower case
}

// newGuard guards next for a server listening on addr that also answers to
// names (host names, such as the --bind name and --host names).
func newGuard(next http.Handler, addr net.Addr, names []string) *guard {
	g := &guard{next: next, headers: SecurityHeaders(), names: map[string]bool{"localhost": true}}
	if tcp, ok := addr.(*net.TCPAddr); ok {
		g.port = strconv.Itoa(tcp.Port)
	}
	for _, n := range names {
		g.names[strings.ToLower(strings.TrimSuffix(n, "."))] = true
	}
	return g
}

// ServeHTTP sets the security headers, then serves the request if its
// Host names this server.
func (g *guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	for k, v := range g.headers {
		h.Set(k, v)
	}
	if !g.allows(r.Host) {
		h.Set("Cache-Control", "no-store")
		http.Error(w, "limber serve answers only to localhost, IP addresses and the names given with --host, not to "+
			strconv.Quote(r.Host), http.StatusMisdirectedRequest)
		return
	}
	g.next.ServeHTTP(w, r)
}

// allows reports whether a Host header names this server: an IP address
// (which no DNS answer can stand for), localhost or one of its names, with
// the server's port or none.
func (g *guard) allows(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, ""
	} else if port == "" || port != g.port && g.port != "" {
		return false
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if host == "" {
		return false
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return true
	}
	return g.names[strings.ToLower(strings.TrimSuffix(host, "."))]
}
