package browsertest

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber/limber/internal/devserver"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/program"
	"github.com/limber/limber/internal/sample"
)

// builderJob is the input of builder.mjs.
type builderJob struct {
	URL    string `json:"url"`
	Out    string `json:"out"`
	Mode   string `json:"mode"` // "full" or "base"
	Search string `json:"search"`
	Typo   string `json:"typo"`
	Region string `json:"region"`
	Title  string `json:"title"`
	Rich   string `json:"rich"`
	Bad    string `json:"bad"`
}

// builderGroup is what builder.mjs read of one stretch of the program.
type builderGroup struct {
	Legend string `json:"legend"`
	Dose   string `json:"dose"`
	Hold   string `json:"hold"`
	Sides  string `json:"sides"`
}

// builderReport is builder.mjs's output.
type builderReport struct {
	Errors     []string       `json:"errors"`
	Found      []string       `json:"found"`
	Typo       []string       `json:"typo"`
	Count      string         `json:"count"`
	Region     []string       `json:"region"`
	Before     []builderGroup `json:"before"`
	Changed    []builderGroup `json:"changed"`
	After      []builderGroup `json:"after"`
	Focused    string         `json:"focused"`
	Announced  string         `json:"announced"`
	Address    string         `json:"address"`
	Location   string         `json:"location"`
	OpenHref   string         `json:"openHref"`
	PrintCalls int            `json:"printCalls"`
	Pages      string         `json:"pages"`
	LargePages string         `json:"largePages"`
	Copied     string         `json:"copied"`
	Clipboard  string         `json:"clipboard"`
	Loaded     struct {
		Groups      []builderGroup `json:"groups"`
		Advice      []string       `json:"advice"`
		Title       string         `json:"title"`
		Location    string         `json:"location"`
		AxeVersion  string         `json:"axeVersion"`
		Axe         []axeFound     `json:"axe"`
		Bad         string         `json:"bad"`
		BadLocation string         `json:"badLocation"`
	} `json:"loaded"`
	Program struct {
		Script bool     `json:"script"`
		Errors []string `json:"errors"`
		Cards  []struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		} `json:"cards"`
	} `json:"program"`
}

// axeFound is one of axe-core's violations as builder.mjs gives it.
type axeFound struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// richAddress is a program of seven sample stretches whose doses draw
// limber check's advice: a hold on a dynamic stretch, a hold over two
// minutes, nine reps, and more stretches than a sheet advises.
const richAddress = "1Rich,daily,10_minutes,Walk.*cat-cow,h20*childs-pose,h200*knee-to-chest,x9*lumbar-twist,L*lunge," +
	"nUse_a_cushion.*open-book*quad-stretch"

// badAddress is an address the builder must refuse with a message.
const badAddress = "1,,,*Bad"

// builderTitle is the program's title the test types; the request log
// must not have it.
const builderTitle = "Program for the request log"

// TestBuilderMakesAndPrintsAProgram builds the sample site at the root,
// serves it with limber's security headers and drives /builder/ in
// Chromium by accessible names: search (with a typo), a region filter,
// four stretches added, a hold and the sides changed, one moved up; the
// printed page is one page on Letter and on A4 with a QR code of the
// program's address, which opens the same program on /program/. No request
// the browser made has any part of the program.
func TestBuilderMakesAndPrintsAProgram(t *testing.T) {
	requireTools(t)
	out := buildBuilderSite(t, "/")
	origin, requests := serveBuilder(t, out, "/")
	art := artifactDir(t, "builder")
	rep := runBuilder(t, builderJob{URL: origin + "/builder/", Out: art, Mode: "full", Search: "hamstring", Typo: "hamstrng",
		Region: "Lower back", Title: builderTitle, Rich: richAddress, Bad: badAddress})
	if len(rep.Errors) > 0 {
		t.Fatalf("errors in the page or the script: %q", rep.Errors)
	}
	checkFind(t, rep)
	checkProgram(t, rep, origin+"/program/#")
	checkBuilderPrint(t, rep, art)
	checkLoaded(t, rep)
	checkRequests(t, requests(), rep.Address)
}

