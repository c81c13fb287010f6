package sheetfit

import (
	"cmp"
	"slices"

	"github.com/limber/limber/internal/site"
)

// Papers returns the papers a site's sheets print on: the one limber.yaml
// names, or both US Letter and A4.
func Papers(s *site.Site) []Paper {
	switch s.Config.Paper {
	case Letter.Name:
		return []Paper{Letter}
	case A4.Name:
		return []Paper{A4}
	}
	return []Paper{Letter, A4}
}

// Fit estimates how a routine's regular-print sheet fits on the site's
// papers: the pages on each, whether it is laid out long, and its cards
// from the tallest down.
func (fs *Faces) Fit(s *site.Site, sh *site.Sheet) site.Fit {
	es := fs.Estimate(FromSite(s, sh), Papers(s)...)
	var f site.Fit
	for _, e := range es {
		f.Papers = append(f.Papers, site.PaperFit{Paper: e.Paper.Name, Pages: e.Pages})
		f.Long = f.Long || e.Long
	}
	order := make([]int, len(sh.Routine.Items))
	for i := range order {
		order[i] = i
	}
	heights := es[0].Cards
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(heights[b], heights[a]) })
	for _, i := range order {
		f.Tallest = append(f.Tallest, sh.Routine.Items[i])
	}
	return f
}
