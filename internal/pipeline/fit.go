package pipeline

import (
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// fitSheets is the fit stage, between the Markdown stage (the sheets show
// the stretches' steps) and the checks (the sheet-pages rule reads what it
// finds): it estimates how each routine's regular-print sheet fits on
// paper (site.Sheet.Fit), on every CPU. The templates lay a sheet out long
// from it. With no theme, or a site's own sheet files, fits stay unknown.
func fitSheets(ns *site.Site, theme *Theme) {
	if theme == nil {
		return
	}
	var all []*site.Routine
	for _, l := range ns.Languages() {
		all = append(all, l.Routines...)
	}
	FitSheets(ns, theme, all)
}

// FitSheets estimates again how the regular-print sheets of routines fit
// on paper, after limber serve changed what they show.
func FitSheets(ns *site.Site, theme *Theme, routines []*site.Routine) {
	if theme.Fonts == nil {
		return
	}
	parallel.For(len(routines), func(i int) {
		r := routines[i]
		r.Sheet.Fit = theme.Fonts.Fit(ns.LangSite(&r.Page), r.Sheet) // in the words of its language
	})
}
