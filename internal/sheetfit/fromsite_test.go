package sheetfit

import (
	"html/template"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/sample"
	"github.com/limber/limber/internal/site"
)

func sampleSite(t *testing.T) *site.Site {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{Site: dir, Out: filepath.Join(dir, "public"), BaseURL: "https://example.org/handouts/"}
	s, _, errs := pipeline.Prepare(opts)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s
}

// TestFromSite checks the model of a sample sheet against what
// templates/sheet.html prints.
func TestFromSite(t *testing.T) {
	s := sampleSite(t)
	for _, r := range s.Routines {
		m := FromSite(s, r.Sheet)
		if m.Title != r.Title || len(m.Cards) != len(r.Items) || len(m.Log.Rows) != len(r.Items) {
			t.Errorf("%s: title %q, %d cards, %d log rows; want %q, %d", r.Slug, m.Title, len(m.Cards), len(m.Log.Rows), r.Title, len(r.Items))
		}
		if m.Clinic.Name != s.Config.Clinic.Name || !strings.HasPrefix(m.URL, "example.org/handouts/routines/") {
			t.Errorf("%s: clinic %q, address %q", r.Slug, m.Clinic.Name, m.URL)
		}
		for i, c := range m.Cards {
			st := r.Items[i].Stretch
			if len(c.Steps) != len(st.Steps) || len(c.StopIf) != len(st.StopIf) || len(c.Pictures) != len(st.Images) {
				t.Errorf("%s card %d: %d steps, %d stop-if points, %d pictures", r.Slug, i+1, len(c.Steps), len(c.StopIf), len(c.Pictures))
			}
			for _, runs := range append(c.Steps, c.StopIf...) {
				for _, run := range runs {
					if strings.ContainsAny(run.Text, "<>") {
						t.Errorf("%s card %d: markup left in %q", r.Slug, i+1, run.Text)
					}
				}
			}
			for k, a := range c.Pictures {
				if a <= 0 {
					t.Errorf("%s card %d: picture %d of unknown shape", r.Slug, i+1, k+1)
				}
			}
		}
	}
}

// TestSampleFitsOnePage: every sample routine prints on one page, and the
// estimate must say so.
func TestSampleFitsOnePage(t *testing.T) {
	s := sampleSite(t)
	fs := faces(t)
	for _, r := range s.Routines {
		for _, e := range fs.Estimate(FromSite(s, r.Sheet), Letter, A4) {
			if e.Pages != 1 {
				t.Errorf("%s on %s: estimate %d pages, want 1", r.Slug, e.Paper.Name, e.Pages)
			}
		}
	}
}

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
