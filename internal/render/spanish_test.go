package render

import (
	"html"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
)

// TestNoEnglishOnSpanishPages renders every page of the test site in
// Spanish and fails on any English string of limber's tables in what a
// reader sees or hears: the text, and the alt, aria-label, title and
// content attributes. The test site's own content is English and is not
// looked at: its titles, summaries and bodies are taken out first.
func TestNoEnglishOnSpanishPages(t *testing.T) {
	tm := mustLoad(t, "")
	s := indexWith(t, "", func(c *content.Site) { c.Config.Language = "es" })
	english := append(englishFragments(), englishDoses(s)...)
	authored := authoredText(s)
	for _, p := range s.Pages {
		seen := visibleText(render(t, tm, s, p), authored)
		for _, f := range english {
			if f.re.MatchString(seen) {
				t.Errorf("%s: English %q (from %s) on a Spanish page", p.URL, f.text, f.key)
			}
		}
	}
}

// englishDoses returns the English dosage sentence of every stretch and
// routine item of s, which a Spanish page must say in Spanish.
func englishDoses(s *site.Site) []fragment {
	var out []fragment
	add := func(d dosage.Dose) {
		en := d.Sentence()
		out = append(out, fragment{"dosage", en, regexp.MustCompile(regexp.QuoteMeta(en))})
	}
	for _, st := range s.Stretches {
		add(st.Dose)
	}
	for _, r := range s.Routines {
		for _, it := range r.Items {
			add(it.Dose)
		}
	}
	return out
}

// authoredText returns the strings of the test site's own content, longest
// first: its settings, the titles and summaries of its files, and every
// field of them that a page shows, the names of the regions and the
// equipment they list among them.
func authoredText(s *site.Site) []string {
	c := s.Config
	out := []string{c.Title, c.Disclaimer, c.Clinic.Name, c.Clinic.Phone, c.Clinic.Address}
	for _, p := range s.Pages {
		if term, ok := p.Data.(*site.Term); p.Src != nil || ok && (term.Taxonomy.Name == "regions" || term.Taxonomy.Name == "equipment") {
			out = append(out, p.Title, p.Summary)
		}
	}
	for _, st := range s.Stretches {
		out = append(out, st.Muscles...)
		for _, img := range st.Images {
			out = append(out, img.Alt)
		}
		for _, r := range st.References {
			out = append(out, r.Title)
		}
	}
	for _, r := range s.Routines {
		out = append(out, r.Frequency, r.Duration, r.Warmup, r.ReviewedBy)
		for _, it := range r.Items {
			out = append(out, it.Notes)
		}
	}
	for _, a := range s.Articles {
		out = append(out, a.Author, a.ReviewedBy)
	}
	out = slices.DeleteFunc(out, func(s string) bool { return s == "" })
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// fragment is a piece of an English string, between its arguments.
type fragment struct {
	key, text string
	re        *regexp.Regexp
}

// englishFragments returns the pieces of every English string that are
// not also Spanish, as whole words, of two letters or more.
func englishFragments() []fragment {
	set := lang.Builtin()
	en, es := set.Table("en"), set.Table("es")
	spanish := map[string]bool{}
	for _, k := range es.Keys() {
		for _, s := range es.Forms(k) {
			spanish[s] = true
		}
	}
	var out []fragment
	for _, k := range en.Keys() {
		for _, s := range en.Forms(k) {
			for _, piece := range regexp.MustCompile(`\{\d+\}`).Split(s, -1) {
				piece = strings.TrimSpace(piece)
				if len([]rune(piece)) < 2 || spanish[piece] || !regexp.MustCompile(`\pL\pL`).MatchString(piece) {
					continue
				}
				out = append(out, fragment{k, piece, regexp.MustCompile(`(^|\PL)` + regexp.QuoteMeta(piece) + `($|\PL)`)})
			}
		}
	}
	return out
}

var (
	scriptOrStyle = regexp.MustCompile(`(?s)<(script|style|svg)\b.*?</(script|style|svg)>|<!--.*?-->`)
	shownAttr     = regexp.MustCompile(`\b(?:alt|aria-label|title|content)="([^"]*)"`)
	tag           = regexp.MustCompile(`<[^>]*>`)
)

// visibleText returns the words of a page a reader sees or hears, one
// piece per line, with the authored strings cut out.
func visibleText(page string, authored []string) string {
	page = scriptOrStyle.ReplaceAllString(page, "\n")
	var b strings.Builder
	for _, m := range shownAttr.FindAllStringSubmatch(page, -1) {
		if !strings.Contains(m[1], "/") { // not an address, such as og:url's
			b.WriteString(html.UnescapeString(m[1]) + "\n")
		}
	}
	b.WriteString(html.UnescapeString(tag.ReplaceAllString(page, "\n")))
	text := b.String()
	for _, a := range authored {
		text = strings.ReplaceAll(text, a, "\n")
	}
	return text
}

// TestGoldenSpanish renders pages of the test site in Spanish and compares
// them with testdata/es/ (go test -update writes them): the site's own
// content stays as written, every word of limber's is Spanish.
func TestGoldenSpanish(t *testing.T) {
	tm := mustLoad(t, "")
	s := indexWith(t, "", func(c *content.Site) { c.Config.Language = "es" })
	for _, p := range s.Pages {
		if p.Src != nil {
			p.Body = template.HTML("<h2 id=\"pasos\">Pasos</h2>\n<ol>\n<li>Empiece despacio.</li>\n</ol>")
			p.Steps = []template.HTML{"Empiece despacio.", "Suelte el aire al moverse."}
			p.StopIf = []template.HTML{"Siente un dolor fuerte.", "Se marea."}
		}
	}
	for name, u := range goldenPages() {
		t.Run(name, func(t *testing.T) {
			got := render(t, tm, s, pageOf(t, s, u))
			file := filepath.Join("testdata", "es", name+".html")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run go test -update and review the diff)", u, file)
			}
		})
	}
}
