package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// spanLines writes each span as "line:col kind text [url]" for comparison.
func spanLines(out Output) []string {
	names := map[SpanKind]string{SpanParagraph: "p", SpanHeading: "h", SpanItem: "li", SpanLink: "a", SpanImage: "img"}
	var lines []string
	for _, s := range out.Spans {
		k := names[s.Kind]
		if s.Ordered {
			k = "ol"
		}
		l := fmt.Sprintf("%d:%d %s %s", s.Pos.Line, s.Pos.Col, k, s.Text)
		if s.URL != "" {
			l += " [" + s.URL + "]"
		}
		if s.Pos.Path != "content/stretches/lunge.md" {
			l += " wrong path " + s.Pos.Path
		}
		lines = append(lines, l)
	}
	return lines
}

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"paragraph over lines", "Lie on your\nback. Rest.\n", []string{"10:1 p Lie on your back. Rest."}},
		{"heading and steps", "## How to do it\n\n1. Kneel *down*.\n2.  Lean.\n", []string{
			"10:4 h How to do it", "12:4 ol Kneel down.", "13:5 ol Lean."}},
		{"bullets and nesting", "- a\n  1. b\n- c\n", []string{"10:3 li a", "11:6 ol b", "12:3 li c"}},
		{"loose item", "1. One.\n\n   Two.\n", []string{"10:4 ol One.", "12:4 ol Two."}},
		{"links and images", "See [cat-cow](cat-cow.md) and [](https://example.org/x).\n\n![A mat](cat-cow-1.svg)\n", []string{
			"10:1 p See cat-cow and .", "10:5 a cat-cow [/handouts/stretches/cat-cow/]", "10:31 a  [https://example.org/x]",
			"12:1 p A mat", "12:1 img A mat [/handouts/stretches/cat-cow-1.svg]"}},
		{"autolink", "Go to <https://example.org/>.\n", []string{
			"10:1 p Go to https://example.org/.", "10:7 a https://example.org/ [https://example.org/]"}},
		{"code is not prose", "```\nflexion\n```\n\n    indented\n\nText `code`.\n", []string{"16:1 p Text code."}},
		{"quote and table", "> Quoted.\n\n| a | b |\n|---|---|\n| c | d |\n", []string{
			"10:3 p Quoted.", "12:3 p a", "12:7 p b", "14:3 p c", "14:7 p d"}},
		{"typography", "Don't \"stop\" -- ever...\n", []string{"10:1 p Don’t “stop” – ever…"}},
		{"range", "Hold 10--20 seconds.\n", []string{"10:1 p Hold 10–20 seconds."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := render(t, tt.in)
			got := spanLines(out)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", "  ", "a", " a  b\tc\n", "\u00a0x\u2003y ", "\xff \xfe", "é  è", "a\u0085b"} {
		want := strings.Join(strings.Fields(s), " ")
		if got := string(collapseSpace([]byte("keep"), []byte(s))); got != "keep"+want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, "keep"+want)
		}
	}
}
