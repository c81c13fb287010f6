package browsertest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/sample"
	"github.com/limber/limber/internal/site"
)

// longRoutines are the routines TestLongSheetsOverflowGracefully writes:
// each a number of generated stretches, the way existing handouts are
// written (steps of two to four sentences).
var longRoutines = []int{5, 6, 7, 8}

// TestLongSheetsOverflowGracefully prints regular sheets of routines with
// long, real-style stretches on Letter and A4 and checks how they run onto
// more pages: no card splits, across a page or a column; every page names
// the routine and says "Page k of n"; the week log, QR code, address and
// disclaimer share a page with each other and with at least one card; and
// no text is under 12 pt.
func TestLongSheetsOverflowGracefully(t *testing.T) {
	requireTools(t)
	s, out := buildLong(t)
	origin := serve(t, out, "/handouts/")
	art := artifactDir(t, "long-sheets")
	job := printJob{Out: art}
	var sheets []*site.Sheet
	for _, r := range s.Routines {
		if strings.HasPrefix(r.Slug, "long-") {
			sheets = append(sheets, r.Sheet)
			job.Sheets = append(job.Sheets, printSheet{Name: sheetName(s, r.Sheet), URL: origin + r.Sheet.URL})
		}
	}
	if len(sheets) != len(longRoutines) {
		t.Fatalf("%d long routines built, want %d", len(sheets), len(longRoutines))
	}
	for i, rep := range printSheets(t, job) {
		sh := sheets[i]
		t.Run(rep.Name, func(t *testing.T) {
			checkPage(t, sh, rep)
			if len(rep.Print.SplitCards) > 0 {
				t.Errorf("cards split across columns in print: %q", rep.Print.SplitCards)
			}
			for _, pp := range papers() {
				checkPages(t, s, sh, pdfPath(art, rep.Name, pp.name))
			}
		})
	}
}

// checkPages checks each page of a printed sheet's PDF for the rules of a
// sheet that runs onto more pages.
func checkPages(t *testing.T, s *site.Site, sh *site.Sheet, pdf string) {
	t.Helper()
	pages := pdfPages(t, pdf)
	t.Logf("%s: %d page(s)", filepath.Base(pdf), len(pages))
	title := sh.Routine.Title
	for k, text := range pages {
		flat := strings.Join(strings.Fields(text), " ")
		if !strings.Contains(flat, title) {
			t.Errorf("%s page %d does not name the routine %q", filepath.Base(pdf), k+1, title)
		}
		want := fmt.Sprintf("Page %d of %d", k+1, len(pages))
		if len(pages) > 1 && !strings.Contains(flat, want) {
			t.Errorf("%s page %d does not say %q", filepath.Base(pdf), k+1, want)
		}
	}
	checkCardsWhole(t, sh, pages, pdf)
	checkFootTogether(t, s, sh, pages, pdf)
}

// checkCardsWhole checks that each card's first words (its title) and last
// words (its end mark) are on the same page.
func checkCardsWhole(t *testing.T, sh *site.Sheet, pages []string, pdf string) {
	t.Helper()
	for _, it := range sh.Routine.Items {
		first := pageOf(pages, it.Stretch.Title)
		last := pageOf(pages, endMark(it.Stretch.Slug))
		if first < 0 || first != last {
			t.Errorf("%s: card %q starts on page %d and ends on page %d", filepath.Base(pdf), it.Stretch.Title, first+1, last+1)
		}
	}
}

// checkFootTogether checks that the log, the address, the disclaimer and
// the QR code are on one page, and that this page has a card too.
func checkFootTogether(t *testing.T, s *site.Site, sh *site.Sheet, pages []string, pdf string) {
	t.Helper()
	log := pageOf(pages, "Tick a box each day")
	addr := pageOf(pages, "This routine online")
	disc := pageOf(pages, "Please read")
	if log < 0 || log != addr || addr != disc {
		t.Errorf("%s: the log is on page %d, the address on page %d, the disclaimer on page %d; want one page",
			filepath.Base(pdf), log+1, addr+1, disc+1)
		return
	}
	card := false
	for _, it := range sh.Routine.Items {
		card = card || pageOf(pages, endMark(it.Stretch.Slug)) == disc
	}
	if !card {
		t.Errorf("%s: page %d has the log and the disclaimer but no card", filepath.Base(pdf), disc+1)
	}
	png := toPNG(t, pdf, disc+1, 100, strings.TrimSuffix(pdf, ".pdf")+fmt.Sprintf("-p%d", disc+1))
	if got, want := decodeQR(t, png), s.AbsURL(&sh.Routine.Page); len(got) != 1 || got[0] != want {
		t.Errorf("%s: the QR code on page %d reads %q, want %q", filepath.Base(pdf), disc+1, got, want)
	}
}

// pdfPages returns the text of each page of a PDF.
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	n := readPDF(t, pdf).Pages
	pages := make([]string, n)
	for k := range n {
		p := fmt.Sprint(k + 1)
		pages[k] = string(run(t, time.Minute, "pdftotext", "-f", p, "-l", p, "-raw", pdf, "-"))
	}
	return pages
}

