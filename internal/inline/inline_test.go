package inline

import (
	"html/template"
	"slices"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   template.HTML
		want []Run
	}{
		{"Lie on your back.", []Run{{Text: "Lie on your back."}}},
		{"Keep your <strong>back flat</strong>.", []Run{{Text: "Keep your "}, {Text: "back flat", Bold: true}, {Text: "."}}},
		{"<strong>Stop</strong>", []Run{{Text: "Stop", Bold: true}}},
		{"See <a href=\"/x/\">the <em>hip</em> page</a> &amp; rest", []Run{{Text: "See the hip page & rest"}}},
		{"Hold &lt;script&gt; ½ turn", []Run{{Text: "Hold <script> ½ turn"}}},
		{"<p>One\n  two</p>\n<p>three</p>", []Run{{Text: "One two three"}}},
		{"<b>a</b><strong>b</strong> c", []Run{{Text: "ab", Bold: true}, {Text: " c"}}},
		{"  ", nil},
		{"", nil},
		{"<strong><em>both</em></strong>", []Run{{Text: "both", Bold: true}}},
		{"a < b and c > d", []Run{{Text: "a d"}}}, // never rendered: Markdown writes &lt;
		{"<STRONG class=x>up</STRONG>", []Run{{Text: "up", Bold: true}}},
		{"x <unclosed", []Run{{Text: "x <unclosed"}}},
		{"</strong>stray close <b>then bold</b>", []Run{{Text: "stray close "}, {Text: "then bold", Bold: true}}},
		{"Press <code>Start</code> on the <a href=\"/x\">timer</a>.", []Run{{Text: "Press "}, {Text: "Start", Code: true}, {Text: " on the timer."}}},
		{"<strong><code>x</code></strong>", []Run{{Text: "x", Bold: true, Code: true}}},
		{"Lie down\non your back,\tknees bent.", []Run{{Text: "Lie down on your back, knees bent."}}},
		{"One<br>\ntwo", []Run{{Text: "One two"}}},
		{"One<br/>two", []Run{{Text: "One two"}}},
	}
	for _, tt := range tests {
		if got := Parse(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
	}
}

// FuzzParse: any fragment gives runs that are never empty, never start or
// end with a space, and never hold a tag's brackets of a tag that closed.
func FuzzParse(f *testing.F) {
	f.Add("Keep your <strong>back <code>flat</code></strong> &amp; <br> rest")
	f.Fuzz(func(t *testing.T, s string) {
		runs := Parse(template.HTML(s))
		for i, r := range runs {
			if r.Text == "" {
				t.Fatalf("run %d is empty: %+v", i, runs)
			}
			if i > 0 && runs[i-1].Bold == r.Bold && runs[i-1].Code == r.Code {
				t.Fatalf("runs %d and %d are in one style: %+v", i-1, i, runs)
			}
		}
		if n := len(runs); n > 0 && (runs[0].Text[0] == ' ' || runs[n-1].Text[len(runs[n-1].Text)-1] == ' ') {
			t.Fatalf("runs start or end with a space: %+v", runs)
		}
	})
}
