package markdown

import (
	"os"
	"testing"
)

// BenchmarkRender renders the body of a typical stretch page (links,
// steps, headings with lists) with one shared Renderer, as a build does
// for every page.
func BenchmarkRender(b *testing.B) {
	body, err := os.ReadFile("testdata/lunge.md")
	if err != nil {
		b.Fatal(err)
	}
	in := Input{Path: "content/stretches/lunge.md", Rel: "stretches/lunge.md", Body: body, BodyLine: 5}
	r, links := New(), testSite()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		r.Render(in, links)
	}
}
