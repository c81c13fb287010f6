package deploytest

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// pageProblems returns what the policy would block on one HTML page of the
// site at origin, one line each: "line N: <tag>: what is blocked".
func pageProblems(p policy, origin *url.URL, doc string) []string {
	var problems []string
	for _, t := range scanTags(doc) {
		for _, msg := range tagProblems(p, origin, t) {
			problems = append(problems, fmt.Sprintf("line %d: <%s>: %s", t.line, t.name, msg))
		}
	}
	return problems
}

// tagProblems checks one tag: its inline code, its attributes and the
// resources it loads.
func tagProblems(p policy, origin *url.URL, t tag) []string {
	var problems []string
	problems = append(problems, inlineProblems(p, t)...)
	problems = append(problems, attrProblems(p, t)...)
	for _, r := range loads(t) {
		if !p.allowsURL(r.directive, r.ref, origin) {
			problems = append(problems, fmt.Sprintf("%s %q is blocked by %s", r.attr, r.ref, r.directive))
		}
	}
	return problems
}

// inlineProblems checks the text of a <script> or <style> element.
func inlineProblems(p policy, t tag) []string {
	switch {
	case t.name == "style" && !p.allowsInline("style-src-elem", t.text, false):
		return []string{"an inline style element is blocked by style-src: move it into a stylesheet under templates/assets/"}
	case t.name != "script" || !isScript(t):
		return nil
	}
	if _, ok := t.get("src"); ok {
		if strings.TrimSpace(t.text) != "" {
			return []string{"a script with src must have no text of its own"}
		}
		return nil
	}
	if !p.allowsInline("script-src-elem", t.text, false) {
		return []string{"an inline script is blocked by script-src: move it into a file under templates/assets/"}
	}
	return nil
}

// isScript reports whether a <script> element runs: one with a type that
// is not JavaScript, such as application/ld+json, is a data block, which
// the browser never runs and CSP does not block.
func isScript(t tag) bool {
	typ, _ := t.get("type")
	typ, _, _ = strings.Cut(strings.ToLower(strings.TrimSpace(typ)), ";")
	switch typ {
	case "", "module", "importmap", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript":
		return true
	}
	return false
}

// attrProblems checks the attributes that hold code: style="", on...="",
// and javascript: URLs.
func attrProblems(p policy, t tag) []string {
	var problems []string
	for _, a := range t.attrs {
		switch {
		case a.name == "style" && !p.allowsInline("style-src-attr", a.value, true):
			problems = append(problems, fmt.Sprintf("style=%q is blocked by style-src: use a class and a rule in a stylesheet", a.value))
		case strings.HasPrefix(a.name, "on") && len(a.name) > 2 && !p.allowsInline("script-src-attr", a.value, true):
			problems = append(problems, fmt.Sprintf("%s=%q is blocked by script-src: attach the handler from a script file", a.name, a.value))
		case isURLAttr(a.name) && isJavaScriptURL(a.value) && !p.allowsInline("script-src-elem", a.value, true):
			problems = append(problems, fmt.Sprintf("%s=%q is blocked by script-src", a.name, a.value))
		}
	}
	return problems
}

func isURLAttr(name string) bool {
	switch name {
	case "href", "src", "action", "formaction", "xlink:href", "data":
		return true
	}
	return false
}

func isJavaScriptURL(v string) bool {
	v = strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1 // browsers drop tabs, newlines and leading spaces
		}
		return r
	}, v))
	return strings.HasPrefix(v, "javascript:")
}

// load is a resource a tag makes the browser fetch, with the directive that
// governs it.
type load struct{ attr, ref, directive string }

// loads returns the resources a tag loads. A URL attribute with no value
// loads nothing.
func loads(t tag) []load {
	var out []load
	add := func(attrName, directive string) {
		if v, ok := t.get(attrName); ok && directive != "" && strings.TrimSpace(v) != "" && !isJavaScriptURL(v) {
			out = append(out, load{attrName, v, directive})
		}
	}
	addSet := func(attrName, directive string) {
		v, _ := t.get(attrName)
		for _, cand := range strings.Split(v, ",") {
			if f := strings.Fields(cand); len(f) > 0 {
				out = append(out, load{attrName, f[0], directive})
			}
		}
	}
	switch t.name {
	case "script":
		if isScript(t) {
			add("src", "script-src-elem")
		}
	case "link":
		add("href", linkDirective(t))
	case "img":
		add("src", "img-src")
		addSet("srcset", "img-src")
	case "source":
		add("src", "media-src")
		addSet("srcset", "img-src")
	case "video", "audio", "track":
		add("src", "media-src")
		add("poster", "img-src")
	case "image":
		add("href", "img-src")
		add("xlink:href", "img-src")
	case "iframe", "frame":
		add("src", "frame-src")
	case "object":
		add("data", "object-src")
	case "embed":
		add("src", "object-src")
	case "form":
		add("action", "form-action")
	case "base":
		add("href", "base-uri")
	}
	return out
}

// linkDirective returns the directive of a <link> by its rel, or "" for a
// link that loads nothing (canonical, alternate) and is never blocked.
func linkDirective(t tag) string {
	rel, _ := t.get("rel")
	for _, r := range strings.Fields(strings.ToLower(rel)) {
		switch r {
		case "stylesheet":
			return "style-src-elem"
		case "icon", "apple-touch-icon", "mask-icon":
			return "img-src"
		case "manifest":
			return "manifest-src"
		}
	}
	return ""
}

