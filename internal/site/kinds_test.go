package site

import (
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// kindsFixture is fixture with an article, so that it has a page of every kind.
func kindsFixture() *content.Site {
	cs := fixture()
	cs.Articles = []*content.Article{{Source: src("articles", "why", "Why stretch"), Updated: "2024-05-01"}}
	return cs
}

// TestEveryKindIsMade fails when a kind of page is missing from Kinds, or
// when a page's kind, owner, URL and output file do not agree: every page
// comes from ix.place, which takes them all from the owner.
func TestEveryKindIsMade(t *testing.T) {
	s, errs := Index(kindsFixture(), Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	made := map[Kind]bool{}
	for _, p := range s.Pages {
		made[p.Kind] = true
		if p.Data == nil {
			t.Fatalf("%s: no owner", p.URL)
		}
		if !slices.Contains(Kinds(), p.Kind) {
			t.Errorf("%s: kind %q is not in Kinds", p.URL, p.Kind)
		}
		if k := p.Data.kind(); k != p.Kind {
			t.Errorf("%s: kind %q, but its owner %T says %q", p.URL, p.Kind, p.Data, k)
		}
		if rel := p.Data.path(); p.URL != s.Root+rel || !strings.HasPrefix(p.Out, rel) {
			t.Errorf("%s (%s): the owner's path is %q", p.URL, p.Out, rel)
		}
	}
	for _, k := range Kinds() {
		if !made[k] {
			t.Errorf("no page of kind %q in the test site: add one to kindsFixture", k)
		}
	}
	if len(made) != len(Kinds()) {
		t.Errorf("Kinds lists %d kinds, the site made %d", len(Kinds()), len(made))
	}
}

// TestKindDecisions pins what each kind decides for a page that is not a
// draft: the section that lists it, sitemap.xml, and the page to share.
func TestKindDecisions(t *testing.T) {
	s, errs := Index(kindsFixture(), Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	type decision struct {
		section   string
		inSitemap bool
		canonical string // URL of the canonical page, "" for none
	}
	want := map[string]decision{
		"/handouts/":                        {"", true, "/handouts/"},
		"/handouts/404.html":                {"", false, ""},
		"/handouts/stretches/a-stretch/":    {"stretches", true, "/handouts/stretches/a-stretch/"},
		"/handouts/routines/r/":             {"routines", true, "/handouts/routines/r/"},
		"/handouts/routines/r/sheet/":       {"", false, "/handouts/routines/r/"},
		"/handouts/routines/r/sheet/large/": {"", false, "/handouts/routines/r/"},
		"/handouts/conditions/osteo/":       {"conditions", true, "/handouts/conditions/osteo/"},
		"/handouts/articles/why/":           {"articles", true, "/handouts/articles/why/"},
		"/handouts/stretches/":              {"", true, "/handouts/stretches/"},
		"/handouts/regions/":                {"", true, "/handouts/regions/"},
		"/handouts/regions/hips/":           {"", true, "/handouts/regions/hips/"},
		"/handouts/equipment/":              {"", false, "/handouts/equipment/"}, // no stretch names equipment
	}
	for _, p := range s.Pages {
		w, ok := want[p.URL]
		if !ok {
			continue
		}
		delete(want, p.URL)
		got := decision{p.SectionName(), p.InSitemap(), ""}
		if c := p.CanonicalPage(); c != nil {
			got.canonical = c.URL
		}
		if got != w {
			t.Errorf("%s: got %+v, want %+v", p.URL, got, w)
		}
	}
	for u := range want {
		t.Errorf("no page %s", u)
	}
}
