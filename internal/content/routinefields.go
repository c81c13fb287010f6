package content

import "github.com/limber/limber/internal/dosage"

// routineFields is the field table of a routine, after the fields every
// page shares (commonFields), in the order the decoder reads them. A
// Shown field reaches templates through site.Routine, which embeds the
// Routine it was made from.
func routineFields() []field[Routine] {
	return []field[Routine]{
		{Field: Field{Key: "frequency", Type: "text", Example: "daily", Role: Shown,
			Doc: "such as: daily, 3 times a week"},
			decode: func(f fields, r *Routine, _ *Page) { r.Frequency = f.text("frequency") }},
		{Field: Field{Key: "duration", Type: "text", Example: "10 minutes", Role: Shown,
			Doc: "about how long it takes"},
			decode: func(f fields, r *Routine, _ *Page) { r.Duration = f.text("duration") }},
		{Field: Field{Key: "warmup", Type: "text", Example: `"Walk around or march on the spot for 5 minutes."`,
			Role: Shown, Doc: "what to do first"},
			decode: func(f fields, r *Routine, _ *Page) { r.Warmup = f.text("warmup") }},
		{Field: Field{Key: "stretches", Type: "list", Role: Shape,
			Doc: "in order; hold, reps, sets, sides and notes override the stretch for this routine"},
			decode: decodeRoutineStretches, shape: routineShape,
			shared: func(r *Routine) any { return &r.Stretches }},
		{Field: Field{Key: "updated", Type: "date", Example: `""`, Role: Shape, // the sitemap shows it
			Doc: "the date of the last clinical review, as YYYY-MM-DD"},
			decode: func(f fields, r *Routine, _ *Page) { r.Updated = f.date("updated") },
			shape:  func(r *Routine) any { return r.Updated }},
		{Field: Field{Key: "reviewed_by", Type: "text", Example: `""`, Role: Shown,
			Doc: "who reviewed it, with credentials"},
			decode: func(f fields, r *Routine, _ *Page) { r.ReviewedBy = f.text("reviewed_by") }},
	}
}

// routineShape returns what the graph takes from a routine's stretches:
// the Shape fields of each item (its stretch), in order.
func routineShape(r *Routine) any {
	out := make([][]any, len(r.Stretches))
	for i := range r.Stretches {
		out[i] = shapeOf(routineItemFields(), &r.Stretches[i])
	}
	return out
}

// routineItemFields is the field table of one item of a routine's
// stretches, written as a group of fields. Its hold, reps, sets and sides
// replace the stretch's own in this routine.
func routineItemFields() []field[RoutineItem] {
	return []field[RoutineItem]{
		{Field: Field{Key: "ref", Type: "slug", Example: "knee-to-chest", Role: Shape,
			Doc: "the stretch, by its slug"},
			decode: decodeRef, shape: func(it *RoutineItem) any { return it.Ref.Slug }},
		{Field: Field{Key: "hold", Type: "duration", Example: "30s", Optional: true, Role: Shown,
			Doc: "replaces the stretch's own hold"},
			decode: func(g fields, it *RoutineItem, _ *Page) { it.Dose.Hold = g.duration("hold") }},
		{Field: Field{Key: "reps", Type: "whole number", Example: "3", Optional: true, Role: Shown,
			Doc: "replaces the stretch's own reps"},
			decode: func(g fields, it *RoutineItem, _ *Page) { it.Dose.Reps = g.integer("reps", 1) }},
		{Field: Field{Key: "sets", Type: "whole number", Example: "1", Optional: true, Role: Shown,
			Doc: "replaces the stretch's own sets"},
			decode: func(g fields, it *RoutineItem, _ *Page) { it.Dose.Sets = g.integer("sets", 1) }},
		{Field: Field{Key: "sides", Type: "choice", Example: "both", Optional: true, Role: Shown,
			Doc: "replaces the stretch's own sides"},
			decode: func(g fields, it *RoutineItem, _ *Page) {
				it.Dose.Sides = dosage.Sides(g.enum("sides", sideNames()))
			}},
		{Field: Field{Key: "notes", Type: "text", Example: `"Keep your head on the floor."`, Optional: true,
			Role: Shown, Doc: "a short note for this stretch in this routine"},
			decode: func(g fields, it *RoutineItem, _ *Page) { it.Notes = g.text("notes") }},
	}
}

// decodeRef reads an item's required ref, the slug of a stretch; the slug
// stays empty when it is missing or not a slug.
func decodeRef(g fields, it *RoutineItem, _ *Page) {
	if ref, ok := g.required("ref"); ok {
		it.Ref.Slug, _ = ref.slug()
		it.Ref.Pos = ref.pos()
	}
}

// decodeRoutineStretches reads a routine's required list of stretches.
func decodeRoutineStretches(f fields, r *Routine, _ *Page) {
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
