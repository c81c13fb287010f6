package browsertest

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/program"
)

// spanishJob is the input of spanish.mjs.
type spanishJob struct {
	Builder     string   `json:"builder"`
	StretchPage string   `json:"stretchPage"`
	Search      string   `json:"search"`
	Typo        string   `json:"typo"`
	Add         []string `json:"add"`
	Hold        string   `json:"hold"`
	Advised     string   `json:"advised"` // a Hold the builder advises against, set before Hold
	Program     string   `json:"program"`
	Long        string   `json:"long"` // the address of a program with more stretches than advised
	Bad         []string `json:"bad"`  // addresses that hold no program
}

// spanishReport is spanish.mjs's output.
type spanishReport struct {
	Errors []string `json:"errors"`
	Found  []string `json:"found"`
	Typo   []string `json:"typo"`
	Groups []struct {
		Legend, Text, Hold string
	} `json:"groups"`
	PrintCalls  int    `json:"printCalls"`
	Pages       string `json:"pages"`
	Address     string `json:"address"`
	BuilderText string `json:"builderText"`
	Cards       []struct {
		Title, Text string
	} `json:"cards"`
	ProgramLang  string `json:"programLang"`
	ProgramText  string `json:"programText"`
	SearchStatus string `json:"searchStatus"`
	SearchLinks  []struct {
		Name, Href string
	} `json:"searchLinks"`
	SearchText string   `json:"searchText"`
	HoldAdvice []string `json:"holdAdvice"`
	LongAdvice []string `json:"longAdvice"`
	LongText   string   `json:"longText"`
	BadBuilder []string `json:"badBuilder"`
	BadProgram []string `json:"badProgram"`
	BadTexts   []string `json:"badTexts"`
}

// TestSpanishBuilderAndSearch builds the sample site under /handouts/ and
// drives its Spanish pages in Chromium by their Spanish accessible names
// (internal/lang/es.yaml): on /es/builder/ a search for "gato" and for a
// typo of it, two stretches added, a Hold changed (the dose sentence is
// Go's dosage.SentenceIn("es")), Print (the page count line is Spanish);
// the program address opens /es/program/ with the Spanish sheet; on a
// Spanish stretch page the site search box finds "gato". The builder's
// advice (a hold of 90 seconds, a program of 6 stretches) and what the
// builder and the program page say of a bad address are Spanish, in the
// words of es.yaml. No page shows a string of the English table, and no
// page has an error.
func TestSpanishBuilderAndSearch(t *testing.T) {
	requireTools(t)
	out := buildBuilderSite(t, "/handouts/")
	origin, _ := serveLogged(t, out, "/handouts/")
	job := spanishJob{Builder: origin + "/handouts/es/builder/", StretchPage: origin + "/handouts/es/stretches/childs-pose/",
		Search: "gato", Typo: "gatto", Add: []string{"Gato-vaca", "Postura del niño"}, Hold: "20", Advised: "90",
		Program: origin + "/handouts/es/program/", Long: "1,,,*cat-cow*childs-pose,h90*lunge*lumbar-twist*open-book*quad-stretch",
		Bad: []string{"1,,,*a,h0", "2x"}}
	var rep spanishReport
	runJSON(t, "spanish.mjs", job, &rep)
	if len(rep.Errors) > 0 {
		t.Fatalf("errors in the pages or the script: %q", rep.Errors)
	}
	if want := []string{"Gato-vaca"}; !slices.Equal(rep.Found, want) || !slices.Equal(rep.Typo, want) {
		t.Errorf("%q found %q and %q found %q, want %q", job.Search, rep.Found, job.Typo, rep.Typo, want)
	}
	t.Logf("builder: %q found %q, %q found %q; dose %q; %q; address %q", job.Search, rep.Found, job.Typo, rep.Typo,
		rep.Groups, rep.Pages, rep.Address)
	t.Logf("site search: %q, %+v", rep.SearchStatus, rep.SearchLinks)
	dose := childsPoseDose(t, out, 20)
	checkSpanishBuilder(t, rep, dose, origin)
	checkSpanishProgram(t, rep, dose)
	checkSpanishSearch(t, rep)
	checkSpanishAdvice(t, rep)
	checkSpanishProblems(t, rep)
	texts := map[string]string{"builder": rep.BuilderText, "program": rep.ProgramText, "search": rep.SearchText, "long program": rep.LongText}
	for i, text := range rep.BadTexts {
		texts[fmt.Sprintf("bad address %d", i+1)] = text
	}
	for name, text := range texts {
		checkNoEnglish(t, name, text)
	}
}

