package render

import (
	"slices"
	"strings"
	"testing"
)

func TestIDs(t *testing.T) {
	builtin := []string{"articles-title", "browse-title", "builder-app", "builder-page", "care-title",
		"conditions-title", "dose-title", "follow", "main", "program-app", "program-page", "program-sheet", "progressions-title",
		"references-title", "regions-title", "related-title", "routines-title", "sheet-area", "sheet-title", "site-search",
		"steps-title", "stretches-title", "warmup-title"}
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"built-in", nil, builtin},
		{"override and partial", map[string]string{
			"stretch.html": "{{define \"main\"}}<h1 id=\"top\">{{.Stretch.Title}}</h1>" +
				"<ol>{{range .Stretch.Muscles}}<li id=\"m-{{.}}\" data-id=\"no\" grid=\"no\">{{.}}</li>{{end}}</ol>" +
				"<div ID=\"Upper\" id=\"{{.Page.Kind}}\"></div>\n<p\nid=\"main\"></p>{{end}}",
			"extra.html": `{{define "x"}}<span id="zz"></span><span id=""></span>{{end}}`,
		}, []string{"Upper", "articles-title", "browse-title", "builder-app", "builder-page", "care-title",
			"conditions-title", "follow", "main", "program-app", "program-page", "program-sheet", "references-title",
			"regions-title", "routines-title", "sheet-area", "sheet-title", "site-search", "steps-title", "stretches-title", "top",
			"warmup-title", "zz"}},
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
