package build

import (
	"context"
	"errors"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/render"
	"github.com/limber/limber/internal/site"
)

// Rebuilt tells what one Session.Rebuild did.
type Rebuilt struct {
	Snapshot *Snapshot
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
	opts       Options
	cache      *content.Cache
	md         *markdown.Renderer
	mdCache    map[*content.Source]markdown.Output
	mdLinks    uint64 // fingerprint of the link targets mdCache was made with
	tpl        *render.Templates
	ownTpl     bool           // the site has HTML templates of its own (known when tpl is loaded)
	checker    *check.Checker // the rules as the last full road ran them
	checkerDay string         // the day they judged by
	last       *site.Site
	snap       *Snapshot
	bySrc      map[string]*site.Page       // the pages of last, by Src.Rel; nil after a failed rebuild
	links      *links                      // the link targets of the site last rendered to Markdown
	findings   []check.Finding             // the findings of limber check's rules on the last site prepared by the full road
	checked    map[*content.Source]checked // each page's findings, by its file (the quick road updates these alone)
	// early, in a one-off build, holds the findings of the pages checked
	// as soon as their bodies were rendered, by index in the site's Pages;
	// nil in limber serve, which keeps every body's spans for its rechecks.
	early  []earlyFound
	oneOff bool      // a one-off build or check, not limber serve: check pages early
	stream *streamer // a one-off build's writer of pages as soon as they are checked, or nil
}

