package render

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/lang"
)

// TestNoEnglishOnSpanishPages renders every page of the test site in
// Spanish and fails on any English string of limber's tables in what a
// reader sees or hears: the text, and the alt, aria-label, title and
// content attributes. The test site's own content is English and is not
// looked at: its titles, summaries and bodies are taken out first.
func TestNoEnglishOnSpanishPages(t *testing.T) {
	tm := mustLoad(t, "")
	s := indexWith(t, "", func(c *content.Site) { c.Config.Language = "es" })
	english := englishFragments()
	authored := authoredText(s.Config.Title, s.Config.Disclaimer, s.Config.Clinic.Name, s.Config.Clinic.Phone, s.Config.Clinic.Address)
	for _, p := range s.Pages {
		if p.Src != nil {
			authored = append(authored, p.Title, p.Summary)
		}
	}
	for _, p := range s.Pages {
		seen := visibleText(render(t, tm, s, p), authored)
		for _, f := range english {
			if f.re.MatchString(seen) {
				t.Errorf("%s: English %q (from %s) on a Spanish page", p.URL, f.text, f.key)
			}
		}
	}
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

// authoredText returns the non-empty strings of a site's own content.
func authoredText(list ...string) []string {
	var out []string
	for _, s := range list {
		if s != "" {
			out = append(out, s)
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
		b.WriteString(html.UnescapeString(m[1]) + "\n")
	}
	b.WriteString(html.UnescapeString(tag.ReplaceAllString(page, "\n")))
	text := b.String()
	for _, a := range authored {
		text = strings.ReplaceAll(text, a, "\n")
	}
	return text
}
