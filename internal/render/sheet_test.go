package render

import (
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

// sheetsOf returns the regular and the large-print sheet of the first
// routine of s.
func sheetsOf(s *site.Site) (*site.Sheet, *site.Sheet) {
	r := s.Routines[0]
	return r.Sheet, r.LargeSheet
}

// TestSheetContent checks what the printed sheet of a routine holds, on
// both variants.
func TestSheetContent(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	regular, large := sheetsOf(s)
	for _, sh := range []*site.Sheet{regular, large} {
		html := render(t, tm, s, &sh.Page)
		r := sh.Routine
		mustHave(t, sh.URL, html,
			`<link rel="stylesheet" href="/handouts/assets/sheet.css">`,
			`<script src="/handouts/assets/sheet.js" defer></script>`,
			`<button type="button" class="print-button" hidden>`,
			`<a href="`+sh.Other.URL+`">`, `<a href="`+r.URL+`">Back to the routine</a>`,
			"<h1 id=\"sheet-title\">"+r.Title+"</h1>", r.Summary,
			"Riverside Physio &amp; Rehab", "Phone: &#43;1 (555) 010-0100",
			"Walk around your home for 5 minutes first.", "Every morning", "About 10 minutes",
			"Keep your head on the floor.", "<li>It hurts &amp; you feel sharp pain.</li>",
			"Last reviewed 1 May 2024 by Sam Okafor, PT.", "does not replace advice from your own clinician")
		for _, it := range r.Items {
			mustHave(t, sh.URL, html, `<strong class="sheet-dose">`+it.Dosage+`</strong>`)
		}
		if n := strings.Count(html, `<li class="sheet-card">`); n != len(r.Items) {
			t.Errorf("%s: %d cards, want %d", sh.URL, n, len(r.Items))
		}
		if n := strings.Count(html, `class="line"`); n != 3 {
			t.Errorf("%s: %d lines to write on, want 3 (name, date, clinician)", sh.URL, n)
		}
		if strings.Contains(html, "paper-") || strings.Contains(html, "<svg") {
			t.Errorf("%s: no paper size and no QR code without paper: and an absolute base URL", sh.URL)
		}
	}
}

// TestSheetVariants checks what the two sheets share (the key steps on
// every card) and what differs between the regular sheet (made to fit one
// page) and the large-print one (conditions on each card).
func TestSheetVariants(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	regular, large := sheetsOf(s)
	reg, lg := render(t, tm, s, &regular.Page), render(t, tm, s, &large.Page)
	steps := `<ol class="sheet-steps">` + "\n<li>Start slowly.</li>"
	if strings.Count(reg, steps) != len(regular.Routine.Items) || strings.Count(lg, steps) != len(large.Routine.Items) {
		t.Error("both sheets show the numbered steps on every card")
	}
	if strings.Count(reg, "<dt>Ask first if you have:</dt>") != 1 || strings.Contains(reg, "<p><strong>Ask first") {
		t.Error("the regular sheet names the conditions once, under the plan")
	}
	if !strings.Contains(lg, "<p><strong>Ask first if you have:</strong> Hip replacement, Osteoporosis</p>") {
		t.Error("the large-print sheet names each stretch's conditions on its card")
	}
	mustHave(t, regular.URL, reg, `<article class="sheet" `, ">Large print sheet</a>")
	mustHave(t, large.URL, lg, `<article class="sheet sheet-large" `, ">Regular print sheet</a>")
}

// TestSheetLog checks the week log: a box a day per stretch, two (left and
// right) for a stretch done on both sides.
func TestSheetLog(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	regular, _ := sheetsOf(s)
	html := render(t, tm, s, &regular.Page)
	rows := regexp.MustCompile(`(?s)<tr( class="sides")?><th scope="row">(.*?)</tr>`).FindAllStringSubmatch(html, -1)
	if len(rows) != len(regular.Routine.Items) {
		t.Fatalf("%d log rows, want %d", len(rows), len(regular.Routine.Items))
	}
	for i, it := range regular.Routine.Items {
		both := it.Dose.Sides == dosage.Both
		want := 7
		if both {
			want = 14
		}
		if got := strings.Count(rows[i][2], `<span class="box"></span>`); got != want || (rows[i][1] != "") != both {
			t.Errorf("row %d (%s, sides %s): %d boxes, want %d", i+1, it.Stretch.Title, it.Dose.Sides, got, want)
		}
	}
	mustHave(t, regular.URL, html, `<th scope="col" colspan="2">Day 7</th>`, "L: left side, R: right side")
}

// TestSheetQR checks the QR code and the printed address: there when the
// base URL is absolute, left out when it is only a path.
func TestSheetQR(t *testing.T) {
	tm := mustLoad(t, "")
	s := testSiteAt(t, "https://clinic.example.org/handouts/")
	regular, large := sheetsOf(s)
	for _, sh := range []*site.Sheet{regular, large} {
		html := render(t, tm, s, &sh.Page)
		mustHave(t, sh.URL, html, `<div class="sheet-qr"><svg `, `aria-label="QR code: this routine online"`,
			`<span class="url">clinic.example.org/handouts/routines/morning-back/</span>`)
		if strings.Contains(html, "https://clinic.example.org/handouts/routines/morning-back/sheet") {
			t.Errorf("%s: the QR code and address are of the routine page, not the sheet", sh.URL)
		}
	}
	html := render(t, tm, testSite(t), &regular.Page)
	if strings.Contains(html, "sheet-qr") || strings.Contains(html, "This routine online") {
		t.Error("with a path-only base URL there is no address to print")
	}
}

// TestSheetPaper checks that paper: in limber.yaml links the stylesheet
// with the page size.
func TestSheetPaper(t *testing.T) {
	tm := mustLoad(t, "")
	for _, paper := range []string{"letter", "a4"} {
		c := testContent()
		c.Config.Paper = paper
		s, errs := site.Index(c, site.Options{})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		regular, _ := sheetsOf(s)
		html := render(t, tm, s, &regular.Page)
		mustHave(t, regular.URL, html, `<link rel="stylesheet" href="/handouts/assets/paper-`+paper+`.css">`)
	}
}

// TestRoutineLinksSheets checks the routine page links both sheets.
func TestRoutineLinksSheets(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	r := s.Routines[0]
	mustHave(t, r.URL, render(t, tm, s, &r.Page),
		`<a href="/handouts/routines/morning-back/sheet/">Print sheet</a>`,
		`<a href="/handouts/routines/morning-back/sheet/large/">Large print sheet</a>`)
}

func mustHave(t *testing.T, url, html string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(html, w) {
			t.Errorf("%s lacks %s", url, w)
		}
	}
}

