package render

import (
	"cmp"
	"fmt"
	"html/template"
	"maps"
	"strings"
	"time"
	"unicode"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/qr"
	"github.com/limber/limber/internal/site"
)

// Data is what every template receives as ".". Site and Page are always
// set. Exactly one of the kind fields is set, Page.Data's (see newData); on
// the home page, the page for a missing path (404.html) and the builder and
// program pages none is.
type Data struct {
	Site      *site.Site
	Page      *site.Page
	Stretch   *site.Stretch
	Routine   *site.Routine
	Condition *site.Condition
	Article   *site.Article
	Section   *site.Section
	Taxonomy  *site.Taxonomy
	Term      *site.Term
	Sheet     *site.Sheet

	memo    *memo       // the templates' memo, which keeps the Navs; nil in tests
	strings *lang.Table // the words of the page's language; nil for English
}

// newData fills Data for page p: Site is the Site of the page's language
// (see site.Site.Translations), and the field of its owner's type, none for
// the home page and 404.html. A page whose owner is of a type render does
// not know (or that has none) is an error.
func newData(s *site.Site, p *site.Page) (*Data, error) {
	d := &Data{Site: s.LangSite(p), Page: p}
	switch v := p.Data.(type) {
	case *site.Home, *site.NotFound, *site.Builder, *site.Program:
	case *site.Stretch:
		d.Stretch = v
	case *site.Routine:
		d.Routine = v
	case *site.Condition:
		d.Condition = v
	case *site.Article:
		d.Article = v
	case *site.Section:
		d.Section = v
	case *site.Taxonomy:
		d.Taxonomy = v
	case *site.Sheet:
		d.Sheet = v
	case *site.Term:
		d.Term = v
	default:
		return nil, fmt.Errorf("page %s: a %q page needs its own %s data, got %T", p.URL, p.Kind, p.Kind, p.Data)
	}
	return d, nil
}

// URL returns the URL of a path relative to the site's base path, such as
// "images/logo.svg", with the base path in front: a file every language
// shares.
// Absolute http(s) URLs are returned unchanged.
func (d *Data) URL(rel string) string {
	if strings.HasPrefix(rel, "http://") || strings.HasPrefix(rel, "https://") {
		return rel
	}
	return d.Site.BasePath() + strings.TrimPrefix(rel, "/")
}

// Asset returns the URL of a static file under assets/, such as "style.css".
func (d *Data) Asset(name string) string { return d.URL("assets/" + strings.TrimPrefix(name, "/")) }

// Current reports whether url is the URL of the page being rendered.
func (d *Data) Current(url string) bool { return d.Page.URL == url }

