package content

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxBaseURL is the longest base URL, in characters, that CheckBaseURL
// accepts: browsers, servers and the QR codes of printed sheets all have
// limits on the length of a link.
const MaxBaseURL = 2000

// CheckBaseURL checks a site's base URL, from limber.yaml or the command
// line: an http(s) URL with a host, such as https://example.org/handouts/,
// or a path such as /handouts/. It returns the URL ending in "/", or an
// error that says how to write it. A URL longer than MaxBaseURL characters
// is refused. An empty string is allowed and means
// the site is served at the root.
func CheckBaseURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	switch n := utf8.RuneCountInString(s); {
	case n > MaxBaseURL:
		return "", fmt.Errorf("is %d characters long, and the most is %d: links this long do not fit a QR code or many browsers", n, MaxBaseURL)
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