// TestBuilderUnderABasePath builds the sample site with base_url
// /handouts/ and checks that search and Add work there, and that the
// address is the program page's under /handouts/.
func TestBuilderUnderABasePath(t *testing.T) {
	requireBrowser(t)
	out := buildBuilderSite(t, "/handouts/")
	origin, requests := serveBuilder(t, out, "/handouts/")
	rep := runBuilder(t, builderJob{URL: origin + "/handouts/builder/", Out: t.TempDir(), Mode: "base", Search: "hamstrng"})
	if len(rep.Errors) > 0 {
		t.Fatalf("errors in the page or the script: %q", rep.Errors)
	}
	if len(rep.Found) != 1 || rep.Found[0] != "Hamstring stretch with a strap" || len(rep.After) != 1 {
		t.Errorf("found %q and added %+v, want the hamstring stretch", rep.Found, rep.After)
	}
	want := origin + "/handouts/program/#1,,,*supine-hamstring"
	if rep.Address != want || rep.Location != origin+"/handouts/builder/#1,,,*supine-hamstring" {
		t.Errorf("address %q and location %q, want %q", rep.Address, rep.Location, want)
	}
	checkRequests(t, requests(), rep.Address)
}

// checkFind checks the search, the typo and the region filter.
func checkFind(t *testing.T, rep builderReport) {
	t.Helper()
	want := []string{"Hamstring stretch with a strap"}
	if !slices.Equal(rep.Found, want) || !slices.Equal(rep.Typo, want) {
		t.Errorf(`"hamstring" found %q and "hamstrng" %q, want %q`, rep.Found, rep.Typo, want)
	}
	if rep.Count != "1 stretch found." {
		t.Errorf("the live region says %q, want %q", rep.Count, "1 stretch found.")
	}
	if region := []string{"Cat-cow", "Child's pose", "Knee to chest", "Lying back twist"}; !slices.Equal(rep.Region, region) {
		t.Errorf("lower back found %q, want %q", rep.Region, region)
	}
}

// checkProgram checks the groups before and after the changes and the
// move, the focus and the announcement, and the address.
func checkProgram(t *testing.T, rep builderReport, prefix string) {
	t.Helper()
	if len(rep.Before) != 4 || len(rep.After) != 4 || len(rep.Changed) != 4 {
		t.Fatalf("want 4 stretches in the program, got %+v then %+v", rep.Before, rep.After)
	}
	if b, c := rep.Before[1], rep.Changed[1]; b.Dose != "Hold 30 seconds. Repeat 3 times." || c.Dose != "Hold 20 seconds. Repeat 3 times." {
		t.Errorf("Child's pose's dose %q, after Hold 20 %q", b.Dose, c.Dose)
	}
	if c := rep.Changed[2]; c.Dose != "Hold 30 seconds. Repeat 3 times on your left side." || c.Sides != "left" {
		t.Errorf("Knee to chest's dose after Left side only: %q (sides %q)", c.Dose, c.Sides)
	}
	legends := []string{"1. Cat-cow", "2. Knee to chest", "3. Child's pose", "4. Lying back twist"}
	var got []string
	for _, g := range rep.After {
		got = append(got, g.Legend)
	}
	if !slices.Equal(got, legends) || rep.After[2].Hold != "20" || rep.After[1].Sides != "left" {
		t.Errorf("after the move: %+v, want %q with the hold and sides kept", rep.After, legends)
	}
	if rep.Focused != "Move Knee to chest up" || !strings.Contains(rep.Announced, "Knee to chest moved up: now 2 of 4") {
		t.Errorf("after the move the focus is on %q and the live region says %q", rep.Focused, rep.Announced)
	}
	address := "1Program_for_the_request_log,,,*cat-cow*knee-to-chest,L*childs-pose,h20*lumbar-twist"
	if rep.Address != prefix+address || rep.OpenHref != rep.Address || !strings.HasSuffix(rep.Location, "/builder/#"+address) {
		t.Errorf("address %q, link %q, location %q; want %q", rep.Address, rep.OpenHref, rep.Location, prefix+address)
	}
}

