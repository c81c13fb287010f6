package markdown

import (
	"html/template"
	"reflect"
	"strings"
	"testing"
)

func TestSteps(t *testing.T) {
	tests := []struct {
		name, in string
		want     []template.HTML
	}{
		{"none", "Just text.\n\n- a\n- b", nil},
		{"tight", "1. Kneel.\n2. Lean *forward*.\n", []template.HTML{"Kneel.", "Lean <em>forward</em>."}},
		{"loose", "1. Kneel.\n\n2. Lean.\n", []template.HTML{"Kneel.", "Lean."}},
		{"loose with two paragraphs", "1. Kneel.\n\n   Keep tall.\n\n2. Lean.\n", []template.HTML{"<p>Kneel.</p>\n<p>Keep tall.</p>", "Lean."}},
		{"first list only", "1. a\n2. b\n\nText.\n\n1. c\n", []template.HTML{"a", "b"}},
		{"after a bullet list", "- x\n\n3) a\n4) b\n", []template.HTML{"a", "b"}},
		{"nested list kept", "1. a\n   - a1\n2. b\n", []template.HTML{"a\n<ul>\n<li>a1</li>\n</ul>", "b"}},
		{"links rewritten", "1. See [cat-cow](cat-cow.md#tips).\n", []template.HTML{`See <a href="/handouts/stretches/cat-cow/#tips">cat-cow</a>.`}},
		{"raw html dropped", "1. a <b>b</b>\n", []template.HTML{"a b"}},
		{"empty item", "1.\n2. b\n", []template.HTML{"", "b"}},
		{"footnote list is not a step list", "a[^1]\n\n[^1]: note\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := render(t, tt.in)
			if !reflect.DeepEqual(out.Steps, tt.want) {
				t.Errorf("got  %q\nwant %q", out.Steps, tt.want)
			}
		})
	}
}

func TestHeadingItems(t *testing.T) {
	body := "Intro.\n\n## How to do it\n\n1. One.\n2. Two.\n\n## Stop if\n\nText first.\n\n- Sharp *pain*.\n- Numbness.\n\nMore text.\n\n- second list ignored\n\n## Tips\n\nNo list here.\n\n> ## Quoted\n>\n> - not top level\n"
	out, errs := render(t, body)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := map[string]string{}
	for _, h := range out.Headings {
		var items []string
		for _, it := range h.Items {
			items = append(items, string(it))
		}
		got[h.ID] = strings.Join(items, "|")
	}
	want := map[string]string{
		"how-to-do-it": "One.|Two.",
		"stop-if":      "Sharp <em>pain</em>.|Numbness.",
		"tips":         "",
		"quoted":       "",
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("heading %s items %q, want %q", id, got[id], w)
		}
	}
}
