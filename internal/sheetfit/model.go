package sheetfit

import "github.com/limber/limber/internal/lang"

// Sheet is what a regular-print sheet holds, as far as its height goes:
// the text of each part of templates/sheet.html.
type Sheet struct {
	Title    string
	Clinic   Clinic
	Summary  string
	Reviewed string // "Last reviewed 15 January 2026 by Sam Okafor, PT.", or ""
	Plan     []Run  // the plan line, labels in bold; nil when there is none
	Cards    []Card
	Log      Log
	URL      string // the routine's web address, "" when there is no QR code
	Notice   string // the disclaimer
	// Words are the words the sheet prints around the routine's own text
	// ("Stop if:", "Day 7", "Please read:"), in the sheet's language; nil
	// for English.
	Words *lang.Table
}

// words returns the sheet's words, English when it has none.
func (s *Sheet) words() *lang.Table {
	if s.Words == nil {
		return lang.Builtin().Table(lang.Default)
	}
	return s.Words
}

// Clinic is the clinic box at the top right of the sheet, which shows when
// it has a name or a phone number.
type Clinic struct {
	Name  string
	Phone string // as printed: "Phone: 555-0142"
	Logo  bool   // whether it has a logo
}

func (c Clinic) shown() bool { return c.Name != "" || c.Phone != "" }

// Card is one stretch's card.
type Card struct {
	N      int
	Title  string
	Dosage string
	Note   string
	Steps  [][]Run // each step's text in its styles (see Runs)
	StopIf [][]Run
	// Pictures are each picture's height over its width, or 0 when its
	// shape is not known: such a picture is taken to be as tall as its
	// box allows.
	Pictures []float64
}

// Log is the week's log below the cards.
type Log struct {
	Rows  []string // each row's label: "1. Neck turn"
	Sides bool     // whether any stretch is done on both sides (L and R columns)
}

// Paper is a paper size, in millimetres.
type Paper struct {
	Name          string
	Width, Height float64
}

// Letter and A4 are the papers a sheet prints on.
var (
	Letter = Paper{Name: "letter", Width: 215.9, Height: 279.4}
	A4     = Paper{Name: "a4", Width: 210, Height: 297}
)
