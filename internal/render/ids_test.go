package render

import (
	"slices"
	"strings"
	"testing"
)

func TestIDs(t *testing.T) {
	builtin := []string{"articles-title", "browse-title", "builder-address-h", "builder-app", "builder-find-h",
		"builder-page", "builder-print-h", "builder-program-h", "care-title", "conditions-title", "dose-title", "follow", "main",
		"program-app", "program-large", "program-page", "program-sheet", "progressions-title", "references-title",
		"regions-title", "related-title", "routines-title", "sheet-area", "sheet-title", "site-search",
		"site-search-input", "site-search-results", "steps-title", "stretches-title", "warmup-title"}
	// The override below drops dose-title, progressions-title and
	// related-title (written only in the built-in stretch.html) and adds
	// the ids of its own template and script.
	overridden := slices.DeleteFunc(slices.Clone(builtin), func(id string) bool {
		return id == "dose-title" || id == "progressions-title" || id == "related-title"
	})
	overridden = append(overridden, "Upper", "top", "zz", "my-widget", "my-panel", "my-note")
	slices.Sort(overridden)
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"built-in", nil, builtin},
		{"override, partial and script", map[string]string{
			"stretch.html": "{{define \"main\"}}<h1 id=\"top\">{{.Stretch.Title}}</h1>" +
				"<ol>{{range .Stretch.Muscles}}<li id=\"m-{{.}}\" data-id=\"no\" grid=\"no\">{{.}}</li>{{end}}</ol>" +
				"<div ID=\"Upper\" id=\"{{.Page.Kind}}\"></div>\n<p\nid=\"main\"></p>{{end}}",
			"extra.html": `{{define "x"}}<span id="zz"></span><span id=""></span>{{end}}`,
			"assets/widget.js": `const a = Object.assign(document.createElement("div"), { id: "my-widget" });
a.querySelector("p").id = "my-panel"; b.setAttribute("id", "my-note"); c.dataset.id = "not-an-id"; d.id = name;`,
			"assets/widget.css": `#not-a-script { id: "nope" }`,
		}, overridden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := ""
			if tt.files != nil {
				dir = siteWith(t, tt.files)
			}
			tm := mustLoad(t, dir)
			if got := tm.IDs(); !slices.Equal(got, tt.want) {
				t.Errorf("IDs() = %s\nwant    %s", strings.Join(got, " "), strings.Join(tt.want, " "))
			}
			tm.IDs()[0] = "changed"
			if tm.IDs()[0] == "changed" {
				t.Error("IDs must return a copy")
			}
		})
	}
}
