package site

import "slices"

// Kind names what a page shows. Each kind is one Go type that embeds Page
// and implements Owner (a *Stretch, a *Routine, ...), and this file is the
// one place that says, for each kind, its template, its URL, the section
// that lists it, whether sitemap.xml lists it, the page to share for it,
// and which pages show its data.
//
// To add a kind of page:
//  1. here: its Kind constant, its entry in Kinds, and its Owner methods
//     (the compiler refuses a kind that lacks one);
//  2. its type, embedding Page, next to the others in site.go, and the
//     indexer code that makes its pages with ix.place and adds them to
//     Site.Pages in collectPages (pages.go);
//  3. templates/<kind>.html, its built-in template;
//  4. render/data.go: the field of render.Data that templates read it from
//     (newData fails on an owner type it does not know).
//
// And where it applies: check/check.go's page, which picks the rules of a
// page made from a content file by its owner's type; render/nav.go's
// inNavigation, when the main navigation links to pages of the kind; and
// the kind's row in templates/README.md. TestEveryKindIsMade and render's
// TestEveryKindRenders fail when a kind is missing from Kinds, from the
// indexed test site or from the templates.
type Kind string

// The kinds of page limber makes.
const (
	KindHome      Kind = "home"
	KindStretch   Kind = "stretch"
	KindRoutine   Kind = "routine"
	KindCondition Kind = "condition"
	KindArticle   Kind = "article"
	KindSection   Kind = "section"  // a list of every page of one content section
	KindTaxonomy  Kind = "taxonomy" // an index of the terms of one browse dimension
	KindTerm      Kind = "term"     // the stretches that share one term
	KindSheet     Kind = "sheet"    // a routine's printable patient sheet
	KindNotFound  Kind = "notfound" // the page served for a missing path, written to 404.html
	KindBuilder   Kind = "builder"  // where a clinician makes a program for one patient
	KindProgram   Kind = "program"  // where a patient sees the program in its address
)

// Kinds lists every kind of page limber makes.
func Kinds() []Kind {
	return []Kind{KindHome, KindStretch, KindRoutine, KindCondition,
		KindArticle, KindSection, KindTaxonomy, KindTerm, KindSheet, KindNotFound,
		KindBuilder, KindProgram}
}

// Template returns the name of the template file of pages of kind k, such
// as "stretch.html".
func (k Kind) Template() string { return string(k) + ".html" }

// Owner is the value a page is made from, one type per kind: *Home,
// *Stretch, *Routine, *Sheet, *Condition, *Article, *Section, *Taxonomy,
// *Term, *NotFound, *Builder or *Program. Page.Data holds it. Only this package declares owners,
// since only the indexer makes pages.
type Owner interface {
	kind() Kind
	// path returns the page's URL path relative to the site root, such as
	// "stretches/cat-cow/"; a path that ends in "/" (or is "") is written
	// to index.html in that folder.
	path() string
	// section returns the name of the content section whose list page
	// lists the page ("stretches"), or "" for a page not made from a
	// content file.
	section() string
	// inSitemap reports whether sitemap.xml lists the page.
	inSitemap() bool
	// lastMod returns the YYYY-MM-DD date that sitemap.xml gives as the
	// page's last change, or "".
	lastMod() string
	// canonical returns the page to find and share for this one, or nil
	// for a page that has no address of its own.
	canonical() *Page
	// addDependents adds the pages that show the owner's data besides its
	// own page, the home page and its section list (see Site.Dependents).
	addDependents(d *dependents)
}

// place sets the kind, owner, language, URL and output file of the page of
// o, from o's path; the title and summary are the caller's. The URL and the
// output file are two slices of one string, the language's root + path +
// "index.html", which saves an allocation per page (the output file starts
// after the base path, so that a translation's is under its folder).
func (ix *indexer) place(o Owner, p *Page) {
	rel, index := o.path(), ""
	if rel == "" || rel[len(rel)-1] == '/' {
		index = "index.html"
	}
	full := ix.s.Root + rel + index
	url, base := len(ix.s.Root)+len(rel), len(ix.s.Base)
	p.Kind, p.Data, p.URL, p.Out = o.kind(), o, full[:url], full[base:]
	p.Lang = ix.s.Lang
}

// SectionName returns the name of the content section whose list page
// lists p ("stretches" for a stretch), or "" when p is not made from a
// content file.
func (p *Page) SectionName() string { return p.Data.section() }

// InSitemap reports whether sitemap.xml lists p.
func (p *Page) InSitemap() bool { return p.Data.inSitemap() }

// LastMod returns the YYYY-MM-DD date that sitemap.xml gives as p's last
// change (a routine's last review, an article's last update), or "".
func (p *Page) LastMod() string { return p.Data.lastMod() }

// CanonicalPage returns the page to find and share for p: p itself, its
// routine's page for a printable sheet (a print version of it), or nil for
// the page for a missing path, which is served at every address the site
// does not have.
func (p *Page) CanonicalPage() *Page { return p.Data.canonical() }

// Home is the site's front page, at the root.
type Home struct{ Page }

func (*Home) kind() Kind                { return KindHome }
func (*Home) path() string              { return "" }
func (*Home) section() string           { return "" }
func (*Home) inSitemap() bool           { return true }
func (*Home) lastMod() string           { return "" }
func (h *Home) canonical() *Page        { return &h.Page }
func (*Home) addDependents(*dependents) {}

// NotFound is the page served for a missing path, written to 404.html. It
// is not a page of its own: no sitemap entry, no canonical address.
type NotFound struct{ Page }

func (*NotFound) kind() Kind                { return KindNotFound }
func (*NotFound) path() string              { return "404.html" }
func (*NotFound) section() string           { return "" }
func (*NotFound) inSitemap() bool           { return false }
func (*NotFound) lastMod() string           { return "" }
func (*NotFound) canonical() *Page          { return nil }
func (*NotFound) addDependents(*dependents) {}

