package markdown

import (
	"reflect"
	"testing"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"How to do it", "how-to-do-it"},
		{"Étirement du dos", "étirement-du-dos"},
		{"  Stop if…  ", "stop-if"},
		{"Don’t bounce!", "don-t-bounce"},
		{"Step 1: kneel", "step-1-kneel"},
		{"snake_case--and  dashes", "snake-case-and-dashes"},
		{"ÜBER STRASSE", "über-strasse"},
		{"Растяжка спины", "растяжка-спины"},
		{"膝を抱える", "膝を抱える"},
		{"Cafe\u0301 stretch", "cafe\u0301-stretch"},
		{"!!!", "section"},
		{"", "section"},
	}
	for _, tt := range tests {
		if got := Slugify(tt.in); got != tt.want {
			t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadingIDsDedupe(t *testing.T) {
	ids := newHeadingIDs()
	ids.Put([]byte("tips-1"))
	var got []string
	for _, s := range []string{"Tips", "Tips", "Tips", "tips", "", "?"} {
		got = append(got, string(ids.Generate([]byte(s), 0)))
	}
	want := []string{"tips", "tips-2", "tips-3", "tips-4", "section", "section-1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHeadings(t *testing.T) {
	body := "# Lunge\n\n## How to do it\n\n### Tips\n\n## How to do it\n\n## Don't *bounce* `now`\n\n" +
		"## <b>Raw</b> [link](cat-cow.md)\n\n#### Étirement du dos\n\n## !!!\n\nSetext\n------\n"
	out, errs := render(t, body)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := []Heading{
		{2, "lunge", "Lunge", nil},
		{2, "how-to-do-it", "How to do it", nil},
		{3, "tips", "Tips", nil},
		{2, "how-to-do-it-1", "How to do it", nil},
		{2, "don-t-bounce-now", "Don’t bounce now", nil},
		{2, "raw-link", "Raw link", nil},
		{4, "étirement-du-dos", "Étirement du dos", nil},
		{2, "section", "!!!", nil},
		{2, "setext", "Setext", nil},
	}
	if !reflect.DeepEqual(out.Headings, want) {
		t.Errorf("got  %+v\nwant %+v", out.Headings, want)
	}
}

func TestHeadingsPerCall(t *testing.T) {
	r := New()
	in := Input{Path: "content/a.md", Rel: "a.md", Body: []byte("## Tips\n"), BodyLine: 1}
	for range 3 {
		out, _ := r.Render(in, testSite())
		if want := "<h2 id=\"tips\">Tips</h2>\n"; string(out.HTML) != want {
			t.Fatalf("ids leak between calls: got %q, want %q", out.HTML, want)
		}
	}
}

func TestReservedIDs(t *testing.T) {
	r := New("main", "dose-title")
	out, _ := r.Render(Input{Path: "content/a.md", Rel: "a.md", Body: []byte("## Main\n\n## Dose title\n\n## Other\n"), BodyLine: 1}, testSite())
	want := "<h2 id=\"main-1\">Main</h2>\n<h2 id=\"dose-title-1\">Dose title</h2>\n<h2 id=\"other\">Other</h2>\n"
	if string(out.HTML) != want {
		t.Errorf("got %q\nwant %q", out.HTML, want)
	}
}
