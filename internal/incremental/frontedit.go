package incremental

import (
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// patch is an edit of a stretch or routine applied to the last site in
// place: the pages to check again and the cached partials made from it.
type patch struct {
	undo    func()
	recheck []*site.Page
	forget  []any
}

// editFront is limber serve's fast path for a stretch or routine whose
// front matter changed in what pages show (a summary, a dose, notes...)
// but not in how the site is put together (see site.PatchStretch and
// site.PatchRoutine): the page is patched into the last site, its body
// rendered, it (and a stretch's routines) checked again, and the pages
// that show it (site.Dependents) rendered again. It reports false, leaving
// the last site as it was, for any other edit or problem, and Rebuild runs
// the pipeline.
func (s *Session) editFront(p *site.Page, now content.Page) (Rebuilt, bool) {
	src := now.Source()
	out, ok := s.renderBody(src)
	if !ok {
		return Rebuilt{}, false
	}
	oldSrc := p.Src
	pt, ok := s.patch(p, now)
	if !ok {
		return Rebuilt{}, false
	}
	pipeline.SetBody(p, out)
	pipeline.FitSheets(s.last, s.theme, routinesOf(pt.recheck))
	s.theme.Templates.Forget(pt.forget...)
	res, ok := s.renderPatched(p, pt.recheck)
	if !ok {
		pt.undo()
		s.theme.Templates.Forget(pt.forget...)
		return Rebuilt{}, false
	}
	delete(s.memo.bodies, oldSrc)
	delete(s.memo.checked, oldSrc)
	s.memo.bodies[p.Src] = out
	res.Findings, res.SomeFindings, res.Quick = s.findingsOf(pt.recheck), true, true
	return res, true
}

// patch applies the new parse of p's file to the last site, if it can.
func (s *Session) patch(p *site.Page, now content.Page) (patch, bool) {
	switch d := p.Data.(type) {
	case *site.Stretch:
		if now.Stretch == nil {
			return patch{}, false
		}
		undo, ok := s.last.PatchStretch(d, now.Stretch)
		pt := patch{undo: undo, recheck: []*site.Page{p}, forget: []any{d, p}}
		for _, r := range d.Routines {
			pt.recheck = append(pt.recheck, &r.Page)
		}
		return pt, ok
	case *site.Routine:
		if now.Routine == nil {
			return patch{}, false
		}
		undo, ok := s.last.PatchRoutine(d, now.Routine)
		return patch{undo: undo, recheck: []*site.Page{p}, forget: []any{d, p, d.Sheet, &d.Sheet.Page, d.LargeSheet, &d.LargeSheet.Page}}, ok
	}
	return patch{}, false
}

// renderPatched checks the pages of a patch again and renders every page
// that shows p. It reports false when a rule finds an error or a template
// fails.
func (s *Session) renderPatched(p *site.Page, recheck []*site.Page) (Rebuilt, bool) {
	found, ok := s.recheck(recheck)
	if !ok {
		return Rebuilt{}, false
	}
	res, err := s.renderInto(s.last.Dependents(p.Src.Rel), s.patchedCatalogue(p))
	if err != nil {
		return Rebuilt{}, false
	}
	for i, q := range recheck {
		s.memo.checked[q.Src] = pipeline.Checked{Body: q.Body, Day: s.memo.day, Found: found[i]}
	}
	return res, true
}

// routinesOf returns the routines among pages, whose sheets show what an
// edit changed and so fit on paper anew.
func routinesOf(pages []*site.Page) []*site.Routine {
	var rs []*site.Routine
	for _, p := range pages {
		if r, ok := p.Data.(*site.Routine); ok {
			rs = append(rs, r)
		}
	}
	return rs
}
