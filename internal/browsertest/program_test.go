package browsertest

import (
	"html"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/program"
	"github.com/limber/limber/internal/site"
)

// realistic is the six-stretch program of docs/programs.md.
const realistic = "1Low_back_and_hips~2C_weeks_1-2,daily,10_minutes,Walk_for_5_minutes.*knee-to-chest,h45x2*lumbar-twist," +
	"L*supine-hamstring,h20nUse_a_towel_around_your_foot.*cat-cow,x8*childs-pose*quad-stretch,x2s2B"

// programCase is one fragment program.mjs opens.
type programCase struct {
	Name     string `json:"name"`
	Fragment string `json:"fragment"`
	Print    bool   `json:"print"`
	Large    bool   `json:"large"`
	Axe      bool   `json:"axe"`
	// Then is an address to go to afterwards, where the page shows
	// ThenCards cards.
	Then      string `json:"then,omitempty"`
	ThenCards int    `json:"thenCards,omitempty"`
}

// programView is what program.mjs saw of one case.
type programView struct {
	Name    string `json:"name"`
	Title   string `json:"title"`
	Classes string `json:"classes"`
	Heading string `json:"heading"`
	Cards   []struct {
		Title, Dose, Note, Link string
	} `json:"cards"`
	Plan     string         `json:"plan"`
	LogRows  []string       `json:"logRows"`
	URL      string         `json:"url"`
	QR       bool           `json:"qr"`
	Messages []string       `json:"messages"`
	Change   string         `json:"change"`
	Strange  []string       `json:"strange"`
	Handlers []string       `json:"handlers"`
	Pages    map[string]int `json:"pages"`
	Problems []string       `json:"problems"`
	Axe      []string       `json:"axe"`
	HTML     struct {
		Cards, Log, Plan string
	} `json:"html"`
	Large    *programView `json:"large"`
	Then     *programView `json:"then"`
	Controls struct {
		Print  bool   `json:"print"`
		Change string `json:"change"`
		Large  bool   `json:"large"`
	} `json:"controls"`
}

// TestProgramPage opens the program page of the sample site, served with
// the dev server's Content Security Policy, at a realistic program, a long
// one, one naming a stretch the site does not have and hostile addresses,
// and checks what it shows, what prints (one page, a QR code that reads
// back as the page's address, sheetpages.js's count equal to Chromium's),
// that nothing runs from the address and that no request carries it.
func TestProgramPage(t *testing.T) {
	requireTools(t)
	s, out := buildSample(t)
	ensureProgramPage(t, out)
	origin, requests := serveLogged(t, out, "/handouts/")
	art := artifactDir(t, "program")
	hostile := map[string]string{
		"markup-encoded": "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
		"markup-raw":     "<img src=x onerror=alert(1)>",
		"markup-item":    "1,,,*<script>alert(1)</script>",
		"huge":           "1" + strings.Repeat("Aa", 50_000),
		"bad-escape":     "1~ZZ,,,*cat-cow",
		"wrong-version":  "2Low_back,,,*cat-cow",
		"empty":          "",
	}
	cases := []programCase{
		{Name: "realistic", Fragment: realistic, Print: true, Large: true, Axe: true},
		{Name: "long", Fragment: longProgram(), Print: true},
		{Name: "seven", Fragment: "1Seven,daily,,*knee-to-chest*lumbar-twist*supine-hamstring*cat-cow*childs-pose*quad-stretch*lunge", Print: true},
		{Name: "ten", Fragment: "1Ten,daily,,*knee-to-chest*lumbar-twist*supine-hamstring*cat-cow*childs-pose*quad-stretch*lunge*open-book*cat-cow*lunge", Print: true},
		{Name: "three", Fragment: "1,,,*cat-cow*lunge,R*open-book", Print: true, Then: "1Changed,,,*lunge", ThenCards: 1},
		{Name: "missing", Axe: true, Fragment: strings.Replace(realistic, "*cat-cow,x8", "*cat-cow,x8*no-such-stretch,h30", 1)},
	}
	for _, name := range slices.Sorted(maps.Keys(hostile)) {
		cases = append(cases, programCase{Name: name, Fragment: hostile[name], Axe: name == "bad-escape"})
	}
	first := len(cases)
	for _, r := range s.Routines {
		cases = append(cases, programCase{Name: "routine " + r.Slug, Fragment: routineProgram(t, r)})
	}
	views := runProgram(t, programJob{Out: art, Page: origin + "/handouts/program/", Cases: cases})
	for i, r := range s.Routines {
		checkLikeRoutine(t, out, r, views[first+i])
	}
	checkTranslatedRoutines(t, s, out, art, origin)
	views, cases = views[:first], cases[:first]
	for i, v := range views {
		if cases[i].Axe && v.Axe == nil {
			t.Errorf("%s: axe-core did not run", v.Name)
		}
		if len(v.Axe) > 0 {
			t.Errorf("%s: axe-core finds %q", v.Name, v.Axe)
		}
		if len(v.Problems) > 0 || len(v.Strange) > 0 || len(v.Handlers) > 0 {
			t.Errorf("%s: problems %q, elements from outside %q, handlers on %q", v.Name, v.Problems, v.Strange, v.Handlers)
		}
		for _, r := range requests() {
			if f := cases[i].Fragment; len(f) > 3 && strings.Contains(r, f[1:min(len(f), 40)]) || strings.Contains(r, "#") {
				t.Errorf("%s: the server was asked for %q, which carries the fragment", v.Name, r)
			}
		}
	}
	checkRealistic(t, s, views[0], origin)
	checkPrinted(t, art, views[0], 1, origin+"/handouts/program/#"+realistic)
	checkPrinted(t, art, views[1], manyPages, "")
	checkPrinted(t, art, views[2], 2, "")
	checkPrinted(t, art, views[3], 2, "")
	checkPrinted(t, art, views[4], 1, origin+"/handouts/program/#"+cases[4].Fragment)
	if views[4].Title != "Your stretches" || views[4].Heading != "Your stretches" || strings.Contains(views[4].Plan, "How often") {
		t.Errorf("three: an untitled program is titled %q (heading %q, plan %q)", views[4].Title, views[4].Heading, views[4].Plan)
	}
	if th := views[4].Then; th == nil || th.Title != "Changed" || len(th.Cards) != 1 {
		t.Errorf("three: after the address changed, the page shows %+v", th)
	}
	checkMissing(t, views[5])
	for _, v := range views[6:] {
		if len(v.Messages) == 0 || v.Heading != "" || len(v.Cards) > 0 || v.Controls.Print || v.Controls.Change != "" {
			t.Errorf("%s: want a message and no sheet, got messages %q, heading %q, %d cards", v.Name, v.Messages, v.Heading, len(v.Cards))
		}
	}
}