// pageOf returns the index of the first page whose text holds s, with runs
// of white space taken as one space, or -1.
func pageOf(pages []string, s string) int {
	for k, text := range pages {
		if strings.Contains(strings.Join(strings.Fields(text), " "), s) {
			return k
		}
	}
	return -1
}

// endMark is the word that ends the last stop-if point of a generated
// stretch, so that the test can find where its card ends.
func endMark(slug string) string {
	return "mark" + regexp.MustCompile(`\D`).ReplaceAllString(slug, "") + "end"
}

// buildLong copies the sample site into a temporary folder, adds the long
// routines with their generated stretches, builds it for baseURL and
// returns the indexed site and the output folder.
func buildLong(t *testing.T) (*site.Site, string) {
	t.Helper()
	return buildWith(t, func(dir string) {
		rng := rand.New(rand.NewPCG(14, 2026))
		n := 0
		for i, size := range longRoutines {
			var slugs []string
			for range size {
				n++
				slugs = append(slugs, writeLongStretch(t, dir, rng, n))
			}
			writeRoutine(t, dir, fmt.Sprintf("long-%d", i+1), fmt.Sprintf("Long routine %d of %d stretches", i+1, size), slugs)
		}
	})
}

// buildWith copies the sample site into a temporary folder, lets add
// write more content into it, builds it for baseURL and returns the
// indexed site and the output folder.
func buildWith(t *testing.T, add func(dir string)) (*site.Site, string) {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	add(dir)
	opts := pipeline.Options{Site: dir, Out: filepath.Join(dir, "public"), BaseURL: baseURL}
	if _, err := pipeline.Build(context.Background(), opts); err != nil {
		t.Fatalf("build: %v", err)
	}
	s, _, errs := pipeline.Prepare(opts)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s, opts.Out
}

// writeRoutine writes content/routines/SLUG.md with the given stretches.
func writeRoutine(t *testing.T, dir, slug, title string, stretches []string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n", title)
	b.WriteString("summary: Stretches with as much to say as most handouts written before limber.\n")
	b.WriteString("frequency: daily\nduration: 20 minutes\nwarmup: Walk or march in place for 5 minutes.\n")
	b.WriteString("updated: 2026-01-15\nreviewed_by: Sam Okafor, PT\nstretches:\n")
	for _, s := range stretches {
		fmt.Fprintf(&b, "  - ref: %s\n", s)
	}
	b.WriteString("---\n\nA routine made by the browser test.\n")
	writeFile(t, filepath.Join(dir, "content", "routines", slug+".md"), b.String())
}

// writeLongStretch writes stretch number n, with four to six steps of two
// to four sentences (60 to 250 characters each) and two or three stop-if
// points, the last ending in its end mark; every other one has a picture.
// It returns the stretch's slug.
func writeLongStretch(t *testing.T, dir string, rng *rand.Rand, n int) string {
	t.Helper()
	slug := fmt.Sprintf("long-stretch-%02d", n)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: Practice stretch %02d\nsummary: A stretch written at the length of a real handout.\n", n)
	b.WriteString("type: static\nhold: 30s\nreps: 3\nregions: [hips]\n")
	if n%3 == 0 {
		b.WriteString("sides: both\n")
	}
	if n%2 == 0 {
		b.WriteString("images:\n  - src: lunge.svg\n    alt: A person kneeling on one knee.\n")
	}
	b.WriteString("---\n\nA stretch made by the browser test.\n\n## How to do it\n\n")
	for k := range 4 + rng.IntN(3) {
		fmt.Fprintf(&b, "%d. %s\n", k+1, longStep(rng))
	}
	b.WriteString("\n## Stop if\n\n- You feel sharp pain.\n")
	if rng.IntN(2) == 0 {
		b.WriteString("- Your arm or leg goes numb or tingles.\n")
	}
	fmt.Fprintf(&b, "- You feel dizzy %s.\n", endMark(slug))
	writeFile(t, filepath.Join(dir, "content", "stretches", slug+".md"), b.String())
	return slug
}

// sentences are the sentences steps are made of, in everyday words.
var sentences = []string{
	"Sit up tall on a firm chair with your feet flat on the floor",
	"Breathe out slowly as you move",
	"Keep your shoulders down and relaxed, away from your ears, the whole time you hold the stretch",
	"Move only as far as a gentle pull",
	"If you feel pain, come back a little until the pull is gentle again",
	"Hold on to the back of a chair or a counter with one hand if you feel unsteady",
	"Let your head rest on a pillow or a folded towel",
	"Slowly bring your knee up toward your chest and hold it with both hands behind the thigh",
	"Do not bounce",
	"Count out loud so that you keep breathing",
	"Turn your head to look over your shoulder, then let it come back to the middle",
	"Keep your back straight and your tummy muscles gently tight, as if you were bracing for a small push",
}

// longStep returns a step of two to four sentences, 60 to 250 characters
// long.
func longStep(rng *rand.Rand) string {
	for {
		var parts []string
		for range 2 + rng.IntN(3) {
			parts = append(parts, sentences[rng.IntN(len(sentences))]+".")
		}
		if s := strings.Join(parts, " "); len(s) >= 60 && len(s) <= 250 {
			return s
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
