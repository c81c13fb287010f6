package sheetfit

import (
	"html/template"
	"reflect"
	"strings"
	"testing"
)

// TestRuns checks how a step's HTML becomes runs in the styles that change
// its width.
func TestRuns(t *testing.T) {
	for _, c := range []struct {
		html string
		want []Run
	}{
		{"Sit tall.", []Run{{Text: "Sit tall."}}},
		{"Keep your <strong>back straight</strong> &amp; breathe.", []Run{{Text: "Keep your "}, {Text: "back straight", Bold: true}, {Text: " & breathe."}}},
		{"<b>Slowly</b>, then <em>hold</em> it.", []Run{{Text: "Slowly", Bold: true}, {Text: ", then hold it."}}},
		{"Press <code>Start</code> on the <a href=\"/x\">timer</a>.", []Run{{Text: "Press "}, {Text: "Start", Mono: true}, {Text: " on the timer."}}},
		{"<strong>Stop <em>at once</em></strong> if it hurts.", []Run{{Text: "Stop at once", Bold: true}, {Text: " if it hurts."}}},
		{"<strong><code>x</code></strong>", []Run{{Text: "x", Bold: true, Mono: true}}},
		{"Lie down\non your back,\tknees bent.", []Run{{Text: "Lie down on your back, knees bent."}}},
		{"One<br>\ntwo", []Run{{Text: "One two"}}},
		{"</strong>stray close", []Run{{Text: "stray close"}}},
		{"", nil},
	} {
		if got := Runs(template.HTML(c.html)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Runs(%q) = %+v, want %+v", c.html, got, c.want)
		}
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
		return fs.cardHeight(&Card{N: 1, Title: "A", Dosage: "Hold.", Steps: [][]Run{{{Text: "Sit."}}}, Pictures: []float64{aspect}}, 250)
	}
	if !(card(0.5) < card(1) && card(1) < card(2) && card(2) <= card(0) && card(10) == card(0)) {
		t.Errorf("card heights: wide %.1f, square %.1f, tall %.1f, very tall %.1f, unknown %.1f", card(0.5), card(1), card(2), card(10), card(0))
	}
}
