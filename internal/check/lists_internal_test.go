package check

import (
	"slices"
	"testing"

	"github.com/limber/limber/internal/readability"
)

// TestWithLists: a body paragraph ending in a colon takes the bulleted
// items right after it; numbered items, headings, front matter text and
// paragraphs without a colon are left alone.
func TestWithLists(t *testing.T) {
	para := func(s string) piece { return piece{text: s, body: true, graded: true} }
	bullet := func(s string) piece { return piece{text: s, body: true, graded: true, bullet: true} }
	step := para // a numbered item is not a bullet
	heading := piece{text: "Who should ask first:", body: true}
	summary := piece{text: "Ask first if you have:", graded: true}
	tests := []struct {
		name string
		in   []piece
		want []string
	}{
		{"lead-in and items", []piece{para("Ask first if you have:"), bullet("osteoporosis"), bullet("a herniated disc"), para("Then start.")},
			[]string{"Ask first if you have:\n- osteoporosis\n- a herniated disc", "Then start."}},
		{"no colon", []piece{para("Ask first."), bullet("osteoporosis")}, []string{"Ask first.", "osteoporosis"}},
		{"numbered steps", []piece{para("Do this:"), step("Lie down"), step("Rest")}, []string{"Do this:", "Lie down", "Rest"}},
		{"heading", []piece{heading, bullet("osteoporosis")}, []string{"Who should ask first:", "osteoporosis"}},
		{"front matter", []piece{summary, bullet("osteoporosis")}, []string{"Ask first if you have:", "osteoporosis"}},
		{"an item is no lead-in", []piece{bullet("You need:"), bullet("a mat")}, []string{"You need:", "a mat"}},
		{"nothing after", []piece{para("You need:")}, []string{"You need:"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range withLists(tt.in) {
			got = append(got, p.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: withLists = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestListLeadInGrade: a lead-in and its unpunctuated items score as one
// sentence, and are not a long sentence though they have more than 20
// words together; punctuated items stay sentences of their own.
func TestListLeadInGrade(t *testing.T) {
	body := func(s string) piece { return piece{text: s, body: true, graded: true} }
	item := func(s string) piece { return piece{text: s, body: true, graded: true, bullet: true} }
	lead := body("Some health conditions change how you should stretch. Ask your clinician before you start if you have:")
	items := []piece{lead, item("osteoporosis"), item("a hip replacement or a knee replacement"), item("a herniated disc"),
		item("a baby on the way (see pregnancy)"), item("joints that bend further than most")}
	long := 0
	sc := score(withLists(items), readability.English, func(piece, readability.Sentence) { long++ })
	if sc.total.Sentences != 2 || sc.total.Words != 41 || long != 0 {
		t.Errorf("lead-in and items: %d sentences, %d words, %d long; want 2, 41, 0", sc.total.Sentences, sc.total.Words, long)
	}
	punctuated := []piece{body("Stop and call if you have:"), item("Bleeding."), item("Pain in your belly.")}
	if sc := score(withLists(punctuated), readability.English, nil); sc.total.Sentences != 3 {
		t.Errorf("punctuated items: %d sentences, want 3", sc.total.Sentences)
	}
}
