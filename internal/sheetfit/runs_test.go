package sheetfit

import (
	"html/template"
	"reflect"
	"strings"
	"testing"
)

// TestRunsKeepCode checks that a step's code is measured in the
// monospace width and its bold in the bold face (inline.Parse's own tests
// hold the rest of how HTML becomes runs).
func TestRunsKeepCode(t *testing.T) {
	got := runs(template.HTML("Press <code>Start</code>, <strong>then</strong> wait."))
	want := []Run{{Text: "Press "}, {Text: "Start", Mono: true}, {Text: ", "}, {Text: "then", Bold: true}, {Text: " wait."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("runs = %+v, want %+v", got, want)
	}
}

// TestBoldAndCodeAreWider: a step in bold, or with code, takes at least
// as many lines as the same words in regular text.
func TestBoldAndCodeAreWider(t *testing.T) {
	fs := faces(t)
	text := strings.Repeat("Keep your back straight and breathe out slowly. ", 6)
	width := 200.0
	regular := fs.Count([]Run{{Text: text}}, body, width)
	bold := fs.Count([]Run{{Text: text, Bold: true}}, body, width)
	code := fs.Count([]Run{{Text: text, Mono: true}}, body, width)
	if bold <= regular || code <= bold {
		t.Errorf("lines: regular %d, bold %d, code %d; want each more than the one before", regular, bold, code)
	}
}

// TestUnknownPictureIsTall: a picture of unknown shape is as tall as its
// box allows, taller than any known shape.
func TestUnknownPictureIsTall(t *testing.T) {
	fs := faces(t)
	card := func(aspect float64) float64 {
		return fs.cardHeight(&Card{N: 1, Title: "A", Dosage: "Hold.", Steps: [][]Run{{{Text: "Sit."}}}, Pictures: []float64{aspect}}, "Stop if:", 250, picShare)
	}
	if !(card(0.5) < card(1) && card(1) < card(2) && card(2) <= card(0) && card(10) == card(0)) {
		t.Errorf("card heights: wide %.1f, square %.1f, tall %.1f, very tall %.1f, unknown %.1f", card(0.5), card(1), card(2), card(10), card(0))
	}
}
