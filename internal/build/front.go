package build

import (
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/site"
)

// frontEdit is limber serve's road for a stretch whose front matter changed
// in what pages show (its summary, dose, muscles...) but not in how the
// site is put together (see site.PatchStretch): the stretch is patched into
// the last site, its body rendered, it and its routines checked again, and
// the pages that show it (site.Dependents) rendered again. It reports
// false, leaving the last site as it was, for any other edit or problem,
// and Rebuild takes the full road.
func (s *Session) frontEdit(p *site.Page, now content.Page) (Rebuilt, bool) {
	st, ok := p.Data.(*site.Stretch)
	if !ok || now.Stretch == nil {
		return Rebuilt{}, false
	}
	out, ok := s.renderBody(&now.Stretch.Source)
	if !ok {
		return Rebuilt{}, false
	}
	oldSrc := st.Src
	undo, ok := s.last.PatchStretch(st, now.Stretch)
	if !ok {
		return Rebuilt{}, false
	}
	setBody(p, out)
	s.tpl.Forget(st, p)
	res, rechecked, ok := s.renderPatched(st)
	if !ok {
		undo()
		s.tpl.Forget(st, p)
		return Rebuilt{}, false
	}
	delete(s.mdCache, oldSrc)
	delete(s.checked, oldSrc)
	s.mdCache[st.Src] = out
	res.Findings, res.SomeFindings, res.Quick = s.findingsOf(rechecked), true, true
	return res, true
}

// renderPatched checks a patched stretch and its routines again and renders
// every page that shows it. It reports false when a rule finds an error or
// a template fails.
func (s *Session) renderPatched(st *site.Stretch) (Rebuilt, []*site.Page, bool) {
	pages := []*site.Page{&st.Page}
	for _, r := range st.Routines {
		pages = append(pages, &r.Page)
	}
	found, ok := s.recheck(pages)
	if !ok {
		return Rebuilt{}, nil, false
	}
	res, err := s.renderInto(s.last.Dependents(st.Src.Rel))
	if err != nil {
		return Rebuilt{}, nil, false
	}
	day := s.day()
	for i, p := range pages {
		s.checked[p.Src] = checked{body: p.Body, day: day, found: found[i]}
	}
	return res, pages, true
}
