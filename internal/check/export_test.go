package check

import (
	"time"

	"github.com/limber/limber/internal/readability"
	"github.com/limber/limber/internal/site"
)

// Grades returns the reading grade limber check gives each English page of
// s made from a content file, by its path, and each routine's printed
// sheet, by the routine's path followed by " sheet". (A grade is an English
// score: Spanish pages are scored on the INFLESZ scale.)
func Grades(s *site.Site) map[string]float64 {
	c := New(s, Config{}, time.Time{})
	out := map[string]float64{}
	for _, p := range s.Pages {
		if p.Src == nil || p.Lang != "" && p.Lang != "en" {
			continue // a grade is an English score
		}
		var extra []piece
		if r, ok := p.Data.(*site.Routine); ok {
			extra = routinePieces(r)
			out[p.Src.Path+" sheet"] = c.sheetScore(r).total.Grade()
		}
		out[p.Src.Path] = score(withLists(append(pagePieces(p, len(extra)), extra...)), readability.English, nil).total.Grade()
	}
	return out
}
