package browsertest

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

// axePage is a page for axe.mjs to check; Print asks for a check in print
// media too.
type axePage struct {
	Name  string   `json:"name"`
	URL   string   `json:"url"`
	Print bool     `json:"print"`
	Wait  *axeWait `json:"wait,omitempty"`
}

// axeWait is what an app page shows once its script has built it: a text
// or an element (a CSS selector). axe.mjs waits for it before checking.
type axeWait struct {
	Text     string `json:"text,omitempty"`
	Selector string `json:"selector,omitempty"`
}

// axeReport is what axe.mjs found on one page in one mode ("screen",
// "phone" or "print").
type axeReport struct {
	Name       string         `json:"name"`
	Mode       string         `json:"mode"`
	Status     int            `json:"status"`
	Errors     []string       `json:"errors"`
	Violations []axeViolation `json:"violations"`
}

// axeViolation is one rule axe found broken, with the elements that break
// it.
type axeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  string `json:"target"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

// axeCanary is a page with WCAG failures axe must find: an image without
// alt text and grey text on white that is too faint to read.
const axeCanary = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Canary</title></head>
<body><main><h1>Canary</h1><img src="x.png"><p style="color:#bbb">Faint</p></main></body></html>
`

// TestPagesAreAccessible builds the sample site under a base path and
// runs axe-core in Chromium for WCAG 2.1 A and AA on one page of each kind
// the issue names (the home page, a list page, a browse page and a term
// page, a stretch, a routine, its regular and large-print sheets, a
// condition and an article, the 404 page when there is one, the builder and
// the program page with a program, once their scripts have built them), on
// a wide (1280 px) and a narrow (375 px) screen and, for the sheets, in print,
// in every language of the site (the Spanish ones under es/). Each violation fails the test with its rule, impact,
// the elements' selectors and axe's help page.
func TestPagesAreAccessible(t *testing.T) {
	requireAxe(t)
	s, out := buildSite(t, baseURL)
	origin := serve(t, out, "/handouts/")
	canary := t.TempDir()
	if err := os.WriteFile(filepath.Join(canary, "index.html"), []byte(axeCanary), 0o644); err != nil {
		t.Fatal(err)
	}
	pages := []axePage{{Name: "canary", URL: serve(t, canary, "/canary/") + "/canary/"}}
	for _, p := range langPages(s, axePages) {
		name := cmp.Or(strings.Trim(strings.TrimPrefix(p.URL, s.Root), "/"), "home")
		pages = append(pages, axePage{Name: name, URL: origin + p.URL, Print: p.Kind == site.KindSheet})
	}
	if _, err := os.Stat(filepath.Join(out, "404.html")); err == nil {
		pages = append(pages, axePage{Name: "404", URL: origin + s.Root + "404.html"})
	}
	pages = append(pages, appPages(t, origin+s.Root)...)
	for _, l := range s.Languages()[1:] {
		if _, err := os.Stat(filepath.Join(out, l.Lang, "404.html")); err == nil {
			pages = append(pages, axePage{Name: l.Lang + "-404", URL: origin + s.Root + l.Lang + "/404.html"})
		}
		pages = append(pages, langAppPages(t, origin+s.Root, l.Lang)...)
	}
	start := time.Now()
	reports := runAxe(t, pages)
	t.Logf("axe checked %d pages in %v", len(pages), time.Since(start).Round(time.Millisecond))
	checkCanary(t, reports)
	for _, r := range reports {
		if r.Name == "canary" {
			continue
		}
		t.Run(r.Name+"/"+r.Mode, func(t *testing.T) { checkAxe(t, r) })
	}
}

// appPages are the builder, once it shows "Search stretches", and the
// program page with docs/programs.md's realistic program, once it shows
// the program's sheet.
func appPages(t *testing.T, root string) []axePage {
	return []axePage{
		{Name: "builder", URL: root + "builder/", Wait: &axeWait{Text: "Search stretches"}},
		{Name: "program", URL: root + "program/#" + realisticProgram(t), Wait: &axeWait{Selector: "#sheet-area .sheet"}, Print: true},
	}
}

// langAppPages are the builder and the program page of a language other
// than the default, under its folder (es/builder/). They wait for the
// builder's search box and the program's sheet, not for words, which
// differ by language.
func langAppPages(t *testing.T, root, lang string) []axePage {
	return []axePage{
		{Name: lang + "-builder", URL: root + lang + "/builder/", Wait: &axeWait{Selector: ".builder-find input[type=search]"}},
		{Name: lang + "-program", URL: root + lang + "/program/#" + realisticProgram(t),
			Wait: &axeWait{Selector: "#sheet-area .sheet"}, Print: true},
	}
}

