package content

import (
	"fmt"
	"strings"
)

// CheckBaseURL checks a site's base URL, from limber.yaml or the command
// line: an http(s) URL with a host, such as https://example.org/handouts/,
// or a path such as /handouts/. It returns the URL ending in "/", or an
// error that says how to write it. An empty string is allowed and means
// the site is served at the root.
func CheckBaseURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	switch {
	case strings.ContainsAny(s, "?#"):
		return "", fmt.Errorf("%q must not contain ? or #", s)
	case strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f }):
		return "", fmt.Errorf("%q must not contain spaces or control characters", s)
	case strings.HasPrefix(s, "//"):
		return "", fmt.Errorf("%q is not a valid path: write it like /handouts/ or https://example.org/", s)
	case !strings.HasPrefix(s, "/"):
		if m := webURLError(s); m != "" {
			return "", fmt.Errorf("%s (or write a path like /handouts/)", m)
		}
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s, nil
}
