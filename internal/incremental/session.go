// Package incremental is limber serve's engine: it keeps one site built in
// memory and brings it up to date after files change, by the cheapest way
// that gives the same result as a full build. It owns the caches (the
// parsed files, the rendered bodies and each page's findings, the
// templates, the last site and its snapshot) and two fast paths that patch
// the last site in place: a body-only edit (editBodies) and a front-matter
// edit of what pages show (editFront). Everything else is a run of the
// pipeline, given the caches through its Memo.
package incremental

import (
	"context"
	"slices"
	"strings"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// Rebuilt tells what one Session.Rebuild did.
type Rebuilt struct {
	Snapshot *pipeline.Snapshot
	Changed  []string // output paths whose content changed, sorted
	Rendered int      // pages whose templates ran
	Full     bool     // every page was rendered
	// Quick says that the site was not loaded and indexed again: only a
	// page's body changed, or what a stretch's pages show (its summary,
	// dose...), and the changed pages were patched into the last site.
	Quick bool
	// Findings are the warnings and notes of limber check's rules, by the
	// URL path of each page that shows the file they are in (a routine's
	// findings are shown on its page and its sheets too).
	Findings map[string][]check.Finding
	// SomeFindings says that Findings holds only the pages whose findings
	// were checked again (an entry may be empty); the others' are as the
	// last rebuild said. Otherwise Findings holds every page's.
	SomeFindings bool
}

// Session builds one site again and again in memory, for limber serve. It
// re-reads only the files that changed, re-renders Markdown only when a
// body or the set of link targets changed, and re-renders only the pages
// that show an edited file. The result always equals a full build.
type Session struct {
	opts  pipeline.Options
	cache *content.Cache
	theme *pipeline.Theme // nil until loaded without a problem
	memo  *memo
	last  *site.Site
	snap  *pipeline.Snapshot
	cat   *catalogue.Catalogue  // the catalogue of stretches in snap, which the fast paths patch
	bySrc map[string]*site.Page // the pages of last, by Src.Rel; nil after a failed rebuild
	// unbuilt holds the changed paths of the rebuilds that failed since the
	// last good one, and unbuiltFull whether one of them was full: their
	// pages were never rendered, so the next rebuild renders them too.
	unbuilt     []string
	unbuiltFull bool
}

// NewSession starts a session for the site in opts.Site. Out is not used:
// nothing is written to disk.
func NewSession(opts pipeline.Options) *Session {
	return &Session{opts: opts, cache: content.NewCache(), memo: &memo{}}
}

// Rebuild brings the site up to date after the files in changed (slash
// paths relative to the site root) changed; full forces a complete rebuild.
// On problems it returns them as a diag.List and keeps the last good site.
func (s *Session) Rebuild(changed []string, full bool) (Rebuilt, error) {
	return s.RebuildContext(context.Background(), changed, full)
}

// RebuildContext is Rebuild, stopped when ctx is done: the Markdown and
// template stages check ctx between pages. A stopped rebuild returns
// ctx.Err() and keeps the last good site; it leaves the session able to
// rebuild, provided that the next rebuild is given its changed files too
// (and full, if it was full), since they may have been read already. The
// fast paths, which take milliseconds, are not stopped once begun.
func (s *Session) RebuildContext(ctx context.Context, changed []string, full bool) (Rebuilt, error) {
	if err := ctx.Err(); err != nil {
		return Rebuilt{}, err
	}
	full = full || s.snap == nil || touchesAll(changed) || s.unbuiltFull || touchesAll(s.unbuilt)
	if !full {
		if res, ok := s.patchLastSite(changed); ok {
			return res, nil
		}
	}
	return s.runPipeline(ctx, changed, full)
}

// runPipeline rebuilds the site by running the pipeline, which reuses the
// parsed files, bodies and findings that have not changed; full starts
// from nothing (templates included). Only the pages that may show a
// changed file are rendered again, unless full.
func (s *Session) runPipeline(ctx context.Context, changed []string, full bool) (Rebuilt, error) {
	if full {
		s.theme, s.cache, s.memo = nil, content.NewCache(), &memo{}
	}
	s.cache.Forget(contentRels(changed)...)
	s.bySrc = nil // no fast path until this rebuild succeeds
	s.unbuilt, s.unbuiltFull = append(s.unbuilt, changed...), full
	rels := contentRels(s.unbuilt)
	sink := &pipeline.SnapshotSink{Base: s.snap, Pick: func(ns *site.Site) []*site.Page { return s.pagesToRender(ns, rels, full) }}
	res, err := pipeline.Run(ctx, pipeline.Input{Options: s.opts, Sink: sink, Cache: s.cache, Theme: s.theme, Memo: s.memo})
	if s.theme == nil {
		s.theme = res.Theme // a change under templates/ loads them again
	}
	if err != nil {
		return Rebuilt{}, err
	}
	before := s.snap
	out := s.publish(sink)
	out.Changed = append(out.Changed, changedFiles(rels, before, out.Snapshot)...)
	slices.Sort(out.Changed)
	out.Changed = slices.Compact(out.Changed)
	s.last, s.bySrc = res.Site, pagesBySrc(res.Site)
	s.unbuilt, s.unbuiltFull = nil, false
	out.Findings = byURL(res.Site, res.Findings)
	return out, nil
}

// contentRels returns the paths under content/ of changed, relative to it.
func contentRels(changed []string) []string {
	var rels []string
	for _, p := range changed {
		if rel, ok := strings.CutPrefix(p, "content/"); ok {
			rels = append(rels, rel)
		}
	}
	return rels
}

// ownTemplates reports whether the site has HTML templates of its own, with
// which a page may show any other page's body.
func (s *Session) ownTemplates() bool { return s.theme != nil && s.theme.Templates.Own() }

// pagesBySrc maps the pages made from Markdown files by Src.Rel.
func pagesBySrc(ns *site.Site) map[string]*site.Page {
	m := make(map[string]*site.Page, len(ns.Pages))
	for _, p := range ns.Pages {
		if p.Src != nil {
			m[p.Src.Rel] = p
		}
	}
	return m
}

// touchesAll reports whether a change needs everything rebuilt: the
// configuration or a template changed.
func touchesAll(changed []string) bool {
	for _, p := range changed {
		if p == "limber.yaml" || strings.HasPrefix(p, "templates/") {
			return true
		}
	}
	return false
}
