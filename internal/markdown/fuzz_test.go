package markdown

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/limber/limber/internal/diag"
)

// FuzzRender renders arbitrary Markdown and checks that it never panics,
// that no unsafe URL or raw HTML reaches the output, that every problem has
// a position inside the file, and that rendering is deterministic.
func FuzzRender(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.md")
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(body))
	}
	for _, s := range []string{"[x](javascript:alert(1))", "<div>\n", "# É\n\n1. a\n\n2. b", ">\t[x](y.md)", "![](x.png)"} {
		f.Add(s)
	}
	for _, s := range limitSeeds() {
		f.Add(s)
	}
	r := New()
	f.Fuzz(func(t *testing.T, body string) {
		in := Input{Path: "content/stretches/lunge.md", Rel: "stretches/lunge.md", Body: []byte(body), BodyLine: 3}
		out, errs := renderWithin(r, in, 10*time.Second)
		checkFuzzOutput(t, body, out)
		lines := 3 + strings.Count(body, "\n")
		for _, e := range errs {
			if e.Pos.Path != in.Path || e.Pos.Line < 3 || e.Pos.Line > lines || e.Pos.Col < 1 {
				t.Errorf("problem outside the file: %v", e)
			}
		}
		again, _ := r.Render(in, testSite())
		if again.HTML != out.HTML {
			t.Errorf("two renders differ:\n%s\n%s", out.HTML, again.HTML)
		}
	})
}

// limitSeeds are the shapes of the review that stalled limber (finding
// 7), small, and just past or at each of limber's limits.
func limitSeeds() []string {
	return []string{
		strings.Repeat("- ", MaxNesting+1) + "x", strings.Repeat("- ", MaxNesting) + "x",
		strings.Repeat(">", MaxNesting+1) + " x", "> 1. * + 2) > x\n> - y",
		strings.Repeat("- ", 40), strings.Repeat("[a](", 50), strings.Repeat("![a](", 50),
		strings.Repeat("[a](", MaxWordChars/4+1), strings.Repeat("[a](\n", 200), strings.Repeat("[a]: b\n", 100),
		strings.Repeat("|a", 50) + "\n" + strings.Repeat("|-", 50) + "\n" + strings.Repeat(strings.Repeat("|a", 50)+"\n", 20),
		strings.Repeat("x\n", MaxBlockLines+1), strings.Repeat("Hold.\n\n", MaxBodyBytes/7+1),
	}
}

// renderWithin renders in, and panics (so that the fuzzer keeps the input)
// when that takes longer than d.
func renderWithin(r *Renderer, in Input, d time.Duration) (Output, diag.List) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(d):
			panic(fmt.Sprintf("slow input: %q", in.Body))
		}
	}()
	return r.Render(in, testSite())
}

// checkFuzzOutput checks what must hold for any input.
func checkFuzzOutput(t *testing.T, body string, out Output) {
	t.Helper()
	h := string(out.HTML)
	checkSafeHTML(t, h)
	if utf8.ValidString(body) && !utf8.ValidString(h) {
		t.Errorf("valid UTF-8 in, invalid out: %q", h)
	}
	for _, hd := range out.Headings {
		if hd.ID == "" || hd.Level < 2 || hd.Level > 6 {
			t.Errorf("bad heading %+v", hd)
		}
	}
}