// checkSpanishAdvice checks the builder's advice on a hold of 90 seconds
// and on a program of 6 stretches: es.yaml's words, with Go's Spanish time.
func checkSpanishAdvice(t *testing.T, rep spanishReport) {
	t.Helper()
	es := lang.Builtin().Table("es")
	long := es.MustT("js.advice.warning") + " " + es.MustT("js.adv.long", dosage.WordsIn(90*time.Second, "es")) + ". " +
		es.MustT("js.advice.why", es.MustT("js.why.holdtime"))
	if !slices.Contains(rep.HoldAdvice, long) {
		t.Errorf("a hold of 90 s is advised with %q, want %q among them", rep.HoldAdvice, long)
	}
	length := es.MustT("js.advice.warning") + " " + es.MustT("js.adv.length", 6, check.DefaultMaxRoutineStretches) + ". " +
		es.MustT("js.advice.why", es.MustT("js.why.length"))
	if !slices.Contains(rep.LongAdvice, length) || !slices.Contains(rep.LongAdvice, long) {
		t.Errorf("the long program is advised with %q, want %q and %q among them", rep.LongAdvice, length, long)
	}
	t.Logf("advice: %q; %q", rep.HoldAdvice, rep.LongAdvice)
}

// checkSpanishProblems checks what the builder and the program page say
// of each bad address: the problem program.js finds, in es.yaml's words.
func checkSpanishProblems(t *testing.T, rep spanishReport) {
	t.Helper()
	es := lang.Builtin().Table("es")
	problems := []string{
		es.MustT("js.addr.stretch", 1, es.MustT("js.addr.hold", program.MaxHold)),
		es.MustT("js.addr.version", `"2"`, string(program.Version)),
	}
	if len(rep.BadBuilder) != len(problems) || len(rep.BadProgram) != len(problems) {
		t.Fatalf("the bad addresses got %q on the builder and %q on the program page, want %d of each",
			rep.BadBuilder, rep.BadProgram, len(problems))
	}
	for i, p := range problems {
		if want := es.MustT("js.builder.badaddress", p); rep.BadBuilder[i] != want {
			t.Errorf("the builder says %q, want %q", rep.BadBuilder[i], want)
		}
		if want := es.MustT("js.program.badaddress", p); rep.BadProgram[i] != want {
			t.Errorf("the program page says %q, want %q", rep.BadProgram[i], want)
		}
	}
	t.Logf("bad addresses: %q; %q", rep.BadBuilder, rep.BadProgram)
}

// childsPoseDose is the Spanish dose sentence of the sample's child's pose
// with its hold set to hold seconds, as Go words it.
func childsPoseDose(t *testing.T, out string, hold int) string {
	t.Helper()
	s, _, errs := pipeline.Prepare(pipeline.Options{Site: filepath.Dir(out), Out: out})
	if len(errs) > 0 {
		t.Fatalf("the sample site: %v", errs)
	}
	for _, st := range s.Stretches {
		if st.Slug == "childs-pose" {
			d := st.Dose
			d.Hold = time.Duration(hold) * time.Second
			return d.SentenceIn("es")
		}
	}
	t.Fatal("the sample site has no childs-pose")
	return ""
}

