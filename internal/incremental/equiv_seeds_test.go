package incremental

import (
	"fmt"
	"slices"

	"github.com/limber/limber/internal/content"
)

// The seed corpus of FuzzServeEquivalence, written by names: one seed per
// kind of edit (and per front matter field), and long mixed sequences.

// at returns the index of name in list, panicking when it is not there so
// that a seed never silently picks something else.
func at(list []string, name string) byte {
	i := slices.Index(list, name)
	if i < 0 {
		panic(fmt.Sprintf("seed: %q is not one of %q", name, list))
	}
	return byte(i)
}

// step returns the bytes of one edit of the named kind, then its choices.
func step(kind string, choices ...byte) []byte {
	var names []string
	for _, k := range editKinds() {
		names = append(names, k.name)
	}
	return append([]byte{at(names, kind)}, choices...)
}

// with marks an edit to be saved in the same batch as the next one.
func with(s []byte) []byte { return append([]byte{s[0] | 0x80}, s[1:]...) }

// seq joins the options byte (see equivOptions) and steps into an input.
func seq(opts byte, steps ...[]byte) []byte {
	return slices.Concat(append([][]byte{{opts}}, steps...)...)
}

// page returns the choices that name a Markdown file (see pickPage).
func page(section, slug string) []byte {
	return []byte{at(sections, section), at(slugsOf(section), slug)}
}

// field returns a step setting a front matter field of a stretch, routine,
// condition or article.
func field(section, slug, key, val string) []byte {
	switch section {
	case "stretches":
		return step("stretch-field", at(stretchSlugs, slug), at(content.Keys(section), key), at(stretchValues[key], val))
	case "routines":
		return step("routine-field", at(routineSlugs, slug), at(content.Keys(section), key), at(routineValues[key], val))
	}
	return step("page-field", at([]string{"conditions", "articles"}, section), at(slugsOf(section), slug),
		at(content.Keys(section), key), at(pageValues[key], val))
}

// item returns a step editing item k of a routine: op 0 adds (val picks the
// stretch), 1 removes, 2 moves it down, 3 sets key to itemValues[key][val].
func item(slug string, op, k byte, key string, val byte) []byte {
	return step("routine-item", at(routineSlugs, slug), op, k, at(content.Keys("routines.stretches"), key), val)
}

// body returns a step editing a body (see editBody for op).
func body(section, slug string, op, k byte, phrase string) []byte {
	return step("body", append(page(section, slug), op, k, at(phrases, phrase))...)
}

// fieldSeeds returns seeds that set every front matter field of every
// kind, two fields a seed: each to its last value (often a removal or a
// broken value), then to its first.
func fieldSeeds() [][]byte {
	var out [][]byte
	targets := []struct {
		section, slug string
		values        map[string][]string
	}{
		{"stretches", "knee-to-chest", stretchValues}, {"routines", "morning-back", routineValues},
		{"conditions", "osteoporosis", pageValues}, {"articles", "stretching-basics", pageValues},
	}
	for i, tg := range targets {
		for pair := range slices.Chunk(content.Keys(tg.section), 2) {
			var steps [][]byte
			for _, key := range pair {
				vals := tg.values[key]
				steps = append(steps, field(tg.section, tg.slug, key, vals[len(vals)-1]), field(tg.section, tg.slug, key, vals[0]))
			}
			out = append(out, seq(byte(i%4), steps...))
		}
	}
	return out
}

// restoreAll is restore's choice that puts back the whole sample site.
var restoreAll = byte(len(sampleFiles))

