package deploytest

import (
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"strings"
)

// policy is a parsed Content-Security-Policy: each directive, in lower
// case, with its sources. Keywords keep their quotes ('self'); schemes and
// hosts are lower-cased.
type policy map[string][]string

// parsePolicy parses a Content-Security-Policy header value. As in a
// browser, the first of two directives with one name wins.
func parsePolicy(s string) policy {
	p := policy{}
	for _, d := range strings.Split(s, ";") {
		f := strings.Fields(d)
		if len(f) == 0 {
			continue
		}
		name := strings.ToLower(f[0])
		if _, dup := p[name]; dup {
			continue
		}
		var srcs []string
		for _, s := range f[1:] {
			if !strings.HasPrefix(s, "'sha") && !strings.HasPrefix(s, "'nonce-") {
				s = strings.ToLower(s)
			}
			srcs = append(srcs, s)
		}
		p[name] = srcs
	}
	return p
}

// fallbacks lists, for each directive a page element is checked under, the
// directives a browser falls back to when it is missing, in order (CSP
// level 3). form-action and base-uri have no fallback: when they are
// missing, anything is allowed.
func fallbacks(directive string) []string {
	switch directive {
	case "script-src-elem", "script-src-attr":
		return []string{directive, "script-src", "default-src"}
	case "style-src-elem", "style-src-attr":
		return []string{directive, "style-src", "default-src"}
	case "frame-src":
		return []string{directive, "child-src", "default-src"}
	case "form-action", "base-uri":
		return []string{directive}
	}
	return []string{directive, "default-src"}
}

// sources returns the sources that govern directive, and false when the
// policy does not restrict it at all.
func (p policy) sources(directive string) ([]string, bool) {
	for _, d := range fallbacks(directive) {
		if srcs, ok := p[d]; ok {
			return srcs, true
		}
	}
	return nil, false
}

// allowsURL reports whether the policy lets a page of the site at origin
// load ref (as written in the page) under directive.
func (p policy) allowsURL(directive, ref string, origin *url.URL) bool {
	srcs, ok := p.sources(directive)
	if !ok {
		return true
	}
	u, err := origin.Parse(strings.TrimSpace(ref))
	if err != nil {
		return false
	}
	for _, s := range srcs {
		if sourceMatches(s, u, origin) {
			return true
		}
	}
	return false
}

// sourceMatches reports whether one source expression allows u. It knows
// 'self', *, scheme sources (data:) and host sources with an optional
// scheme and a leading *. wildcard; anything else allows nothing.
func sourceMatches(s string, u, origin *url.URL) bool {
	switch {
	case s == "'self'":
		return u.Scheme == origin.Scheme && u.Host == origin.Host
	case s == "*":
		return u.Scheme == "http" || u.Scheme == "https"
	case strings.HasPrefix(s, "'"):
		return false
	case strings.HasSuffix(s, ":"):
		return u.Scheme+":" == s
	}
	scheme, host, ok := strings.Cut(s, "://")
	if !ok {
		scheme, host = "", s
	}
	host, _, _ = strings.Cut(host, "/")
	if scheme != "" && scheme != u.Scheme || scheme == "" && u.Scheme != "https" && u.Scheme != "http" {
		return false
	}
	if rest, ok := strings.CutPrefix(host, "*."); ok {
		return strings.HasSuffix(u.Host, "."+rest)
	}
	return u.Host == host
}

// allowsInline reports whether the policy lets inline code run or apply:
// the text of a <script> or <style> element, or (attribute true) a style=""
// or on...="" attribute or a javascript: URL. A matching 'sha256-...' hash
// allows an element, and an attribute only with 'unsafe-hashes';
// 'unsafe-inline' allows both, unless a hash or nonce is also listed.
func (p policy) allowsInline(directive, text string, attribute bool) bool {
	srcs, ok := p.sources(directive)
	if !ok {
		return true
	}
	sum := sha256.Sum256([]byte(text))
	hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	has := func(want string) bool {
		for _, s := range srcs {
			if s == want {
				return true
			}
		}
		return false
	}
	if has(hash) && (!attribute || has("'unsafe-hashes'")) {
		return true
	}
	for _, s := range srcs {
		if strings.HasPrefix(s, "'sha") || strings.HasPrefix(s, "'nonce-") {
			return false
		}
	}
	return has("'unsafe-inline'")
}
