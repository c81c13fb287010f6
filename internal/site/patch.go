package site

import (
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
)

// setShown points a stretch at its front matter, where templates read the
// fields that are only shown, and sets what pages show that is made from
// it: its file, summary, dosage sentence and pictures' URLs. Index sets
// them, and PatchStretch sets them again after an edit. A new field that
// is only shown needs nothing here.
func (s *Site) setShown(st *Stretch, c *content.Stretch) {
	st.Stretch, st.Src, st.Summary = c, &c.Source, c.Summary
	st.Dosage = c.Dose.SentenceIn(s.LangSite(&st.Page).Lang)
	st.Images = nil
	for _, img := range c.Images {
		st.Images = append(st.Images, Image{URL: s.FileURL(img.Src), Alt: img.Alt, Pos: img.Pos, Aspect: s.aspect(img.Src)})
	}
}

// aspect returns the shape of the picture file rel (relative to content/),
// or 0 when it is not known or not a file of the site.
func (s *Site) aspect(rel string) float64 {
	i, ok := slices.BinarySearchFunc(s.Files, rel, func(f content.File, rel string) int { return strings.Compare(f.Rel, rel) })
	if !ok {
		return 0
	}
	return s.Files[i].Aspect
}

// PatchStretch updates the graph in place after an edit of a stretch's
// file, for limber serve, when the edit leaves the graph's shape alone:
// the stretch keeps every field its field table calls content.Shape (its
// title, which lists sort by, type, position, regions, equipment,
// contraindications, pictures' files and draft state; see
// content.Stretch.SameShape), and only fields that are shown differ. The
// routines that include it get their effective doses again. It returns a function that puts everything
// back as it was, or false, changing nothing, when the edit needs the site
// indexed again. The body is not touched: the Markdown stage renders it.
func (s *Site) PatchStretch(st *Stretch, c *content.Stretch) (undo func(), ok bool) {
	if st.Stretch == nil || !st.Stretch.SameShape(c) {
		return nil, false
	}
	before := *st
	items := st.items()
	doses := make([]Item, len(items))
	for i, it := range items {
		doses[i] = *it
	}
	s.setShown(st, c)
	for _, it := range items {
		it.Dose = effective(st.Dose, it.RoutineItem.Dose)
		it.Dosage = it.Dose.SentenceIn(s.LangSite(&it.Stretch.Page).Lang)
	}
	return func() {
		*st = before
		for i, it := range items {
			*it = doses[i]
		}
	}, true
}

// items returns the items of every routine that include st.
func (st *Stretch) items() []*Item {
	var out []*Item
	for _, r := range st.Routines {
		for _, it := range r.Items {
			if it.Stretch == st {
				out = append(out, it)
			}
		}
	}
	return out
}
