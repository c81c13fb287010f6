package site

// Fit is how a routine's regular-print sheet fits on paper, as estimated
// when the site is built (package sheetfit, from the fonts' metrics and
// the sheet's box model). The zero Fit is unknown: the site lays its
// sheets out with templates of its own, or the estimate was not made.
type Fit struct {
	// Papers are the pages the sheet takes on each paper it was estimated
	// on: the one limber.yaml names, or both US Letter and A4.
	Papers []PaperFit
	// Long is whether the sheet takes more than one page on any of them,
	// and is then laid out to break well (class sheet-long of sheet.css:
	// its last card goes with the log and the foot).
	Long bool
	// Tallest are the sheet's cards, the tallest first: what to shorten
	// first to fit one page.
	Tallest []*Item
}

// PaperFit is how many pages a sheet takes on one paper.
type PaperFit struct {
	Paper string // "letter" or "a4", as limber.yaml names them
	Pages int
}

// Known reports whether the fit was estimated.
func (f Fit) Known() bool { return len(f.Papers) > 0 }

// Pages returns the most pages the sheet takes on any paper.
func (f Fit) Pages() int {
	n := 0
	for _, p := range f.Papers {
		n = max(n, p.Pages)
	}
	return n
}
