package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/site"
)

// indexWith indexes the test content after change, under baseURL.
func indexWith(t *testing.T, baseURL string, change func(*content.Site)) *site.Site {
	t.Helper()
	cs := testContent()
	change(cs)
	s, errs := site.Index(cs, site.Options{BaseURL: baseURL})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s
}

func TestCanonical(t *testing.T) {
	tm := mustLoad(t, "")
	abs := testSiteAt(t, "https://clinic.example.org/handouts/")
	tests := []struct {
		s         *site.Site
		url, want string
	}{
		{abs, "/handouts/", "https://clinic.example.org/handouts/"},
		{abs, "/handouts/stretches/cat-cow/", "https://clinic.example.org/handouts/stretches/cat-cow/"},
		{abs, "/handouts/routines/morning-back/sheet/large/", "https://clinic.example.org/handouts/routines/morning-back/"},
		{abs, "/handouts/404.html", ""},
		{testSite(t), "/handouts/stretches/cat-cow/", ""},
	}
	for _, tt := range tests {
		html := render(t, tm, tt.s, pageOf(t, tt.s, tt.url))
		link := `<link rel="canonical" href="` + tt.want + `">`
		og := `<meta property="og:url" content="` + tt.want + `">`
		if tt.want == "" {
			if strings.Contains(html, `rel="canonical"`) || strings.Contains(html, "og:url") {
				t.Errorf("%s (base %s): want no canonical URL", tt.url, tt.s.Root)
			}
		} else if !strings.Contains(html, link) || !strings.Contains(html, og) {
			t.Errorf("%s: want %s and %s", tt.url, link, og)
		}
	}
}

func TestShare(t *testing.T) {
	const base = "https://clinic.example.org/handouts/"
	png := func(cs *content.Site) {
		cs.Stretches[1].Images = []content.Image{{Src: "stretches/knee to chest.PNG", Alt: "Hug one knee"}}
		cs.Config.Clinic.Logo = "images/logo.png"
	}
	tests := []struct {
		name, base, url string
		change          func(*content.Site)
		want            Share
	}{
		{"stretch picture", base, "/handouts/stretches/knee-to-chest/", png,
			Share{"article", base + "stretches/knee%20to%20chest.PNG", "Hug one knee"}},
		{"routine: its first stretch with a picture", base, "/handouts/routines/morning-back/", func(cs *content.Site) {
			png(cs)
			cs.Stretches[0].Images = nil // cat-cow, the first stretch of the routine
		}, Share{"article", base + "stretches/knee%20to%20chest.PNG", "Hug one knee"}},
		{"logo on other pages", base, "/handouts/regions/", png,
			Share{"website", base + "images/logo.png", "Riverside Physio & Rehab"}},
		{"an SVG is never shown", base, "/handouts/stretches/cat-cow/", func(*content.Site) {}, Share{Type: "article"}},
		{"no absolute URL, no picture", "", "/handouts/stretches/knee-to-chest/", png, Share{Type: "article"}},
		{"not found", base, "/handouts/404.html", png, Share{"website", base + "images/logo.png", "Riverside Physio & Rehab"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := indexWith(t, tt.base, tt.change)
			p := pageOf(t, s, tt.url)
			d, err := newData(s, p)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Share(); got != tt.want {
				t.Errorf("Share() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestShareTags(t *testing.T) {
	tm := mustLoad(t, "")
	s := indexWith(t, "https://clinic.example.org/handouts/", func(cs *content.Site) {
		cs.Stretches[1].Images = []content.Image{{Src: "stretches/k.jpg", Alt: `Hug "one" knee`}}
	})
	html := render(t, tm, s, pageOf(t, s, "/handouts/stretches/knee-to-chest/"))
	for _, want := range []string{
		`<meta property="og:type" content="article">`,
		`<meta property="og:site_name" content="Riverside Stretching Guides">`,
		`<meta property="og:title" content="Knee to chest">`,
		`<meta property="og:description" content="Lying on your back, hug one knee in.">`,
		`<meta property="og:image" content="https://clinic.example.org/handouts/stretches/k.jpg">`,
		`<meta property="og:image:alt" content="Hug &#34;one&#34; knee">`,
		`<meta name="twitter:card" content="summary_large_image">`,
		`<link rel="icon" href="/handouts/assets/favicon.svg" type="image/svg+xml">`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %s", want)
		}
	}
	home := render(t, tm, s, s.Home)
	if !strings.Contains(home, `<meta property="og:description" content="Clear, step-by-step stretches and routines from Riverside Physio &amp; Rehab.">`) ||
		!strings.Contains(home, `<meta name="twitter:card" content="summary">`) {
		t.Error("the home page shares the site's introduction, with a small card when there is no picture")
	}
}

// TestNotFoundPage checks the page for a missing path: every link starts at
// the site's root (it is served at any depth), it links home and to every
// section list, and search engines are asked not to index it.
func TestNotFoundPage(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	if s.NotFound == nil || s.NotFound.Out != "404.html" || s.Pages[len(s.Pages)-1] != s.NotFound {
		t.Fatal("the site must have a 404.html page, last in Pages")
	}
	html := render(t, tm, s, s.NotFound)
	want := []string{`<meta name="robots" content="noindex">`, `<h1>Page not found</h1>`, `<a href="/handouts/">Go to the home page</a>`}
	for _, sec := range s.Sections {
		want = append(want, `<a href="`+sec.URL+`">`+sec.Title+`</a>`)
	}
	for _, w := range want {
		if !strings.Contains(html, w) {
			t.Errorf("missing %s", w)
		}
	}
	for _, m := range attrURLs(html) {
		if !strings.HasPrefix(m, "/handouts/") && !external(m) {
			t.Errorf("link %q is not root-absolute: it breaks when 404.html is served at a deep path", m)
		}
	}
}

// attrURLs returns the values of the href and src attributes of a page.
func attrURLs(html string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`\s(?:href|src)="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		out = append(out, m[1])
	}
	return out
}