// Builder is the page where a clinician makes a program for one patient
// from the site's stretches (docs/programs.md). The page is a shell that
// builder.js fills from the catalogue, so no content shows on it.
type Builder struct{ Page }

func (*Builder) kind() Kind                { return KindBuilder }
func (*Builder) path() string              { return "builder/" }
func (*Builder) section() string           { return "" }
func (*Builder) inSitemap() bool           { return true }
func (*Builder) lastMod() string           { return "" }
func (b *Builder) canonical() *Page        { return &b.Page }
func (*Builder) addDependents(*dependents) {}

// Program is the page that shows a patient the program written in its
// address's fragment. Without a fragment it shows nothing of its own, so it
// is not in sitemap.xml and has no address to share.
type Program struct{ Page }

func (*Program) kind() Kind                { return KindProgram }
func (*Program) path() string              { return "program/" }
func (*Program) section() string           { return "" }
func (*Program) inSitemap() bool           { return false }
func (*Program) lastMod() string           { return "" }
func (*Program) canonical() *Page          { return nil }
func (*Program) addDependents(*dependents) {}

// A stretch page is shown on its routines and their sheets, its
// conditions, its browse pages and the stretches that show it as related,
// easier or harder.
func (*Stretch) kind() Kind                    { return KindStretch }
func (s *Stretch) path() string                { return "stretches/" + s.Slug + "/" }
func (*Stretch) section() string               { return "stretches" }
func (s *Stretch) inSitemap() bool             { return !s.Src.Draft }
func (*Stretch) lastMod() string               { return "" }
func (s *Stretch) canonical() *Page            { return &s.Page }
func (s *Stretch) addDependents(d *dependents) { d.stretch(s) }

// A routine page is shown on its sheets, its stretches and its conditions.
func (*Routine) kind() Kind                    { return KindRoutine }
func (r *Routine) path() string                { return "routines/" + r.Slug + "/" }
func (*Routine) section() string               { return "routines" }
func (r *Routine) inSitemap() bool             { return !r.Src.Draft }
func (r *Routine) lastMod() string             { return r.Updated }
func (r *Routine) canonical() *Page            { return &r.Page }
func (r *Routine) addDependents(d *dependents) { d.routine(r) }

// A sheet is a print version of its routine's page: not in sitemap.xml,
// and it names the routine's page as its canonical address. Its routine's
// file makes it, so it has no dependents of its own.
func (*Sheet) kind() Kind { return KindSheet }
func (s *Sheet) path() string {
	if s.Large {
		return "routines/" + s.Routine.Slug + "/sheet/large/"
	}
	return "routines/" + s.Routine.Slug + "/sheet/"
}
func (*Sheet) section() string           { return "" }
func (*Sheet) inSitemap() bool           { return false }
func (*Sheet) lastMod() string           { return "" }
func (s *Sheet) canonical() *Page        { return &s.Routine.Page }
func (*Sheet) addDependents(*dependents) {}

// A condition page is shown on the stretches that name it and on the
// routines and sheets that show it as a caution.
func (*Condition) kind() Kind                    { return KindCondition }
func (c *Condition) path() string                { return "conditions/" + c.Slug + "/" }
func (*Condition) section() string               { return "conditions" }
func (c *Condition) inSitemap() bool             { return !c.Src.Draft }
func (*Condition) lastMod() string               { return "" }
func (c *Condition) canonical() *Page            { return &c.Page }
func (c *Condition) addDependents(d *dependents) { d.condition(c) }

// An article page is shown only on its section list and the home page.
func (*Article) kind() Kind                { return KindArticle }
func (a *Article) path() string            { return "articles/" + a.Slug + "/" }
func (*Article) section() string           { return "articles" }
func (a *Article) inSitemap() bool         { return !a.Src.Draft }
func (a *Article) lastMod() string         { return a.Updated }
func (a *Article) canonical() *Page        { return &a.Page }
func (*Article) addDependents(*dependents) {}

// A section list page, such as /stretches/, is made from no file.
func (*Section) kind() Kind                { return KindSection }
func (s *Section) path() string            { return s.Name + "/" }
func (*Section) section() string           { return "" }
func (*Section) inSitemap() bool           { return true }
func (*Section) lastMod() string           { return "" }
func (s *Section) canonical() *Page        { return &s.Page }
func (*Section) addDependents(*dependents) {}

// A browse index, such as /regions/, is in sitemap.xml when one of its
// terms is: an index with nothing in it is not meant to be found.
func (*Taxonomy) kind() Kind         { return KindTaxonomy }
func (t *Taxonomy) path() string     { return t.Name + "/" }
func (*Taxonomy) section() string    { return "" }
func (*Taxonomy) lastMod() string    { return "" }
func (t *Taxonomy) canonical() *Page { return &t.Page }
func (t *Taxonomy) inSitemap() bool {
	return slices.ContainsFunc(t.Terms, func(term *Term) bool { return term.inSitemap() })
}
func (*Taxonomy) addDependents(*dependents) {}

// A browse page, such as /regions/lower-back/, is in sitemap.xml when it
// lists a stretch that is not a draft.
func (*Term) kind() Kind         { return KindTerm }
func (t *Term) path() string     { return t.Taxonomy.Name + "/" + t.Slug + "/" }
func (*Term) section() string    { return "" }
func (*Term) lastMod() string    { return "" }
func (t *Term) canonical() *Page { return &t.Page }
func (t *Term) inSitemap() bool {
	return slices.ContainsFunc(t.Stretches, func(st *Stretch) bool { return !st.Src.Draft })
}
func (*Term) addDependents(*dependents) {}
