// Package site indexes loaded content into the graph that pages are made
// from: every page with its URL and output path, the cross-links between
// stretches, routines, conditions and articles, and the browse pages by body
// region, stretch type, position and equipment.
//
// It is the second stage of the pipeline (load, index, render Markdown,
// check, render templates, write). Facts that span files, such as a routine
// naming a stretch that does not exist, are checked here and reported at the
// position where the slug was written.
package site

import (
	"cmp"
	"html/template"
	"net/url"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/markdown"
)

// Page is what every page has. The type of each kind of page embeds it,
// and Data points back at that owner (see Kind in kinds.go).
type Page struct {
	Kind    Kind // Data's kind, which names the page's template
	Title   string
	Summary string
	URL     string // the page's URL path, with the site's base path in front
	Out     string // the output file, slash path relative to the output folder
	Src     *content.Source
	Body    template.HTML   // the rendered Markdown body, set by the Markdown stage
	Steps   []template.HTML // the items of the body's first ordered list
	StopIf  []template.HTML // the items of the list under the body's "Stop if" heading
	Spans   []markdown.Span // the body's text, links and images with positions, for limber check
	Data    Owner           // the *Stretch, *Routine, ... that owns this page
	Lang    string          // the page's language, a BCP 47 tag such as "en"
	// Alternates lists the versions of the page in every language that has
	// it, this one among them, in the order of limber.yaml's languages; it
	// is nil for a page in one language only.
	Alternates []*Page

	sortKey string // lowercased title, title and URL, made once by key
}

// key returns the page's sort key: by title ignoring case, then by title,
// then by URL, so that order never depends on the order of the input.
func (p *Page) key() string {
	if p.sortKey == "" {
		p.sortKey = strings.ToLower(p.Title) + "\x00" + p.Title + "\x00" + p.URL
	}
	return p.sortKey
}

// Words returns the words of the pages limber names itself, in the
// language of the site's pages (Lang): limber's table with the site's own
// laid over it.
func (s *Site) Words() *lang.Table {
	if s.words == nil {
		return lang.Builtin().Table(cmp.Or(s.Lang, s.Config.Language))
	}
	return s.words
}

// Site is the whole indexed site.
type Site struct {
	Config content.Config
	Root   string // the language's root: the base path ("/" or, say, "/handouts/"), then "es/" for a translation
	Base   string // the base path, the same for every language; copied files and assets live under it
	Lang   string // the language of the pages, a BCP 47 tag
	// Translations holds a Site for each language after the default, in
	// the order of limber.yaml's languages; nil on a translation's Site,
	// whose Default points back.
	Translations []*Site
	Default      *Site  // the default language's Site; itself on the default's
	BaseURL      string // the absolute base URL when known ("https://example.org/handouts/"), else ""
	Home         *Page
	NotFound     *Page        // 404.html, which hosts serve for any path the site does not have
	Builder      *Page        // the program builder, builder/
	Program      *Page        // the page that shows a program from its address, program/
	Stretches    []*Stretch   // sorted by title
	Routines     []*Routine   // sorted by title
	Conditions   []*Condition // sorted by title
	Articles     []*Article   // sorted by title
	Sections     []*Section   // stretches, routines, conditions, articles (those with pages)
	Taxonomies   []*Taxonomy  // regions, types, positions, equipment
	Files        []content.File
	Pages        []*Page // every page, in a fixed order; on the default's Site, those of every language, its own first

	words *lang.Table // the words of the pages limber names itself, in the site's language
}

// AbsURL returns the absolute URL of a page, such as
// "https://example.org/handouts/routines/morning/", percent-encoded so that
// any QR scanner reads it, or "" when the site's base URL is only a path.
func (s *Site) AbsURL(p *Page) string {
	if s.BaseURL == "" {
		return ""
	}
	return s.BaseURL + (&url.URL{Path: p.URL[len(s.BasePath()):]}).EscapedPath()
}

// BasePath returns the base path, which every language shares: Base, or
// Root on a Site made without it (as tests make them).
func (s *Site) BasePath() string { return cmp.Or(s.Base, s.Root) }

// Image is a picture on a page, with its URL resolved.
type Image struct {
	URL string
	Alt string
	Pos diag.Pos // where its src was written
	// Aspect is the picture's height over its width, read from its file
	// (content.File.Aspect), or 0 when it is not known.
	Aspect float64
}

// Stretch is a stretch page and everything linked from it. It embeds the
// front matter it was made from, so that templates read the fields that
// are only shown (.Muscles, .Video, .Dose...) from there; the fields below
// with the name of a front matter field hold what the graph made of it (a
// slug's page, a file's URL) and take its place.
type Stretch struct {
	Page
	*content.Stretch
	Slug              string
	Dosage            string // Dose.Sentence()
	Type              *Term
	Position          *Term // nil when not given
	Regions           []*Term
	Equipment         []*Term
	Contraindications []*Condition
	Images            []Image
	Routines          []*Routine // routines that include it, by title
	Related           []*Stretch // other stretches sharing a region, by title, but not Easier or Harder
	Easier            []*Stretch // stretches to try when this one is too hard, by title (see linkProgressions)
	Harder            []*Stretch // stretches to try when this one gets easy, by title
}

// Routine is a routine page: stretches in order with their effective
// dosage. It embeds the front matter it was made from, whose fields that
// are only shown (.Frequency, .Warmup...) templates read from there.
type Routine struct {
	Page
	*content.Routine
	Slug       string
	Items      []*Item
	Conditions []*Condition // every contraindication of its stretches, by title
	Sheet      *Sheet       // the printable sheet
	LargeSheet *Sheet       // the same sheet in large print
}

// Sheet is the printable one-page handout of a routine, in regular or large
// print. Each variant links to the other.
type Sheet struct {
	Page
	Routine *Routine
	Large   bool
	Other   *Sheet // the other variant
	// Fit is how the regular-print sheet fits on paper; it is unknown
	// (the zero Fit) for the large-print one.
	Fit Fit
}

// Item is one stretch of a routine, with the routine's overrides applied.
// It embeds the item as the routine wrote it, whose fields that are only
// shown (.Notes) templates read from there; its Dose holds only the
// overrides, and Item's own Dose the effective dose.
type Item struct {
	*content.RoutineItem
	N       int // 1-based position in the routine
	Stretch *Stretch
	Dose    dosage.Dose // the stretch's dose with the routine's overrides
	Dosage  string      // Dose.Sentence()
	Pos     diag.Pos    // where the routine names the stretch

	ref int // the index of the item in the routine's front matter
}

// Condition is a condition page: what to take care with, and where.
type Condition struct {
	Page
	*content.Condition
	Slug      string
	Stretches []*Stretch // stretches that name it as a contraindication
	Routines  []*Routine // routines containing any of those stretches
}

// Article is an evidence or education article. It embeds the front
// matter it was made from, whose fields (.Author, .Updated...) templates
// read from there.
type Article struct {
	Page
	*content.Article
	Slug string
}

// Section lists every page of one content section, such as /stretches/.
type Section struct {
	Page
	Name  string  // "stretches", "routines", "conditions", "articles"
	Items []*Page // by title
}

// Taxonomy is one way to browse stretches, such as by body region.
type Taxonomy struct {
	Page
	Name     string // URL segment: "regions", "types", "positions", "equipment"
	Singular string // "Body region", "Type", "Position", "Equipment"
	Terms    []*Term
}

// Term is one value of a taxonomy, such as the lower-back region.
type Term struct {
	Page
	Slug      string
	Taxonomy  *Taxonomy
	Stretches []*Stretch // by title
}
