package site

import (
	"slices"

	"github.com/limber/limber/internal/content"
)

// setShownRoutine sets what a routine's pages show from its front matter
// but which no other page is linked or ordered by: its file, summary (its
// sheets' too), frequency, duration, warm-up, reviewer, and each item's
// dose and notes. Index sets them, and PatchRoutine sets them again after
// an edit.
func setShownRoutine(r *Routine, c *content.Routine) {
	r.front, r.Src, r.Summary = c, &c.Source, c.Summary
	r.Sheet.Summary, r.LargeSheet.Summary = c.Summary, c.Summary
	r.Frequency, r.Duration, r.Warmup, r.ReviewedBy = c.Frequency, c.Duration, c.Warmup, c.ReviewedBy
	for _, it := range r.Items {
		written := c.Stretches[it.ref]
		it.override, it.Notes, it.Pos = written.Dose, written.Notes, written.Ref.Pos
		it.Dose = effective(it.Stretch.Dose, it.override)
		it.Dosage = it.Dose.Sentence()
	}
}

// PatchRoutine updates the graph in place after an edit of a routine's
// file, for limber serve, when the edit leaves the graph's shape alone:
// the routine keeps its title, draft state, review date (the sitemap shows
// it) and the same stretches in the same order, and only what
// setShownRoutine sets differs. It returns a function that puts everything
// back as it was, or false, changing nothing, when the edit needs the site
// indexed again. The body is not touched: the Markdown stage renders it.
func (s *Site) PatchRoutine(r *Routine, c *content.Routine) (undo func(), ok bool) {
	if r.front == nil || !sameRoutineShape(r.front, c) {
		return nil, false
	}
	before, sheet, large := *r, *r.Sheet, *r.LargeSheet
	items := make([]Item, len(r.Items))
	for i, it := range r.Items {
		items[i] = *it
	}
	setShownRoutine(r, c)
	return func() {
		*r, *r.Sheet, *r.LargeSheet = before, sheet, large
		for i, it := range r.Items {
			*it = items[i]
		}
	}, true
}

// sameRoutineShape reports whether a new parse of a routine's file keeps
// everything the graph is built on.
func sameRoutineShape(was, now *content.Routine) bool {
	return now.Slug == was.Slug && now.Rel == was.Rel && now.Path == was.Path &&
		now.Title == was.Title && now.Draft == was.Draft && now.Updated == was.Updated &&
		slices.EqualFunc(now.Stretches, was.Stretches, func(a, b content.RoutineItem) bool { return a.Ref.Slug == b.Ref.Slug })
}
