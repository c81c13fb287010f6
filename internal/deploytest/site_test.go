package deploytest

import (
	"context"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/sample"
	"github.com/limber/limber/templates"
)

// siteURL is the address the sample site is built for: a full URL, as on
// Netlify, so that the sheets have their QR codes.
const siteURL = "https://limber-sample.netlify.app/"

// builtSite builds the site in dir as a deploy does and returns its output
// folder and every file in it, by slash-separated path.
func builtSite(t *testing.T, dir string) (string, []string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	_, err := pipeline.Build(context.Background(), pipeline.Options{Site: dir, Out: out, BaseURL: siteURL})
	if err != nil {
		t.Fatalf("the site must build with no problems:\n%v", err)
	}
	var files []string
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			rel, _ := filepath.Rel(out, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, files
}

// urlPath returns the address path a file of the output is served at: a
// page's index.html at its folder.
func urlPath(rel string) string {
	if rel == "index.html" {
		return "/"
	}
	if dir, ok := strings.CutSuffix(rel, "/index.html"); ok {
		return "/" + dir + "/"
	}
	return "/" + rel
}

// TestSecurityHeaders checks that every file the sample site publishes gets
// the security headers the issue asks for, with a policy that lets in only
// the site itself.
func TestSecurityHeaders(t *testing.T) {
	rules := readNetlify(t).Headers
	_, files := builtSite(t, sample.Dir())
	for _, rel := range files {
		h := headersFor(t, rules, urlPath(rel))
		for _, p := range securityProblems(h) {
			t.Errorf("%s: %s", urlPath(rel), p)
		}
	}
}

// securityProblems returns what is missing or too loose in one file's
// headers.
func securityProblems(h http.Header) []string {
	var problems []string
	want := map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"}
	for _, name := range sortedKeys(want) {
		if got := h.Get(name); !strings.EqualFold(got, want[name]) {
			problems = append(problems, name+": "+strconv.Quote(got)+", want "+want[name])
		}
	}
	switch rp := strings.ToLower(h.Get("Referrer-Policy")); rp {
	case "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin":
	default:
		problems = append(problems, "Referrer-Policy: "+strconv.Quote(rp)+", want one that never sends a page's path to another site")
	}
	return append(problems, policyProblems(h.Get("Content-Security-Policy"))...)
}

// policyProblems checks the directives the issue names, and that no
// directive allows inline code, eval or any site at all.
func policyProblems(csp string) []string {
	p := parsePolicy(csp)
	want := map[string]string{
		"default-src": "'self'", "script-src": "'self'", "style-src": "'self'", "img-src": "'self'",
		"object-src": "'none'", "base-uri": "'self'", "form-action": "'self'", "frame-ancestors": "'none'",
	}
	var problems []string
	for _, d := range sortedKeys(want) {
		if got := strings.Join(p[d], " "); got != want[d] {
			problems = append(problems, "Content-Security-Policy: "+d+" is "+strconv.Quote(got)+", want "+want[d])
		}
	}
	for d, srcs := range p {
		for _, s := range srcs {
			if s == "'unsafe-inline'" || s == "'unsafe-eval'" || s == "*" || s == "http:" || s == "https:" {
				problems = append(problems, "Content-Security-Policy: "+d+" allows "+s)
			}
		}
	}
	sort.Strings(problems)
	return problems
}

// TestPagesKeepThePolicy builds the sample site and checks every page
// against the Content-Security-Policy netlify.toml sends with it: no inline
// script or style, no style="" or on...="" attribute, nothing loaded from
// another site. It also checks that the checker saw what it must see.
func TestPagesKeepThePolicy(t *testing.T) {
	problems, seen := policyCheck(t, sample.Dir())
	for _, p := range problems {
		t.Error(p)
	}
	if seen.pages < 50 || seen.scripts < 6 || seen.qrs < 6 {
		t.Errorf("checked %d pages with %d scripts and %d QR codes; want at least 50, 6 and 6 (is the sample site all there?)",
			seen.pages, seen.scripts, seen.qrs)
	}
}

// seen counts what policyCheck looked at.
type seen struct{ pages, scripts, qrs int }

// policyCheck builds the site in dir and returns, sorted, what the policy
// of netlify.toml would block on its pages, as "page: line N: <tag>: ...".
func policyCheck(t *testing.T, dir string) ([]string, seen) {
	t.Helper()
	rules := readNetlify(t).Headers
	out, files := builtSite(t, dir)
	origin, _ := url.Parse(siteURL)
	var problems []string
	var n seen
	for _, rel := range files {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		csp := headersFor(t, rules, urlPath(rel)).Get("Content-Security-Policy")
		for _, p := range pageProblems(parsePolicy(csp), origin, string(data)) {
			problems = append(problems, rel+": "+p)
		}
		n.pages++
		n.scripts += strings.Count(string(data), "<script src=")
		n.qrs += strings.Count(string(data), `<div class="sheet-qr"><svg`)
	}
	sort.Strings(problems)
	return problems, n
}

// TestPolicyCatchesBreakage changes a copy of the sample site the ways a
// clinic might, and checks that the pages the policy would break are named:
// a picture from another site in an article's Markdown, and a site template
// with an inline script and a style attribute.
func TestPolicyCatchesBreakage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(dir, "content", "articles", "stretching-basics.md")
	appendFile(t, article, "\n![A person stretching](https://images.example.org/stretch.png)\n")
	base, err := fs.ReadFile(templates.FS(), "base.html")
	if err != nil {
		t.Fatal(err)
	}
	base = []byte(strings.Replace(string(base), "</body>", `<script>print()</script><p style="color:red">x</p></body>`, 1))
	writeFile(t, filepath.Join(dir, "templates", "base.html"), base)
	problems, seen := policyCheck(t, dir)
	want := map[string]int{"an inline script is blocked": seen.pages, `style="color:red" is blocked`: seen.pages,
		`"https://images.example.org/stretch.png" is blocked by img-src`: 1}
	for text, n := range want {
		if got := countContaining(problems, text); got != n {
			t.Errorf("%d problems say %q, want %d (one per page it is on); all problems:\n%s", got, text, n, strings.Join(problems, "\n"))
		}
	}
	if len(problems) != 2*seen.pages+1 {
		t.Errorf("%d problems, want %d", len(problems), 2*seen.pages+1)
	}
}

