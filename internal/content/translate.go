package content

import (
	"fmt"
	"path"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/dosage"
)

// sharedKeys lists the keys of a field table that a translation (lang not
// "") shares with its original and so may leave out; nil for an original.
func sharedKeys[T any](table []field[T], lang string) []string {
	if lang == "" {
		return nil
	}
	var out []string
	for _, fd := range table {
		if fd.shared != nil {
			out = append(out, fd.Key)
		}
	}
	return out
}

// inherit gives the translation tr the shared fields of its original: a
// field tr leaves out takes the original's value; a field tr writes must
// equal it (unless a translation may write its own), or is reported at its
// line. origName is the original's file name, for messages.
func inherit[T any](table []field[T], src *Source, tr, orig *T, origName string, errs *diag.List) {
	for _, fd := range table {
		if fd.shared == nil {
			continue
		}
		at := src.At(fd.Key)
		dst, from := reflect.ValueOf(fd.shared(tr)).Elem(), reflect.ValueOf(fd.shared(orig)).Elem()
		fillDoses(dst.Addr().Interface(), from.Interface())
		switch {
		case at.Line == 0:
			dst.Set(from)
		case fd.ownIfWritten:
		case !reflect.DeepEqual(comparable(dst.Interface()), comparable(from.Interface())):
			errs.Add(at, "%s: %s differs from %s's %s; a translation takes the original's typed fields: leave it out",
				fd.Key, show(dst.Interface()), origName, show(from.Interface()))
		}
	}
}

// fillDoses lets a routine's translation list its stretches with notes
// only: an item that overrides no dose takes the dose the original's item
// at the same place overrides, when both list the same stretches in the
// same order (otherwise the lists differ, and that is reported). Any other
// value is left as it is.
func fillDoses(dst, from any) {
	tr, ok1 := dst.(*[]RoutineItem)
	orig, ok2 := from.([]RoutineItem)
	if !ok1 || !ok2 || len(*tr) != len(orig) {
		return
	}
	for i, it := range *tr {
		if it.Ref.Slug != orig[i].Ref.Slug {
			return
		}
	}
	for i := range *tr {
		if (*tr)[i].Dose == (dosage.Dose{}) {
			(*tr)[i].Dose = orig[i].Dose
		}
	}
}

// comparable returns what of a shared value must agree between a
// translation and its original: slugs without positions, and a routine's
// stretches without their notes, which each language writes in its own
// words.
func comparable(v any) any {
	switch x := v.(type) {
	case []Ref:
		return slugsOf(x)
	case []RoutineItem:
		out := make([]string, len(x))
		for i, it := range x {
			out[i] = showItem(it)
		}
		return out
	case []string:
		if len(x) == 0 {
			return []string(nil)
		}
	}
	return v
}

// show writes a shared value as an author would write it in front matter.
func show(v any) string {
	switch x := comparable(v).(type) {
	case time.Duration:
		s := x.String()
		if strings.HasSuffix(s, "m0s") {
			s = strings.TrimSuffix(s, "0s")
		}
		return s
	case []string:
		return "[" + strings.Join(x, ", ") + "]"
	case string:
		if x == "" {
			return `""`
		}
		return x
	}
	return fmt.Sprint(v)
}

// showItem writes a routine's stretch with the dose fields it overrides,
// such as "calf (hold 20s, reps 2)".
func showItem(it RoutineItem) string {
	var parts []string
	d := it.Dose
	for _, p := range []struct {
		key string
		val any
		set bool
	}{{"hold", d.Hold, d.Hold != 0}, {"reps", d.Reps, d.Reps != 0}, {"sets", d.Sets, d.Sets != 0}, {"sides", d.Sides, d.Sides != ""}} {
		if p.set {
			parts = append(parts, p.key+" "+show(p.val))
		}
	}
	if len(parts) == 0 {
		return it.Ref.Slug
	}
	return it.Ref.Slug + " (" + strings.Join(parts, ", ") + ")"
}

// translate moves the translations among pages into one Site per language
// after the default, in the order of cfg.Languages, giving each the shared
// fields of its original, and returns the originals. A translation into a
// language the site does not list, or of a page that does not exist, is
// reported. A translation is left out, as its original is, when either is
// a draft and drafts are not kept.
func translate(site *Site, pages []Page, opts Options, errs *diag.List) []Page {
	originals := map[string]Page{}
	var own, trs []Page
	for _, p := range pages {
		if s := p.Source(); s.Lang == "" {
			own = append(own, p)
			originals[family(s)] = p
		} else {
			trs = append(trs, p)
		}
	}
	bylang := addLanguages(site)
	kept := map[*Site][]Page{}
	for _, p := range trs {
		t, orig, ok := placeTranslation(site, p, bylang, originals, errs)
		if ok && (!orig.Source().Draft || opts.Drafts) {
			kept[t] = append(kept[t], p)
		}
	}
	for _, t := range site.Translations {
		addPages(t, kept[t], opts)
	}
	return own
}

// family returns what a page and its translations share: their folder
// under content/ and their slug.
func family(s *Source) string { return path.Dir(s.Rel) + "/" + s.Slug }

// addLanguages sets the site's language and makes an empty Site for each
// of its other languages, returned by language.
func addLanguages(site *Site) map[string]*Site {
	site.Lang = site.Config.Languages[0]
	bylang := map[string]*Site{}
	for _, l := range site.Config.Languages[1:] {
		t := &Site{Root: site.Root, Config: site.Config, Files: site.Files, Lang: l}
		site.Translations = append(site.Translations, t)
		bylang[l] = t
	}
	return bylang
}

// placeTranslation finds the Site of the translation p's language and its
// original, and gives p the original's shared fields; ok is false, with
// the problem reported, when there is no such language or original.
func placeTranslation(site *Site, p Page, bylang map[string]*Site, originals map[string]Page,
	errs *diag.List) (*Site, Page, bool) {
	s := p.Source()
	t, ok := bylang[s.Lang]
	if !ok {
		errs.Add(diag.Pos{Path: s.Path}, "%q is not one of limber.yaml's languages (%s) other than the first: "+
			"add it to languages, or rename this file", s.Lang, strings.Join(site.Config.Languages, ", "))
		return nil, Page{}, false
	}
	orig, ok := originals[family(s)]
	if !ok {
		errs.Add(diag.Pos{Path: s.Path}, "a translation of %s, which does not exist: "+
			"a translation needs its original beside it", originalPath(s.Path, s.Slug))
		return nil, Page{}, false
	}
	inheritPage(p, orig, errs)
	return t, orig, true
}

// inheritPage gives a translation the shared fields of its original, of
// the same kind since both are in one folder.
func inheritPage(p, orig Page, errs *diag.List) {
	name := path.Base(orig.Source().Path)
	switch {
	case p.Stretch != nil:
		inherit(stretchFields(), &p.Stretch.Source, p.Stretch, orig.Stretch, name, errs)
	case p.Routine != nil:
		inherit(routineFields(), &p.Routine.Source, p.Routine, orig.Routine, name, errs)
	case p.Article != nil:
		inherit(articleFields(), &p.Article.Source, p.Article, orig.Article, name, errs)
	}
}

// Languages returns the site's Sites, one per language: the site itself,
// then its Translations.
func (s *Site) Languages() []*Site { return slices.Concat([]*Site{s}, s.Translations) }
