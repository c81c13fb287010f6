package site

import "github.com/limber/limber/internal/content"

// setShownRoutine points a routine and each of its items at the front
// matter they were made from, where templates read the fields that are
// only shown, and sets what pages show that is made from it: its file,
// summary (its sheets' too), and each item's position and effective dose.
// Index sets them, and PatchRoutine sets them again after an edit. A new
// field that is only shown needs nothing here.
func setShownRoutine(r *Routine, c *content.Routine, language string) {
	r.Routine, r.Src, r.Summary = c, &c.Source, c.Summary
	r.Sheet.Summary, r.LargeSheet.Summary = c.Summary, c.Summary
	for _, it := range r.Items {
		it.RoutineItem = &c.Stretches[it.ref]
		it.Pos = it.Ref.Pos
		it.Dose = effective(it.Stretch.Dose, it.RoutineItem.Dose)
		it.Dosage = it.Dose.SentenceIn(language)
	}
}

// PatchRoutine updates the graph in place after an edit of a routine's
// file, for limber serve, when the edit leaves the graph's shape alone:
// the routine keeps every field its field table calls content.Shape (its
// title, draft state, review date, which the sitemap shows, and the same
// stretches in the same order; see content.Routine.SameShape), and only
// fields that are shown differ. It returns a function that puts everything
// back as it was, or false, changing nothing, when the edit needs the site
// indexed again. The body is not touched: the Markdown stage renders it.
func (s *Site) PatchRoutine(r *Routine, c *content.Routine) (undo func(), ok bool) {
	if r.Routine == nil || !r.Routine.SameShape(c) {
		return nil, false
	}
	before, sheet, large := *r, *r.Sheet, *r.LargeSheet
	items := make([]Item, len(r.Items))
	for i, it := range r.Items {
		items[i] = *it
	}
	setShownRoutine(r, c, s.LangSite(&r.Page).Lang)
	return func() {
		*r, *r.Sheet, *r.LargeSheet = before, sheet, large
		for i, it := range r.Items {
			*it = items[i]
		}
	}, true
}
