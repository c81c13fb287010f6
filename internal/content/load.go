package content

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/parallel"
)

// Options changes what Load keeps.
type Options struct {
	Drafts bool   // keep pages marked draft: true (their front matter is checked either way)
	Cache  *Cache // when set, files unchanged since the last Load are not read or parsed again
}

// Load reads the site folder root: limber.yaml (optional) and every file
// under root/content. Markdown files become pages of their section; other
// files are listed to be copied. Every problem found is returned, sorted;
// the Site is as complete as the problems allow, and is never nil.
func Load(root string, opts Options) (*Site, diag.List) {
	abs, err := filepath.Abs(root)
	if err != nil {
		abs = root
	}
	site := &Site{Root: abs, Config: DefaultConfig()}
	var errs diag.List
	if info, err := os.Stat(filepath.Join(abs, "content")); err != nil || !info.IsDir() {
		errs.Add(diag.Pos{Path: "content"}, "folder not found (run limber in a site folder or pass --site)")
		return site, errs
	}
	cfg, logo := readConfig(abs, &errs)
	site.Config = cfg
	entries, werrs := walkContent(abs)
	errs.Append(werrs)
	var markdown, others []entry
	var files []File
	for _, e := range entries {
		if isMarkdown(e.rel) {
			markdown = append(markdown, e)
		} else {
			others = append(others, e)
			files = append(files, File{Rel: e.rel, Abs: e.abs, Size: e.size, src: e.src})
		}
	}
	measurePictures(files, others, opts.Cache)
	site.Files = files
	pages := readPages(markdown, opts.Cache, &errs)
	checkActive(others, cfg.AllowFiles, opts.Cache, &errs)
	sort.Slice(site.Files, func(i, j int) bool { return site.Files[i].Rel < site.Files[j].Rel })
	checkFiles(site.Files, pages, logo, &errs)
	checkDuplicates(pages, &errs)
	addPages(site, translate(site, pages, opts, &errs), opts)
	errs.Sort()
	return site, errs
}

// isMarkdown reports whether a file name ends in .md, in any case.
func isMarkdown(name string) bool { return strings.EqualFold(path.Ext(name), ".md") }

// readConfig reads root/limber.yaml if it exists.
func readConfig(root string, errs *diag.List) (Config, *fileRef) {
	abs := filepath.Join(root, "limber.yaml")
	if _, err := os.Lstat(abs); errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Lstat(filepath.Join(root, "limber.yml")); err == nil {
			errs.Add(diag.Pos{Path: "limber.yml"}, "rename this file to limber.yaml, the name limber looks for")
		}
		return DefaultConfig(), nil
	}
	src, msg := readSiteFile(root, "limber.yaml")
	if msg != "" {
		errs.Add(diag.Pos{Path: "limber.yaml"}, "%s", msg)
		return DefaultConfig(), nil
	}
	c, logo, cerrs := parseConfig("limber.yaml", src)
	errs.Append(cerrs)
	return c, logo
}

// readPages reads and parses the Markdown files on every CPU, returning
// their pages and problems in the order of files.
func readPages(files []entry, cache *Cache, errs *diag.List) []Page {
	pages := make([][]Page, len(files))
	perrs := make([]diag.List, len(files))
	parallel.For(len(files), func(i int) { pages[i] = cache.read(files[i], &perrs[i]) })
	var all []Page
	for i := range files {
		all = append(all, pages[i]...)
		errs.Append(perrs[i])
	}
	return all
}

// read reads the file the walk saw, up to limit bytes (see origin.read),
// reporting at its path why it cannot.
func (e entry) read(limit int64, over func(size int64) string, errs *diag.List) ([]byte, bool) {
	src, msg := e.src.read(limit, over)
	if msg != "" {
		errs.Add(pos(e.rel), "%s", msg)
		return nil, false
	}
	return src, true
}

// readPage reads and parses one Markdown file; it gives no page when the
// file cannot be read or is in no section.
func readPage(e entry, errs *diag.List) []Page {
	src, ok := e.read(MaxFileBytes, tooLarge, errs)
	if !ok {
		return nil
	}
	page, perrs := ParseMarkdownFile("content/"+e.rel, src)
	errs.Append(perrs)
	if page.Source() == nil {
		return nil
	}
	return []Page{page}
}

// checkFiles reports images, and the clinic logo, that name files which are
// not under content/.
func checkFiles(files []File, pages []Page, logo *fileRef, errs *diag.List) {
	known := make(map[string]bool, len(files))
	for _, f := range files {
		known[f.Rel] = true
	}
	has := func(rel string) bool { return known[rel] }
	for _, p := range pages {
		errs.Append(p.CheckFiles(has))
	}
	if logo != nil && !has(logo.rel) {
		errs.Add(logo.pos, "%s: %q does not exist (this path is relative to the content folder)",
			logo.name, logo.written)
	}
}

// checkDuplicates reports two pages of one section with the same slug,
// which would be written to the same place, and two whose slugs differ only
// in case (Calf.md and calf.md), which would be one file on Windows and
// macOS and on hosts whose file systems ignore case.
func checkDuplicates(pages []Page, errs *diag.List) {
	first := map[string]*Source{}
	for _, p := range pages {
		s := p.Source()
		section, _, _ := strings.Cut(s.Rel, "/")
		key := section + "/" + foldCase(s.Slug) + "." + s.Lang
		other, dup := first[key]
		switch {
		case !dup:
			first[key] = s
		case other.Slug == s.Slug:
			errs.Add(diag.Pos{Path: s.Path},
				"slug %q is also used by %s: rename one of them (slugs must be unique within content/%s, even in subfolders)",
				s.Slug, other.Path, section)
		default:
			errs.Add(diag.Pos{Path: s.Path, Line: 1, Col: 1},
				"slug %q is also used by %s; on Windows and macOS they would be one file", s.Slug, other.Path)
		}
	}
}

// foldCase returns the form of s that two names equal but for case share.
func foldCase(s string) string { return strings.ToLower(strings.ToUpper(s)) }

// addPages puts the pages into their sections, leaving out drafts unless
// asked to keep them, and sorts each section by slug.
func addPages(site *Site, pages []Page, opts Options) {
	for _, p := range pages {
		if p.Source().Draft && !opts.Drafts {
			continue
		}
		switch {
		case p.Stretch != nil:
			site.Stretches = append(site.Stretches, p.Stretch)
		case p.Routine != nil:
			site.Routines = append(site.Routines, p.Routine)
		case p.Condition != nil:
			site.Conditions = append(site.Conditions, p.Condition)
		case p.Article != nil:
			site.Articles = append(site.Articles, p.Article)
		}
	}
	sortBySlug(site.Stretches)
	sortBySlug(site.Routines)
	sortBySlug(site.Conditions)
	sortBySlug(site.Articles)
}

// slugged is any page type; each embeds Source.
type slugged interface {
	*Stretch | *Routine | *Condition | *Article
}

// sortBySlug sorts pages by slug, then by path for equal slugs.
func sortBySlug[T slugged](pages []T) {
	sort.SliceStable(pages, func(i, j int) bool {
		a, b := source(pages[i]), source(pages[j])
		if a.Slug != b.Slug {
			return a.Slug < b.Slug
		}
		return a.Path < b.Path
	})
}

// source returns the Source embedded in any page type.
func source[T slugged](p T) *Source {
	switch v := any(p).(type) {
	case *Stretch:
		return &v.Source
	case *Routine:
		return &v.Source
	case *Condition:
		return &v.Source
	case *Article:
		return &v.Source
	}
	return nil
}
