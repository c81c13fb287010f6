package content

import (
	"strings"
	"testing"
)

func TestCheckBaseURL(t *testing.T) {
	good := map[string]string{
		"": "", "/": "/", "/handouts": "/handouts/", "https://example.org": "https://example.org/",
		"https://x.org/a/b/": "https://x.org/a/b/", "/" + strings.Repeat("é", MaxBaseURL-2) + "/": "/" + strings.Repeat("é", MaxBaseURL-2) + "/", "http://localhost:8080/p": "http://localhost:8080/p/",
	}
	for in, want := range good {
		if got, err := CheckBaseURL(in); err != nil || got != want {
			t.Errorf("CheckBaseURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"/a?b", "/a#b", "//x", "x.org/", "https:///nohost/", " ", "/a b/",
		"javascript:alert(1)", "ftp://x.org/", "/a\tb", "https://x.org/" + strings.Repeat("a", MaxBaseURL-13)} {
		if got, err := CheckBaseURL(in); err == nil {
			t.Errorf("CheckBaseURL(%q) = %q, want an error", in, got)
		}
	}
}
