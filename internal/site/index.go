package site

import (
	"cmp"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/lang"
)

// wordsOf returns the table of language tag in set, or in limber's
// built-in tables when set is nil.
func wordsOf(set *lang.Set, tag string) *lang.Table {
	if set == nil {
		set = lang.Builtin()
	}
	return set.Table(tag)
}

// Options changes how a site is indexed.
type Options struct {
	// BaseURL, when not empty, replaces limber.yaml's base_url: an absolute
	// http(s) URL or a path that starts with "/".
	BaseURL string
	// Strings are the words of pages limber names itself (the section
	// lists, browse pages, the page for a missing path): the site's tables
	// (render.Templates.Strings). nil takes limber's built-in tables.
	Strings *lang.Set
}

// indexer carries the state of one Index call.
type indexer struct {
	s          *Site
	errs       diag.List
	stretches  map[string]*Stretch
	conditions map[string]*Condition
	taxonomies map[string]*Taxonomy
	terms      map[string]*Term // "taxonomy/slug"
	orig       *indexer         // for a translation, the default language's indexer; else nil
}

// Index builds the site graph from loaded content: one graph per
// language (see Translations), each page linked to its versions in the
// others. Every reference that points at a missing page is reported at the
// place it was written.
func Index(cs *content.Site, opts Options) (*Site, diag.List) {
	ix := indexOne(cs, opts, nil)
	errs := ix.errs
	for _, t := range cs.Translations {
		tx := indexOne(t, opts, ix)
		errs.Append(tx.errs)
		ix.s.Translations = append(ix.s.Translations, tx.s)
		ix.s.Pages = append(ix.s.Pages, tx.s.Pages...)
	}
	linkAlternates(ix.s)
	return ix.s, errs
}

// siteWords returns the site's title and disclaimer in the language of w:
// those of the site's own table for it (templates/lang/<code>.yaml's
// site.title and site.disclaimer), else limber.yaml's.
func siteWords(w *lang.Table, title, disclaimer string) (string, string) {
	if w.Has(lang.SiteTitle) {
		title = w.MustT(lang.SiteTitle)
	}
	if w.Has(lang.SiteDisclaimer) {
		disclaimer = w.MustT(lang.SiteDisclaimer)
	}
	return title, disclaimer
}

// indexOne builds the graph of one language. orig is the default
// language's indexer when cs holds a translation, whose pages then live
// under their language's folder; nil for the default language.
func indexOne(cs *content.Site, opts Options, orig *indexer) *indexer {
	ix := &indexer{
		s:          &Site{Config: cs.Config, Files: cs.Files, Lang: cmp.Or(cs.Lang, cs.Config.Language), words: wordsOf(opts.Strings, cmp.Or(cs.Lang, cs.Config.Language))},
		stretches:  map[string]*Stretch{},
		conditions: map[string]*Condition{},
		taxonomies: map[string]*Taxonomy{},
		terms:      map[string]*Term{},
		orig:       orig,
	}
	ix.s.Default = ix.s
	ix.s.Config.Title, ix.s.Config.Disclaimer = siteWords(ix.s.words, cs.Config.Title, cs.Config.Disclaimer)
	ix.setBase(cs.Config.BaseURL, opts.BaseURL)
	if orig != nil {
		ix.s.Default, ix.s.Root = orig.s, ix.s.Base+cs.Lang+"/"
	}
	ix.addHome(ix.s.Config.Title)
	ix.addTaxonomies()
	ix.addConditions(cs.Conditions)
	ix.addStretches(cs.Stretches)
	ix.addRoutines(cs.Routines)
	ix.addArticles(cs.Articles)
	ix.linkBack()
	ix.addSections()
	ix.collectPages()
	if orig == nil { // the files are the same in every language: check them once
		ix.checkOutputs()
		ix.checkPaths()
		ix.checkCase()
	}
	ix.checkSheetLinks()
	return ix
}

// setBase works out the base path and, when known, the absolute base URL.
// The command line checks --base-url and the loader checks limber.yaml with
// content.CheckBaseURL; a value that still fails is reported here.
func (ix *indexer) setBase(fromConfig, override string) {
	base, err := content.CheckBaseURL(cmp.Or(override, fromConfig, "/"))
	u, perr := url.Parse(base)
	if err != nil || perr != nil {
		ix.errs.Add(diag.Pos{Path: "limber.yaml"}, "base URL: %v", cmp.Or(err, perr))
		u = &url.URL{Path: "/"}
	}
	ix.s.Root = cmp.Or(u.EscapedPath(), "/")
	ix.s.Base = ix.s.Root
	if u.Scheme != "" && u.Host != "" {
		ix.s.BaseURL = u.Scheme + "://" + u.Host + ix.s.Root
	}
}

