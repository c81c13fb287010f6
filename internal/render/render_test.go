package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/limber/limber/internal/site"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenPages names one page of each kind, with its golden file.
func goldenPages() map[string]string {
	return map[string]string{
		"home":        "/handouts/",
		"stretch":     "/handouts/stretches/knee-to-chest/",
		"stretch2":    "/handouts/stretches/hamstring/",
		"routine":     "/handouts/routines/morning-back/",
		"condition":   "/handouts/conditions/osteoporosis/",
		"article":     "/handouts/articles/how-to-stretch/",
		"section":     "/handouts/stretches/",
		"taxonomy":    "/handouts/regions/",
		"term":        "/handouts/regions/lower-back/",
		"sheet":       "/handouts/routines/morning-back/sheet/",
		"sheet-large": "/handouts/routines/morning-back/sheet/large/",
		"notfound":    "/handouts/404.html",
		"builder":     "/handouts/builder/",
		"program":     "/handouts/program/",
	}
}

func mustLoad(t testing.TB, dir string) *Templates {
	t.Helper()
	tm, errs := Load(dir)
	if len(errs) > 0 {
		t.Fatalf("Load: %v", errs)
	}
	return tm
}

func render(t testing.TB, tm *Templates, s *site.Site, p *site.Page) string {
	t.Helper()
	b, err := tm.Page(s, p)
	if err != nil {
		t.Fatalf("Page %s: %v", p.URL, err)
	}
	return string(b)
}

func TestGolden(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	for name, u := range goldenPages() {
		t.Run(name, func(t *testing.T) {
			got := render(t, tm, s, pageOf(t, s, u))
			file := filepath.Join("testdata", name+".html")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run go test -update and review the diff)", u, file)
			}
		})
	}
}

// TestEveryPage checks what must hold on every page of the test site.
func TestEveryPage(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	attr := regexp.MustCompile(`\s(href|src)="([^"]*)"`)
	for _, p := range s.Pages {
		html := render(t, tm, s, p)
		for _, m := range attr.FindAllStringSubmatch(html, -1) {
			if u := m[2]; !strings.HasPrefix(u, s.Root) && !external(u) {
				t.Errorf("%s: %s=%q is neither under %s nor external", p.URL, m[1], u, s.Root)
			}
		}
		checks := []struct {
			what string
			ok   bool
		}{
			{"exactly one <h1>", strings.Count(outsideTemplates(html), "<h1") == 1 ||
				p.Kind == site.KindProgram && strings.Count(html, "<h1") == 1}, // the program's title, when shown
			{"the disclaimer", strings.Contains(html, "does not replace advice from your own clinician")},
			{"the stylesheet under the root", strings.Contains(html, `<link rel="stylesheet" href="/handouts/assets/style.css">`)},
			{"landmarks", strings.Contains(html, "<header") && strings.Contains(html, "<nav") &&
				strings.Contains(html, `<main id="main"`) && strings.Contains(html, "<footer")},
			{"no inline script", onlyScriptFiles(html, s.Root)},
			{"no style attribute", !strings.Contains(html, " style=")},
			{"an alt on every image", strings.Count(html, "<img ") == strings.Count(html, " alt=")},
			{"no failed escaping", !strings.Contains(html, "ZgotmplZ")},
			{"the clinic phone link", strings.Contains(html, `href="tel:&#43;15550100100"`)},
		}
		for _, c := range checks {
			if !c.ok {
				t.Errorf("%s: missing %s", p.URL, c.what)
			}
		}
	}
}

// outsideTemplates returns html without the contents of its <template>
// elements, which the browser does not show until a script fills them in.
func outsideTemplates(html string) string {
	return regexp.MustCompile(`(?s)<template\b.*?</template>`).ReplaceAllString(html, "")
}

// onlyScriptFiles reports whether every <script> of a page loads a file
// from the site's assets and holds no code of its own (a strict Content
// Security Policy allows no inline script), apart from one JSON-LD data
// block, which is not script and which the policy does not block.
func onlyScriptFiles(html, root string) bool {
	tags := regexp.MustCompile(`<script[^>]*>([^<]*)</script>`).FindAllStringSubmatch(html, -1)
	if len(tags) != strings.Count(html, "<script") {
		return false
	}
	data := 0
	for _, m := range tags {
		if strings.HasPrefix(m[0], `<script type="application/ld+json">`) && json.Valid([]byte(m[1])) {
			data++
			continue
		}
		src := strings.TrimPrefix(m[0], `<script type="module"`)
		if !strings.HasPrefix(strings.TrimPrefix(src, "<script"), ` src="`+root+`assets/`) || m[1] != "" {
			return false
		}
	}
	return data <= 1
}

func external(u string) bool {
	for _, p := range []string{"https://", "http://", "mailto:", "tel:", "#"} {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}

func TestTitles(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	tests := []struct{ url, title string }{
		{"/handouts/", "<title>Riverside Stretching Guides</title>"},
		{"/handouts/stretches/cat-cow/", "<title>Cat-cow · Riverside Stretching Guides</title>"},
		{"/handouts/regions/hips/", "<title>Hips · Riverside Stretching Guides</title>"},
	}
	for _, tt := range tests {
		if html := render(t, tm, s, pageOf(t, s, tt.url)); !strings.Contains(html, tt.title) {
			t.Errorf("%s: want %s", tt.url, tt.title)
		}
	}
}

func TestEscapesTitlesAndSummaries(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	html := render(t, tm, s, pageOf(t, s, "/handouts/stretches/hamstring/"))
	for _, want := range []string{
		`<h1>Seated &#34;hamstring&#34; &lt;stretch&gt; &amp; more</h1>`,
		`<meta name="description" content="Sit tall &amp; reach for your toes &lt;gently&gt;.">`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %s", want)
		}
	}
	if strings.Contains(html, "<stretch>") || strings.Contains(html, "<gently>") {
		t.Error("a title or summary went out unescaped")
	}
}

// TestDosageFromModel checks pages show the generated dose sentences.
func TestDosageFromModel(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	r := render(t, tm, s, pageOf(t, s, "/handouts/routines/morning-back/"))
	for _, it := range s.Routines[0].Items {
		if !strings.Contains(r, "<p class=\"item-dose\">"+it.Dosage+"</p>") {
			t.Errorf("routine lacks item dose %q", it.Dosage)
		}
	}
	st := s.Routines[0].Items[1].Stretch
	if html := render(t, tm, s, &st.Page); !strings.Contains(html, "<p>"+st.Dosage+"</p>") {
		t.Errorf("stretch page lacks %q", st.Dosage)
	}
}

// TestConcurrent renders every page from 8 goroutines and expects the same bytes.
func TestConcurrent(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	want := make([][]byte, len(s.Pages))
	for i, p := range s.Pages {
		want[i], _ = tm.Page(s, p)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i, p := range s.Pages {
				got, err := tm.Page(s, p)
				if err != nil || !bytes.Equal(got, want[i]) {
					t.Errorf("%s: concurrent render differs (err %v)", p.URL, err)
				}
			}
		})
	}
	wg.Wait()
}

func TestPageWithWrongData(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	p := &site.Page{Kind: site.KindStretch, URL: "/handouts/x/", Title: "X"}
	if _, err := tm.Page(s, p); err == nil || !strings.Contains(err.Error(), "/handouts/x/") {
		t.Errorf("want an error naming the page, got %v", err)
	}
	p = &site.Page{Kind: "gallery", URL: "/handouts/y/"}
	if _, err := tm.Page(s, p); err == nil {
		t.Error("want an error for an unknown kind")
	}
}