// TestSheetFuncs checks the template functions the sheet uses.
func TestSheetFuncs(t *testing.T) {
	seq := Funcs()["seq"].(func(int) []int)
	for _, tt := range []struct{ n, want int }{{7, 7}, {0, 0}, {-3, 0}, {5000, 1000}} {
		if got := seq(tt.n); len(got) != tt.want || (tt.want > 0 && (got[0] != 1 || got[tt.want-1] != tt.want)) {
			t.Errorf("seq %d = %d numbers, want 1..%d", tt.n, len(got), tt.want)
		}
	}
	web := Funcs()["webAddress"].(func(string) string)
	for in, want := range map[string]string{
		"https://example.org/a/": "example.org/a/", "http://example.org/": "http://example.org/", "": "",
	} {
		if got := web(in); got != want {
			t.Errorf("webAddress %q = %q, want %q", in, got, want)
		}
	}
	qr := Funcs()["qr"].(func(string, string) (template.HTML, error))
	if got, err := qr("", "x"); got != "" || err != nil {
		t.Errorf(`qr "" = %q, %v; want nothing`, got, err)
	}
	got, err := qr("https://example.org/routines/a/", `a "label" <b>`)
	if err != nil || !strings.HasPrefix(string(got), "<svg ") || strings.Contains(string(got), "<b>") {
		t.Errorf("qr = %.80q, %v; want an <svg> with the label escaped", got, err)
	}
	if _, err := qr(strings.Repeat("x", 8000), ""); err == nil {
		t.Error("qr of a text too long for a QR code should fail")
	}
}
