package render

import (
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// TestStringsInTemplates checks T and .T in a site's own template: the
// page's language, plural forms, arguments escaped, a site's own table
// laid over limber's, and an unknown key as an error at its line.
func TestStringsInTemplates(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"term.html":    `{{define "main"}}<p>{{T "nav.home"}}|{{.T "count.stretches" 1}}|{{T "term.all" "<b>&"}}|{{longDate "2024-05-01"}}</p>{{end}}`,
		"lang/es.yaml": "nav.home: Portada\n",
	})
	tm := mustLoad(t, dir)
	for lang, want := range map[string]string{
		"en": "<p>Home|1 stretch|See all: &lt;b&gt;&amp;|1 May 2024</p>",
		"es": "<p>Portada|1 estiramiento|Ver todo: &lt;b&gt;&amp;|1 de mayo de 2024</p>",
	} {
		s := indexWith(t, "", func(c *content.Site) { c.Config.Language = lang })
		if html := render(t, tm, s, pageOf(t, s, "/handouts/regions/lower-back/")); !strings.Contains(html, want) {
			t.Errorf("%s: want %s in\n%s", lang, want, html)
		}
	}
	_, errs := Load(siteWith(t, map[string]string{"lang/es.yaml": "nav.home: Portada\nnav.homme: x\n"}))
	if len(errs) != 1 || errs[0].Pos.String() != "templates/lang/es.yaml:2:1" {
		t.Errorf("an unknown key: %v", errs)
	}
	tm = mustLoad(t, siteWith(t, map[string]string{"term.html": `{{define "main"}}{{T "no.such"}}{{end}}`}))
	s := indexWith(t, "", func(*content.Site) {})
	if _, err := tm.Page(s, pageOf(t, s, "/handouts/regions/lower-back/")); err == nil || !strings.Contains(err.Error(), `no string "no.such"`) || !strings.Contains(err.Error(), "templates/term.html:1") {
		t.Errorf("an unknown key in a template: %v", err)
	}
}
