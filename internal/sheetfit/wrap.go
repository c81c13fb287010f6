package sheetfit

import "strings"

// Lines wraps a paragraph of runs set at size points into lines at most
// width points wide and returns the lines' text. It breaks the way a
// browser does with white-space: normal, greedily: each line takes as many
// words as fit, and a word wider than the line has a line of its own. It
// breaks only at spaces, where the browser may also break after a hyphen
// or a dash, so it never gives fewer lines than the browser.
func (fs *Faces) Lines(runs []Run, size, width float64) []string {
	return wrap(fs.words(runs, size), width, 0)
}

// wrap breaks words into lines width wide, the first of them indent
// narrower.
func wrap(ws []word, width, indent float64) []string {
	var lines []string
	var line strings.Builder
	w := indent
	for _, wd := range ws {
		if line.Len() > 0 && w+wd.space+wd.width > width+epsilon {
			lines = append(lines, line.String())
			line.Reset()
			w = 0
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
			w += wd.space
		}
		line.WriteString(wd.text)
		w += wd.width
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// fit returns how many of the words fit on one line width wide, and at
// least one.
func fit(ws []word, width float64) int {
	w := 0.0
	for i, wd := range ws {
		if i > 0 && w+wd.space+wd.width > width+epsilon {
			return i
		}
		if i > 0 {
			w += wd.space
		}
		w += wd.width
	}
	return len(ws)
}

// epsilon is how much wider than the line a run of words may measure and
// still fit, in points: a browser lays text out in units of 1/64 pixel.
const epsilon = 0.001

// Count returns how many lines Lines makes of a paragraph, and at least 1.
func (fs *Faces) Count(runs []Run, size, width float64) int {
	ws, n := fs.words(runs, size), 0
	for len(ws) > 0 {
		ws = ws[fit(ws, width):]
		n++
	}
	return max(1, n)
}
