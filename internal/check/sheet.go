package check

import (
	"fmt"
	"html/template"
	"slices"

	"github.com/limber/limber/internal/readability"
	"github.com/limber/limber/internal/site"
)

// sheet reports a routine's printed sheet that is hard to read, scored
// on what it prints: the summary, warm-up and notes of the routine, and
// the steps and stop-if points of each stretch. Findings are reported in
// the routine's file.
func (c *checker) sheet(r *site.Routine) {
	sc := c.sheetScore(r)
	pos := sc.hardest.pos
	if pos.Path != r.Src.Path {
		pos = r.Src.At("stretches")
	}
	if _, ok := readability.LanguageOf(c.language(&r.Page)); ok { // else the page's note says it
		c.level(c.language(&r.Page), sc, pos, "the printed sheet", "its hardest part is "+sc.hardest.what)
	}
}

// sheetScore scores what a routine's printed sheet prints, and finds its
// hardest piece.
func (c *Checker) sheetScore(r *site.Routine) scored {
	lang, _ := readability.LanguageOf(c.language(&r.Page))
	pieces := []piece{{text: r.Summary, pos: r.Src.At("summary"), graded: true, what: "the summary"}}
	sc := score(append(pieces, routinePieces(r)...), lang, nil)
	for _, it := range r.Items {
		s := it.Stretch
		for i, sp := range c.stretchSheet(s, lang).pieces {
			if !sp.empty && sc.add(sp.stats) {
				sc.hardest = piece{pos: s.Src.At("title"), what: sheetWhat(s, i)}
			}
		}
	}
	return sc
}

// sheetWhat names piece i of what a stretch adds to a sheet (see
// stretchSheet) in a message.
func sheetWhat(s *site.Stretch, i int) string {
	if i < len(s.Steps) {
		return fmt.Sprintf("step %d of %s", i+1, s.Title)
	}
	return "the stop-if points of " + s.Title
}

// stretchSheet is the readability of what a stretch adds to the printed
// sheets of the routines that show it: its steps, then its stop-if points,
// made from these.
type stretchSheet struct {
	steps, stopIf []template.HTML
	lang          readability.Language
	pieces        []sheetPiece
}

// sheetPiece is the readability of one step or stop-if point.
type sheetPiece struct {
	stats readability.Stats // counts only
	empty bool              // it has no text, so is not scored
}

// stretchSheet returns the readability of what s adds to a sheet. It is
// the same for every routine that shows s, so it is worked out once per
// Checker and stretch, and again only if the stretch's steps or stop-if
// points are no longer those it was made from.
func (c *Checker) stretchSheet(s *site.Stretch, lang readability.Language) *stretchSheet {
	if v, ok := c.sheets.Load(s); ok {
		if e := v.(*stretchSheet); e.lang == lang && slices.Equal(e.steps, s.Steps) && slices.Equal(e.stopIf, s.StopIf) {
			return e
		}
	}
	e := newStretchSheet(s.Steps, s.StopIf, lang)
	c.sheets.Store(s, e)
	return e
}

// newStretchSheet analyses the text of steps and stop-if points in lang.
func newStretchSheet(steps, stopIf []template.HTML, lang readability.Language) *stretchSheet {
	e := &stretchSheet{steps: steps, stopIf: stopIf, lang: lang, pieces: make([]sheetPiece, 0, len(steps)+len(stopIf))}
	for _, h := range append(steps[:len(steps):len(steps)], stopIf...) {
		text := htmlText(h)
		st := lang.Analyze(text)
		st.LongSentences = nil
		e.pieces = append(e.pieces, sheetPiece{stats: st, empty: text == ""})
	}
	return e
}
