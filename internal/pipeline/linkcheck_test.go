package pipeline

import (
	"context"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestSampleSiteLinks builds the bundled sample site at the root and under a
// base path and checks that every internal href and src in every page
// resolves to a file of the output, and every #fragment to an id on the
// page it points at; that 404.html works served at a deep path; and that
// every address in sitemap.xml is a page of the output.
func TestSampleSiteLinks(t *testing.T) {
	for _, baseURL := range []string{"/", "/handouts/", "https://owner.github.io/repo/"} {
		t.Run(baseURL, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			_, err := Build(context.Background(), Options{Site: "../..", Out: out, BaseURL: baseURL})
			if err != nil {
				t.Fatalf("the sample site must build with no problems:\n%v", err)
			}
			u, _ := url.Parse(baseURL)
			problems, checked := checkLinks(t, out, u.Path)
			problems = append(problems, checkNotFound(t, out, u.Path)...)
			problems = append(problems, checkSitemap(t, out, baseURL)...)
			for _, p := range problems {
				t.Error(p)
			}
			if checked < 100 {
				t.Errorf("only %d links checked; the checker is not finding links", checked)
			}
		})
	}
}

// checkNotFound checks 404.html as a host serves it for a missing address
// at any depth: each of its links, resolved against that address, must
// lead to a file of the output under base.
func checkNotFound(t *testing.T, dir, base string) (problems []string) {
	t.Helper()
	pages := readTree(t, dir)
	data, ok := pages["404.html"]
	if !ok {
		return []string{"no 404.html"}
	}
	for _, at := range []string{base + "missing", base + "stretches/gone/", base + "a/b/c/d/"} {
		served, _ := url.Parse(at)
		for _, m := range attrRE().FindAllSubmatch(data, -1) {
			link, err := url.Parse(html.UnescapeString(string(m[1])))
			if err != nil || link.Scheme != "" || link.Host != "" || link.Path == "" {
				continue // external, or a #fragment of the page itself
			}
			if p := checkLink("404.html at "+at, served.ResolveReference(link).Path, base, pages, nil); p != "" {
				problems = append(problems, p)
			}
		}
	}
	return problems
}

// checkSitemap checks that sitemap.xml exists exactly when the base URL is
// absolute, and lists only pages of the output, 404.html not among them.
func checkSitemap(t *testing.T, dir, baseURL string) (problems []string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
	if !strings.HasPrefix(baseURL, "https://") {
		if err == nil {
			problems = append(problems, "sitemap.xml written without an absolute base URL")
		}
		return problems
	}
	locs := regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllSubmatch(data, -1)
	if err != nil || len(locs) < 10 {
		return append(problems, "sitemap.xml is missing or lists almost nothing")
	}
	for _, m := range locs {
		rel, ok := strings.CutPrefix(string(m[1]), baseURL)
		rel, err = url.PathUnescape(rel)
		ok = ok && err == nil
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel), "index.html")); !ok || err != nil {
			problems = append(problems, "sitemap.xml lists "+string(m[1])+", which is not a page")
		}
	}
	return problems
}

// attrRE finds href and src attributes; html/template always quotes them with ".
func attrRE() *regexp.Regexp { return regexp.MustCompile(`\s(?:href|src)="([^"]*)"`) }

func idRE() *regexp.Regexp { return regexp.MustCompile(`\sid="([^"]*)"`) }

// checkLinks returns the broken internal links of the site in dir, served
// under base, and how many links it checked.
func checkLinks(t *testing.T, dir, base string) (problems []string, checked int) {
	t.Helper()
	pages := readTree(t, dir)
	ids := map[string]map[string]bool{}
	for rel, data := range pages {
		if strings.HasSuffix(rel, ".html") {
			ids[rel] = map[string]bool{}
			for _, m := range idRE().FindAllSubmatch(data, -1) {
				ids[rel][html.UnescapeString(string(m[1]))] = true
			}
		}
	}
	for rel, data := range pages {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		for _, m := range attrRE().FindAllSubmatch(data, -1) {
			checked++
			if p := checkLink(rel, html.UnescapeString(string(m[1])), base, pages, ids); p != "" {
				problems = append(problems, p)
			}
		}
	}
	sort.Strings(problems)
	return problems, checked
}

// checkLink checks one link found on page rel; it returns "" when it is fine.
func checkLink(rel, link, base string, pages map[string][]byte, ids map[string]map[string]bool) string {
	u, err := url.Parse(link)
	if err != nil {
		return rel + ": unparsable link " + link
	}
	if u.Scheme != "" || u.Host != "" {
		return "" // external
	}
	target := rel
	if u.Path != "" {
		if !strings.HasPrefix(u.Path, base) {
			return rel + ": link " + link + " is outside the base path " + base
		}
		target = strings.TrimPrefix(u.Path, base)
		if target == "" || strings.HasSuffix(target, "/") {
			target = path.Join(target, "index.html")
		}
		if _, ok := pages[target]; !ok {
			return rel + ": broken link " + link + " (no " + target + ")"
		}
	}
	if u.Fragment != "" && ids[target] != nil && !ids[target][u.Fragment] {
		return rel + ": broken anchor " + link + " (no id " + u.Fragment + " in " + target + ")"
	}
	return ""
}

// TestCheckLinksFindsProblems makes sure the checker itself catches broken
// links, anchors and links outside the base path.
func TestCheckLinksFindsProblems(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte(`<a href="/h/a/">ok</a> <a href="/h/b/">bad</a> <a href="/h/a/#x">ok</a> <a href="/h/a/#y">bad</a> <a href="/a/">out</a> <img src="https://e.org/x.png">`), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "index.html"), []byte(`<h2 id="x">X</h2>`), 0o644)
	problems, checked := checkLinks(t, dir, "/h/")
	if checked != 6 || len(problems) != 3 {
		t.Errorf("checked %d links, found %d problems, want 6 and 3: %q", checked, len(problems), problems)
	}
	// A relative link on 404.html works only at the depth it was written for.
	os.WriteFile(filepath.Join(dir, "404.html"), []byte(`<a href="/h/a/">ok</a> <a href="a/">relative</a> <a href="#x">here</a>`), 0o644)
	if problems := checkNotFound(t, dir, "/h/"); len(problems) != 2 {
		t.Errorf("found %d problems on 404.html, want 2 (the relative link at two depths): %q", len(problems), problems)
	}
}
