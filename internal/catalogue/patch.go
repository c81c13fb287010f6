package catalogue

import (
	"cmp"
	"slices"

	"github.com/limber/limber/internal/site"
)

// Patch returns a catalogue like c with stretch st made again from the
// site graph, after an edit that left the graph's shape alone (see
// site.PatchStretch: its slug, type, position, regions, equipment,
// contraindications, easier and harder stretches, pictures' files and
// draft state are as they were). Only the index's columns and the shard
// that changed are encoded again. c itself is not changed; a stretch that
// c does not hold (a draft) leaves it as it is.
func (c *Catalogue) Patch(st *site.Stretch) *Catalogue {
	i, ok := slices.BinarySearchFunc(c.Stretches, st.Slug, bySlug)
	if !ok || st.Src.Draft {
		return c
	}
	old := c.Stretches[i]
	entry := stretchEntry(st, nil, len(c.Shards))
	entry.Easier, entry.Harder = old.Easier, old.Harder // links, kept as the graph's shape is
	n := *c
	n.Stretches = slices.Clone(c.Stretches)
	n.Stretches[i] = entry
	n.cols = slices.Clone(c.cols)
	for k, col := range columnTable() {
		if !col.same(&old, &entry) {
			n.cols[k], n.indexData = nil, nil
		}
	}
	sh := entry.Shard
	details := slices.Clone(c.Shards[sh].Stretches)
	if j, ok := slices.BinarySearchFunc(details, st.Slug, func(d Detail, slug string) int { return cmp.Compare(d.Slug, slug) }); ok {
		details[j] = detail(st)
	}
	n.Shards = slices.Clone(c.Shards)
	n.Shards[sh] = Shard{Version: Version, Stretches: details}
	n.shards = slices.Clone(c.shards)
	n.shards[sh] = nil
	return &n
}

// PatchRoutines returns a catalogue like c with the routines of s made
// again, after an edit of a routine that left the graph's shape alone
// (see site.PatchRoutine). Only routines.json is encoded again.
func (c *Catalogue) PatchRoutines(s *site.Site) *Catalogue {
	names := make(map[string]bool, len(c.Stretches))
	for _, st := range c.Stretches {
		names[st.Slug] = true
	}
	n := *c
	n.Routines, n.routines = routines(s, names), nil
	return &n
}

// bySlug orders an entry of the index against a slug.
func bySlug(e Stretch, slug string) int { return cmp.Compare(e.Slug, slug) }