// checkBuilderPrint checks Print, the page count the preview gives, the PDFs
// (one page each) and their QR code, and the program page at the address
// (or, without program-page.js, Go's decoding of the address).
func checkBuilderPrint(t *testing.T, rep builderReport, art string) {
	t.Helper()
	if rep.PrintCalls != 1 || rep.Pages != "Prints on 1 page on US Letter, 1 page on A4" {
		t.Errorf("Print called window.print %d times (want 1); the preview says %q", rep.PrintCalls, rep.Pages)
	}
	if !strings.HasPrefix(rep.LargePages, "Prints on ") {
		t.Errorf("with Large print on, the preview says %q", rep.LargePages)
	}
	if rep.Copied != "Copied the address." || rep.Clipboard != rep.Address {
		t.Errorf("Copy said %q and put %q on the clipboard, want %q", rep.Copied, rep.Clipboard, rep.Address)
	}
	for _, pp := range papers() {
		pdf := filepath.Join(art, "builder-"+pp.name+".pdf")
		info := readPDF(t, pdf)
		if info.Pages != 1 {
			t.Errorf("%s: %d pages, want 1", filepath.Base(pdf), info.Pages)
		}
		png := toPNG(t, pdf, 1, 150, filepath.Join(art, "builder-"+pp.name))
		if got := decodeQR(t, png); len(got) != 1 || got[0] != rep.Address {
			t.Errorf("%s: the QR code reads %q, want %q", filepath.Base(png), got, rep.Address)
		}
	}
	_, fragment, _ := strings.Cut(rep.Address, "#")
	p, err := program.Decode(fragment)
	if err != nil {
		t.Fatalf("Go cannot decode the address: %v", err)
	}
	var refs []string
	for _, it := range p.Stretches {
		refs = append(refs, it.Ref)
	}
	if want := []string{"cat-cow", "knee-to-chest", "childs-pose", "lumbar-twist"}; !slices.Equal(refs, want) || p.Stretches[2].Hold != 20 {
		t.Errorf("the address decodes to %+v", p)
	}
	if !rep.Program.Script {
		t.Logf("no program-page.js on this site yet: checked the address with Go's program.Decode only (the page said %q)",
			rep.Program.Errors)
		return
	}
	if len(rep.Program.Errors) > 0 {
		t.Errorf("errors on the program page: %q", rep.Program.Errors)
	}
	titles := []string{"Cat-cow", "Knee to chest", "Child's pose", "Lying back twist"}
	if len(rep.Program.Cards) != 4 {
		t.Fatalf("the program page shows %+v, want 4 cards", rep.Program.Cards)
	}
	for i, c := range rep.Program.Cards {
		if !strings.Contains(c.Title, titles[i]) {
			t.Errorf("card %d is %q, want %q", i+1, c.Title, titles[i])
		}
	}
	if !strings.Contains(rep.Program.Cards[2].Text, "Hold 20 seconds") {
		t.Errorf("Child's pose on the program page: %q, want a 20-second hold", rep.Program.Cards[2].Text)
	}
}

