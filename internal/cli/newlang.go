package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/site"
)

// newTranslation writes content/<section>/<slug>.<lang>.md, the
// translation into lang of the page of kind named name: the page whose
// slug is name's slug, or else the one titled name. It refuses a language
// that is not one of limber.yaml's languages after the first, a page that
// does not exist and a translation that does.
func newTranslation(e *env, siteDir, kind, name, lang string) int {
	section, _ := sectionOf(kind)
	if msg := checkLanguage(siteDir, lang); msg != "" {
		fmt.Fprintln(e.stderr, msg)
		return exitFailed
	}
	orig, err := findOriginal(filepath.Join(siteDir, "content", section), name)
	if err != nil {
		fmt.Fprintf(e.stderr, "limber new: %v\n", err)
		return exitFailed
	}
	origRel := "content/" + section + "/" + orig.slug + ".md"
	rel := filepath.Join("content", section, orig.slug+"."+lang+".md")
	text := translationScaffold(kind, lang, orig.title, orig.slug+".md")
	if err := createFile(filepath.Join(siteDir, rel), text); err != nil {
		fmt.Fprintf(e.stderr, "limber new: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(e.stdout, "limber: wrote %s, a translation of %s into %s (a draft: write its words in %s, "+
		"then set draft: false)\n", filepath.ToSlash(rel), origRel, site.LanguageName(lang), site.LanguageName(lang))
	return exitOK
}

// original is the page a new translation translates.
type original struct {
	slug, title string
}

// findOriginal finds in dir, a section's folder, the original page named
// name: the file of name's slug, or else the one page whose title is name
// (ignoring case and spaces at the ends). A translation is never an
// original.
func findOriginal(dir, name string) (original, error) {
	rel := "content/" + filepath.Base(dir) + "/"
	slug := site.Slugify(name)
	if src, err := os.ReadFile(filepath.Join(dir, slug+".md")); err == nil {
		return original{slug, titleOf(rel+slug+".md", src, slug)}, nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	var found []original
	for _, f := range files {
		s := strings.TrimSuffix(filepath.Base(f), ".md")
		src, err := os.ReadFile(f)
		if err != nil || strings.Contains(s, ".") {
			continue
		}
		if t := titleOf(rel+s+".md", src, ""); strings.EqualFold(t, strings.TrimSpace(name)) {
			found = append(found, original{s, t})
		}
	}
	switch len(found) {
	case 0:
		return original{}, fmt.Errorf("%s%s.md does not exist, and no page there is titled %q: --lang translates "+
			"a page that exists; name it by its title or its slug", rel, slug, name)
	case 1:
		return found[0], nil
	}
	return original{}, fmt.Errorf("%d pages in %s are titled %q (%s.md and %s.md): name the one to translate by its slug",
		len(found), rel, name, found[0].slug, found[1].slug)
}

// checkLanguage returns why lang cannot be a translation's language on
// the site in siteDir, or "" when it can: it must be one of limber.yaml's
// languages after the first (the default, whose pages are the originals).
// A limber.yaml with problems gives them, one a line.
func checkLanguage(siteDir, lang string) string {
	cfg := content.DefaultConfig()
	path := filepath.Join(siteDir, "limber.yaml")
	src, err := os.ReadFile(path)
	switch {
	case err == nil:
		c, errs := content.ParseConfig(filepath.ToSlash(path), src)
		if len(errs) > 0 {
			return errs.Error()
		}
		cfg = c
	case !errors.Is(err, fs.ErrNotExist):
		return "limber new: " + err.Error()
	}
	langs := cfg.Languages
	switch {
	case lang == langs[0]:
		return fmt.Sprintf("limber new: %q is the site's default language, whose pages are the originals: "+
			"leave --lang out to write one", lang)
	case !slices.Contains(langs[1:], lang):
		return fmt.Sprintf("limber new: %q is not one of limber.yaml's languages (%s) other than the first: "+
			"add it to languages first, like languages: [%s]", lang, strings.Join(langs, ", "),
			strings.Join(append(slices.Clone(langs), lang), ", "))
	}
	return ""
}

// titleOf returns the title of the page at rel, whose bytes are src, or
// def when it has none that can be read.
func titleOf(rel string, src []byte, def string) string {
	p, _ := content.ParseMarkdownFile(rel, src)
	if s := p.Source(); s != nil && s.Title != "" {
		return s.Title
	}
	return def
}
