package markdown

import (
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/limber/limber/internal/diag"
)

// dest is what a link or image points to, once checked: the URL to write
// into the HTML, and the problem to report, if any.
type dest struct {
	url  string    // what the href or src becomes; "" when the link must not work
	msg  string    // the problem, or ""
	code diag.Code // the problem's kind
	drop bool      // an image that must not be rendered at all
}

// linkKind says whether a destination belongs to a link or an image, which
// differ in the schemes they may use and in how problems are worded.
type linkKind int

const (
	kindLink linkKind = iota
	kindImage
)

// noun names the kind in messages.
func (k linkKind) noun() string {
	if k == kindImage {
		return "image"
	}
	return "link"
}

// check classifies raw, a destination as written in the Markdown (escapes
// and character references not yet resolved), and returns where it leads.
func check(raw string, k linkKind, rel string, links Links) dest {
	u := cleanURL(string(resolveRefs([]byte(raw))))
	switch {
	case u == "":
		return dest{msg: fmt.Sprintf("%s has no address: write a page such as \"cat-cow.md\" or a web address between the ( )", k.noun())}
	case strings.HasPrefix(u, "#"):
		return dest{url: u}
	}
	if scheme, ok := urlScheme(u); ok {
		return checkScheme(u, raw, scheme, k)
	}
	u = strings.ReplaceAll(u, `\`, "/") // browsers read "\" as "/"
	switch {
	case strings.HasPrefix(u, "//"):
		return checkScheme("https:"+u, raw, "https", k)
	case strings.HasPrefix(u, "/"):
		return dest{url: root(links) + u[1:]}
	}
	return checkRelative(u, raw, k, rel, links)
}

// checkScheme allows http and https, and for links also mailto and tel.
func checkScheme(u, raw, scheme string, k linkKind) dest {
	switch {
	case scheme == "http" || scheme == "https":
		return dest{url: u}
	case k == kindLink && (scheme == "mailto" || scheme == "tel"):
		return dest{url: u}
	case k == kindImage:
		return dest{drop: true, msg: fmt.Sprintf("unsafe image URL %q (only http and https images, or files in content/, are allowed)", raw)}
	}
	return dest{msg: fmt.Sprintf("unsafe link URL %q (only http, https, mailto and tel links are allowed)", raw)}
}

// checkRelative resolves a relative path, with an optional "?query" and
// "#anchor", against the folder of rel, and looks the result up.
func checkRelative(u, raw string, k linkKind, rel string, links Links) dest {
	p, query, frag := splitURL(u)
	if dec, err := url.PathUnescape(p); err == nil {
		p = dec
	}
	target := rel
	if p != "" {
		target = path.Join(path.Dir(rel), p)
	}
	if target == ".." || strings.HasPrefix(target, "../") {
		return dest{url: u, code: diag.BrokenLink, msg: fmt.Sprintf("%s %q points outside content/", k.noun(), raw)}
	}
	resolved, ok := resolve(links, target)
	if !ok {
		return dest{url: u, code: diag.BrokenLink,
			msg: fmt.Sprintf("broken %s: %q (%s does not exist)", k.noun(), raw, path.Join("content", target))}
	}
	return dest{url: resolved + query + frag}
}

// splitURL splits u into its path, its "?query" and its "#fragment"; the
// last two keep their leading character and are empty when absent.
func splitURL(u string) (p, query, frag string) {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u, frag = u[:i], u[i:]
	}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u, query = u[:i], u[i:]
	}
	if frag == "#" {
		frag = ""
	}
	if query == "?" {
		query = ""
	}
	return u, query, frag
}

// cleanURL does what a browser does before parsing a URL: it trims leading
// and trailing control characters and spaces and removes every tab and
// newline, so that "java\tscript:" is seen as the "javascript:" it is.
func cleanURL(u string) string {
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
}

// urlScheme returns the lowercased scheme of u as a browser parses it: an
// ASCII letter, then letters, digits, "+", "-" or ".", then ":". ok is false
// when u has no scheme and is therefore a path.
func urlScheme(u string) (scheme string, ok bool) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == ':' && i > 0:
			return strings.ToLower(u[:i]), true
		case isASCIILetter(c):
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return "", false
		}
	}
	return "", false
}

// isASCIILetter reports whether c is a-z or A-Z.
func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// root returns the site's base path, ending in "/".
func root(links Links) string {
	if links == nil {
		return "/"
	}
	r := links.Root()
	if !strings.HasSuffix(r, "/") {
		r += "/"
	}
	return r
}

// resolve looks target up, treating a nil Links as a site with no pages.
func resolve(links Links, target string) (string, bool) {
	if links == nil {
		return "", false
	}
	return links.Resolve(target)
}