// checkLoaded checks the builder opened with a program in its address:
// the program loaded, the advice shown, no axe-core violation on a wide or
// a narrow screen; and a bad address explained, and left as it was.
func checkLoaded(t *testing.T, rep builderReport) {
	t.Helper()
	l := rep.Loaded
	if len(l.Groups) != 7 || l.Title != "Rich" || l.Location != richAddress || l.Groups[1].Hold != "200" {
		t.Errorf("the builder loaded %q with %+v from %q", l.Title, l.Groups, l.Location)
	}
	want := []string{"Advice: this program has 7 stretches (more than 5)", "Note: a dynamic stretch does not hold still",
		"Check this: hold: 3 minutes 20 seconds is over 2 minutes", "Advice: reps: 9 is outside the 2 to 5"}
	for _, w := range want {
		if !slices.ContainsFunc(l.Advice, func(a string) bool { return strings.HasPrefix(a, w) && strings.Contains(a, "Why: ") }) {
			t.Errorf("no advice %q (with its why) in %q", w, l.Advice)
		}
	}
	if l.AxeVersion == "" {
		t.Error("axe-core did not run")
	}
	for _, v := range l.Axe {
		t.Errorf("axe: %s (%s): %s\n\t%s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
	if !strings.HasPrefix(l.Bad, "The program in this address could not be read: stretch 1: a slug holds only") || l.BadLocation != badAddress {
		t.Errorf("a bad address: the page says %q and its address is #%s", l.Bad, l.BadLocation)
	}
}

// checkRequests checks that no request has any part of the program: the
// fragment, its title, or a stretch with its changes.
func checkRequests(t *testing.T, requests []string, address string) {
	t.Helper()
	_, fragment, _ := strings.Cut(address, "#")
	parts := []string{"#", fragment, "Program_for", "Program%20for", "request_log", "request log"}
	for _, item := range strings.Split(fragment, "*") {
		if strings.Contains(item, ",") {
			parts = append(parts, item) // a slug alone is in its picture's path; a slug with changes is not
		}
	}
	if len(requests) < 3 {
		t.Fatalf("the server logged only %q", requests)
	}
	for _, r := range requests {
		for _, p := range parts {
			if p != "" && strings.Contains(r, p) {
				t.Errorf("request %q has %q, part of the program", r, p)
			}
		}
	}
}

// buildBuilderSite copies the sample site, sets its base_url to root and
// builds it, returning the output folder.
func buildBuilderSite(t *testing.T, root string) string {
	t.Helper()
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	yaml, err := os.ReadFile(filepath.Join(dir, "limber.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	yaml = regexp.MustCompile(`(?m)^base_url: .*$`).ReplaceAll(yaml, []byte("base_url: "+root))
	writeFile(t, filepath.Join(dir, "limber.yaml"), string(yaml))
	opts := pipeline.Options{Site: dir, Out: filepath.Join(dir, "public")}
	if _, err := pipeline.Build(context.Background(), opts); err != nil {
		t.Fatalf("build: %v", err)
	}
	if _, err := os.Stat(filepath.Join(opts.Out, "builder", "index.html")); err != nil {
		t.Fatalf("the site has no builder page: %v", err)
	}
	return opts.Out
}

// serveBuilder serves out under base with limber serve's security headers
// (the strict Content-Security-Policy among them) and returns the origin
// and a function that gives every request so far: method, the address as
// sent, and the body.
func serveBuilder(t *testing.T, out, base string) (string, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var log []string
	files := http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(out)))
	headers := devserver.SecurityHeaders()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := make([]byte, 4096)
		n, _ := r.Body.Read(body)
		mu.Lock()
		log = append(log, r.Method+" "+r.RequestURI+" "+string(body[:n])+" "+r.Header.Get("Cookie"))
		mu.Unlock()
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		if !strings.HasPrefix(r.URL.Path, base) {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(log)
	}
}

// runBuilder runs builder.mjs on the job and returns its report.
func runBuilder(t *testing.T, job builderJob) builderReport {
	t.Helper()
	b, err := json.Marshal(job)
	if err != nil {
		t.Fatal(err)
	}
	jobFile := filepath.Join(t.TempDir(), "job.json")
	writeFile(t, jobFile, string(b))
	var rep builderReport
	if out := run(t, 5*time.Minute, "node", "builder.mjs", jobFile); json.Unmarshal(out, &rep) != nil {
		t.Fatalf("builder.mjs printed no report:\n%s", out)
	}
	return rep
}
