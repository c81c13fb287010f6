package render

import (
	"html/template"
	"strings"
	"sync"
	"testing"

	"github.com/limber/limber/internal/content"
)

// TestCachedFollowsTheSite renders a list of cards for one site, then for
// a second site whose stretch has a new title: the second list must show
// it, exactly as a fresh set of templates renders it.
func TestCachedFollowsTheSite(t *testing.T) {
	tm := mustLoad(t, "")
	first := testSite(t)
	old := render(t, tm, first, pageOf(t, first, "/handouts/stretches/"))
	second := indexWith(t, "", func(cs *content.Site) { cs.Stretches[0].Title = "A renamed stretch" })
	got := render(t, tm, second, pageOf(t, second, "/handouts/stretches/"))
	if got == old || !strings.Contains(got, "A renamed stretch") {
		t.Fatalf("the second site's list shows the first site's cards:\n%s", got)
	}
	fresh := mustLoad(t, "")
	if want := render(t, fresh, second, pageOf(t, second, "/handouts/stretches/")); got != want {
		t.Errorf("cached cards differ from fresh ones:\ngot  %s\nwant %s", got, want)
	}
	if again := render(t, tm, second, pageOf(t, second, "/handouts/stretches/")); again != got {
		t.Errorf("rendering the same page twice differs:\n%s\n%s", got, again)
	}
}

func TestCachedArguments(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"term.html": `{{define "main"}}{{cached "x" "a value"}}|{{cached "x" .Term.Title}}|{{cached "t" .Term}}{{cached "t" .Term}}{{end}}` +
			`{{define "x"}}<p>{{.}}</p>{{end}}{{define "t"}}<b>{{.Title}}</b>{{end}}`,
		"condition.html": `{{define "main"}}{{cached "nope" .Condition}}{{end}}`,
	})
	tm, s := mustLoad(t, dir), testSite(t)
	got := render(t, tm, s, pageOf(t, s, "/handouts/regions/hips/"))
	if want := "<p>a value</p>|<p>Hips</p>|<b>Hips</b><b>Hips</b>"; !strings.Contains(got, want) {
		t.Errorf("term page does not hold %q:\n%s", want, got)
	}
	_, err := tm.Page(s, pageOf(t, s, "/handouts/conditions/osteoporosis/"))
	if err == nil || !strings.Contains(err.Error(), `no template named "nope"`) {
		t.Errorf("cached with an unknown template: got %v", err)
	}
}

// TestNavMarksItsOwnPagesOnly renders every page of the test site and
// checks that the navigation marks the page shown as current exactly when
// it is one of its links (the home page, a section list, the regions
// index, the builder), though the pages it does not link to share one rendering.
func TestNavMarksItsOwnPagesOnly(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	links := map[string]bool{s.Root: true, s.Builder.URL: true}
	for _, sec := range s.Sections {
		links[sec.URL] = true
	}
	for _, tx := range s.Taxonomies {
		if tx.Name == "regions" {
			links[tx.URL] = true
		}
	}
	for _, p := range s.Pages {
		html := render(t, tm, s, p)
		nav := html[strings.Index(html, `<nav class="site-nav"`):]
		nav = nav[:strings.Index(nav, "</nav>")]
		marked := strings.Contains(nav, `href="`+p.URL+`" aria-current="page"`)
		if marked != links[p.URL] || strings.Count(nav, "aria-current") > 1 {
			t.Errorf("%s: navigation marks it current: %v, want %v:\n%s", p.URL, marked, links[p.URL], nav)
		}
	}
	tm.memo.use(s)
	a := &Data{Site: s, Page: &s.Stretches[0].Page, memo: tm.memo}
	b := &Data{Site: s, Page: &s.Routines[0].Page, memo: tm.memo}
	home := &Data{Site: s, Page: s.Home, memo: tm.memo}
	if a.Nav() != b.Nav() || a.Nav() == home.Nav() || !home.Nav().Current(s.Root) || a.Nav().Current(a.Page.URL) {
		t.Error("a stretch and a routine should share one Nav that marks nothing; the home page its own")
	}
}

// TestQRMemo asks for one QR code from many pages at once: each gets the
// code qr.SVG makes, and it is encoded once for the site.
func TestQRMemo(t *testing.T) {
	m := &memo{}
	m.use(testSite(t))
	want, err := qrCode("https://clinic.example.org/routines/a/", "QR code")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]template.HTML, 8)
	for i := range got {
		wg.Go(func() { got[i], _ = m.qr("https://clinic.example.org/routines/a/", "QR code") })
	}
	wg.Wait()
	for i, h := range got {
		if h != want {
			t.Errorf("page %d got another code", i)
		}
	}
	if len(m.qrs) != 1 {
		t.Errorf("%d codes kept, want 1", len(m.qrs))
	}
	if h, err := m.qr("", "QR code"); h != "" || err != nil {
		t.Errorf("no link: got %q, %v; want nothing", h, err)
	}
}
