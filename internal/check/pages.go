package check

import (
	"fmt"
	"strings"

	"github.com/limber/limber/internal/site"
)

// tallestNamed is how many of the tallest cards a sheet-pages finding
// names.
const tallestNamed = 3

// sheetPages reports a routine whose regular-print sheet takes more than
// one page on any paper it prints on, as limber estimated when it built
// the site (site.Sheet.Fit), at the routine's list of stretches: the pages
// on each paper, and the tallest cards, to shorten first.
func (c *checker) sheetPages(r *site.Routine) {
	fit := r.Sheet.Fit
	if !fit.Known() || fit.Pages() < 2 {
		return
	}
	c.add(r.Src.At("stretches"), Warning, RuleSheetPages, fmt.Sprintf(
		"the printed sheet takes %s: shorten the steps of its tallest cards first (%s), or split the routine in two",
		pagesOn(fit), tallest(fit)))
}

// pagesOn says how many pages a sheet takes on each paper: "2 pages on US
// Letter and 1 page on A4".
func pagesOn(fit site.Fit) string {
	var parts []string
	for _, p := range fit.Papers {
		unit := "pages"
		if p.Pages == 1 {
			unit = "page"
		}
		parts = append(parts, fmt.Sprintf("%d %s on %s", p.Pages, unit, paperName(p.Paper)))
	}
	return strings.Join(parts, " and ")
}

// tallest names the tallest cards of a sheet, by number and title: `card
// 3 "Hamstring stretch", card 1 "Neck turn"`.
func tallest(fit site.Fit) string {
	var names []string
	for _, it := range fit.Tallest[:min(tallestNamed, len(fit.Tallest))] {
		names = append(names, fmt.Sprintf("card %d %q", it.N, it.Stretch.Title))
	}
	return strings.Join(names, ", ")
}

// paperName is the name of a paper in a message, from limber.yaml's.
func paperName(paper string) string {
	if paper == "letter" {
		return "US Letter"
	}
	return strings.ToUpper(paper)
}
