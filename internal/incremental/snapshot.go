package incremental

import (
	"bytes"
	"maps"
	"slices"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// pagesToRender returns the pages whose output may have changed, or every
// page when that cannot be known.
func (s *Session) pagesToRender(ns *site.Site, rels []string, full bool) []*site.Page {
	if full || s.last == nil || !samePages(s.last, ns) || s.ownTemplates() {
		return ns.Pages
	}
	byOut := map[string]*site.Page{}
	for _, p := range ns.Pages {
		byOut[p.Out] = p
	}
	var pages []*site.Page
	seen := map[*site.Page]bool{}
	for _, rel := range rels {
		for _, g := range []*site.Site{s.last, ns} {
			for _, dep := range g.Dependents(rel) {
				if p := byOut[dep.Out]; p != nil && !seen[p] {
					seen[p] = true
					pages = append(pages, p)
				}
			}
		}
	}
	return pages
}

// samePages reports whether two builds make the same set of pages. Their
// order may differ (a retitled stretch moves in the lists) without any
// page's own output depending on it.
func samePages(a, b *site.Site) bool {
	if len(a.Pages) != len(b.Pages) {
		return false
	}
	outs := make(map[string]bool, len(a.Pages))
	for _, p := range a.Pages {
		outs[p.Out] = true
	}
	for _, p := range b.Pages {
		if !outs[p.Out] {
			return false
		}
	}
	return true
}

// publish takes the snapshot the pipeline made as the session's, and tells
// what changed since the last.
func (s *Session) publish(sink *pipeline.SnapshotSink) Rebuilt {
	snap := sink.Snapshot
	res := Rebuilt{Snapshot: snap, Rendered: sink.Rendered, Full: sink.Full, Changed: s.changedAt(snap, sink.Made)}
	if sink.Full && s.snap != nil {
		res.Changed = append(res.Changed, removedOrChanged(s.snap, snap)...)
	}
	s.snap, s.cat = snap, sink.Catalogue
	return res
}

// renderInto renders pages of the last site into a copy of the last
// snapshot (the server may still be sending files from the old one), with
// the files of cat, the catalogue of stretches after the edit, unless it
// is nil (the edit changed nothing it holds). The session takes cat on
// success.
func (s *Session) renderInto(pages []*site.Page, cat *catalogue.Catalogue) (Rebuilt, error) {
	html := make([][]byte, len(pages))
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) { html[i], errs[i] = s.theme.Templates.Page(s.last, pages[i]) })
	for _, err := range errs {
		if err != nil {
			return Rebuilt{}, err
		}
	}
	snap := &pipeline.Snapshot{Root: s.snap.Root, Files: maps.Clone(s.snap.Files)}
	outs := make([]string, len(pages))
	for i, p := range pages {
		snap.Files[p.Out], outs[i] = pipeline.Output{Data: html[i]}, p.Out
	}
	if cat != nil {
		outs = append(outs, putCatalogue(snap, cat)...)
		s.cat = cat
	}
	res := Rebuilt{Snapshot: snap, Rendered: len(pages), Changed: s.changedAt(snap, outs)}
	slices.Sort(res.Changed)
	s.snap = snap
	return res, nil
}

// changedAt lists the paths whose output in snap is new or differs from
// the last snapshot's.
func (s *Session) changedAt(snap *pipeline.Snapshot, paths []string) []string {
	var out []string
	for _, p := range paths {
		now, ok := snap.Files[p]
		old, had := pipeline.Output{}, false
		if s.snap != nil {
			old, had = s.snap.Files[p]
		}
		if ok != had || !same(now, old) {
			out = append(out, p)
		}
	}
	return out
}

// same reports whether two outputs are the same file.
func same(a, b pipeline.Output) bool { return a.Src == b.Src && bytes.Equal(a.Data, b.Data) }

// removedOrChanged lists outputs that are gone, or whose bytes changed,
// between two full snapshots (assets and copied files included).
func removedOrChanged(old, now *pipeline.Snapshot) []string {
	var out []string
	for k, v := range old.Files {
		if n, ok := now.Files[k]; !ok || !same(v, n) {
			out = append(out, k)
		}
	}
	return out
}

// changedFiles lists the copied files named in the change (rels, relative
// to content/) that the site had before or has now: they are served from
// disk, so they change, come or go without being rendered.
func changedFiles(rels []string, before, now *pipeline.Snapshot) []string {
	var out []string
	for _, rel := range rels {
		if copied(before, rel) || copied(now, rel) {
			out = append(out, rel)
		}
	}
	return out
}

// copied reports whether snap serves the file rel copied from content/.
func copied(snap *pipeline.Snapshot, rel string) bool {
	if snap == nil {
		return false
	}
	f, ok := snap.Files[rel]
	return ok && f.Src != ""
}
