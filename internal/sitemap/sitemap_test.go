package sitemap

import (
	"encoding/xml"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

func src(section, slug string, draft bool) content.Source {
	return content.Source{Path: "content/" + section + "/" + slug + ".md", Rel: section + "/" + slug + ".md",
		Slug: slug, Title: slug, Summary: slug + ".", Draft: draft}
}

// fixture is a small site with a draft stretch (the only seated one), a
// reviewed routine (with sheets), an article and a non-ASCII browse term.
func fixture(files ...string) *content.Site {
	dose := dosage.Dose{Kind: dosage.Static, Hold: 30 * time.Second, Reps: 3, Sets: 1, Sides: dosage.Both}
	cs := &content.Site{
		Config: content.Config{Title: "T", BaseURL: "/"},
		Stretches: []*content.Stretch{
			{Source: src("stretches", "calf", false), Dose: dose, Regions: []string{"Étirement"}},
			{Source: src("stretches", "wip", true), Dose: dose, Regions: []string{"neck"}, Position: "seated"},
		},
		Routines: []*content.Routine{{Source: src("routines", "legs", false), Updated: "2026-09-15",
			Stretches: []content.RoutineItem{{Ref: content.Ref{Slug: "calf"}}}}},
		Articles: []*content.Article{{Source: src("articles", "basics", false), Updated: "2026-10-01"}},
	}
	for _, f := range files {
		cs.Files = append(cs.Files, content.File{Rel: f})
	}
	return cs
}

func index(t *testing.T, cs *content.Site, base string) *site.Site {
	t.Helper()
	s, errs := site.Index(cs, site.Options{BaseURL: base})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s
}

// parsed is sitemap.xml read back with encoding/xml.
type parsed struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
}

func TestXML(t *testing.T) {
	const base = "https://owner.github.io/repo/"
	data := XML(index(t, fixture(), base))
	if !strings.HasPrefix(string(data), `<?xml version="1.0" encoding="UTF-8"?>`+"\n") {
		t.Errorf("no XML declaration:\n%s", data)
	}
	var got parsed
	if err := xml.Unmarshal(data, &got); err != nil {
		t.Fatalf("not a valid sitemap: %v\n%s", err, data)
	}
	var locs []string
	mods := map[string]string{}
	for _, u := range got.URLs {
		locs = append(locs, strings.TrimPrefix(u.Loc, base))
		mods[u.Loc] = u.LastMod
		if !strings.HasPrefix(u.Loc, base) {
			t.Errorf("%s is not under %s", u.Loc, base)
		}
	}
	want := []string{"", "stretches/calf/", "routines/legs/", "articles/basics/",
		"stretches/", "routines/", "articles/", "regions/", "regions/%C3%A9tirement/", "types/", "types/static/", "builder/"}
	if !slices.Equal(locs, want) {
		t.Errorf("listed:\n%s\nwant (no draft, sheet, program page or 404.html):\n%s", strings.Join(locs, "\n"), strings.Join(want, "\n"))
	}
	if mods[base+"routines/legs/"] != "2026-09-15" || mods[base+"articles/basics/"] != "2026-10-01" || mods[base] != "" {
		t.Errorf("lastmod = %v, want the routine's and the article's updated dates only", mods)
	}
}

func TestDraftsBuild(t *testing.T) {
	s := index(t, fixture(), "https://x.org/")
	for _, p := range Pages(s) {
		if p.Src != nil && p.Src.Draft {
			t.Errorf("draft %s is listed", p.URL)
		}
	}
	if len(s.Stretches) != 2 {
		t.Fatalf("the fixture should index its draft, as a build with --drafts does")
	}
}

func TestEscapes(t *testing.T) {
	data := string(XML(index(t, fixture(), "https://x.org/a&b/")))
	if !strings.Contains(data, "<loc>https://x.org/a&amp;b/stretches/calf/</loc>") || strings.Contains(data, "a&b") {
		t.Errorf("& in a URL must be written &amp;:\n%s", data)
	}
}

func TestFiles(t *testing.T) {
	tests := []struct {
		name, base string
		own        []string
		want       map[string]string // path -> exact content, or "" to only require it
	}{
		{"full base URL", "https://owner.github.io/repo/", nil, map[string]string{
			"robots.txt":  "User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/repo/sitemap.xml\n",
			"sitemap.xml": "",
		}},
		{"path-only base URL: no sitemap, no Sitemap line", "/repo/", nil, map[string]string{
			"robots.txt": "User-agent: *\nAllow: /\n",
		}},
		{"the site's own robots.txt wins", "https://x.org/", []string{"robots.txt"}, map[string]string{"sitemap.xml": ""}},
		{"the site's own sitemap.xml wins", "https://x.org/", []string{"sitemap.xml", "images/robots.txt"},
			map[string]string{"robots.txt": "User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := Files(index(t, fixture(tt.own...), tt.base))
			got := map[string]string{}
			for _, f := range files {
				got[f.Path] = string(f.Data)
			}
			if len(got) != len(tt.want) {
				t.Errorf("files %v, want %v", keys(got), keys(tt.want))
			}
			for p, w := range tt.want {
				if g, ok := got[p]; !ok || w != "" && g != w {
					t.Errorf("%s = %q, want %q", p, g, w)
				}
			}
		})
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestDeterministic(t *testing.T) {
	a := XML(index(t, fixture(), "https://x.org/"))
	b := XML(index(t, fixture(), "https://x.org/"))
	if string(a) != string(b) {
		t.Error("two sitemaps of one site differ")
	}
}

// TestXMLAlternates checks that a site in two languages lists each page
// with its versions as xhtml:link alternates, and a page in one language
// with none.
func TestXMLAlternates(t *testing.T) {
	cs := fixture()
	cs.Config.Languages = []string{"en", "es"}
	cs.Config.Language = "en"
	es := *cs.Stretches[0]
	es.Title, es.Lang = "Pantorrilla", "es"
	cs.Translations = []*content.Site{{Config: cs.Config, Lang: "es", Stretches: []*content.Stretch{&es}}}
	data := string(XML(index(t, cs, "https://example.org/h/")))
	want := `  <url>
    <loc>https://example.org/h/es/stretches/calf/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/h/stretches/calf/"/>
    <xhtml:link rel="alternate" hreflang="es" href="https://example.org/h/es/stretches/calf/"/>
  </url>
`
	if !strings.Contains(data, want) || !strings.Contains(data, `xmlns:xhtml="http://www.w3.org/1999/xhtml"`) {
		t.Errorf("sitemap.xml lacks\n%s\ngot\n%s", want, data)
	}
	if strings.Contains(data, "es/articles/") || strings.Count(data, "<xhtml:link") != 8*2*2 {
		t.Errorf("want two alternates on each of 8 pages in both languages (home, calf, its lists and browse pages, the builder), no Spanish article; got\n%s", data)
	}
}
