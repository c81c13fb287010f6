package render

import (
	"fmt"
	"html/template"
	"testing"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/site"
)

// bigSite is the test site with n stretches (copies of the test stretches
// under new names), each with a Markdown body, indexed.
func bigSite(b *testing.B, n int) *site.Site {
	cs := testContent()
	base := testStretches()
	cs.Stretches = nil
	for i := range n {
		st := *base[i%len(base)]
		st.Slug, st.Title = fmt.Sprintf("s%05d", i), fmt.Sprintf("Stretch %d", n-i)
		st.Path, st.Rel = "content/stretches/"+st.Slug+".md", "stretches/"+st.Slug+".md"
		cs.Stretches = append(cs.Stretches, &st)
	}
	for _, r := range cs.Routines {
		for k := range r.Stretches {
			r.Stretches[k].Ref = content.Ref{Slug: fmt.Sprintf("s%05d", k)}
		}
	}
	s, errs := site.Index(cs, site.Options{})
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	for _, p := range s.Pages {
		if p.Src != nil {
			p.Body = template.HTML("<h2 id=\"steps\">Steps</h2>\n<ol>\n<li>Start slowly.</li>\n<li>Breathe out.</li>\n</ol>\n")
		}
	}
	return s
}

// pagesOf returns the pages of s of kind k.
func pagesOf(s *site.Site, k site.Kind) []*site.Page {
	var out []*site.Page
	for _, p := range s.Pages {
		if p.Kind == k {
			out = append(out, p)
		}
	}
	return out
}

// BenchmarkStretchPage renders the stretch pages of a 1,000-stretch site
// in turn, as a build does (their related cards come from the cache after
// the first pages).
func BenchmarkStretchPage(b *testing.B) {
	tm, s := mustLoad(b, ""), bigSite(b, 1000)
	pages := pagesOf(s, site.KindStretch)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := tm.Page(s, pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListPage renders the list of all 1,000 stretches: "cold" makes
// every card afresh, as the first list of a build does; "cached" reuses
// the cards, as later lists do.
func BenchmarkListPage(b *testing.B) {
	tm, s := mustLoad(b, ""), bigSite(b, 1000)
	list := pageOf(b, s, "/handouts/stretches/")
	for _, cold := range []bool{true, false} {
		b.Run(map[bool]string{true: "cold", false: "cached"}[cold], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if cold {
					tm.memo.use(nil)
				}
				if _, err := tm.Page(s, list); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSheetPage renders the printable sheets of a 1,000-stretch site
// (100 routines, regular and large print) in turn.
func BenchmarkSheetPage(b *testing.B) {
	tm, s := mustLoad(b, ""), bigSite(b, 1000)
	pages := pagesOf(s, site.KindSheet)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := tm.Page(s, pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
}
