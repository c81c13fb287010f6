package incremental

import (
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// bodyChange is one Markdown file changed in its body only: the page it makes,
// its new parse and the body rendered from it.
type bodyChange struct {
	page *site.Page
	src  *content.Source
	out  markdown.Output
}

// patchLastSite tries the fast paths, which patch the edit into the last
// site instead of running the pipeline: editBodies when every changed file
// is a page whose body alone changed, editFront when a single page's front
// matter changed in what pages show. It reports false for any other change
// or any problem, leaving the last site as it was; Rebuild then runs the
// pipeline, which also reports every problem. With its own templates a
// site may show a body anywhere, so no fast path applies to it. On a site
// of several languages only editBodies applies, to pages of the default
// language (the pages of last; a translation is found in none of them):
// a translation has a body of its own but shows its original's typed
// fields, so a change of front matter re-renders the pages of both
// languages through the pipeline (see site.Site.Dependents).
func (s *Session) patchLastSite(changed []string) (Rebuilt, bool) {
	if s.last == nil || s.snap == nil || s.theme == nil || len(changed) == 0 || s.ownTemplates() {
		return Rebuilt{}, false
	}
	oneLanguage := len(s.last.Translations) == 0
	edits := make([]bodyChange, 0, len(changed))
	for _, path := range changed {
		p, old, now, ok := s.reread(path)
		e, body := s.bodyEdit(p, old, now, ok)
		if !body && ok && len(changed) == 1 && oneLanguage {
			return s.editFront(p, now)
		}
		if !body {
			return Rebuilt{}, false
		}
		edits = append(edits, e)
	}
	return s.editBodies(edits)
}

// editBodies is limber serve's fast path for the edit an author makes
// most: the words of pages' bodies change and nothing else, with no
// problem, and not their steps or stop-if points (the only parts of a body
// other pages show). Those pages alone are checked and rendered again,
// into the last site. It reports false, leaving the last site as it was,
// when a rule now finds an error or a template fails.
func (s *Session) editBodies(edits []bodyChange) (Rebuilt, bool) {
	pages := make([]*site.Page, len(edits))
	before := make([]site.Page, len(edits))
	for i, e := range edits {
		before[i] = *e.page
		e.page.Src = e.src
		pipeline.SetBody(e.page, e.out)
		pages[i] = e.page
	}
	found, ok := s.recheck(pages)
	var res Rebuilt
	var err error
	if ok {
		res, err = s.renderInto(pages, nil) // the catalogue shows no body but its steps and stop-if points
	}
	if !ok || err != nil { // leave the last site as it was for the pipeline
		for i, e := range edits {
			*e.page = before[i]
		}
		return Rebuilt{}, false
	}
	for i, e := range edits {
		s.memo.replace(before[i].Src, e.src, e.out, pipeline.Checked{Body: e.page.Body, Day: s.memo.day, Found: found[i]})
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
	if !ok || !slices.Equal(out.Steps, p.Steps) || !slices.Equal(pipeline.StopIf(out.Headings), p.StopIf) {
		return bodyChange{}, false
	}
	return bodyChange{page: p, src: src, out: out}, true
}

// renderBody renders the body of src, reporting false on any problem (the
// pipeline reports it).
func (s *Session) renderBody(src *content.Source) (markdown.Output, bool) {
	out, errs := pipeline.RenderBody(s.theme.Markdown, src, s.memo.links)
	return out, len(errs) == 0
}
