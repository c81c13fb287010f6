package content

import (
	"path"
	"slices"
	"strings"
)

// languages reads limber.yaml's languages: a list of language tags, none
// twice, the first the site's default. Without it the site has the one
// language of language:, which *lang (already read) holds. When languages
// is given and language: is not, *lang becomes its first; when both are
// given, they must agree on the default.
func languages(v, single value, lang *string) []string {
	items, ok := v.list()
	if !ok || v.absent() {
		return []string{*lang}
	}
	if len(items) == 0 {
		v.errorf("list at least one language, like [en, es]")
		return []string{*lang}
	}
	var out []string
	for _, it := range items {
		s, ok := it.text()
		switch {
		case !ok:
		case !isLanguageTag(s):
			it.errorf("%q is not a language tag: write a code like en, en-US or es", s)
		case slices.Contains(out, s):
			it.errorf("%q is listed twice", s)
		default:
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return []string{*lang}
	}
	if !single.absent() && *lang != out[0] {
		single.errorf("%q is not the first of languages (%s): leave language out, or list it first", *lang, out[0])
	}
	*lang = out[0]
	return out
}

// splitLang splits a page's file name stem into its slug and the language
// of a translation: "cat-cow.es" gives "cat-cow" and "es", "cat-cow"
// gives itself and "". A stem whose last dot is followed by no language
// tag is left whole, for the slug check to report.
func splitLang(stem string) (slug, lang string) {
	i := strings.LastIndexByte(stem, '.')
	if i <= 0 || !isLanguageTag(stem[i+1:]) {
		return stem, ""
	}
	return stem[:i], stem[i+1:]
}

// Translation reports whether the content file name (such as
// "cat-cow.es.md") is a translation of another page, and of which slug.
func Translation(name string) (slug string, ok bool) {
	slug, lang := splitLang(strings.TrimSuffix(name, path.Ext(name)))
	return slug, lang != ""
}

// originalPath returns the path of the original of the translation at p
// ("content/stretches/cat-cow.es.md" gives "content/stretches/cat-cow.md").
func originalPath(p, slug string) string { return path.Join(path.Dir(p), slug+path.Ext(p)) }
