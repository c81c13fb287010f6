package render

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/templates"
)

// siteWith makes a site folder whose templates/ holds the given files.
func siteWith(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, "templates", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestOverrideReplacesDefault(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"stretch.html": `{{define "main"}}<h1>{{.Stretch.Title}}</h1><p class="mine">{{.Stretch.Dosage}}</p>{{template "extra" .}}{{end}}`,
		"extra.html":   `{{define "extra"}}<p>Shared partial from {{.Site.Config.Title}}</p>{{end}}`,
		"notes.txt":    `not a template {{`,
	})
	tm, s := mustLoad(t, dir), testSite(t)
	html := render(t, tm, s, pageOf(t, s, "/handouts/stretches/cat-cow/"))
	for _, want := range []string{`<p class="mine">Repeat 10 times, slowly.</p>`, "Shared partial from Riverside", "<footer"} {
		if !strings.Contains(html, want) {
			t.Errorf("overridden stretch page lacks %q", want)
		}
	}
	if strings.Contains(html, "How much to do") {
		t.Error("the built-in stretch.html was used")
	}
	if r := render(t, tm, s, pageOf(t, s, "/handouts/routines/morning-back/")); !strings.Contains(r, "The stretches, in order") {
		t.Error("the built-in routine.html should still be used")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"syntax error", map[string]string{"stretch.html": "{{define \"main\"}}\n<h1>\n{{.Stretch.Title}\n{{end}}"},
			[]string{"templates/stretch.html:3: "}},
		{"unknown function", map[string]string{"extra.html": "\n\n{{shout .}}"},
			[]string{`templates/extra.html:3: function "shout" not defined`}},
		{"every file reported", map[string]string{"term.html": "{{if}}", "home.html": "\n{{end}}"},
			[]string{"templates/home.html:2: ", "templates/term.html:1: "}},
		{"no main", map[string]string{"article.html": `<p>hi</p>`},
			[]string{`templates/article.html: does not define "main"`}},
		{"escaping problem", map[string]string{"section.html": "{{define \"main\"}}\n<a href=\"{{.Page.URL}}>x</a>{{end}}"},
			[]string{`templates/section.html: the template "main" ends inside an HTML tag`}},
		{"partial of a define", map[string]string{"p.html": "{{define \"bad\"}}\n\n<a href=\"{{if .Page.URL}}/x{{else}}/y?{{end}}{{.Page.Title}}\">z</a>{{end}}",
			"home.html": `{{define "main"}}{{template "bad" .}}{{end}}`},
			[]string{"templates/p.html:3:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm, errs := Load(siteWith(t, tt.files))
			if tm != nil || len(errs) != len(tt.want) {
				t.Fatalf("want %d errors, got %v", len(tt.want), errs)
			}
			for i, want := range tt.want {
				if got := errs[i].Error(); !strings.HasPrefix(got, want) || strings.Contains(got, "built-in") {
					t.Errorf("error %d = %q, want prefix %q", i, got, want)
				}
			}
		})
	}
}

func TestMissingKeyIsAnError(t *testing.T) {
	tm := mustLoad(t, "")
	probe, err := tm.common.Clone()
	if err != nil {
		t.Fatal(err)
	}
	probe, err = probe.New("probe").Parse(`{{.absent}}`)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := probe.Execute(&b, map[string]string{"present": "x"}); err == nil || !strings.Contains(err.Error(), "absent") {
		t.Errorf("a missing map key should fail, got %v and %q", err, b.String())
	}
}

func TestExecErrorHasPosition(t *testing.T) {
	dir := siteWith(t, map[string]string{"term.html": "{{define \"main\"}}\n<h1>{{.Term.Nope}}</h1>{{end}}"})
	_, errs := Load(dir)
	if len(errs) > 0 {
		t.Fatalf("an unknown field is found when rendering, not loading: %v", errs)
	}
	tm, s := mustLoad(t, dir), testSite(t)
	_, err := tm.Page(s, pageOf(t, s, "/handouts/regions/hips/"))
	if err == nil || !strings.HasPrefix(err.Error(), "templates/term.html:2:") || !strings.Contains(err.Error(), "Nope") {
		t.Errorf("want templates/term.html:2: ... Nope, got %v", err)
	}
}

// embeddedAssets lists the files under templates/assets/ as embedded, in
// the order of their paths.
func embeddedAssets(t *testing.T) []string {
	t.Helper()
	var want []string
	err := fs.WalkDir(templates.FS(), "assets", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			want = append(want, path)
		}
		return err
	})
	if err != nil || len(want) < 10 {
		t.Fatalf("embedded assets: %v (%d files)", err, len(want))
	}
	return want
}

