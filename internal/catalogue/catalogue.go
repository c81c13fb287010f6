package catalogue

import (
	"github.com/limber/limber/internal/inline"

	"cmp"
	"html/template"
	"slices"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

// perShard is how many stretches a shard holds at most, on average: small
// enough that adding a stretch to a program fetches little, large enough
// that a site of 10,000 stretches has a few hundred files, not thousands.
const perShard = 64

// Files returns the catalogue's files for site s (see Make and
// Catalogue.Files).
func Files(s *site.Site) []File { return Make(s).Files() }

// Make returns the catalogue of site s. Drafts (in a build with drafts)
// are left out, and so is every link to one.
func Make(s *site.Site) *Catalogue {
	published := publishedStretches(s)
	n := shardCount(len(published))
	c := &Catalogue{Root: s.Root, Vocab: vocab(s), Stretches: make([]Stretch, 0, len(published)),
		Shards: make([]Shard, n), cols: make([][]byte, len(columnTable())), shards: make([][]byte, n)}
	var rels []string
	for _, f := range s.Files {
		rels = append(rels, f.Rel)
	}
	c.own = ownFiles(rels)
	for i := range c.Shards {
		c.Shards[i] = Shard{Version: Version, Stretches: []Detail{}}
	}
	names := map[string]bool{}
	for _, st := range published {
		names[st.Slug] = true
	}
	conds := map[*site.Condition]bool{}
	for _, st := range published {
		entry := stretchEntry(st, names, n)
		c.Stretches = append(c.Stretches, entry)
		c.Shards[entry.Shard].Stretches = append(c.Shards[entry.Shard].Stretches, detail(st))
		for _, cond := range st.Contraindications {
			conds[cond] = true
		}
	}
	c.Conditions = conditions(conds)
	c.Routines = routines(s, names)
	return c
}

// publishedStretches returns the stretches that are not drafts, by slug.
func publishedStretches(s *site.Site) []*site.Stretch {
	var out []*site.Stretch
	for _, st := range s.Stretches {
		if !st.Src.Draft {
			out = append(out, st)
		}
	}
	slices.SortFunc(out, func(a, b *site.Stretch) int { return cmp.Compare(a.Slug, b.Slug) })
	return out
}

// shardCount returns how many shards hold n stretches: none for none.
func shardCount(n int) int { return (n + perShard - 1) / perShard }

// shardOf returns the shard of the stretch slug among n: a hash of the
// slug alone (32-bit FNV-1a), so that an edit of one stretch changes one
// shard, and a stretch stays in its shard while the count of shards stays.
func shardOf(slug string, n int) int {
	h := uint32(2166136261)
	for i := 0; i < len(slug); i++ {
		h ^= uint32(slug[i])
		h *= 16777619
	}
	return int(h % uint32(n))
}

// stretchEntry returns st's entry in the index, keeping only the links to
// the published stretches in names.
func stretchEntry(st *site.Stretch, names map[string]bool, shards int) Stretch {
	e := Stretch{
		Slug: st.Slug, Title: st.Title, Summary: st.Summary, URL: st.URL,
		Type: string(st.Dose.Kind), Hold: seconds(st.Dose.Hold), Reps: st.Dose.Reps,
		Sets: st.Dose.Sets, Sides: string(st.Dose.Sides),
		Regions: termSlugs(st.Regions), Equipment: termSlugs(st.Equipment),
		Difficulty: st.Difficulty, Muscles: list0(st.Muscles), Contraindications: []string{},
		Easier: linked(st.Easier, names), Harder: linked(st.Harder, names),
		Shard: shardOf(st.Slug, shards),
	}
	if st.Position != nil {
		e.Position = st.Position.Slug
	}
	for _, c := range st.Contraindications {
		e.Contraindications = append(e.Contraindications, c.Slug)
	}
	return e
}

// seconds returns a duration in whole seconds.
func seconds(d time.Duration) int { return int(d / time.Second) }

// termSlugs returns the slugs of terms, in their order.
func termSlugs(terms []*site.Term) []string {
	out := []string{}
	for _, t := range terms {
		out = append(out, t.Slug)
	}
	return out
}

// linked returns the slugs of the stretches in names among list.
func linked(list []*site.Stretch, names map[string]bool) []string {
	out := []string{}
	for _, st := range list {
		if names[st.Slug] {
			out = append(out, st.Slug)
		}
	}
	return out
}

// detail returns what a shard holds of st.
func detail(st *site.Stretch) Detail {
	d := Detail{Slug: st.Slug, Steps: runsOf(st.Steps), StopIf: runsOf(st.StopIf)}
	if len(st.Images) > 0 {
		d.Picture = &Picture{URL: st.Images[0].URL, Alt: st.Images[0].Alt}
	}
	return d
}

// conditions returns the conditions in set, by slug.
func conditions(set map[*site.Condition]bool) []Condition {
	out := []Condition{}
	for c := range set {
		e := Condition{Slug: c.Slug, Title: c.Title}
		if !c.Src.Draft {
			e.URL = c.URL
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b Condition) int { return cmp.Compare(a.Slug, b.Slug) })
	return out
}

// routines returns the published routines, by slug, each with the items
// whose stretch is published (in names).
func routines(s *site.Site, names map[string]bool) []Routine {
	out := []Routine{}
	for _, r := range s.Routines {
		if r.Src.Draft {
			continue
		}
		e := Routine{Slug: r.Slug, Title: r.Title, URL: r.URL, Frequency: r.Frequency,
			Duration: r.Duration, Warmup: r.Warmup, Items: []Item{}}
		for _, it := range r.Items {
			if names[it.Stretch.Slug] {
				e.Items = append(e.Items, item(it))
			}
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b Routine) int { return cmp.Compare(a.Slug, b.Slug) })
	return out
}

// item returns a routine's item with the overrides the routine wrote.
func item(it *site.Item) Item {
	o := it.RoutineItem.Dose
	return Item{Slug: it.Stretch.Slug, Hold: seconds(o.Hold), Reps: o.Reps, Sets: o.Sets,
		Sides: string(o.Sides), Notes: it.Notes}
}

// vocab returns the vocabularies of the builder's filters.
func vocab(s *site.Site) Vocab {
	terms := map[string]map[string]*site.Term{}
	for _, t := range s.Taxonomies {
		terms[t.Name] = map[string]*site.Term{}
		for _, term := range t.Terms {
			terms[t.Name][term.Slug] = term
		}
	}
	v := Vocab{Regions: used(terms["regions"]), Equipment: used(terms["equipment"])}
	for _, k := range dosage.Kinds() {
		v.Types = append(v.Types, known(terms["types"], string(k), s.TypeLabel(k)))
	}
	for _, p := range content.Positions() {
		v.Positions = append(v.Positions, known(terms["positions"], p, s.PositionLabel(p)))
	}
	for _, d := range content.Difficulties() {
		v.Difficulties = append(v.Difficulties, Term{Slug: d, Name: s.DifficultyLabel(d)})
	}
	return v
}

// used returns the terms that a published stretch names, by slug.
func used(terms map[string]*site.Term) []Term {
	out := []Term{}
	for _, t := range terms {
		if t.InSitemap() {
			out = append(out, Term{Slug: t.Slug, Name: t.Title, URL: t.URL})
		}
	}
	slices.SortFunc(out, func(a, b Term) int { return cmp.Compare(a.Slug, b.Slug) })
	return out
}

// known returns the value slug of a vocabulary limber declares, with its
// browse page when a published stretch has it.
func known(terms map[string]*site.Term, slug, name string) Term {
	e := Term{Slug: slug, Name: name}
	if t := terms[slug]; t != nil && t.InSitemap() {
		e.URL = t.URL
	}
	return e
}

// runsOf returns rendered list items as runs.
func runsOf(items []template.HTML) [][]inline.Run {
	out := make([][]inline.Run, len(items))
	for i, h := range items {
		out[i] = inline.Parse(h)
	}
	return out
}