// addHome makes the home page, the page for a missing path and the pages
// of the program builder.
func (ix *indexer) addHome(title string) {
	home := &Home{Page: Page{Title: title}}
	ix.place(home, &home.Page)
	w := ix.s.words
	notFound := &NotFound{Page: Page{Title: w.MustT("page.notfound.title"), Summary: w.MustT("page.notfound.summary")}}
	ix.place(notFound, &notFound.Page)
	builder := &Builder{Page: Page{Title: w.MustT("page.builder.title"), Summary: w.MustT("page.builder.summary")}}
	ix.place(builder, &builder.Page)
	program := &Program{Page: Page{Title: w.MustT("page.program.title"), Summary: w.MustT("page.program.summary")}}
	ix.place(program, &program.Page)
	ix.s.Home, ix.s.NotFound = &home.Page, &notFound.Page
	ix.s.Builder, ix.s.Program = &builder.Page, &program.Page
}

// contentPage fills the common part of a page of a content file; ix.place
// sets the rest once the owner has its slug.
func contentPage(src *content.Source) Page {
	return Page{Title: src.Title, Summary: src.Summary, Src: src}
}

func (ix *indexer) addConditions(list []*content.Condition) {
	for _, c := range list {
		cond := &Condition{Page: contentPage(&c.Source), Condition: c, Slug: c.Slug}
		ix.place(cond, &cond.Page)
		ix.conditions[c.Slug] = cond
		ix.s.Conditions = append(ix.s.Conditions, cond)
	}
	sortByTitle(ix.s.Conditions, func(c *Condition) *Page { return &c.Page })
}

func (ix *indexer) addArticles(list []*content.Article) {
	for _, a := range list {
		art := &Article{
			Page: contentPage(&a.Source), Article: a, Slug: a.Slug,
		}
		ix.place(art, &art.Page)
		ix.s.Articles = append(ix.s.Articles, art)
	}
	sortByTitle(ix.s.Articles, func(a *Article) *Page { return &a.Page })
}

// condition looks up a condition named in front matter, reporting a missing one.
func (ix *indexer) condition(ref content.Ref, from *content.Source) *Condition {
	if c, ok := ix.conditions[ref.Slug]; ok {
		return c
	}
	if ix.orig != nil && ix.orig.conditions[ref.Slug] != nil {
		return fallback(ix, ix.orig.conditions[ref.Slug], "contraindications", "conditions/"+ref.Slug, ref.Pos, from)
	}
	ix.errs.AddCode(ref.Pos, diag.UnknownRef, "contraindications: no condition %q (content/conditions/%s.md does not exist)", ref.Slug, ref.Slug)
	return nil
}

// stretch looks up a stretch named by a routine, reporting a missing one.
func (ix *indexer) stretch(ref content.Ref, from *content.Source) *Stretch {
	if s, ok := ix.stretches[ref.Slug]; ok {
		return s
	}
	if ix.orig != nil && ix.orig.stretches[ref.Slug] != nil {
		return fallback(ix, ix.orig.stretches[ref.Slug], "ref", "stretches/"+ref.Slug, ref.Pos, from)
	}
	ix.errs.AddCode(ref.Pos, diag.UnknownRef, "ref: no stretch %q (content/stretches/%s.md does not exist or is a draft)", ref.Slug, ref.Slug)
	return nil
}

// sortByTitle sorts pages by title, then URL, so order never depends on input order.
func sortByTitle[T any](list []T, page func(T) *Page) {
	slices.SortStableFunc(list, func(a, b T) int {
		return cmp.Compare(page(a).key(), page(b).key())
	})
}

// checkOutputs reports a copied file that would overwrite a page, or that
// has the name of a folder the site's pages need (content/regions, say, or
// content/stretches/cat-cow). Two content files with one slug are reported
// by the loader.
func (ix *indexer) checkOutputs() {
	pages := map[string]*Page{}
	folders := map[string]*Page{}
	for _, p := range ix.s.Pages {
		pages[p.Out] = p
		for dir := path.Dir(p.Out); dir != "."; dir = path.Dir(dir) {
			if folders[dir] == nil {
				folders[dir] = p
			}
		}
	}
	for _, f := range ix.s.Files {
		if p, ok := pages[f.Rel]; ok {
			ix.errs.Add(diag.Pos{Path: "content/" + f.Rel}, "this file would overwrite the page %s: rename or move it", p.URL)
		} else if p, ok := folders[f.Rel]; ok {
			ix.errs.Add(diag.Pos{Path: "content/" + f.Rel}, "this file has the name of a folder the site needs for %s: rename or move it", p.URL)
		}
	}
}

// escapePath percent-encodes a slash path relative to the site root for use
// in a URL ("a#1.svg" becomes "a%231.svg").
func escapePath(rel string) string {
	return strings.TrimPrefix((&url.URL{Path: "/" + rel}).EscapedPath(), "/")
}

// FileURL returns the URL path of a file copied from content/, given its
// slash path relative to content/ ("stretches/a#1.svg" becomes
// "/handouts/stretches/a%231.svg" under /handouts/).
func (s *Site) FileURL(rel string) string { return s.BasePath() + escapePath(rel) }
