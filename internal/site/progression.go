package site

import "github.com/limber/limber/internal/content"

// linkProgressions fills each stretch's Easier and Harder lists from the
// easier and harder fields of every stretch's front matter. A link written
// on one stretch shows on both: when a stretch names an easier one, that
// one offers it in turn as the next step up, so a clinician writes each
// pair once. Slugs that name no stretch (or a draft), the stretch itself,
// or a stretch that ends up both easier and harder are reported where they
// were written. Both lists are in title order, without repeats.
func (ix *indexer) linkProgressions(src map[*Stretch]*content.Stretch) {
	for _, s := range ix.s.Stretches {
		c := src[s]
		for _, ref := range c.Easier {
			if other := ix.progression("easier", s, ref); other != nil {
				s.Easier = appendStretch(s.Easier, other)
				other.Harder = appendStretch(other.Harder, s)
			}
		}
		for _, ref := range c.Harder {
			if other := ix.progression("harder", s, ref); other != nil {
				s.Harder = appendStretch(s.Harder, other)
				other.Easier = appendStretch(other.Easier, s)
			}
		}
	}
	for _, s := range ix.s.Stretches {
		sortByTitle(s.Easier, func(s *Stretch) *Page { return &s.Page })
		sortByTitle(s.Harder, func(s *Stretch) *Page { return &s.Page })
		ix.checkOrder(s, src[s])
	}
}

// progression looks up the stretch a stretch's easier or harder field
// names, reporting a missing one and the stretch itself.
func (ix *indexer) progression(key string, s *Stretch, ref content.Ref) *Stretch {
	other, ok := ix.stretches[ref.Slug]
	if !ok && ix.orig != nil && ix.orig.stretches[ref.Slug] != nil {
		return fallback(ix, ix.orig.stretches[ref.Slug], key, "stretches/"+ref.Slug, ref.Pos, s.Src)
	}
	switch {
	case !ok:
		ix.errs.Add(ref.Pos, "%s: no stretch %q (content/stretches/%s.md does not exist or is a draft)", key, ref.Slug, ref.Slug)
		return nil
	case other == s:
		ix.errs.Add(ref.Pos, "%s: %q is this stretch itself: name another stretch", key, ref.Slug)
		return nil
	}
	return other
}

// checkOrder reports a stretch named in s's easier or harder field that
// is also on the other side of s, whether written here or on the other
// stretch's page ("a is easier than b" and "b is easier than a").
func (ix *indexer) checkOrder(s *Stretch, c *content.Stretch) {
	for _, ref := range c.Easier {
		if other := ix.stretches[ref.Slug]; other != s && contains(s.Harder, other) {
			ix.errs.Add(ref.Pos, "easier: %q is also harder than this stretch (check the easier and harder fields of both)", ref.Slug)
		}
	}
	for _, ref := range c.Harder {
		if other := ix.stretches[ref.Slug]; other != s && contains(s.Easier, other) {
			ix.errs.Add(ref.Pos, "harder: %q is also easier than this stretch (check the easier and harder fields of both)", ref.Slug)
		}
	}
}

// appendStretch adds s unless the list has it already.
func appendStretch(list []*Stretch, s *Stretch) []*Stretch {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

// contains reports whether list holds s.
func contains(list []*Stretch, s *Stretch) bool {
	for _, have := range list {
		if have == s {
			return true
		}
	}
	return false
}