// checkSpanishBuilder checks the builder's stretches, the changed dose,
// Print, the Spanish page count line and the program address.
func checkSpanishBuilder(t *testing.T, rep spanishReport, dose, origin string) {
	t.Helper()
	es := lang.Builtin().Table("es")
	if len(rep.Groups) != 2 || rep.Groups[0].Legend != "1. Gato-vaca" || rep.Groups[1].Legend != "2. Postura del niño" || rep.Groups[1].Hold != "20" {
		t.Fatalf("the program has %+v, want Gato-vaca and Postura del niño with a hold of 20", rep.Groups)
	}
	if !strings.Contains(rep.Groups[1].Text, dose) {
		t.Errorf("Postura del niño shows %q, want Go's dose %q", rep.Groups[1].Text, dose)
	}
	var each []string
	for _, p := range []string{"letter", "a4"} {
		each = append(each, es.MustT("js.print.onpaper", es.MustT("js.pages", 1), es.MustT("js.paper."+p)))
	}
	if want := es.MustT("js.print.pages", strings.Join(each, ", ")); rep.PrintCalls != 1 || rep.Pages != want {
		t.Errorf("Imprimir called window.print %d times (want 1); the preview says %q, want %q", rep.PrintCalls, rep.Pages, want)
	}
	if want := origin + "/handouts/es/program/#1,,,*cat-cow*childs-pose,h20"; rep.Address != want {
		t.Errorf("the program address is %q, want %q", rep.Address, want)
	}
}

// checkSpanishProgram checks the program page shows the Spanish sheet,
// with Go's Spanish dose sentence of the changed stretch.
func checkSpanishProgram(t *testing.T, rep spanishReport, dose string) {
	t.Helper()
	if rep.ProgramLang != "es" || len(rep.Cards) != 2 {
		t.Fatalf("the program page (lang %q) shows %+v, want the two stretches in Spanish", rep.ProgramLang, rep.Cards)
	}
	for i, title := range []string{"Gato-vaca", "Postura del niño"} {
		if !strings.Contains(rep.Cards[i].Title, title) {
			t.Errorf("card %d is %q, want %q", i+1, rep.Cards[i].Title, title)
		}
	}
	if !strings.Contains(rep.Cards[1].Text, dose) {
		t.Errorf("Postura del niño on the program page: %q, want %q", rep.Cards[1].Text, dose)
	}
}

// checkSpanishSearch checks the site search box found the Spanish cat-cow.
func checkSpanishSearch(t *testing.T, rep spanishReport) {
	t.Helper()
	if len(rep.SearchLinks) == 0 || rep.SearchLinks[0].Name != "Gato-vaca" || rep.SearchLinks[0].Href != "/handouts/es/stretches/cat-cow/" {
		t.Errorf("the site search for %q lists %+v, want Gato-vaca first", "gato", rep.SearchLinks)
	}
	if !regexp.MustCompile(`^\d+ estiramientos? coincid`).MatchString(rep.SearchStatus) {
		t.Errorf("the search status says %q, want it in Spanish", rep.SearchStatus)
	}
}

// checkNoEnglish checks that a page's text, after its scripts ran, has no
// piece of a string of the English table (the scripts' js.* words and the
// built pages' others, as TestNoEnglishWordOnSpanishPages in
// internal/pipeline) that the Spanish table does not share: each text
// between the {0} places, of four letters or more, as whole words.
func checkNoEnglish(t *testing.T, name, text string) {
	t.Helper()
	en, es := lang.Builtin().Table("en"), lang.Builtin().Table("es")
	var spanish []string
	for _, k := range es.Keys() {
		spanish = append(spanish, es.Forms(k)...)
	}
	shared := func(s string) bool {
		return slices.ContainsFunc(spanish, func(v string) bool { return strings.Contains(v, s) })
	}
	place := regexp.MustCompile(`\{\d+\}`)
	for _, k := range en.Keys() {
		for _, form := range en.Forms(k) {
			for _, piece := range place.Split(form, -1) {
				piece = strings.TrimSpace(strings.Trim(piece, " .,:;()“”"))
				if len(piece) >= 4 && !shared(piece) && hasWords(text, piece) {
					t.Errorf("the %s page shows %q, English (%s)", name, piece, k)
				}
			}
		}
	}
}

// hasWords reports whether text has piece with no letter just before or
// after it ("Hold" is not in "Holding").
func hasWords(text, piece string) bool {
	return regexp.MustCompile(`(^|\P{L})` + regexp.QuoteMeta(piece) + `(\P{L}|$)`).MatchString(text)
}
