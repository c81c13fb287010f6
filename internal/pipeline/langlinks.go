package pipeline

import (
	"path"
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/site"
)

// langLinks resolves the links of a page of a translation: a link to a
// page ("calf.md") goes to its version in the page's language when there
// is one, else to the original, which untranslatedLinks then reports
// (unless limber.yaml allows falling back). Files are shared.
type langLinks struct {
	*Links
	lang  string
	pages map[string]string // original's path ("stretches/calf.md") -> URL of its version in lang
}

// For returns the link targets for a page in language lang: l itself for
// the default language.
func (l *Links) For(lang string) markdown.Links {
	if t := l.langs[lang]; t != nil {
		return t
	}
	return l
}

// addLanguages makes the link targets of each translation of s, and notes
// the URLs of the default language's pages made from files.
func (l *Links) addLanguages(s *site.Site) {
	if len(s.Translations) > 0 {
		l.defaults = map[string]string{}
		for _, p := range s.Pages {
			if p.Src != nil && p.Lang == s.Lang {
				l.defaults[p.URL] = strings.TrimSuffix(strings.TrimPrefix(p.URL, s.Root), "/")
			}
		}
	}
	for _, t := range s.Translations {
		ll := &langLinks{Links: l, lang: t.Lang, pages: map[string]string{}}
		for _, p := range t.Pages {
			if p.Src != nil {
				ll.pages[path.Dir(p.Src.Rel)+"/"+p.Src.Slug+path.Ext(p.Src.Rel)] = p.URL
			}
		}
		if l.langs == nil {
			l.langs = map[string]*langLinks{}
		}
		l.langs[t.Lang] = ll
	}
}

// Resolve returns the URL of the page at path in the links' language, or
// of the original page, or of the file at path.
func (ll *langLinks) Resolve(p string) (string, bool) {
	if u, ok := ll.pages[p]; ok {
		return u, true
	}
	return ll.Links.Resolve(p)
}

// untranslated reports the links in the body of p, a page of a
// translation, that lead to a page of the default language: a patient
// reading Spanish must not be sent to English, unless limber.yaml's
// translation_fallback allows it.
func (l *Links) untranslated(p *site.Page, spans []markdown.Span) diag.List {
	if l.defaults == nil || p.Lang == l.site.Lang || l.site.Config.TranslationFallback {
		return nil
	}
	var errs diag.List
	for _, sp := range spans {
		if sp.Kind != markdown.SpanLink {
			continue
		}
		target, _, _ := strings.Cut(sp.URL, "#")
		if rel, ok := l.defaults[target]; ok {
			errs.AddCode(sp.Pos, diag.BrokenLink, "link: links to %s, which has no %s version "+
				"(translate it, or set translation_fallback: true in limber.yaml)", rel, site.LanguageName(p.Lang))
		}
	}
	return errs
}