// SectionNamed returns the section list page called name ("stretches",
// "routines", "conditions" or "articles"), or nil when the site has none.
func (d *Data) SectionNamed(name string) *site.Section {
	for _, s := range d.Site.Sections {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// TaxonomyNamed returns the taxonomy called name ("regions", "types",
// "positions" or "equipment"), or nil.
func (d *Data) TaxonomyNamed(name string) *site.Taxonomy { return taxonomyNamed(d.Site, name) }

// taxonomyNamed returns the taxonomy of s called name, or nil.
func taxonomyNamed(s *site.Site, name string) *site.Taxonomy {
	for _, t := range s.Taxonomies {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Nav returns the argument of the "nav" partial (see Nav).
func (d *Data) Nav() *Nav {
	if d.memo == nil {
		return &Nav{Site: d.Site, current: d.Page.URL}
	}
	return d.memo.nav(d.Site, d.Page.Kind, d.Page.URL)
}

// Parent returns the section list page above a content page (the stretches
// list above a stretch), or nil for other pages.
func (d *Data) Parent() *site.Page {
	if sec := d.SectionNamed(d.Page.SectionName()); sec != nil {
		return &sec.Page
	}
	return nil
}

// Funcs returns the functions templates may call besides the built-in ones.
// Only qr returns HTML, an SVG drawing that limber makes itself; none of the
// others marks a string as safe HTML.
//
//	join ", " .Muscles          "hamstrings, calves"
//	durationWords .Dose.Hold    "1 minute 30 seconds"
//	humanize "lower-back"       "Lower back"
//	lower "Lower back"          "lower back"
//	plural 3 "stretch" "stretches"  "3 stretches"
//	T "nav.home"                "Home", a string of the page's language (see stringFuncs)
//	longDate "2024-05-01"       "1 May 2024" in the page's language (unchanged if not a date)
//	tel "+1 (555) 010-0100"     "+15550100100", for href="tel:..."
//	webAddress "https://example.org/a/"  "example.org/a/", to print
//	seq 7                       1, 2, ... 7, for a row of boxes
//	qr .URL "label"             an inline <svg> QR code of the link ("" for "")
//	cached "card" .             the partial "card" rendered with ".", made once
//	                            per site and argument (a pointer such as a
//	                            *site.Stretch) and reused on every page
func Funcs() template.FuncMap {
	m := template.FuncMap{
		"join":          func(sep string, list []string) string { return strings.Join(list, sep) },
		"durationWords": func(d time.Duration) string { return dosage.Words(d) },
		"humanize":      site.Humanize,
		"lower":         strings.ToLower,
		"plural":        plural,
		"tel":           tel,
		"seq":           seq,
		"webAddress":    webAddress,
		"qr":            qrCode,
		"cached":        notBound,
		"cachedEach":    notBound,
	}
	maps.Copy(m, stringFuncs(lang.Builtin().Table(lang.Default)))
	return m
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// webAddress drops "https://" from a link, leaving the address a person
// types into a browser.
func webAddress(link string) string { return strings.TrimPrefix(link, "https://") }

// seq returns the numbers 1 to n (none when n < 1; at most 1000).
func seq(n int) []int {
	n = max(0, min(n, 1000))
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	return s
}

// qrCode draws link as an inline SVG QR code named label, or returns ""
// when link is empty (a site whose base URL is only a path has no link to
// print).
func qrCode(link, label string) (template.HTML, error) {
	if link == "" {
		return "", nil
	}
	return qr.SVG(link, label)
}

// tel keeps the digits of a phone number and a leading plus sign.
func tel(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsDigit(r) && r < 128 || r == '+' && b.Len() == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Lang returns the language of the page, a BCP 47 tag for <html lang> and
// JSON-LD's inLanguage.
func (d *Data) Lang() string { return cmp.Or(d.Page.Lang, d.Site.Lang, d.Site.Config.Language) }

// Alternate is a version of the page in one language, for the head's
// hreflang links and the language switch.
type Alternate struct {
	Lang    string // the BCP 47 tag
	Name    string // the language's name in itself: "English", "Español"
	URL     string // the page's URL path in that language
	AbsURL  string // the absolute URL, or "" when the base URL is only a path
	Current bool   // the page being rendered
}

// Alternates lists the versions of the page in every language that has it,
// in the order of limber.yaml's languages, or nil when the site has one
// language or the page exists in only one.
func (d *Data) Alternates() []Alternate {
	if len(d.Page.Alternates) < 2 {
		return nil
	}
	out := make([]Alternate, len(d.Page.Alternates))
	for i, p := range d.Page.Alternates {
		out[i] = Alternate{Lang: p.Lang, Name: site.OwnName(p.Lang), URL: p.URL,
			AbsURL: d.absolute(p.URL), Current: p == d.Page}
	}
	return out
}

// HeadAlternates is Alternates for the head's hreflang links, which only a
// page that is its own canonical page gives (not a printable sheet, whose
// canonical page is its routine's, nor 404.html), as search engines want.
func (d *Data) HeadAlternates() []Alternate {
	if d.Page.CanonicalPage() != d.Page {
		return nil
	}
	return d.Alternates()
}

// InOtherLanguage reports whether p, a page this one links to, is in
// another language: with limber.yaml's translation_fallback, a page of a
// translation may link to the original of a page not yet translated, and
// the template then shows a notice beside the link.
func (d *Data) InOtherLanguage(p *site.Page) bool { return p != nil && p.Lang != d.Page.Lang }
