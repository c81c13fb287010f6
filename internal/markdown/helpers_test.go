package markdown

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/limber/limber/internal/diag"
)

// fakeLinks is a site whose pages and files are the keys of pages.
type fakeLinks struct {
	root  string
	pages map[string]string
}

func (f fakeLinks) Resolve(p string) (string, bool) {
	u, ok := f.pages[p]
	return u, ok
}

func (f fakeLinks) Root() string { return f.root }

// testSite is the site most tests render against: its base path is
// /handouts/ and it has a few stretches, a condition and some files.
func testSite() fakeLinks {
	return fakeLinks{root: "/handouts/", pages: map[string]string{
		"stretches/cat-cow.md":      "/handouts/stretches/cat-cow/",
		"stretches/lunge.md":        "/handouts/stretches/lunge/",
		"stretches/cat-cow-1.svg":   "/handouts/stretches/cat-cow-1.svg",
		"stretches/open book.md":    "/handouts/stretches/open-book/",
		"conditions/sciatica.md":    "/handouts/conditions/sciatica/",
		"files/home-programme.pdf":  "/handouts/files/home-programme.pdf",
		"stretches/étirement.md":    "/handouts/stretches/étirement/",
		"articles/why-stretch.md":   "/handouts/articles/why-stretch/",
		"stretches/images/side.png": "/handouts/stretches/images/side.png",
	}}
}

// render renders body as content/stretches/lunge.md, whose body starts on
// file line 10, against testSite.
func render(t testing.TB, body string) (Output, diag.List) {
	t.Helper()
	in := Input{Path: "content/stretches/lunge.md", Rel: "stretches/lunge.md", Body: []byte(body), BodyLine: 10}
	return New().Render(in, testSite())
}

// errLines returns each problem as "path:line:col: message".
func errLines(l diag.List) []string {
	var out []string
	for _, e := range l {
		out = append(out, e.Error())
	}
	return out
}

// sameLines reports a test failure when got and want differ.
func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// tagRe matches an HTML tag; goldmark escapes ">" inside attribute values.
var tagRe = regexp.MustCompile(`<(/?)([^\s>/]*)([^>]*)>`)

// quotedRe matches a quoted attribute value.
var quotedRe = regexp.MustCompile(`"[^"]*"`)

// attrNameRe matches an attribute name once the values are gone.
var attrNameRe = regexp.MustCompile(`([^\s=]+)=?`)

// allowedTag says which tags the Markdown renderer may write.
func allowedTag(name string) bool {
	switch name {
	case "p", "h2", "h3", "h4", "h5", "h6", "a", "img", "ul", "ol", "li", "table", "thead", "tbody",
		"tr", "th", "td", "del", "em", "strong", "code", "pre", "blockquote", "hr", "br", "sup", "div", "input":
		return true
	}
	return false
}

// allowedAttr says which attributes the Markdown renderer may write.
func allowedAttr(name string) bool {
	switch name {
	case "href", "src", "alt", "title", "id", "class", "role", "style", "start", "checked", "disabled", "type":
		return true
	}
	return false
}

// urlAttr matches an href or src attribute and its value.
var urlAttr = regexp.MustCompile(`\b(?:href|src)="([^"]*)"`)

// checkSafeHTML fails the test when the HTML holds a tag or attribute that
// Markdown does not make (so raw HTML got through), or a URL whose scheme is
// not allowed, as a browser would read it (entities decoded, tabs and
// newlines removed).
func checkSafeHTML(t *testing.T, h string) {
	t.Helper()
	if strings.Contains(h, "<!") {
		t.Errorf("HTML holds a comment or declaration: %q", h)
	}
	for _, m := range tagRe.FindAllStringSubmatch(h, -1) {
		if !allowedTag(m[2]) {
			t.Errorf("HTML holds the tag %q: %q", m[0], h)
		}
		for _, a := range attrNameRe.FindAllStringSubmatch(quotedRe.ReplaceAllString(m[3], ""), -1) {
			if !allowedAttr(a[1]) {
				t.Errorf("HTML holds the attribute %q in %q", a[1], m[0])
			}
		}
	}
	for _, m := range urlAttr.FindAllStringSubmatch(h, -1) {
		u := cleanURL(html.UnescapeString(m[1]))
		if s, ok := urlScheme(u); ok && s != "http" && s != "https" && s != "mailto" && s != "tel" {
			t.Errorf("unsafe URL %q in %q", m[1], h)
		}
	}
}
