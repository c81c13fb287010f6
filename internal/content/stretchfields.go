package content

import (
	"cmp"
	"slices"

	"github.com/limber/limber/internal/dosage"
)

// stretchFields is the field table of a stretch, after the fields every
// page shares (commonFields), in the order the decoder reads and reports
// them. A field added here is decoded, listed by Keys, written by limber
// new and kept correct by limber serve; its Go field goes in Stretch, and
// a Shown field reaches templates through site.Stretch, which embeds the
// Stretch it was made from.
func stretchFields() []field[Stretch] {
	return []field[Stretch]{
		{Field: Field{Key: "type", Type: "choice", Example: "static", Role: Shape,
			Doc: "static | dynamic | pnf | ballistic"},
			decode: decodeKind, shape: func(st *Stretch) any { return st.Dose.Kind },
			shared: func(st *Stretch) any { return &st.Dose.Kind }},
		{Field: Field{Key: "hold", Type: "duration", Example: "30s", Role: Shown,
			Doc: "how long to hold: 30s, 45 s, 1m, 1m30s (needed for static and pnf)"},
			decode: decodeHold,
			shared: func(st *Stretch) any { return &st.Dose.Hold }},
		{Field: Field{Key: "reps", Type: "whole number, 1 or more", Example: "3", Role: Shown,
			Doc: "how many times (a whole number, 1 or more)"},
			decode: func(f fields, st *Stretch, _ *Page) {
				if v, ok := f.required("reps"); ok {
					st.Dose.Reps, _ = v.integer(1)
				}
			},
			shared: func(st *Stretch) any { return &st.Dose.Reps }},
		{Field: Field{Key: "sets", Type: "whole number, 1 or more", Default: "1", Example: "1", Role: Shown,
			Doc: "how many rounds of reps"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Dose.Sets = max(f.integer("sets", 1), 1) },
			shared: func(st *Stretch) any { return &st.Dose.Sets }},
		{Field: Field{Key: "sides", Type: "choice", Default: "none", Example: "both", Role: Shown,
			Doc: "both (each side) | left | right | none"},
			decode: func(f fields, st *Stretch, _ *Page) {
				st.Dose.Sides = dosage.Sides(cmp.Or(f.enum("sides", sideNames()), string(dosage.None)))
			},
			shared: func(st *Stretch) any { return &st.Dose.Sides }},
		{Field: Field{Key: "position", Type: "choice", Example: "supine", Role: Shape,
			Doc: "supine | prone | seated | standing | kneeling | side-lying | quadruped"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Position = f.enum("position", Positions()) },
			shape:  func(st *Stretch) any { return st.Position },
			shared: func(st *Stretch) any { return &st.Position }},
		{Field: Field{Key: "difficulty", Type: "choice", Example: "easy", Role: Shown,
			Doc: "easy | moderate | hard"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Difficulty = f.enum("difficulty", Difficulties()) },
			shared: func(st *Stretch) any { return &st.Difficulty }},
		{Field: Field{Key: "regions", Type: "list of slugs", Example: "\n  - lower-back", Role: Shape,
			Doc: "body regions, as slugs; each gets a browse page"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Regions = regions(f) },
			shape:  func(st *Stretch) any { return st.Regions },
			shared: func(st *Stretch) any { return &st.Regions }},
		{Field: Field{Key: "muscles", Type: "list of text", Example: "[]", Role: Shown,
			Doc: "such as: hamstrings, hip flexors"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Muscles = names(f, "muscles", false) },
			shared: func(st *Stretch) any { return &st.Muscles }, ownIfWritten: true}, // names, in each language's words
		{Field: Field{Key: "equipment", Type: "list of text", Example: "[]", Role: Shape,
			Doc: "such as: yoga mat, towel, chair"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Equipment = names(f, "equipment", true) },
			shape:  func(st *Stretch) any { return st.Equipment },
			shared: func(st *Stretch) any { return &st.Equipment }},
		{Field: Field{Key: "contraindications", Type: "list of slugs", Example: "[]", Role: Shape,
			Doc: "slugs of condition pages, such as: osteoporosis"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Contraindications = f.slugs("contraindications") },
			shape:  func(st *Stretch) any { return slugsOf(st.Contraindications) },
			shared: func(st *Stretch) any { return &st.Contraindications }},
		{Field: Field{Key: "easier", Type: "list of slugs", Example: "[]", Role: Shape,
			Doc: "stretches to try when this one is too hard (slugs)"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Easier = f.slugs("easier") },
			shape:  func(st *Stretch) any { return slugsOf(st.Easier) },
			shared: func(st *Stretch) any { return &st.Easier }},
		{Field: Field{Key: "harder", Type: "list of slugs", Example: "[]", Role: Shape,
			Doc: "stretches to try when this one gets easy (slugs)"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Harder = f.slugs("harder") },
			shape:  func(st *Stretch) any { return slugsOf(st.Harder) },
			shared: func(st *Stretch) any { return &st.Harder }},
		{Field: Field{Key: "images", Type: "list of {src, alt}", Example: "[]", Role: Shape,
			Doc: `- {src: my-stretch.svg, alt: "What the picture shows"}`},
			decode: func(f fields, st *Stretch, p *Page) { st.Images = images(f, st.Rel, p) },
			shape:  imageFiles,
			shared: func(st *Stretch) any { return &st.Images }, ownIfWritten: true},
		{Field: Field{Key: "video", Type: "web address", Example: "https://example.org/video", Optional: true,
			Role: Shown, Doc: "a video of the stretch: an http(s) address"},
			decode: func(f fields, st *Stretch, _ *Page) { st.Video = f.url("video") },
			shared: func(st *Stretch) any { return &st.Video }, ownIfWritten: true},
		{Field: Field{Key: "references", Type: "list of {title, url}", Example: "[]", Role: Shown,
			Doc: `- {title: "Source title", url: "https://..."}`},
			decode: func(f fields, st *Stretch, _ *Page) { st.References = references(f) },
			shared: func(st *Stretch) any { return &st.References }, ownIfWritten: true},
	}
}

// decodeKind reads a stretch's required type.
func decodeKind(f fields, st *Stretch, _ *Page) {
	if v, ok := f.required("type"); ok {
		k, _ := v.enum(kindNames())
		st.Dose.Kind = dosage.Kind(k)
	}
}

// decodeHold reads a stretch's hold time, which its type (decoded before
// it) may require.
func decodeHold(f fields, st *Stretch, _ *Page) {
	st.Dose.Hold = f.duration("hold")
	if _, written := f.vals["hold"]; !written && st.Dose.Kind.NeedsHold() && !slices.Contains(f.d.optional, "hold") {
		f.errorf(f.at, "missing required field %q (a %s stretch needs a hold time, like 30s)", "hold", st.Dose.Kind)
	} else if written && f.get("hold").absent() {
		f.get("hold").errorf("must not be empty")
	}
}

// imageFiles returns the files of a stretch's pictures: pages link to
// them, while their alt text is only shown.
func imageFiles(st *Stretch) any {
	var out []string
	for _, img := range st.Images {
		out = append(out, img.Src)
	}
	return out
}
