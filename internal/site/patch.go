package site

import (
	"slices"

	"github.com/limber/limber/internal/content"
)

// setShown sets what a stretch's page and the pages listing it show from
// its front matter, but which no other page is linked or ordered by: its
// file, summary, dose, difficulty, muscles, video, references and
// pictures. Index sets them, and PatchStretch sets them again after an
// edit.
func (s *Site) setShown(st *Stretch, c *content.Stretch) {
	st.front, st.Src, st.Summary = c, &c.Source, c.Summary
	st.Dose, st.Dosage = c.Dose, c.Dose.Sentence()
	st.Difficulty, st.Muscles, st.Video, st.References = c.Difficulty, c.Muscles, c.Video, c.References
	st.Images = nil
	for _, img := range c.Images {
		st.Images = append(st.Images, Image{URL: s.FileURL(img.Src), Alt: img.Alt, Pos: img.Pos})
	}
}

// PatchStretch updates the graph in place after an edit of a stretch's
// file, for limber serve, when the edit leaves the graph's shape alone:
// the stretch keeps its title (lists are sorted by it), kind, position,
// regions, equipment, contraindications, pictures' files and draft state,
// and only what setShown sets differs. The routines that include it get
// their effective doses again. It returns a function that puts everything
// back as it was, or false, changing nothing, when the edit needs the site
// indexed again. The body is not touched: the Markdown stage renders it.
func (s *Site) PatchStretch(st *Stretch, c *content.Stretch) (undo func(), ok bool) {
	if st.front == nil || !sameShape(st.front, c) {
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
		it.Dose = effective(st.Dose, it.override)
		it.Dosage = it.Dose.Sentence()
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

// sameShape reports whether a new parse of a stretch's file keeps
// everything the graph is built on: what pages link to, list under, or sort
// by. Positions may differ (a longer summary moves the lines below it).
func sameShape(was, now *content.Stretch) bool {
	return now.Slug == was.Slug && now.Rel == was.Rel && now.Path == was.Path &&
		now.Title == was.Title && now.Draft == was.Draft && now.Dose.Kind == was.Dose.Kind &&
		now.Position == was.Position && slices.Equal(now.Regions, was.Regions) &&
		slices.Equal(now.Equipment, was.Equipment) &&
		slices.EqualFunc(now.Contraindications, was.Contraindications, func(a, b content.Ref) bool { return a.Slug == b.Slug }) &&
		slices.EqualFunc(now.Images, was.Images, func(a, b content.Image) bool { return a.Src == b.Src })
}