// checkRealistic checks the six cards, in order, with their doses, notes,
// links, log rows, plan, address line and "Change this program" link.
func checkRealistic(t *testing.T, s *site.Site, v programView, origin string) {
	t.Helper()
	slugs := []string{"knee-to-chest", "lumbar-twist", "supine-hamstring", "cat-cow", "childs-pose", "quad-stretch"}
	changes := []dosage.Dose{{Hold: 45 * time.Second, Reps: 2}, {Sides: dosage.Left}, {Hold: 20 * time.Second}, {Reps: 8}, {},
		{Reps: 2, Sets: 2, Sides: dosage.Both}}
	if len(v.Cards) != len(slugs) {
		t.Fatalf("realistic: %d cards, want %d: %+v", len(v.Cards), len(slugs), v.Cards)
	}
	for i, slug := range slugs {
		st := stretchBySlug(t, s, slug)
		want := st.Dose.With(changes[i]).Sentence()
		c := v.Cards[i]
		if c.Title != st.Title || c.Dose != want || c.Link != st.URL {
			t.Errorf("card %d: got %q %q %q, want %q %q %q", i+1, c.Title, c.Dose, c.Link, st.Title, want, st.URL)
		}
		if row := v.LogRows[i]; !strings.HasPrefix(row, strings.TrimSpace(string(rune('1'+i)))+". "+st.Title) {
			t.Errorf("log row %d: %q", i+1, row)
		}
	}
	if !strings.Contains(v.Cards[1].Dose, "left side") || v.Cards[2].Note != "Use a towel around your foot." {
		t.Errorf("realistic: lumbar twist %q, hamstring note %q", v.Cards[1].Dose, v.Cards[2].Note)
	}
	if v.Title != "Low back and hips, weeks 1-2" || v.Heading != v.Title || !strings.Contains(v.Plan, "How often: daily") ||
		!strings.Contains(v.Plan, "Warm up first: Walk for 5 minutes.") || !strings.Contains(v.Plan, "Ask first if you have:") {
		t.Errorf("realistic: title %q, heading %q, plan %q", v.Title, v.Heading, v.Plan)
	}
	if v.URL != "Your program online: scan the QR code with your phone's camera." || !v.QR {
		t.Errorf("realistic: address line %q, QR code %v", v.URL, v.QR)
	}
	if v.Change != "/handouts/builder/#"+realistic || v.Controls.Change != v.Change || !v.Controls.Print || !v.Controls.Large {
		t.Errorf("realistic: Change this program links to %q; controls %+v", v.Change, v.Controls)
	}
	if v.Large == nil || !strings.Contains(v.Large.Classes, "sheet-large") || strings.Contains(v.Large.Plan, "Ask first") {
		t.Errorf("realistic, large print: %+v", v.Large)
	}
}

