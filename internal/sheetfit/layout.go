package sheetfit

// The box model of templates/assets/sheet.css in print, in points.
const (
	mm        = 72 / 25.4
	body      = 12.0        // font size of the regular sheet
	line      = body * 1.15 // its line height
	margin    = 8 * mm      // @page margin
	padX      = 0.5 * mm    // the sheet's padding on each side
	colGap    = 5 * mm
	titleSize = body * 1.4
	h2Size    = body * 1.1
	stepInset = body * 1.4 // .sheet-steps padding-left
	rule      = 1.5        // the rules above the lines to write on and above each card
	lineW     = 0.75       // --line-w
	// boxBorder is a border of 1.25 pt (.sheet-stop), which Chromium draws
	// one pixel wide, like any border under two pixels.
	boxBorder = 0.75
	// safety is how much taller each block is taken to be than measured,
	// for what the model leaves out (rounding to device pixels, the
	// baseline of an inline-block, descenders); it errs towards more pages.
	safety = 1.01
	// picShare is the share of a card's width its pictures take
	// (.sheet-pics), and picShareLong the share on a sheet laid out long,
	// whose pictures give way to text (.sheet-long .sheet-pics).
	picShare     = 0.20
	picShareLong = 0.15
)

// box is the printable area of a paper inside the sheet's padding.
type box struct{ width, height float64 }

func area(p Paper) box {
	return box{width: p.Width*mm - 2*margin - 2*padX, height: p.Height*mm - 2*margin}
}

// Estimate is a sheet's estimated layout on one paper.
type Estimate struct {
	Paper Paper
	Pages int
	// Long is whether the sheet is too long for one page on any of the
	// papers it was estimated on, and so laid out with its last card
	// across both columns (the class sheet-long of sheet.css).
	Long bool
	// Title, Head and End are the heights in points of the title (on
	// every page), of the rest of the head (on the first page) and of the
	// log and foot below the cards.
	Title, Head, End float64
	// Cards are the cards' heights in points in a column, in the sheet's
	// order: the tallest are the first to shorten.
	Cards []float64
}

// Estimate lays the sheet out on each paper and returns how many pages it
// takes on each. A sheet too long for one page on any of the papers is
// laid out long on all of them (as sheet.js marks it before printing): its
// last card spans both columns, to go with the log and the foot.
func (fs *Faces) Estimate(s *Sheet, papers ...Paper) []Estimate {
	es := make([]Estimate, len(papers))
	long := false
	for i, p := range papers {
		es[i] = fs.parts(s, p)
		long = long || es[i].Title+es[i].Head+balanced(es[i].Cards)+es[i].End > area(p).height
	}
	for i, p := range papers {
		es[i].Pages, es[i].Long = 1, long
		if long {
			es[i].Pages = fs.pagesLong(s, &es[i], area(p))
		}
	}
	return es
}

// parts measures each part of the sheet on the paper.
func (fs *Faces) parts(s *Sheet, p Paper) Estimate {
	a := area(p)
	col := (a.width - colGap) / 2
	e := Estimate{Paper: p, Cards: make([]float64, len(s.Cards))}
	stop := s.words().MustT("sheet.stop")
	for i := range s.Cards {
		e.Cards[i] = fs.cardHeight(&s.Cards[i], stop, col, picShare) * safety
	}
	e.Title = fs.titleHeight(s, a.width) * safety
	e.Head = fs.headHeight(s, a.width) * safety
	e.End = fs.endHeight(s, a.width) * safety
	return e
}

// pagesLong returns the pages a long sheet takes. Its cards are measured
// again, with the smaller pictures of the long layout; the last one spans
// both columns.
func (fs *Faces) pagesLong(s *Sheet, e *Estimate, a box) int {
	col := (a.width - colGap) / 2
	stop := s.words().MustT("sheet.stop")
	cards, last := make([]float64, 0, len(s.Cards)), 0.0
	for i := range s.Cards {
		if i == len(s.Cards)-1 {
			last = fs.cardHeight(&s.Cards[i], stop, a.width, picShareLong) * safety
			break
		}
		cards = append(cards, fs.cardHeight(&s.Cards[i], stop, col, picShareLong)*safety)
	}
	return flow(cards, a.height-e.Title, e.Head, last+e.End)
}
