package site

import (
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
)

// addStretches makes a page for each stretch and files it under its terms,
// in title order so that every term lists its stretches by title.
func (ix *indexer) addStretches(list []*content.Stretch) {
	src := map[*Stretch]*content.Stretch{}
	for _, c := range list {
		s := &Stretch{Page: contentPage(&c.Source), Slug: c.Slug}
		ix.place(s, &s.Page)
		ix.s.setShown(s, c)
		for _, ref := range c.Contraindications {
			if cond := ix.condition(ref, &c.Source); cond != nil {
				s.Contraindications = append(s.Contraindications, cond)
			}
		}
		sortByTitle(s.Contraindications, func(c *Condition) *Page { return &c.Page })
		ix.stretches[c.Slug] = s
		ix.s.Stretches = append(ix.s.Stretches, s)
		src[s] = c
	}
	sortByTitle(ix.s.Stretches, func(s *Stretch) *Page { return &s.Page })
	for _, s := range ix.s.Stretches {
		ix.fileUnderTerms(s, src[s])
	}
	ix.linkProgressions(src)
}

// fileUnderTerms adds the stretch to its region, type, position and equipment pages.
func (ix *indexer) fileUnderTerms(s *Stretch, c *content.Stretch) {
	for _, r := range c.Regions {
		s.Regions = appendTerm(s.Regions, ix.term("regions", r, s))
	}
	s.Type = ix.term("types", string(c.Dose.Kind), s)
	if c.Position != "" {
		s.Position = ix.term("positions", c.Position, s)
	}
	for _, e := range c.Equipment {
		s.Equipment = appendTerm(s.Equipment, ix.term("equipment", e, s))
	}
}

// appendTerm adds t unless the list has it already (two spellings of one slug).
func appendTerm(list []*Term, t *Term) []*Term {
	for _, have := range list {
		if have == t {
			return list
		}
	}
	return append(list, t)
}

// addRoutines makes a page for each routine with the effective dose of each item.
func (ix *indexer) addRoutines(list []*content.Routine) {
	for _, c := range list {
		r := &Routine{
			Page: contentPage(&c.Source), Slug: c.Slug,
		}
		ix.place(r, &r.Page)
		ix.addSheets(r)
		for i, it := range c.Stretches {
			if s := ix.stretch(it.Ref, &c.Source); s != nil {
				r.Items = append(r.Items, &Item{N: len(r.Items) + 1, Stretch: s, ref: i})
			}
		}
		setShownRoutine(r, c, ix.s.Lang)
		ix.s.Routines = append(ix.s.Routines, r)
	}
	sortByTitle(ix.s.Routines, func(r *Routine) *Page { return &r.Page })
}

// effective applies a routine's overrides to a stretch's own dose. The kind
// of stretch never changes.
func effective(own, override dosage.Dose) dosage.Dose {
	override.Kind = ""
	return own.With(override)
}

// linkBack fills the reverse links: routines of a stretch, stretches and
// routines of a condition, conditions of a routine, related stretches.
//
// A page of a translation that falls back to the default language's page
// (translation_fallback) is not listed on it: each language's pages list
// only pages in that language.
func (ix *indexer) linkBack() {
	for _, r := range ix.s.Routines {
		seen := map[*Condition]bool{}
		for _, it := range r.Items {
			if it.Stretch.Lang == r.Lang { // not a fallback to the default language's page
				it.Stretch.Routines = appendRoutine(it.Stretch.Routines, r)
			}
			for _, c := range it.Stretch.Contraindications {
				if c.Lang == r.Lang {
					c.Routines = appendRoutine(c.Routines, r)
				}
				if !seen[c] {
					seen[c] = true
					r.Conditions = append(r.Conditions, c)
				}
			}
		}
		sortByTitle(r.Conditions, func(c *Condition) *Page { return &c.Page })
	}
	for _, s := range ix.s.Stretches {
		for _, c := range s.Contraindications {
			if c.Lang == s.Lang {
				c.Stretches = append(c.Stretches, s)
			}
		}
		s.Related = ix.related(s)
	}
}

// appendRoutine adds r unless it is already the last one added (routines are
// visited one at a time, so a repeat is always the last element).
func appendRoutine(list []*Routine, r *Routine) []*Routine {
	if n := len(list); n > 0 && list[n-1] == r {
		return list
	}
	return append(list, r)
}

// maxRelated caps the related stretches shown on a stretch page.
const maxRelated = 6

// related returns up to maxRelated other stretches that share a body region,
// in title order, leaving out those the page already offers as easier or
// harder. Each region's list is already in title order, so only its first
// few entries can make the cut.
func (ix *indexer) related(s *Stretch) []*Stretch {
	seen := map[*Stretch]bool{s: true}
	for _, other := range append(append([]*Stretch(nil), s.Easier...), s.Harder...) {
		seen[other] = true
	}
	look := maxRelated + len(seen)
	var out []*Stretch
	for _, region := range s.Regions {
		for _, other := range region.Stretches[:min(len(region.Stretches), look)] {
			if !seen[other] {
				seen[other] = true
				out = append(out, other)
			}
		}
	}
	sortByTitle(out, func(s *Stretch) *Page { return &s.Page })
	return out[:min(len(out), maxRelated)]
}

// addSheets makes the regular and large-print sheets of a routine.
func (ix *indexer) addSheets(r *Routine) {
	r.Sheet = &Sheet{Routine: r, Page: Page{Title: r.Title, Summary: r.Summary}}
	r.LargeSheet = &Sheet{Routine: r, Large: true, Page: Page{Title: ix.s.words.MustT("sheet.largetitle", r.Title), Summary: r.Summary}}
	r.Sheet.Other, r.LargeSheet.Other = r.LargeSheet, r.Sheet
	ix.place(r.Sheet, &r.Sheet.Page)
	ix.place(r.LargeSheet, &r.LargeSheet.Page)
}