// strictPolicy is the policy netlify.toml is meant to hold; the table
// tests check the checker with it.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// pageCase is a page checked under a policy, with what must be reported:
// substrings of the problems, in order; none means no problem.
type pageCase struct {
	name, policy, doc string
	want              []string
}

func pageCheckTests() []pageCase {
	return []pageCase{
		{"the default templates' kinds of tags", strictPolicy,
			`<link rel="stylesheet" href="/assets/style.css"><link rel="canonical" href="https://elsewhere.example/x/">` +
				`<script src="/assets/sheet.js" defer></script><img src="../cat-cow.svg" alt="">` +
				`<svg viewBox="0 0 4 4" role="img"><path fill="#000" d="M0 0"/></svg><a href="https://pubmed.example/">x</a>`, nil},
		{"JSON-LD is data", strictPolicy, `<script type="application/ld+json">{"@type":"WebPage"}</script>`, nil},
		{"inline script", strictPolicy, "<p>\n<script>window.print()</script>", []string{"line 2: <script>: an inline script is blocked"}},
		{"module inline script", strictPolicy, `<script type="module">x()</script>`, []string{"inline script is blocked"}},
		{"script with src and text", strictPolicy, `<script src="/a.js">x()</script>`, []string{"must have no text"}},
		{"style element", strictPolicy, `<style>p{color:red}</style>`, []string{"<style>: an inline style element is blocked"}},
		{"style attribute", strictPolicy, `<svg><rect style="fill:red"/></svg>`, []string{`<rect>: style="fill:red" is blocked`}},
		{"event handler", strictPolicy, `<button onclick="print()">`, []string{`onclick="print()" is blocked`}},
		{"javascript URL", strictPolicy, `<a href=" java&#x09;script:alert(1)">`, []string{`href=" java`}},
		{"picture from another site", strictPolicy, `<img src="https://images.example/a.png">`, []string{"is blocked by img-src"}},
		{"data: picture", strictPolicy, `<img src="data:image/png;base64,AA==">`, []string{"is blocked by img-src"}},
		{"srcset", strictPolicy, `<img src="/a.png" srcset="/a2.png 2x, https://cdn.example/a3.png 3x">`, []string{`srcset "https://cdn.example/a3.png"`}},
		{"stylesheet from another site", strictPolicy, `<link rel="stylesheet" href="https://fonts.example/css">`, []string{"blocked by style-src-elem"}},
		{"protocol-relative script", strictPolicy, `<script src="//cdn.example/x.js"></script>`, []string{"blocked by script-src-elem"}},
		{"object", strictPolicy, `<object data="/x.pdf"></object>`, []string{"blocked by object-src"}},
		{"iframe from another site", strictPolicy, `<iframe src="https://video.example/embed"></iframe>`, []string{"blocked by frame-src"}},
		{"form to another site", strictPolicy, `<form action="https://forms.example/post">`, []string{"blocked by form-action"}},
		{"base elsewhere", strictPolicy, `<base href="https://elsewhere.example/">`, []string{"blocked by base-uri"}},
		{"a hashed inline script is allowed", strictPolicy + "; script-src 'self' 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='",
			`<script>window.print()</script>`, []string{"inline script is blocked"}}, // the first script-src wins
		{"a hash in the first script-src", "script-src 'self' 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='",
			`<script>window.print()</script>`, nil},
		{"a hash does not allow a handler", "script-src 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='",
			`<a onclick="window.print()">`, []string{"onclick"}},
		{"unsafe-inline is ignored next to a hash", "style-src 'unsafe-inline' 'sha256-AAAA'", `<p style="color:red">`, []string{"style="}},
		{"no policy blocks nothing", "", `<style>p{}</style><p style="x" onclick="y"><img src="https://x.example/a.png">`, nil},
		{"an allowed host", "img-src 'self' https://images.example", `<img src="https://images.example/a.png"><img src="http://images.example/b.png">`,
			[]string{`"http://images.example/b.png" is blocked`}},
		{"a host wildcard", "img-src *.example.org", `<img src="https://a.example.org/x.png"><img src="https://example.org/y.png">`,
			[]string{`"https://example.org/y.png" is blocked`}},
	}
}

func TestPageProblems(t *testing.T) {
	origin, _ := url.Parse("https://clinic.example/")
	for _, tt := range pageCheckTests() {
		t.Run(tt.name, func(t *testing.T) {
			got := pageProblems(parsePolicy(tt.policy), origin, tt.doc)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for i := range got {
				if !strings.Contains(got[i], tt.want[i]) {
					t.Errorf("problem %d: got %q, want it to contain %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// FuzzPageProblems checks that the page checker never panics, and that
// every tag it reports is one the scanner found, on lines that exist.
func FuzzPageProblems(f *testing.F) {
	for _, tt := range pageCheckTests() {
		f.Add(tt.policy, tt.doc)
	}
	origin, _ := url.Parse("https://clinic.example/")
	f.Fuzz(func(t *testing.T, pol, doc string) {
		lines := strings.Count(doc, "\n") + 1
		last := 0
		for _, tg := range scanTags(doc) {
			if tg.name == "" || tg.name != strings.ToLower(tg.name) || tg.line < last || tg.line > lines {
				t.Fatalf("bad tag %+v (after line %d of %d)", tg, last, lines)
			}
			last = tg.line
		}
		pageProblems(parsePolicy(pol), origin, doc)
	})
}
