package sheetfit

import "strconv"

// count returns the number of lines of a paragraph, and at least 1.
func (fs *Faces) count(width float64, runs ...Run) float64 {
	return float64(fs.Count(runs, body, width))
}

// titleHeight is the height of the title, which prints at the top of each
// page; it leaves room for the clinic box when there is one.
func (fs *Faces) titleHeight(s *Sheet, width float64) float64 {
	if s.Clinic.shown() {
		width -= 0.4*width + 4*mm
	}
	n := fs.Count([]Run{{Text: s.Title, Bold: true}}, titleSize, width)
	return float64(n) * titleSize * 1.15
}

// headHeight is the height of what follows the title on the first page:
// the summary and review beside the clinic, the lines to write on, the plan.
func (fs *Faces) headHeight(s *Sheet, width float64) float64 {
	left, right := 0.0, 0.0
	w := width
	if s.Clinic.shown() {
		// In print the clinic floats right from the top of the summary
		// (it cannot rise beside the title, which repeats on each page).
		w = 0.6*width - 4*mm
		right = fs.clinicHeight(s.Clinic, 0.4*width)
	}
	if s.Summary != "" {
		left += fs.count(w, Run{Text: s.Summary}) * line
	}
	if s.Reviewed != "" {
		left += fs.count(w, Run{Text: s.Reviewed}) * line
	}
	// .sheet-write clears the clinic, rule and lines to write on.
	h := max(left+1*mm, right) + 1.5*mm + rule + 20.1 + 1*mm
	if len(s.Plan) > 0 {
		h += fs.count(width, s.Plan...) * line // its margin is 0 (".sheet dl" wins over ".sheet-plan")
	}
	return h
}

// clinicHeight is the height of the clinic box at most width wide: the
// logo beside the name (in bold) and the phone number.
func (fs *Faces) clinicHeight(c Clinic, width float64) float64 {
	logo := 0.0
	if c.Logo {
		logo = 10.5 * mm
		width -= 10*mm + 2*mm
	}
	text := 0.0
	if c.Name != "" {
		text += fs.count(width, Run{Text: c.Name, Bold: true}) * line
	}
	if c.Phone != "" {
		text += fs.count(width, Run{Text: c.Phone}) * line
	}
	return max(logo, text)
}

// cardHeight is the height of a card width wide, whose pictures take the
// share of its width (picShare, or picShareLong on a sheet laid out
// long).
func (fs *Faces) cardHeight(c *Card, stopLabel string, width, share float64) float64 {
	h := rule + 0.8*mm + fs.h2Height(c, width) + 0.3*mm
	h += fs.count(width, Run{Text: c.Dosage, Bold: true}, Run{Text: " " + c.Note}) * line
	pics, picW := 0.0, share*width
	for i, aspect := range c.Pictures {
		if i > 0 {
			pics += 1 * mm
		}
		pics += picHeight(aspect, picW)
	}
	if len(c.Pictures) > 0 {
		pics += 0.5 * mm
	}
	h += max(fs.stepsHeight(c.Steps, width-stepInset, pics, picW+2*mm), pics)
	if len(c.StopIf) > 0 {
		runs := []Run{{Text: stopLabel, Bold: true}}
		for _, p := range c.StopIf {
			runs = append(runs, Run{Text: " \u2022", Bold: true}, Run{Text: "\u00a0"})
			runs = append(runs, p...)
		}
		h += 0.8*mm + 1*mm + 2*boxBorder + fs.count(width-3*mm-2*boxBorder, runs...)*line
	}
	return h + 1.2*mm
}

// picHeight is the height of a picture aspect (height over width) shown
// width wide, at most 30 mm (.sheet-pics img); a picture whose shape is
// not known (0) is taken to be 30 mm high.
func picHeight(aspect, width float64) float64 {
	if aspect <= 0 {
		return 30 * mm
	}
	return min(30*mm, width*aspect)
}

// stepsHeight is the height of the numbered steps width wide, whose lines
// are narrower by aside while they run beside the pictures, pics high.
func (fs *Faces) stepsHeight(steps [][]Run, width, pics, aside float64) float64 {
	y := 0.0 // .sheet-steps has no margin (".sheet ol" wins)
	for _, st := range steps {
		ws := fs.words(st, body)
		for len(ws) > 0 {
			w := width
			if y < pics {
				w -= aside
			}
			ws = ws[fit(ws, w):]
			y += line
		}
	}
	return y
}

// h2Height is the height of a card's title after its number box, whose
// border makes the first line taller than the others.
func (fs *Faces) h2Height(c *Card, width float64) float64 {
	b := fs.Bold
	num := max(1.5*h2Size, b.Width(strconv.Itoa(c.N), h2Size)+0.4*h2Size) + 2*1.25 + 0.2*h2Size
	n := len(wrap(fs.words([]Run{{Text: c.Title, Bold: true}}, h2Size), width, num+b.Width(" ", h2Size)))
	return 16.05 + float64(max(n, 1)-1)*h2Size*1.2
}

// endHeight is the height of the block after the cards: the week's log and
// the foot (QR code, address, disclaimer), one unbreakable inline-block.
func (fs *Faces) endHeight(s *Sheet, width float64) float64 {
	return fs.logHeight(&s.Log, s.words().MustT("sheet.day", 7), width) + fs.footHeight(s, width)
}

// logHeight is the height of the week's log: a head row (two with the L
// and R columns) and a row per stretch, whose label wraps in what the seven
// day columns leave of the width.
func (fs *Faces) logHeight(l *Log, day7 string, width float64) float64 {
	day := fs.Bold.Width(day7, body) + 1*mm
	h := line + 0.2*mm + boxBorder
	if l.Sides {
		day = max(day, 2*(body+1*mm+lineW))
		h = 2*line + 0.4*mm + 2*boxBorder
	}
	label := width - 7*(day+lineW) - 1*mm
	for _, r := range l.Rows {
		h += max(body, fs.count(label, Run{Text: r})*line) + 0.2*mm + lineW
	}
	return h
}

// footHeight is the height of the foot: the QR code beside the address and
// the disclaimer.
func (fs *Faces) footHeight(s *Sheet, width float64) float64 {
	qr, notes := 0.0, 0.0
	if s.URL != "" {
		qr = 20 * mm
		width -= 20*mm + 3*mm
		notes = fs.count(width, Run{Text: s.words().MustT("sheet.online") + " " + s.URL, Bold: true})*line + 1*mm
	}
	notes += fs.count(width, Run{Text: s.words().MustT("footer.read"), Bold: true}, Run{Text: " " + s.Notice}) * line
	return 1.5*mm + max(qr, notes)
}
