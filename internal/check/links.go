package check

import (
	"fmt"
	"net"
	"net/url"
	"strings"
	"unicode"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/site"
)

// references checks the web addresses of a page's references.
func (c *checker) references(p *site.Page, refs []content.Reference) {
	for _, r := range refs {
		if r.URL != "" {
			c.urlHost(r.Pos, r.URL)
		}
	}
}

// urlHost reports an http(s) address whose site name cannot exist. Other
// addresses (pages of the site, mailto: and tel:) are left alone. Whether
// the address answers is not checked: limber check never uses the network.
func (c *checker) urlHost(pos diag.Pos, raw string) {
	lower := strings.ToLower(raw)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return
	}
	u, err := url.Parse(raw)
	if err != nil {
		c.add(pos, Warning, RuleURLHost, fmt.Sprintf("the web address %q cannot be read: check it letter by letter", raw))
		return
	}
	if msg := hostProblem(u.Hostname()); msg != "" {
		c.add(pos, Warning, RuleURLHost, fmt.Sprintf("the web address %q %s", raw, msg))
	}
}

// outsideImage reports a picture loaded from another site: a printed sheet
// or a page can lose it when that site changes, and the Content-Security-
// Policy that limber's netlify.toml sends blocks it.
func (c *checker) outsideImage(pos diag.Pos, src string) {
	lower := strings.ToLower(src)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "//") {
		c.add(pos, Warning, RuleOutsideImage, fmt.Sprintf("the picture %q comes from another site: copy it into content/ "+
			"(next to this file) and write its file name instead", src))
	}
}

// hostProblem says what is wrong with a site name, or returns "".
func hostProblem(host string) string {
	if net.ParseIP(host) != nil {
		return ""
	}
	name := strings.TrimSuffix(host, ".")
	labels := strings.Split(name, ".")
	switch {
	case host == "":
		return "has no site name"
	case len(labels) < 2:
		return fmt.Sprintf("has the site name %q, with no dot: write the full name, like www.example.org", host)
	case len(name) > 253:
		return "has a site name over 253 characters"
	}
	for _, l := range labels {
		if msg := labelProblem(l); msg != "" {
			return fmt.Sprintf("has the site name %q, %s", host, msg)
		}
	}
	if tld := labels[len(labels)-1]; strings.TrimFunc(tld, unicode.IsDigit) == "" {
		return fmt.Sprintf("has the site name %q, whose last part %q, all digits, is not a top-level domain", host, tld)
	}
	return ""
}

// labelProblem says what is wrong with one dot-separated part of a site
// name, or returns "".
func labelProblem(l string) string {
	switch {
	case l == "":
		return "with an empty part between dots"
	case len(l) > 63:
		return "with a part over 63 characters"
	case strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-"):
		return fmt.Sprintf("whose part %q starts or ends with a hyphen", l)
	}
	for _, r := range l {
		if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return fmt.Sprintf("which has %q in it (only letters, digits, hyphens and dots)", r)
		}
	}
	return ""
}

// FromDiag turns the problems of a build into error findings, so that
// limber check lists them with the rest: broken links and pictures, names
// of pages that do not exist, and any other content problem.
func FromDiag(l diag.List) []Finding {
	out := make([]Finding, 0, len(l))
	for _, e := range l {
		r := buildRule(e.Code)
		out = append(out, Finding{Pos: e.Pos, Severity: Error, Rule: r, Msg: e.Msg, Why: Why(r)})
	}
	return out
}
