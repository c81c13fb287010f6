package sheetfit

// balanced returns the height of two balanced columns of unbreakable
// cards, filled down then across: the least height of the taller column
// over every place the cards may split.
func balanced(cards []float64) float64 {
	total := 0.0
	for _, c := range cards {
		total += c
	}
	best, first := total, 0.0
	for _, c := range cards {
		first += c
		best = min(best, max(first, total-first))
	}
	return best
}

// tailSlack is room the tail must leave on the columns' last page.
// Chromium balances the columns above it less tightly than the best split
// balanced finds: a generated sheet with 3.9 mm to spare, by Chromium's
// own measure of its parts, printed its tail on a second page of A4.
const tailSlack = 2 * mm

// flow returns the pages a sheet too long for one takes: the cards fill
// two columns page after page (page, less head on the first), and the
// tail (the last card across both columns, the log and the foot, which
// do not break apart) follows the columns, balanced on their last page
// with tailSlack to spare, or starts a page of its own.
func flow(cards []float64, page, head, tail float64) int {
	pages, avail, i := 1, page-head, 0
	for {
		start := i
		i = fillColumns(cards, i, avail, avail == page)
		if i == len(cards) {
			if balanced(cards[start:])+tail+tailSlack <= avail {
				return pages
			}
			return pages + 1
		}
		pages, avail = pages+1, page
	}
}

// fillColumns places cards from i on in two columns avail high and returns
// the index of the first card that did not fit. On a whole page (full), a
// card taller than a column takes one of its own; on the first page it
// moves to the next.
func fillColumns(cards []float64, i int, avail float64, full bool) int {
	for range 2 {
		used := 0.0
		for i < len(cards) && (used+cards[i] <= avail || used == 0 && full) {
			used += cards[i]
			i++
		}
	}
	return i
}