// equivSeeds returns FuzzServeEquivalence's seed corpus.
func equivSeeds() [][]byte {
	const kc, mb = "knee-to-chest", "morning-back"
	seeds := fieldSeeds()
	var items [][]byte
	for _, key := range content.Keys("routines.stretches") {
		items = append(items, item(mb, 3, 1, key, 2), item(mb, 3, 1, key, 0))
	}
	seeds = append(seeds,
		seq(0, items...),
		seq(1, item(mb, 0, 0, "ref", 2), item(mb, 0, 3, "ref", 9), item(mb, 1, 3, "ref", 0), item(mb, 2, 0, "ref", 0),
			item("desk-break", 3, 0, "hold", 4), item("desk-break", 1, 0, "ref", 0), field("routines", mb, "stretches", " []")),
		seq(2, body("stretches", kc, 0, 1, "Go slowly."), body("stretches", kc, 1, 0, "Your knee hurts."),
			body("stretches", kc, 2, 0, phrases[0]), body("stretches", kc, 3, 0, "This stretch helps a stiff back."),
			body("articles", "stretching-basics", 3, 2, "Go slowly."), body("routines", mb, 0, 0, "Go slowly.")),
		seq(0, body("stretches", "lunge", 4, 0, phrases[0]), body("conditions", "pregnancy", 4, 3, phrases[0]),
			body("conditions", "pregnancy", 7, 0, phrases[0]), body("stretches", "lunge", 7, 0, phrases[0]), body("stretches", "cat-cow", 5, 7, phrases[0]),
			body("stretches", "cat-cow", 5, 8, phrases[0]), body("stretches", "cat-cow", 5, 10, phrases[0]),
			body("stretches", "cat-cow", 7, 0, phrases[0]), body("stretches", "cat-cow", 7, 0, phrases[0])),
		seq(0, body("stretches", kc, 6, 0, phrases[0]), body("stretches", kc, 1, 0, "You feel dizzy."), body("stretches", kc, 6, 0, phrases[0])),
		// The same edits of English bodies on the site in English and
		// Spanish (options bit 4), then of front matter that the Spanish
		// pages show.
		seq(6, body("stretches", kc, 0, 1, "Go slowly."), body("stretches", kc, 1, 0, "Your knee hurts."),
			body("stretches", kc, 3, 0, "This stretch helps a stiff back."), body("articles", "stretching-basics", 3, 2, "Go slowly."),
			body("routines", mb, 0, 0, "Go slowly."), field("stretches", kc, "hold", " 45s"), body("stretches", kc, 0, 1, "Go slowly.")),
		// Long steps run morning-back's sheet onto two pages (sheet-long,
		// sheet-pages), and a short one brings it back to one.
		seq(0, body("stretches", kc, 8, 0, phrases[0]), body("stretches", "cat-cow", 8, 1, phrases[0]),
			body("stretches", "supine-hamstring", 8, 0, phrases[0]), body("stretches", "cat-cow", 0, 1, phrases[0]),
			body("stretches", kc, 0, 0, phrases[0])),
		seq(4, body("stretches", kc, 8, 0, phrases[0]), body("stretches", "cat-cow", 8, 1, phrases[0]),
			body("stretches", kc, 0, 0, phrases[0])),
		seq(1, step("add-page", 0, 0), step("picture", 3, 0), body("stretches", "lunge", 4, 2, phrases[0]),
			step("add-page", 0, 1), step("add-page", 0, 2), step("delete", 1, 0, 8), step("add-page", 1, 0),
			step("add-page", 0, 0), step("add-page", 2, 0), step("add-page", 3, 0), step("add-page", 2, 1),
			step("add-page", 3, 1), step("restore", restoreAll)),
		seq(0, step("delete", 1, 0, 2), step("restore", at(sampleFiles, "content/stretches/knee-to-chest.md")),
			step("delete", 0, 0), step("restore", at(sampleFiles, "content/stretches/cat-cow.svg")),
			step("delete", 1, 2, 4), step("delete", 1, 3, 0), step("restore", restoreAll)),
		seq(3, step("rename", 1, 0, 3, 0), body("stretches", "lunge", 4, 11, phrases[0]), step("rename", 1, 1, 0, 1, 2),
			step("restore", restoreAll), step("rename", 0, 1, 0), step("rename", 1, 0, 2, 1, 1), step("restore", restoreAll)),
		seq(0, step("break-yaml", 0, 2, 1, 0), step("fix-yaml"), step("break-yaml", 1, 2, 1, 1), step("fix-yaml"),
			step("break-yaml", 0, 0, 1, 2), step("fix-yaml"), step("break-yaml", 2, 4, 1, 3), step("fix-yaml"),
			step("break-yaml", 0, 2, 1, 4), with(step("fix-yaml")), field("stretches", kc, "hold", " 45s"),
			step("break-yaml", 0, 0, 0, 0), step("fix-yaml")),
		seq(0, step("picture", 0, 0), step("picture", 3, 0), step("picture", 0, 2), step("picture", 0, 3),
			step("picture", 0, 4), step("restore", at(sampleFiles, "content/stretches/cat-cow.svg")), step("picture", 4, 1),
			step("picture", 4, 4), step("picture", 3, 4), step("restore", restoreAll)),
		seq(2, step("template", 0, 0), step("template", 0, 1), step("template", 0, 2), step("template", 0, 4),
			step("template", 3, 1), step("template", 4, 0), step("template", 4, 3), step("template", 4, 4),
			step("template", 5, 1), body("stretches", kc, 3, 0, "Go slowly."), field("stretches", kc, "summary", " A soft stretch."),
			step("template", 3, 4), step("template", 5, 4), step("template", 2, 3), step("template", 2, 4)),
	)
	for _, k := range equivConfigKeys {
		var steps [][]byte
		for v := range configValues[k] {
			steps = append(steps, step("config", at(equivConfigKeys, k), byte(v)))
		}
		seeds = append(seeds, seq(0, steps...))
	}
	return slices.Concat(seeds, mixedSeeds(), regressionSeeds())
}

