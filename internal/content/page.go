package content

import (
	"path"
	"strings"

	"github.com/limber/limber/internal/diag"
)

// Page is one Markdown file read by ParseMarkdownFile. The field of the
// file's section is set; all are nil when the path names no section.
type Page struct {
	Stretch   *Stretch
	Routine   *Routine
	Condition *Condition
	Article   *Article

	files []fileRef // files the page names, checked by CheckFiles
}

// fileRef is a file named in front matter, such as an image src.
type fileRef struct {
	rel     string // resolved, relative to content/
	written string // as the author wrote it
	name    string // the field, like "images[0].src"
	pos     diag.Pos
}

// Source returns the part common to every kind of page, or nil when no
// section was recognised.
func (p Page) Source() *Source {
	switch {
	case p.Stretch != nil:
		return &p.Stretch.Source
	case p.Routine != nil:
		return &p.Routine.Source
	case p.Condition != nil:
		return &p.Condition.Source
	case p.Article != nil:
		return &p.Article.Source
	}
	return nil
}

// CheckFiles reports each file the page names (its images) that has does not
// know. has takes a slash path relative to content/. Load calls it with the
// files it found; a watcher can call it again when files come and go.
func (p Page) CheckFiles(has func(rel string) bool) diag.List {
	var errs diag.List
	for _, f := range p.files {
		if !has(f.rel) {
			errs.Add(f.pos, "%s: %q does not exist", f.name, f.written)
		}
	}
	return errs
}

// sections lists the folders under content/ that hold Markdown pages.
func sections() []string { return []string{"stretches", "routines", "conditions", "articles"} }

// ParseMarkdownFile reads one Markdown file of a site without touching the
// disk. path is slash-separated and relative to the site root, such as
// "content/stretches/cat-cow.md"; its folder under content/ says what kind
// of page it is, and its name gives the slug. src is the file's bytes.
//
// Every problem is reported, at its file line and column. Unless the path
// itself is wrong, the page is returned even when there are problems, with
// whatever could be read, so that later checks still see it.
func ParseMarkdownFile(path string, src []byte) (Page, diag.List) {
	return parseMarkdownFile(path, src, true)
}

// parseMarkdownFile is ParseMarkdownFile; fast says whether to try
// fastParse on the front matter before goccy's parser.
func parseMarkdownFile(path string, src []byte, fast bool) (Page, diag.List) {
	var errs diag.List
	s, section, ok := locate(path, &errs)
	if !ok {
		return Page{}, errs
	}
	var p Page
	switch section {
	case "stretches":
		p.Stretch = &Stretch{Source: s}
		table := stretchFields()
		if f, ok := readFront(&p.Stretch.Source, src, keysOf(table), sharedKeys(table, s.Lang), fast, &errs); ok {
			decodeAll(table, f, p.Stretch, &p)
		}
	case "routines":
		p.Routine = &Routine{Source: s}
		table := routineFields()
		if f, ok := readFront(&p.Routine.Source, src, keysOf(table), sharedKeys(table, s.Lang), fast, &errs); ok {
			decodeAll(table, f, p.Routine, &p)
		}
	case "conditions":
		p.Condition = &Condition{Source: s}
		readFront(&p.Condition.Source, src, nil, nil, fast, &errs)
	case "articles":
		p.Article = &Article{Source: s}
		table := articleFields()
		if f, ok := readFront(&p.Article.Source, src, keysOf(table), sharedKeys(table, s.Lang), fast, &errs); ok {
			decodeAll(table, f, p.Article, &p)
		}
	}
	return p, errs
}

// locate works out a Markdown file's section, Rel and slug from its path,
// reporting a file outside the sections and a file name that is not a slug.
func locate(p string, errs *diag.List) (Source, string, bool) {
	pos := diag.Pos{Path: p}
	rel, inContent := strings.CutPrefix(p, "content/")
	section, _, nested := strings.Cut(rel, "/")
	if !inContent || !nested || !validSection(section) {
		errs.Add(pos, "Markdown files belong in content/stretches, content/routines, content/conditions "+
			"or content/articles: move this file into one of them")
		return Source{}, "", false
	}
	name := path.Base(rel)
	slug, lang := splitLang(name[:len(name)-len(path.Ext(name))])
	if !isSlug(slug) {
		msg := "file name %q must be lowercase letters, digits and hyphens"
		if fix := suggestSlug(slug); fix != "" {
			errs.Add(pos, msg+": rename it to %q", name, fix+".md")
		} else {
			errs.Add(pos, msg, name)
		}
	}
	return Source{Path: p, Rel: rel, Slug: slug, Lang: lang}, section, true
}

// validSection reports whether name is one of sections().
func validSection(name string) bool {
	for _, s := range sections() {
		if s == name {
			return true
		}
	}
	return false
}

// readFront reads a Markdown file's text and front matter into s (Body,
// BodyLine, Title, Summary, Draft) and returns the front matter's fields
// for the rest of the page. ok is false when the front matter could not be
// read at all, so that no field is reported as missing because of that.
// own lists the keys of the page's kind, after those every page shares
// (commonFields, which readFront decodes); optional lists required keys a
// translation may leave out (see sharedKeys). fast says whether to try
// fastParse before goccy's parser.
func readFront(s *Source, src []byte, own, optional []string, fast bool, errs *diag.List) (fields, bool) {
	src = normalize(src)
	s.BodyLine = 1
	if !checkUTF8(s.Path, src, errs) || !checkNotEmpty(s.Path, src, errs) {
		return fields{}, false
	}
	sp, ok := splitFrontMatter(s.Path, src, errs)
	if !ok {
		s.Body = src
		return fields{}, false
	}
	s.Body, s.BodyLine = sp.body, sp.bodyLine
	checkHidden(s.Path, s.Body, s.BodyLine, errs)
	d := newDoc(s.Path, sp.yaml, sp.yamlLine, errs)
	d.fast = fast
	d.optional = optional
	body, ok := d.parse(sp.yaml)
	if !ok {
		return fields{}, false
	}
	common := commonFields()
	f, ok := topFields(d, body, append(keysOf(common), own...))
	if !ok {
		return fields{}, false
	}
	decodeAll(common, f, s, nil)
	s.keys = f.positions()
	return f, true
}
