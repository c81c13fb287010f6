package sheetfit

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/limber/limber/internal/inline"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
)

// FromSite returns the model of a routine's regular-print sheet, with the
// text templates/sheet.html prints and the pictures' shapes.
func FromSite(s *site.Site, sh *site.Sheet) *Sheet {
	r := sh.Routine
	w := s.Words()
	m := &Sheet{Title: r.Title, Summary: r.Summary, Notice: s.Config.Disclaimer, Words: w}
	if c := s.Config.Clinic; c.Name != "" || c.Phone != "" {
		m.Clinic = Clinic{Name: c.Name, Logo: c.Logo != ""}
		if c.Phone != "" {
			m.Clinic.Phone = w.MustT("clinic.phone") + " " + c.Phone
		}
	}
	if r.Updated != "" {
		m.Reviewed = w.MustT("sheet.reviewed", w.DateText(r.Updated))
		if r.ReviewedBy != "" {
			m.Reviewed += w.MustT("routine.by", r.ReviewedBy)
		}
		m.Reviewed += "."
	}
	m.Plan = plan(w, r)
	if u := s.AbsURL(&r.Page); u != "" {
		m.URL = strings.TrimPrefix(u, "https://")
	}
	for _, it := range r.Items {
		m.Cards = append(m.Cards, card(it))
		m.Log.Rows = append(m.Log.Rows, fmt.Sprintf("%d. %s", it.N, it.Stretch.Title))
		m.Log.Sides = m.Log.Sides || it.Dose.Sides == "both"
	}
	return m
}

func card(it *site.Item) Card {
	c := Card{N: it.N, Title: it.Stretch.Title, Dosage: it.Dosage, Note: it.Notes}
	for _, st := range it.Stretch.Steps {
		c.Steps = append(c.Steps, runs(st))
	}
	for _, p := range it.Stretch.StopIf {
		c.StopIf = append(c.StopIf, runs(p))
	}
	for _, img := range it.Stretch.Images {
		c.Pictures = append(c.Pictures, img.Aspect)
	}
	return c
}

// plan returns the plan line: when and how to do the routine, and the
// conditions to ask about first.
func plan(w *lang.Table, r *site.Routine) []Run {
	var conds []string
	for _, c := range r.Conditions {
		conds = append(conds, c.Title)
	}
	var runs []Run
	for _, p := range [][2]string{
		{w.MustT("sheet.warmup"), r.Warmup}, {w.MustT("sheet.often"), r.Frequency}, {w.MustT("sheet.long"), r.Duration},
		{w.MustT("sheet.ask"), strings.Join(conds, ", ")},
	} {
		if p[1] == "" {
			continue
		}
		if len(runs) > 0 {
			runs = append(runs, Run{Text: " \u00b7 ", Bold: true})
		}
		runs = append(runs, Run{Text: p[0], Bold: true}, Run{Text: " " + p[1]})
	}
	return runs
}

// runs returns a step or stop-if point in the styles that change its
// width on the sheet: bold (the bold face) and code (the browser's
// monospace font). Emphasis and links are measured as the text around
// them: sheet.css sets them in the same face, and Liberation Sans Italic
// is as wide as Regular.
func runs(h template.HTML) []Run {
	var out []Run
	for _, r := range inline.Parse(h) {
		out = append(out, Run{Text: r.Text, Bold: r.Bold, Mono: r.Code})
	}
	return out
}
