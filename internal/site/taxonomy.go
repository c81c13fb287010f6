package site

import (
	"strings"
	"unicode"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
)

// taxonomyNames lists the browse dimensions. A taxonomy's title, the name
// of one of its terms and its summary are the strings
// taxonomy.<name>.title, .singular and .summary of package lang.
func taxonomyNames() []string { return []string{"regions", "types", "positions", "equipment"} }

func (ix *indexer) addTaxonomies() {
	w := ix.s.words
	for _, name := range taxonomyNames() {
		key := "taxonomy." + name
		t := &Taxonomy{
			Page: Page{Title: w.MustT(key + ".title"), Summary: w.MustT(key + ".summary")},
			Name: name, Singular: w.MustT(key + ".singular"),
		}
		ix.place(t, &t.Page)
		ix.taxonomies[name] = t
		ix.s.Taxonomies = append(ix.s.Taxonomies, t)
	}
}

// term returns the term of taxonomy tax for value, creating it on first use,
// and lists s under it.
func (ix *indexer) term(tax, value string, s *Stretch) *Term {
	slug := Slugify(value)
	key := tax + "/" + slug
	t, ok := ix.terms[key]
	if !ok {
		parent := ix.taxonomies[tax]
		t = &Term{
			Page: Page{Title: termTitle(ix.s.words, tax, value)},
			Slug: slug, Taxonomy: parent,
		}
		t.Summary = termSummary(ix.s.words, parent, t.Title)
		ix.place(t, &t.Page)
		ix.terms[key] = t
		parent.Terms = append(parent.Terms, t)
	}
	if n := len(t.Stretches); n == 0 || t.Stretches[n-1] != s {
		t.Stretches = append(t.Stretches, s)
	}
	return t
}

// termTitle names a term in plain words for patients, in the words of w:
// a type or position in limber's words, a region or piece of equipment in
// the site's own (its table's "regions.<slug>", templates/lang/<code>.yaml),
// else the value as the content writes it.
func termTitle(w *lang.Table, tax, value string) string {
	switch tax {
	case "types":
		return typeLabel(w, dosage.Kind(value))
	case "positions":
		return positionLabel(w, value)
	}
	if key := lang.TermKey(tax, Slugify(value)); lang.IsTermKey(key) && w.Has(key) {
		return w.MustT(key)
	}
	return Humanize(value)
}

func termSummary(w *lang.Table, t *Taxonomy, title string) string {
	switch t.Name {
	case "regions", "equipment":
		return w.MustT("term."+t.Name+".summary", strings.ToLower(title))
	}
	return w.MustT("term.summary", t.Singular, title)
}

// TypeLabel names a stretch type in plain words in the site's language.
func (s *Site) TypeLabel(k dosage.Kind) string { return typeLabel(s.Words(), k) }

// PositionLabel names a starting position in everyday words in the site's
// language.
func (s *Site) PositionLabel(p string) string { return positionLabel(s.Words(), p) }

// DifficultyLabel names a difficulty ("easy") in the site's language
// (strings difficulty.<value>), or humanizes one the tables do not name.
func (s *Site) DifficultyLabel(d string) string {
	if key := "difficulty." + d; s.Words().Has(key) {
		return s.Words().MustT(key)
	}
	return Humanize(d)
}

// TypeLabel names a stretch type in plain English words.
func TypeLabel(k dosage.Kind) string { return typeLabel(lang.Builtin().Table(lang.Default), k) }

// typeLabel names a stretch type in the words of w (strings type.<kind>).
func typeLabel(w *lang.Table, k dosage.Kind) string {
	if key := "type." + string(k); w.Has(key) {
		return w.MustT(key)
	}
	return Humanize(string(k))
}

// PositionLabel names a starting position in everyday English words.
func PositionLabel(p string) string { return positionLabel(lang.Builtin().Table(lang.Default), p) }

// positionLabel names a starting position in the words of w (strings
// position.<slug>), or humanizes a position the tables do not name.
func positionLabel(w *lang.Table, p string) string {
	if key := "position." + p; w.Has(key) {
		return w.MustT(key)
	}
	return Humanize(p)
}

// Humanize turns a slug such as "lower-back" into "Lower back".
func Humanize(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "-", " "))
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// Slugify makes a URL segment: lowercase letters and digits of any script,
// with apostrophes dropped and every other run of characters turned into one
// hyphen ("Child's pose" becomes "childs-pose").
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r == '\'' || r == '’' {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}
