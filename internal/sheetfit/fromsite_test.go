package sheetfit_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/sample"
	"github.com/limber/limber/internal/sheetfit"
	"github.com/limber/limber/internal/site"
)

func sampleSite(t testing.TB) *site.Site { return sampleSiteIn(t, "en") }

// sampleSiteIn is the sample site's pages in the language lang.
func sampleSiteIn(t testing.TB, lang string) *site.Site {
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
	for _, l := range s.Languages() {
		if l.Lang == lang {
			return l
		}
	}
	t.Fatalf("the sample has no pages in %q", lang)
	return nil
}

// TestFromSite checks the model of a sample sheet against what
// templates/sheet.html prints.
func TestFromSite(t *testing.T) {
	s := sampleSite(t)
	for _, r := range s.Routines {
		m := sheetfit.FromSite(s, r.Sheet)
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

// TestSampleFitsOnePage: every sample routine, in English and in Spanish,
// prints on one page of Letter and of A4 (TestSheetsPrintOnOnePage holds
// Chromium to that), and the estimate must say so. The Spanish morning
// routine is too long for one page with the pictures of the regular
// layout, and fits once laid out long, with smaller pictures.
func TestSampleFitsOnePage(t *testing.T) {
	fs, err := sheetfit.LoadFaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "es"} {
		s := sampleSiteIn(t, lang)
		for _, r := range s.Routines {
			for _, e := range fs.Estimate(sheetfit.FromSite(s, r.Sheet), sheetfit.Letter, sheetfit.A4) {
				if e.Pages != 1 {
					t.Errorf("%s %s on %s: estimate %d pages, want 1", lang, r.Slug, e.Paper.Name, e.Pages)
				}
			}
		}
	}
}

// TestFromSiteInSpanish: a sheet of a Spanish site is measured with the
// Spanish words it prints.
func TestFromSiteInSpanish(t *testing.T) {
	s := sampleSiteIn(t, "es")
	for _, r := range s.Routines {
		m := sheetfit.FromSite(s, r.Sheet)
		if m.Clinic.Phone != "" && !strings.HasPrefix(m.Clinic.Phone, "Teléfono: ") {
			t.Errorf("%s: phone %q", r.Slug, m.Clinic.Phone)
		}
		if r.Updated != "" && (!strings.HasPrefix(m.Reviewed, "Revisado el ") || !strings.Contains(m.Reviewed, " de 20")) {
			t.Errorf("%s: reviewed %q", r.Slug, m.Reviewed)
		}
		if len(m.Plan) > 0 && strings.Contains(m.Plan[0].Text, "How") || m.Words == nil || m.Words.Code() != "es" {
			t.Errorf("%s: plan %v, words in Spanish: %v", r.Slug, m.Plan, m.Words != nil && m.Words.Code() == "es")
		}
	}
}
