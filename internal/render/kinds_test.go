package render

import (
	"strings"
	"testing"

	"github.com/limber/limber/internal/site"
)

// TestEveryKindRenders fails when a kind of page (site.Kinds) has no
// built-in template, when the test site has no page of it, or when render
// does not know its owner's type (newData) and so cannot render it with
// the default templates.
func TestEveryKindRenders(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	rendered := map[site.Kind]bool{}
	for _, p := range s.Pages {
		if tm.kinds[p.Kind] == nil {
			t.Errorf("%s: no template %s", p.URL, p.Kind.Template())
			continue
		}
		html, err := tm.Page(s, p)
		if err != nil {
			t.Errorf("%s: %v", p.URL, err)
			continue
		}
		if !strings.Contains(string(html), `<body class="kind-`+string(p.Kind)+`"`) {
			t.Errorf("%s: not rendered as a %s page", p.URL, p.Kind)
		}
		rendered[p.Kind] = true
	}
	for _, k := range site.Kinds() {
		if tm.kinds[k] == nil {
			t.Errorf("kind %q: the built-in templates have no %s", k, k.Template())
		}
		if !rendered[k] {
			t.Errorf("kind %q: no page of it rendered (add one to testContent)", k)
		}
	}
}
