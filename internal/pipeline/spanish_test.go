package pipeline

import (
	"html"
	"html/template"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/site"
)

// TestNoEnglishWordOnSpanishPages builds two sites in English and Spanish,
// testdata/site-es and the bundled sample, and fails on any string of
// limber's English table in what a reader sees or hears on a Spanish page
// (its text and its alt, aria-label, title and content attributes). The
// site's own English is cut out first: its title and its disclaimer, and
// for testdata/site-es the names of its regions and equipment, which it
// has no Spanish names for (the sample names them in templates/lang/es.yaml).
func TestNoEnglishWordOnSpanishPages(t *testing.T) {
	for _, c := range []struct {
		dir   string
		terms bool // cut out the English names of regions and equipment
	}{{"testdata/site-es", true}, {"../..", false}} {
		t.Run(c.dir, func(t *testing.T) { checkNoEnglish(t, c.dir, c.terms) })
	}
}

func checkNoEnglish(t *testing.T, dir string, terms bool) {
	s, _, errs := Prepare(Options{Site: dir, Out: filepath.Join(t.TempDir(), "public")})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	authored := siteEnglish(s, terms)
	pages := readTree(t, buildSite(t, dir))
	english := englishStrings()
	n := 0
	for rel, data := range pages {
		if !strings.HasPrefix(rel, "es/") || !strings.HasSuffix(rel, ".html") {
			continue
		}
		n++
		seen := shownText(string(data), authored)
		for _, e := range english {
			if e.re.MatchString(seen) {
				t.Errorf("%s: English %q (%s) on a Spanish page", rel, e.text, e.key)
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d Spanish pages", n)
	}
}

// siteEnglish returns the English a site writes itself on its Spanish
// pages, longest first: its title, disclaimer, clinic and the titles of the
// sources it cites; with terms, the names of its regions and equipment.
func siteEnglish(s *site.Site, terms bool) []string {
	out := []string{s.Config.Title, s.Config.Disclaimer, s.Config.Clinic.Name, s.Config.Clinic.Address}
	for _, l := range s.Languages() {
		for _, st := range l.Stretches { // sources cited by their own titles, in English
			for _, r := range st.References {
				out = append(out, r.Title)
			}
		}
		for _, a := range l.Articles {
			for _, r := range a.References {
				out = append(out, r.Title)
			}
		}
	}
	for _, l := range s.Languages() {
		if !terms {
			break
		}
		for _, tx := range l.Taxonomies {
			if tx.Name == "regions" || tx.Name == "equipment" {
				for _, term := range tx.Terms {
					out = append(out, term.Title, term.Summary)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// englishString is a piece of a string of the English table, between its
// arguments, that the Spanish table does not also have.
type englishString struct {
	key, text string
	re        *regexp.Regexp
}

func englishStrings() []englishString {
	en, es := lang.Builtin().Table("en"), lang.Builtin().Table("es")
	spanish := map[string]bool{}
	for _, k := range es.Keys() {
		for _, f := range es.Forms(k) {
			spanish[f] = true
		}
	}
	var out []englishString
	for _, k := range en.Keys() {
		if strings.HasPrefix(k, "js.") { // the scripts' own words, never in a built page (internal/jstest checks them)
			continue
		}
		for _, f := range en.Forms(k) {
			for _, piece := range regexp.MustCompile(`\{\d+\}`).Split(f, -1) {
				piece = strings.TrimSpace(piece)
				if spanish[piece] || !regexp.MustCompile(`\pL\pL`).MatchString(piece) {
					continue
				}
				out = append(out, englishString{k, piece, regexp.MustCompile(`(^|\PL)` + regexp.QuoteMeta(piece) + `($|\PL)`)})
			}
		}
	}
	return out
}

var (
	hiddenParts = regexp.MustCompile(`(?s)<(script|style|svg)\b.*?</(script|style|svg)>|<!--.*?-->`)
	shownAttrs  = regexp.MustCompile(`\b(?:alt|aria-label|title|content)="([^"]*)"`)
	anyTag      = regexp.MustCompile(`<[^>]*>`)
)

// shownText returns what a reader sees or hears of a page, without the
// strings of authored.
func shownText(page string, authored []string) string {
	page = hiddenParts.ReplaceAllString(page, "\n")
	var b strings.Builder
	for _, m := range shownAttrs.FindAllStringSubmatch(page, -1) {
		if !strings.Contains(m[1], "/") { // not an address, such as og:url's
			b.WriteString(html.UnescapeString(m[1]) + "\n")
		}
	}
	b.WriteString(html.UnescapeString(anyTag.ReplaceAllString(page, "\n")))
	text := b.String()
	for _, a := range authored {
		if a != "" {
			text = strings.ReplaceAll(text, a, "\n")
		}
	}
	return text
}

// TestStopIfHeadings: the "Stop if" list is found under a heading of
// when to stop in English or Spanish, and under no other.
func TestStopIfHeadings(t *testing.T) {
	items := []template.HTML{"It hurts."}
	for heading, found := range map[string]bool{
		"Stop if": true, "When to stop": true, "Pare si": true, "Deténgase si…": true, "CUÁNDO PARAR": true,
		"Steps": false, "Pasos": false,
	} {
		if got := StopIf([]markdown.Heading{{Text: heading, Items: items}}); (got != nil) != found {
			t.Errorf("%q: found %v", heading, got != nil)
		}
	}
}
