package sheetfit

import (
	"html/template"

	"fmt"
	"github.com/limber/limber/internal/inline"
	"strings"
	"time"

	"github.com/limber/limber/internal/site"
)

// FromSite returns the model of a routine's regular-print sheet, with the
// text templates/sheet.html prints and the pictures' shapes.
func FromSite(s *site.Site, sh *site.Sheet) *Sheet {
	r := sh.Routine
	m := &Sheet{Title: r.Title, Summary: r.Summary, Notice: s.Config.Disclaimer}
	if c := s.Config.Clinic; c.Name != "" || c.Phone != "" {
		m.Clinic = Clinic{Name: c.Name, Logo: c.Logo != ""}
		if c.Phone != "" {
			m.Clinic.Phone = "Phone: " + c.Phone
		}
	}
	if r.Updated != "" {
		m.Reviewed = "Last reviewed " + longDate(r.Updated)
		if r.ReviewedBy != "" {
			m.Reviewed += " by " + r.ReviewedBy
		}
		m.Reviewed += "."
	}
	m.Plan = plan(r)
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
func plan(r *site.Routine) []Run {
	var conds []string
	for _, c := range r.Conditions {
		conds = append(conds, c.Title)
	}
	var runs []Run
	for _, p := range [][2]string{
		{"Warm up first:", r.Warmup}, {"How often:", r.Frequency}, {"How long:", r.Duration},
		{"Ask first if you have:", strings.Join(conds, ", ")},
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

// longDate writes a YYYY-MM-DD date as the sheet does: "1 May 2024".
func longDate(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
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
