package browsertest

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/sample"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// baseURL is absolute, so that sheets carry a QR code, and has a path, so
// that the base path is exercised too.
const baseURL = "https://clinic.example.org/handouts/"

// onePageMax is the most stretches a routine may have for its regular sheet
// to be checked to print on one page.
const onePageMax = 6

// paper is a paper size of the test, as print.mjs names its PDFs, with its
// page size in points.
type paper struct {
	name          string
	width, height float64
}

func papers() []paper {
	return []paper{{"letter", 612, 792}, {"a4", 595.28, 841.89}}
}

// TestSheetsPrintOnOnePage builds the sample site plus a routine of its six
// longest stretches (in English only, see writeLongRoutine), prints every
// regular and large-print sheet of every language in Chromium on Letter
// and A4, and checks what a patient gets on paper: one page for a routine
// of up to six stretches, text of 12 pt or more (16 pt in large
// print) in black and never italic, a box per stretch (and side) per day in
// the log, no print button, and a QR code that reads back as the routine's
// web address.
func TestSheetsPrintOnOnePage(t *testing.T) {
	requireTools(t)
	s, out := buildSample(t)
	origin := serve(t, out, "/handouts/")
	art := artifactDir(t, "sheets")
	job := printJob{Out: art}
	sheets := allSheets(s)
	for _, l := range s.Languages() {
		if len(l.Routines) == 0 {
			t.Errorf("the sample site has no routine in %s, so no sheet of it is printed", l.Lang)
		}
	}
	for _, sh := range sheets {
		job.Sheets = append(job.Sheets, printSheet{Name: sheetName(s, sh), URL: origin + sh.URL})
	}
	reports := printSheets(t, job)
	for i, sh := range sheets {
		rep := reports[i]
		t.Run(rep.Name, func(t *testing.T) {
			checkPage(t, sh, rep)
			checkPaper(t, s, sh, art)
		})
	}
}

// allSheets returns the regular and large-print sheets of every routine of
// every language of the site, the default language first.
func allSheets(s *site.Site) []*site.Sheet {
	var out []*site.Sheet
	for _, l := range s.Languages() {
		for _, r := range l.Routines {
			out = append(out, r.Sheet, r.LargeSheet)
		}
	}
	return out
}

// sheetName names a sheet's files: the routine's slug, with "-large" for
// the large-print variant, after the language ("es-morning-back") for a
// language other than the site's default.
func sheetName(s *site.Site, sh *site.Sheet) string {
	name := sh.Routine.Slug
	if sh.Large {
		name += "-large"
	}
	if d := s.Languages()[0]; sh.Routine.Lang != d.Lang {
		name = sh.Routine.Lang + "-" + name
	}
	return name
}

// checkPage checks what print.mjs measured in the page.
func checkPage(t *testing.T, sh *site.Sheet, rep report) {
	t.Helper()
	minPt := 12.0
	if sh.Large {
		minPt = 16
	}
	p := rep.Print
	t.Logf("print media: %.0f mm tall at 193 mm wide %v; smallest text %.1f pt", p.HeightMM, p.PartsMM, p.MinPt)
	if rep.Status != 200 || len(rep.Errors) > 0 {
		t.Errorf("loading %s: status %d, errors %v", sh.URL, rep.Status, rep.Errors)
	}
	if p.MinPt < minPt-0.01 {
		t.Errorf("text of %.1f pt in print (at least %.0f pt wanted): %s", p.MinPt, minPt, p.MinWhere)
	}
	if len(p.Italic) > 0 || len(p.NotBlack) > 0 {
		t.Errorf("printed text must be black and upright: italic %q, not black %q", p.Italic, p.NotBlack)
	}
	if !rep.Screen.ButtonShown || p.ButtonShown {
		t.Errorf("print button shown on screen %v (want true), in print %v (want false)", rep.Screen.ButtonShown, p.ButtonShown)
	}
	if p.Cards != len(sh.Routine.Items) {
		t.Errorf("%d cards, want one per stretch: %d", p.Cards, len(sh.Routine.Items))
	}
	checkLog(t, sh.Routine, p.Rows)
	if rep.Preview.Marks != 2 || len(rep.Preview.Covered) > 0 {
		t.Errorf("on screen, %d marks where page 1 ends (want 2), covering text %q", rep.Preview.Marks, rep.Preview.Covered)
	}
}

