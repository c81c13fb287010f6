package build

import (
	"maps"
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// bodyChange is one Markdown file changed in its body only: the page it makes,
// its new parse and the body rendered from it.
type bodyChange struct {
	page *site.Page
	src  *content.Source
	out  markdown.Output
}

// quick is limber serve's fast path for the edit an author makes most: the
// words of a page's body change and nothing else. When every changed path
// is a page whose front matter is unchanged, whose new body renders without
// a problem, and whose steps and stop-if points (the only parts of a body
// other pages show) are unchanged, only those pages are rendered again,
// into the last site. A single page whose front matter or steps changed is
// handed to frontEdit. Anything else reports false, and Rebuild takes the
// full road, which also reports every problem. With its own templates a
// site may show a body anywhere, so quick never applies to it.
func (s *Session) quick(changed []string) (Rebuilt, bool) {
	if s.last == nil || s.snap == nil || s.tpl == nil || len(changed) == 0 || s.ownTpl {
		return Rebuilt{}, false
	}
	edits := make([]bodyChange, 0, len(changed))
	for _, path := range changed {
		p, old, now, ok := s.reread(path)
		e, body := s.bodyEdit(p, old, now, ok)
		if !body && ok && len(changed) == 1 {
			return s.frontEdit(p, now)
		}
		if !body {
			return Rebuilt{}, false
		}
		edits = append(edits, e)
	}
	pages := make([]*site.Page, len(edits))
	before := make([]site.Page, len(edits))
	for i, e := range edits {
		before[i] = *e.page
		e.page.Src = e.src
		setBody(e.page, e.out)
		pages[i] = e.page
	}
	found, ok := s.recheck(pages)
	var res Rebuilt
	var err error
	if ok {
		res, err = s.renderInto(pages)
	}
	if !ok || err != nil { // leave the last site as it was for the full road
		for i, e := range edits {
			*e.page = before[i]
		}
		return Rebuilt{}, false
	}
	for i, e := range edits {
		delete(s.mdCache, before[i].Src)
		s.mdCache[e.src] = e.out
		s.checked[e.src] = checked{body: e.page.Body, day: s.day(), found: found[i]}
	}
	res.Findings, res.SomeFindings, res.Quick = s.findingsOf(pages), true, true
	return res, true
}

// reread parses the page at path (relative to the site root) again. ok is
// false unless the page is one of the last site's and parses cleanly.
func (s *Session) reread(path string) (p *site.Page, old, now content.Page, ok bool) {
	rel, ok := strings.CutPrefix(path, "content/")
	if p = s.bySrc[rel]; !ok || p == nil {
		return nil, old, now, false
	}
	old, now, ok = s.cache.Reread(s.opts.Site, rel)
	return p, old, now, ok
}

// bodyEdit renders the new body of page p, reporting false unless only the
// body changed and no other page shows the change.
func (s *Session) bodyEdit(p *site.Page, old, now content.Page, ok bool) (bodyChange, bool) {
	if !ok || !old.SameFront(now) {
		return bodyChange{}, false
	}
	src := now.Source()
	out, ok := s.renderBody(src)
	if !ok || !slices.Equal(out.Steps, p.Steps) || !slices.Equal(stopIf(out.Headings), p.StopIf) {
		return bodyChange{}, false
	}
	return bodyChange{page: p, src: src, out: out}, true
}

// renderBody renders the body of src, reporting false on any problem (the
// full road reports it).
func (s *Session) renderBody(src *content.Source) (markdown.Output, bool) {
	out, errs := s.md.Render(markdown.Input{Path: src.Path, Rel: src.Rel, Body: src.Body, BodyLine: src.BodyLine}, s.links)
	return out, len(errs) == 0
}

// renderInto renders pages of the last site into a copy of the last
// snapshot (the server may still be sending files from the old one).
func (s *Session) renderInto(pages []*site.Page) (Rebuilt, error) {
	html := make([][]byte, len(pages))
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) { html[i], errs[i] = s.tpl.Page(s.last, pages[i]) })
	if err := firstError(errs); err != nil {
		return Rebuilt{}, err
	}
	snap := &Snapshot{Root: s.snap.Root, Files: maps.Clone(s.snap.Files)}
	outs := make([]string, len(pages))
	for i, p := range pages {
		snap.Files[p.Out], outs[i] = Output{Data: html[i]}, p.Out
	}
	res := Rebuilt{Snapshot: snap, Rendered: len(pages), Changed: s.changedAt(snap, outs)}
	slices.Sort(res.Changed)
	s.snap = snap
	return res, nil
}
