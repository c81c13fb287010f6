package lang

import (
	"embed"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/limber/limber/internal/diag"
)

//go:embed en.yaml es.yaml
var builtinFiles embed.FS

// Default is the language of the reference table, which every other table
// must match key for key.
const Default = "en"

// Set is the tables of a site: the built-in ones, with the site's own
// tables laid over them. It never changes after Load.
type Set struct {
	tables map[string]*Table
}

// Builtin returns the built-in tables only. They are read once: a Set
// never changes, so every caller shares the same one.
func Builtin() *Set { return builtin() }

// builtin reads the built-in tables the first time it is called.
var builtin = sync.OnceValue(func() *Set {
	s, errs := parseBuiltins()
	if len(errs) > 0 {
		// The built-in tables are held to this by the package's tests.
		return &Set{tables: map[string]*Table{}}
	}
	return s
})

// parseBuiltins reads the built-in tables.
func parseBuiltins() (*Set, diag.List) {
	var errs diag.List
	s := &Set{tables: map[string]*Table{}}
	for _, code := range []string{"en", "es"} {
		src, _ := builtinFiles.ReadFile(code + ".yaml")
		s.tables[code] = tableOf(code, parseTable("lang/"+code+".yaml", src, &errs), nil)
	}
	return s, errs
}

// Load returns the built-in tables with siteDir/templates/lang/<code>.yaml
// laid over them: a string of a built-in language replaces limber's, and
// a file of another language adds it, which must then have every key of
// the English table. A key English does not have is an error at its line;
// a missing key is an error naming the key, the file and the English text.
// siteDir "" loads the built-ins only.
func Load(siteDir string) (*Set, diag.List) {
	var files []siteFile
	if siteDir != "" {
		matches, _ := filepath.Glob(filepath.Join(siteDir, "templates", "lang", "*.yaml"))
		for _, m := range matches {
			src, err := os.ReadFile(m)
			rel := "templates/lang/" + filepath.Base(m)
			if err != nil {
				return nil, diag.List{{Pos: diag.Pos{Path: rel}, Msg: err.Error()}}
			}
			files = append(files, siteFile{path: rel, src: src})
		}
	}
	return load(files)
}

// siteFile is one table file of a site.
type siteFile struct {
	path string // "templates/lang/es.yaml"
	src  []byte
}

// load builds the set from the built-in tables and files. The built-in
// tables are shared, not copied: a table never changes, and a file makes
// a new table of its language.
func load(files []siteFile) (*Set, diag.List) {
	var errs diag.List
	s := &Set{tables: maps.Clone(builtin().tables)}
	ref := s.tables[Default]
	for _, f := range files {
		code := strings.TrimSuffix(f.path[strings.LastIndexByte(f.path, '/')+1:], ".yaml")
		if !isTag(code) {
			errs.Add(diag.Pos{Path: f.path}, "%q is not a language tag: name the file for its language, like es.yaml or pt-BR.yaml", code)
			continue
		}
		entries := parseTable(f.path, f.src, &errs)
		for _, e := range entries {
			if !ref.Has(e.key) && !IsTermKey(e.key) && e.key != SiteTitle && e.key != SiteDisclaimer {
				errs.Add(e.pos, "%q is not a string limber shows: check its spelling against the English table", e.key)
			}
		}
		base := s.tables[code]
		if base == nil {
			missing(f.path, ref, entries, &errs)
		}
		s.tables[code] = tableOf(code, entries, base)
	}
	errs.Sort()
	return s, errs
}

// The keys under which a site's table gives the site's title and
// disclaimer in its language, in place of limber.yaml's (which are in the
// default language).
const (
	SiteTitle      = "site.title"
	SiteDisclaimer = "site.disclaimer"
)

// termTaxonomies lists the browse dimensions whose terms are the site's
// own words (a region, a piece of equipment), not limber's: a site table
// may name them, as "regions.lower-back", for pages in its language.
func termTaxonomies() []string { return []string{"regions", "equipment"} }

// IsTermKey reports whether key names one of a site's own terms, such as
// "regions.lower-back" or "equipment.yoga-mat", which only a site's table
// holds (see TermKey).
func IsTermKey(key string) bool {
	tax, slug, ok := strings.Cut(key, ".")
	return ok && slug != "" && slices.Contains(termTaxonomies(), tax)
}

// TermKey returns the key under which a site's table names the term slug
// of taxonomy tax ("regions", "lower-back" gives "regions.lower-back").
func TermKey(tax, slug string) string { return tax + "." + slug }

// missing reports every key of ref that entries leave out.
func missing(path string, ref *Table, entries []entry, errs *diag.List) {
	have := map[string]bool{}
	for _, e := range entries {
		have[e.key] = true
	}
	for _, k := range slices.Sorted(maps.Keys(ref.msgs)) {
		if !have[k] {
			errs.Add(diag.Pos{Path: path}, "missing %q (English: %q)", k, ref.msgs[k].Other)
		}
	}
}

// tableOf makes the table of code from base (nil for none) with entries
// laid over it.
func tableOf(code string, entries []entry, base *Table) *Table {
	t := &Table{code: code, msgs: map[string]Message{}}
	if base != nil {
		maps.Copy(t.msgs, base.msgs)
	}
	for _, e := range entries {
		t.msgs[e.key] = e.msg
	}
	return t
}

// Table returns the table for a language tag: the tag's own, else its
// language's ("es" for "es-MX"), else English, so that a site whose
// language limber has no table for shows English, as it always has.
func (s *Set) Table(tag string) *Table {
	if t := s.tables[tag]; t != nil {
		return t
	}
	if i := strings.IndexByte(tag, '-'); i > 0 {
		if t := s.tables[tag[:i]]; t != nil {
			return t
		}
	}
	if t := s.tables[Default]; t != nil {
		return t
	}
	return &Table{code: Default, msgs: map[string]Message{}}
}

// Codes returns the language tags the set has tables for, sorted.
func (s *Set) Codes() []string { return slices.Sorted(maps.Keys(s.tables)) }

// Keys returns every key of the table, sorted.
func (t *Table) Keys() []string { return slices.Sorted(maps.Keys(t.msgs)) }

// Forms returns the texts of key: its one form, if it has one, and its
// other form. It is for tests that look for a table's words on a page.
func (t *Table) Forms(key string) []string {
	m := t.msgs[key]
	if m.One != "" {
		return []string{m.One, m.Other}
	}
	return []string{m.Other}
}

// MustT is T for Go code whose keys the package's tests check: an unknown
// key gives the key itself in brackets rather than failing a page.
func (t *Table) MustT(key string, args ...any) string {
	s, err := t.T(key, args...)
	if err != nil {
		return fmt.Sprintf("[%s]", key)
	}
	return s
}

// isTag makes a simple check of a BCP 47 tag, as limber.yaml's language:
// a language of two or three letters, then subtags of letters and digits
// joined by hyphens ("es", "es-MX", "pt-BR", "zh-Hant").
func isTag(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if len(part) < 2 || len(part) > 8 || i == 0 && len(part) > 3 {
			return false
		}
		for _, r := range part {
			if !(r >= 'a' && r <= 'z' || i > 0 && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')) {
				return false
			}
		}
	}
	return true
}
