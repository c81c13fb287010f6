package site

import (
	"path"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
)

// languageNames gives, for the languages limber knows, the name of each in
// English (for messages) and in itself (for the language switch).
func languageNames() map[string][2]string {
	return map[string][2]string{
		"en": {"English", "English"},
		"es": {"Spanish", "Español"},
	}
}

// LanguageName returns the name of the language tag in English, or the tag
// itself for a language limber has no name for. "es-MX" is named as "es".
func LanguageName(tag string) string { return nameOf(tag, 0) }

// OwnName returns the name of the language tag in that language, as a
// language switch shows it ("Español"), or the tag itself.
func OwnName(tag string) string { return nameOf(tag, 1) }

// nameOf returns one of the names of tag, or tag.
func nameOf(tag string, i int) string {
	base, _, _ := strings.Cut(tag, "-")
	if n, ok := languageNames()[strings.ToLower(base)]; ok {
		return n[i]
	}
	return tag
}

// fallback returns orig, the default language's version of a page that a
// page of a translation links to and that has no version in its language,
// when limber.yaml allows falling back to it; else it reports the link at
// pos and returns nil. key names the field that links, rel the page, and
// from the file of the page that links (which, for a field a translation
// takes from its original, is not where pos is).
func fallback[T any](ix *indexer, orig *T, key, rel string, pos diag.Pos, from *content.Source) *T {
	if ix.s.Config.TranslationFallback {
		return orig
	}
	who := ""
	if from != nil && from.Path != pos.Path {
		who = path.Base(from.Path) + ", which takes this from here, "
	}
	ix.errs.AddCode(pos, diag.UnknownRef, "%s: %slinks to %s, which has no %s version "+
		"(translate it, or set translation_fallback: true in limber.yaml)", key, who, rel, LanguageName(ix.s.Lang))
	return nil
}

// linkAlternates links every page of s and its Translations to its
// versions in the other languages: pages whose addresses are the same
// below their language's root. A page in one language only, and every page
// of a site of one language, gets none.
func linkAlternates(s *Site) {
	if len(s.Translations) == 0 {
		return
	}
	versions := map[string][]*Page{}
	var order []string
	for _, l := range append([]*Site{s}, s.Translations...) {
		for _, p := range l.own() {
			key := p.URL[len(l.Root):]
			if versions[key] == nil {
				order = append(order, key)
			}
			versions[key] = append(versions[key], p)
		}
	}
	for _, key := range order {
		if len(versions[key]) < 2 {
			continue // in one language only
		}
		for _, p := range versions[key] {
			p.Alternates = versions[key]
		}
	}
}

// own returns the pages of the site's own language: on the default's Site,
// Pages without those of its Translations.
func (s *Site) own() []*Page {
	n := len(s.Pages)
	for _, t := range s.Translations {
		n -= len(t.Pages)
	}
	return s.Pages[:n]
}

// Languages returns the Sites of every language, the default first.
func (s *Site) Languages() []*Site {
	d := s.Default
	if d == nil {
		d = s
	}
	return append([]*Site{d}, d.Translations...)
}

// LangSite returns the Site of the page's language among s's Languages, or s
// when there is none.
func (s *Site) LangSite(p *Page) *Site {
	for _, l := range s.Languages() {
		if l.Lang == p.Lang {
			return l
		}
	}
	return s
}