func countContaining(lines []string, text string) int {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, text) {
			n++
		}
	}
	return n
}

func appendFile(t *testing.T, path, text string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, append(data, text...))
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCaching checks the caching rules: pages and pictures are not given a
// lifetime (Netlify's default makes the browser ask again each time), and
// the templates' assets, whose names do not change with their contents,
// are cached for a day at most and never marked immutable.
func TestCaching(t *testing.T) {
	rules := readNetlify(t).Headers
	_, files := builtSite(t, sample.Dir())
	assets := 0
	for _, rel := range files {
		cc := headersFor(t, rules, urlPath(rel)).Get("Cache-Control")
		if !strings.HasPrefix(rel, "assets/") {
			if cc != "" {
				t.Errorf("%s: Cache-Control %q: leave pages and content files to Netlify's default, which revalidates", urlPath(rel), cc)
			}
			continue
		}
		assets++
		if age := maxAge(cc); age <= 0 || age > 86400 || strings.Contains(cc, "immutable") {
			t.Errorf("%s: Cache-Control %q: want a max-age of a day or less, not immutable: assets are not fingerprinted", urlPath(rel), cc)
		}
	}
	if assets == 0 {
		t.Error("no files under assets/ in the built site")
	}
}

// maxAge returns the max-age of a Cache-Control value, or -1.
func maxAge(cc string) int {
	m := regexp.MustCompile(`(?:^|[ ,])max-age=(\d+)`).FindStringSubmatch(cc)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}