// NewSession starts a session for the site in opts.Site. Out is not used:
// nothing is written to disk.
func NewSession(opts Options) *Session {
	return &Session{opts: opts, cache: content.NewCache()}
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
// quick roads, which take milliseconds, are not stopped once begun.
func (s *Session) RebuildContext(ctx context.Context, changed []string, full bool) (Rebuilt, error) {
	if err := ctx.Err(); err != nil {
		return Rebuilt{}, err
	}
	full = full || s.snap == nil || touchesAll(changed)
	if !full {
		if res, ok := s.quick(changed); ok {
			return res, nil
		}
	}
	if full {
		s.tpl, s.cache = nil, content.NewCache()
	}
	var rels []string
	for _, p := range changed {
		if rel, ok := strings.CutPrefix(p, "content/"); ok {
			rels = append(rels, rel)
		}
	}
	s.cache.Forget(rels...)
	s.bySrc = nil // no quick rebuilds until this one succeeds
	ns, errs := s.prepare(ctx)
	if err := ctx.Err(); err != nil {
		return Rebuilt{}, err
	}
	if err := errs.Err(); err != nil {
		return Rebuilt{}, err
	}
	pages := s.pagesToRender(ns, rels, full)
	out, err := s.render(ctx, ns, pages)
	if err != nil {
		return Rebuilt{}, err
	}
	out.Changed = append(out.Changed, s.changedFiles(rels)...)
	slices.Sort(out.Changed)
	out.Changed = slices.Compact(out.Changed)
	s.last, s.bySrc = ns, pagesBySrc(ns)
	out.Findings = byURL(ns, s.findings)
	return out, nil
}

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

// prepare runs load, index, Markdown and the checks, reusing what has not
// changed. Errors of the checks join the problems; every finding of the
// checks is kept in s.findings. When ctx is done after the Markdown, the
// checks do not run.
func (s *Session) prepare(ctx context.Context) (*site.Site, diag.List) {
	ns, errs := s.stages(ctx)
	if ctx.Err() != nil {
		return ns, errs
	}
	s.check(ns)
	errs.Append(ruleErrors(s.findings))
	errs.Sort()
	return ns, errs
}

// stages runs load, index and Markdown, reusing what has not changed.
func (s *Session) stages(ctx context.Context) (*site.Site, diag.List) {
	ns, md, errs := s.indexed()
	errs.Append(s.renderMarkdown(ctx, ns, md))
	errs.Sort()
	return ns, errs
}

// indexed runs load and index, and loads the templates if needed. It
// returns the site and the Markdown renderer to render its bodies with.
func (s *Session) indexed() (*site.Site, *markdown.Renderer, diag.List) {
	var errs diag.List
	cs, loadErrs := content.Load(s.opts.Site, content.Options{Drafts: s.opts.Drafts, Cache: s.cache})
	errs.Append(loadErrs)
	ns, indexErrs := site.Index(cs, site.Options{BaseURL: s.opts.BaseURL})
	errs.Append(indexErrs)
	if s.tpl == nil {
		tpl, tplErrs := render.Load(s.opts.Site)
		errs.Append(tplErrs)
		if len(tplErrs) == 0 {
			s.tpl, s.md, s.mdCache = tpl, markdown.New(tpl.IDs()...), nil
			s.ownTpl = tpl.Own() // a change under templates/ loads them again
		}
	}
	md := s.md
	if s.tpl == nil {
		md = markdown.New() // templates are broken: still report every link problem
	} else {
		errs.Append(checkAssets(ns, s.tpl))
	}
	if s.oneOff {
		s.checkEarlyFrom(ns)
	}
	return ns, md, errs
}

// renderMarkdown renders the bodies that changed since the last rebuild.
// When ctx is done it renders no more pages and returns nothing, leaving
// the pages and the cache of rendered bodies as they were.
func (s *Session) renderMarkdown(ctx context.Context, ns *site.Site, md *markdown.Renderer) diag.List {
	links := newLinks(ns)
	s.links = links
	if fp := links.fingerprint(); fp != s.mdLinks || s.mdCache == nil {
		s.mdCache, s.mdLinks = map[*content.Source]markdown.Output{}, fp
	}
	outs := make([]markdown.Output, len(ns.Pages))
	perrs := make([]diag.List, len(ns.Pages))
	parallel.For(len(ns.Pages), func(i int) {
		if src := ns.Pages[i].Src; src != nil && ctx.Err() == nil {
			outs[i], perrs[i] = s.markdownOf(src, md, links)
			s.checkEarly(i, ns.Pages[i], &outs[i])
			s.stream.page(i, ns.Pages[i], &outs[i])
		}
	})
	if ctx.Err() != nil {
		return nil
	}
	var errs diag.List
	kept := map[*content.Source]markdown.Output{}
	for i, p := range ns.Pages {
		if p.Src == nil {
			continue
		}
		setBody(p, outs[i]) // with problems too, for the checks, which report along with them
		if len(perrs[i]) > 0 {
			errs.Append(perrs[i])
			continue
		}
		kept[p.Src] = outs[i]
	}
	s.mdCache = kept
	return errs
}

// markdownOf returns the rendered body of src, from the cache of the last
// rebuild when it is there. It only reads the cache, so that bodies can be
// rendered in parallel.
func (s *Session) markdownOf(src *content.Source, md *markdown.Renderer, links *links) (markdown.Output, diag.List) {
	if out, ok := s.mdCache[src]; ok {
		return out, nil
	}
	return md.Render(markdown.Input{Path: src.Path, Rel: src.Rel, Body: src.Body, BodyLine: src.BodyLine}, links)
}

// setBody gives a page its rendered body and what is taken from it.
func setBody(p *site.Page, out markdown.Output) {
	p.Body, p.Steps, p.StopIf, p.Spans = out.HTML, out.Steps, stopIf(out.Headings), out.Spans
}

// fingerprint hashes the set of link targets: when it is unchanged, a
// body's rendered HTML can be reused.
func (l *links) fingerprint() uint64 {
	h := fnv.New64a()
	keys := make([]string, 0, len(l.pages)+len(l.files))
	for k, v := range l.pages {
		keys = append(keys, k+"\x00"+v)
	}
	for k := range l.files {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h.Write([]byte(l.site.Root))
	for _, k := range keys {
		h.Write([]byte(k + "\x01"))
	}
	return h.Sum64()
}

// pagesToRender returns the pages whose output may have changed, or every
// page when that cannot be known.
func (s *Session) pagesToRender(ns *site.Site, rels []string, full bool) []*site.Page {
	if full || s.last == nil || !samePages(s.last, ns) || s.ownTpl {
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

// render renders pages into a copy of the last snapshot. A template that
// fails on a page is reported at the template's line. When ctx is done it
// renders no more pages and returns ctx.Err().
func (s *Session) render(ctx context.Context, ns *site.Site, pages []*site.Page) (Rebuilt, error) {
	snap := &Snapshot{Root: ns.Root, Files: map[string]Output{}}
	full := len(pages) == len(ns.Pages)
	if !full {
		for k, v := range s.snap.Files {
			if v.Src == "" { // copied files are listed afresh below
				snap.Files[k] = v
			}
		}
	}
	var made []string // the outputs made here: generated files and pages
	for _, a := range generated(ns, s.tpl) {
		snap.Files[a.Path] = Output{Data: a.Data}
		made = append(made, a.Path)
	}
	for _, f := range ns.Files {
		snap.Files[f.Rel] = Output{Src: f.Abs, File: f}
	}
	html := make([][]byte, len(pages))
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) {
		if errs[i] = ctx.Err(); errs[i] == nil {
			html[i], errs[i] = s.tpl.Page(ns, pages[i])
		}
	})
	if err := ctx.Err(); err != nil {
		return Rebuilt{}, err
	}
	if err := firstError(errs); err != nil {
		return Rebuilt{}, err
	}
	for i, p := range pages {
		snap.Files[p.Out] = Output{Data: html[i]}
		made = append(made, p.Out)
	}
	res := Rebuilt{Snapshot: snap, Rendered: len(pages), Full: full, Changed: s.changedAt(snap, made)}
	if full && s.snap != nil {
		res.Changed = append(res.Changed, removedOrChanged(s.snap, snap)...)
	}
	s.snap = snap
	return res, nil
}

// firstError returns the first non-nil error, as a diag.List when it is a
// positioned template problem.
func firstError(errs []error) error {
	for _, err := range errs {
		var d *diag.Error
		if errors.As(err, &d) {
			return diag.List{d}
		}
		if err != nil {
			return err
		}
	}
	return nil
}
