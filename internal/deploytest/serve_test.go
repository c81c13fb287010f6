package deploytest

import (
	"net/http"
	"testing"

	"github.com/limber/limber/internal/devserver"
)

// TestServeSendsThePublishedHeaders checks that limber serve sends the
// security headers netlify.toml sends with every page, no more and no
// less, so that a preview breaks exactly where the published site would
// (a picture from another site, an inline script added to a template).
func TestServeSendsThePublishedHeaders(t *testing.T) {
	want := headersFor(t, readNetlify(t).Headers, "/")
	got := http.Header{}
	for k, v := range devserver.SecurityHeaders() {
		got.Set(k, v)
	}
	for k := range want {
		if got.Get(k) != want.Get(k) {
			t.Errorf("limber serve sends %s: %q; netlify.toml: %q", k, got.Get(k), want.Get(k))
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("limber serve sends %s, which netlify.toml does not", k)
		}
	}
	for _, p := range securityProblems(got) {
		t.Errorf("limber serve: %s", p)
	}
}
