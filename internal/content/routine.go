package content

import (
	"github.com/goccy/go-yaml/ast"

	"github.com/limber/limber/internal/dosage"
)

// routineKeys lists the front matter keys of a routine.
func routineKeys() []string {
	return append(commonKeys(), "frequency", "duration", "warmup", "stretches", "updated", "reviewed_by")
}

// routineItemKeys lists the keys of one item of a routine's stretches.
func routineItemKeys() []string { return []string{"ref", "hold", "reps", "sets", "sides", "notes"} }

// decodeRoutine fills a routine from its front matter fields.
func decodeRoutine(f fields, r *Routine) {
	r.Frequency = f.text("frequency")
	r.Duration = f.text("duration")
	r.Warmup = f.text("warmup")
	r.Updated = f.date("updated")
	r.ReviewedBy = f.text("reviewed_by")
	v, ok := f.required("stretches")
	if !ok {
		return
	}
	items, ok := v.list()
	if ok && len(items) == 0 {
		v.errorf("list at least one stretch, like [cat-cow]")
	}
	for _, it := range items {
		if item, ok := routineItem(it); ok {
			r.Stretches = append(r.Stretches, item)
		}
	}
}

// routineItem reads one item of a routine: a stretch's slug, or a group of
// fields with ref and the parts of the dose this routine changes.
func routineItem(it value) (RoutineItem, bool) {
	switch it.n.(type) {
	case *ast.MappingNode:
	case *ast.SequenceNode:
		it.errorf("want a stretch's slug or ref: and dose fields, got a list")
		return RoutineItem{}, false
	default:
		if it.absent() && !it.bad {
			it.errorf("empty item: write a stretch's slug, like - cat-cow")
			return RoutineItem{}, false
		}
		s, ok := it.slug()
		return RoutineItem{Ref: Ref{Slug: s, Pos: it.pos()}}, ok
	}
	g, _ := it.fields(routineItemKeys())
	var item RoutineItem
	ref, ok := g.required("ref")
	if ok {
		item.Ref.Slug, ok = ref.slug()
		item.Ref.Pos = ref.pos()
	}
	item.Dose = dosage.Dose{
		Hold:  g.duration("hold"),
		Reps:  g.integer("reps", 1),
		Sets:  g.integer("sets", 1),
		Sides: dosage.Sides(g.enum("sides", sideNames())),
	}
	item.Notes = g.text("notes")
	return item, ok
}
