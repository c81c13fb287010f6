package render

import (
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// TestCachedFollowsTheSite renders a list of cards for one site, then for
// a second site whose stretch has a new title: the second list must show
// it, exactly as a fresh set of templates renders it.
func TestCachedFollowsTheSite(t *testing.T) {
	tm := mustLoad(t, "")
	first := testSite(t)
	old := render(t, tm, first, pageOf(t, first, "/handouts/stretches/"))
	second := indexWith(t, "", func(cs *content.Site) { cs.Stretches[0].Title = "A renamed stretch" })
	got := render(t, tm, second, pageOf(t, second, "/handouts/stretches/"))
	if got == old || !strings.Contains(got, "A renamed stretch") {
		t.Fatalf("the second site's list shows the first site's cards:\n%s", got)
	}
	fresh := mustLoad(t, "")
	if want := render(t, fresh, second, pageOf(t, second, "/handouts/stretches/")); got != want {
		t.Errorf("cached cards differ from fresh ones:\ngot  %s\nwant %s", got, want)
	}
	if again := render(t, tm, second, pageOf(t, second, "/handouts/stretches/")); again != got {
		t.Errorf("rendering the same page twice differs:\n%s\n%s", got, again)
	}
}

func TestCachedArguments(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"term.html": `{{define "main"}}{{cached "x" "a value"}}|{{cached "x" .Term.Title}}|{{cached "t" .Term}}{{cached "t" .Term}}{{end}}` +
			`{{define "x"}}<p>{{.}}</p>{{end}}{{define "t"}}<b>{{.Title}}</b>{{end}}`,
		"condition.html": `{{define "main"}}{{cached "nope" .Condition}}{{end}}`,
	})
	tm, s := mustLoad(t, dir), testSite(t)
	got := render(t, tm, s, pageOf(t, s, "/handouts/regions/hips/"))
	if want := "<p>a value</p>|<p>Hips</p>|<b>Hips</b><b>Hips</b>"; !strings.Contains(got, want) {
		t.Errorf("term page does not hold %q:\n%s", want, got)
	}
	_, err := tm.Page(s, pageOf(t, s, "/handouts/conditions/osteoporosis/"))
	if err == nil || !strings.Contains(err.Error(), `no template named "nope"`) {
		t.Errorf("cached with an unknown template: got %v", err)
	}
}