// checkLog checks the week log: a row per stretch with a box a day, or two
// (left and right) when the stretch is done on both sides.
func checkLog(t *testing.T, r *site.Routine, rows []logRow) {
	t.Helper()
	if len(rows) != len(r.Items) {
		t.Fatalf("the log has %d rows, want %d", len(rows), len(r.Items))
	}
	for i, it := range r.Items {
		want := 7
		if it.Dose.Sides == dosage.Both {
			want = 14
		}
		if rows[i].Boxes != want || !strings.Contains(rows[i].Label, it.Stretch.Title) {
			t.Errorf("log row %d (%q): %d boxes, want %d for %s (sides %s)",
				i+1, rows[i].Label, rows[i].Boxes, want, it.Stretch.Title, it.Dose.Sides)
		}
	}
}

// checkPaper checks the two PDFs of a sheet: their size and page count, and
// the QR code on the page that has it. It leaves a PNG of page 1 of each.
func checkPaper(t *testing.T, s *site.Site, sh *site.Sheet, art string) {
	t.Helper()
	name := sheetName(s, sh)
	for _, pp := range papers() {
		pdf := pdfPath(art, name, pp.name)
		info := readPDF(t, pdf)
		t.Logf("%s: %d page(s)", filepath.Base(pdf), info.Pages)
		if math.Abs(info.Width-pp.width) > 1 || math.Abs(info.Height-pp.height) > 1 {
			t.Errorf("%s: page %.0f x %.0f pt, want %s", pdf, info.Width, info.Height, pp.name)
		}
		if !sh.Large && len(sh.Routine.Items) <= onePageMax && info.Pages != 1 {
			t.Errorf("%s: %d pages; a routine of %d stretches must print on one page of %s",
				filepath.Base(pdf), info.Pages, len(sh.Routine.Items), pp.name)
		}
		first := toPNG(t, pdf, 1, 100, filepath.Join(art, name+"-"+pp.name))
		qrPage := first
		if info.Pages > 1 {
			qrPage = toPNG(t, pdf, info.Pages, 100, filepath.Join(art, fmt.Sprintf("%s-%s-p%d", name, pp.name, info.Pages)))
		}
		want := s.AbsURL(&sh.Routine.Page)
		if got := decodeQR(t, qrPage); len(got) != 1 || got[0] != want {
			t.Errorf("%s: the QR code reads %q, want exactly %q", filepath.Base(qrPage), got, want)
		}
	}
}

// buildSample copies the sample site at the repository root into a temporary
// folder, adds a routine of its six longest stretches, builds it for
// baseURL and returns the indexed site and the output folder.
func buildSample(t *testing.T) (*site.Site, string) {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{Site: dir, Out: filepath.Join(dir, "public"), BaseURL: baseURL}
	s, _, errs := pipeline.Prepare(opts)
	if len(errs) > 0 {
		t.Fatalf("the sample site: %v", errs)
	}
	writeLongRoutine(t, dir, longest(s.Stretches, onePageMax))
	if _, err := pipeline.Build(context.Background(), opts); err != nil {
		t.Fatalf("build: %v", err)
	}
	s, _, errs = pipeline.Prepare(opts)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s, opts.Out
}

// longest returns the n stretches with the most text a sheet prints: the
// steps, the stop-if points and the conditions.
func longest(all []*site.Stretch, n int) []*site.Stretch {
	size := func(st *site.Stretch) int {
		k := len(st.Title) + len(st.Dosage)
		for _, h := range append(slices.Clone(st.Steps), st.StopIf...) {
			k += len(h)
		}
		for _, c := range st.Contraindications {
			k += len(c.Title)
		}
		return k
	}
	sorted := slices.Clone(all)
	slices.SortStableFunc(sorted, func(a, b *site.Stretch) int { return cmp.Compare(size(b), size(a)) })
	return sorted[:min(n, len(sorted))]
}

// writeLongRoutine writes content/routines/test-six-longest.md with the
// given stretches, as long a plan as a sheet's head holds on two lines and a
// review line. It has no Spanish translation: Spanish runs about a fifth
// longer than English, and the six longest sample stretches take two pages
// in Spanish (some 324 mm of the 263 a page holds); the Spanish sample
// routines, of four and five stretches, print on one page.
func writeLongRoutine(t *testing.T, dir string, stretches []*site.Stretch) {
	t.Helper()
	var b strings.Builder
	b.WriteString("---\ntitle: Six longest stretches\n")
	b.WriteString("summary: The six sample stretches with the most to print on a sheet.\n")
	b.WriteString("frequency: daily\nduration: 15 minutes\n")
	b.WriteString("warmup: Walk or march in place for 5 to 10 minutes.\n")
	b.WriteString("updated: 2026-01-15\nreviewed_by: Sam Okafor, PT\nstretches:\n")
	for _, st := range stretches {
		fmt.Fprintf(&b, "  - ref: %s\n", st.Slug)
	}
	b.WriteString("---\n\nA routine made by the browser test.\n")
	p := filepath.Join(dir, "content", "routines", "test-six-longest.md")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