// manyPages asks checkPrinted for more than one page, as many as
// sheetpages.js counts.
const manyPages = -1

// checkPrinted checks that the sheet printed on pages pages on each paper
// (any number for 0, more than one for manyPages), that sheetpages.js
// counted the pages Chromium printed (the regular sheet and, if printed,
// the large one), and that the QR code on the last page reads back as
// address, when one is given.
func checkPrinted(t *testing.T, art string, v programView, pages int, address string) {
	t.Helper()
	for _, p := range []string{"letter", "a4"} {
		pdf := pdfPath(art, v.Name, p)
		got := readPDF(t, pdf).Pages
		t.Logf("%s on %s: %d pages printed, %d counted (%s)", v.Name, p, got, v.Pages[p], v.Classes)
		if got != v.Pages[p] {
			t.Errorf("%s on %s: Chromium printed %d pages, sheetpages.js counted %d", v.Name, p, got, v.Pages[p])
		}
		if got != pages && pages > 0 || pages == manyPages && got < 2 {
			t.Errorf("%s on %s: %d pages, want %d (%d: more than one)", v.Name, p, got, pages, manyPages)
		}
		if address != "" {
			codes := decodeQR(t, toPNG(t, pdf, got, 300, strings.TrimSuffix(pdf, ".pdf")))
			if !slices.Contains(codes, address) {
				t.Errorf("%s on %s: the QR code reads %q, want %q", v.Name, p, codes, address)
			}
		}
		if v.Large != nil {
			lpdf := pdfPath(art, v.Name+"-large", p)
			if got := readPDF(t, lpdf).Pages; got != v.Large.Pages[p] {
				t.Errorf("%s large on %s: Chromium printed %d pages, sheetpages.js counted %d", v.Name, p, got, v.Large.Pages[p])
			}
		}
	}
	if long := strings.Contains(v.Classes, "sheet-long"); pages != 0 && long != (pages != 1) {
		t.Errorf("%s: %d pages, marked sheet-long %v: %q", v.Name, pages, long, v.Classes)
	}
}

// checkMissing checks that a stretch the site lacks is named and the rest shown.
func checkMissing(t *testing.T, v programView) {
	t.Helper()
	want := "This program names a stretch this site no longer has: no-such-stretch."
	if !slices.Contains(v.Messages, want) || len(v.Cards) != 6 {
		t.Errorf("missing: messages %q, %d cards", v.Messages, len(v.Cards))
	}
}

// longProgram is a program of eleven stretches with long notes: two pages.
func longProgram() string {
	note := "nKeep_your_back_flat_and_breathe_out_slowly_as_you_go_into_the_stretch._Stop_if_it_hurts_more_than_a_gentle_pull."
	slugs := []string{"knee-to-chest", "lumbar-twist", "supine-hamstring", "cat-cow", "childs-pose", "quad-stretch",
		"lunge", "open-book", "knee-to-chest", "cat-cow", "lumbar-twist"}
	b := strings.Builder{}
	b.WriteString("1Long_program,daily,20_minutes,")
	for _, s := range slugs {
		b.WriteString("*" + s + "," + note)
	}
	return b.String()
}

func stretchBySlug(t *testing.T, s *site.Site, slug string) *site.Stretch {
	t.Helper()
	for _, st := range s.Stretches {
		if st.Slug == slug {
			return st
		}
	}
	t.Fatalf("the sample site has no stretch %s", slug)
	return nil
}

// ensureProgramPage makes the built program page whole where other
// branches have not landed yet, and says so in the log: it links
// sheet-measure.css when the page does not, and writes a stand-in for each
// stylesheet or script the page links that the build lacks (builder.css
// stands in with its print rule: only the sheet prints).
func ensureProgramPage(t *testing.T, out string) {
	t.Helper()
	path := filepath.Join(out, "program", "index.html")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the build has no program page: %v", err)
	}
	page := string(b)
	if !strings.Contains(page, "sheet-measure.css") {
		t.Log("stand-in: the program page does not link sheet-measure.css; the test links it")
		page = strings.Replace(page, "</head>", `<link rel="stylesheet" href="/handouts/assets/sheet-measure.css">`+"\n</head>", 1)
		writeFile(t, path, page)
	}
	for _, m := range regexp.MustCompile(`(?:href|src)="/handouts/(assets/[^"]+\.(?:css|js))"`).FindAllStringSubmatch(page, -1) {
		file := filepath.Join(out, filepath.FromSlash(m[1]))
		if _, err := os.Stat(file); err == nil {
			continue
		}
		t.Logf("stand-in: the build has no %s; the test writes one", m[1])
		text := ""
		if strings.HasSuffix(m[1], "/builder.css") {
			text = "@media print { .kind-program #program-page { display: none !important; } }\n"
		}
		writeFile(t, file, text)
	}
}