// realisticProgram returns the address of the program docs/programs.md
// calls realistic: the first text block after it says so.
func realisticProgram(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "programs.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(doc), "the program the tests call realistic")
	if ok {
		_, after, ok = strings.Cut(after, "```text\n")
	}
	address, _, _ := strings.Cut(after, "\n")
	if !ok || !strings.HasPrefix(address, "1") {
		t.Fatal("docs/programs.md has no realistic program in a text block after \"the program the tests call realistic\"")
	}
	return address
}

// requireAxe skips the test when Chromium, Node, playwright-core or
// axe-core is missing, or fails it under CI=true.
func requireAxe(t *testing.T) {
	t.Helper()
	require(t, missingBrowser("playwright-core", "axe-core"))
}

// axePages picks from the site graph the pages to check: the home page, the
// stretches list (or the first list), the regions browse page and its term
// with the most stretches, and the stretch, routine, condition and article
// that show the most, with the routine's two sheets.
func axePages(s *site.Site) []*site.Page {
	pages := []*site.Page{s.Home}
	if sec := most(s.Sections, func(x *site.Section) int { return len(x.Items) }); sec != nil {
		pages = append(pages, &sec.Page)
	}
	if tax := most(s.Taxonomies, func(x *site.Taxonomy) int { return len(x.Terms) }); tax != nil {
		pages = append(pages, &tax.Page)
		if term := most(tax.Terms, func(x *site.Term) int { return len(x.Stretches) }); term != nil {
			pages = append(pages, &term.Page)
		}
	}
	if st := most(s.Stretches, stretchScore); st != nil {
		pages = append(pages, &st.Page)
	}
	if r := most(s.Routines, routineScore); r != nil {
		pages = append(pages, &r.Page, &r.Sheet.Page, &r.LargeSheet.Page)
	}
	if c := most(s.Conditions, func(x *site.Condition) int { return len(x.Stretches) + len(x.Routines) }); c != nil {
		pages = append(pages, &c.Page)
	}
	if a := most(s.Articles, func(x *site.Article) int { return len(x.References) + len(x.Body) }); a != nil {
		pages = append(pages, &a.Page)
	}
	return pages
}

// langPages returns the pages pick picks from the site of each language,
// the default language first, so that a translated page is checked as its
// original is.
func langPages(s *site.Site, pick func(*site.Site) []*site.Page) []*site.Page {
	var out []*site.Page
	for _, l := range s.Languages() {
		out = append(out, pick(l)...)
	}
	return out
}

// stretchScore is how much of the stretch template a stretch uses.
func stretchScore(x *site.Stretch) int {
	return len(x.Images) + len(x.Contraindications) + len(x.Equipment) + len(x.References) + len(x.Routines) + len(x.Related)
}

// routineScore prefers routines with a stretch done on both sides, whose
// sheets have the widest log, then the most stretches.
func routineScore(x *site.Routine) int {
	n := len(x.Items)
	for _, it := range x.Items {
		if it.Dose.Sides == dosage.Both {
			n += 100
			break
		}
	}
	return n
}

// most returns the first item with the highest score, or the zero value of
// an empty list.
func most[T any](list []T, score func(T) int) T {
	var best T
	bestScore := -1
	for _, x := range list {
		if sc := score(x); sc > bestScore {
			best, bestScore = x, sc
		}
	}
	return best
}

// runAxe runs axe.mjs on the pages and returns its reports.
func runAxe(t *testing.T, pages []axePage) []axeReport {
	t.Helper()
	var reports []axeReport
	runJSON(t, "axe.mjs", map[string]any{"pages": pages}, &reports)
	return reports
}

// checkCanary checks that axe found the canary page's two violations, which
// proves that it ran and that its report is read.
func checkCanary(t *testing.T, reports []axeReport) {
	t.Helper()
	if len(reports) < 2 || reports[0].Name != "canary" {
		t.Fatalf("axe.mjs reported no canary page first: %+v", reports)
	}
	var ids []string
	for _, v := range reports[0].Violations {
		ids = append(ids, v.ID)
	}
	if got := strings.Join(ids, " "); !strings.Contains(got, "image-alt") || !strings.Contains(got, "color-contrast") {
		t.Fatalf("axe must find image-alt and color-contrast on the canary page, found %q", got)
	}
}

// checkAxe fails the test for a page that did not load cleanly and for
// each of axe's violations, with the rule, its impact, the elements and
// the help page.
func checkAxe(t *testing.T, r axeReport) {
	t.Helper()
	if r.Status != 200 || len(r.Errors) > 0 {
		t.Errorf("loading %s: status %d, errors %q", r.Name, r.Status, r.Errors)
	}
	for _, v := range r.Violations {
		var b strings.Builder
		fmt.Fprintf(&b, "%s (%s): %s; see %s", v.ID, v.Impact, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n\t%s: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
		}
		t.Error(b.String())
	}
}