// regressionSeeds returns the sequences that found bugs, minimised.
func regressionSeeds() [][]byte {
	broken := step("add-page", at(sections, "stretches"), 2) // a stretch without its hold
	mend := step("delete", 1, at(sections, "stretches"), at(stretchSlugs, "zz-new"))
	return [][]byte{
		// A routine edited while the site was broken was not rendered
		// once it was mended: only what the mending edit showed was.
		seq(0, broken, field("routines", "desk-break", "summary", " A soft stretch."), mend),
		// Nor was limber.yaml's new title, on every page.
		seq(0, broken, step("config", at(equivConfigKeys, "title"), 0), mend),
	}
}

// mixedSeeds returns long sequences mixing every kind of edit, some saved
// together, as an author's session would.
func mixedSeeds() [][]byte {
	const kc, mb = "knee-to-chest", "morning-back"
	return [][]byte{
		seq(1, field("stretches", kc, "summary", " A soft stretch."), field("stretches", kc, "hold", " 5s"),
			item(mb, 3, 1, "notes", 0), body("stretches", kc, 0, 0, "Go slowly."), field("stretches", kc, "hold", " 10m"),
			field("stretches", kc, "hold", " 30s"), field("stretches", kc, "title", " Zebra stretch"),
			with(field("stretches", "lunge", "regions", " [calves]")), field("routines", mb, "summary", " A soft stretch."),
			with(step("add-page", 0, 0)), step("picture", 3, 0), item(mb, 0, 0, "ref", 8), field("stretches", "zz-new", "hold", " 45s"),
			step("delete", 1, 0, 8), step("config", at(equivConfigKeys, "check"), 0), field("stretches", kc, "draft", " true")),
		seq(3, step("break-yaml", 0, 2, 1, 0), field("stretches", kc, "hold", " 45s"), step("fix-yaml"),
			field("stretches", kc, "sides", " left"), with(body("stretches", kc, 3, 1, "Go slowly.")), item(mb, 2, 1, "ref", 0),
			step("template", 4, 0), field("stretches", kc, "summary", " A soft stretch."), step("template", 4, 4),
			step("rename", 1, 0, 6, 0), field("conditions", "osteoporosis", "summary", " A soft stretch."),
			step("picture", 2, 4), step("picture", 2, 0), step("restore", restoreAll),
			step("config", at(equivConfigKeys, "base_url"), 2), field("stretches", kc, "summary", " A soft stretch.")),
	}
}