func TestAssets(t *testing.T) {
	def := mustLoad(t, "").Assets()
	want := embeddedAssets(t)
	if len(def) != len(want) {
		t.Fatalf("built-in assets = %d files, want %v", len(def), want)
	}
	for i, a := range def {
		builtin, _ := fs.ReadFile(templates.FS(), a.Path)
		if a.Path != want[i] || string(a.Data) != string(builtin) {
			t.Errorf("built-in asset %d = %s, want %s as embedded", i, a.Path, want[i])
		}
	}
	dir := siteWith(t, map[string]string{"assets/style.css": "body{}", "assets/img/mark.svg": "<svg/>"})
	got := map[string]string{}
	for _, a := range mustLoad(t, dir).Assets() {
		got[a.Path] = string(a.Data)
	}
	if got["assets/style.css"] != "body{}" || got["assets/img/mark.svg"] != "<svg/>" || got["assets/sheet.js"] == "" {
		t.Errorf("a site's assets should replace or add to the built-in ones, got %d files", len(got))
	}
}

func TestCSSRules(t *testing.T) {
	css, _ := fs.ReadFile(templates.FS(), "assets/style.css")
	for _, bad := range []string{"@import", "url(", "font-style: italic", "http:", "https:"} {
		if strings.Contains(string(css), bad) {
			t.Errorf("style.css contains %q: no outside files, no italics", bad)
		}
	}
	for _, want := range []string{"font-size: 112.5%", "line-height: 1.5", ":focus-visible", "@media print", "70ch"} {
		if !strings.Contains(string(css), want) {
			t.Errorf("style.css lacks %q", want)
		}
	}
}

// FuzzLoad feeds any text to Load as an override of stretch.html (and a
// partial), then renders with it: nothing may panic, and IDs are sorted,
// unique and literal.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"stretch.html", "_partials.html", "routine.html", "base.html"} {
		b, _ := fs.ReadFile(templates.FS(), name)
		f.Add(string(b))
	}
	f.Add("{{define \"main\"}}<a href=\"{{.Page.URL}}\">{{.Stretch.Title}}</a>{{end}}")
	f.Add("<script>{{.Page.Title}}</script>{{define \"main\"}}{{end}}")
	f.Add("{{define \"main\"}}<p id=\"a\" data-id=\"b\" id=\"x{{.Page.URL}}\"></p>{{end}}")
	s := testSite(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, name := range []string{"stretch.html", "extra.html"} {
			tm, errs := Load(siteWith(t, map[string]string{name: text}))
			for _, e := range errs {
				if !strings.HasPrefix(e.Pos.Path, "templates") {
					t.Errorf("error outside templates/: %v", e)
				}
			}
			if tm != nil {
				_, _ = tm.Page(s, pageOf(t, s, "/handouts/stretches/cat-cow/"))
				checkIDs(t, tm.IDs())
			}
		}
	})
}

// checkIDs fails unless ids are sorted, unique, non-empty and free of
// quotes and template actions.
func checkIDs(t *testing.T, ids []string) {
	t.Helper()
	for i, id := range ids {
		if id == "" || strings.ContainsAny(id, "\"{") || (i > 0 && ids[i-1] >= id) {
			t.Errorf("IDs() = %q: id %d is empty, not literal or out of order", ids, i)
		}
	}
}

// TestOwnTemplates checks which template folders count as the site's own:
// a copy of limber's built-in files (as in limber's repository, where the
// sample site sits beside them) does not; a changed file or a new partial
// does.
func TestOwnTemplates(t *testing.T) {
	stretch, err := fs.ReadFile(templates.FS(), "stretch.html")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		files map[string]string
		own   bool
	}{
		{"none", map[string]string{}, false},
		{"a copy of the built-in file", map[string]string{"stretch.html": string(stretch)}, false},
		{"a changed file", map[string]string{"stretch.html": string(stretch) + "\n"}, true},
		{"a partial of its own", map[string]string{"mine.html": `{{define "mine"}}x{{end}}`}, true},
	}
	for _, c := range cases {
		if got := mustLoad(t, siteWith(t, c.files)).Own(); got != c.own {
			t.Errorf("%s: Own() = %v, want %v", c.name, got, c.own)
		}
	}
}

// TestExecErrorColumnCountsCharacters checks that a template error's
// column counts characters from 1, as every other problem's does: the
// em dash and the CJK character before it are one column each.
func TestExecErrorColumnCountsCharacters(t *testing.T) {
	dir := siteWith(t, map[string]string{"term.html": "{{define \"main\"}}\n<h1>— 伸 {{.Term.Nope}}</h1>{{end}}"})
	tm, s := mustLoad(t, dir), testSite(t)
	_, err := tm.Page(s, pageOf(t, s, "/handouts/regions/hips/"))
	if err == nil || !strings.HasPrefix(err.Error(), "templates/term.html:2:16: ") {
		t.Errorf("want templates/term.html:2:16: (at .Nope; 20 in bytes from 1), got %v", err)
	}
}