// programJob is the input of program.mjs.
type programJob struct {
	Out   string        `json:"out"`
	Page  string        `json:"page"`
	Cases []programCase `json:"cases"`
}

// runProgram runs program.mjs on the job and returns a view per case.
func runProgram(t *testing.T, job programJob) []programView {
	t.Helper()
	var views []programView
	runJSON(t, "program.mjs", job, &views)
	if len(views) != len(job.Cases) {
		t.Fatalf("program.mjs reported %d cases, want %d", len(views), len(job.Cases))
	}
	return views
}

// checkTranslatedRoutines opens each routine of each translation of s as
// a program on that language's program page (<root>es/program/), which is
// in the page's language because of the page alone, and checks its sheet
// against Go's sheet of the translated routine, markup for markup.
func checkTranslatedRoutines(t *testing.T, s *site.Site, out, art, origin string) {
	t.Helper()
	compared := 0
	defer func() {
		if len(s.Translations) > 0 && compared == 0 {
			t.Error("the sample's translations have no routine to make into a program")
		}
	}()
	for _, l := range s.Translations {
		compared += len(l.Routines)
		var cases []programCase
		for _, r := range l.Routines {
			cases = append(cases, programCase{Name: l.Lang + " routine " + r.Slug, Fragment: routineProgram(t, r)})
		}
		if len(cases) == 0 {
			continue
		}
		views := runProgram(t, programJob{Out: art, Page: origin + "/handouts/" + l.Lang + "/program/", Cases: cases})
		for i, r := range l.Routines {
			checkLikeRoutine(t, out, r, views[i])
		}
	}
}

// routineProgram is the address of a program with a routine's title, plan,
// stretches and doses.
func routineProgram(t *testing.T, r *site.Routine) string {
	t.Helper()
	p := program.Program{Title: r.Title, Frequency: r.Frequency, Duration: r.Duration, Warmup: r.Warmup}
	for _, it := range r.Items {
		p.Stretches = append(p.Stretches, program.Item{Ref: it.Stretch.Slug, Hold: int(it.Dose.Hold / time.Second),
			Reps: it.Dose.Reps, Sets: it.Dose.Sets, Sides: it.Dose.Sides, Notes: it.Notes})
	}
	address, err := program.Encode(p)
	if err != nil {
		t.Fatalf("routine %s as a program: %v", r.Slug, err)
	}
	return address
}

// checkLikeRoutine checks that the program made of routine r shows the
// cards, the log and the plan of r's regular sheet, markup for markup (as
// text, with the program's links to the stretches taken out).
func checkLikeRoutine(t *testing.T, out string, r *site.Routine, v programView) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(r.Sheet.URL, "/handouts/")), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	links := regexp.MustCompile(`<a href="[^"]*">|</a>`)
	for _, part := range []struct{ name, got, start, end string }{
		{"cards", v.HTML.Cards, `<ol class="sheet-cards">`, "</ol>\n<div class=\"sheet-end\">"},
		{"log", v.HTML.Log, `<section class="sheet-log"`, "</section>"},
		{"plan", v.HTML.Plan, `<dl class="sheet-plan">`, "</dl>"},
	} {
		i := strings.Index(page, part.start)
		j := strings.Index(page[max(i, 0):], part.end)
		if i < 0 || j < 0 {
			t.Errorf("%s: the routine's sheet has no %s", r.Slug, part.name)
			continue
		}
		want := html.UnescapeString(page[i : i+j+len(strings.SplitN(part.end, "\n", 2)[0])])
		// The page's skeleton has no line breaks around the log's table.
		want = strings.Replace(want, "tabindex=\"0\">\n<table>", "tabindex=\"0\"><table>", 1)
		want = strings.Replace(want, "</table>\n</section>", "</table></section>", 1)
		got := html.UnescapeString(links.ReplaceAllString(part.got, ""))
		if got != want {
			n := 0
			for n < min(len(got), len(want)) && got[n] == want[n] {
				n++
			}
			from := max(0, n-80)
			t.Errorf("%s: the program's %s differ from the routine sheet's at byte %d:\n got: %q\nwant: %q", r.Slug, part.name, n,
				got[from:min(len(got), n+80)], want[from:min(len(want), n+80)])
		}
	}
}
